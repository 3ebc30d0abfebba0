// `mode: teardown` on the runner: the shared teardown path plus its reporting (job summary, fleet
// issue). Fails the step in one place when a tear-down or bring-up failed or nothing could be read.
import * as core from '@actions/core';
import type { ActionInputs } from '../inputs.js';
import { readManifest } from './manifest-file.js';
import type { RunContext } from '../github/context.js';
import { AwsClients } from '../aws/clients.js';
import { runTeardown, type TeardownExecutor } from '../modes/teardown.js';
import { runApply } from '../modes/apply.js';
import { applyRequest } from './apply.js';
import { renderFleetIssue, renderTeardownMarkdown } from '../core/render/teardown-markdown.js';
import { annotate, coreLogger } from './core-logger.js';
import { createOctokit } from '../github/client.js';
import { upsertFleetIssue } from '../github/fleet-issue.js';
import { sweepPreviewsAction } from './preview-sweep.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/**
 * Why this run must not tear down or bring up, if it must not. A bring-up deploys through the
 * pipeline like an apply, so the same events are refused: a pull request's manifest is not
 * reviewed yet, and a fork's workflow run is not ours. A dry run only reads and is let through.
 */
export function refuseTeardown(inputs: Pick<ActionInputs, 'dryRun'>, ctx: RunContext): string | undefined {
  if (inputs.dryRun) return undefined;
  if (PULL_REQUEST_EVENTS.has(ctx.eventName) || ctx.pullRequest) {
    return `mode: teardown does not run on ${ctx.eventName || 'pull request'} events: it runs on the schedule (or workflow_dispatch) against the default branch; dry-run: true only reports`;
  }
  const run = ctx.payload.workflow_run as { head_repository?: { full_name?: string } } | undefined;
  const head = run?.head_repository?.full_name;
  if (head && head.toLowerCase() !== `${ctx.owner}/${ctx.repo}`.toLowerCase()) {
    return `mode: teardown does not run for a workflow run of ${head}, a fork`;
  }
  return undefined;
}

export async function teardownAction(inputs: ActionInputs, ctx: RunContext): Promise<{ failed?: string }> {
  const refusal = refuseTeardown(inputs, ctx);
  if (refusal) return { failed: refusal };
  const content = await readManifest(inputs.manifest);
  const clients = new AwsClients();

  const outcome = await runTeardown({
    manifestPath: inputs.manifest,
    content,
    stackPrefix: inputs.stackPrefix,
    defaultRegion: inputs.awsRegion,
    clients,
    execute: applyExecutor(inputs, ctx, clients),
    dryRun: inputs.dryRun,
    pruneImagesDays: inputs.pruneImagesDays,
    log: coreLogger
  });

  annotate(outcome.manifest.diagnostics);
  for (const w of outcome.warnings) core.warning(w);
  const previews = await sweepPreviewsAction(inputs, ctx, clients, outcome.manifest.specs.map((s) => s.region));
  const markdown = renderTeardownMarkdown({
    manifest: inputs.manifest,
    dryRun: outcome.dryRun,
    now: outcome.now,
    items: outcome.items,
    savings: outcome.savings,
    prune: outcome.prune,
    warnings: outcome.warnings,
    aborted: outcome.aborted,
    runUrl: ctx.runUrl
  });
  await core.summary.addRaw(markdown + previews.markdown, true).write();

  let issueFailure: string | undefined;
  if (inputs.reportIssue && !outcome.aborted) {
    if (!inputs.githubToken) {
      core.warning('report-issue is on but there is no github-token: the fleet report is in the job summary only.');
    } else if (inputs.dryRun) {
      core.info('dry-run: the fleet issue is left as it is.');
    } else {
      try {
        const result = await upsertFleetIssue({
          octokit: createOctokit(inputs.githubToken, ctx.apiUrl, { log: coreLogger }),
          owner: ctx.owner,
          repo: ctx.repo,
          manifest: inputs.manifest,
          title: `emd-action fleet: ${inputs.manifest}`,
          body: renderFleetIssue({ manifest: inputs.manifest, items: outcome.items, savings: outcome.savings }),
          log: { info: core.info, warning: core.warning }
        });
        if (result.action !== 'skipped') core.info(`Fleet issue #${result.number} ${result.action}: ${result.url}`);
      } catch (error) {
        issueFailure = `the fleet issue could not be updated: ${(error as Error).message}`;
      }
    }
  }

  const failures = [...outcome.failures, ...(issueFailure ? [issueFailure] : []), ...(previews.failed ? [previews.failed] : [])];
  return failures.length ? { failed: `Teardown failed:\n- ${failures.join('\n- ')}` } : {};
}

/** The apply path carries out teardown's deletes and creates, with the inputs an apply uses. */
function applyExecutor(inputs: ActionInputs, ctx: RunContext, clients: AwsClients): TeardownExecutor {
  return (plan, context) =>
    runApply({
      ...applyRequest(inputs, ctx, clients, plan),
      ...(context?.liveStacks ? { liveStacks: context.liveStacks } : {})
    });
}

