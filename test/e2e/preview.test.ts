// Pull request previews through the built action (`node dist/index.js`, as the runner runs it)
// against one set of loopback fakes: the /emd commands from issue_comment events, every refusal
// without a single mutating AWS call, a preview deployed from the pull request's manifest (read
// through the contents API) with its smoke test and a benchmark checked against the OpenAI fake's
// known pace, a second command answered rather than doubled, and every way a preview ends
// (teardown after its ttl, /emd preview stop, closing the pull request).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MODEL, REGION, TOKEN, dispatchEvent, mergePush, mutations, prEvent, scheduleEvent, startFleet, type Fleet } from './fleet.js';
import { REPOSITORY, type RunnerEvent } from './runner.js';
import { previewPrice, previewSpec } from '../../src/core/preview.js';
import { loadManifest } from '../../src/core/manifest/load.js';

const sha = (c: string) => c.repeat(40);
const MAIN = sha('a');

const BASE = [
  'version: 1',
  `defaults: { region: ${REGION}, service: ecs, instance: g5.xlarge }`,
  'models:',
  '  qwen-chat:',
  `    model: ${MODEL}`,
  '  embed:',
  `    model: ${MODEL}`,
  ''
].join('\n');
/** The pull request's change: a longer context and more replicas for qwen-chat. */
const CHANGED = BASE.replace(`  qwen-chat:\n    model: ${MODEL}\n`, `  qwen-chat:\n    model: ${MODEL}\n    engine_args: { max-model-len: 4096 }\n    scaling: { min: 1, max: 3 }\n`);
const INVALID = BASE.replace('  embed:\n', '  embed:\n    instance: g5.huge\n');

// The OpenAI fake's pace for the benchmark: the truth the reported figures are checked against.
const TTFT_MS = 1200;
const RATE = 50;
const TOKENS = 26;
const BENCH = { 'bench-requests': '4', 'bench-concurrency': '2', 'bench-seconds': '30', 'bench-max-tokens': String(TOKENS) };
const INPUTS = { mode: 'auto', manifest: 'models.yaml', 'github-token': TOKEN, 'stack-prefix': 'emd', ...BENCH };
const NO_BENCH = { ...INPUTS, 'bench-requests': '0' };

let commentId = 5000;
function commentEvent(pr: number, user: string, body: string): RunnerEvent {
  const id = commentId++;
  return {
    name: 'issue_comment',
    // issue_comment runs on the default branch: its workflow and its code, never the pull request's.
    ref: 'refs/heads/main',
    sha: MAIN,
    payload: {
      action: 'created',
      issue: { number: pr, title: `PR ${pr}`, pull_request: { url: `https://api.github.com/repos/acme/models/pulls/${pr}` }, user: { login: 'alice' } },
      comment: { id, body, user: { login: user, type: 'User' }, author_association: user === 'alice' ? 'MEMBER' : 'NONE' },
      repository: REPOSITORY,
      sender: { login: user }
    }
  };
}

function closedEvent(pr: number, head: string): RunnerEvent {
  const e = prEvent(pr, head);
  return { ...e, payload: { ...e.payload, action: 'closed', pull_request: { ...(e.payload.pull_request as object), state: 'closed', merged: false } } };
}

