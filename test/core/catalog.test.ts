import { describe, expect, it } from '@jest/globals';
import { allInstances, editDistance, findInstance, knownInstanceTypes, suggestInstance, supportsService } from '../../src/core/catalog/instances.js';
import { findModel, knownModels } from '../../src/core/catalog/models.js';

describe('instances', () => {
  it('bundles all 81 instance types of the source data', () => {
    expect(allInstances()).toHaveLength(81);
    expect(new Set(allInstances().map((i) => i.type)).size).toBe(81);
  });

  it('finds a type with or without ml., in any case', () => {
    const g5 = findInstance('g5.2xlarge');
    expect(g5).toEqual({
      type: 'g5.2xlarge',
      family: 'g5',
      vcpu: 8,
      memoryGiB: 32,
      gpus: 1,
      gpuModel: 'NVIDIA A10G',
      accelerator: 'nvidia-gpu',
      gpuMemoryMiBPerDevice: 22888,
      nominalGpuMemoryGiB: 24
    });
    expect(findInstance('ML.G5.2XLARGE')).toEqual(g5);
    expect(findInstance(' ml.g5.2xlarge ')).toEqual(g5);
    expect(findInstance('g5.3xlarge')).toBeUndefined();
  });

  it('falls back to nominal memory only with a flag', () => {
    expect(findInstance('p4d.24xlarge')).toMatchObject({ gpus: 8, gpuMemoryMiBPerDevice: 40960, gpuMemoryIsNominal: true });
    expect(findInstance('p4de.24xlarge')).toMatchObject({ gpuMemoryMiBPerDevice: 81920, gpuMemoryIsNominal: true });
    expect(findInstance('p5en.48xlarge')?.gpuMemoryIsNominal).toBeUndefined();
    expect(findInstance('g6e.xlarge')?.gpuMemoryMiBPerDevice).toBe(45776);
  });

  it('maps accelerators to nvidia-gpu, neuron and cpu', () => {
    expect(findInstance('inf2.48xlarge')).toMatchObject({ accelerator: 'neuron', gpus: 12, gpuMemoryMiBPerDevice: 32768 });
    expect(findInstance('trn1.32xlarge')).toMatchObject({ accelerator: 'neuron', gpuModel: 'AWS Trainium', gpus: 16 });
    expect(findInstance('c7i.2xlarge')).toEqual({ type: 'c7i.2xlarge', family: 'c7i', vcpu: 8, memoryGiB: 16, gpus: 0, accelerator: 'cpu' });
  });

  it('knows which types SageMaker hosts', () => {
    expect(supportsService('g5.2xlarge', 'sagemaker')).toBe(true);
    expect(supportsService('ml.inf2.xlarge', 'sagemaker')).toBe(true);
    expect(supportsService('c6i.xlarge', 'sagemaker')).toBe(true);
    expect(supportsService('gr6.4xlarge', 'sagemaker')).toBe(false);
    expect(supportsService('m7i.xlarge', 'sagemaker')).toBe(false);
    expect(supportsService('g4dn.metal', 'sagemaker')).toBe(false);
    expect(supportsService('g4dn.metal', 'ecs')).toBe(true);
    expect(supportsService('gr6.4xlarge', 'ec2')).toBe(true);
    expect(supportsService('g9.huge', 'ecs')).toBe(false);
  });

  it('lists known types per service', () => {
    expect(knownInstanceTypes('ecs')).toHaveLength(81);
    const sagemaker = knownInstanceTypes('sagemaker');
    expect(sagemaker).toContain('g6e.48xlarge');
    expect(sagemaker).not.toContain('gr6.8xlarge');
    expect(sagemaker.length).toBeLessThan(81);
  });

  it('suggests the closest type', () => {
    expect(suggestInstance('g5.2xlarg', 'ecs')).toBe('g5.2xlarge');
    expect(suggestInstance('ml.g5.2xlargee', 'sagemaker')).toBe('g5.2xlarge');
    expect(suggestInstance('g5.2xl', 'ecs')).toBe('g5.2xlarge');
    expect(suggestInstance('g6e.12xlage', 'ecs')).toBe('g6e.12xlarge');
    expect(suggestInstance('gr6.4xlarge', 'sagemaker')).toBe('g6.4xlarge');
    expect(suggestInstance('banana', 'ecs')).toBeUndefined();
    expect(suggestInstance('', 'ecs')).toBeUndefined();
  });

  it('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('g5', 'g5')).toBe(0);
  });
});

describe('models', () => {
  it('has at least 30 unique repo ids', () => {
    const ids = knownModels().map((m) => m.id.toLowerCase());
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('matches repo ids exactly, ignoring case', () => {
    expect(findModel('qwen/qwen2.5-72b-instruct')).toMatchObject({ id: 'Qwen/Qwen2.5-72B-Instruct', paramsB: 72.7, dtype: 'bf16', kind: 'chat', gated: false });
    expect(findModel('Qwen/Qwen2.5-72B')).toBeUndefined();
    expect(findModel('Qwen/Qwen2.5-72B-Instruct-AWQ')).toBeUndefined();
  });

  it('marks Meta Llama, Google Gemma and mistralai repos as gated', () => {
    for (const m of knownModels()) {
      expect([m.id, m.gated]).toEqual([m.id, /^(meta-llama|google|mistralai)\//.test(m.id)]);
    }
  });

  it('gives MoE models a smaller active count', () => {
    expect(findModel('Qwen/Qwen3-30B-A3B')).toMatchObject({ paramsB: 30.5, activeParamsB: 3.3 });
    expect(findModel('openai/gpt-oss-120b')).toMatchObject({ paramsB: 116.8, activeParamsB: 5.1, dtype: 'mxfp4', checkpointGiB: 60.8 });
    for (const m of knownModels()) if (m.activeParamsB !== undefined) expect(m.activeParamsB).toBeLessThan(m.paramsB);
  });

  it('has the embedding models', () => {
    const embeddings = knownModels().filter((m) => m.kind === 'embedding').map((m) => m.id);
    expect(embeddings).toEqual([
      'BAAI/bge-m3',
      'intfloat/e5-mistral-7b-instruct',
      'Qwen/Qwen3-Embedding-0.6B',
      'Qwen/Qwen3-Embedding-4B',
      'Qwen/Qwen3-Embedding-8B',
      'nomic-ai/nomic-embed-text-v1.5'
    ]);
  });

  it('has plausible facts for every entry', () => {
    for (const m of knownModels()) {
      expect(m.paramsB).toBeGreaterThan(0.1);
      expect(m.contextLength).toBeGreaterThanOrEqual(8192);
      if (m.kind === 'chat') expect(m.kv).toBeDefined();
    }
    // Llama 3.1 8B: 32 layers, 8 KV heads of 128.
    expect(findModel('meta-llama/Llama-3.1-8B-Instruct')?.kv).toEqual({ layers: 32, kvHeads: 8, headDim: 128 });
  });
});
