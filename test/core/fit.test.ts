import { describe, expect, it } from '@jest/globals';
import { checkFit, suggestInstanceThatFits } from '../../src/core/fit.js';
import { supportsService } from '../../src/core/catalog/instances.js';
import type { DeploymentSpec } from '../../src/core/types.js';

const base: DeploymentSpec = {
  name: 'chat',
  model: 'Qwen/Qwen2.5-7B-Instruct',
  revision: 'main',
  engine: 'vllm',
  engine_args: {},
  service: 'ecs',
  instance: 'g5.2xlarge',
  region: 'us-east-1',
  scaling: { min: 1, max: 1 },
  spot: false,
  api_key: 'generate',
  protect: false,
  tags: {}
};
const spec = (over: Partial<DeploymentSpec>): DeploymentSpec => ({ ...base, ...over });
const GIB = 1024 ** 3;
// A10G as EC2 reports it, at vLLM's default gpu-memory-utilization.
const A10G_USABLE = (22888 * 0.9) / 1024;

describe('checkFit', () => {
  it('uses EC2-reported device memory, not the marketing 24 GiB', () => {
    const result = checkFit(spec({ engine_args: { 'max-model-len': 8192 } }));
    expect(result.availableGiB).toBe(20.1);
    expect(A10G_USABLE).toBeCloseTo(20.116, 3);
    // 7.61e9 × 2 B = 14.17 GiB; KV 2 × 28 layers × 4 heads × 128 × 8192 × 2 B = 0.44 GiB; headroom max(1.42, 1.5).
    const needed = (7.61e9 * 2) / GIB + (2 * 28 * 4 * 128 * 8192 * 2) / GIB + 1.5;
    expect(result.neededGiB).toBe(Math.round(needed * 10) / 10);
    expect(result).toMatchObject({ status: 'fits', paramsSource: 'catalog' });
    expect(result.message).toBe(
      'Qwen/Qwen2.5-7B-Instruct needs ~16.1 GiB (14.2 GiB bf16 weights + 0.4 GiB KV cache for 8,192 tokens + 1.5 GiB headroom); ' +
        'g5.2xlarge has 1 × A10G with 20.1 GiB usable (22,888 MiB each, gpu-memory-utilization 0.9)'
    );
  });

  it('a 72B model on one A10G does not fit and names the cheapest instance that does', () => {
    const result = checkFit(spec({ model: 'Qwen/Qwen2.5-72B-Instruct' }));
    expect(result.status).toBe('no-fit');
    expect(result.suggestion).toBe('p4d.24xlarge');
    expect(result.message).toBe(
      'Qwen/Qwen2.5-72B-Instruct needs ~159.0 GiB (135.4 GiB bf16 weights + 10.0 GiB KV cache for 32,768 tokens + 13.5 GiB headroom) ' +
        'but g5.2xlarge has 1 × A10G with 20.1 GiB usable (22,888 MiB each, gpu-memory-utilization 0.9); try p4d.24xlarge or quantization'
    );
  });

  it("refuses vLLM's default full context when only the KV cache is too big, naming the largest max-model-len that fits", () => {
    const result = checkFit(spec({ model: 'meta-llama/Llama-3.1-8B-Instruct' }));
    // vLLM refuses to start when one sequence of max-model-len tokens does not fit.
    expect(result.status).toBe('no-fit');
    // 2 × 32 × 8 × 128 × 131072 × 2 B = 16 GiB of KV for one full-length sequence.
    expect(result.message).toContain('16.0 GiB KV cache for 131,072 tokens');
    expect(result.message).toContain("the weights fit, but vLLM's default max-model-len 131,072 (the model's full context) does not, and vLLM refuses to start; set engine_args max-model-len: 29696 (the largest that fits) or less");
    expect(checkFit(spec({ model: 'meta-llama/Llama-3.1-8B-Instruct', engine_args: { 'max-model-len': 29696 } })).status).not.toBe('no-fit');
    const fixed = checkFit(spec({ model: 'meta-llama/Llama-3.1-8B-Instruct', engine_args: { '--max_model_len': 8192 } }));
    expect(fixed.status).toBe('fits');
    expect(fixed.neededGiB).toBe(17.5);
  });

  it('fp8 KV cache halves the KV estimate', () => {
    const result = checkFit(spec({ model: 'meta-llama/Llama-3.1-8B-Instruct', engine_args: { 'max-model-len': 131072, 'kv-cache-dtype': 'fp8' } }));
    expect(result.message).toContain('8.0 GiB KV cache for 131,072 tokens');
  });

  it('is unknown without a parameter count', () => {
    expect(checkFit(spec({ model: 'acme/private-model' }))).toEqual({ status: 'unknown', message: 'not checked: parameter count unknown (set params_b)' });
  });

  it('takes params_b from the manifest over the catalog', () => {
    const result = checkFit(spec({ model: 'acme/private-model', params_b: 13 }));
    expect(result.paramsSource).toBe('manifest');
    expect(result.message).toContain('24.2 GiB 16-bit (assumed) weights + 2.4 GiB headroom');
    expect(result.status).toBe('no-fit');
    expect(result.suggestion).toBe('g6e.xlarge');
    const overridden = checkFit(spec({ params_b: 1 }));
    expect(overridden.paramsSource).toBe('manifest');
    expect(overridden.message).toContain('1.9 GiB bf16 weights');
  });

  it('reads quantization from engine args and from the repo name', () => {
    const awq = checkFit(spec({ model: 'Qwen/Qwen2.5-72B-Instruct', instance: 'g6e.12xlarge', engine_args: { quantization: 'awq', 'max-model-len': 16384 } }));
    // 72.7e9 × 4.5 bits = 38.1 GiB
    expect(awq.message).toContain('38.1 GiB awq 4-bit weights');
    expect(awq.status).toBe('fits');
    const byName = checkFit(spec({ model: 'Qwen/Qwen2.5-72B-Instruct-AWQ', instance: 'g6e.12xlarge', engine_args: { 'max-model-len': 16384 } }));
    expect(byName.paramsSource).toBe('catalog');
    expect(byName.neededGiB).toBe(awq.neededGiB);
    const fp8 = checkFit(spec({ model: 'Qwen/Qwen2.5-7B-Instruct', engine_args: { quantization: 'fp8', 'max-model-len': 8192 } }));
    expect(fp8.message).toContain('7.1 GiB fp8 8-bit weights');
    const tgiBnb = checkFit(spec({ engine: 'tgi', engine_args: { quantize: 'bitsandbytes' } }));
    expect(tgiBnb.message).toContain('7.1 GiB bitsandbytes 8-bit weights');
    expect(checkFit(spec({ engine_args: { quantization: 'mystery' } }))).toMatchObject({ status: 'unknown', message: 'not checked: unknown quantization "mystery" (bits per weight unknown)' });
  });

  it('uses the published checkpoint size for gpt-oss', () => {
    const result = checkFit(spec({ model: 'openai/gpt-oss-20b', instance: 'g6e.xlarge', engine_args: { 'max-model-len': 32768 } }));
    expect(result.message).toContain('12.8 GiB mxfp4 weights');
    expect(result.status).toBe('fits');
  });

  it('serves fp32 checkpoints at half precision and skips KV for embeddings', () => {
    const result = checkFit(spec({ model: 'BAAI/bge-m3', instance: 'g4dn.xlarge' }));
    expect(result.message).toBe(
      'BAAI/bge-m3 needs ~2.6 GiB (1.1 GiB fp16 (fp32 checkpoint, dtype auto) weights + 1.5 GiB headroom); g4dn.xlarge has 1 × T4 with 14.4 GiB usable (16,384 MiB each, gpu-memory-utilization 0.9)'
    );
    expect(checkFit(spec({ model: 'BAAI/bge-m3', engine_args: { dtype: 'float32' } })).message).toContain('2.1 GiB fp32 weights');
  });

  it('within 10% of the usable memory is tight', () => {
    // 9.5e9 × 2 B = 17.7 GiB + 1.8 GiB headroom = 19.5 GiB of 20.1 GiB.
    const result = checkFit(spec({ model: 'acme/x', params_b: 9.5 }));
    expect(result.status).toBe('tight');
    expect(result.message).toContain('less than 10% to spare');
    expect(result.suggestion).toBe('g6e.xlarge');
  });

  it('honours gpu-memory-utilization and tensor-parallel-size', () => {
    expect(checkFit(spec({ engine_args: { 'gpu-memory-utilization': 0.5, 'max-model-len': 8192 } }))).toMatchObject({ status: 'no-fit', availableGiB: 11.2 });
    const tp2 = checkFit(spec({ instance: 'g5.12xlarge', engine_args: { 'tensor-parallel-size': 2, 'max-model-len': 8192 } }));
    expect(tp2.availableGiB).toBe(Math.round(((2 * 22888 * 0.9) / 1024) * 10) / 10);
    expect(tp2.message).toContain('4 × A10G (2 used)');
    expect(checkFit(spec({ instance: 'g5.12xlarge', engine_args: { 'tensor-parallel-size': 8 } })).message).toBe('engine_args ask for 8 devices but g5.12xlarge has 4 × A10G');
  });

  it('TGI uses all device memory by default', () => {
    expect(checkFit(spec({ engine: 'tgi' })).availableGiB).toBe(22.4);
  });

  it('says when device memory is the nominal size', () => {
    expect(checkFit(spec({ instance: 'p3.2xlarge', engine_args: { 'max-model-len': 4096 } })).message).toContain('16,384 MiB nominal each');
  });

  it('rejects vLLM on a CPU-only instance and suggests a GPU', () => {
    const result = checkFit(spec({ instance: 'c6i.xlarge' }));
    expect(result.status).toBe('no-fit');
    expect(result.message).toBe('vllm needs a GPU but c6i.xlarge has none; use a GPU instance such as g6.xlarge, or engine llama.cpp to serve on CPU');
  });

  it('checks llama.cpp on CPU against host RAM with the GGUF type from engine args', () => {
    const q8 = checkFit(spec({ engine: 'llama.cpp', model: 'Qwen/Qwen2.5-7B-Instruct-GGUF', instance: 'c7i.2xlarge', engine_args: { 'hf-file': 'qwen2.5-7b-instruct-q8_0.gguf' } }));
    // 7.61e9 × 8.5 bits = 7.5 GiB
    expect(q8.message).toBe(
      'Qwen/Qwen2.5-7B-Instruct-GGUF needs ~9.0 GiB (7.5 GiB GGUF Q8_0 weights + 1.5 GiB headroom); c7i.2xlarge has no GPU and 14.0 GiB RAM usable; CPU inference is slow'
    );
    const byDefault = checkFit(spec({ engine: 'llama.cpp', instance: 'c7i.2xlarge' }));
    expect(byDefault.message).toContain('4.3 GiB GGUF Q4_K_M weights');
    expect(checkFit(spec({ engine: 'llama.cpp', instance: 'c7i.large' })).status).toBe('no-fit');
  });

  it('llama.cpp cannot use Neuron', () => {
    expect(checkFit(spec({ engine: 'llama.cpp', instance: 'inf2.xlarge' }))).toMatchObject({ status: 'no-fit' });
  });

  it('does not check unknown instance types (validation reports them)', () => {
    expect(checkFit(spec({ instance: 'g9.huge' })).status).toBe('not-applicable');
  });
});

describe('suggestInstanceThatFits', () => {
  it('stays within the service and picks the cheapest priced fit', () => {
    const sagemaker = suggestInstanceThatFits(spec({ service: 'sagemaker', model: 'Qwen/Qwen2.5-14B-Instruct', engine_args: { 'max-model-len': 8192 } }));
    expect(sagemaker).toBe('g6e.xlarge');
    expect(supportsService(sagemaker!, 'sagemaker')).toBe(true);
    expect(suggestInstanceThatFits(spec({ model: 'Qwen/Qwen2.5-0.5B-Instruct' }))).toBe('g4dn.xlarge');
  });

  it('returns undefined when nothing fits', () => {
    expect(suggestInstanceThatFits(spec({ model: 'acme/huge', params_b: 2000 }))).toBeUndefined();
  });
});
