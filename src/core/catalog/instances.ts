// Instance types the action knows hardware for, from the bundled instances.json.
import raw from '../data/instances.json' with { type: 'json' };
import type { Service } from '../types.js';

export type Accelerator = 'nvidia-gpu' | 'neuron' | 'cpu';

export interface InstanceSpec {
  /** Canonical EC2 name, never with `ml.`. */
  type: string;
  family: string;
  vcpu: number;
  memoryGiB: number;
  /** Accelerator devices: GPUs, or Inferentia/Trainium chips (not NeuronCores). */
  gpus: number;
  gpuModel?: string;
  accelerator: Accelerator;
  /**
   * Memory per device as EC2 reports it (A10G: 22,888 MiB, not 24 GiB). When EC2's figure is not
   * in the data (V100, A100) this is the nominal size × 1024 and `gpuMemoryIsNominal` is set.
   */
  gpuMemoryMiBPerDevice?: number;
  gpuMemoryIsNominal?: boolean;
  nominalGpuMemoryGiB?: number;
}

interface RawInstance {
  type: string;
  family: string;
  vcpu: number;
  memoryGiB: number;
  gpus: number;
  accelerator: Accelerator;
  gpuModel?: string;
  nominalGpuMemoryGiB?: number;
  gpuMemoryMiBReportedByEC2?: number | null;
}

function toSpec(r: RawInstance): InstanceSpec {
  const spec: InstanceSpec = { type: r.type, family: r.family, vcpu: r.vcpu, memoryGiB: r.memoryGiB, gpus: r.gpus, accelerator: r.accelerator };
  if (r.gpus > 0) {
    if (r.gpuModel) spec.gpuModel = r.gpuModel;
    if (r.nominalGpuMemoryGiB !== undefined) spec.nominalGpuMemoryGiB = r.nominalGpuMemoryGiB;
    if (typeof r.gpuMemoryMiBReportedByEC2 === 'number') {
      spec.gpuMemoryMiBPerDevice = r.gpuMemoryMiBReportedByEC2;
    } else if (r.nominalGpuMemoryGiB) {
      spec.gpuMemoryMiBPerDevice = r.nominalGpuMemoryGiB * 1024;
      spec.gpuMemoryIsNominal = true;
    }
  }
  return spec;
}

const INSTANCES: readonly InstanceSpec[] = (raw as RawInstance[]).map(toSpec);
const BY_TYPE = new Map(INSTANCES.map((i) => [i.type, i]));

/**
 * Families offered for SageMaker real-time hosting: those with `ml.` prices in the data plus the
 * documented hosting families. c5 has SageMaker prices but no hardware row, so it is not listed
 * by `findInstance`.
 */
const SAGEMAKER_FAMILIES = new Set(['g4dn', 'g5', 'g6', 'g6e', 'p3', 'p4d', 'p4de', 'p5', 'p5e', 'p5en', 'inf2', 'trn1', 'c5', 'c6i', 'c7i', 'm5']);

export function canonicalType(text: string): string {
  return text.trim().toLowerCase().replace(/^ml\./, '');
}

/** Accepts `g5.2xlarge` or `ml.g5.2xlarge`, any case. */
export function findInstance(type: string): InstanceSpec | undefined {
  return BY_TYPE.get(canonicalType(type));
}

export function supportsService(type: string, service: Service): boolean {
  const spec = findInstance(type);
  if (!spec) return false;
  if (service !== 'sagemaker') return true;
  // SageMaker has no bare-metal hosting instances.
  return SAGEMAKER_FAMILIES.has(spec.family) && !spec.type.includes('.metal');
}

export function knownInstanceTypes(service: Service): string[] {
  return INSTANCES.filter((i) => supportsService(i.type, service)).map((i) => i.type);
}

export function allInstances(): readonly InstanceSpec[] {
  return INSTANCES;
}

/** Closest known type by edit distance, or undefined when nothing is reasonably close. */
export function suggestInstance(text: string, service: Service): string | undefined {
  const wanted = canonicalType(text);
  if (!wanted) return undefined;
  const known = knownInstanceTypes(service);
  // An abbreviation (`g5.2xl`) is a prefix of what was meant.
  const completions = known.filter((type) => type.startsWith(wanted));
  if (completions.length > 0) return completions.sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const type of known) {
    const d = editDistance(wanted, type);
    if (d < bestDistance) {
      best = type;
      bestDistance = d;
    }
  }
  // More than about half the name wrong is not a typo any more.
  return bestDistance <= Math.max(2, Math.floor(wanted.length / 2)) ? best : undefined;
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/** Short hardware text for messages: `1 × A10G`, `8 × H100`, `2 × Inferentia2`. */
export function describeAccelerators(spec: InstanceSpec): string {
  if (spec.gpus === 0 || !spec.gpuModel) return 'no GPU';
  return `${spec.gpus} × ${spec.gpuModel.replace(/^(NVIDIA|AWS) /, '')}`;
}
