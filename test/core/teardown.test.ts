import { describe, expect, it } from '@jest/globals';
import { decideTeardown, teardownPlan, type TeardownDecisions } from '../../src/core/teardown.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { specParameterValue, TAG, type LiveStack, type Tombstone } from '../../src/core/live.js';
import { specHash } from '../../src/core/spec-hash.js';
import { estimateCost } from '../../src/core/cost.js';
import type { DeploymentSpec } from '../../src/core/types.js';

const HOUR = 3_600_000;
const options = (now: Date) => ({ now, stackPrefix: 'emd', manifestPath: 'models.yaml' });

function specs(body: string): DeploymentSpec[] {
  const m = loadManifest(`version: 1\ndefaults: { region: eu-central-1, service: sagemaker, instance: g5.2xlarge }\nmodels:\n${body}`, {
    path: 'models.yaml',
    stackPrefix: 'emd'
  });
  expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return m.specs;
}

function stackFor(spec: DeploymentSpec, deployedAt: Date, over: Partial<LiveStack> = {}, tags: Record<string, string> = {}): LiveStack {
  return {
    stackName: `emd-${spec.name}`,
    stackId: `arn:aws:cloudformation:${spec.region}:123456789012:stack/emd-${spec.name}/${deployedAt.getTime()}`,
    region: spec.region,
    status: 'CREATE_COMPLETE',
    tags: {
      [TAG.managed]: 'true',
      [TAG.deployment]: spec.name,
      [TAG.stackPrefix]: 'emd',
      [TAG.manifest]: 'models.yaml',
      [TAG.deployedAt]: deployedAt.toISOString(),
      ...tags
    },
    parameters: { DeploymentSpec: specParameterValue(spec), ImageUri: `123456789012.dkr.ecr.${spec.region}.amazonaws.com/emd/vllm:0.6.3-abc` },
    outputs: {},
    ...over
  };
}

const one = (r: TeardownDecisions, name: string) => {
  const found = r.decisions.filter((d) => d.name === name);
  expect(found).toHaveLength(1);
  return found[0];
};

/**
 * Runs the hourly job (at :07, as the reusable workflow does) over a stretch of simulated time,
 * carrying out each decision on an in-memory fleet the way the apply path would, and returns what
 * happened when.
 */
function simulate(list: DeploymentSpec[], fromIso: string, hours: number, fleet: LiveStack[] = []): { events: string[]; fleet: LiveStack[] } {
  const events: string[] = [];
  let stacks = [...fleet];
  const start = Date.parse(fromIso);
  for (let h = 0; h < hours; h++) {
    const now = new Date(start + h * HOUR + 7 * 60_000);
    const r = decideTeardown(list, { stacks }, options(now));
    for (const d of r.decisions) {
      if (d.verdict === 'tear-down') {
        stacks = stacks.filter((s) => s !== d.stack);
        events.push(`${now.toISOString().slice(0, 16)} down ${d.name} (${d.because})`);
      } else if (d.verdict === 'bring-up') {
        stacks.push(stackFor(d.spec!, now));
        events.push(`${now.toISOString().slice(0, 16)} up ${d.name}`);
      }
    }
  }
  return { events, fleet: stacks };
}

describe('ttl', () => {
  const [demo] = specs('  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 8h\n');
  const deployed = new Date('2026-03-10T09:30:00Z');

  it('keeps a deployment until its ttl, counted from the last deploy, has run out', () => {
    const r = decideTeardown([demo], { stacks: [stackFor(demo, deployed)] }, options(new Date('2026-03-10T17:29:00Z')));
    const d = one(r, 'demo');
    expect(d.verdict).toBe('keep');
    expect(d.reason).toBe('ttl 8h runs out 2026-03-10 17:30 UTC');
    expect(d.nextAt).toBe('2026-03-10T17:30:00.000Z');
  });

  it('tears it down once the ttl has run out, with a ttl record carrying the manifest hash', () => {
    const now = new Date('2026-03-10T17:30:00Z');
    const r = decideTeardown([demo], { stacks: [stackFor(demo, deployed)] }, options(now));
    const d = one(r, 'demo');
    expect(d).toMatchObject({ verdict: 'tear-down', because: 'ttl', reason: 'ttl 8h ran out 2026-03-10 17:30 UTC' });
    expect(d.record).toMatchObject({ stackName: 'emd-demo', region: 'eu-central-1', reason: 'ttl', specHash: specHash(demo), tornDownAt: now });
    expect(d.record?.imageUri).toMatch(/emd\/vllm:0\.6\.3-abc$/);
  });

  it('counts from emd:deployed-at, so a later apply extends the lifetime', () => {
    const redeployed = stackFor(demo, new Date('2026-03-10T15:00:00Z'), { createdAt: deployed });
    const r = decideTeardown([demo], { stacks: [redeployed] }, options(new Date('2026-03-10T18:00:00Z')));
    expect(one(r, 'demo').verdict).toBe('keep');
  });

  it('records the deployed hash when the manifest changed since the last deploy, so the change still deploys', () => {
    const [changed] = specs('  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 8h\n    scaling: { min: 1, max: 3 }\n');
    const r = decideTeardown([changed], { stacks: [stackFor(demo, deployed)] }, options(new Date('2026-03-11T00:00:00Z')));
    const d = one(r, 'demo');
    expect(d.verdict).toBe('tear-down');
    expect(d.record?.specHash).toBe(specHash(demo));
    expect(d.record?.specHash).not.toBe(specHash(changed));
  });

  it('keeps an expired deployment down, and leaves a changed one to apply', () => {
    const tomb: Tombstone = { stackName: 'emd-demo', region: 'eu-central-1', specHash: specHash(demo), reason: 'ttl', tornDownAt: new Date('2026-03-10T18:07:00Z') };
    const later = options(new Date('2026-03-12T00:00:00Z'));
    const expired = one(decideTeardown([demo], { stacks: [], tombstones: { known: true, items: [tomb] } }, later), 'demo');
    expect(expired).toMatchObject({ verdict: 'keep', state: 'expired', reason: 'expired 2026-03-10 18:07 UTC; change the entry to deploy it again' });

    const [changed] = specs('  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 9h\n');
    const fresh = one(decideTeardown([changed], { stacks: [], tombstones: { known: true, items: [tomb] } }, later), 'demo');
    expect(fresh).toMatchObject({ verdict: 'keep', state: 'absent', reason: 'not deployed; the next apply creates it' });
  });

  it('does not guess when the records could not be read', () => {
    const r = decideTeardown([demo], { stacks: [], tombstones: { known: false, reason: 'AccessDenied' } }, options(new Date('2026-03-12T00:00:00Z')));
    expect(one(r, 'demo')).toMatchObject({ verdict: 'skip', skip: 'records-unknown' });
  });
});

