// Does the engine serve this kind of model at all? Checked before a 20-minute build finds out:
// - llama.cpp loads GGUF files only, so it needs a GGUF repository (and the build stages one file:
//   engine_args.hf-file, or the repository's only GGUF; stage-weights.sh);
// - embedding models (the catalog knows which) are served by vLLM's pooling runner, on
//   /v1/embeddings. vLLM 0.10.1 and later take `--runner pooling` (which also converts
//   *ForCausalLM checkpoints such as Qwen3-Embedding, that `--runner auto` would serve as
//   generators); earlier versions take `--task embed` (vLLM docs, "Pooling Models", v0.10.0 and
//   v0.10.1.1). TGI serves text generation only (embeddings are Hugging Face's separate
//   text-embeddings-inference), and llama.cpp needs a GGUF conversion.
import type { Engine } from '../types.js';
import { findModel } from '../catalog/models.js';
import type { Report } from './rules.js';

type Args = Record<string, string | number | boolean>;

/** The pinned default (buildspecs/engines.env VLLM_DEFAULT_VERSION) is newer than 0.10.1. */
function vllmHasRunnerFlag(version: string | undefined): boolean {
  if (version === undefined) return true;
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return true;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return major > 0 || minor > 10 || (minor === 10 && patch >= 1);
}

/**
 * Reports what cannot serve, and returns the engine_args the deployment needs (the pooling flag
 * added for an embedding model on vLLM, so the plan shows it and the build passes it).
 */
export function checkEngineForModel(model: string, engine: Engine, version: string | undefined, args: Args, report: Report): Args {
  const kind = findModel(model)?.kind;
  if (engine === 'llama.cpp') {
    const file = args['hf-file'];
    if (kind !== undefined || !/gguf/i.test(model)) {
      report('error', 'model', `llama.cpp serves GGUF files, and ${model} is not a GGUF repository${kind ? ' (the catalog knows it as safetensors weights)' : ' (its name does not say GGUF)'}; use a GGUF conversion of it (a repository such as <org>/<model>-GGUF) with engine_args hf-file naming the file, or engine vllm`);
    } else if (file !== undefined && !/\.gguf$/i.test(String(file))) {
      report('error', 'engine_args', `hf-file "${String(file).slice(0, 80)}" is not a .gguf file; name one GGUF file of the repository (the first part of a split file)`, ['hf-file']);
    } else if (file === undefined) {
      report('warning', 'engine_args', 'no hf-file: the build stages the repository\'s only GGUF file and fails if it holds several (one per quantization is usual); name one, e.g. hf-file: model-Q4_K_M.gguf');
    }
    return args;
  }
  if (kind !== 'embedding') return args;
  if (engine === 'tgi') {
    report('error', 'engine', `${model} is an embedding model; TGI serves text generation only. Use engine vllm, which serves it on /v1/embeddings`);
    return args;
  }
  const set = ['runner', 'task', 'convert'].filter((k) => args[k] !== undefined);
  if (set.length) {
    const pooling = args.runner === 'pooling' || args.task === 'embed' || args.convert === 'embed';
    if (!pooling) report('error', 'engine_args', `${model} is an embedding model, but ${set.map((k) => `${k}: ${String(args[k])}`).join(', ')} does not run vLLM's pooling runner; use runner: pooling (vLLM 0.10.1 and later) or task: embed (earlier)`, [set[0]]);
    return args;
  }
  return vllmHasRunnerFlag(version) ? { ...args, runner: 'pooling' } : { ...args, task: 'embed' };
}
