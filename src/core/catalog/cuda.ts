// Which CUDA each engine image is built on, which NVIDIA driver each SageMaker inference AMI has, and
// what that means for running the image there. Data with its sources; test/core/cuda.test.ts ties
// it to buildspecs/engines.env (the default versions), the SageMaker template's InferenceAmiVersion
// and the entrypoint's compat set-up. Update the table when a default version moves.
import type { Engine } from '../types.js';

export interface EngineCuda {
  /** major.minor of the CUDA toolkit the official image is built on. */
  cuda: string;
  source: string;
}

/** The versions buildspecs/engines.env builds when a deployment sets no engine_version (the test ties them). */
export const DEFAULT_ENGINE_VERSIONS: Record<Engine, string> = { vllm: '0.11.0', tgi: '3.3.5', 'llama.cpp': 'b7869' };

/** By engine, then by version as buildspecs/engines.env writes it. */
export const ENGINE_CUDA: Record<Engine, Record<string, EngineCuda>> = {
  vllm: {
    '0.11.0': { cuda: '12.8', source: 'vllm-project/vllm docker/Dockerfile: ARG CUDA_VERSION=12.8.1 (final image nvidia/cuda:12.8.1-devel, with its compat package)' }
  },
  tgi: {
    '3.3.5': { cuda: '12.4', source: 'huggingface/text-generation-inference v3.3.5 Dockerfile: FROM nvidia/cuda:12.4.0-base-ubuntu22.04 AS base' }
  },
  'llama.cpp': {
    b7869: { cuda: '12.8', source: 'ggml-org/llama.cpp .devops/cuda.Dockerfile: ARG CUDA_VERSION=12.8.1 (server-cuda images)' }
  }
};

export interface InferenceAmi {
  version: string;
  driver: number;
  /** Highest CUDA the driver supports natively. */
  cuda: string;
  /** Whether the host's NVIDIA Container Toolkit mounts CUDA compat libraries into containers. */
  mountsCompat: boolean;
}

/**
 * SageMaker API Reference, ProductionVariant.InferenceAmiVersion (and "Updating inference containers
 * to comply with the NVIDIA Container Toolkit", SageMaker developer guide).
 */
export const SAGEMAKER_INFERENCE_AMIS: readonly InferenceAmi[] = [
  { version: 'al2-ami-sagemaker-inference-gpu-2', driver: 535, cuda: '12.2', mountsCompat: true },
  { version: 'al2-ami-sagemaker-inference-gpu-2-1', driver: 535, cuda: '12.2', mountsCompat: false },
  { version: 'al2-ami-sagemaker-inference-gpu-3-1', driver: 550, cuda: '12.4', mountsCompat: false }
];

/**
 * CUDA forward compatibility (NVIDIA "CUDA Compatibility" guide): an image's cuda-compat package runs
 * a newer CUDA 12.x on an older driver of a supported long-term branch, on data-center GPUs (every
 * SageMaker GPU instance has one). The container must put the package on its library path itself
 * when the toolkit does not mount it (buildspecs/images/entrypoint.sh).
 */
export const FORWARD_COMPAT_DRIVER_BRANCHES: readonly number[] = [535, 550];

export type HostFit = 'native' | 'forward-compat' | 'unsupported' | 'unknown';

export interface SageMakerHost {
  ami: InferenceAmi;
  engineCuda?: EngineCuda;
  fit: HostFit;
  message: string;
}

const newer = (a: string, b: string): boolean => {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am > bm || (am === bm && an > bn);
};

/** The host image with the newest driver: the one the SageMaker template uses. */
export function chosenInferenceAmi(): InferenceAmi {
  return [...SAGEMAKER_INFERENCE_AMIS].sort((a, b) => b.driver - a.driver || Number(a.mountsCompat) - Number(b.mountsCompat))[0];
}

export function sagemakerHost(engine: Engine, version: string): SageMakerHost {
  const ami = chosenInferenceAmi();
  const engineCuda = ENGINE_CUDA[engine]?.[version.replace(/^v/, '')];
  const host = `${ami.version} (NVIDIA driver ${ami.driver}, CUDA ${ami.cuda})`;
  if (!engineCuda) {
    return { ami, fit: 'unknown', message: `the CUDA version of ${engine} ${version} is not in the project's table; the SageMaker host is ${host}, and images newer than CUDA ${ami.cuda} start only through CUDA forward compatibility` };
  }
  if (!newer(engineCuda.cuda, ami.cuda)) return { ami, engineCuda, fit: 'native', message: `${engine} ${version} (CUDA ${engineCuda.cuda}) runs natively on ${host}` };
  const major = (v: string) => v.split('.')[0];
  if (major(engineCuda.cuda) === major(ami.cuda) && FORWARD_COMPAT_DRIVER_BRANCHES.includes(ami.driver)) {
    return { ami, engineCuda, fit: 'forward-compat', message: `${engine} ${version} (CUDA ${engineCuda.cuda}) runs on ${host} through the image's CUDA compat libraries, which the entrypoint loads` };
  }
  return { ami, engineCuda, fit: 'unsupported', message: `${engine} ${version} needs CUDA ${engineCuda.cuda}, which ${host} cannot run even with forward compatibility` };
}
