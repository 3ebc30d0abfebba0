import { describe, expect, it } from '@jest/globals';
import { buildPlan, diffSpecs } from '../../src/core/plan.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { specParameterValue, TAG, type LiveStack, type LiveState } from '../../src/core/live.js';
import type { DeploymentSpec } from '../../src/core/types.js';

const options = { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false };

function specs(body: string): DeploymentSpec[] {
  const m = loadManifest(`version: 1\ndefaults: { region: us-east-1 }\nmodels:\n${body}`, { path: 'models.yaml', stackPrefix: 'emd' });
  expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return m.specs;
}

function stackFor(spec: DeploymentSpec, over: Partial<LiveStack> = {}, tags: Record<string, string> = {}): LiveStack {
  return {
    stackName: `emd-${spec.name}`,
    stackId: `arn:aws:cloudformation:${spec.region}:123456789012:stack/emd-${spec.name}/1`,
    region: spec.region,
    status: 'CREATE_COMPLETE',
    tags: { [TAG.managed]: 'true', [TAG.deployment]: spec.name, [TAG.stackPrefix]: 'emd', [TAG.manifest]: 'models.yaml', ...tags },
    parameters: { DeploymentSpec: specParameterValue(spec) },
    outputs: {},
    ...over
  };
}

const live = (stacks: LiveStack[]): LiveState => ({ known: true, stacks, regions: ['us-east-1'] });

const [small] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.2xlarge\n    scaling: { min: 1, max: 2 }\n');

