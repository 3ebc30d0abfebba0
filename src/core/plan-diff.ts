// Field-level diffs between two specs, in the manifest's own vocabulary, with what each change
// does to a running endpoint.
import type { DeploymentSpec } from './types.js';
import type { FieldChange } from './plan-types.js';

/** Fields that cannot change in place: a different template or region means a different stack. */
const REPLACE_FIELDS = new Set(['service', 'region']);

/**
 * SageMaker refuses to move an endpoint registered for autoscaling to another instance type, so
 * that change is a replacement too.
 */
export function replaces(field: string, service: DeploymentSpec['service']): boolean {
  return REPLACE_FIELDS.has(field) || (service === 'sagemaker' && field === 'instance');
}

const ROLLING_FIELDS = new Set(['model', 'revision', 'engine', 'engine_version', 'engine_args', 'instance', 'params_b']);

/** Field-level diff in manifest vocabulary: `scaling.max: 2 → 4`. */
export function diffSpecs(before: DeploymentSpec, after: DeploymentSpec): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => f !== 'name').sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
    changes.push({ field, old: a[field], new: b[field], impact: impactOf(field, after.service) });
  }
  return changes;
}

function impactOf(field: string, service: DeploymentSpec['service']): string | undefined {
  const root = field.split('.')[0];
  if (replaces(root, service)) return 'replaces the stack';
  if (ROLLING_FIELDS.has(root)) {
    if (service === 'sagemaker') return 'new endpoint config, swapped in without downtime';
    return service === 'ecs' ? 'tasks are replaced one by one' : 'a new group of instances starts beside the old one, which is removed once the new engines answer';
  }
  if (root === 'api_key') return 'clients need the new key';
  if (root === 'https' || root === 'network') return 'load balancer and listeners change; URL may change';
  return undefined;
}

function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    // An empty map is the same as an absent one: `tags: {}` is not a change.
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined) {
    out[prefix] = value;
  }
  return out;
}
