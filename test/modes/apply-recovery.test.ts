// runApply on stacks that are not simply absent or healthy: left behind by a failed create, busy
// with another operation, no longer in the manifest, or replaced (service change, region move).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { byName, manifestText, MODEL, OTHER_REGION, REGION, startHarness, type Harness } from './apply-harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const ALPHA = manifestText({ alpha: `model: ${MODEL}` });
const deployRole = 'arn:aws:iam::123456789012:role/emd-deploy-eu-west-1';
const callIndex = (key: string, pred: (input: Record<string, unknown>) => boolean = () => true) => h.aws.log.findIndex((c) => c.key === key && pred(c.input));

describe('apply: recovery', () => {
  it('deletes a stack a failed create left in ROLLBACK_COMPLETE, with the deploy role, then creates it again', async () => {
    h.seedDeployed(h.spec(ALPHA, 'alpha'), { StackStatus: 'ROLLBACK_COMPLETE' });
    const old = h.aws.store.findStack(REGION, 'emd-alpha')!.StackId;
    const plan = await h.plan(ALPHA);
    expect(plan.entries[0]).toMatchObject({ action: 'create', live: { status: 'ROLLBACK_COMPLETE' } });

    const outcome = await h.apply(plan);
    const alpha = byName(outcome).alpha;
    expect(alpha.result).toBe('succeeded');
    expect(alpha.notes.join(' ')).toMatch(/ROLLBACK_COMPLETE/);

    const del = callIndex('cloudformation:DeleteStack');
    expect(h.aws.log[del].input).toMatchObject({ StackName: old, RoleARN: deployRole });
    expect(del).toBeLessThan(callIndex('codepipeline:StartPipelineExecution'));
    expect(h.aws.store.findStack(REGION, old)?.StackStatus).toBe('DELETE_COMPLETE');
    const now = h.aws.store.findStack(REGION, 'emd-alpha')!;
    expect(now.StackId).not.toBe(old);
    expect(now.StackStatus).toBe('CREATE_COMPLETE');
    // Without the delete the fake's Deploy action fails just like CloudFormation does.
    expect(h.pipes.executionsOf('alpha')).toHaveLength(1);
  });

  it('waits for a stack busy with another operation, then updates it', async () => {
    const desired = manifestText({ alpha: `model: ${MODEL}\nscaling: { min: 1, max: 3 }` });
    h.seedDeployed(h.spec(ALPHA, 'alpha'), { StackStatus: 'UPDATE_IN_PROGRESS', transitions: [{ afterMs: 7 * 60_000, status: 'UPDATE_COMPLETE' }] });
    const start = h.clock.now();
    const plan = await h.plan(desired);
    expect(plan.entries[0]).toMatchObject({ action: 'update', blocked: { kind: 'busy' } });

    const outcome = await h.apply(plan);
    expect(byName(outcome).alpha.result).toBe('succeeded');
    const lines = outcome.log.lines.join('\n');
    expect(lines).toMatch(/alpha: emd-alpha is UPDATE_IN_PROGRESS \(another operation\); waiting for it to finish/);
    expect(lines).toMatch(/alpha: stack UPDATE_COMPLETE/);
    const [execution] = h.pipes.executionsOf('alpha');
    expect(execution.startedAt - start).toBeGreaterThanOrEqual(7 * 60_000);
    expect(JSON.parse(h.aws.store.findStack(REGION, 'emd-alpha')!.Parameters.find((p) => p.ParameterKey === 'DeploymentSpec')!.ParameterValue).scaling).toEqual({ min: 1, max: 3 });
  });

  it('reports a stack still busy at the timeout clearly and starts nothing', async () => {
    const desired = manifestText({ alpha: `model: ${MODEL}\nscaling: { min: 1, max: 3 }` });
    h.seedDeployed(h.spec(ALPHA, 'alpha'), { StackStatus: 'UPDATE_IN_PROGRESS', transitions: [{ afterMs: 3 * 3600_000, status: 'UPDATE_COMPLETE' }] });
    const outcome = await h.apply(await h.plan(desired), { timeoutMs: 20 * 60_000 });
    const alpha = byName(outcome).alpha;
    expect(outcome.ok).toBe(false);
    expect(alpha).toMatchObject({ result: 'timed-out', stage: 'waiting for the stack' });
    expect(alpha.reason).toBe('emd-alpha was still UPDATE_IN_PROGRESS (another operation) after timeout-minutes (20 min); nothing was started, re-run when it has finished');
    expect(h.aws.calls('codepipeline:StartPipelineExecution')).toBe(0);
    expect(h.clock.now() - Date.parse('2026-03-02T09:00:00Z')).toBeLessThan(25 * 60_000);
  });

  it('reports stacks that need a person with the exact fix, and touches nothing', async () => {
    h.seedDeployed(h.spec(ALPHA, 'alpha'), { StackStatus: 'UPDATE_ROLLBACK_FAILED' });
    const outcome = await h.apply(await h.plan(manifestText({ alpha: `model: ${MODEL}\nscaling: { min: 2, max: 2 }` })));
    expect(byName(outcome).alpha).toMatchObject({ result: 'failed', stage: 'stack state' });
    expect(byName(outcome).alpha.fix).toBe(
      'aws cloudformation continue-update-rollback --stack-name emd-alpha --region eu-west-1 (add --resources-to-skip <LogicalId> for resources that cannot roll back), then re-run'
    );
    expect(h.aws.calls('codepipeline')).toBe(0);
    expect(h.aws.calls('cloudformation:DeleteStack')).toBe(0);
  });

  it('warns with the fix about a stuck stack even when its deployment is unchanged', async () => {
    h.seedDeployed(h.spec(ALPHA, 'alpha'), { StackStatus: 'UPDATE_ROLLBACK_FAILED' });
    const outcome = await h.apply(await h.plan(ALPHA));
    expect(outcome.ok).toBe(true);
    expect(byName(outcome).alpha).toMatchObject({ action: 'unchanged', result: 'skipped', reason: 'unchanged, but stack is UPDATE_ROLLBACK_FAILED' });
    expect(outcome.log.lines.some((l) => l.startsWith('warning: alpha: unchanged, but stack is UPDATE_ROLLBACK_FAILED; fix: aws cloudformation continue-update-rollback'))).toBe(true);
    expect(h.aws.calls('codepipeline')).toBe(0);
  });
});

