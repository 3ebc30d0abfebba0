// One comment per pull request and manifest, found again by a hidden marker, among the comments the
// token's own identity wrote: anyone can post a comment holding the marker (with a valid-at far in
// the future, it would freeze the plan), so a marker in someone else's comment means nothing. The
// marker also carries the instant the plan was valid at, so a slow run that finishes after a newer
// one does not overwrite the newer plan.
import type { GitHubClient } from './client.js';

/** GitHub's limit on an issue comment body, in characters. */
export const MAX_COMMENT_CHARS = 65_536;

export interface StickyLogger {
  info(message: string): void;
  debug(message: string): void;
}

export interface UpsertStickyCommentOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Identity of the comment, e.g. `emd-action:plan:models.yaml`. */
  marker: string;
  body: string;
  hasChanges: boolean;
  /** When the plan in `body` was true; defaults to now. */
  validAt?: Date;
  /** Login of the token's identity; resolved with commentAuthor() when not given. */
  author?: string;
  log?: StickyLogger;
}

export type StickyAction = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface UpsertStickyCommentResult {
  action: StickyAction;
  url?: string;
  id?: number;
  reason: string;
}

export class CommentTooLongError extends Error {
  constructor(
    readonly length: number,
    readonly limit: number,
    detail = ''
  ) {
    super(
      `Sticky comment body is ${length} characters, over GitHub's limit of ${limit}${detail}; the plan renderer must trim it`
    );
    this.name = 'CommentTooLongError';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function markerPattern(marker: string): RegExp {
  return new RegExp(`^<!-- ${escapeRegExp(marker)}(?: valid-at=(\\S+))? -->[ \\t]*$`, 'm');
}

function validateMarker(marker: string): void {
  if (!marker || /[\r\n]/.test(marker) || marker.includes('--') || /\s/.test(marker)) {
    throw new Error(`Invalid sticky comment marker "${marker}": it must be one word without "--"`);
  }
}

export function markerLine(marker: string, validAt: Date): string {
  return `<!-- ${marker} valid-at=${validAt.toISOString()} -->`;
}

/** The body as posted: the marker line first, then the rendered text. */
export function withMarker(marker: string, body: string, validAt: Date): string {
  return `${markerLine(marker, validAt)}\n${body}`;
}

export interface ParsedMarker {
  validAt?: Date;
  /** The body with the marker line removed, for comparing content regardless of when it was valid. */
  content: string;
}

export function parseMarker(marker: string, body: string): ParsedMarker | undefined {
  const match = markerPattern(marker).exec(body);
  if (!match) return undefined;
  const at = match[1] ? new Date(match[1]) : undefined;
  const before = body.slice(0, match.index);
  let after = body.slice(match.index + match[0].length);
  if (after.startsWith('\r\n')) after = after.slice(2);
  else if (after.startsWith('\n')) after = after.slice(1);
  return { validAt: at && !Number.isNaN(at.getTime()) ? at : undefined, content: before + after };
}

function normalise(text: string): string {
  // GitHub stores bodies with CRLF in places; the rendered plan is LF.
  return text.replace(/\r\n/g, '\n').replace(/\s+$/, '');
}

interface CommentLike {
  id: number;
  body?: string | null;
  html_url: string;
  created_at: string;
  user?: { login?: string } | null;
}

/** The author of comments made with the workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token writes comments as. `GET /user` answers for personal access tokens and user
 * tokens; an installation token (GITHUB_TOKEN, a GitHub App) gets 403 "Resource not accessible by
 * integration" there, and GITHUB_TOKEN's comments are written by github-actions[bot]. A token of
 * another GitHub App writes as `<app-slug>[bot]`, which the token cannot tell: callers with such a
 * token pass `author` (the action itself uses GITHUB_TOKEN or a personal token).
 */
export async function commentAuthor(octokit: GitHubClient): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401 || status === 403 || status === 404) return GITHUB_ACTIONS_BOT;
    throw error;
  }
}

