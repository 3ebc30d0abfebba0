// Retries for GitHub REST calls, installed once on the octokit so that every call the action makes
// (comments, issues, pagination pages) rides out rate limits and transient server errors the same
// way. Validation errors (4xx other than rate limiting) are the caller's problem and never retried.

import type { GitHubClient } from './client.js';

export interface RetryLogger {
  warning(message: string): void;
  debug(message: string): void;
}

export interface RetryOptions {
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Upper bound on the sum of all waits for one call; a rate limit that resets later fails fast. */
  maxTotalWaitMs?: number;
  /** First backoff step for 5xx and network errors; doubles each retry, with full jitter. */
  baseDelayMs?: number;
  /** Used when GitHub says "secondary rate limit" or 429 without telling how long to wait. */
  defaultRateLimitWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  log?: RetryLogger;
}

export const RETRY_DEFAULTS = {
  maxRetries: 3,
  maxTotalWaitMs: 5 * 60_000,
  baseDelayMs: 1_000,
  defaultRateLimitWaitMs: 60_000
} as const;

export type RetryDecision =
  | { kind: 'rate-limit'; waitMs: number; why: string }
  | { kind: 'transient'; why: string }
  | { kind: 'fatal' };

/** Shape of @octokit/request-error's RequestError, kept structural so no transitive dep is imported. */
interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function header(err: HttpErrorLike, name: string): string | undefined {
  const v = err.response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

function bodyMessage(err: HttpErrorLike): string {
  const data = err.response?.data;
  if (data && typeof data === 'object' && 'message' in data) return String((data as { message: unknown }).message);
  return err.message ?? '';
}

export function classifyGitHubError(error: unknown, now: number, defaultRateLimitWaitMs: number): RetryDecision {
  const err = (error ?? {}) as HttpErrorLike;
  const status = typeof err.status === 'number' ? err.status : undefined;
  if (status === undefined) return { kind: 'fatal' };

  if (status === 403 || status === 429) {
    const retryAfter = header(err, 'retry-after');
    if (retryAfter !== undefined) {
      const seconds = Number(retryAfter);
      if (Number.isFinite(seconds) && seconds >= 0) {
        return { kind: 'rate-limit', waitMs: Math.ceil(seconds * 1000), why: `${status} retry-after ${retryAfter}s` };
      }
      const at = Date.parse(retryAfter);
      if (Number.isFinite(at)) return { kind: 'rate-limit', waitMs: Math.max(0, at - now), why: `${status} retry-after ${retryAfter}` };
    }
    if (header(err, 'x-ratelimit-remaining') === '0') {
      const reset = Number(header(err, 'x-ratelimit-reset'));
      // One extra second: the reset instant is rounded down to whole seconds by GitHub.
      const waitMs = Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : defaultRateLimitWaitMs;
      return { kind: 'rate-limit', waitMs, why: `${status} rate limit exhausted, resets at ${new Date(now + waitMs).toISOString()}` };
    }
    if (status === 429 || /secondary rate limit|abuse/i.test(bodyMessage(err))) {
      return { kind: 'rate-limit', waitMs: defaultRateLimitWaitMs, why: `${status} secondary rate limit` };
    }
    return { kind: 'fatal' };
  }
  // @octokit/request reports network failures as status 500 without a response.
  if (status >= 500 || status === 0) {
    return { kind: 'transient', why: err.response ? `HTTP ${status}` : `network error: ${err.message ?? 'unknown'}` };
  }
  return { kind: 'fatal' };
}

export class RetryBudgetExceededError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown
  ) {
    super(message);
    this.name = 'RetryBudgetExceededError';
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` until it succeeds, a fatal error occurs, or the retry budget is spent. */
export async function withGitHubRetry<T>(attempt: () => Promise<T>, label: string, options: RetryOptions = {}): Promise<T> {
  const maxRetries = options.maxRetries ?? RETRY_DEFAULTS.maxRetries;
  const maxTotalWaitMs = options.maxTotalWaitMs ?? RETRY_DEFAULTS.maxTotalWaitMs;
  const baseDelayMs = options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs;
  const defaultRateLimitWaitMs = options.defaultRateLimitWaitMs ?? RETRY_DEFAULTS.defaultRateLimitWaitMs;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;

  let waited = 0;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const decision = classifyGitHubError(error, now(), defaultRateLimitWaitMs);
      if (decision.kind === 'fatal') throw error;
      if (retry >= maxRetries) {
        if (decision.kind === 'rate-limit') {
          throw new RetryBudgetExceededError(`GitHub ${label}: still rate limited after ${retry} retries (${decision.why})`, error);
        }
        throw error;
      }
      const waitMs =
        decision.kind === 'rate-limit' ? decision.waitMs : Math.round(random() * baseDelayMs * 2 ** retry);
      if (waited + waitMs > maxTotalWaitMs) {
        throw new RetryBudgetExceededError(
          `GitHub ${label}: ${decision.why}; waiting ${Math.ceil(waitMs / 1000)}s more would exceed the retry budget of ${Math.ceil(maxTotalWaitMs / 1000)}s`,
          error
        );
      }
      options.log?.warning(`GitHub ${label}: ${decision.why}; retry ${retry + 1}/${maxRetries} in ${Math.ceil(waitMs / 1000)}s`);
      waited += waitMs;
      await sleep(waitMs);
    }
  }
}

/** Wraps every request the octokit makes (including each pagination page) with `withGitHubRetry`. */
export function installRetry(octokit: GitHubClient, options: RetryOptions = {}): void {
  octokit.hook.wrap('request', (request, requestOptions) =>
    withGitHubRetry(async () => request(requestOptions), `${requestOptions.method} ${requestOptions.url}`, options)
  );
}
