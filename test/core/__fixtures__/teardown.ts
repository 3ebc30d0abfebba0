// One hourly teardown run, Friday 19:07 in Berlin: a scheduled deployment goes down, a ttl ran out
// (and its delete is refused), a protected one and a busy one are skipped, and one more with a
// weekday schedule in another region is kept up. Shared by the golden file and the report tests.
import { loadManifest } from '../../../src/core/manifest/load.js';
import { specParameterValue, TAG, type LiveStack } from '../../../src/core/live.js';
import { decideTeardown, type TeardownDecisions, type TeardownItem } from '../../../src/core/teardown.js';
import type { DeploymentSpec } from '../../../src/core/types.js';

export const TEARDOWN_NOW = new Date('2026-10-23T17:07:00Z');

function stackFor(spec: DeploymentSpec, deployedAt: string, status = 'CREATE_COMPLETE'): LiveStack {
  return {
    stackName: `emd-${spec.name}`,
    stackId: `arn:aws:cloudformation:${spec.region}:123456789012:stack/emd-${spec.name}/1`,
    region: spec.region,
    status,
    tags: { [TAG.managed]: 'true', [TAG.deployment]: spec.name, [TAG.manifest]: 'models.yaml', [TAG.deployedAt]: deployedAt },
    parameters: { DeploymentSpec: specParameterValue(spec) },
    outputs: {}
  };
}

export function teardownRun(): { decided: TeardownDecisions; items: TeardownItem[] } {
  const specs = loadManifest(
    `version: 1
defaults: { region: us-east-1, service: sagemaker, instance: g5.2xlarge }
models:
  chat:
    model: Qwen/Qwen2.5-7B-Instruct
    schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }
  support:
    model: Qwen/Qwen2.5-7B-Instruct
    region: us-west-2
    service: ecs
    instance: g5.xlarge
    schedule: { up: "0 7 * * 1-5", down: "0 18 * * 1-5", timezone: America/Los_Angeles }
  demo:
    model: Qwen/Qwen2.5-0.5B-Instruct
    ttl: 8h
  prod:
    model: Qwen/Qwen2.5-7B-Instruct
    protect: true
    ttl: 1h
  busy:
    model: Qwen/Qwen2.5-0.5B-Instruct
    ttl: 1h
`,
    { path: 'models.yaml', stackPrefix: 'emd' }
  ).specs;
  const by = Object.fromEntries(specs.map((s) => [s.name, s]));
  const decided = decideTeardown(
    specs,
    {
      stacks: [
        stackFor(by.chat, '2026-10-23T06:07:00Z'),
        stackFor(by.support, '2026-10-23T14:00:00Z'),
        stackFor(by.demo, '2026-10-23T08:00:00Z'),
        stackFor(by.prod, '2026-10-01T00:00:00Z'),
        stackFor(by.busy, '2026-10-01T00:00:00Z', 'UPDATE_IN_PROGRESS')
      ]
    },
    { now: TEARDOWN_NOW, stackPrefix: 'emd', manifestPath: 'models.yaml' }
  );
  const items: TeardownItem[] = decided.decisions.map((d) =>
    d.verdict === 'tear-down' ? { ...d, outcome: d.name === 'demo' ? { result: 'failed', reason: 'DeleteStack: AccessDenied' } : { result: 'succeeded' } } : d
  );
  return { decided, items };
}