describe('diff classes', () => {
  it('creates what has no stack', () => {
    const plan = buildPlan([small], live([]), options);
    expect(plan.entries.map((e) => [e.name, e.action])).toEqual([['chat', 'create']]);
    expect(plan.hasChanges).toBe(true);
    expect(plan.counts.create).toBe(1);
  });

  it('leaves an identical deployment unchanged', () => {
    const plan = buildPlan([small], live([stackFor(small)]), options);
    expect(plan.entries[0].action).toBe('unchanged');
    expect(plan.hasChanges).toBe(false);
    expect(plan.totals.monthlyDelta).toBe(0);
  });

  it('updates with field-level old → new in manifest vocabulary', () => {
    const [bigger] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.2xlarge\n    engine_args: { max-model-len: 4096 }\n    scaling: { min: 1, max: 4 }\n');
    const plan = buildPlan([bigger], live([stackFor(small)]), options);
    const e = plan.entries[0];
    expect(e.action).toBe('update');
    expect(e.changes.map((c) => [c.field, c.old, c.new])).toEqual([
      ['engine_args.max-model-len', undefined, 4096],
      ['scaling.max', 2, 4]
    ]);
    expect(e.changes[0].impact).toMatch(/without downtime/);
    expect(plan.totals.monthlyDelta).toBe(0);
    expect(plan.entries[0].cost?.monthlyMax).toBeGreaterThan(plan.entries[0].liveCost!.monthlyMax!);
  });

  it('updates an ecs instance type in place, one task at a time', () => {
    const [onEcs] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    service: ecs\n    instance: g5.2xlarge\n');
    const [bigger] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    service: ecs\n    instance: g5.4xlarge\n');
    const e = buildPlan([bigger], live([stackFor(onEcs)]), options).entries[0];
    expect(e).toMatchObject({ action: 'update', changes: [{ field: 'instance', old: 'g5.2xlarge', new: 'g5.4xlarge', impact: 'tasks are replaced one by one' }] });
  });

  it('replaces a sagemaker endpoint whose instance type changes', () => {
    const [bigger] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.4xlarge\n    scaling: { min: 1, max: 2 }\n');
    const e = buildPlan([bigger], live([stackFor(small)]), options).entries[0];
    expect(e.action).toBe('replace');
    expect(e.downtime).toMatch(/^instance cannot change in place/);
  });

  it('replaces on a service change and says what it costs in downtime', () => {
    const [onEcs] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    service: ecs\n    instance: g5.2xlarge\n    scaling: { min: 1, max: 2 }\n');
    const e = buildPlan([onEcs], live([stackFor(small)]), options).entries[0];
    expect(e.action).toBe('replace');
    expect(e.changes.find((c) => c.field === 'service')).toMatchObject({ old: 'sagemaker', new: 'ecs', impact: 'replaces the stack' });
    expect(e.downtime).toMatch(/deleted and created again.*down for the whole deploy/);
  });

  it('replaces on a region change: the stack lives in another region', () => {
    const [west] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    region: us-west-2\n    instance: g5.2xlarge\n    scaling: { min: 1, max: 2 }\n');
    const plan = buildPlan([west], { known: true, stacks: [stackFor(small)], regions: ['us-east-1', 'us-west-2'] }, options);
    expect(plan.entries).toHaveLength(1);
    expect(plan.entries[0]).toMatchObject({ action: 'replace', region: 'us-west-2', live: { region: 'us-east-1' } });
    expect(plan.entries[0].changes[0]).toMatchObject({ field: 'region', old: 'us-east-1', new: 'us-west-2' });
    expect(plan.entries[0].downtime).toMatch(/URL changes/);
  });

  it('blocks a replace of a protected deployment', () => {
    const [prot] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.2xlarge\n    protect: true\n');
    const [moved] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    service: ec2\n    instance: g5.2xlarge\n    protect: true\n');
    const e = buildPlan([moved], live([stackFor(prot)]), options).entries[0];
    expect(e.blocked?.kind).toBe('protected');
  });

  it('plans deletes only with allow-destroy, and never of protected deployments', () => {
    const [gone] = specs('  old:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instance: g5.xlarge\n');
    const [kept] = specs('  keep:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instance: g5.xlarge\n    protect: true\n');
    const state = live([stackFor(gone), stackFor(kept)]);

    const blocked = buildPlan([], state, options);
    expect(blocked.entries.map((e) => [e.name, e.action, e.blocked?.kind])).toEqual([
      ['old', 'delete', 'destroy-not-allowed'],
      ['keep', 'delete', 'protected']
    ]);
    expect(blocked.hasChanges).toBe(false);
    expect(blocked.counts).toMatchObject({ delete: 0, blocked: 2 });
    expect(blocked.totals.monthlyDelta).toBe(0);

    const allowed = buildPlan([], state, { ...options, allowDestroy: true });
    expect(allowed.entries.map((e) => [e.name, e.action, e.blocked?.kind])).toEqual([
      ['old', 'delete', undefined],
      ['keep', 'delete', 'protected']
    ]);
    expect(allowed.hasChanges).toBe(true);
    expect(allowed.counts).toMatchObject({ delete: 1, blocked: 1 });
    expect(allowed.totals.monthlyDelta).toBeLessThan(0);
  });

  it('reports busy stacks and waits', () => {
    const [bigger] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.4xlarge\n    scaling: { min: 1, max: 2 }\n');
    const e = buildPlan([bigger], live([stackFor(small, { status: 'UPDATE_IN_PROGRESS' })]), options).entries[0];
    expect(e).toMatchObject({ action: 'replace', blocked: { kind: 'busy' } });
    expect(e.blocked?.reason).toMatch(/UPDATE_IN_PROGRESS/);
  });

  it('reports failed stacks with the exact fix', () => {
    const e = buildPlan([small], live([stackFor(small, { status: 'UPDATE_ROLLBACK_FAILED', statusReason: 'Resource handler returned message: boom' })]), options).entries[0];
    expect(e.blocked?.kind).toBe('failed');
    expect(e.blocked?.reason).toMatch(/boom/);
    expect(e.blocked?.fix).toBe('aws cloudformation continue-update-rollback --stack-name emd-chat --region us-east-1 (add --resources-to-skip <LogicalId> for resources that cannot roll back), then re-run');
  });

  it('recreates a stack left in ROLLBACK_COMPLETE by a failed create', () => {
    const e = buildPlan([small], live([stackFor(small, { status: 'ROLLBACK_COMPLETE' })]), options).entries[0];
    expect(e.action).toBe('create');
    expect(e.notes.join(' ')).toMatch(/deletes that stack and creates it again/);
    expect(e.liveCost).toBeUndefined();
  });

  it('redeploys in full when the deployed spec cannot be read', () => {
    const e = buildPlan([small], live([stackFor(small, { parameters: {} })]), options).entries[0];
    expect(e.action).toBe('update');
    expect(e.notes[0]).toMatch(/deployed spec unknown/);
  });

  it('never touches stacks it does not manage', () => {
    const [other] = specs('  other:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instance: g5.xlarge\n');
    const foreign = [
      stackFor(other, {}, { [TAG.managed]: 'false' }),
      stackFor(other, { stackName: 'prod-other' }, { [TAG.stackPrefix]: 'prod' }),
      stackFor(other, {}, { [TAG.manifest]: 'team-b/models.yaml' }),
      { ...stackFor(other), tags: {} },
      stackFor(other, { stackName: 'emd-bootstrap' }, { [TAG.deployment]: 'other' })
    ];
    const plan = buildPlan([], live(foreign), { ...options, allowDestroy: true });
    expect(plan.entries).toEqual([]);
  });

  it('says live state is unknown instead of treating it as empty', () => {
    const plan = buildPlan([small], { known: false, reason: 'no AWS credentials', regions: ['us-east-1'] }, options);
    expect(plan.entries[0].action).toBe('unknown');
    expect(plan.live).toEqual({ known: false, reason: 'no AWS credentials', regions: ['us-east-1'] });
    expect(plan.totals.monthlyDelta).toBeNull();
    expect(plan.totals.monthlyAfter).toBeGreaterThan(0);
  });
});