describe('schedules across a week', () => {
  it('follows Europe/Berlin office hours through the end of summer time (2026-10-25)', () => {
    const list = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }\n');
    // Starts on Thursday 22 October at midnight UTC with nothing deployed.
    const { events, fleet } = simulate(list, '2026-10-22T00:00:00Z', 7 * 24);
    expect(events).toEqual([
      // CEST (UTC+2): 08:00 is 06:00 UTC, 19:00 is 17:00 UTC.
      '2026-10-22T06:07 up chat',
      '2026-10-22T17:07 down chat (schedule)',
      '2026-10-23T06:07 up chat',
      '2026-10-23T17:07 down chat (schedule)',
      // The weekend, and the clocks go back on Sunday: CET (UTC+1) from Monday.
      '2026-10-26T07:07 up chat',
      '2026-10-26T18:07 down chat (schedule)',
      '2026-10-27T07:07 up chat',
      '2026-10-27T18:07 down chat (schedule)',
      '2026-10-28T07:07 up chat',
      '2026-10-28T18:07 down chat (schedule)'
    ]);
    expect(fleet).toEqual([]);
  });

  it('follows America/New_York through the end of daylight time (2026-11-01), weekends included', () => {
    const list = specs('  nightly:\n    model: Qwen/Qwen2.5-7B-Instruct\n    schedule: { up: "30 21 * * *", down: "30 1 * * *", timezone: America/New_York }\n');
    const { events } = simulate(list, '2026-10-30T00:00:00Z', 4 * 24);
    // Up 21:30 to 01:30 local, a window across midnight; the job runs at :07. EDT is UTC-4, EST UTC-5.
    expect(events).toEqual([
      '2026-10-30T02:07 up nightly',
      '2026-10-30T06:07 down nightly (schedule)',
      '2026-10-31T02:07 up nightly',
      '2026-10-31T06:07 down nightly (schedule)',
      '2026-11-01T02:07 up nightly',
      // 01:30 happens twice on 1 November; the first (EDT) one already closes the window.
      '2026-11-01T06:07 down nightly (schedule)',
      // Sunday evening is EST: 21:30 is 02:30 UTC.
      '2026-11-02T03:07 up nightly',
      '2026-11-02T07:07 down nightly (schedule)'
    ]);
  });

  it('says when a dormant deployment comes back, in its own time zone', () => {
    const list = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }\n');
    const d = one(decideTeardown(list, { stacks: [] }, options(new Date('2026-10-24T12:00:00Z'))), 'chat');
    expect(d).toMatchObject({ verdict: 'keep', state: 'dormant', reason: 'scheduled down until Mon 2026-10-26 08:00 CET (Europe/Berlin)', nextAt: '2026-10-26T07:00:00.000Z' });
  });

  it('writes a schedule record with what ran, and the image its bring-up needs again', () => {
    const [chat] = specs('  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }\n');
    const d = one(decideTeardown([chat], { stacks: [stackFor(chat, new Date('2026-10-23T06:07:00Z'))] }, options(new Date('2026-10-23T17:07:00Z'))), 'chat');
    expect(d.verdict).toBe('tear-down');
    expect(d.record).toMatchObject({ reason: 'schedule', specHash: specHash(chat), spec: chat });
    expect(d.record?.imageUri).toContain('emd/vllm');
    expect(d.nextAt).toBe('2026-10-26T07:00:00.000Z');
  });

  it('saves per month what the schedule takes off an always-on estimate', () => {
    const list = specs(
      '  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    region: us-east-1\n    schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }\n' +
        '  prod:\n    model: Qwen/Qwen2.5-7B-Instruct\n    protect: true\n    schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }\n' +
        '  plain:\n    model: Qwen/Qwen2.5-7B-Instruct\n'
    );
    const r = decideTeardown(list, { stacks: [] }, options(new Date('2026-10-24T12:00:00Z')));
    expect(r.savings.items.map((s) => s.name)).toEqual(['chat']);
    const chat = list[0];
    const always = estimateCost({ ...chat, schedule: undefined }).monthlyMin!;
    const scheduled = estimateCost(chat).monthlyMin!;
    expect(r.savings.items[0]).toMatchObject({ alwaysOn: always, scheduled, upHoursPerMonth: (55 * 730) / 168 });
    expect(r.savings.monthly).toBeCloseTo(always - scheduled, 2);
    expect(r.savings.monthly!).toBeGreaterThan(always / 2);
  });
});

