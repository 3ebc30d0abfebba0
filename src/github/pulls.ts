// On a push to the default branch the event names no pull request; the commit's associated pull
// requests tell which one was merged, so the apply can report back on it.
import type { GitHubClient } from './client.js';

export interface AssociatedPullRequest {
  number: number;
  state: string;
  merged: boolean;
  headSha: string;
  baseRef: string;
  htmlUrl: string;
}

export async function findPullRequestForCommit(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  sha: string
): Promise<AssociatedPullRequest | undefined> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 });
  const pulls = data.map((pr) => ({
    number: pr.number,
    state: pr.state,
    merged: Boolean(pr.merged_at),
    headSha: pr.head?.sha ?? '',
    baseRef: pr.base?.ref ?? '',
    htmlUrl: pr.html_url
  }));
  return pulls.find((p) => p.merged) ?? pulls.find((p) => p.state === 'open') ?? pulls[0];
}
