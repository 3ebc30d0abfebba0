import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createOctokit, type GitHubClient } from '../../src/github/client.js';
import {
  commentAuthor,
  CommentTooLongError,
  MAX_COMMENT_CHARS,
  parseMarker,
  upsertStickyComment,
  type UpsertStickyCommentOptions
} from '../../src/github/sticky-comment.js';
import { FakeGitHubApi } from '../fakes/github-api.js';

const OWNER = 'acme';
const REPO = 'llms';
const PR = 7;
const MARKER = 'emd-action:plan:models.yaml';

describe('upsertStickyComment against the fake GitHub API', () => {
  const fake = new FakeGitHubApi();
  let octokit: GitHubClient;
  let sleeps: number[];

  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.comments.length = 0;
    fake.requests.length = 0;
    fake.clearFaults();
    sleeps = [];
    octokit = createOctokit('ghs_fake', fake.url, {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5
    });
  });

  const upsert = (over: Partial<UpsertStickyCommentOptions> = {}) =>
    upsertStickyComment({
      octokit,
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      marker: MARKER,
      body: '## Plan\n+ create qwen',
      hasChanges: true,
      validAt: new Date('2026-03-01T10:00:00Z'),
      author: 'github-actions[bot]',
      ...over
    });

  it('creates on the first run, then edits the same comment when the body changes', async () => {
    const first = await upsert();
    expect(first.action).toBe('created');
    expect(first.id).toEqual(expect.any(Number));
    expect(first.url).toContain(`#issuecomment-${first.id}`);
    const [stored] = fake.commentsOn(OWNER, REPO, PR);
    expect(stored.body.split('\n')[0]).toBe(`<!-- ${MARKER} valid-at=2026-03-01T10:00:00.000Z -->`);

    const second = await upsert({ body: '## Plan\n~ update qwen', validAt: new Date('2026-03-01T11:00:00Z') });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(fake.commentsOn(OWNER, REPO, PR)).toHaveLength(1);
    expect(fake.commentsOn(OWNER, REPO, PR)[0].body).toContain('~ update qwen');
    expect(fake.requestsMatching('PATCH', new RegExp(`/issues/comments/${first.id}$`))).toHaveLength(1);
  });

  it('leaves an identical body alone even when the new run is later', async () => {
    const first = await upsert();
    const again = await upsert({ validAt: new Date('2026-03-02T00:00:00Z') });
    expect(again).toMatchObject({ action: 'unchanged', id: first.id });
    expect(fake.requestsMatching('PATCH', /comments/)).toHaveLength(0);
  });

  it('creates nothing when there are no changes and no comment yet', async () => {
    const result = await upsert({ hasChanges: false, body: 'No changes.' });
    expect(result).toEqual({ action: 'skipped', reason: 'no changes and no existing comment' });
    expect(fake.commentsOn(OWNER, REPO, PR)).toHaveLength(0);
    expect(fake.requestsMatching('POST', /comments/)).toHaveLength(0);
  });

  it('updates an existing comment to say there are no changes any more', async () => {
    const first = await upsert();
    const result = await upsert({ hasChanges: false, body: 'No changes.', validAt: new Date('2026-03-01T12:00:00Z') });
    expect(result).toMatchObject({ action: 'updated', id: first.id });
    expect(parseMarker(MARKER, fake.commentsOn(OWNER, REPO, PR)[0].body)?.content).toBe('No changes.');
  });

  it('skips when a newer run already wrote the comment', async () => {
    await upsert({ validAt: new Date('2026-03-01T12:00:00Z'), body: 'newer plan' });
    const stale = await upsert({ validAt: new Date('2026-03-01T11:00:00Z'), body: 'older plan' });
    expect(stale.action).toBe('skipped');
    expect(stale.reason).toMatch(/newer/);
    expect(fake.commentsOn(OWNER, REPO, PR)[0].body).toContain('newer plan');
  });

  it('finds the marker on page 2 behind 130 comments from other bots, and updates the newest match', async () => {
    for (let i = 0; i < 130; i++) {
      fake.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `coverage report ${i}`, user: { login: 'codecov[bot]', id: 22429695 } });
    }
    const older = fake.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `<!-- ${MARKER} valid-at=2026-02-01T00:00:00.000Z -->\nold`, user: { login: 'someone', type: 'User' } });
    const newest = fake.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `<!-- ${MARKER} valid-at=2026-02-02T00:00:00.000Z -->\nless old` });
    // A different manifest's marker shares a prefix and must not match.
    fake.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `<!-- ${MARKER}.bak valid-at=2026-02-03T00:00:00.000Z -->\nother` });

    const result = await upsert();
    expect(result).toMatchObject({ action: 'updated', id: newest.id });
    expect(fake.comments.find((c) => c.id === older.id)?.body).toContain('\nold');

    const listCalls = fake.requestsMatching('GET', /\/issues\/7\/comments$/);
    expect(listCalls.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(listCalls.every((r) => r.query.per_page === '100')).toBe(true);
  });

  it('rides out a 403 rate limit and a 429 retry-after with an instant sleep', async () => {
    fake.failNext(1, { kind: 'rate-limit-403', resetInSeconds: 20 });
    fake.failNext(1, { kind: 'retry-after-429', retryAfterSeconds: 7 });
    const result = await upsert();
    expect(result.action).toBe('created');
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThan(15_000);
    expect(sleeps[0]).toBeLessThanOrEqual(22_000);
    expect(sleeps[1]).toBe(7_000);
    expect(fake.requests.filter((r) => r.status === 403 || r.status === 429)).toHaveLength(2);
  });

  it('rides out a secondary rate limit on the update itself', async () => {
    await upsert();
    fake.failNext(1, { kind: 'retry-after-403', retryAfterSeconds: 3 }, /^PATCH /);
    const result = await upsert({ body: 'changed', validAt: new Date('2026-03-01T10:30:00Z') });
    expect(result.action).toBe('updated');
    expect(sleeps).toEqual([3_000]);
  });

  it('retries 5xx with backoff, and gives up after the bounded number of retries', async () => {
    fake.failNext(2, { kind: 'server-error', status: 502 });
    await expect(upsert()).resolves.toMatchObject({ action: 'created' });
    expect(sleeps).toEqual([500, 1000]);

    sleeps.length = 0;
    fake.failNext(10, { kind: 'server-error' });
    await expect(upsert({ body: 'x' })).rejects.toMatchObject({ status: 500 });
    expect(sleeps).toHaveLength(3);
    fake.clearFaults();
  });

  it('fails fast when the rate limit resets later than the retry budget allows', async () => {
    octokit = createOctokit('ghs_fake', fake.url, { sleep: async (ms) => void sleeps.push(ms), maxTotalWaitMs: 10_000 });
    fake.failNext(1, { kind: 'rate-limit-403', resetInSeconds: 3600 });
    await expect(upsert()).rejects.toThrow(/rate limit.*retry budget/);
    expect(sleeps).toHaveLength(0);
  });

  it('never retries a 403 that is not a rate limit', async () => {
    fake.failNext(1, { kind: 'forbidden' });
    await expect(upsert()).rejects.toMatchObject({ status: 403 });
    expect(sleeps).toHaveLength(0);
    expect(fake.requests).toHaveLength(1);
  });

  it('refuses an oversized body before calling GitHub', async () => {
    await expect(upsert({ body: 'x'.repeat(MAX_COMMENT_CHARS) })).rejects.toBeInstanceOf(CommentTooLongError);
    expect(fake.requests).toHaveLength(0);
  });

  it('surfaces GitHub 422 for size as a clear error, without retrying', async () => {
    fake.maxBodyChars = 100;
    try {
      await expect(upsert({ body: 'y'.repeat(200) })).rejects.toThrow(/over GitHub's limit.*422.*too long/);
      expect(fake.requestsMatching('POST', /comments/)).toHaveLength(1);
      expect(sleeps).toHaveLength(0);
    } finally {
      fake.maxBodyChars = 65_536;
    }
  });

  it('sends the token on every request', async () => {
    await upsert();
    expect(fake.requests.every((r) => r.authorization === 'token ghs_fake')).toBe(true);
  });
});

