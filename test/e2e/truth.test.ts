// The plan tells the whole truth (issue 10), through the built action as the runner runs it
// (`node dist/index.js`) against the loopback fakes: stacks the manifest does not own, regions it
// no longer names, budgets at maximum scale, a new deployment outside its schedule window, broken
// teardown records, a stack in REVIEW_IN_PROGRESS, and a pull request planned without AWS
// credentials against the base branch's manifest.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prEvent, pullRequestEvent, pushEvent, runAction, Workspace, type RunResult } from './runner.js';
import { manifestText, MODEL, REGION, sha, specOf, startFakes, TOKEN, type Fakes } from './fault-fakes.js';
import { specHash } from '../../src/core/spec-hash.js';

let f: Fakes;
const BUCKET = `emd-artifacts-123456789012-${REGION}`;
const OTHER_REGION = 'us-west-2';

beforeAll(async () => {
  f = await startFakes();
  f.pipes.seedBootstrap(OTHER_REGION);
});
afterAll(async () => f.close());

function workspace(manifest: string, text: string): Workspace {
  const ws = new Workspace();
  ws.write(manifest, text);
  return ws;
}

function plan(ws: Workspace, manifest: string, pr: number, extra: Record<string, string> = {}, env = f.env): Promise<RunResult> {
  return runAction({ workspace: ws, event: pullRequestEvent(pr), inputs: { manifest, 'github-token': TOKEN, ...extra }, env });
}

function apply(ws: Workspace, manifest: string, commit: string): Promise<RunResult> {
  return runAction({ workspace: ws, event: pushEvent(commit), inputs: { manifest, 'github-token': TOKEN }, env: f.env });
}

interface JsonEntry {
  name: string;
  action: string;
  region: string;
  blocked?: { kind: string; reason: string; fix?: string };
  lifecycle?: { state: string };
  notes: string[];
  changes: { field: string; old: unknown; new: unknown }[];
  cost?: { monthlyMin: number | null };
}

function entries(run: RunResult): JsonEntry[] {
  return (JSON.parse(run.outputs.plan) as { entries: JsonEntry[] }).entries;
}

function putObject(bucket: string, key: string, body: string): void {
  f.aws.store.buckets.get(bucket)!.objects.set(key, { body: Buffer.from(body), contentType: 'application/json', etag: `"${key.length}"`, lastModified: new Date(), metadata: {} });
}

function planComment(pr: number, manifest: string): string {
  return f.gh.commentsOn('acme', 'models', pr).find((c) => c.body.includes(`emd-action:plan:${manifest}`))?.body ?? '';
}

