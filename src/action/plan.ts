// `mode: plan` on the runner: the shared plan path plus its reporting (annotations, job summary,
// sticky comment, step outputs). Fails the step in one place when the plan fails its checks.
import * as core from '@actions/core';
import type { ActionInputs } from '../inputs.js';
import { readManifest } from './manifest-file.js';
import type { RunContext } from '../github/context.js';
import { runPlan, type PlanOutcome } from '../modes/plan.js';
import { DEFAULT_BUDGET, planRenderer, renderInvalidManifestMarkdown } from '../core/render/markdown.js';
import { annotate, coreLogger } from './core-logger.js';
import { annotatePlan, leftoverMarkdown, writePlanFile } from './plan-report.js';
import { actionDocsUrl } from './docs-url.js';
import { AwsClients } from '../aws/clients.js';
import { createOctokit, type GitHubClient } from '../github/client.js';
import { CommentTooLongError, commentAuthor, upsertStickyComment } from '../github/sticky-comment.js';
import { readFileAtRef } from '../github/contents.js';
import type { Plan } from '../core/plan.js';
import type { Diagnostic } from '../core/types.js';

export interface PlanActionResult {
  outcome: PlanOutcome;
  commentUrl?: string;
  failed?: string;
}

/** `content`: the manifest when it does not come from the workspace (`/emd plan` reads the pull request's head). */
export async function planAction(inputs: ActionInputs, ctx: RunContext, content?: Uint8Array): Promise<PlanActionResult> {
  content ??= await readManifest(inputs.manifest);

  // Who the sticky comment is written as is asked while the plan is made, not after it: one GitHub
  // round trip off the path to the comment. A failure here is left to the upsert, which asks again.
  const commenting = inputs.comment && ctx.pullRequest && inputs.githubToken ? createOctokit(inputs.githubToken, ctx.apiUrl, { log: coreLogger }) : undefined;
  const author = commenting ? commentAuthor(commenting).catch(() => undefined) : undefined;

  const fork = ctx.pullRequest?.isFork === true;
  const outcome = await core.group('Plan', () =>
    runPlan({
      manifestPath: inputs.manifest,
      content,
      stackPrefix: inputs.stackPrefix,
      allowDestroy: inputs.allowDestroy,
      defaultRegion: inputs.awsRegion,
      clients: fork ? undefined : new AwsClients(),
      offlineReason: fork ? 'this pull request comes from a fork, which gets no AWS credentials' : undefined,
      base: baseManifest(inputs, ctx),
      maxMonthlyIncrease: inputs.maxMonthlyIncrease,
      maxMonthlyTotal: inputs.maxMonthlyTotal
    })
  );

  annotate(outcome.manifest.diagnostics);
  const docs = actionDocsUrl();
  // The manifest's own warnings (an opt-in such as allow_remote_code, a secret the build may not
  // read) belong in the comment too, not only in the annotations.
  const shown = outcome.plan ? withManifestWarnings(outcome.plan, outcome.manifest.diagnostics) : undefined;
  const quotas = outcome.quotas?.map((q) => (q.status === 'ok' ? `within ${q.message}` : q.message));
  const base = { runUrl: ctx.runUrl, priceNote: outcome.priceNote, failures: outcome.failures, ...(docs ? { sourcesUrl: `${docs}#prices` } : {}), ...(quotas ? { quotas } : {}) };
  // The comment and the job summary share each deployment's text.
  const renderPlan = shown ? planRenderer(shown) : undefined;
  const render = (maxLength?: number) =>
    renderPlan ? renderPlan({ ...base, maxLength }) : renderInvalidManifestMarkdown(inputs.manifest, outcome.manifest.diagnostics, { runUrl: ctx.runUrl, maxLength });

  // The comment goes out first, so its GitHub round trips overlap the summary and plan file below.
  // A held-back delete or a protected replace changes nothing yet, but reviewers should see it.
  const worthAComment = outcome.plan ? outcome.plan.hasChanges || outcome.plan.entries.some((e) => e.blocked && e.blocked.kind !== 'busy') : true;
  const commented = inputs.comment && ctx.pullRequest ? postComment(inputs, ctx, render, worthAComment, commenting, author) : undefined;
  // Awaited below; until then a failure must not count as an unhandled rejection.
  commented?.catch(() => undefined);

  if (outcome.plan && renderPlan) {
    const p = outcome.plan;
    // One annotation per deployment, most severe first; the rest go to the summary.
    const left = annotatePlan(p, outcome.failures, outcome.manifest.entryPositions, inputs.manifest);
    // The summary has room for the full plan even when the comment had to be shortened.
    const summary = renderPlan({ ...base, maxLength: 900_000, alertLines: Number.POSITIVE_INFINITY });
    await core.summary.addRaw([summary, leftoverMarkdown(left)].filter(Boolean).join('\n\n'), true).write();
    // One JSON text for both: the file holds all of it, the output as much as fits.
    const file = writePlanFile(p, inputs.manifest);
    core.setOutput('plan-file', file.path);
    core.setOutput('plan', file.output);
    core.setOutput('has-changes', String(p.hasChanges));
    core.setOutput('monthly-cost', p.totals.monthlyAfter === null ? '' : p.totals.monthlyAfter.toFixed(2));
    core.setOutput('monthly-cost-delta', p.totals.monthlyDelta === null || !(p.live.known || p.baseline) ? '' : p.totals.monthlyDelta.toFixed(2));
  } else {
    await core.summary.addRaw(renderInvalidManifestMarkdown(inputs.manifest, outcome.manifest.diagnostics, { runUrl: ctx.runUrl, maxLength: 900_000 }), true).write();
    core.setOutput('has-changes', 'false');
  }

  const result: PlanActionResult = { outcome };
  if (commented) result.commentUrl = await commented;
  core.setOutput('comment-url', result.commentUrl ?? '');

  if (!outcome.manifest.valid) {
    const count = outcome.manifest.diagnostics.filter((d) => d.severity === 'error').length;
    result.failed = `${inputs.manifest} is invalid: ${count} error${count === 1 ? '' : 's'} (see the annotations)`;
  } else if (!outcome.ok) {
    const reasons = [...outcome.failures, ...(outcome.plan?.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message) ?? [])];
    result.failed = `The plan fails its checks:\n- ${reasons.join('\n- ')}`;
  }
  return result;
}

