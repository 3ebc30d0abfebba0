// Plans the golden tests render: built by buildPlan from a manifest and hand-made live stacks at a
// fixed instant, so the golden files change only when the renderer or the plan changes.
import { buildPlan, type Plan } from '../../../src/core/plan.js';
import { loadManifest } from '../../../src/core/manifest/load.js';
import { specParameterValue, TAG, type LiveStack, type Tombstone } from '../../../src/core/live.js';
import { specHash } from '../../../src/core/spec-hash.js';
import type { DeploymentSpec } from '../../../src/core/types.js';

/** Wednesday 2026-10-21 21:00 UTC: outside office hours in Berlin. */
export const NOW = new Date('2026-10-21T21:00:00Z');

export function specsOf(yaml: string): DeploymentSpec[] {
  const m = loadManifest(yaml, { path: 'models.yaml', stackPrefix: 'emd' });
  if (!m.valid) throw new Error(JSON.stringify(m.diagnostics));
  return m.specs;
}

export function stackOf(spec: DeploymentSpec, over: Partial<LiveStack> = {}, deployedAt = '2026-10-21T08:00:00Z'): LiveStack {
  return {
    stackName: `emd-${spec.name}`,
    stackId: `arn:aws:cloudformation:${spec.region}:123456789012:stack/emd-${spec.name}/1`,
    region: spec.region,
    status: 'UPDATE_COMPLETE',
    tags: { [TAG.managed]: 'true', [TAG.deployment]: spec.name, [TAG.manifest]: 'models.yaml', [TAG.deployedAt]: deployedAt },
    parameters: { DeploymentSpec: specParameterValue(spec) },
    outputs: {},
    ...over
  };
}

const ELEVEN = `version: 1
defaults: { region: us-east-1, service: sagemaker }
models:
  chat-new:
    model: Qwen/Qwen2.5-7B-Instruct
    instance: g5.2xlarge
    scaling: { min: 1, max: 2 }
  chat-tuned:
    model: Qwen/Qwen2.5-7B-Instruct
    instance: g5.2xlarge
    engine_args: { max-model-len: 16384 }
    scaling: { min: 1, max: 4 }
  chat-big:
    model: Qwen/Qwen2.5-14B-Instruct
    instance: g5.12xlarge
  coder-busy:
    model: Qwen/Qwen2.5-Coder-7B-Instruct
    service: ecs
    instance: g6.2xlarge
    scaling: { min: 1, max: 3 }
  broken:
    model: Qwen/Qwen2.5-7B-Instruct
    service: ec2
    instance: g6.xlarge
  embed:
    model: BAAI/bge-m3
    instance: g5.xlarge
    protect: true
  office:
    model: Qwen/Qwen2.5-7B-Instruct
    instance: g5.2xlarge
    schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }
  demo:
    model: Qwen/Qwen2.5-0.5B-Instruct
    service: ec2
    instance: g6.xlarge
    ttl: 8h
  spike:
    model: Qwen/Qwen2.5-0.5B-Instruct
    service: ec2
    instance: g6.xlarge
    ttl: 4h
`;

/**
 * Eleven deployments, every action kind: create, update, replace, delete, a protected delete held
 * back, an update waiting on a busy stack, a stack that needs a person, unchanged, scheduled down,
 * expired by its ttl, and a ttl that ran out (teardown due).
 */
export function elevenPlan(): Plan {
  const specs = specsOf(ELEVEN);
  const by = Object.fromEntries(specs.map((s) => [s.name, s]));
  const gone = (name: string, over: Partial<DeploymentSpec> = {}): DeploymentSpec => ({ ...by['chat-new'], name, ...over });
  const stacks: LiveStack[] = [
    stackOf({ ...by['chat-tuned'], engine_args: { 'max-model-len': 8192 }, scaling: { min: 1, max: 2 } }),
    stackOf({ ...by['chat-big'], instance: 'g5.4xlarge' }),
    stackOf({ ...by['coder-busy'], scaling: { min: 1, max: 2 } }, { status: 'UPDATE_IN_PROGRESS' }),
    stackOf(by['broken'], { status: 'UPDATE_ROLLBACK_FAILED', statusReason: 'Resource handler returned message: "Instance i-0abc failed to stabilize"' }),
    stackOf(by['embed']),
    stackOf(by['spike'], {}, '2026-10-21T10:00:00Z'),
    stackOf(gone('legacy-bot', { model: 'mistralai/Mistral-7B-Instruct-v0.3' })),
    stackOf(gone('prod-old', { protect: true, instance: 'g5.xlarge' }))
  ];
  const tombstones: Tombstone[] = [{ stackName: 'emd-demo', region: 'us-east-1', specHash: specHash(by['demo']), reason: 'ttl', tornDownAt: new Date('2026-10-20T18:00:00Z') }];
  return buildPlan(specs, { known: true, stacks, regions: ['us-east-1'], tombstones: { known: true, items: tombstones } }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: true, now: NOW });
}

/** 300 deployments, all running as asked, except one that moves from ecs to ec2 (a replace). */
export function threeHundredPlan(): Plan {
  const lines = ['version: 1', 'defaults: { region: us-east-1, service: ecs, instance: g5.xlarge }', 'models:'];
  for (let i = 0; i < 300; i++) lines.push(`  team-${String(i).padStart(3, '0')}-assistant:`, '    model: Qwen/Qwen2.5-0.5B-Instruct', '    scaling: { min: 1, max: 2 }', ...(i === 217 ? ['    service: ec2'] : []));
  const specs = specsOf(lines.join('\n'));
  const stacks = specs.map((s) => stackOf(s.name === 'team-217-assistant' ? { ...s, service: 'ecs' } : s));
  return buildPlan(specs, { known: true, stacks, regions: ['us-east-1'], tombstones: { known: true, items: [] } }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false, now: NOW });
}

/** One SageMaker endpoint whose instance changes: a replace, with downtime and a new API key. */
export function replacePlan(): Plan {
  const specs = specsOf(`version: 1
models:
  support-bot:
    model: meta-llama/Llama-3.1-8B-Instruct
    hf_token_secret: emd/hf-token
    engine_args: { max-model-len: 8192 }
    region: us-east-1
    service: sagemaker
    instance: g5.4xlarge
    api_key: generate
`);
  const stacks = [stackOf({ ...specs[0], instance: 'g5.2xlarge' })];
  return buildPlan(specs, { known: true, stacks, regions: ["us-east-1"], tombstones: { known: true, items: [] } }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false, now: NOW });
}
