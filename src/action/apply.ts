// `mode: apply` on the runner: plan again from live state (never from an old comment), carry out
// the changes, and report in the job summary, the `endpoints` output and a comment on the pull
// request that was merged. A cancelled run (SIGINT, then SIGTERM from the runner) stops waiting and
// still reports; the runner allows a few seconds for that before it kills the process.
import * as core from '@actions/core';
import type { ActionInputs } from '../inputs.js';
import type { RunContext } from '../github/context.js';
import { runPlan } from '../modes/plan.js';
import { runApply, type ApplyOutcome, type ApplyRequest } from '../modes/apply.js';
import { renderInvalidManifestMarkdown } from '../core/render/markdown.js';
import { applyEndpoints, renderApplyMarkdown } from '../core/render/apply-markdown.js';
import { actionDocsUrl } from './docs-url.js';
import { annotate, coreLogger } from './core-logger.js';
import { AwsClients } from '../aws/clients.js';
import { createOctokit } from '../github/client.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import { findPullRequestForCommit } from '../github/pulls.js';
import { readManifest } from './manifest-file.js';

export interface ApplyActionResult {
  outcome?: ApplyOutcome;
  commentUrl?: string;
  failed?: string;
}

/** Seams for tests: a simulated clock and the AWS clients to use. */
export type ApplyActionDeps = Partial<Pick<ApplyRequest, 'now' | 'sleep' | 'poll' | 'clients'>>;

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** Why this run must not deploy, if it must not. */
export function refuseApply(ctx: RunContext): string | undefined {
  if (PULL_REQUEST_EVENTS.has(ctx.eventName) || ctx.pullRequest) {
    return `mode: apply does not run on ${ctx.eventName || 'pull request'} events: pull requests get a plan, and apply runs on the push to the default branch after the merge`;
  }
  const run = ctx.payload.workflow_run as { head_repository?: { full_name?: string } } | undefined;
  const head = run?.head_repository?.full_name;
  if (head && head.toLowerCase() !== `${ctx.owner}/${ctx.repo}`.toLowerCase()) {
    return `mode: apply does not run for a workflow run of ${head}, a fork`;
  }
  return undefined;
}

/** What every apply started from the runner shares, apply mode and teardown's bring-ups alike. */
export function applyRequest(inputs: ActionInputs, ctx: RunContext, clients: AwsClients, plan: ApplyRequest['plan']): ApplyRequest {
  return {
    clients,
    plan,
    stackPrefix: inputs.stackPrefix,
    manifestPath: inputs.manifest,
    commit: ctx.sha,
    maxParallel: inputs.maxParallel,
    timeoutMs: inputs.timeoutMinutes * 60_000,
    smokeTest: inputs.smokeTest,
    onCancel: inputs.onCancel,
    log: coreLogger,
    mask: (secret) => core.setSecret(secret)
  };
}

