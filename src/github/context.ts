// The run's GitHub context, read from the variables and event file the runner provides. Read at
// call time (not at import, as @actions/github's `context` singleton does) so that tests and the
// CLI can set the environment after modules are loaded.
import { readFileSync } from 'node:fs';

export interface PullRequestContext {
  number: number;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository; empty when the fork was deleted. */
  headRepoFullName: string;
  /** Head lives in another repository: the token is read-only and secrets are withheld. */
  isFork: boolean;
  baseRef: string;
  /** The base branch's commit the pull request is compared with (absent in older payloads). */
  baseSha?: string;
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  defaultBranch?: string;
  pullRequest?: PullRequestContext;
  serverUrl: string;
  runUrl: string;
  apiUrl: string;
  /** The parsed event payload, for the few readers that need more than the fields above. */
  payload: Record<string, unknown>;
}

type Env = Record<string, string | undefined>;

const DEFAULT_SERVER_URL = 'https://github.com';
const DEFAULT_API_URL = 'https://api.github.com';

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`GITHUB_EVENT_PATH names a file that cannot be read (${(error as Error).message})`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch (error) {
    throw new Error(`GITHUB_EVENT_PATH is not valid JSON (${(error as Error).message})`);
  }
}

function obj(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function pullRequestFrom(payload: Record<string, unknown>): PullRequestContext | undefined {
  const pr = obj(payload.pull_request);
  if (!pr || typeof pr.number !== 'number') return undefined;
  const head = obj(pr.head) ?? {};
  const base = obj(pr.base) ?? {};
  const headRepo = obj(head.repo);
  const baseRepo = obj(base.repo);
  const headRepoFullName = str(headRepo?.full_name) ?? '';
  const baseRepoFullName = str(baseRepo?.full_name) ?? '';
  return {
    number: pr.number,
    headSha: str(head.sha) ?? '',
    headRef: str(head.ref) ?? '',
    headRepoFullName,
    // A deleted fork has no head repo; treat it like any fork.
    isFork: headRepoFullName === '' || (baseRepoFullName !== '' && headRepoFullName.toLowerCase() !== baseRepoFullName.toLowerCase()),
    baseRef: str(base.ref) ?? '',
    baseSha: str(base.sha) ?? ''
  };
}

export function readRunContext(env: Env = process.env): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const repository = obj(payload.repository);

  let owner: string | undefined;
  let repo: string | undefined;
  if (env.GITHUB_REPOSITORY) {
    const parts = env.GITHUB_REPOSITORY.split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      throw new Error(`GITHUB_REPOSITORY must look like owner/name, got "${env.GITHUB_REPOSITORY}"`);
    }
    [owner, repo] = parts;
  } else if (repository) {
    owner = str(obj(repository.owner)?.login);
    repo = str(repository.name);
  }
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set and the event payload names no repository');

  const serverUrl = (env.GITHUB_SERVER_URL || DEFAULT_SERVER_URL).replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    defaultBranch: str(repository?.default_branch),
    pullRequest: pullRequestFrom(payload),
    serverUrl,
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : `${serverUrl}/${owner}/${repo}/actions`,
    apiUrl,
    payload
  };
}
