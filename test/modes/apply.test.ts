// runApply against the stateful AWS fake (pipeline, stacks, secrets) and a local OpenAI server,
// with plans made by the real plan path from the fake's live state.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { API_KEY, byName, COMMIT, manifestText, MODEL, REGION, startHarness, THREE, type Harness } from './apply-harness.js';
import { requestToken } from '../../src/aws/pipeline.js';
import { specHash } from '../../src/core/spec-hash.js';
import { launchRequest } from '../../src/core/launch.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const bucket = () => [...h.aws.store.buckets.values()][0];

describe('apply: the happy path', () => {
  it('deploys three new deployments, two at a time, writes the requests, smoke-tests each and converges', async () => {
    const plan = await h.plan(THREE);
    expect(plan.entries.map((e) => e.action)).toEqual(['create', 'create', 'create']);

    const masked: string[] = [];
    const outcome = await h.apply(plan, { maxParallel: 2, mask: (s) => masked.push(s) });
    const d = byName(outcome);
    expect(outcome.ok).toBe(true);
    expect(outcome.cancelled).toBe(false);
    for (const name of ['alpha', 'beta', 'gamma']) {
      expect(d[name]).toMatchObject({ result: 'succeeded', baseUrl: h.openai.baseUrl(name), servedModelName: MODEL, region: REGION });
      expect(d[name].apiKeySecretArn).toMatch(/^arn:aws:secretsmanager:eu-west-1:123456789012:secret:emd-/);
      expect(d[name].smoke).toMatchObject({ ok: true, status: 200, reply: 'ready' });
      expect(d[name].smoke?.ttftMs).toBeGreaterThanOrEqual(0);
      expect(d[name].smoke!.totalMs!).toBeGreaterThanOrEqual(d[name].smoke!.ttftMs!);
    }
    // The key was masked before use, and the server saw it as a bearer key on streamed requests.
    expect(masked).toContain(API_KEY);
    expect(h.openai.requests.filter((r) => r.stream && r.status === 200)).toHaveLength(3);

    // The request each build reads, at the contract's key, with the contract's fields.
    const spec = h.spec(THREE, 'beta');
    const key = `requests/beta/${specHash(spec)}.json`;
    const request = JSON.parse(bucket().objects.get(key)!.body.toString('utf8'));
    expect(request).toMatchObject({ spec, stack_name: 'emd-beta', stack_prefix: 'emd', manifest: 'models.yaml', commit: COMMIT, spec_hash: specHash(spec) });
    expect(Date.parse(request.requested_at)).not.toBeNaN();
    // How the engine is started, computed once with the fit check (core/launch.ts).
    expect(request.launch).toEqual(launchRequest(spec));

    const executions = h.pipes.executions();
    expect(executions).toHaveLength(3);
    const beta = h.pipes.executionsOf('beta')[0];
    expect(beta.variables).toEqual({ DEPLOYMENT: 'beta', STACK_NAME: 'emd-beta', SERVICE: 'ecs', REQUEST_KEY: key, COMMIT });
    expect(beta.token).toBe(requestToken(COMMIT, 'beta', specHash(spec), 1));
    expect(beta.token).toMatch(/^[a-zA-Z0-9-]{1,128}$/);

    // max-parallel 2: the third execution starts only once one of the first two has ended.
    const ends = executions.map((e) => Math.max(...e.actions.map((a) => a.lastUpdateTime)));
    const third = [...executions].sort((a, b) => a.startedAt - b.startedAt)[2];
    expect(third.startedAt).toBeGreaterThanOrEqual(Math.min(ends[0], ends[1]));

    // Progress: stage transitions and stack events in the log, one group per deployment at the end.
    const lines = outcome.log.lines.join('\n');
    expect(lines).toMatch(/alpha: Build · Build: InProgress \(log: https:\/\/eu-west-1\.console\.aws\.amazon\.com\/codesuite\/codebuild\/123456789012\/projects\/emd-build\/build\/emd-build%3A/);
    expect(lines).toMatch(/alpha: {3}\d\d:\d\d:\d\d CREATE_COMPLETE AWS::CloudFormation::Stack emd-alpha/);
    expect(outcome.log.lines).toContain('::group::gamma: succeeded');

    // Planned again from live state, nothing is left to do.
    const again = await h.plan(THREE);
    expect(again.entries.map((e) => e.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('backs off while nothing changes instead of polling every second', async () => {
    const plan = await h.plan(manifestText({ alpha: `model: ${MODEL}` }));
    h.aws.resetLog();
    const outcome = await h.apply(plan);
    expect(outcome.ok).toBe(true);
    // 15 minutes of pipeline: one poll a second would be ~900 reads; the backoff caps at 30 s.
    const reads = h.aws.calls('codepipeline:GetPipelineExecution');
    expect(reads).toBeGreaterThan(15);
    expect(reads).toBeLessThan(60);
  });
});

describe('apply: failures, explained', () => {
  it('reports a failed build with its CodeBuild log and a failed deploy with its first failing event, and carries on', async () => {
    h.pipes.scriptNext('beta', { buildFails: 'pip install failed' });
    h.pipes.scriptNext('gamma', { deployFails: { logicalId: 'AutoScalingGroup', resourceType: 'AWS::AutoScaling::AutoScalingGroup', reason: 'We currently do not have sufficient g5.xlarge capacity in the Availability Zone you requested' } });
    const outcome = await h.apply(await h.plan(THREE));
    const d = byName(outcome);
    expect(outcome.ok).toBe(false);
    expect(d.alpha.result).toBe('succeeded');

    expect(d.beta).toMatchObject({ result: 'failed', stage: 'Build', failedAction: 'Build' });
    expect(d.beta.reason).toMatch(/the build failed \(Error while executing command: bash buildspecs\/scripts\/main\.sh/);
    expect(d.beta.logUrl).toMatch(/^https:\/\/eu-west-1\.console\.aws\.amazon\.com\/codesuite\/codebuild\/123456789012\/projects\/emd-build\/build\/emd-build%3A[0-9a-f-]+\/log\?region=eu-west-1$/);
    expect(d.beta.hourlyCost).toBe(0);

    expect(d.gamma).toMatchObject({ result: 'failed', stage: 'Deploy', failedAction: 'Stack' });
    expect(d.gamma.failingEvent).toMatchObject({ logicalId: 'AutoScalingGroup', resourceType: 'AWS::AutoScaling::AutoScalingGroup', status: 'CREATE_FAILED' });
    expect(d.gamma.failingEvent?.reason).toMatch(/sufficient g5\.xlarge capacity/);
    expect(d.gamma.reason).toMatch(/^AutoScalingGroup \(AWS::AutoScaling::AutoScalingGroup\) CREATE_FAILED: .*; the stack is ROLLBACK_COMPLETE$/);
    expect(d.gamma.logUrl).toMatch(/cloudformation\/home\?region=eu-west-1#\/stacks\/events\?stackId=arn%3Aaws%3Acloudformation/);
    expect(d.gamma.fix).toMatch(/deletes the stack left by the failed create/);

    const errors = outcome.log.lines.filter((l) => l.startsWith('error: '));
    expect(errors.some((l) => l.includes('beta (create): failed in Build') && l.includes('log: https://'))).toBe(true);
    expect(errors.some((l) => l.includes('first failing event: AutoScalingGroup CREATE_FAILED'))).toBe(true);
  });

  it('needs the bootstrap of the region', async () => {
    const text = manifestText({ alpha: `model: ${MODEL}\nregion: us-west-2` });
    const outcome = await h.apply(await h.plan(text));
    expect(byName(outcome).alpha).toMatchObject({ result: 'failed', stage: 'pipeline' });
    expect(byName(outcome).alpha.reason).toBe('there is no emd-bootstrap stack in us-west-2: run mode: bootstrap in us-west-2 first');
  });
});
