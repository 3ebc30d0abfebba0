// How the engine is started on the instance, computed in one place: the fit check (fit.ts) counts
// the devices from it, and the deployment request carries its flags to the build, which passes them
// to the engine unchanged (buildspecs/scripts/write-artifact.sh). Engines do not use every GPU on
// their own:
//   vLLM       --tensor-parallel-size defaults to 1 (one GPU, whatever the instance has);
//   TGI        counts CUDA_VISIBLE_DEVICES / NVIDIA_VISIBLE_DEVICES entries, and "all" counts as one
//              (launcher/src/main.rs, num_cuda_devices), so --num-shard is set explicitly;
//   llama.cpp  offloads layers only with --n-gpu-layers, and splits them over all visible GPUs with
//              --split-mode layer (its default, set explicitly so the plan and the command agree).
// A flag the manifest sets (in any spelling the engine accepts) always wins.
import { findInstance } from './catalog/instances.js';
import type { DeploymentSpec } from './types.js';

export type EngineArgs = Record<string, string | number | boolean>;

export interface Launch {
  /** Accelerator devices of the instance type (GPUs or Neuron chips); 0 on CPU-only instances. */
  gpus: number;
  /** Devices the engine is started to use. */
  devices: number;
  /** engine_args as written plus the flags set here: exactly what the engine gets. */
  engineArgs: EngineArgs;
  /** The flags set here, in the order added. */
  added: string[];
}

/** `--Max_Model_Len` and `max-model-len` are the same flag. */
export function normalizeArgs(args: EngineArgs | undefined): EngineArgs {
  const out: EngineArgs = {};
  for (const [k, v] of Object.entries(args ?? {})) out[normalizeKey(k)] = v;
  return out;
}

const normalizeKey = (k: string): string => k.replace(/^-+/, '').toLowerCase().replace(/_/g, '-');

/** A positive number given under any of the keys. */
export function argNumber(args: EngineArgs, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const n = Number(args[k]);
    if (args[k] !== undefined && args[k] !== '' && Number.isFinite(n) && n > 0) return n;
  }
  return undefined;
}

const has = (args: EngineArgs, ...keys: string[]): boolean => keys.some((k) => args[k] !== undefined && args[k] !== '');

/** Flag spellings per engine, as their argument parsers accept them. */
export const PARALLEL_FLAGS = {
  vllm: { tensor: ['tensor-parallel-size', 'tp'], pipeline: ['pipeline-parallel-size', 'pp'] },
  tgi: { shards: ['num-shard'] },
  'llama.cpp': { layers: ['n-gpu-layers', 'ngl', 'gpu-layers'], split: ['split-mode', 'sm'] }
} as const;

/** All layers on the GPUs: llama.cpp caps the count at the model's layers. */
export const LLAMA_ALL_LAYERS = 999;

export function planLaunch(spec: Pick<DeploymentSpec, 'engine' | 'instance' | 'engine_args'>): Launch {
  const instance = findInstance(spec.instance);
  const gpus = instance && instance.accelerator !== 'cpu' ? instance.gpus : 0;
  const onGpu = instance?.accelerator === 'nvidia-gpu';
  const args = normalizeArgs(spec.engine_args);
  const engineArgs: EngineArgs = { ...spec.engine_args };
  const added: string[] = [];
  const set = (key: string, value: string | number) => {
    engineArgs[key] = value;
    added.push(key);
  };

  let devices: number;
  if (spec.engine === 'vllm') {
    const { tensor, pipeline } = PARALLEL_FLAGS.vllm;
    const pp = argNumber(args, ...pipeline) ?? 1;
    let tp = argNumber(args, ...tensor);
    if (tp === undefined) {
      tp = onGpu && gpus > 1 ? Math.max(1, Math.floor(gpus / pp)) : 1;
      if (tp > 1) set('tensor-parallel-size', tp);
    }
    // On Neuron the engine build decides; count every chip, as before.
    devices = onGpu || has(args, ...tensor) ? Math.round(tp * pp) : Math.max(gpus, 1);
  } else if (spec.engine === 'tgi') {
    let shards = argNumber(args, ...PARALLEL_FLAGS.tgi.shards);
    if (shards === undefined) {
      shards = Math.max(gpus, 1);
      if (onGpu && gpus > 1) set('num-shard', shards);
    }
    devices = shards;
  } else {
    const { layers, split } = PARALLEL_FLAGS['llama.cpp'];
    if (onGpu && !has(args, ...layers)) set('n-gpu-layers', LLAMA_ALL_LAYERS);
    if (onGpu && gpus > 1 && !has(args, ...split)) set('split-mode', 'layer');
    devices = String(args['split-mode'] ?? args.sm ?? 'layer').toLowerCase() === 'none' ? 1 : Math.max(gpus, 1);
  }
  return { gpus, devices, engineArgs, added };
}

/** What the deployment request carries for the build (see pipeline-contract.ts). */
export function launchRequest(spec: DeploymentSpec): { gpus: number; devices: number; engine_args: EngineArgs } {
  const launch = planLaunch(spec);
  return { gpus: launch.gpus, devices: launch.devices, engine_args: launch.engineArgs };
}
