import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOctokit } from '../../src/github/client.js';
import { readRunContext } from '../../src/github/context.js';
import { findPullRequestForCommit } from '../../src/github/pulls.js';
import { FakeGitHubApi } from '../fakes/github-api.js';

describe('readRunContext', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'emd-ctx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const event = (name: string, payload: unknown) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(payload));
    return path;
  };

  const base = {
    GITHUB_REPOSITORY: 'acme/llms',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_SERVER_URL: 'http://127.0.0.1:1',
    GITHUB_API_URL: 'http://127.0.0.1:2/',
    GITHUB_RUN_ID: '99'
  };

  it('reads a pull request from a fork', () => {
    const ctx = readRunContext({
      ...base,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_EVENT_PATH: event('pr-fork', {
        repository: { name: 'llms', owner: { login: 'acme' }, default_branch: 'trunk' },
        pull_request: {
          number: 7,
          head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: 'mallory/llms' } },
          base: { ref: 'trunk', repo: { full_name: 'acme/llms' } }
        }
      })
    });
    expect(ctx).toMatchObject({
      eventName: 'pull_request',
      owner: 'acme',
      repo: 'llms',
      sha: 'a'.repeat(40),
      ref: 'refs/pull/7/merge',
      defaultBranch: 'trunk',
      pullRequest: { number: 7, headSha: 'b'.repeat(40), headRepoFullName: 'mallory/llms', isFork: true, baseRef: 'trunk' },
      runUrl: 'http://127.0.0.1:1/acme/llms/actions/runs/99',
      apiUrl: 'http://127.0.0.1:2'
    });
  });

  it('sees a same-repository pull request as not a fork, and a deleted head repo as one', () => {
    const pr = (headRepo: unknown) =>
      readRunContext({
        ...base,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event('pr', {
          pull_request: { number: 3, head: { sha: 'c', ref: 'x', repo: headRepo }, base: { ref: 'main', repo: { full_name: 'acme/llms' } } }
        })
      }).pullRequest;
    expect(pr({ full_name: 'acme/llms' })?.isFork).toBe(false);
    expect(pr(null)?.isFork).toBe(true);
  });

  it('has no pull request on push, and defaults the URLs', () => {
    const ctx = readRunContext({
      GITHUB_REPOSITORY: 'acme/llms',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_PATH: event('push', { repository: { default_branch: 'main' } })
    });
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.defaultBranch).toBe('main');
    expect(ctx.apiUrl).toMatch(/^https:\/\/api\./);
  });

  it('explains a bad event file or repository', () => {
    expect(() => readRunContext({ ...base, GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toThrow(/GITHUB_EVENT_PATH/);
    expect(() => readRunContext({ GITHUB_REPOSITORY: 'nope' })).toThrow(/owner\/name/);
  });
});

describe('findPullRequestForCommit', () => {
  const fake = new FakeGitHubApi();
  beforeAll(async () => {
    await fake.start();
  });
  afterAll(() => fake.close());

  it('prefers the merged pull request and calls the commit pulls endpoint', async () => {
    const sha = 'd'.repeat(40);
    fake.addPullRequest({ owner: 'acme', repo: 'llms', number: 4, headSha: 'e', commits: [sha], state: 'open' });
    fake.addPullRequest({ owner: 'acme', repo: 'llms', number: 5, headSha: 'f', mergeCommitSha: sha, state: 'closed', mergedAt: '2026-01-01T00:00:00Z' });
    const octokit = createOctokit('ghs_fake', fake.url);
    const pr = await findPullRequestForCommit(octokit, 'acme', 'llms', sha);
    expect(pr).toMatchObject({ number: 5, merged: true, baseRef: 'main' });
    expect(fake.requestsMatching('GET', new RegExp(`^/repos/acme/llms/commits/${sha}/pulls$`))).toHaveLength(1);
    await expect(findPullRequestForCommit(octokit, 'acme', 'llms', '0'.repeat(40))).resolves.toBeUndefined();
  });
});
