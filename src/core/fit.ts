// Does the model fit the accelerator memory of the instance? A deliberately simple model:
//
//   needed    = weights + KV cache (when a context length is known) + headroom
//   weights   = parameters × bits per weight (dtype, quantization, GGUF type; see weightFormat)
//   KV cache  = 2 × layers × KV heads × head dim × tokens × bytes, for one sequence of
//               max-model-len tokens (vLLM refuses to start unless one such sequence fits)
//   headroom  = max(10 % of weights, 1.5 GiB per device used): activations, CUDA context, graphs
//   available = EC2-reported memory per device × devices used × the engine's memory fraction
//               (vLLM gpu-memory-utilization, default 0.9; TGI cuda-memory-fraction, default 1.0)
//
// Within 10 % of the available memory is "tight". CPU-only instances serve only with llama.cpp,
// checked against host RAM minus 2 GiB for the OS and agents; vLLM and TGI images need a GPU.
import { describeAccelerators, findInstance, knownInstanceTypes } from './catalog/instances.js';
import { findModel, type ModelInfo } from './catalog/models.js';
import { argNumber, normalizeArgs, planLaunch, type EngineArgs } from './launch.js';
import { instanceHourlyPrice } from './pricing.js';
import type { DeploymentSpec } from './types.js';

export type FitStatus = 'fits' | 'tight' | 'no-fit' | 'unknown' | 'not-applicable';

export interface FitResult {
  status: FitStatus;
  neededGiB?: number;
  availableGiB?: number;
  message: string;
  paramsSource?: 'catalog' | 'manifest';
  /** Cheapest instance of the same service that fits, when this one does not. */
  suggestion?: string;
}

const GIB = 1024 ** 3;
const TIGHT_MARGIN = 0.1;
const HEADROOM_FRACTION = 0.1;
const HEADROOM_PER_DEVICE_GIB = 1.5;
const HOST_RESERVED_GIB = 2;

/**
 * Effective bits per weight of llama.cpp GGUF types, including the higher-precision tensors the
 * K-quant mixes keep (approximate, as reported by llama.cpp's quantize tool for Llama-class models).
 */
const GGUF_BITS: Record<string, number> = {
  Q2_K: 3.0,
  Q3_K_S: 3.5,
  Q3_K_M: 3.91,
  Q3_K_L: 4.27,
  Q4_0: 4.55,
  Q4_1: 5.0,
  Q4_K_S: 4.58,
  Q4_K_M: 4.85,
  Q5_0: 5.54,
  Q5_1: 6.0,
  Q5_K_S: 5.54,
  Q5_K_M: 5.69,
  Q6_K: 6.56,
  Q8_0: 8.5,
  F16: 16,
  BF16: 16,
  F32: 32
};
const DEFAULT_GGUF = 'Q4_K_M';
/** AWQ/GPTQ int4: 4-bit weights with group-128 scales; embeddings and lm_head usually stay 16-bit. */
const INT4_BITS = 4.5;

interface WeightFormat {
  bits: number;
  label: string;
  /** Exact published size, used instead of params × bits. */
  fixedGiB?: number;
}

type Args = EngineArgs;

function argString(args: Args, ...keys: string[]): string | undefined {
  for (const k of keys) if (args[k] !== undefined && args[k] !== '') return String(args[k]).trim().toLowerCase();
  return undefined;
}

function ggufType(args: Args, model: string): string {
  const texts = [...Object.values(args).filter((v): v is string => typeof v === 'string'), model];
  for (const text of texts) {
    const match = /(?:^|[^a-z0-9])(q[2-8]_k_[sml]|q[2-8]_k|q[4-8]_[01]|bf16|f16|f32)(?:[^a-z0-9]|$)/i.exec(text);
    if (match) {
      const name = match[1].toUpperCase();
      if (GGUF_BITS[name] !== undefined) return name;
      if (GGUF_BITS[`${name}_M`] !== undefined) return `${name}_M`;
    }
  }
  return DEFAULT_GGUF;
}

