// Faults during `mode: apply`, through the built action as the runner runs it (`node dist/index.js`
// on a push to the default branch) against the loopback fakes on real time. Each fault is followed
// by a run without it, which must converge: the apply completes, one apply comment on the merged
// pull request says so, and a plan afterwards shows nothing left to change.
//
// Pipeline stages take 150 ms; an apply still takes about 5 s per wave because the action's first
// status poll is 5 s after the start (DEFAULT_POLL in src/aws/stack-ops.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { pullRequestEvent, pushEvent, runAction, Workspace, type RunResult } from './runner.js';
import { API_KEY, manifestText, MODEL, REGION, sha, specOf, startFakes, TOKEN, type Fakes } from './fault-fakes.js';

let f: Fakes;
beforeAll(async () => {
  f = await startFakes();
});
afterAll(async () => f.close());
afterEach(() => {
  f.aws.clearFaults();
  f.gh.clearFaults();
  f.openai.firstTokenDelayMs = 0;
});

/** One manifest file per test, so each test's stacks belong to its own manifest only. */
function workspace(manifest: string, text: string): Workspace {
  const ws = new Workspace();
  ws.write(manifest, text);
  return ws;
}

function apply(ws: Workspace, manifest: string, commit: string, onSpawn?: (child: ChildProcess) => void): Promise<RunResult> {
  return runAction({ workspace: ws, event: pushEvent(commit), inputs: { manifest, 'github-token': TOKEN }, env: f.env, onSpawn });
}

/** A plan on a pull request, as the next change to the manifest would get. */
function plan(ws: Workspace, manifest: string, pr: number): Promise<RunResult> {
  return runAction({ workspace: ws, event: pullRequestEvent(pr), inputs: { manifest, 'github-token': TOKEN }, env: f.env });
}

async function expectConverged(ws: Workspace, manifest: string, pr: number): Promise<void> {
  const run = await plan(ws, manifest, pr);
  expect(run.code).toBe(0);
  expect(run.outputs['has-changes']).toBe('false');
  expect(run.summary).toContain('**No changes**');
}

function applyComments(pr: number, manifest: string) {
  return f.gh.commentsOn('acme', 'models', pr).filter((c) => c.body.includes(`<!-- emd-action:apply:${manifest} `));
}

function stackStatus(name: string): string | undefined {
  return f.aws.store.liveStacks(REGION).find((s) => s.StackName === `emd-${name}`)?.StackStatus;
}

/** The key the smoke test reads is masked at once and written nowhere else. */
function expectNoKey(run: RunResult): void {
  for (const line of run.stdout.split('\n').filter((l) => l.includes(API_KEY))) expect(line).toBe(`::add-mask::${API_KEY}`);
  expect(run.summary).not.toContain(API_KEY);
  expect(run.stderr).not.toContain(API_KEY);
}