describe('pull request previews through dist/index.js', () => {
  let f: Fleet;
  const live = () => Object.fromEntries(f.aws.store.liveStacks(REGION).map((s) => [s.StackName, s.StackStatus]));
  const stack = (name: string) => f.aws.store.findStack(REGION, name);
  const tag = (name: string, key: string) => stack(name)?.Tags.find((t) => t.Key === key)?.Value;
  const comments = (pr: number) => f.gh.commentsOn('acme', 'models', pr).filter((c) => c.user.type === 'Bot');
  const lastReply = (pr: number) => comments(pr).at(-1)?.body ?? '';

  beforeAll(async () => {
    f = await startFleet();
    const boot = await f.run(dispatchEvent(MAIN), { ...INPUTS, mode: 'bootstrap' }, BASE);
    expect(boot.code).toBe(0);
    const apply = await f.run(mergePush(MAIN), INPUTS, BASE);
    expect(apply.code).toBe(0);
    expect(live()).toEqual({ 'emd-bootstrap': 'CREATE_COMPLETE', 'emd-qwen-chat': 'CREATE_COMPLETE', 'emd-embed': 'CREATE_COMPLETE' });

    f.openai.reply = Array.from({ length: 40 }, (_, i) => `w${i} `);
    f.openai.firstTokenDelayMs = TTFT_MS;
    f.openai.tokensPerSecond = RATE;
    f.gh.permissions.set('alice', 'write');
    f.gh.permissions.set('bob', 'read');
    const pr = (number: number, content: string, headRepo?: string) => {
      const head = sha(String(number % 10)).replace(/^./, 'c');
      f.gh.addPullRequest({ owner: 'acme', repo: 'models', number, headSha: head, ...(headRepo ? { headRepo } : {}) });
      f.gh.putFile('acme', 'models', head, 'models.yaml', content);
      return head;
    };
    pr(7, CHANGED);
    pr(8, CHANGED, 'mallory/models');
    pr(9, INVALID);
    pr(12, CHANGED);
    pr(13, CHANGED);
  }, 120_000);
  afterAll(async () => {
    await f?.close();
  });

  it("refuses a command from someone without write access, politely, with no mutating AWS call", async () => {
    const run = await f.run(commentEvent(7, 'bob', '/emd preview qwen-chat'), INPUTS, BASE);
    expect(run.code).toBe(0);
    expect(mutations(run.calls)).toEqual([]);
    expect(run.calls).toEqual([]);
    expect(lastReply(7)).toMatch(/@bob thanks for the interest! .*only people with write access to acme\/models may run them \(your access: read\)/);
    // Asked of the API, not read from the comment.
    expect(f.gh.requestsMatching('GET', /\/collaborators\/bob\/permission$/)).toHaveLength(1);
  }, 60_000);

  it("refuses a fork's pull request unless the repository opts in, with no mutating AWS call", async () => {
    const run = await f.run(commentEvent(8, 'alice', '/emd preview qwen-chat'), INPUTS, BASE);
    expect(run.code).toBe(0);
    expect(run.calls).toEqual([]);
    expect(lastReply(8)).toMatch(/comes from mallory\/models, and this repository does not deploy previews or plans of forks \(input `preview-allow-forks`\)/);
  }, 60_000);

  it('answers a deployment the manifest does not have, and an unknown command, with no mutating AWS call', async () => {
    const run = await f.run(commentEvent(7, 'alice', '/emd preview nope'), INPUTS, BASE);
    expect(run.code).toBe(0);
    expect(run.calls).toEqual([]);
    expect(lastReply(7)).toMatch(/`nope` is not in `models.yaml` at the head of this pull request \(entries: `qwen-chat`, `embed`\)\. Nothing was deployed\./);

    const help = await f.run(commentEvent(7, 'alice', '/emd deploy-everything'), INPUTS, BASE);
    expect(help.code).toBe(0);
    expect(help.calls).toEqual([]);
    expect(lastReply(7)).toMatch(/`deploy-everything` is not a command\. These are the commands:/);
    expect(lastReply(7)).toContain('`/emd preview stop`');
  }, 60_000);

  it('answers a pull request manifest that fails validation with its errors, with no mutating AWS call', async () => {
    const run = await f.run(commentEvent(9, 'alice', '/emd preview embed'), INPUTS, BASE);
    expect(run.code).toBe(0);
    expect(run.calls).toEqual([]);
    const reply = lastReply(9);
    expect(reply).toMatch(/nothing was deployed: models\.yaml at the head of this pull request fails validation \(1 error\)/);
    expect(reply).toMatch(/`models\.yaml:7:\d+` `models\.embed\.instance`: .*g5\.huge/);
  }, 60_000);

  it("deploys the pull request's entry as its own stack, reports endpoint, smoke test and benchmark, and answers a second command instead of doubling it", async () => {
    const posts = () => f.gh.requestsMatching('POST', /\/issues\/7\/comments$/);
    const before = posts().length;
    const first = f.run(commentEvent(7, 'alice', 'Let us try it.\n/emd preview qwen-chat'), INPUTS, BASE);
    // The second command comes once the first has acknowledged (its run is deploying).
    for (let i = 0; i < 300 && !comments(7).some((c) => c.body.includes('"state":"running"')); i++) await new Promise((r) => setTimeout(r, 100));
    const second = await f.run(commentEvent(7, 'alice', '/emd preview qwen-chat'), INPUTS, BASE);
    const run = await first;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    // In AWS: one stack named for the pull request, from its manifest, tagged as its preview.
    expect(stack('emd-pr7-qwen-chat')?.StackStatus).toBe('CREATE_COMPLETE');
    expect(tag('emd-pr7-qwen-chat', 'emd:preview-pr')).toBe('7');
    expect(tag('emd-pr7-qwen-chat', 'emd:deployment')).toBe('pr7-qwen-chat');
    const spec = JSON.parse(stack('emd-pr7-qwen-chat')!.Parameters.find((p) => p.ParameterKey === 'DeploymentSpec')!.ParameterValue);
    expect(spec).toMatchObject({ name: 'pr7-qwen-chat', engine_args: { 'max-model-len': 4096 }, scaling: { min: 1, max: 1 }, ttl: '4h', protect: false });
    // The first run's window holds the second run entirely, so these are the mutating calls of both.
    // One pipeline start and one request object (plus the apply path's record of the regions it deployed to).
    expect(mutations(run.calls).filter((k) => k !== 's3:PutObject')).toEqual(['codepipeline:StartPipelineExecution']);
    const written = run.written.map((k) => k.replace(/^s3:\/\/[^/]+\//, '').replace(/[0-9a-f]{16}\.json$/, 'HASH.json'));
    expect(written.filter((k) => k !== 'state/regions.json')).toEqual(['requests/pr7-qwen-chat/HASH.json']);
    expect(f.pipes.executions().filter((e) => e.variables.DEPLOYMENT === 'pr7-qwen-chat')).toHaveLength(1);
    // The live deployment of that name was not touched.
    expect(tag('emd-qwen-chat', 'emd:commit')).toBe(MAIN);

    // The second command: answered, pointing at the first, and nothing started.
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/A preview run is already going \(\S+\); not starting another/);
    expect(second.stdout).toContain('emd-action: already-running');
    const replies = comments(7).slice(-2);
    expect(posts().length).toBe(before + 2);
    const [ack, answer] = replies;
    expect(answer.body).toMatch(new RegExp(`a preview run is already going on this pull request \\(\`qwen-chat\`\\): see \\S+#issuecomment-${ack.id}\\. Nothing new was started`));

    // Before anything started, the acknowledgement showed the price: hourly × ttl.
    const spec0 = loadManifest(CHANGED, { path: 'models.yaml', stackPrefix: 'emd' }).specs.find((s) => s.name === 'qwen-chat')!;
    const price = previewPrice(previewSpec(spec0, { pr: 7, ttl: '4h', headSha: 'x' }));
    const ackPosted = posts()[before].body as { body: string };
    expect(ackPosted.body).toContain(`at most $${price.total!.toFixed(2)} if it runs its whole ttl of 4h`);

    // The result: endpoint, how to call it, smoke test, benchmark beside the live deployment.
    const body = ack.body;
    expect(body).toContain(`**Endpoint:** \`${f.openai.baseUrl('pr7-qwen-chat')}\``);
    expect(body).toContain(`curl -sS ${f.openai.baseUrl('pr7-qwen-chat')}/chat/completions`);
    expect(body).toMatch(/\*\*Smoke test:\*\* passed \(HTTP 200/);
    const row = (label: string) => {
      const m = new RegExp(`\\| ${label} \\| (\\d+)/(\\d+) ok, 2 at a time \\| ([\\d.]+) (ms|s) / [\\d.]+ (?:ms|s) \\| ([\\d.]+) \\| ([\\d.]+) \\| \\$([\\d.]+) \\|`).exec(body);
      expect(m).not.toBeNull();
      return { ok: Number(m![1]), of: Number(m![2]), ttftMs: Number(m![3]) * (m![4] === 's' ? 1000 : 1), rate: Number(m![5]), throughput: Number(m![6]), usd: Number(m![7]) };
    };
    const within = (value: number, truth: number) => expect(Math.abs(value - truth) / truth).toBeLessThan(0.1);
    const throughput = (2 * TOKENS * 1000) / (TTFT_MS + ((TOKENS - 1) * 1000) / RATE);
    for (const [label, hourly] of [
      ['this preview', price.hourly!],
      ['live `emd-qwen-chat`', null]
    ] as const) {
      const r = row(label);
      expect([r.ok, r.of]).toEqual([4, 4]);
      within(r.ttftMs, TTFT_MS);
      within(r.rate, RATE);
      within(r.throughput, throughput);
      if (hourly !== null) within(r.usd, (hourly / (throughput * 3600)) * 1e6);
    }
    // The benchmark reached both endpoints with their keys, streaming.
    const benched = f.openai.requests.filter((r) => r.stream && r.path.endsWith('/chat/completions'));
    expect(benched.filter((r) => r.path.startsWith('/pr7-qwen-chat/')).length).toBeGreaterThanOrEqual(5);
    expect(benched.filter((r) => r.path.startsWith('/qwen-chat/')).length).toBeGreaterThanOrEqual(4);
  }, 90_000);

  it("never shows a preview in another pull request's plan", async () => {
    const run = await f.run(prEvent(10, sha('d')), INPUTS, BASE);
    expect(run.code).toBe(0);
    expect(run.outputs['has-changes']).toBe('false');
    const entries = (JSON.parse(run.outputs.plan) as { entries: { name: string; action: string }[] }).entries;
    expect(entries.map((e) => [e.name, e.action]).sort()).toEqual([
      ['embed', 'unchanged'],
      ['qwen-chat', 'unchanged']
    ]);
  }, 60_000);

  it("/emd plan runs the plan of the pull request's head manifest into its plan comment", async () => {
    const run = await f.run(commentEvent(7, 'alice', '/emd plan'), INPUTS, BASE);
    expect(run.code).toBe(0);
    expect(mutations(run.calls)).toEqual([]);
    const entries = (JSON.parse(run.outputs.plan) as { entries: { name: string; action: string }[] }).entries;
    expect(entries.map((e) => [e.name, e.action]).sort()).toEqual([
      ['embed', 'unchanged'],
      ['qwen-chat', 'update']
    ]);
    const plan = f.gh.commentsOn('acme', 'models', 7).filter((c) => c.body.includes('<!-- emd-action:plan:models.yaml '));
    expect(plan).toHaveLength(1);
    expect(plan[0].body).toContain('max-model-len');
  }, 60_000);

  it('the scheduled teardown removes a preview past its ttl, and nothing else', async () => {
    const fiveHoursAgo = new Date(Date.now() - 5 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    f.aws.store.tagStack(REGION, 'emd-pr7-qwen-chat', { 'emd:deployed-at': fiveHoursAgo });
    const run = await f.run(scheduleEvent(MAIN), INPUTS, BASE);
    expect(run.code).toBe(0);
    expect(live()).toEqual({ 'emd-bootstrap': 'CREATE_COMPLETE', 'emd-qwen-chat': 'CREATE_COMPLETE', 'emd-embed': 'CREATE_COMPLETE' });
    expect(mutations(run.calls)).toEqual(['cloudformation:DeleteStack']);
    expect(run.calls.find((c) => c.key === 'cloudformation:DeleteStack')?.input).toMatchObject({ StackName: expect.stringContaining('emd-pr7-qwen-chat') });
    expect(run.summary).toMatch(/### Pull request previews\n\n- `emd-pr7-qwen-chat` \(eu-west-1\): removed, its ttl 4h ran out/);
  }, 60_000);

  it('/emd preview stop removes the previews of its pull request', async () => {
    const up = await f.run(commentEvent(12, 'alice', '/emd preview embed'), NO_BENCH, BASE);
    expect(up.code).toBe(0);
    expect(stack('emd-pr12-embed')?.StackStatus).toBe('CREATE_COMPLETE');
    expect(lastReply(12)).toMatch(/\| this preview \| off \(bench-requests: 0\)/);

    const stop = await f.run(commentEvent(12, 'alice', '/emd preview stop'), NO_BENCH, BASE);
    expect(stop.code).toBe(0);
    expect(mutations(stop.calls)).toEqual(['cloudformation:DeleteStack']);
    expect(live()['emd-pr12-embed']).toBeUndefined();
    expect(lastReply(12)).toMatch(/previews removed \(asked by @alice\):\n\n- `emd-pr12-embed` \(eu-west-1\): removed/);
  }, 90_000);

  it('closing the pull request removes its previews', async () => {
    const up = await f.run(commentEvent(13, 'alice', '/emd preview embed qwen-chat'), NO_BENCH, BASE);
    expect(up.code).toBe(0);
    expect(live()).toMatchObject({ 'emd-pr13-embed': 'CREATE_COMPLETE', 'emd-pr13-qwen-chat': 'CREATE_COMPLETE' });

    // Asked again once the first run is over (the workflow's concurrency group serialises them): answered, not redeployed.
    const again = await f.run(commentEvent(13, 'alice', '/emd preview embed'), NO_BENCH, BASE);
    expect(again.code).toBe(0);
    expect(mutations(again.calls)).toEqual([]);
    expect(lastReply(13)).toContain('_already up with exactly this spec: nothing was redeployed');
    expect(lastReply(13)).toContain(`**Endpoint:** \`${f.openai.baseUrl('pr13-embed')}\``);

    const closed = await f.run(closedEvent(13, sha('e')), INPUTS, BASE);
    expect(closed.code).toBe(0);
    expect(mutations(closed.calls)).toEqual(['cloudformation:DeleteStack', 'cloudformation:DeleteStack']);
    expect(live()).toEqual({ 'emd-bootstrap': 'CREATE_COMPLETE', 'emd-qwen-chat': 'CREATE_COMPLETE', 'emd-embed': 'CREATE_COMPLETE' });
    expect(lastReply(13)).toMatch(/previews removed \(the pull request was closed\)/);
  }, 90_000);
});
