// The GitHub fake itself: what the action relies on GitHub doing must be what the fake does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOctokit } from '../../src/github/client.js';
import { FakeGitHubApi } from './github-api.js';

describe('FakeGitHubApi', () => {
  const fake = new FakeGitHubApi();
  beforeAll(async () => {
    await fake.start();
  });
  afterAll(() => fake.close());

  it('paginates with Link headers that point back at the fake', async () => {
    for (let i = 0; i < 5; i++) fake.seedComment({ owner: 'o', repo: 'r', issueNumber: 1, body: `c${i}` });
    const res = await fetch(`${fake.url}/repos/o/r/issues/1/comments?per_page=2&page=2`, { headers: { authorization: 'Bearer x' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { body: string }[]).map((c) => c.body)).toEqual(['c2', 'c3']);
    const link = res.headers.get('link') ?? '';
    expect(link).toContain(`<${fake.url}/repos/o/r/issues/1/comments?per_page=2&page=3>; rel="next"`);
    expect(link).toContain(`<${fake.url}/repos/o/r/issues/1/comments?per_page=2&page=3>; rel="last"`);
    expect(link).toContain('rel="prev"');

    const last = await fetch(`${fake.url}/repos/o/r/issues/1/comments?per_page=2&page=3`, { headers: { authorization: 'token x' } });
    expect(last.headers.get('link')).not.toContain('rel="next"');
  });

  it('refuses requests without a token', async () => {
    const res = await fetch(`${fake.url}/repos/o/r/issues/1/comments`);
    expect(res.status).toBe(401);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: '/repos/o/r/issues/1/comments', status: 401 });
  });

  it('creates, updates and lists issues with label filters, through octokit', async () => {
    const octokit = createOctokit('ghs_x', fake.url);
    const created = await octokit.rest.issues.create({ owner: 'o', repo: 'r', title: 'Fleet', body: 'b', labels: ['emd-fleet'] });
    await octokit.rest.issues.create({ owner: 'o', repo: 'r', title: 'Other' });
    await octokit.rest.issues.update({ owner: 'o', repo: 'r', issue_number: created.data.number, body: 'b2' });
    const listed = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: 'o', repo: 'r', labels: 'emd-fleet', state: 'open' });
    expect(listed.map((i) => [i.title, i.body])).toEqual([['Fleet', 'b2']]);
    const got = await octokit.rest.issues.get({ owner: 'o', repo: 'r', issue_number: created.data.number });
    expect(got.data.labels).toEqual([expect.objectContaining({ name: 'emd-fleet' })]);
    expect(fake.requests.filter((r) => r.path === '/repos/o/r/issues').map((r) => [r.method, r.query.labels])).toEqual([
      ['POST', undefined],
      ['POST', undefined],
      ['GET', 'emd-fleet']
    ]);
  });

  it('answers 422 for a body over the limit and 404 for an unknown comment', async () => {
    const octokit = createOctokit('ghs_x', fake.url, { sleep: async () => undefined });
    await expect(octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'z'.repeat(65_537) })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('body is too long')
    });
    await expect(octokit.rest.issues.getComment({ owner: 'o', repo: 'r', comment_id: 1 })).rejects.toMatchObject({ status: 404 });
  });
});
