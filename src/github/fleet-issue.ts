// One issue per manifest that the hourly teardown keeps up to date with the state of the fleet.
// Found again by label (cheap to list) and a hidden marker in the body (which manifest), never by
// author or title: the token may change, and people edit titles. A read-only token (403) is worth
// a warning, not a failed teardown: the job summary has the same report.
import type { GitHubClient } from './client.js';

export const FLEET_LABEL = 'emd-fleet';

export interface FleetIssueOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  manifest: string;
  title: string;
  body: string;
  log?: { info(message: string): void; warning(message: string): void };
}

export type FleetIssueResult =
  | { action: 'created' | 'updated' | 'unchanged'; number: number; url: string }
  | { action: 'skipped'; reason: string };

/** One word, so the marker cannot be confused with another manifest's. */
export function fleetMarker(manifest: string): string {
  return `<!-- emd-action:fleet:${encodeURIComponent(manifest.replace(/^\.\//, ''))} -->`;
}

function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\s+$/, '');
}

export async function upsertFleetIssue(opts: FleetIssueOptions): Promise<FleetIssueResult> {
  const { octokit, owner, repo } = opts;
  const marker = fleetMarker(opts.manifest);
  const body = `${marker}\n${opts.body}`;
  try {
    // Closed issues count too: closing the issue is how someone silences it, not a request for a new one.
    let found: { number: number; body?: string | null; html_url: string; state?: string } | undefined;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner, repo, labels: FLEET_LABEL, state: 'all', per_page: 100 })) {
      for (const issue of page.data) {
        if ((issue as { pull_request?: unknown }).pull_request) continue;
        if (issue.body?.includes(marker) && (!found || (found.state !== 'open' && issue.state === 'open'))) found = issue;
      }
    }
    if (!found) {
      const { data } = await octokit.rest.issues.create({ owner, repo, title: opts.title, body, labels: [FLEET_LABEL] });
      opts.log?.info(`Fleet issue created: ${data.html_url}`);
      return { action: 'created', number: data.number, url: data.html_url };
    }
    if (normalise(found.body ?? '') === normalise(body)) return { action: 'unchanged', number: found.number, url: found.html_url };
    const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: found.number, body });
    opts.log?.info(`Fleet issue updated: ${data.html_url}`);
    return { action: 'updated', number: data.number, url: data.html_url };
  } catch (error) {
    if ((error as { status?: number }).status === 403) {
      const reason = 'the token may not write issues (a read-only token: give the job `issues: write`, or pass a token that has it); the fleet report is in the job summary only';
      opts.log?.warning(`Fleet issue not updated: ${reason}`);
      return { action: 'skipped', reason };
    }
    throw error;
  }
}
