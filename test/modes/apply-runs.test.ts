// runApply across runs and against a hostile environment: throttling, the timeout, cancellation,
// re-runs after a partial failure or a cancelled run, and smoke tests that fail.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { API_KEY, byName, manifestText, MODEL, startHarness, THREE, virtualSleep, type Harness } from './apply-harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const ALPHA = manifestText({ alpha: `model: ${MODEL}` });

/** A sleep on the harness clock that aborts `controller` once `afterMs` of fake time have passed. */
function abortAfter(controller: AbortController, afterMs: number) {
  const start = h.clock.now();
  return virtualSleep(h.clock, (now) => {
    if (now - start >= afterMs) controller.abort();
  });
}

describe('apply: throttling', () => {
  it('rides out throttling bursts on CodePipeline and CloudFormation', async () => {
    const plan = await h.plan(ALPHA);
    h.aws.resetLog();
    // Bursts of one or two: the SDK's retry backoff (and adaptive rate limit) is real time.
    h.aws.inject('codepipeline:StartPipelineExecution', { kind: 'throttle' }, 1);
    h.aws.inject('codepipeline:GetPipelineExecution', { kind: 'throttle' }, 2);
    h.aws.inject('cloudformation:DescribeStacks', { kind: 'throttle' }, 1);
    // Once throttled, the adaptive client paces itself in real time; coarse polls keep that short.
    const outcome = await h.apply(plan, { poll: { initialMs: 60_000, maxMs: 180_000 } });
    expect(outcome.ok).toBe(true);
    expect(byName(outcome).alpha.result).toBe('succeeded');
    const throttled = h.aws.log.filter((c) => c.fault === 'throttle').map((c) => c.key);
    expect(throttled.sort()).toEqual([
      'cloudformation:DescribeStacks',
      'codepipeline:GetPipelineExecution',
      'codepipeline:GetPipelineExecution',
      'codepipeline:StartPipelineExecution'
    ]);
    expect(h.pipes.executions()).toHaveLength(1);
  });
});

describe('apply: timeout', () => {
  it('stops waiting at timeout-minutes and says where the execution was', async () => {
    h.pipes.scriptNext('alpha', { buildMs: 3 * 3600_000 });
    const start = h.clock.now();
    const outcome = await h.apply(await h.plan(ALPHA), { timeoutMs: 30 * 60_000 });
    const alpha = byName(outcome).alpha;
    expect(outcome.ok).toBe(false);
    expect(alpha).toMatchObject({ result: 'timed-out', stage: 'Build' });
    expect(alpha.reason).toBe('still in Build after timeout-minutes (30 min); the execution keeps running in AWS, a re-run attaches to it');
    expect(alpha.executionUrl).toContain(alpha.executionId);
    const waited = h.clock.now() - start;
    expect(waited).toBeGreaterThanOrEqual(30 * 60_000);
    expect(waited).toBeLessThan(31 * 60_000);
  });
});

describe('apply: cancellation', () => {
  it('on-cancel stop: stops waiting, asks CodePipeline to stop-and-wait, reports what was started', async () => {
    const controller = new AbortController();
    const outcome = await h.apply(await h.plan(THREE), { maxParallel: 2, onCancel: 'stop', signal: controller.signal, sleep: abortAfter(controller, 3 * 60_000) });
    const d = byName(outcome);
    expect(outcome.cancelled).toBe(true);
    expect(outcome.ok).toBe(false);
    for (const name of ['alpha', 'beta']) {
      expect(d[name]).toMatchObject({ result: 'cancelled', stage: 'Build' });
      expect(d[name].reason).toBe('cancelled in Build; stop requested (the running action finishes, later stages do not start)');
    }
    expect(d.gamma).toMatchObject({ result: 'cancelled', reason: 'not started: the run was cancelled first' });
    const stops = h.aws.callsTo('codepipeline:StopPipelineExecution').map((c) => c.input);
    expect(stops).toHaveLength(2);
    for (const stop of stops) expect(stop).toMatchObject({ abandon: false, reason: 'emd-action: the workflow run was cancelled' });

    // In AWS the builds finish and nothing is deployed after them.
    h.clock.advance(3600_000);
    for (const e of h.pipes.executions()) {
      h.aws.store.allStacks(e.region);
      expect(e.status).toBe('Stopped');
      expect(e.actions.map((a) => a.stage)).toEqual(['Source', 'Build']);
    }
  });

  it('on-cancel leave: leaves the execution running, and a re-run attaches to it instead of starting another', async () => {
    const controller = new AbortController();
    const first = await h.apply(await h.plan(ALPHA), { signal: controller.signal, sleep: abortAfter(controller, 2 * 60_000) });
    expect(byName(first).alpha).toMatchObject({ result: 'cancelled', stage: 'Build' });
    expect(byName(first).alpha.reason).toMatch(/was left running \(on-cancel: leave\), a re-run attaches to it$/);
    expect(h.aws.calls('codepipeline:StopPipelineExecution')).toBe(0);

    // The build is still running: the plan still says create, with the same commit and spec.
    const rerun = await h.apply(await h.plan(ALPHA));
    expect(byName(rerun).alpha).toMatchObject({ result: 'succeeded', executionId: byName(first).alpha.executionId });
    expect(h.aws.calls('codepipeline:StartPipelineExecution')).toBe(2);
    expect(h.pipes.executionsOf('alpha')).toHaveLength(1);
  });
});