describe('dist/index.js apply under faults', () => {
  it('rides out throttling, 5xx bursts, connection resets (one after StartPipelineExecution took effect) and a slow endpoint', async () => {
    const manifest = 'transport.yaml';
    const ws = workspace(manifest, manifestText({ tx: `model: ${MODEL}` }));
    const commit = sha('transport');
    f.mergedPullRequest(41, commit);
    f.aws.inject('cloudformation:DescribeStacks', { kind: 'throttle' }, 2);
    f.aws.inject('s3:PutObject', { kind: 'server-error', status: 500 }, 1);
    // The execution starts and its answer is lost: the SDK sends the same request again, with the
    // same clientRequestToken, and gets the execution that was started (a re-run of the job relies
    // on that token too; see the cancellation test).
    f.aws.inject('codepipeline:StartPipelineExecution', { kind: 'reset', afterHandler: true }, 1);
    f.aws.inject('codepipeline:GetPipelineExecution', { kind: 'throttle' }, 1);
    f.aws.inject('codepipeline:ListActionExecutions', { kind: 'server-error', status: 503 }, 1);
    f.aws.inject('secretsmanager:GetSecretValue', { kind: 'reset' }, 1);
    f.openai.firstTokenDelayMs = 600;
    // Longer than the retries take, so the first read after the start finds the execution running
    // (one that has already ended would be taken for an earlier attempt's).
    f.pipes.scriptNext('tx', { buildMs: 4500 });

    const run = await apply(ws, manifest, commit);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Apply transport.yaml at 7472616e7370: 1 to apply, 0 unchanged');
    expect(run.stdout).toContain('tx (create): succeeded');
    expect(run.stdout).not.toContain('::error::');
    expect(run.stdout).not.toContain('::warning::');
    // Every fault was met (and retried), and the lost answer did not start a second execution.
    const starts = f.aws.callsTo('codepipeline:StartPipelineExecution');
    expect(starts.map((c) => c.fault)).toEqual(['reset', undefined]);
    expect(starts[0].input.clientRequestToken).toBe(starts[1].input.clientRequestToken);
    expect(f.pipes.executionsOf('tx')).toHaveLength(1);
    expect(f.aws.log.filter((c) => c.fault).map((c) => `${c.key} ${c.fault}`).sort()).toEqual([
      'cloudformation:DescribeStacks throttle',
      'cloudformation:DescribeStacks throttle',
      'codepipeline:GetPipelineExecution throttle',
      'codepipeline:ListActionExecutions server-error',
      'codepipeline:StartPipelineExecution reset',
      's3:PutObject server-error',
      'secretsmanager:GetSecretValue reset'
    ]);
    // The slow first token is measured and reported as it was.
    const comments = applyComments(41, manifest);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('**✅ Applied**: 1 succeeded');
    const ttft = /<summary>Connect to <code>tx<\/code><\/summary>[^]*?\*\*Smoke test:\*\* ✅ 200 · first token (\d+) ms/.exec(comments[0].body);
    expect(Number(ttft?.[1])).toBeGreaterThanOrEqual(600);
    expect(JSON.parse(run.outputs.endpoints)).toEqual([expect.objectContaining({ name: 'tx', base_url: f.openai.baseUrl('tx'), result: 'succeeded' })]);
    expectNoKey(run);

    await expectConverged(ws, manifest, 141);
  }, 60000);

  it('a failing build: fails the step naming the stage and the log; a re-run of the job starts a new execution and converges', async () => {
    const manifest = 'build.yaml';
    const ws = workspace(manifest, manifestText({ bf: `model: ${MODEL}` }));
    const commit = sha('build');
    f.mergedPullRequest(42, commit);
    f.pipes.scriptNext('bf', { buildFails: 'CUDA out of memory' });

    const failed = await apply(ws, manifest, commit);

    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('bf: Build · Build: Failed: Error while executing command: bash buildspecs/scripts/main.sh. Reason: exit status 1');
    expect(failed.stdout).toMatch(/::error::1 of 1 changes did not succeed:%0A- bf: failed in Build \(the build failed \(Error while executing command: bash buildspecs\/scripts\/main\.sh\. Reason: exit status 1\); the CodeBuild log says why\)/);
    const report = applyComments(42, manifest);
    expect(report).toHaveLength(1);
    expect(report[0].body).toContain('**❌ Apply failed**: 1 failed');
    expect(report[0].body).toContain('#### ❌ `bf` failed in Build');
    expect(report[0].body).toMatch(/- \*\*Log:\*\* \[CodeBuild log\]\(https:\/\/eu-west-1\.console\.aws\.amazon\.com\/codesuite\/codebuild\/123456789012\/projects\/emd-build\/build\/emd-build%3A/);
    expect(failed.summary).toContain('#### ❌ `bf` failed in Build');
    expect(failed.outputs.endpoints).toBe('[]');
    // Nothing half-done: the build failed before any stack existed.
    expect(stackStatus('bf')).toBeUndefined();

    // "Re-run jobs": the same commit and spec. The earlier execution ended, so a new one starts.
    const rerun = await apply(ws, manifest, commit);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/bf: execution \S+ of an earlier attempt at this commit and spec already ended Failed; starting a new one/);
    expect(rerun.stdout).toContain('bf (create): succeeded');
    expect(f.pipes.executionsOf('bf').map((e) => e.status)).toEqual(['Failed', 'Succeeded']);
    const after = applyComments(42, manifest);
    expect(after.map((c) => c.id)).toEqual([report[0].id]);
    expect(after[0].body).toContain('**✅ Applied**: 1 succeeded');
    await expectConverged(ws, manifest, 142);
  }, 60000);

  it('a failing deploy that rolls back: names the first failing resource and the fix; the next apply deletes the rolled-back stack and creates it', async () => {
    const manifest = 'deploy.yaml';
    const ws = workspace(manifest, manifestText({ df: `model: ${MODEL}` }));
    const commit = sha('deploy');
    f.mergedPullRequest(43, commit);
    const reason = 'Resource handler returned message: "We currently do not have sufficient g5.xlarge capacity in the Availability Zone you requested"';
    f.pipes.scriptNext('df', { deployFails: { reason, logicalId: 'AutoScalingGroup', resourceType: 'AWS::AutoScaling::AutoScalingGroup' } });

    const failed = await apply(ws, manifest, commit);

    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`::error::1 of 1 changes did not succeed:%0A- df: failed in Deploy (AutoScalingGroup (AWS::AutoScaling::AutoScalingGroup) CREATE_FAILED: ${reason}; the stack is ROLLBACK_COMPLETE)`);
    expect(failed.stdout).toContain('ROLLBACK_COMPLETE AWS::CloudFormation::Stack emd-df');
    const report = applyComments(43, manifest);
    expect(report).toHaveLength(1);
    expect(report[0].body).toContain('#### ❌ `df` failed in Deploy');
    expect(report[0].body).toContain('apply deletes the stack left by the failed create and creates it again');
    expect(report[0].body).toMatch(/\[stack events\]\(https:\/\/eu-west-1\.console\.aws\.amazon\.com\/cloudformation\/home\?region=eu-west-1#\/stacks\/events\?stackId=/i);
    expect(stackStatus('df')).toBe('ROLLBACK_COMPLETE');

    // The plan of the next change says what apply will do with the rolled-back stack.
    const between = await plan(ws, manifest, 143);
    expect(between.code).toBe(0);
    expect(JSON.parse(between.outputs.plan).entries).toEqual([expect.objectContaining({ name: 'df', action: 'create' })]);
    expect(between.summary).toContain('the previous create failed and rolled back; apply deletes that stack and creates it again');

    const rerun = await apply(ws, manifest, sha('deploy-2'));
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('df: the stack was left in ROLLBACK_COMPLETE by a failed create; deleting it to create it again');
    expect(rerun.stdout).toContain('df: emd-df in eu-west-1: DELETE_COMPLETE');
    expect(rerun.stdout).toContain('df (create): succeeded');
    expect(stackStatus('df')).toBe('CREATE_COMPLETE');
    await expectConverged(ws, manifest, 1143);
  }, 60000);

  it('a stack busy with another run: the plan says apply waits, apply waits it out and then deploys', async () => {
    const manifest = 'busy.yaml';
    const text = manifestText({ bz: `model: ${MODEL}\nscaling: { min: 1, max: 2 }` });
    const ws = workspace(manifest, text);
    const commit = sha('busy');
    f.mergedPullRequest(44, commit);
    // Another run is updating the stack (to the old spec) and finishes 5 s from now: long enough
    // that the plan run before the apply cannot outlast it on a loaded 2-core machine.
    f.seedDeployed({ ...specOf(text, 'bz', manifest), scaling: { min: 1, max: 1 } }, manifest, {
      StackStatus: 'UPDATE_IN_PROGRESS',
      transitions: [{ afterMs: 5000, status: 'UPDATE_COMPLETE' }]
    });

    const planned = await plan(ws, manifest, 144);
    expect(planned.code).toBe(0);
    expect(JSON.parse(planned.outputs.plan).entries).toEqual([expect.objectContaining({ name: 'bz', action: 'update', blocked: expect.objectContaining({ kind: 'busy' }) })]);
    expect(planned.summary).toContain('stack is UPDATE_IN_PROGRESS; apply waits for it to finish');

    const run = await apply(ws, manifest, commit);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('bz: emd-bz is UPDATE_IN_PROGRESS (another operation); waiting for it to finish');
    expect(run.stdout).toContain('bz: stack UPDATE_COMPLETE');
    expect(run.stdout).toContain('bz (update): succeeded');
    // The pipeline was started only after the other operation ended.
    const [execution] = f.pipes.executionsOf('bz');
    expect(f.pipes.executionsOf('bz')).toHaveLength(1);
    const busyEnded = f.aws.store.liveStacks(REGION).find((s) => s.StackName === 'emd-bz')!.events.find((e) => e.ResourceStatus === 'UPDATE_COMPLETE')!;
    expect(execution.startedAt).toBeGreaterThanOrEqual(busyEnded.Timestamp.getTime());
    expect(applyComments(44, manifest)[0].body).toContain('**✅ Applied**: 1 succeeded');
    await expectConverged(ws, manifest, 1144);
  }, 60000);

  it('the runner cancels the job: SIGTERM while apply waits reports the started deployment as cancelled, exits promptly and non-zero; a re-run attaches', async () => {
    const manifest = 'cancel.yaml';
    const ws = workspace(manifest, manifestText({ cx: `model: ${MODEL}` }));
    const commit = sha('cancel');
    f.mergedPullRequest(45, commit);
    // Long enough that the cancelled run cannot see it finish, short enough for the re-run to.
    f.pipes.scriptNext('cx', { buildMs: 4000 });

    let signalledAt = 0;
    const run = await apply(ws, manifest, commit, (child) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        if (!signalledAt && out.includes('cx: pipeline execution ')) {
          signalledAt = Date.now();
          // The action is now in its first 5 s wait for the execution.
          setTimeout(() => child.kill('SIGTERM'), 300);
        }
      });
    });
    const exitedAfterMs = Date.now() - signalledAt - 300;

    expect(signalledAt).toBeGreaterThan(0);
    expect(run.code).toBe(1);
    // The signal lands 300 ms into the action's first 5 s wait: an exit that sat out that wait
    // would come after 4.7 s; the margin below it is for a loaded machine.
    expect(exitedAfterMs).toBeLessThan(4000);
    const [execution] = f.pipes.executionsOf('cx');
    expect(run.stdout).toContain('::warning::SIGTERM: the run is being cancelled; stopping the waits and reporting what was started (on-cancel: leave)');
    expect(run.stdout).toContain(`::warning::cx (create): cancelled in Build — cancelled in Build; execution ${execution.id} was left running (on-cancel: leave), a re-run attaches to it`);
    expect(run.stdout).toContain('::error::The run was cancelled; the job summary lists what was started and where it was');
    for (const text of [run.summary, applyComments(45, manifest)[0]?.body ?? '']) {
      expect(text).toContain('⏹️ Cancelled');
      expect(text).toContain('The workflow run was cancelled. Deployments already handed to the pipeline are listed with the stage they were in');
      expect(text).toContain('| `cx` | ⏹️ create cancelled in Build |');
    }
    expect(applyComments(45, manifest)).toHaveLength(1);
    // on-cancel: leave — the execution keeps running in AWS.
    expect(execution.status).toBe('InProgress');
    expectNoKey(run);

    // Time stands still for the fakes until the re-run has attached, so a slow start of the re-run
    // (a loaded machine) cannot let the build finish first and turn the attach into "unchanged".
    const clock = f.aws.store.clock;
    const heldAt = clock.now();
    f.aws.store.clock = { now: () => heldAt };
    const rerun = await apply(ws, manifest, commit, (child) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        if (f.aws.store.clock.now() === heldAt && out.includes('cx: pipeline execution ')) {
          const pausedMs = clock.now() - heldAt;
          f.aws.store.clock = { now: () => clock.now() - pausedMs };
        }
      });
    });
    f.aws.store.clock = clock;
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`cx: pipeline execution ${execution.id} `);
    expect(rerun.stdout).toContain('cx (create): succeeded');
    expect(f.pipes.executionsOf('cx')).toHaveLength(1);
    const after = applyComments(45, manifest);
    expect(after).toHaveLength(1);
    expect(after[0].body).toContain('**✅ Applied**: 1 succeeded');
    await expectConverged(ws, manifest, 1145);
  }, 60000);
});