/** Quantization named in engine args, or failing that in the repo id (`…-AWQ`, `…-FP8`). */
function quantizationBits(quant: string): WeightFormat | undefined {
  if (/^(awq|gptq|awq-marlin|gptq-marlin|marlin|bitsandbytes-nf4|bitsandbytes-fp4|int4)$/.test(quant)) return { bits: INT4_BITS, label: `${quant} 4-bit` };
  if (/^(fp8|fbgemm-fp8|modelopt|eetq|int8|w8a8|experts-int8)$/.test(quant)) return { bits: 8, label: `${quant} 8-bit` };
  if (quant === 'mxfp4') return { bits: 4.25, label: 'mxfp4' };
  return undefined;
}

function weightFormat(spec: DeploymentSpec, args: Args, model: ModelInfo | undefined): WeightFormat | { unsupported: string } {
  if (spec.engine === 'llama.cpp') {
    const type = ggufType(args, spec.model);
    return { bits: GGUF_BITS[type], label: `GGUF ${type}` };
  }
  // TGI's plain `bitsandbytes` is 8-bit; vLLM's in-flight bitsandbytes is 4-bit.
  const quant = argString(args, 'quantization', 'quantize', 'q');
  if (quant === 'bitsandbytes') return spec.engine === 'tgi' ? { bits: 8, label: 'bitsandbytes 8-bit' } : { bits: INT4_BITS, label: 'bitsandbytes 4-bit' };
  if (quant) return quantizationBits(quant) ?? { unsupported: quant };
  const id = spec.model.toLowerCase();
  if (/(^|[-_/])(awq|gptq-int4|int4|4bit|bnb-4bit)($|[-_])/.test(id)) return { bits: INT4_BITS, label: 'int4 (per the repo name)' };
  if (/(^|[-_/])(fp8|fp8-dynamic|int8|w8a8|gptq-int8)($|[-_])/.test(id)) return { bits: 8, label: '8-bit (per the repo name)' };
  const dtype = argString(args, 'dtype');
  if (dtype === 'float32' || dtype === 'float') return { bits: 32, label: 'fp32' };
  if (dtype === 'float16' || dtype === 'half') return { bits: 16, label: 'fp16' };
  if (dtype === 'bfloat16') return { bits: 16, label: 'bf16' };
  if (!model) return { bits: 16, label: '16-bit (assumed)' };
  switch (model.dtype) {
    case 'mxfp4':
      return { bits: 4.25, label: 'mxfp4', ...(model.checkpointGiB ? { fixedGiB: model.checkpointGiB } : {}) };
    case 'fp8':
      return { bits: 8, label: 'fp8' };
    case 'fp32':
      // dtype auto serves fp32 checkpoints in half precision.
      return { bits: 16, label: 'fp16 (fp32 checkpoint, dtype auto)' };
    default:
      return { bits: 16, label: model.dtype };
  }
}

/** Catalog entry for the repo id itself, or for the base model of a quantized upload. */
function catalogModel(id: string): ModelInfo | undefined {
  return findModel(id) ?? findModel(id.replace(/-(awq|gptq-int4|gptq-int8|fp8|fp8-dynamic|gguf|bnb-4bit)$/i, ''));
}

function memoryFraction(spec: DeploymentSpec, args: Args): { fraction: number; label: string } {
  if (spec.engine === 'vllm') {
    const f = argNumber(args, 'gpu-memory-utilization');
    return { fraction: f !== undefined && f <= 1 ? f : 0.9, label: 'gpu-memory-utilization' };
  }
  if (spec.engine === 'tgi') {
    const f = argNumber(args, 'cuda-memory-fraction');
    return { fraction: f !== undefined && f <= 1 ? f : 1, label: 'cuda-memory-fraction' };
  }
  return { fraction: 1, label: 'all device memory' };
}

function contextTokens(spec: DeploymentSpec, args: Args, model: ModelInfo | undefined): { tokens: number; explicit: boolean } | undefined {
  const explicit = argNumber(args, 'max-model-len', 'max-total-tokens', 'ctx-size', 'c');
  if (explicit !== undefined) return { tokens: explicit, explicit: true };
  // vLLM defaults to the model's full context; TGI and llama.cpp pick small defaults themselves.
  if (spec.engine === 'vllm' && model) return { tokens: model.contextLength, explicit: false };
  return undefined;
}