describe('stacks the manifest does not own', () => {
  it('blocks an entry whose stack name is taken by an untagged stack or another manifest, and apply refuses it', async () => {
    const manifest = 'owners.yaml';
    const text = manifestText({ 'own-untagged': `model: ${MODEL}`, 'own-other': `model: ${MODEL}` });
    f.aws.putStack(REGION, { StackName: 'emd-own-untagged', StackStatus: 'CREATE_COMPLETE' });
    f.seedDeployed(specOf(text, 'own-other', manifest), 'team-b/models.yaml');
    const ws = workspace(manifest, text);

    const run = await plan(ws, manifest, 61);
    expect(run.code).toBe(1);
    const byName = Object.fromEntries(entries(run).map((e) => [e.name, e]));
    expect(byName['own-untagged'].blocked).toMatchObject({ kind: 'not-ours' });
    expect(byName['own-untagged'].blocked!.reason).toContain('emd-own-untagged in eu-west-1 exists but was not created by emd-action');
    expect(byName['own-untagged'].blocked!.fix).toContain('rename this deployment');
    expect(byName['own-other'].blocked!.reason).toContain('belongs to the manifest team-b/models.yaml');
    expect(run.stdout).toMatch(/::error title=emd-action%3A Will not start · own-untagged,file=owners\.yaml,line=4/);
    expect(planComment(61, manifest)).toContain('| `own-untagged` | create · stack not ours |');

    const starts = f.aws.calls('codepipeline:StartPipelineExecution');
    const commit = sha('owners-merge');
    f.mergedPullRequest(61, commit);
    const applied = await apply(ws, manifest, commit);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toContain('Nothing was applied');
    expect(applied.stdout).toContain('emd-own-untagged in eu-west-1 exists but was not created by emd-action');
    expect(f.aws.calls('codepipeline:StartPipelineExecution')).toBe(starts);
  }, 60000);

  it('never plans the tagged bootstrap stack as a deployment to delete', async () => {
    const manifest = 'boot.yaml';
    f.aws.putStack(REGION, {
      StackName: 'xyz-bootstrap',
      StackStatus: 'CREATE_COMPLETE',
      Tags: { 'emd:managed': 'true', 'emd:deployment': 'bootstrap', 'emd:stack-prefix': 'xyz', 'emd:manifest': manifest }
    });
    const ws = workspace(manifest, manifestText({ 'boot-a': `model: ${MODEL}` }));
    const run = await plan(ws, manifest, 62, { 'stack-prefix': 'xyz', 'allow-destroy': 'true' });
    expect(run.code).toBe(0);
    expect(entries(run).map((e) => [e.name, e.action])).toEqual([['boot-a', 'create']]);
  }, 60000);
});

describe('regions the manifest no longer names', () => {
  it('finds a moved deployment and a leftover through the record of regions deployed to', async () => {
    const manifest = 'moves.yaml';
    const text = manifestText({ 'move-chat': `model: ${MODEL}` });
    const moved = specOf(text, 'move-chat', manifest);
    f.seedDeployed({ ...moved, region: OTHER_REGION }, manifest);
    f.seedDeployed({ ...specOf(manifestText({ 'move-old': `model: ${MODEL}` }), 'move-old', manifest), region: OTHER_REGION }, manifest);
    putObject(BUCKET, 'state/regions.json', JSON.stringify({ regions: [REGION, OTHER_REGION], updated_at: '2026-01-01T00:00:00Z' }));
    try {
      const ws = workspace(manifest, text);
      const before = f.aws.log.length;
      const run = await plan(ws, manifest, 63);
      expect(run.code).toBe(0);
      const got = entries(run);
      expect(got.map((e) => [e.name, e.action, e.region])).toEqual([
        ['move-chat', 'replace', REGION],
        ['move-old', 'delete', OTHER_REGION]
      ]);
      expect(got[0].changes).toContainEqual({ field: 'region', old: OTHER_REGION, new: REGION, impact: 'replaces the stack' });
      expect(got[1].notes.join(' ')).toContain('left behind in us-west-2');
      const plan63 = JSON.parse(run.outputs.plan) as { recordedRegions?: string[]; live: { regions: string[] } };
      expect(plan63.recordedRegions).toEqual([OTHER_REGION]);
      expect(plan63.live.regions).toEqual([REGION, OTHER_REGION]);
      // One read of the record, then the recorded region's listing.
      const calls = f.aws.log.slice(before).map((c) => `${c.key} ${c.region}`);
      expect(calls.filter((c) => c.startsWith('s3:GetObject')).length).toBeGreaterThanOrEqual(1);
      expect(calls).toContain(`cloudformation:DescribeStacks ${OTHER_REGION}`);
    } finally {
      f.aws.store.buckets.get(BUCKET)!.objects.delete('state/regions.json');
    }
  }, 60000);
});