export async function applyAction(inputs: ActionInputs, ctx: RunContext, deps: ApplyActionDeps = {}): Promise<ApplyActionResult> {
  const refusal = refuseApply(ctx);
  if (refusal) return { failed: refusal };

  const content = await readManifest(inputs.manifest);
  const clients = deps.clients ?? new AwsClients();

  const planned = await core.group('Plan from live state', () =>
    runPlan({
      manifestPath: inputs.manifest,
      content,
      stackPrefix: inputs.stackPrefix,
      allowDestroy: inputs.allowDestroy,
      defaultRegion: inputs.awsRegion,
      clients,
      maxMonthlyIncrease: inputs.maxMonthlyIncrease,
      maxMonthlyTotal: inputs.maxMonthlyTotal
    })
  );
  annotate(planned.manifest.diagnostics);
  core.setOutput('endpoints', '[]');

  if (!planned.plan) {
    await core.summary.addRaw(renderInvalidManifestMarkdown(inputs.manifest, planned.manifest.diagnostics, { runUrl: ctx.runUrl }), true).write();
    const count = planned.manifest.diagnostics.filter((d) => d.severity === 'error').length;
    return { failed: `${inputs.manifest} is invalid: ${count} error${count === 1 ? '' : 's'} (see the annotations); nothing was applied` };
  }
  const plan = planned.plan;
  annotate(plan.diagnostics);
  core.setOutput('has-changes', String(plan.hasChanges));
  if (!plan.live.known) return { failed: `Nothing was applied: ${plan.live.reason}` };
  if (!planned.ok) {
    const reasons = [...planned.failures, ...plan.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)];
    return { failed: `Nothing was applied: the plan fails its checks:\n- ${reasons.join('\n- ')}` };
  }

  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    core.warning(`${signal}: the run is being cancelled; stopping the waits and reporting what was started (on-cancel: ${inputs.onCancel})`);
    controller.abort();
  };
  // Held until the report is written: the runner's SIGTERM follows its SIGINT within seconds, and
  // Node's default for either is to exit on the spot.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const outcome = await runApply({
      ...applyRequest(inputs, ctx, clients, plan),
      signal: controller.signal,
      ...(planned.live?.known ? { liveStacks: planned.live.stacks } : {}),
      ...deps
    });
    return await report(inputs, ctx, outcome);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function report(inputs: ActionInputs, ctx: RunContext, outcome: ApplyOutcome): Promise<ApplyActionResult> {
  const docsUrl = actionDocsUrl();
  const options = { manifest: inputs.manifest, commit: ctx.sha, runUrl: ctx.runUrl, ...(docsUrl ? { docsUrl } : {}) };
  // The summary has room for every endpoint's details even when the comment had to be shortened.
  await core.summary.addRaw(renderApplyMarkdown(outcome, { ...options, maxLength: 900_000 }), true).write();
  core.setOutput('endpoints', JSON.stringify(applyEndpoints(outcome)));

  const result: ApplyActionResult = { outcome };
  const acted = outcome.deployments.some((d) => d.action !== 'unchanged');
  if (inputs.comment && acted) result.commentUrl = await comment(inputs, ctx, renderApplyMarkdown(outcome, options));
  core.setOutput('comment-url', result.commentUrl ?? '');

  if (outcome.cancelled) {
    result.failed = 'The run was cancelled; the job summary lists what was started and where it was';
  } else if (!outcome.ok) {
    const bad = outcome.deployments.filter((d) => d.result !== 'succeeded' && d.result !== 'skipped');
    const good = outcome.deployments.filter((d) => d.result === 'succeeded').length;
    result.failed = `${bad.length} of ${bad.length + good} changes did not succeed:\n${bad
      .map((d) => `- ${d.name}: ${d.result}${d.stage ? ` in ${d.stage}` : ''}${d.reason ? ` (${d.reason})` : ''}`)
      .join('\n')}`;
  }
  return result;
}

/**
 * The apply report goes on the merged pull request in a comment of its own (marker
 * `emd-action:apply:<manifest>`), not into the plan comment: a new comment notifies the people on
 * the pull request, an edit does not, and the plan they approved stays readable beside the result.
 * A re-run of the apply updates the same comment.
 */
async function comment(inputs: ActionInputs, ctx: RunContext, body: string): Promise<string | undefined> {
  if (!inputs.githubToken) {
    core.warning('No github-token: the apply report is in the job summary only.');
    return undefined;
  }
  try {
    const octokit = createOctokit(inputs.githubToken, ctx.apiUrl, { log: coreLogger });
    const pr = await findPullRequestForCommit(octokit, ctx.owner, ctx.repo, ctx.sha);
    if (!pr) {
      core.info(`No pull request is associated with ${ctx.sha.slice(0, 12)}: the apply report is in the job summary only.`);
      return undefined;
    }
    const result = await upsertStickyComment({
      octokit,
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: pr.number,
      marker: `emd-action:apply:${inputs.manifest}`,
      body,
      hasChanges: true,
      log: { info: core.info, debug: core.debug }
    });
    core.info(`Apply report on #${pr.number}: ${result.action} (${result.reason})`);
    return result.url;
  } catch (error) {
    // The deployments are done either way; a failed comment must not turn them into a failed run.
    core.warning(`The apply report could not be posted to the pull request: ${(error as Error).message}`);
    return undefined;
  }
}
