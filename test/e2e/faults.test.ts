// Faults during `mode: plan` on a pull request, through the built action as the runner runs it
// (`node dist/index.js`) against the loopback fakes: AWS throttling, 5xx bursts, connection resets,
// slow and refused answers while the stacks are listed; GitHub rate limits (403 with a reset time,
// 429 and secondary-limit 403 with retry-after), 5xx, and a 422 for a comment GitHub finds too
// long. Each is followed by a run without the fault, which must converge on one sticky comment.
// Apply-time faults (failing build or deploy, busy stack, cancellation) are in faults-apply.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { pullRequestEvent, runAction, Workspace, type RunResult } from './runner.js';
import { manifestText, MODEL, specOf, startFakes, TOKEN, type Fakes } from './fault-fakes.js';

let f: Fakes;
beforeAll(async () => {
  f = await startFakes();
});
afterAll(async () => f.close());
afterEach(() => {
  f.aws.clearFaults();
  f.gh.clearFaults();
  f.gh.maxBodyChars = 65_536;
  f.aws.setPageSize('cloudformation:DescribeStacks', 100);
});

function plan(ws: Workspace, manifest: string, pr: number, sha?: string): Promise<RunResult> {
  return runAction({ workspace: ws, event: pullRequestEvent(pr, sha ? { sha } : {}), inputs: { manifest, 'github-token': TOKEN }, env: f.env });
}

function planComments(pr: number, manifest: string) {
  return f.gh.commentsOn('acme', 'models', pr).filter((c) => c.body.includes(`<!-- emd-action:plan:${manifest} `));
}

function actions(run: RunResult): [string, string][] {
  return (JSON.parse(run.outputs.plan) as { entries: { name: string; action: string }[] }).entries.map((e) => [e.name, e.action]);
}

/** keep runs as written, grow runs with a smaller scale, fresh is new. */
function seedFleet(manifest: string): string {
  const text = manifestText({ keep: `model: ${MODEL}`, grow: `model: ${MODEL}\nscaling: { min: 1, max: 3 }`, fresh: `model: ${MODEL}` }).replace(/\b(keep|grow|fresh):/g, `${manifest.split('.')[0]}-$1:`);
  const prefix = manifest.split('.')[0];
  f.seedDeployed(specOf(text, `${prefix}-keep`, manifest), manifest);
  f.seedDeployed({ ...specOf(text, `${prefix}-grow`, manifest), scaling: { min: 1, max: 1 } }, manifest);
  return text;
}

/** A second run without the fault: the same plan, the one comment left as it is. */
async function expectConverged(ws: Workspace, manifest: string, pr: number, expected: [string, string][]): Promise<void> {
  const again = await plan(ws, manifest, pr);
  expect(again.code).toBe(0);
  expect(actions(again)).toEqual(expected);
  expect(again.stdout).toMatch(/Pull request comment (unchanged|updated|created)/);
  expect(planComments(pr, manifest)).toHaveLength(1);
}