describe('budgets', () => {
  it('checks max-monthly-increase at maximum scale too and says which basis failed', async () => {
    const manifest = 'budget.yaml';
    const text = manifestText({ 'budget-big': `model: ${MODEL}\nscaling: { min: 1, max: 40 }` });
    f.seedDeployed({ ...specOf(text, 'budget-big', manifest), scaling: { min: 1, max: 2 } }, manifest);
    const ws = workspace(manifest, text);
    const run = await plan(ws, manifest, 64, { 'max-monthly-increase': '500' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Monthly estimate increase \$[\d,.]+ at maximum scale \(every deployment at scaling\.max\) exceeds max-monthly-increase \$500\.00; at minimum scale it is \$0\.00/);
    expect(planComment(64, manifest)).toMatch(/\+\$[\d,.]+ at maximum scale/);
  }, 60000);
});

describe('schedules', () => {
  // Up for two minutes a week (Sunday 03:00 UTC): the window is closed when a test runs, and the
  // month's estimate is still above zero.
  const schedule = 'schedule: { up: "0 3 * * 0", down: "2 3 * * 0", timezone: UTC }';

  it('plans a new deployment outside its window as a create, and apply records it dormant', async () => {
    const manifest = 'dormant.yaml';
    const text = manifestText({ 'dorm-new': `model: ${MODEL}\n${schedule}` });
    const ws = workspace(manifest, text);
    const run = await plan(ws, manifest, 65);
    expect(run.code).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    const [entry] = entries(run);
    expect([entry.action, entry.lifecycle?.state]).toEqual(['create', 'dormant']);
    expect(Number(run.outputs['monthly-cost-delta'])).toBeGreaterThan(0);
    expect(planComment(65, manifest)).toContain('| `dorm-new` | create · dormant |');

    const starts = f.aws.calls('codepipeline:StartPipelineExecution');
    const commit = sha('dormant-merge');
    f.mergedPullRequest(65, commit);
    const applied = await apply(ws, manifest, commit);
    expect(applied.code).toBe(0);
    expect(f.aws.calls('codepipeline:StartPipelineExecution')).toBe(starts);
    const record = JSON.parse(f.aws.store.buckets.get(BUCKET)!.objects.get('state/tombstones/emd-dorm-new.json')!.body.toString('utf8'));
    expect(record).toMatchObject({ reason: 'schedule', spec_hash: specHash(specOf(text, 'dorm-new', manifest)) });
    // Apply also keeps the record of regions deployed to.
    const regions = JSON.parse(f.aws.store.buckets.get(BUCKET)!.objects.get('state/regions.json')!.body.toString('utf8'));
    expect(regions.regions).toContain(REGION);
    f.aws.store.buckets.get(BUCKET)!.objects.delete('state/regions.json');

    const again = await plan(ws, manifest, 66);
    expect(again.outputs['has-changes']).toBe('false');
    expect(entries(again).map((e) => [e.action, e.lifecycle?.state])).toEqual([['unchanged', 'dormant']]);
  }, 90000);
});

describe('teardown records', () => {
  it('skips a malformed record with a warning and reads only the records of its own entries', async () => {
    const manifest = 'tombs.yaml';
    const text = manifestText({ 'tomb-ttl': `model: ${MODEL}\nttl: 1h`, 'tomb-bad': `model: ${MODEL}` });
    const expired = specOf(text, 'tomb-ttl', manifest);
    putObject(BUCKET, 'state/tombstones/emd-tomb-ttl.json', JSON.stringify({ spec_hash: specHash(expired), reason: 'ttl', torn_down_at: '2026-01-01T00:00:00Z' }));
    putObject(BUCKET, 'state/tombstones/emd-tomb-bad.json', '{ this is not a record');
    for (let i = 0; i < 30; i++) {
      putObject(BUCKET, `state/tombstones/emd-history-${i}.json`, JSON.stringify({ spec_hash: 'x', reason: 'ttl', torn_down_at: '2025-01-01T00:00:00Z' }));
    }
    try {
      const ws = workspace(manifest, text);
      const before = f.aws.log.length;
      const run = await plan(ws, manifest, 67);
      expect(run.code).toBe(0);
      expect(entries(run).map((e) => [e.name, e.action, e.lifecycle?.state])).toEqual([
        ['tomb-ttl', 'unchanged', 'expired'],
        ['tomb-bad', 'create', undefined]
      ]);
      expect(run.stdout).toMatch(/::warning.*state\/tombstones\/emd-tomb-bad\.json \(eu-west-1\) is not a readable teardown record and was skipped/);
      // The two records of this manifest's entries and the record of regions (absent: 404), none of the 30 others.
      const reads = f.aws.log.slice(before).filter((c) => c.key === 's3:GetObject');
      expect(reads.map((c) => c.status).sort()).toEqual([200, 200, 404]);
    } finally {
      for (const key of [...f.aws.store.buckets.get(BUCKET)!.objects.keys()]) if (key.startsWith('state/tombstones/emd-history-') || key.includes('tomb-')) f.aws.store.buckets.get(BUCKET)!.objects.delete(key);
    }
  }, 60000);
});

describe('a stack in REVIEW_IN_PROGRESS', () => {
  it('is planned as a create of an empty stack, not as busy', async () => {
    const manifest = 'review.yaml';
    const text = manifestText({ 'rev-a': `model: ${MODEL}` });
    f.seedDeployed(specOf(text, 'rev-a', manifest), manifest, { StackStatus: 'REVIEW_IN_PROGRESS' });
    const run = await plan(workspace(manifest, text), manifest, 68);
    expect(run.code).toBe(0);
    const [entry] = entries(run);
    expect(entry.action).toBe('create');
    expect(entry.blocked).toBeUndefined();
    expect(entry.notes.join(' ')).toContain('a change set was created and never executed');
  }, 60000);
});

describe('no AWS credentials', () => {
  it('compares with the base branch manifest, comments the one change and its cost delta', async () => {
    const manifest = 'nocreds.yaml';
    const base = manifestText({ 'nc-a': `model: ${MODEL}` });
    const head = manifestText({ 'nc-a': `model: ${MODEL}`, 'nc-new': `model: ${MODEL}\ninstance: g5.2xlarge` });
    const event = prEvent(69, 'c'.repeat(40));
    const baseSha = ((event.payload.pull_request as { base: { sha: string } }).base.sha);
    f.gh.seedFile({ owner: 'acme', repo: 'models', ref: baseSha, path: manifest, text: base });
    const before = f.aws.log.length;
    const run = await runAction({
      workspace: workspace(manifest, head),
      event,
      inputs: { manifest, 'github-token': TOKEN },
      // No AWS credentials and no endpoints: as on a fork, or a repository without a role.
      env: { GITHUB_API_URL: f.gh.url, AWS_REGION: REGION }
    });
    expect(run.code).toBe(0);
    expect(f.aws.log.length).toBe(before);
    expect(run.outputs['has-changes']).toBe('true');
    const got = entries(run);
    expect(got.map((e) => [e.name, e.action])).toEqual([
      ['nc-a', 'unchanged'],
      ['nc-new', 'create']
    ]);
    expect(Number(run.outputs['monthly-cost-delta'])).toBeCloseTo(got[1].cost!.monthlyMin!, 2);
    const comment = planComment(69, manifest);
    expect(comment).toContain("compared with the base branch's manifest (main at 000000000000)");
    expect(comment).toContain('Live stacks not read');
    expect(comment).toContain('| `nc-new` | create |');
    expect(comment).not.toContain('| `nc-a` | create');
    expect(comment).toMatch(/\$[\d,.]+ → \$[\d,.]+\/mo \(\+\$[\d,.]+, \+\d+%\) against the base branch/);
    // Having found no credentials, the plan does not try each price and quota too, and warn of each.
    expect(comment).not.toMatch(/live price|Price List|quota/i);
    expect(run.stdout).not.toMatch(/GetProducts|GetServiceQuota|live prices? (were|was) not read/i);
  }, 60000);
});