describe('parseMarker', () => {
  it('reads valid-at and strips only the marker line', () => {
    const parsed = parseMarker(MARKER, `<!-- ${MARKER} valid-at=2026-01-01T00:00:00.000Z -->\nhello\nworld`);
    expect(parsed?.validAt?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(parsed?.content).toBe('hello\nworld');
  });
  it('accepts a marker without valid-at and rejects a longer marker', () => {
    expect(parseMarker(MARKER, `<!-- ${MARKER} -->\nx`)?.validAt).toBeUndefined();
    expect(parseMarker(MARKER, `<!-- ${MARKER}x valid-at=2026-01-01T00:00:00.000Z -->`)).toBeUndefined();
  });
});

describe('the sticky comment is found only among the token identity’s own comments (issue 13)', () => {
  const fake = new FakeGitHubApi();
  let octokit: GitHubClient;
  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.comments.length = 0;
    fake.requests.length = 0;
    fake.actor = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
    octokit = createOctokit('ghs_fake', fake.url, { sleep: async () => undefined, random: () => 0.5 });
  });
  const upsert = (body: string, validAt: string) =>
    upsertStickyComment({ octokit, owner: OWNER, repo: REPO, issueNumber: PR, marker: MARKER, body, hasChanges: true, validAt: new Date(validAt) });

  it('GITHUB_TOKEN: GET /user is refused to installation tokens, so the author is github-actions[bot]', async () => {
    await expect(commentAuthor(octokit)).resolves.toBe('github-actions[bot]');
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /user 403']);
  });

  it('a personal token: the author is the token’s user', async () => {
    fake.actor = { login: 'release-bot-user', id: 5, type: 'User' };
    await expect(commentAuthor(octokit)).resolves.toBe('release-bot-user');
  });

  it('a commenter’s marker with a valid-at in the future neither freezes nor is edited', async () => {
    const frozen = `<!-- ${MARKER} valid-at=2999-01-01T00:00:00.000Z -->\n## Plan\nnothing to see`;
    const mallory = fake.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: frozen, user: { login: 'mallory', id: 666, type: 'User' } });
    const first = await upsert('## Plan\n+ create qwen', '2026-03-01T10:00:00Z');
    expect(first.action).toBe('created');
    const second = await upsert('## Plan\n+ create qwen, llama', '2026-03-01T11:00:00Z');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(fake.commentsOn(OWNER, REPO, PR).find((c) => c.id === mallory.id)!.body).toBe(frozen);
    expect(fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/${first.id}`]);
  });
});
