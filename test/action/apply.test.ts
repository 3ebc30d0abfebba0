// applyAction as the runner runs it: @actions/core writing to temp GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files and to stdout, the AWS and pipeline fakes, the local OpenAI server and
// the fake GitHub API. Everything the action writes is captured, to check what it says and that the
// API key it reads for the smoke test appears nowhere.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_KEY, COMMIT, MODEL, startHarness, THREE, virtualSleep, type Harness } from '../modes/apply-harness.js';
import { FakeGitHubApi } from '../fakes/github-api.js';
import { applyAction, refuseApply } from '../../src/action/apply.js';
import type { ActionInputs } from '../../src/inputs.js';
import type { RunContext } from '../../src/github/context.js';

let h: Harness;
let gh: FakeGitHubApi;
let dir: string;
let stdout: string[];
const restore: (() => void)[] = [];

function setEnv(name: string, value: string): void {
  const before = process.env[name];
  process.env[name] = value;
  restore.push(() => (before === undefined ? delete process.env[name] : (process.env[name] = before)));
}

// One directory for the file: @actions/core remembers the summary file's path after first use.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emd-apply-action-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  h = await startHarness();
  gh = new FakeGitHubApi();
  await gh.start();
  gh.addPullRequest({ owner: 'acme', repo: 'llms', number: 7, headSha: 'b'.repeat(40), state: 'closed', mergedAt: '2026-03-02T08:59:00Z', mergeCommitSha: COMMIT });
  writeFileSync(join(dir, 'models.yaml'), THREE);
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  setEnv('GITHUB_WORKSPACE', dir);
  setEnv('GITHUB_OUTPUT', join(dir, 'output'));
  setEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary'));
  stdout = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  restore.push(() => (process.stdout.write = write));
});

afterEach(async () => {
  while (restore.length) restore.pop()!();
  process.exitCode = undefined;
  await Promise.all([h.close(), gh.close()]);
});

const inputs = (over: Partial<ActionInputs> = {}): ActionInputs => ({
  mode: 'apply',
  manifest: 'models.yaml',
  awsRegion: 'eu-west-1',
  stackPrefix: 'emd',
  githubToken: 'ghs_faketoken',
  comment: true,
  allowDestroy: false,
  maxParallel: 4,
  timeoutMinutes: 90,
  smokeTest: 'warn',
  onCancel: 'leave',
  dryRun: false,
  reportIssue: false,
  bootstrapGithubOidc: 'none',
  bootstrapOidcSubjects: [],
  bootstrapOidcEnvironment: '',
  ...over
});

const context = (over: Partial<RunContext> = {}): RunContext => ({
  eventName: 'push',
  owner: 'acme',
  repo: 'llms',
  sha: COMMIT,
  ref: 'refs/heads/main',
  defaultBranch: 'main',
  serverUrl: 'http://127.0.0.1:9',
  runUrl: 'http://127.0.0.1:9/acme/llms/actions/runs/42',
  apiUrl: gh.url,
  payload: {},
  ...over
});

