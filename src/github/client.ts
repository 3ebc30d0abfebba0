// The one place the GitHub client is made, so every call goes through the same retry policy and
// the same API base URL (GITHUB_API_URL, which the end-to-end tests point at a loopback fake).
import { getOctokit } from '@actions/github';
import { installRetry, type RetryOptions } from './retry.js';
import { httpClientFetch } from './http-fetch.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export function createOctokit(token: string, apiUrl: string, retry: RetryOptions = {}): GitHubClient {
  if (!token) throw new Error('A GitHub token is required (input github-token)');
  const baseUrl = apiUrl.replace(/\/+$/, '');
  // Every call goes through @actions/http-client (src/github/http-fetch.ts), which reads the proxy
  // settings for each URL: a loopback API (the end-to-end fakes) is reached directly.
  const octokit = getOctokit(token, { baseUrl, request: { fetch: httpClientFetch() } });
  installRetry(octokit, retry);
  return octokit;
}