function kvGiB(model: ModelInfo | undefined, tokens: number, args: Args): number | undefined {
  if (!model?.kv || model.kind !== 'chat') return undefined;
  const bytes = (argString(args, 'kv-cache-dtype') ?? '').startsWith('fp8') ? 1 : 2;
  return (2 * model.kv.layers * model.kv.kvHeads * model.kv.headDim * tokens * bytes) / GIB;
}

const gib = (n: number): string => n.toFixed(1);
const COUNT = new Intl.NumberFormat('en-US');
const count = (n: number): string => COUNT.format(n);

export function checkFit(spec: DeploymentSpec): FitResult {
  return fit(spec, true);
}

function fit(spec: DeploymentSpec, withSuggestion: boolean): FitResult {
  const instance = findInstance(spec.instance);
  if (!instance) return { status: 'not-applicable', message: `not checked: unknown instance type ${spec.instance}` };
  const model = catalogModel(spec.model);
  const args = normalizeArgs(spec.engine_args);

  const paramsB = spec.params_b ?? model?.paramsB;
  if (paramsB === undefined) return { status: 'unknown', message: 'not checked: parameter count unknown (set params_b)' };
  const paramsSource = spec.params_b !== undefined ? 'manifest' : 'catalog';

  const format = weightFormat(spec, args, model);
  if ('unsupported' in format) {
    return { status: 'unknown', paramsSource, message: `not checked: unknown quantization "${format.unsupported}" (bits per weight unknown)` };
  }
  const weights = format.fixedGiB !== undefined && spec.params_b === undefined ? format.fixedGiB : (paramsB * 1e9 * format.bits) / 8 / GIB;
  const suggest = (): string | undefined => (withSuggestion ? suggestInstanceThatFits(spec) : undefined);
  const parts = [`${gib(weights)} GiB ${format.label} weights`];

  if (instance.accelerator === 'cpu' || (instance.accelerator === 'neuron' && spec.engine === 'llama.cpp')) {
    if (spec.engine !== 'llama.cpp') {
      const hint = suggest();
      return {
        status: 'no-fit',
        paramsSource,
        message: `${spec.engine} needs a GPU but ${instance.type} has none; use a GPU instance${hint ? ` such as ${hint}` : ''}, or engine llama.cpp to serve on CPU`
      };
    }
    if (instance.accelerator === 'neuron') {
      return { status: 'no-fit', paramsSource, message: `llama.cpp cannot use the Neuron accelerators of ${instance.type}; use a GPU or CPU instance` };
    }
  }

  const onCpu = instance.accelerator === 'cpu';
  // The same count the engine is started with (launch.ts), never a separate guess.
  const devices = onCpu ? 1 : planLaunch(spec).devices;
  if (!onCpu && devices > instance.gpus) {
    return { status: 'no-fit', paramsSource, message: `engine_args ask for ${devices} devices but ${instance.type} has ${describeAccelerators(instance)}` };
  }
  const context = contextTokens(spec, args, model);
  const kv = context ? kvGiB(model, context.tokens, args) : undefined;
  const headroom = Math.max(HEADROOM_FRACTION * weights, HEADROOM_PER_DEVICE_GIB * devices);
  const base = weights + headroom;
  const needed = base + (kv ?? 0);
  if (kv !== undefined && context) parts.push(`${gib(kv)} GiB KV cache for ${count(context.tokens)} tokens`);
  parts.push(`${gib(headroom)} GiB headroom`);

  let available: number;
  let where: string;
  if (onCpu) {
    available = instance.memoryGiB - HOST_RESERVED_GIB;
    where = `${instance.type} has no GPU and ${gib(available)} GiB RAM usable`;
  } else {
    if (!instance.gpuMemoryMiBPerDevice) return { status: 'unknown', paramsSource, message: `not checked: accelerator memory of ${instance.type} unknown` };
    const { fraction, label } = memoryFraction(spec, args);
    available = (instance.gpuMemoryMiBPerDevice * devices * fraction) / 1024;
    const used = devices < instance.gpus ? ` (${devices} used)` : '';
    const reported = `${count(instance.gpuMemoryMiBPerDevice)} MiB${instance.gpuMemoryIsNominal ? ' nominal' : ''} each`;
    where = `${instance.type} has ${describeAccelerators(instance)}${used} with ${gib(available)} GiB usable (${reported}, ${label} ${fraction})`;
  }
  const summary = `${spec.model} needs ~${gib(needed)} GiB (${parts.join(' + ')})`;
  const result = { neededGiB: round1(needed), availableGiB: round1(available), paramsSource } as const;
  const neuronNote = instance.accelerator === 'neuron' ? '; Neuron needs a Neuron build of the engine and a compiled model' : '';

  if (needed > available) {
    // vLLM's default context alone can be what does not fit: that is a setting, not the hardware.
    // vLLM refuses to start when one sequence of max-model-len tokens does not fit, so this is an
    // error, with the largest max-model-len that does fit.
    if (context && !context.explicit && base <= available) {
      const fitsTokens = kv ? roundDown(Math.floor(((available - base) / kv) * context.tokens)) : 0;
      return {
        ...result,
        status: 'no-fit',
        message:
          fitsTokens > 0
            ? `${summary} but ${where}: the weights fit, but vLLM's default max-model-len ${count(context.tokens)} (the model's full context) does not, and vLLM refuses to start; set engine_args max-model-len: ${fitsTokens} (the largest that fits) or less`
            : `${summary} but ${where}: the weights fit, but not even a short context does; use a larger instance`
      };
    }
    if (spec.engine === 'llama.cpp' && !onCpu && base <= available + instance.memoryGiB - HOST_RESERVED_GIB) {
      return { ...result, status: 'tight', message: `${summary} but ${where}: llama.cpp would keep part of the model in host RAM, which is slow` };
    }
    const hint = suggest();
    // Quantization is advice only for 16-bit (or wider) weights: an AWQ/GPTQ/FP8/GGUF model is already quantized.
    const alreadyQuantized = format.bits < 16;
    const advice = alreadyQuantized
      ? `try ${hint ?? 'a larger instance'} (the weights are already ${format.label})`
      : `try ${hint ? `${hint} or ` : 'a larger instance or '}quantization`;
    return { ...result, status: 'no-fit', ...(hint ? { suggestion: hint } : {}), message: `${summary} but ${where}; ${advice}` };
  }
  if (needed > available * (1 - TIGHT_MARGIN)) {
    const hint = suggest();
    return {
      ...result,
      status: 'tight',
      ...(hint ? { suggestion: hint } : {}),
      message: `${summary} and ${where}: less than 10% to spare, long prompts or many concurrent requests may run out of memory${hint ? `; ${hint} has room` : ''}${neuronNote}`
    };
  }
  return { ...result, status: 'fits', message: `${summary}; ${where}${onCpu ? '; CPU inference is slow' : ''}${neuronNote}` };
}