describe('what teardown never touches', () => {
  const list = specs(
    '  prod:\n    model: Qwen/Qwen2.5-7B-Instruct\n    protect: true\n    ttl: 1h\n' +
      '  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 1h\n' +
      '  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }\n'
  );
  const [prod, demo, chat] = list;
  const long = new Date('2026-03-01T00:00:00Z');
  const now = new Date('2026-03-14T12:00:00Z'); // a Saturday: chat is outside its window

  it('skips protected, unmanaged, busy and other-manifest stacks and says why', () => {
    const unmanaged: LiveStack = { ...stackFor(chat, long), tags: {} };
    const stacks = [stackFor(prod, long), stackFor(demo, long, { status: 'UPDATE_IN_PROGRESS' }), unmanaged];
    const r = decideTeardown(list, { stacks }, options(now));
    expect(r.decisions.map((d) => [d.name, d.verdict, d.skip])).toEqual([
      ['chat', 'skip', 'unmanaged'],
      ['demo', 'skip', 'busy'],
      ['prod', 'skip', 'protected']
    ]);
    expect(one(r, 'prod').reason).toBe('ttl 1h ran out 2026-03-01 01:00 UTC, but protect: true');
    expect(one(r, 'demo').reason).toMatch(/the stack is UPDATE_IN_PROGRESS; the next run tries again$/);
    expect(teardownPlan(r, list, { stacks, regions: ['eu-central-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd' }).entries).toEqual([]);
  });

  it('honours protect recorded in the deployed spec even after the manifest dropped it', () => {
    const [unprotected] = specs('  prod:\n    model: Qwen/Qwen2.5-7B-Instruct\n    ttl: 1h\n');
    const r = decideTeardown([unprotected], { stacks: [stackFor(prod, long)] }, options(now));
    expect(one(r, 'prod')).toMatchObject({ verdict: 'skip', skip: 'protected' });
    expect(one(r, 'prod').reason).toMatch(/in its deployed spec/);
  });

  it('ignores stacks outside the prefix, reports stacks of another manifest, and leaves orphans to apply', () => {
    const foreign = { ...stackFor(demo, long), stackName: 'other-demo' };
    const elsewhere = stackFor(demo, long, {}, { [TAG.manifest]: 'team-b/models.yaml' });
    const orphan = { ...stackFor({ ...demo, name: 'gone' }, long) };
    const r = decideTeardown([demo], { stacks: [foreign, elsewhere, orphan, { ...stackFor(demo, long), stackName: 'emd-bootstrap', tags: {} }] }, options(now));
    expect(r.decisions.map((d) => [d.stackName, d.verdict, d.skip])).toEqual([
      ['emd-demo', 'skip', 'other-manifest'],
      ['emd-gone', 'skip', 'not-in-manifest']
    ]);
  });

  it('skips a stack in a state that needs a person, with the way out', () => {
    const r = decideTeardown([demo], { stacks: [stackFor(demo, long, { status: 'DELETE_FAILED' })] }, options(now));
    expect(one(r, 'demo')).toMatchObject({ verdict: 'skip', skip: 'failed' });
    expect(one(r, 'demo').reason).toContain('aws cloudformation delete-stack --stack-name emd-demo --region eu-central-1');
  });

  it('hands the apply path only the deletes and creates, unblocked', () => {
    const weekday = new Date('2026-03-16T09:00:00Z'); // Monday 10:00 in Berlin
    const stacks = [stackFor(demo, long), stackFor(prod, long)];
    const r = decideTeardown(list, { stacks }, options(weekday));
    const plan = teardownPlan(r, list, { stacks, regions: ['eu-central-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd' });
    expect(plan.entries.map((e) => [e.name, e.action, e.blocked])).toEqual([
      ['demo', 'delete', undefined],
      ['chat', 'create', undefined]
    ]);
    expect(plan.entries[1].desired).toEqual(chat);
    expect(plan.entries[0].notes[0]).toBe('teardown: ttl 1h ran out 2026-03-01 01:00 UTC');
    expect(plan.counts).toMatchObject({ delete: 1, create: 1 });
    expect(plan.hasChanges).toBe(true);
  });
});
