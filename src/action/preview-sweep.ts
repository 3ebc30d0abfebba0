// The scheduled teardown also removes pull request previews: those whose pull request is closed
// (asked of GitHub; unknown keeps them) and those past their ttl. Kept apart from the manifest
// teardown, which never sees previews (core/live.ts isPreview).
import * as core from '@actions/core';
import type { ActionInputs } from '../inputs.js';
import type { RunContext } from '../github/context.js';
import type { AwsClients } from '../aws/clients.js';
import { createOctokit } from '../github/client.js';
import { readPullRequest } from '../github/preview.js';
import { runApply } from '../modes/apply.js';
import { sweepPreviews } from '../modes/preview.js';
import { applyRequest } from './apply.js';
import { coreLogger } from './core-logger.js';

export async function sweepPreviewsAction(inputs: ActionInputs, ctx: RunContext, clients: AwsClients, manifestRegions: string[]): Promise<{ markdown: string; failed?: string }> {
  const regions = [...new Set([...manifestRegions, ...(inputs.awsRegion ? [inputs.awsRegion] : [])])].sort();
  if (!regions.length) return { markdown: '' };
  const octokit = inputs.githubToken ? createOctokit(inputs.githubToken, ctx.apiUrl, { log: coreLogger }) : undefined;
  try {
    const sweep = await core.group('Pull request previews', () =>
      sweepPreviews({
        clients,
        stackPrefix: inputs.stackPrefix,
        manifestPath: inputs.manifest,
        regions,
        now: new Date(),
        dryRun: inputs.dryRun,
        prState: async (pr) => (octokit ? (await readPullRequest(octokit, ctx.owner, ctx.repo, pr)).state : 'unknown'),
        apply: (plan, liveStacks) => runApply({ ...applyRequest(inputs, ctx, clients, plan), liveStacks }),
        log: coreLogger
      })
    );
    if (!sweep.due.length) return { markdown: '', failed: sweep.failed };
    const lines = inputs.dryRun
      ? sweep.due.map((d) => `- \`${d.stackName}\` (${d.region}): would be removed, ${d.why}`)
      : sweep.removed.map((r) => `- \`${r.stackName}\` (${r.region}): ${r.result === 'succeeded' ? 'removed' : `${r.result}${r.reason ? ` (${r.reason})` : ''}`}, ${r.why}`);
    return { markdown: `\n\n### Pull request previews\n\n${lines.join('\n')}\n`, failed: sweep.failed };
  } catch (error) {
    return { markdown: '', failed: `pull request previews: ${(error as Error).message}` };
  }
}