/**
 * Cheapest instance of the same service (by on-demand price in the spec's region, then by memory)
 * on which the spec fits with room to spare. Neuron types are never suggested: they need a
 * different engine build. Tensor/pipeline parallel settings are dropped so all devices count.
 */
export function suggestInstanceThatFits(spec: DeploymentSpec): string | undefined {
  const args = { ...spec.engine_args };
  for (const key of Object.keys(args)) if (/^-*(tensor|pipeline)[-_]parallel[-_]size$|^-*(tp|pp|num[-_]shard)$/i.test(key)) delete args[key];
  const candidates: { type: string; price: number | null; memory: number }[] = [];
  for (const type of knownInstanceTypes(spec.service)) {
    const instance = findInstance(type)!;
    if (instance.accelerator === 'neuron') continue;
    if (instance.accelerator === 'cpu' && spec.engine !== 'llama.cpp') continue;
    const result = fit({ ...spec, instance: type, engine_args: args }, false);
    if (result.status !== 'fits') continue;
    const price = instanceHourlyPrice(spec.service, type, spec.region).usd;
    candidates.push({ type, price, memory: (instance.gpuMemoryMiBPerDevice ?? 0) * instance.gpus + instance.memoryGiB });
  }
  candidates.sort((a, b) => {
    if (a.price !== null && b.price !== null) return a.price - b.price || a.memory - b.memory;
    if (a.price !== null) return -1;
    if (b.price !== null) return 1;
    return a.memory - b.memory;
  });
  return candidates[0]?.type;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function roundDown(tokens: number): number {
  return tokens >= 1024 ? Math.floor(tokens / 1024) * 1024 : tokens;
}