/** GITHUB_OUTPUT as @actions/core writes it: name<<delimiter, value, delimiter. */
function outputs(): Record<string, string> {
  const text = readFileSync(join(dir, 'output'), 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  return out;
}

const simulated = () => ({ now: () => h.clock.now(), sleep: virtualSleep(h.clock) });

describe('applyAction', () => {
  it('applies on push, reports on the merged pull request, in the summary and the endpoints output, and never writes the key', async () => {
    h.pipes.scriptNext('beta', { buildFails: 'out of disk' });
    const result = await applyAction(inputs(), context(), simulated());

    expect(result.failed).toMatch(/^1 of 3 changes did not succeed:\n- beta: failed in Build \(the build failed/);

    // The report, as a comment of its own on the pull request the commit came from.
    const comments = gh.commentsOn('acme', 'llms', 7);
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body).toMatch(/^<!-- emd-action:apply:models\.yaml valid-at=\S+ -->\n### emd-action apply for `models\.yaml`/);
    expect(body).toMatch(/\*\*❌ Apply failed\*\*: 2 succeeded · 1 failed/);
    expect(body).toMatch(/\| `alpha` \| ✅ created \| `http:\/\/127\.0\.0\.1:\d+\/alpha\/v1` \|/);
    expect(body).toMatch(/<summary>Connect to <code>alpha<\/code><\/summary>[^]*?\*\*Model:\*\* `Qwen\/Qwen2\.5-0\.5B-Instruct`[^]*?\*\*Smoke test:\*\* ✅ 200 · first token \d+ ms · \d+ ms in all[^]*?\*\*Cost while up:\*\* \$\d\.\d{3}\/h/);
    expect(body).toMatch(/\| `beta` \| ❌ create failed in Build \| – \|/);
    expect(body).toMatch(/#### ❌ `beta` failed in Build\n\n- \*\*Why:\*\* the build failed/);
    expect(body).toMatch(/- \*\*Log:\*\* \[CodeBuild log\]\(https:\/\/eu-west-1\.console\.aws\.amazon\.com\/codesuite\/codebuild\/123456789012\/projects\/emd-build\/build\/emd-build%3A/);
    const arn = result.outcome!.deployments.find((d) => d.name === 'alpha')!.apiKeySecretArn!;
    expect(body).toContain(`aws secretsmanager get-secret-value --secret-id ${arn} --query SecretString --output text --region eu-west-1`);
    expect(body).toContain('-H "Authorization: Bearer $EMD_API_KEY"');
    expect(body).toContain('api_key=os.environ["EMD_API_KEY"]');
    expect(result.commentUrl).toMatch(new RegExp(`/acme/llms/(issues|pull)/7#issuecomment-${comments[0].id}$`));

    const summary = readFileSync(join(dir, 'summary'), 'utf8');
    expect(summary).toContain('### emd-action apply for `models.yaml`');
    expect(summary).toContain('Connect to <code>gamma</code>');

    const out = outputs();
    const endpoints = JSON.parse(out.endpoints) as { name: string; base_url: string; model: string; api_key_secret_arn: string; region: string }[];
    expect(endpoints.map((e) => e.name)).toEqual(['alpha', 'gamma']);
    expect(endpoints[0]).toMatchObject({ base_url: h.openai.baseUrl('alpha'), model: MODEL, api_key_secret_arn: arn, region: 'eu-west-1', result: 'succeeded' });
    expect(out['comment-url']).toBe(result.commentUrl);

    // Progress in the log: groups, stage transitions, the failure as an error annotation.
    const log = stdout.join('');
    expect(log).toContain('::group::Applying 3 changes, 3 at a time');
    expect(log).toMatch(/beta: Build · Build: Failed/);
    expect(log).toMatch(/::error::beta \(create\): failed in Build/);

    // The key: masked at once (the runner swallows that command), and nowhere else.
    const masks = stdout.join('').split('\n').filter((l) => l.includes(API_KEY));
    expect(masks.length).toBeGreaterThan(0);
    for (const line of masks) expect(line).toBe(`::add-mask::${API_KEY}`);
    const written = [readFileSync(join(dir, 'output'), 'utf8'), summary, ...gh.comments.map((c) => c.body), JSON.stringify(gh.requests), JSON.stringify(result)];
    for (const text of written) expect(text).not.toContain(API_KEY);
  });

  it('updates its own comment when the apply is re-run, and leaves the plan comment alone', async () => {
    gh.seedComment({ owner: 'acme', repo: 'llms', issueNumber: 7, body: '<!-- emd-action:plan:models.yaml valid-at=2026-03-02T08:00:00.000Z -->\nthe plan' });
    h.pipes.scriptNext('beta', { buildFails: 'flaky' });
    await applyAction(inputs(), context(), simulated());
    const rerun = await applyAction(inputs(), context(), simulated());
    expect(rerun.failed).toBeUndefined();
    const comments = gh.commentsOn('acme', 'llms', 7);
    expect(comments).toHaveLength(2);
    expect(comments[0].body).toContain('the plan');
    expect(comments[1].body).toMatch(/\*\*✅ Applied\*\*: 1 succeeded · 2 unchanged/);
  });

  it('reports a cancelled run in the comment and the summary', async () => {
    const start = h.clock.now();
    let sent = false;
    const result = await applyAction(inputs({ onCancel: 'stop' }), context(), {
      now: () => h.clock.now(),
      sleep: virtualSleep(h.clock, (now) => {
        if (!sent && now - start > 2 * 60_000) {
          sent = true;
          process.emit('SIGTERM', 'SIGTERM');
        }
      })
    });
    expect(result.failed).toBe('The run was cancelled; the job summary lists what was started and where it was');
    expect(result.outcome?.cancelled).toBe(true);
    const body = gh.commentsOn('acme', 'llms', 7)[0].body;
    expect(body).toMatch(/\*\*⏹️ Cancelled\*\*: 3 cancelled/);
    expect(body).toContain('> [!WARNING]\n> The workflow run was cancelled.');
    expect(body).toMatch(/\| `alpha` \| ⏹️ create cancelled in Build \| – \|/);
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toMatch(/stop requested \(the running action finishes, later stages do not start\)/);
    expect(h.aws.calls('codepipeline:StopPipelineExecution')).toBe(3);
    expect(process.listenerCount('SIGTERM')).toBe(0);
  });

  it('refuses pull request events and forks before touching AWS', async () => {
    const pr = { number: 7, headSha: 'b', headRef: 'x', headRepoFullName: 'mallory/llms', isFork: true, baseRef: 'main' };
    expect(refuseApply(context({ eventName: 'pull_request', pullRequest: pr }))).toMatch(/does not run on pull_request events/);
    expect(refuseApply(context({ eventName: 'pull_request_target', pullRequest: pr }))).toMatch(/does not run on pull_request_target events/);
    expect(refuseApply(context({ eventName: 'workflow_run', payload: { workflow_run: { head_repository: { full_name: 'mallory/llms' } } } }))).toMatch(/mallory\/llms, a fork/);
    expect(refuseApply(context({ eventName: 'workflow_run', payload: { workflow_run: { head_repository: { full_name: 'acme/llms' } } } }))).toBeUndefined();
    expect(refuseApply(context())).toBeUndefined();

    const result = await applyAction(inputs(), context({ eventName: 'pull_request', pullRequest: pr }), simulated());
    expect(result.failed).toMatch(/pull requests get a plan/);
    expect(h.aws.calls()).toBe(0);
    expect(gh.requests).toHaveLength(0);
  });
});
