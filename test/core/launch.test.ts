// The engine's GPU flags and the fit check come from one computation (core/launch.ts): the engine is
// told to use the devices the fit check counted, on every engine.
import { describe, expect, it } from '@jest/globals';
import { checkFit } from '../../src/core/fit.js';
import { findInstance } from '../../src/core/catalog/instances.js';
import { launchRequest, planLaunch } from '../../src/core/launch.js';
import type { DeploymentSpec } from '../../src/core/types.js';

const spec = (over: Partial<DeploymentSpec>): DeploymentSpec => ({
  name: 'm',
  model: 'Qwen/Qwen2.5-7B-Instruct',
  revision: 'main',
  engine: 'vllm',
  engine_args: {},
  service: 'ecs',
  instance: 'g5.12xlarge',
  region: 'us-east-1',
  scaling: { min: 1, max: 1 },
  spot: false,
  api_key: 'generate',
  protect: false,
  tags: {},
  ...over
});

describe('planLaunch', () => {
  it('vLLM: tensor parallel over every GPU of a multi-GPU instance (vLLM alone uses one)', () => {
    expect(planLaunch(spec({ instance: 'g5.12xlarge' }))).toEqual({ gpus: 4, devices: 4, engineArgs: { 'tensor-parallel-size': 4 }, added: ['tensor-parallel-size'] });
    expect(planLaunch(spec({ instance: 'p4d.24xlarge', engine_args: { 'max-model-len': 8192 } })).engineArgs).toEqual({ 'max-model-len': 8192, 'tensor-parallel-size': 8 });
    expect(planLaunch(spec({ instance: 'g5.2xlarge' }))).toEqual({ gpus: 1, devices: 1, engineArgs: {}, added: [] });
  });

  it('vLLM: the manifest wins, in any spelling; pipeline parallel leaves the rest to tensor parallel', () => {
    expect(planLaunch(spec({ engine_args: { 'tensor-parallel-size': 2 } }))).toMatchObject({ devices: 2, engineArgs: { 'tensor-parallel-size': 2 }, added: [] });
    expect(planLaunch(spec({ engine_args: { tp: 2 } }))).toMatchObject({ devices: 2, added: [] });
    expect(planLaunch(spec({ instance: 'p4d.24xlarge', engine_args: { 'pipeline-parallel-size': 2 } }))).toMatchObject({ devices: 8, engineArgs: { 'pipeline-parallel-size': 2, 'tensor-parallel-size': 4 } });
  });

  it('TGI: --num-shard set explicitly (its launcher counts NVIDIA_VISIBLE_DEVICES=all as one GPU)', () => {
    expect(planLaunch(spec({ engine: 'tgi' }))).toMatchObject({ devices: 4, engineArgs: { 'num-shard': 4 } });
    expect(planLaunch(spec({ engine: 'tgi', engine_args: { 'num-shard': 2 } }))).toMatchObject({ devices: 2, engineArgs: { 'num-shard': 2 }, added: [] });
    expect(planLaunch(spec({ engine: 'tgi', instance: 'g5.2xlarge' })).added).toEqual([]);
  });

  it('llama.cpp: every layer on the GPUs, split by layer over all of them, unless the manifest says otherwise', () => {
    expect(planLaunch(spec({ engine: 'llama.cpp' }))).toMatchObject({ devices: 4, engineArgs: { 'n-gpu-layers': 999, 'split-mode': 'layer' } });
    expect(planLaunch(spec({ engine: 'llama.cpp', instance: 'g5.2xlarge' })).engineArgs).toEqual({ 'n-gpu-layers': 999 });
    expect(planLaunch(spec({ engine: 'llama.cpp', engine_args: { 'split-mode': 'none', ngl: 20 } }))).toMatchObject({ devices: 1, added: [] });
    // CPU-only: nothing to offload.
    expect(planLaunch(spec({ engine: 'llama.cpp', instance: 'c7i.4xlarge' }))).toMatchObject({ gpus: 0, engineArgs: {}, added: [] });
  });

  it('the request the action writes carries exactly these flags', () => {
    const s = spec({ engine_args: { 'max-model-len': 4096 } });
    expect(launchRequest(s)).toEqual({ gpus: 4, devices: 4, engine_args: { 'max-model-len': 4096, 'tensor-parallel-size': 4 } });
  });
});

describe('the fit check counts the devices the engine is started with', () => {
  const usable = (s: DeploymentSpec) => checkFit(s).availableGiB!;
  const perDevice = findInstance('g5.12xlarge')!.gpuMemoryMiBPerDevice! / 1024;

  it.each(['vllm', 'tgi', 'llama.cpp'] as const)('%s', (engine) => {
    const s = spec({ engine, engine_args: engine === 'vllm' ? { 'max-model-len': 8192 } : {} });
    const launch = planLaunch(s);
    const fraction = engine === 'vllm' ? 0.9 : 1;
    expect(usable(s)).toBeCloseTo(perDevice * launch.devices * fraction, 0);
    // …and the engine is told to use them: vLLM and TGI by a flag, llama.cpp by splitting by layer.
    expect(launch.devices).toBe(4);
    expect(launch.added.length).toBeGreaterThan(0);
  });

  it('a manifest that limits the devices limits both', () => {
    const s = spec({ engine_args: { 'tensor-parallel-size': 2, 'max-model-len': 8192 } });
    expect(usable(s)).toBeCloseTo(perDevice * 2 * 0.9, 0);
    expect(checkFit(s).message).toContain('(2 used)');
  });
});
