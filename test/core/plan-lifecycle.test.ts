// The plan must agree with teardown, or the next merge re-creates what teardown removed.
import { describe, expect, it } from '@jest/globals';
import { buildPlan } from '../../src/core/plan.js';
import { decideTeardown } from '../../src/core/teardown.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { specParameterValue, TAG, type LiveStack, type LiveState, type Tombstone } from '../../src/core/live.js';
import { specHash } from '../../src/core/spec-hash.js';
import { estimateCost } from '../../src/core/cost.js';
import { checkBudget } from '../../src/core/cost.js';
import type { DeploymentSpec } from '../../src/core/types.js';

const OFFICE = 'schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }';
const SATURDAY = new Date('2026-10-24T12:00:00Z');
const MONDAY_MORNING = new Date('2026-10-26T09:00:00Z');

function specs(body: string): DeploymentSpec[] {
  const m = loadManifest(`version: 1\ndefaults: { region: us-east-1, service: sagemaker, instance: g5.2xlarge }\nmodels:\n${body}`, { path: 'models.yaml', stackPrefix: 'emd' });
  expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return m.specs;
}

function stackFor(spec: DeploymentSpec, deployedAt = new Date('2026-10-20T06:07:00Z'), over: Partial<LiveStack> = {}): LiveStack {
  return {
    stackName: `emd-${spec.name}`,
    stackId: `arn:aws:cloudformation:${spec.region}:123456789012:stack/emd-${spec.name}/1`,
    region: spec.region,
    status: 'CREATE_COMPLETE',
    tags: { [TAG.managed]: 'true', [TAG.deployment]: spec.name, [TAG.stackPrefix]: 'emd', [TAG.manifest]: 'models.yaml', [TAG.deployedAt]: deployedAt.toISOString() },
    parameters: { DeploymentSpec: specParameterValue(spec) },
    outputs: {},
    ...over
  };
}

const live = (stacks: LiveStack[], items: Tombstone[] = []): LiveState => ({ known: true, stacks, regions: ['us-east-1'], tombstones: { known: true, items } });
const at = (now: Date) => ({ manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false, now });

const [chat] = specs(`  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    ${OFFICE}\n`);
const [demo] = specs('  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 8h\n');

describe('dormant: scheduled down, no stack', () => {
  it('is a dormant create when never deployed, and says until when, in its time zone', () => {
    const plan = buildPlan([chat], live([]), at(SATURDAY));
    const e = plan.entries[0];
    expect(e.action).toBe('create');
    expect(e.lifecycle).toEqual({ state: 'dormant', because: 'schedule', nextUp: '2026-10-26T07:00:00.000Z' });
    expect(e.notes[0]).toBe('new, dormant: its schedule window is closed, so apply records it without a stack and the hourly teardown creates it at Mon 2026-10-26 08:00 CET (Europe/Berlin)');
    expect(plan.hasChanges).toBe(true);
    expect(plan.counts).toMatchObject({ create: 1, unchanged: 0 });
  });

  it('shows the scheduled cost, not the always-on one', () => {
    const e = buildPlan([chat], live([]), at(SATURDAY)).entries[0];
    expect(e.cost?.hoursPerMonth).toBeCloseTo((55 * 730) / 168, 6);
    expect(e.cost?.monthlyMin).toBe(estimateCost(chat).monthlyMin);
    expect(e.cost!.monthlyMin!).toBeLessThan(estimateCost({ ...chat, schedule: undefined }).monthlyMin!);
  });

  it('is a create once the window is open', () => {
    const e = buildPlan([chat], live([]), at(MONDAY_MORNING)).entries[0];
    expect(e.action).toBe('create');
    expect(e.lifecycle).toBeUndefined();
  });

  it('costs nothing extra at night when teardown recorded what it ran, but a new one still meets the budget', () => {
    const record: Tombstone = { stackName: 'emd-chat', region: 'us-east-1', specHash: specHash(chat), reason: 'schedule', tornDownAt: new Date('2026-10-23T17:07:00Z'), spec: chat };
    const known = buildPlan([chat], live([], [record]), at(SATURDAY));
    expect(known.totals.monthlyDelta).toBe(0);
    expect(known.entries[0].changes).toEqual([]);

    const brandNew = buildPlan([chat], live([]), at(SATURDAY));
    expect(brandNew.totals.monthlyDelta).toBe(estimateCost(chat).monthlyMin);
    expect(checkBudget({ monthlyTotal: brandNew.totals.monthlyAfter, monthlyDelta: brandNew.totals.monthlyDelta, maxMonthlyIncrease: 10 })).toHaveLength(1);
  });

  it('lists changes made while dormant; they take effect at the bring-up', () => {
    const [bigger] = specs(`  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    scaling: { min: 1, max: 3 }\n    ${OFFICE}\n`);
    const record: Tombstone = { stackName: 'emd-chat', region: 'us-east-1', specHash: specHash(chat), reason: 'schedule', tornDownAt: new Date('2026-10-23T17:07:00Z'), spec: chat };
    const e = buildPlan([bigger], live([], [record]), at(SATURDAY)).entries[0];
    expect(e.action).toBe('unchanged');
    expect(e.changes.map((c) => [c.field, c.old, c.new])).toEqual([['scaling.max', chat.scaling.max, 3]]);
    expect(e.notes).toContain('the changes below take effect when it is brought up');
  });

  it('has a stack while the window is closed: apply leaves it, teardown removes it', () => {
    const [bigger] = specs(`  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.4xlarge\n    ${OFFICE}\n`);
    const plan = buildPlan([bigger], live([stackFor(chat, undefined, { status: 'UPDATE_IN_PROGRESS' })]), at(SATURDAY));
    const e = plan.entries[0];
    expect(e.action).toBe('unchanged');
    expect(e.blocked).toBeUndefined();
    expect(e.changes.map((c) => c.field)).toEqual(['instance']);
    expect(e.lifecycle).toEqual({ state: 'teardown-due', because: 'schedule', nextUp: '2026-10-26T07:00:00.000Z' });
    expect(e.notes[0]).toMatch(/^outside its schedule window, up again Mon 2026-10-26 08:00 CET \(Europe\/Berlin\): apply leaves the stack as it is and the hourly teardown removes it$/);
    expect(plan.hasChanges).toBe(false);
  });

  it('does not re-create a failed create while the window is closed', () => {
    const e = buildPlan([chat], live([stackFor(chat, undefined, { status: 'ROLLBACK_COMPLETE' })]), at(SATURDAY)).entries[0];
    expect(e.action).toBe('unchanged');
    expect(e.notes[0]).toContain('left by a failed create');
  });

  it('ignores the schedule for protect: true, as teardown and the estimate do', () => {
    const [prod] = specs(`  prod:\n    model: Qwen/Qwen2.5-7B-Instruct\n    protect: true\n    ${OFFICE}\n`);
    const e = buildPlan([prod], live([]), at(SATURDAY)).entries[0];
    expect(e.action).toBe('create');
    expect(e.cost?.hoursPerMonth).toBe(730);
  });
});

