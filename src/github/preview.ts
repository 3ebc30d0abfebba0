// What the preview commands need from GitHub: who may ask (the commenter's permission from the
// API, never from the comment), the pull request as GitHub has it now (head commit, fork, state),
// the manifest at the head commit as DATA through the contents API (nothing from the pull request is
// checked out or run), and the replies. A reply carries a hidden state line so that a command sent
// while a preview is being deployed is answered instead of started twice.
import type { GitHubClient } from './client.js';

export const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);

/** `admin`, `write`, `read` or `none`. */
export async function permissionOf(octokit: GitHubClient, owner: string, repo: string, username: string): Promise<string> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
    // `permission` is the base level (maintain counts as write, triage as read); `role_name` may be a
    // custom role's name, which says nothing by itself, so the decision rests on `permission`.
    return (data.permission || 'none').toLowerCase();
  } catch (error) {
    // Not a collaborator at all.
    if ((error as { status?: number }).status === 404) return 'none';
    throw error;
  }
}

export interface PullRequestNow {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  headSha: string;
  headRepoFullName: string;
  baseRef: string;
  htmlUrl: string;
}

export async function readPullRequest(octokit: GitHubClient, owner: string, repo: string, number: number): Promise<PullRequestNow> {
  const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
  return {
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(data.merged_at),
    headSha: data.head?.sha ?? '',
    headRepoFullName: data.head?.repo?.full_name ?? '',
    baseRef: data.base?.ref ?? '',
    htmlUrl: data.html_url
  };
}

/** The file at `ref` as bytes; undefined when it does not exist there. */
export async function readFileAt(octokit: GitHubClient, owner: string, repo: string, path: string, ref: string): Promise<Uint8Array | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') throw new Error(`${path} at ${ref.slice(0, 12)} is not a file`);
    const file = data as { content?: string; encoding?: string; size?: number; download_url?: string | null };
    if (file.encoding === 'base64' && typeof file.content === 'string') return Buffer.from(file.content, 'base64');
    // Files over 1 MB come without content; a manifest that large is refused by the loader anyway.
    throw new Error(`${path} at ${ref.slice(0, 12)} is ${file.size ?? '?'} bytes, too large to read through the contents API`);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

// ---- replies and their state ----------------------------------------------------------------------

export interface PreviewState {
  state: 'running' | 'done';
  pr: number;
  names: string[];
  /** ISO-8601: when the run started. */
  since: string;
}

const STATE_LINE = /^<!-- emd-action:preview (\{.*\}) -->$/m;

export function stateLine(s: PreviewState): string {
  return `<!-- emd-action:preview ${JSON.stringify(s)} -->`;
}

export function parseState(body: string | null | undefined): PreviewState | undefined {
  const m = body ? STATE_LINE.exec(body) : null;
  if (!m) return undefined;
  try {
    const s = JSON.parse(m[1]) as PreviewState;
    if ((s.state === 'running' || s.state === 'done') && Number.isInteger(s.pr) && Array.isArray(s.names) && typeof s.since === 'string') return s;
  } catch {
    // not ours
  }
  return undefined;
}

export interface PostedComment {
  id: number;
  url: string;
  /** Who the token posts as; only their state lines are trusted. */
  author: string;
}

export async function postReply(octokit: GitHubClient, owner: string, repo: string, issueNumber: number, body: string): Promise<PostedComment> {
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { id: data.id, url: data.html_url, author: data.user?.login ?? '' };
}

export async function editReply(octokit: GitHubClient, owner: string, repo: string, id: number, body: string): Promise<void> {
  await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
}

export interface RunningPreview {
  id: number;
  url: string;
  state: PreviewState;
}

/**
 * Replies of this token's author whose state says a preview run is still going, started after
 * `since` (older ones belong to a run that died and are ignored). Anyone can paste a state line into
 * a comment, so only the token's own comments count.
 */
export async function runningPreviews(
  octokit: GitHubClient,
  o: { owner: string; repo: string; issueNumber: number; author: string; notBefore: Date }
): Promise<RunningPreview[]> {
  const out: RunningPreview[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: o.owner, repo: o.repo, issue_number: o.issueNumber, per_page: 100 })) {
    for (const c of page.data) {
      if (c.user?.login !== o.author) continue;
      const state = parseState(c.body);
      if (!state || state.state !== 'running' || state.pr !== o.issueNumber) continue;
      if (Date.parse(state.since) < o.notBefore.getTime()) continue;
      out.push({ id: c.id, url: c.html_url, state });
    }
  }
  return out.sort((a, b) => a.id - b.id);
}
