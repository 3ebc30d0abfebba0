// One file of the repository at a given commit, through the REST contents API ("Get repository
// content"): pull request checkouts are often shallow, so the base branch's copy of the manifest
// is read from GitHub rather than from git. Files up to 1 MB come back base64-encoded in the JSON.
import type { GitHubClient } from './client.js';

/** The file's text, or undefined when it does not exist at that commit (404). */
export async function readFileAtRef(octokit: GitHubClient, o: { owner: string; repo: string; path: string; ref: string }): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: o.owner, repo: o.repo, path: o.path, ref: o.ref });
    if (Array.isArray(data) || data.type !== 'file') throw new Error(`${o.path} at ${o.ref} is not a file`);
    if (!('content' in data) || data.encoding !== 'base64') throw new Error(`${o.path} at ${o.ref} is too large for the contents API`);
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