describe('apply: re-runs converge', () => {
  it('re-runs only what failed, with a new execution once the earlier one has ended, and then has nothing to do', async () => {
    h.pipes.scriptNext('beta', { buildFails: 'flaky download' });
    const first = await h.apply(await h.plan(THREE));
    expect(first.deployments.map((d) => d.result)).toEqual(['succeeded', 'failed', 'succeeded']);

    const plan = await h.plan(THREE);
    expect(plan.entries.map((e) => e.action)).toEqual(['unchanged', 'create', 'unchanged']);
    const second = await h.apply(plan);
    expect(second.ok).toBe(true);
    expect(second.deployments.map((d) => d.result)).toEqual(['skipped', 'succeeded', 'skipped']);
    expect(second.log.lines.join('\n')).toMatch(/beta: execution \S+ of an earlier attempt at this commit and spec already ended Failed; starting a new one/);
    const beta = h.pipes.executionsOf('beta');
    expect(beta.map((e) => e.status)).toEqual(['Failed', 'Succeeded']);
    expect(beta[0].token.endsWith('-r1')).toBe(true);
    expect(beta[1].token.endsWith('-r2')).toBe(true);
    expect(h.pipes.executionsOf('alpha')).toHaveLength(1);
    // The unchanged ones still show their endpoints.
    expect(byName(second).alpha.baseUrl).toBe(h.openai.baseUrl('alpha'));

    h.aws.resetLog();
    const third = await h.apply(await h.plan(THREE));
    expect(third.deployments.map((d) => d.result)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(h.aws.calls('codepipeline')).toBe(0);
  });
});

describe('apply: smoke test', () => {
  it('warn: a refused key is reported but the deployment stands', async () => {
    h.openai.keys.clear();
    h.openai.keys.add('another-key');
    const outcome = await h.apply(await h.plan(ALPHA));
    const alpha = byName(outcome).alpha;
    expect(outcome.ok).toBe(true);
    expect(alpha.result).toBe('succeeded');
    expect(alpha.smoke).toMatchObject({ ok: false, status: 401 });
    expect(alpha.smoke?.error).toMatch(/^the endpoint refused the API key \(401\)/);
    expect(outcome.log.lines).toContain('warning: alpha: deployed, but the smoke test failed: ' + alpha.smoke?.error);
  });

  it('require: a failed smoke test fails the deployment and the run', async () => {
    h.openai.models = ['some-other-model'];
    const outcome = await h.apply(await h.plan(ALPHA), { smokeTest: 'require' });
    const alpha = byName(outcome).alpha;
    expect(outcome.ok).toBe(false);
    expect(alpha).toMatchObject({ result: 'failed', stage: 'smoke test', baseUrl: h.openai.baseUrl('alpha') });
    expect(alpha.reason).toMatch(/^deployed, but the smoke test failed: no chat completions route or no model by that name \(404\)/);
    expect(alpha.hourlyCost).toBeGreaterThan(0);
  });

  it('off: sends nothing', async () => {
    const outcome = await h.apply(await h.plan(ALPHA), { smokeTest: 'off' });
    expect(byName(outcome).alpha).toMatchObject({ result: 'succeeded' });
    expect(byName(outcome).alpha.smoke).toBeUndefined();
    expect(h.openai.requests).toHaveLength(0);
    expect(h.aws.calls('secretsmanager')).toBe(0);
  });

  it('retries a warming engine (503) and measures the first token', async () => {
    h.openai.failNext(503, 1);
    h.openai.firstTokenDelayMs = 150;
    const masked: string[] = [];
    const outcome = await h.apply(await h.plan(ALPHA), { mask: (s) => masked.push(s) });
    const smoke = byName(outcome).alpha.smoke!;
    expect(smoke.ok).toBe(true);
    expect(smoke.ttftMs).toBeGreaterThanOrEqual(140);
    expect(masked).toEqual([API_KEY]);
    expect(h.openai.requests.map((r) => r.status)).toEqual([503, 200]);
  });
});
