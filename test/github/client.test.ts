// The GitHub client and proxies: @actions/github binds its fetch to the proxy of the API URL it
// saw at import time. A loopback API (the end-to-end tests' fake) must never go through a proxy,
// and without a proxy setting no second HTTP client is needed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeGitHubApi } from '../fakes/github-api.js';

// A proxy that answers nothing, set before @actions/github is loaded.
process.env.HTTPS_PROXY = 'http://127.0.0.1:9';
const { createOctokit } = await import('../../src/github/client.js');

describe('createOctokit behind a proxy setting', () => {
  const fake = new FakeGitHubApi();
  beforeAll(async () => {
    await fake.start();
  });
  afterAll(() => {
    delete process.env.HTTPS_PROXY;
    return fake.close();
  });

  it('reaches a loopback API directly, not through the proxy', async () => {
    const octokit = createOctokit('ghs_x', fake.url, { maxRetries: 0 });
    const created = await octokit.rest.issues.create({ owner: 'o', repo: 'r', title: 'Direct' });
    expect(created.data.title).toBe('Direct');
    expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', path: '/repos/o/r/issues' });
  });
});
