// The whole lifecycle of a fleet through the built action (`node dist/index.js`, as the runner runs
// it), in order, against ONE set of loopback fakes: bootstrap; a pull request planned, pushed to
// again and merged; the apply; the hourly teardown after a ttl and outside a schedule; the schedule
// bringing a deployment back; a deployment removed from the file without and with allow-destroy.
// Every run is checked where a user sees it (outputs, job summary, pull request comments) and in
// AWS (stacks, teardown records, and which mutating calls each mode made).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AwsCallRecord } from '../fakes/aws.js';
import { API_KEY, MODEL, REGION, TOKEN, dispatchEvent, mergePush, mutations, prEvent, scheduleEvent, startFleet, type Fleet } from './fleet.js';

const sha = (c: string) => c.repeat(40);
const BUCKET = `emd-artifacts-123456789012-${REGION}`;
const HOUR = new Date().getUTCHours();
const at = (offset: number) => (HOUR + offset + 24) % 24;

/**
 * The child process runs on real time, so the schedule window is written relative to now: open
 * (up an hour ago, down in two hours) or closed (down an hour ago, up in two hours). The closed
 * window stands for the same file read a few hours later, when its down time has passed.
 */
function nightly(open: boolean): string {
  const [up, down] = open ? [at(-1), at(2)] : [at(2), at(-1)];
  return `schedule: { up: "0 ${up} * * *", down: "0 ${down} * * *" }`;
}

function manifest(o: { nightlyOpen?: boolean; embed?: string | false } = {}): string {
  const lines = [
    'version: 1',
    `defaults: { region: ${REGION}, service: ecs, instance: g5.xlarge }`,
    'models:',
    '  chat:',
    `    model: ${MODEL}`,
    '    ttl: 8h',
    '  nightly:',
    `    model: ${MODEL}`,
    `    ${nightly(o.nightlyOpen ?? true)}`
  ];
  if (o.embed !== false) lines.push('  embed:', `    model: ${MODEL}`, `    instance: ${o.embed ?? 'g5.xlarge'}`);
  return `${lines.join('\n')}\n`;
}

const INPUTS = { mode: 'auto', manifest: 'models.yaml', 'github-token': TOKEN, 'stack-prefix': 'emd' };
const PLAN_MARKER = '<!-- emd-action:plan:models.yaml ';
const APPLY_MARKER = '<!-- emd-action:apply:models.yaml ';

type Entry = { name: string; action: string; blocked?: { kind: string } };
const actions = (planOutput: string) => (JSON.parse(planOutput) as { entries: Entry[] }).entries.map((e) => [e.name, e.action, e.blocked?.kind ?? null]);