describe('diffSpecs', () => {
  it('diffs nested fields and additions', () => {
    const [a] = specs('  x:\n    model: Qwen/Qwen2.5-7B-Instruct\n');
    const [b] = specs('  x:\n    model: Qwen/Qwen2.5-7B-Instruct\n    engine_args: { max-model-len: 4096 }\n    tags: { team: a }\n    ttl: 2h\n');
    expect(diffSpecs(a, b).map((c) => [c.field, c.old, c.new])).toEqual([
      ['engine_args.max-model-len', undefined, 4096],
      ['tags.team', undefined, 'a'],
      ['ttl', undefined, '2h']
    ]);
  });
});

describe('what the plan says about serving (issue 9)', () => {
  it('warns what spot means for availability, on spot deployments only', () => {
    const [spot, onDemand] = specs('  s:\n    model: Qwen/Qwen2.5-7B-Instruct\n    service: ecs\n    spot: true\n  o:\n    model: Qwen/Qwen2.5-7B-Instruct\n    service: ecs\n');
    const plan = buildPlan([spot, onDemand], live([]), options);
    const warnings = plan.diagnostics.filter((d) => d.severity === 'warning' && /spot/.test(d.message));
    expect(warnings).toEqual([
      expect.objectContaining({ deployment: 's', message: expect.stringContaining('with a single instance the endpoint is down until the replacement has loaded the model') })
    ]);
  });

  it('does not call a SageMaker endpoint plain HTTP, and says who points the domain when no zone is given', () => {
    const [sm, lb] = specs('  sm:\n    model: Qwen/Qwen2.5-7B-Instruct\n  lb:\n    model: Qwen/Qwen2.5-7B-Instruct\n    service: ecs\n    https: { certificate_arn: "arn:aws:acm:us-east-1:123456789012:certificate/0b5a7c3e-1f2d-4e6a-9b8c-7d6e5f4a3b2c", domain: llm.example.com }\n');
    const plan = buildPlan([sm, lb], live([]), options);
    const notes = (name: string) => plan.entries.find((e) => e.name === name)!.notes.join('\n');
    expect(notes('sm')).not.toContain('plain HTTP');
    expect(notes('lb')).toContain('point llm.example.com at the load balancer');
  });
});