/**
 * The base branch's manifest at the pull request's base commit, read through the API (a pull
 * request checkout is often shallow). Used only when live stacks cannot be read.
 */
function baseManifest(inputs: ActionInputs, ctx: RunContext): (() => Promise<{ content: string | undefined; source: string } | undefined>) | undefined {
  const pr = ctx.pullRequest;
  const sha = pr?.baseSha;
  if (!pr || !inputs.githubToken || !sha) return undefined;
  return async () => {
    const octokit = createOctokit(inputs.githubToken!, ctx.apiUrl, { log: coreLogger });
    const content = await readFileAtRef(octokit, { owner: ctx.owner, repo: ctx.repo, path: inputs.manifest, ref: sha });
    return { content, source: `${pr.baseRef || 'base'} at ${sha.slice(0, 12)}` };
  };
}

async function postComment(
  inputs: ActionInputs,
  ctx: RunContext,
  render: (maxLength?: number) => string,
  hasChanges: boolean,
  client?: GitHubClient,
  authorLookup?: Promise<string | undefined>
): Promise<string | undefined> {
  if (!inputs.githubToken) {
    core.warning('No github-token: the plan is in the job summary only.');
    return undefined;
  }
  const author = await authorLookup;
  const octokit = client ?? createOctokit(inputs.githubToken, ctx.apiUrl, { log: coreLogger });
  const upsert = (body: string) =>
    upsertStickyComment({
      octokit,
      ...(author ? { author } : {}),
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: ctx.pullRequest!.number,
      marker: `emd-action:plan:${inputs.manifest}`,
      body,
      hasChanges,
      log: { info: core.info, debug: core.debug }
    });
  try {
    let result;
    try {
      result = await upsert(render());
    } catch (error) {
      // GitHub named a smaller limit than the renderer assumed: render once more to fit it.
      if (!(error instanceof CommentTooLongError) || error.limit >= DEFAULT_BUDGET) throw error;
      core.warning(`GitHub refused the comment as too long (limit ${error.limit}); posting a shorter one, the full plan is in the job summary.`);
      result = await upsert(render(Math.max(error.limit - 200, 0)));
    }
    core.info(`Pull request comment ${result.action}: ${result.reason}`);
    return result.url;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if ((status === 403 || status === 404) && ctx.pullRequest?.isFork) {
      core.warning('The token of a pull request from a fork cannot comment; the plan is in the job summary.');
      return undefined;
    }
    throw error;
  }
}

function withManifestWarnings(plan: Plan, diagnostics: Diagnostic[]): Plan {
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  return warnings.length ? { ...plan, diagnostics: [...warnings, ...plan.diagnostics] } : plan;
}