async function findNewest(opts: UpsertStickyCommentOptions, author: string): Promise<{ comment: CommentLike; parsed: ParsedMarker } | undefined> {
  const { octokit, owner, repo, issueNumber, marker } = opts;
  let foreign = 0;
  let newest: { comment: CommentLike; parsed: ParsedMarker } | undefined;
  let scanned = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })) {
    for (const comment of page.data) {
      scanned++;
      if (!comment.body) continue;
      const parsed = parseMarker(marker, comment.body);
      if (!parsed) continue;
      if (comment.user?.login !== author) {
        foreign++;
        continue;
      }
      const newer =
        !newest ||
        Date.parse(comment.created_at) > Date.parse(newest.comment.created_at) ||
        (comment.created_at === newest.comment.created_at && comment.id > newest.comment.id);
      if (newer) newest = { comment, parsed };
    }
  }
  opts.log?.debug(`sticky comment: scanned ${scanned} comments on #${issueNumber}, marker ${newest ? `found in ${newest.comment.id}` : 'not found'} among ${author}'s`);
  if (foreign > 0) opts.log?.info(`Ignored ${foreign} comment${foreign === 1 ? '' : 's'} with the plan marker not written by ${author}.`);
  return newest;
}

function explain422(error: unknown, length: number): never {
  const err = error as { status?: number; message?: string };
  if (err?.status === 422) {
    const tooLong = /too long|maximum is|body is too/i.test(err.message ?? '');
    // The limit GitHub applied, when it says: a body under ours was refused, so ours is not it.
    const stated = /maximum is ([\d,]+)/i.exec(err.message ?? '')?.[1];
    const limit = stated ? Number(stated.replace(/,/g, '')) : MAX_COMMENT_CHARS;
    if (tooLong) throw new CommentTooLongError(length, limit, ` (GitHub answered 422: ${err.message})`);
    throw new Error(`GitHub refused the sticky comment (422): ${err.message ?? 'validation failed'}`, { cause: error });
  }
  throw error;
}

export async function upsertStickyComment(opts: UpsertStickyCommentOptions): Promise<UpsertStickyCommentResult> {
  validateMarker(opts.marker);
  const validAt = opts.validAt ?? new Date();
  const body = withMarker(opts.marker, opts.body, validAt);
  if (body.length > MAX_COMMENT_CHARS) throw new CommentTooLongError(body.length, MAX_COMMENT_CHARS);

  const { octokit, owner, repo, issueNumber } = opts;
  const author = opts.author ?? (await commentAuthor(octokit));
  const existing = await findNewest(opts, author);

  if (!existing) {
    if (!opts.hasChanges) {
      opts.log?.info('No changes and no plan comment yet: not commenting.');
      return { action: 'skipped', reason: 'no changes and no existing comment' };
    }
    try {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
      opts.log?.info(`Comment created: ${data.html_url}`);
      return { action: 'created', id: data.id, url: data.html_url, reason: 'no existing comment' };
    } catch (error) {
      explain422(error, body.length);
    }
  }

  const { comment, parsed } = existing;
  if (parsed.validAt && parsed.validAt.getTime() > validAt.getTime()) {
    opts.log?.info(`Comment ${comment.html_url} was written by a newer run; leaving it.`);
    return {
      action: 'skipped',
      id: comment.id,
      url: comment.html_url,
      reason: `existing comment is newer (valid at ${parsed.validAt.toISOString()}, this plan at ${validAt.toISOString()})`
    };
  }
  if (normalise(parsed.content) === normalise(opts.body)) {
    opts.log?.info(`Comment ${comment.html_url} is already up to date.`);
    return { action: 'unchanged', id: comment.id, url: comment.html_url, reason: 'body is identical' };
  }
  try {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body });
    opts.log?.info(`Comment updated: ${data.html_url}`);
    return { action: 'updated', id: data.id, url: data.html_url, reason: 'body changed' };
  } catch (error) {
    explain422(error, body.length);
  }
}