describe('apply: deletes', () => {
  const seedOrphans = () => {
    const text = manifestText({ alpha: `model: ${MODEL}`, gone: `model: ${MODEL}`, kept: `model: ${MODEL}\nprotect: true` });
    h.seedDeployed(h.spec(text, 'alpha'));
    h.seedDeployed(h.spec(text, 'gone'));
    h.seedDeployed(h.spec(text, 'kept'));
  };

  it('deletes nothing without allow-destroy, and never a protected deployment', async () => {
    seedOrphans();
    const blocked = await h.apply(await h.plan(ALPHA));
    expect(blocked.ok).toBe(true);
    expect(byName(blocked).gone).toMatchObject({ action: 'delete', result: 'skipped' });
    expect(byName(blocked).gone.reason).toMatch(/allow-destroy is not set/);
    expect(byName(blocked).kept.reason).toMatch(/protect: true/);
    expect(h.aws.calls('cloudformation:DeleteStack')).toBe(0);
  });

  it('deletes a removed deployment with allow-destroy and waits for DELETE_COMPLETE, keeping the protected one', async () => {
    seedOrphans();
    const start = h.clock.now();
    const gone = h.aws.store.findStack(REGION, 'emd-gone')!.StackId;
    const outcome = await h.apply(await h.plan(ALPHA, { allowDestroy: true }));
    const d = byName(outcome);
    expect(outcome.ok).toBe(true);
    expect(d.gone).toMatchObject({ action: 'delete', result: 'succeeded', hourlyCost: 0 });
    expect(d.kept).toMatchObject({ action: 'delete', result: 'skipped' });
    expect(d.alpha).toMatchObject({ action: 'unchanged', result: 'skipped', baseUrl: h.openai.baseUrl('alpha') });
    expect(h.aws.callsTo('cloudformation:DeleteStack').map((c) => c.input)).toEqual([{ StackName: gone, RoleARN: deployRole }]);
    expect(h.aws.store.findStack(REGION, gone)?.StackStatus).toBe('DELETE_COMPLETE');
    expect(h.clock.now() - start).toBeGreaterThanOrEqual(4 * 60_000);
    expect(h.aws.store.findStack(REGION, 'emd-kept')?.StackStatus).toBe('CREATE_COMPLETE');
  });
});

describe('apply: replace', () => {
  it('deletes, then creates under the same name, for a service change', async () => {
    h.seedDeployed(h.spec(ALPHA, 'alpha'));
    const old = h.aws.store.findStack(REGION, 'emd-alpha')!.StackId;
    const plan = await h.plan(manifestText({ alpha: `model: ${MODEL}\nservice: ec2` }));
    expect(plan.entries[0].action).toBe('replace');
    const outcome = await h.apply(plan);
    expect(byName(outcome).alpha.result).toBe('succeeded');
    expect(callIndex('cloudformation:DeleteStack', (i) => i.StackName === old)).toBeLessThan(callIndex('codepipeline:StartPipelineExecution'));
    expect(h.pipes.executionsOf('alpha')[0].variables.SERVICE).toBe('ec2');
  });

  it('creates the new stack first, then deletes the old one, for a region move', async () => {
    h.pipes.seedBootstrap(OTHER_REGION);
    // The plan lists the regions the manifest names; `other` keeps the old region among them.
    const before = manifestText({ alpha: `model: ${MODEL}\nregion: ${OTHER_REGION}`, other: `model: ${MODEL}\nregion: ${OTHER_REGION}` });
    h.seedDeployed(h.spec(before, 'alpha'));
    h.seedDeployed(h.spec(before, 'other'));
    const old = h.aws.store.findStack(OTHER_REGION, 'emd-alpha')!.StackId;
    const plan = await h.plan(manifestText({ alpha: `model: ${MODEL}`, other: `model: ${MODEL}\nregion: ${OTHER_REGION}` }));
    expect(plan.entries[0]).toMatchObject({ action: 'replace', region: REGION, live: { region: OTHER_REGION } });

    const outcome = await h.apply(plan);
    const alpha = byName(outcome).alpha;
    expect(alpha).toMatchObject({ result: 'succeeded', region: REGION, baseUrl: h.openai.baseUrl('alpha') });
    expect(callIndex('codepipeline:StartPipelineExecution')).toBeLessThan(callIndex('cloudformation:DeleteStack'));
    expect(h.aws.callsTo('cloudformation:DeleteStack')[0]).toMatchObject({ region: OTHER_REGION, input: { StackName: old, RoleARN: 'arn:aws:iam::123456789012:role/emd-deploy-eu-central-1' } });
    expect(h.aws.store.findStack(OTHER_REGION, old)?.StackStatus).toBe('DELETE_COMPLETE');
    expect(h.aws.store.findStack(REGION, 'emd-alpha')?.StackStatus).toBe('CREATE_COMPLETE');
  });
});
