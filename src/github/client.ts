// The one place the GitHub client is made, so every call goes through the same retry policy and
// the same API base URL (GITHUB_API_URL, which the end-to-end tests point at a loopback fake).
import { getOctokit } from '@actions/github';
import { installRetry, type RetryOptions } from './retry.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}

function proxyConfigured(): boolean {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((name) => !!process.env[name]);
}

export function createOctokit(token: string, apiUrl: string, retry: RetryOptions = {}): GitHubClient {
  if (!token) throw new Error('A GitHub token is required (input github-token)');
  const baseUrl = apiUrl.replace(/\/+$/, '');
  // @actions/github binds its default fetch to the proxy settings of the API URL it saw at import
  // time; a loopback URL chosen later must not be sent through that proxy. Without a proxy setting
  // its fetch goes direct, and Node's own fetch (a second HTTP client to load) is not needed.
  const request = isLoopback(baseUrl) && proxyConfigured() ? { fetch: globalThis.fetch } : undefined;
  const octokit = getOctokit(token, { baseUrl, ...(request ? { request } : {}) });
  installRetry(octokit, retry);
  return octokit;
}