describe('dist/index.js plan under faults', () => {
  it('rides out throttling, a 5xx burst and connection resets while listing stacks and tombstones', async () => {
    const manifest = 'listing.yaml';
    const ws = new Workspace();
    ws.write(manifest, seedFleet(manifest));
    // Several listing pages, so the faults land in the middle of the pagination.
    f.aws.setPageSize('cloudformation:DescribeStacks', 1);
    f.aws.inject('cloudformation:DescribeStacks', { kind: 'throttle' }, 2);
    f.aws.inject('cloudformation:DescribeStacks', { kind: 'reset' }, 1);
    f.aws.inject('s3:ListObjectsV2', { kind: 'server-error', status: 503 }, 1);
    f.aws.inject('s3:ListObjectsV2', { kind: 'server-error', status: 500 }, 1);
    const before = f.aws.log.length;

    const run = await plan(ws, manifest, 51);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected: [string, string][] = [
      ['listing-keep', 'unchanged'],
      ['listing-grow', 'update'],
      ['listing-fresh', 'create']
    ];
    expect(actions(run)).toEqual(expected);
    expect(run.summary).not.toContain('Live state unknown');
    expect(run.outputs['monthly-cost-delta']).not.toBe('');
    const calls = f.aws.log.slice(before);
    expect(calls.filter((c) => c.fault).map((c) => `${c.key} ${c.fault}`)).toEqual([
      'cloudformation:DescribeStacks throttle',
      'cloudformation:DescribeStacks throttle',
      'cloudformation:DescribeStacks reset',
      's3:ListObjectsV2 server-error',
      's3:ListObjectsV2 server-error'
    ]);
    // Each faulted page was asked for again, and the listing still read every page once.
    const pages = calls.filter((c) => c.key === 'cloudformation:DescribeStacks' && !c.fault).map((c) => c.input.NextToken ?? 'first');
    expect(new Set(pages).size).toBe(pages.length);
    expect(planComments(51, manifest)[0].body).toContain('| `listing-fresh` | create |');

    await expectConverged(ws, manifest, 51, expected);
  }, 30000);

  it('waits out slow answers instead of giving up on them', async () => {
    const manifest = 'slow.yaml';
    const ws = new Workspace();
    ws.write(manifest, seedFleet(manifest));
    f.aws.inject('cloudformation:DescribeStacks', { kind: 'delay', ms: 2500 }, 1);
    f.aws.inject('s3:ListObjectsV2', { kind: 'delay', ms: 1000 }, 1);

    const started = Date.now();
    const run = await plan(ws, manifest, 52);

    expect(Date.now() - started).toBeGreaterThanOrEqual(3500);
    expect(run.code).toBe(0);
    const expected: [string, string][] = [
      ['slow-keep', 'unchanged'],
      ['slow-grow', 'update'],
      ['slow-fresh', 'create']
    ];
    expect(actions(run)).toEqual(expected);
    expect(run.summary).not.toContain('Live state unknown');
    await expectConverged(ws, manifest, 52, expected);
  }, 30000);

  it('says live stacks were not read, never takes them as empty, when AWS refuses the listing outright', async () => {
    const manifest = 'denied.yaml';
    const ws = new Workspace();
    ws.write(manifest, seedFleet(manifest));
    f.aws.inject('cloudformation:DescribeStacks', { kind: 'error', code: 'AccessDenied', message: 'User: arn:aws:sts::123456789012:assumed-role/emd-github/x is not authorized to perform: cloudformation:DescribeStacks', status: 403 }, 1);

    // The base branch holds the same manifest: without live state the plan compares with it.
    f.gh.seedFile({ owner: 'acme', repo: 'models', ref: '0'.repeat(40), path: manifest, text: seedFleet(manifest) });

    const run = await plan(ws, manifest, 53);

    expect(run.code).toBe(0);
    expect(run.summary).toContain('Live stacks not read');
    expect(run.summary).toContain('is not authorized to perform: cloudformation:DescribeStacks');
    // Nothing is taken as deleted or as new: the pull request changes nothing against its base.
    expect(actions(run).map(([, action]) => action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(run.outputs['has-changes']).toBe('false');
    expect(run.outputs['monthly-cost-delta']).toBe('0.00');
    await expectConverged(ws, manifest, 53, [
      ['denied-keep', 'unchanged'],
      ['denied-grow', 'update'],
      ['denied-fresh', 'create']
    ]);
  }, 30000);

  it('rides out GitHub rate limits (403 with a reset, 429 and secondary 403 with retry-after) and a 5xx, says so, and comments once', async () => {
    const manifest = 'ratelimit.yaml';
    const ws = new Workspace();
    ws.write(manifest, manifestText({ rl: `model: ${MODEL}` }));
    f.gh.failNext(1, { kind: 'rate-limit-403', resetInSeconds: 1 }, /^GET \/repos\/acme\/models\/issues\/54\/comments$/);
    f.gh.failNext(1, { kind: 'server-error', status: 502 }, /^GET \/repos\/acme\/models\/issues\/54\/comments$/);
    f.gh.failNext(1, { kind: 'retry-after-429', retryAfterSeconds: 1 }, /^POST \/repos\/acme\/models\/issues\/54\/comments$/);
    f.gh.failNext(1, { kind: 'retry-after-403', retryAfterSeconds: 1 }, /^POST \/repos\/acme\/models\/issues\/54\/comments$/);

    const run = await plan(ws, manifest, 54);

    expect(run.code).toBe(0);
    // What was waited for, and why, is in the log (paginated reads are labelled with their full URL).
    const list = String.raw`GitHub GET http://127\.0\.0\.1:\d+/repos/acme/models/issues/54/comments\?per_page=100`;
    const create = String.raw`GitHub POST /repos/\{owner\}/\{repo\}/issues/\{issue_number\}/comments`;
    expect(run.stdout).toMatch(new RegExp(`::warning::${list}: 403 rate limit exhausted, resets at \\S+; retry 1/3 in [12]s`));
    expect(run.stdout).toMatch(new RegExp(`::warning::${list}: HTTP 502; retry 2/3 in [0-2]s`));
    expect(run.stdout).toMatch(new RegExp(`::warning::${create}: 429 retry-after 1s; retry 1/3 in 1s`));
    expect(run.stdout).toMatch(new RegExp(`::warning::${create}: 403 retry-after 1s; retry 2/3 in 1s`));
    expect(run.stdout).toContain('Pull request comment created: no existing comment');
    // Four refusals, then one comment: a retried POST never posts twice.
    expect(f.gh.requestsMatching('POST', /\/issues\/54\/comments$/).map((r) => r.status)).toEqual([429, 403, 201]);
    expect(planComments(54, manifest)).toHaveLength(1);

    await expectConverged(ws, manifest, 54, [['rl', 'create']]);
    expect(f.gh.requestsMatching('POST', /\/issues\/54\/comments$/)).toHaveLength(3);
  }, 30000);

  it('fails fast, saying when the limit resets, when a GitHub rate limit outlasts the retry budget; the next run comments once', async () => {
    const manifest = 'exhausted.yaml';
    const ws = new Workspace();
    ws.write(manifest, manifestText({ ex: `model: ${MODEL}` }));
    f.gh.failNext(1, { kind: 'rate-limit-403', resetInSeconds: 3600 }, /\/issues\/55\/comments$/);

    const started = Date.now();
    const run = await plan(ws, manifest, 55);

    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::GitHub GET http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/models\/issues\/55\/comments\?per_page=100: 403 rate limit exhausted, resets at \S+; waiting 36\d\ds more would exceed the retry budget of 300s/
    );
    // The plan itself was made and is in the job summary; only the comment is missing.
    expect(run.summary).toContain('### emd-action plan for `exhausted.yaml`');
    expect(planComments(55, manifest)).toHaveLength(0);

    await expectConverged(ws, manifest, 55, [['ex', 'create']]);
  }, 30000);

  it('a 422 for a comment GitHub finds too long: a shorter one is tried; when even that is too long it fails naming GitHub\'s limit, the plan stays in the summary; the next run comments once', async () => {
    const manifest = 'long.yaml';
    const ws = new Workspace();
    ws.write(manifest, manifestText({ lg: `model: ${MODEL}` }));
    // GitHub's limit turns out lower than the 65,536 characters the renderer keeps under.
    f.gh.maxBodyChars = 600;

    const run = await plan(ws, manifest, 56);

    expect(run.code).toBe(1);
    expect(f.gh.requestsMatching('POST', /\/issues\/56\/comments$/).map((r) => r.status)).toEqual([422, 422]);
    expect(run.stdout).toContain('GitHub refused the comment as too long (limit 600); posting a shorter one');
    expect(run.stdout).toMatch(/::error::Sticky comment body is \d[\d,]* characters, over GitHub's limit of 600 \(GitHub answered 422: Validation Failed: .*body is too long \(maximum is 600 characters\)/);
    expect(run.summary).toContain('### emd-action plan for `long.yaml`');
    expect(planComments(56, manifest)).toHaveLength(0);

    f.gh.maxBodyChars = 65_536;
    await expectConverged(ws, manifest, 56, [['lg', 'create']]);
  }, 30000);
});
