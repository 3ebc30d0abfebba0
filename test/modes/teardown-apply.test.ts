// Teardown through the real apply path: the plan teardown hands over is one runApply carries out
// (pipeline fake for bring-ups, DeleteStack for tear-downs), on the apply tests' simulated clock.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, manifestText, MODEL, REGION, type Harness } from './apply-harness.js';
import { runTeardown } from '../../src/modes/teardown.js';
import { AwsClients } from '../../src/aws/clients.js';
import { MemoryLogger } from '../../src/runner/logger.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const text = manifestText({
  demo: `model: ${MODEL}\nttl: 8h`,
  chat: `model: ${MODEL}\nschedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }`
});

async function teardownAt(iso: string) {
  h.clock.set(Date.parse(iso));
  return runTeardown({
    manifestPath: 'models.yaml',
    content: text,
    stackPrefix: 'emd',
    clients: new AwsClients(),
    dryRun: false,
    now: () => new Date(h.clock.now()),
    log: new MemoryLogger(),
    execute: (plan, context) => h.apply(plan, context ? { liveStacks: context.liveStacks } : {})
  });
}

const live = () => h.aws.store.liveStacks(REGION).map((s) => `${s.StackName}:${s.StackStatus}`).sort();

describe('teardown through runApply', () => {
  it('brings a scheduled deployment up when its window opens and removes it and an expired one later', async () => {
    h.clock.set(Date.parse('2026-03-02T06:00:00Z'));
    h.seedDeployed(h.spec(text, 'demo'));

    // Monday 09:07 in Berlin (CET): chat's window opened at 08:00.
    const morning = await teardownAt('2026-03-02T08:07:00Z');
    expect(morning.items.map((i) => [i.name, i.verdict, i.outcome?.result])).toEqual([
      ['chat', 'bring-up', 'succeeded'],
      ['demo', 'keep', undefined]
    ]);
    expect(live()).toEqual(['emd-bootstrap:CREATE_COMPLETE', 'emd-chat:CREATE_COMPLETE', 'emd-demo:CREATE_COMPLETE']);

    // 14:07 UTC: demo's ttl (8 h from 06:00) has run out.
    const afternoon = await teardownAt('2026-03-02T14:07:00Z');
    expect(afternoon.items.find((i) => i.name === 'demo')).toMatchObject({ verdict: 'tear-down', because: 'ttl', outcome: { result: 'succeeded' } });
    expect(afternoon.ok).toBe(true);

    // 19:07 in Berlin: chat's window has closed.
    const evening = await teardownAt('2026-03-02T18:07:00Z');
    expect(evening.items.find((i) => i.name === 'chat')).toMatchObject({ verdict: 'tear-down', because: 'schedule', outcome: { result: 'succeeded' } });
    expect(live()).toEqual(['emd-bootstrap:CREATE_COMPLETE']);

    const records = [...h.aws.store.buckets.get('emd-artifacts-123456789012-eu-west-1')!.objects.keys()].filter((k) => k.startsWith('state/'));
    // The teardown records, and the record of regions the bring-up apply deployed to.
    expect(records.sort()).toEqual(['state/regions.json', 'state/tombstones/emd-chat.json', 'state/tombstones/emd-demo.json']);

    // The next morning chat comes back; demo stays expired.
    const tuesday = await teardownAt('2026-03-03T07:07:00Z');
    expect(tuesday.items.map((i) => [i.name, i.verdict, i.state])).toEqual([
      ['chat', 'bring-up', 'dormant'],
      ['demo', 'keep', 'expired']
    ]);
  }, 20_000);
});