describe('expired: ttl ran out and teardown removed it', () => {
  const tomb: Tombstone = { stackName: 'emd-demo', region: 'us-east-1', specHash: specHash(demo), reason: 'ttl', tornDownAt: new Date('2026-10-20T14:07:00Z') };

  it('is not re-created by the next unrelated apply', () => {
    const plan = buildPlan([demo, chat], live([stackFor(chat)], [tomb]), at(MONDAY_MORNING));
    const e = plan.entries.find((x) => x.name === 'demo')!;
    expect(e.action).toBe('unchanged');
    expect(e.lifecycle).toEqual({ state: 'expired', because: 'ttl', at: '2026-10-20T14:07:00.000Z' });
    expect(e.notes[0]).toBe('expired 2026-10-20 14:07 UTC: its ttl ran out and teardown removed it; change the entry to deploy it again');
    expect(e.cost).toBeUndefined();
    expect(plan.hasChanges).toBe(false);
    expect(plan.totals.monthlyAfter).toBe(estimateCost(chat).monthlyMin);
  });

  it('deploys again when the entry changes, and the ttl starts over', () => {
    const [longer] = specs('  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 12h\n');
    const e = buildPlan([longer], live([], [tomb]), at(MONDAY_MORNING)).entries[0];
    expect(e.action).toBe('create');
    expect(e.notes).toContain('an earlier version expired 2026-10-20 14:07 UTC; this changed entry deploys again and its ttl starts over');
  });

  it('agrees with the record teardown writes (same hash on both sides)', () => {
    const tornAt = new Date('2026-10-20T14:07:00Z');
    const decided = decideTeardown([demo], { stacks: [stackFor(demo, new Date('2026-10-20T06:00:00Z'))] }, { now: tornAt, stackPrefix: 'emd', manifestPath: 'models.yaml' });
    const record = decided.decisions[0].record!;
    expect(decided.decisions[0].verdict).toBe('tear-down');
    // Records go through JSON in the bucket; the plan must match what comes back.
    const roundTripped: Tombstone = { ...record, spec: JSON.parse(JSON.stringify(record.spec)) };
    expect(buildPlan([demo], live([], [roundTripped]), at(MONDAY_MORNING)).entries[0].lifecycle?.state).toBe('expired');
  });

  it('refuses to guess when the records could not be read: not created, with a warning', () => {
    const unreadable: LiveState = { known: true, stacks: [], regions: ['us-east-1'], tombstones: { known: false, reason: 'teardown records could not be read in us-east-1: AccessDenied' } };
    const plan = buildPlan([demo, chat], unreadable, at(MONDAY_MORNING));
    expect(plan.entries.map((e) => [e.name, e.action])).toEqual([
      ['demo', 'unknown'],
      ['chat', 'create']
    ]);
    expect(plan.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', deployment: 'demo', message: expect.stringContaining('AccessDenied') })]);
  });

  it('a schedule record does not expire anything', () => {
    const e = buildPlan([demo], live([], [{ ...tomb, reason: 'schedule' }]), at(MONDAY_MORNING)).entries[0];
    expect(e.action).toBe('create');
  });

  it('a hand-made live state without records reads as none recorded (the plan API is unchanged)', () => {
    const e = buildPlan([demo], { known: true, stacks: [], regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false }).entries[0];
    expect(e.action).toBe('create');
  });
});

describe('a running ttl deployment', () => {
  it('says when teardown removes it, and that a deploy restarts the clock', () => {
    const deployed = new Date('2026-10-26T06:00:00Z');
    const running = buildPlan([demo], live([stackFor(demo, deployed)]), at(new Date('2026-10-26T09:00:00Z'))).entries[0];
    expect(running.action).toBe('unchanged');
    expect(running.notes).toContain('ttl 8h: torn down after 2026-10-26 14:00 UTC');

    const due = buildPlan([demo], live([stackFor(demo, deployed)]), at(new Date('2026-10-26T14:30:00Z'))).entries[0];
    expect(due.lifecycle).toEqual({ state: 'teardown-due', because: 'ttl', at: '2026-10-26T14:00:00.000Z' });

    const [bigger] = specs('  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 8h\n    scaling: { min: 1, max: 2 }\n');
    const update = buildPlan([bigger], live([stackFor(demo, deployed)]), at(new Date('2026-10-26T14:30:00Z'))).entries[0];
    expect(update.action).toBe('update');
    expect(update.notes).toContain('ttl 8h: this deploy starts the clock again');
  });
});