describe('the lifecycle of a fleet through dist/index.js', () => {
  let f: Fleet;
  /** Mode of each run and the mutating calls it made, for the check at the end. */
  const ledger: { mode: string; calls: string[] }[] = [];
  const record = (mode: string, calls: AwsCallRecord[]) => ledger.push({ mode, calls: mutations(calls) });
  const live = () => Object.fromEntries(f.aws.store.liveStacks(REGION).map((s) => [s.StackName, s.StackStatus]));
  const stack = (name: string) => f.aws.store.findStack(REGION, name)!;
  const tag = (name: string, key: string) => stack(name).Tags.find((t) => t.Key === key)?.Value;
  const planComments = (pr: number) => f.gh.commentsOn('acme', 'models', pr).filter((c) => c.body.includes(PLAN_MARKER));
  const applyComments = (pr: number) => f.gh.commentsOn('acme', 'models', pr).filter((c) => c.body.includes(APPLY_MARKER));
  const object = (key: string) => f.aws.store.buckets.get(BUCKET)?.objects.get(key);

  beforeAll(async () => {
    f = await startFleet();
  });
  afterAll(async () => {
    await f?.close();
  });

  it('bootstrap creates the stack from cloudformation/bootstrap.yaml and uploads the source bundle; a re-run changes nothing', async () => {
    const run = await f.run(dispatchEvent(sha('0')), { ...INPUTS, mode: 'bootstrap' }, manifest());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    record('bootstrap', run.calls);

    const boot = stack('emd-bootstrap');
    expect(boot.StackStatus).toBe('CREATE_COMPLETE');
    expect(boot.Capabilities).toEqual(['CAPABILITY_NAMED_IAM']);
    expect(boot.Tags).toEqual(expect.arrayContaining([{ Key: 'emd:role', Value: 'bootstrap' }, { Key: 'emd:stack-prefix', Value: 'emd' }]));
    // It read the stack CREATE_IN_PROGRESS, waited, and logged the resources' events.
    const created = run.calls.findIndex((c) => c.key === 'cloudformation:CreateStack');
    expect(run.calls.slice(created).filter((c) => c.key === 'cloudformation:DescribeStacks').length).toBeGreaterThanOrEqual(2);
    expect(run.stdout).toMatch(/CREATE_COMPLETE AWS::CodePipeline::Pipeline Pipeline/);
    expect(run.summary).toContain(`emd-action bootstrap: emd-bootstrap in ${REGION} — created`);
    expect(run.summary).toContain(BUCKET);
    expect(run.summary).toMatch(/Source bundle: s3:\/\/emd-artifacts-123456789012-eu-west-1\/source\/bundle\.zip \(\d+ files, uploaded\)/);
    expect(object('source/bundle.zip')?.metadata.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(mutations(run.calls)).toEqual(['cloudformation:CreateStack', 's3:PutObject']);
    expect(run.written).toEqual([`s3://${BUCKET}/source/bundle.zip`]);

    const again = await f.run(dispatchEvent(sha('0')), { ...INPUTS, mode: 'bootstrap' }, manifest());
    expect(again.code).toBe(0);
    record('bootstrap', again.calls);
    expect(again.summary).toContain('— unchanged');
    expect(again.summary).toMatch(/files, unchanged\)/);
    // UpdateStack answered "No updates are to be performed", and the bundle was current.
    expect(mutations(again.calls)).toEqual(['cloudformation:UpdateStack']);
    expect(again.calls.find((c) => c.key === 'cloudformation:UpdateStack')?.status).toBe(400);
    expect(again.written).toEqual([]);
  }, 60_000);

  it('plans a pull request: the sticky comment is created, nothing in AWS changes', async () => {
    const run = await f.run(prEvent(7, sha('1')), INPUTS, manifest());
    expect(run.code).toBe(0);
    record('plan', run.calls);
    expect(run.outputs['has-changes']).toBe('true');
    expect(actions(run.outputs.plan)).toEqual([
      ['chat', 'create', null],
      ['nightly', 'create', null],
      ['embed', 'create', null]
    ]);
    const comments = planComments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('| `embed` | create |');
    expect(run.outputs['comment-url']).toMatch(new RegExp(`/acme/models/pull/7#issuecomment-${comments[0].id}$`));
    expect(run.summary).toContain('### emd-action plan for `models.yaml`');
    expect(mutations(run.calls)).toEqual([]);
    expect(run.calls.map((c) => c.key)).toContain('cloudformation:DescribeStacks');
  }, 60_000);

  it('plans the next push into the same comment, edited', async () => {
    const before = planComments(7).map((c) => ({ id: c.id, body: c.body }));
    const patches = f.gh.requestsMatching('PATCH', /\/issues\/comments\/\d+$/).length;
    const posts = f.gh.requestsMatching('POST', /\/issues\/7\/comments$/).length;
    const run = await f.run(prEvent(7, sha('2')), INPUTS, manifest({ embed: 'g5.2xlarge' }));
    expect(run.code).toBe(0);
    record('plan', run.calls);
    const after = planComments(7);
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after[0].body).toContain('g5.2xlarge');
    expect(after[0].body).not.toBe(before[0].body);
    expect(f.gh.requestsMatching('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(patches + 1);
    expect(f.gh.requestsMatching('POST', /\/issues\/7\/comments$/)).toHaveLength(posts);
    expect(mutations(run.calls)).toEqual([]);
  }, 60_000);

  it('applies the merge through the pipeline: endpoints reported, smoke-tested, and an apply comment on the merged pull request', async () => {
    f.gh.addPullRequest({ owner: 'acme', repo: 'models', number: 7, headSha: sha('2'), state: 'closed', mergedAt: new Date().toISOString(), mergeCommitSha: sha('a') });
    const planBody = planComments(7)[0].body;
    const smokeBefore = f.openai.requests.length;
    const started = Date.now();
    const run = await f.run(mergePush(sha('a')), INPUTS, manifest({ embed: 'g5.2xlarge' }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    record('apply', run.calls);
    expect(Date.now() - started).toBeLessThan(20_000);

    expect(run.outputs['has-changes']).toBe('true');
    const endpoints = JSON.parse(run.outputs.endpoints) as { name: string; result: string; action: string; base_url: string; model: string; api_key_secret_arn: string }[];
    expect(endpoints.map((e) => [e.name, e.action, e.result, e.base_url, e.model]).sort()).toEqual(
      ['chat', 'embed', 'nightly'].map((n) => [n, 'create', 'succeeded', f.openai.baseUrl(n), MODEL])
    );
    for (const e of endpoints) expect(e.api_key_secret_arn).toMatch(new RegExp(`^arn:aws:secretsmanager:${REGION}:123456789012:secret:emd-${e.name}/api-key-`));

    // In AWS: three stacks deployed by the pipeline from this commit, one request object each.
    expect(live()).toEqual({ 'emd-bootstrap': 'CREATE_COMPLETE', 'emd-chat': 'CREATE_COMPLETE', 'emd-embed': 'CREATE_COMPLETE', 'emd-nightly': 'CREATE_COMPLETE' });
    for (const n of ['chat', 'embed', 'nightly']) {
      expect(tag(`emd-${n}`, 'emd:commit')).toBe(sha('a'));
      expect(tag(`emd-${n}`, 'emd:manifest')).toBe('models.yaml');
    }
    expect(f.pipes.executions().map((e) => [e.variables.DEPLOYMENT, e.status]).sort()).toEqual([
      ['chat', 'Succeeded'],
      ['embed', 'Succeeded'],
      ['nightly', 'Succeeded']
    ]);
    // Three deployment requests and the record of regions deployed to.
    expect(mutations(run.calls).sort()).toEqual([...Array(3).fill('codepipeline:StartPipelineExecution'), ...Array(4).fill('s3:PutObject')]);
    expect(run.written.map((k) => k.replace(/\/[0-9a-f]{16}\.json$/, '/HASH.json')).sort()).toEqual([...['chat', 'embed', 'nightly'].map((n) => `s3://${BUCKET}/requests/${n}/HASH.json`), `s3://${BUCKET}/state/regions.json`]);

    // The smoke test reached each endpoint with the generated key.
    const smoke = f.openai.requests.slice(smokeBefore).filter((r) => r.path.endsWith('/chat/completions'));
    expect(smoke.map((r) => [r.path, r.status, r.authorized, r.stream]).sort()).toEqual(
      ['chat', 'embed', 'nightly'].map((n) => [`/${n}/v1/chat/completions`, 200, true, true])
    );

    // What the user sees: the summary, and a comment of its own on the merged pull request.
    for (const n of ['chat', 'embed', 'nightly']) expect(run.summary).toContain(f.openai.baseUrl(n));
    const comments = applyComments(7);
    expect(comments).toHaveLength(1);
    expect(run.outputs['comment-url']).toMatch(new RegExp(`/acme/models/pull/7#issuecomment-${comments[0].id}$`));
    expect(comments[0].body).toContain(f.openai.baseUrl('embed'));
    expect(comments[0].body).toContain(sha('a').slice(0, 7));
    expect(planComments(7)[0].body).toBe(planBody);
    expect(`${run.stdout}\n${run.summary}\n${comments[0].body}`.split('\n').filter((l) => l.includes(API_KEY))).toEqual(Array(3).fill(`::add-mask::${API_KEY}`));
  }, 60_000);

  it('tears down what outlived its ttl and what is outside its schedule, recording both; keeps the rest', async () => {
    const nineHoursAgo = new Date(Date.now() - 9 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    f.aws.store.tagStack(REGION, 'emd-chat', { 'emd:deployed-at': nineHoursAgo });
    const deployRole = f.aws.store.findStack(REGION, 'emd-bootstrap')!.Outputs.find((o) => o.OutputKey === 'DeployRoleArn')!.OutputValue;

    const tag0 = { chat: tag('emd-chat', 'emd:spec-hash') };
    const run = await f.run(scheduleEvent(sha('a')), INPUTS, manifest({ nightlyOpen: false, embed: 'g5.2xlarge' }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    record('teardown', run.calls);

    expect(live()).toEqual({ 'emd-bootstrap': 'CREATE_COMPLETE', 'emd-embed': 'CREATE_COMPLETE' });
    const chat = JSON.parse(object('state/tombstones/emd-chat.json')!.body.toString('utf8'));
    const night = JSON.parse(object('state/tombstones/emd-nightly.json')!.body.toString('utf8'));
    expect(chat).toMatchObject({ reason: 'ttl', spec: { name: 'chat', ttl: '8h' }, spec_hash: tag0.chat });
    expect(night).toMatchObject({ reason: 'schedule', spec: { name: 'nightly' } });
    expect(run.written.sort()).toEqual([`s3://${BUCKET}/state/tombstones/emd-chat.json`, `s3://${BUCKET}/state/tombstones/emd-nightly.json`]);
    // Records first, then the deletes, with the bootstrap's deploy role; nothing is started.
    expect(mutations(run.calls)).toEqual(['s3:PutObject', 's3:PutObject', 'cloudformation:DeleteStack', 'cloudformation:DeleteStack']);
    for (const d of run.calls.filter((c) => c.key === 'cloudformation:DeleteStack')) expect(d.input.RoleARN).toBe(deployRole);

    expect(run.summary).toMatch(/chat[\s\S]*ttl 8h ran out/);
    expect(run.summary).toMatch(/nightly[\s\S]*outside its schedule window/);
    expect(run.summary).toContain('embed');
  }, 60_000);

  it('brings the scheduled deployment back when its window opens; the expired one stays down', async () => {
    const requestKey = `s3://${BUCKET}/${f.pipes.executionsOf('nightly')[0].variables.REQUEST_KEY}`;
    const run = await f.run(scheduleEvent(sha('a')), INPUTS, manifest({ embed: 'g5.2xlarge' }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    record('teardown', run.calls);

    expect(live()).toEqual({ 'emd-bootstrap': 'CREATE_COMPLETE', 'emd-embed': 'CREATE_COMPLETE', 'emd-nightly': 'CREATE_COMPLETE' });
    // The same commit and spec as the merge's execution: its idempotency token names that execution,
    // which has ended, so the action starts the next round's.
    // The record of regions, then the request (same key as the merge's), then the executions.
    expect(mutations(run.calls)).toEqual(['s3:PutObject', 's3:PutObject', 'codepipeline:StartPipelineExecution', 'codepipeline:StartPipelineExecution']);
    expect(run.stdout).toMatch(/nightly: execution \S+ of an earlier attempt at this commit and spec already ended Succeeded; starting a new one/);
    // The request under the same key as the merge's (same spec, same hash), written again.
    expect(run.written).toEqual([`s3://${BUCKET}/state/regions.json`, requestKey]);
    expect(f.pipes.executionsOf('nightly').map((e) => [e.status, e.token.slice(-3)])).toEqual([
      ['Succeeded', '-r1'],
      ['Succeeded', '-r2']
    ]);
    expect(f.pipes.executionsOf('chat')).toHaveLength(1);
    expect(run.summary).toMatch(/nightly[\s\S]*its schedule window is open/);
    expect(run.summary).toMatch(/chat[\s\S]*expired/);
  }, 60_000);

  it('a deployment removed from the file: planned as a blocked delete, kept by the apply without allow-destroy', async () => {
    const removed = manifest({ embed: false });
    const plan = await f.run(prEvent(8, sha('3')), INPUTS, removed);
    expect(plan.code).toBe(0);
    record('plan', plan.calls);
    expect(actions(plan.outputs.plan)).toEqual([
      ['chat', 'unchanged', null],
      ['nightly', 'unchanged', null],
      ['embed', 'delete', 'destroy-not-allowed']
    ]);
    // A delete held back is not a change, but reviewers see it in the comment as blocked.
    expect(plan.outputs['has-changes']).toBe('false');
    expect(planComments(8)).toHaveLength(1);
    expect(planComments(8)[0].body).toMatch(/\| `embed` \| delete \(blocked: allow-destroy off\) \|/);
    expect(planComments(8)[0].body).toMatch(/\| `chat` \| expired \(ttl\) \|/);
    expect(plan.summary).toMatch(/embed[^\n]*allow-destroy/);
    expect(plan.summary).toMatch(/<b>chat<\/b>[^<]*<\/summary>\s*- GPU fit[^\n]*\n- expired [^\n]*its ttl ran out and teardown removed it/);
    expect(mutations(plan.calls)).toEqual([]);

    f.gh.addPullRequest({ owner: 'acme', repo: 'models', number: 8, headSha: sha('3'), state: 'closed', mergedAt: new Date().toISOString(), mergeCommitSha: sha('b') });
    const run = await f.run(mergePush(sha('b')), INPUTS, removed);
    expect(run.code).toBe(0);
    record('apply', run.calls);
    expect(mutations(run.calls)).toEqual([]);
    expect(live()['emd-embed']).toBe('CREATE_COMPLETE');
    expect(run.summary).toContain('allow-destroy');
    expect(applyComments(8)).toHaveLength(1);
    expect(applyComments(8)[0].body).toContain('allow-destroy');
  }, 60_000);

  it('with allow-destroy the apply deletes it and updates the same apply comment', async () => {
    const removed = manifest({ embed: false });
    const first = { ...applyComments(8)[0] };
    const run = await f.run(mergePush(sha('b')), { ...INPUTS, 'allow-destroy': 'true' }, removed);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    record('apply', run.calls);

    expect(mutations(run.calls)).toEqual(['cloudformation:DeleteStack']);
    expect(live()).toEqual({ 'emd-bootstrap': 'CREATE_COMPLETE', 'emd-nightly': 'CREATE_COMPLETE' });
    // A delete by apply is the user's decision: no teardown record that would keep it "expired".
    expect(object('state/tombstones/emd-embed.json')).toBeUndefined();
    const after = applyComments(8);
    expect(after.map((c) => c.id)).toEqual([first.id]);
    expect(after[0].body).not.toBe(first.body);
    expect(first.body).toMatch(/\| `embed` \| delete \|[^\n]*allow-destroy/);
    expect(after[0].body).toMatch(/\| `embed` \| delete \| ✅ deleted \|/);
    expect(JSON.parse(run.outputs.endpoints).map((e: { name: string }) => e.name)).toEqual(['nightly']);
  }, 60_000);

  it('made every mutating AWS call only in the mode that may make it', () => {
    const allowed: Record<string, RegExp> = {
      plan: /^$/,
      bootstrap: /^(cloudformation:(CreateStack|UpdateStack)|s3:PutObject)$/,
      apply: /^(s3:PutObject|codepipeline:StartPipelineExecution|cloudformation:DeleteStack)$/,
      teardown: /^(s3:PutObject|codepipeline:StartPipelineExecution|cloudformation:DeleteStack)$/
    };
    const wrong = ledger.flatMap((r) => r.calls.filter((c) => !allowed[r.mode].test(c)).map((c) => `${r.mode}: ${c}`));
    expect(wrong).toEqual([]);
    expect(ledger.map((r) => r.mode)).toEqual(['bootstrap', 'bootstrap', 'plan', 'plan', 'apply', 'teardown', 'teardown', 'plan', 'apply', 'apply']);
    // CreateStack and UpdateStack only ever from bootstrap: model stacks come from the pipeline.
    expect(ledger.filter((r) => r.mode !== 'bootstrap').flatMap((r) => r.calls).filter((c) => /Create|Update/.test(c))).toEqual([]);
  });
});
