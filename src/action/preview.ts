// `mode: preview` on the runner: the `/emd …` commands of an issue_comment event on a pull request,
// and the removal of a pull request's previews when it is closed. The workflow runs this with the
// default branch's checkout; the pull request contributes its manifest, read through the API.
import * as core from '@actions/core';
import { PREVIEW_DEFAULTS, type ActionInputs } from '../inputs.js';
import type { RunContext } from '../github/context.js';
import { AwsClients } from '../aws/clients.js';
import { readApiKey } from '../aws/smoke.js';
import { createOctokit, type GitHubClient } from '../github/client.js';
import { editReply, permissionOf, postReply, readFileAt, readPullRequest, runningPreviews } from '../github/preview.js';
import { parseCommand } from '../core/commands.js';
import { renderStopped } from '../core/render/preview-markdown.js';
import { runApply, type ApplyRequest } from '../modes/apply.js';
import { removePreviews, runPreviewCommand, type PreviewGitHub, type PreviewRequest } from '../modes/preview.js';
import { runBenchmark } from '../runner/benchmark.js';
import { applyRequest } from './apply.js';
import { planAction } from './plan.js';
import { coreLogger } from './core-logger.js';
import { readManifest } from './manifest-file.js';

/** Seams for tests: the AWS clients and the apply path's clock. */
export type PreviewActionDeps = Partial<Pick<ApplyRequest, 'now' | 'sleep' | 'poll' | 'clients'>>;

type PreviewInputs = ActionInputs & Required<Pick<ActionInputs, keyof typeof PREVIEW_DEFAULTS>>;

function withDefaults(i: ActionInputs): PreviewInputs {
  return {
    ...i,
    previewTtl: i.previewTtl ?? PREVIEW_DEFAULTS.previewTtl,
    previewAllowForks: i.previewAllowForks ?? PREVIEW_DEFAULTS.previewAllowForks,
    benchRequests: i.benchRequests ?? PREVIEW_DEFAULTS.benchRequests,
    benchConcurrency: i.benchConcurrency ?? PREVIEW_DEFAULTS.benchConcurrency,
    benchSeconds: i.benchSeconds ?? PREVIEW_DEFAULTS.benchSeconds,
    benchMaxTokens: i.benchMaxTokens ?? PREVIEW_DEFAULTS.benchMaxTokens
  };
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
}

export async function previewAction(given: ActionInputs, ctx: RunContext, deps: PreviewActionDeps = {}): Promise<{ failed?: string }> {
  const inputs = withDefaults(given);
  if (ctx.eventName === 'pull_request' && ctx.payload.action === 'closed') return closedPullRequest(inputs, ctx, deps);
  if (ctx.eventName !== 'issue_comment') {
    return { failed: `mode: preview runs on issue_comment events (the /emd commands) and on closed pull requests, not on ${ctx.eventName || 'this event'}` };
  }
  const issue = obj(ctx.payload.issue);
  const comment = obj(ctx.payload.comment);
  const user = obj(comment?.user);
  const login = typeof user?.login === 'string' ? user.login : '';
  if (ctx.payload.action !== 'created' || !issue || !comment || typeof issue.number !== 'number') {
    core.info('Not a new comment: nothing to do.');
    return {};
  }
  const command = parseCommand(typeof comment.body === 'string' ? comment.body : '');
  if (!command) {
    core.info('The comment holds no /emd command: nothing to do.');
    return {};
  }
  if (!obj(issue.pull_request)) {
    core.info('The /emd commands work on pull requests; this comment is on an issue.');
    return {};
  }
  if (user?.type === 'Bot') {
    core.info(`Comments of bots (${login}) are not taken as commands.`);
    return {};
  }
  if (!inputs.githubToken) return { failed: 'mode: preview needs a github-token to read the pull request and reply' };

  const pr = issue.number;
  const octokit = createOctokit(inputs.githubToken, ctx.apiUrl, { log: coreLogger });
  const gh = bindGitHub(octokit, ctx.owner, ctx.repo, pr);
  const clients = deps.clients ?? new AwsClients();
  const baseManifest = await readManifest(inputs.manifest).catch(() => undefined);
  const commandLine = (comment.body as string).split(/\r?\n/).map((l) => l.trim()).find((l) => l.startsWith('/emd')) ?? '/emd';
  core.info(`emd-action: ${commandLine} by ${login} on #${pr}`);

  const request: PreviewRequest = {
    command,
    commandLine,
    user: login,
    pr,
    repository: `${ctx.owner}/${ctx.repo}`,
    gh,
    clients,
    stackPrefix: inputs.stackPrefix,
    manifestPath: inputs.manifest,
    baseManifest,
    defaultRegion: inputs.awsRegion,
    ttl: inputs.previewTtl,
    allowForks: inputs.previewAllowForks,
    runUrl: ctx.runUrl,
    runningWindowMs: (inputs.timeoutMinutes + 15) * 60_000,
    apply: (plan, liveStacks, commit) =>
      core.group('Deploy through the pipeline', () =>
        runApply({ ...applyRequest(inputs, ctx, clients, plan), ...(commit ? { commit } : {}), liveStacks, ...deps })
      ),
    benchmark: async (target) => {
      if (inputs.benchRequests === 0) throw new Error('off (bench-requests: 0)');
      const apiKey = target.apiKeySecretArn ? await readApiKey(clients, target.region, target.apiKeySecretArn, (s) => core.setSecret(s)) : 'none';
      return runBenchmark(
        { baseUrl: target.baseUrl, model: target.model, apiKey, hourlyUsd: target.hourlyUsd },
        { requests: inputs.benchRequests, concurrency: inputs.benchConcurrency, seconds: inputs.benchSeconds, maxTokens: inputs.benchMaxTokens }
      );
    },
    log: coreLogger
  };
  const outcome = await runPreviewCommand(request);
  core.info(`emd-action: ${outcome.result}${outcome.replyUrl ? ` (${outcome.replyUrl})` : ''}`);
  core.setOutput('comment-url', outcome.replyUrl ?? '');

  if (outcome.result === 'plan' && outcome.pull) {
    const pull = outcome.pull;
    const content = await gh.fileAt(inputs.manifest, pull.headSha);
    if (!content) return { failed: `${inputs.manifest} does not exist at the head of #${pr}` };
    const prCtx: RunContext = {
      ...ctx,
      pullRequest: {
        number: pr,
        headSha: pull.headSha,
        headRef: '',
        headRepoFullName: pull.headRepoFullName,
        isFork: pull.headRepoFullName.toLowerCase() !== `${ctx.owner}/${ctx.repo}`.toLowerCase(),
        baseRef: pull.baseRef
      }
    };
    return { failed: (await planAction(inputs, prCtx, content)).failed };
  }
  return outcome.failed ? { failed: outcome.failed } : {};
}

function bindGitHub(octokit: GitHubClient, owner: string, repo: string, pr: number): PreviewGitHub {
  return {
    permission: (user) => permissionOf(octokit, owner, repo, user),
    pull: () => readPullRequest(octokit, owner, repo, pr),
    fileAt: (path, ref) => readFileAt(octokit, owner, repo, path, ref),
    reply: (body) => postReply(octokit, owner, repo, pr, body),
    edit: (id, body) => editReply(octokit, owner, repo, id, body),
    running: (author, notBefore) => runningPreviews(octokit, { owner, repo, issueNumber: pr, author, notBefore })
  };
}

/** Closing or merging a pull request removes its previews; the reply says which. */
async function closedPullRequest(inputs: PreviewInputs, ctx: RunContext, deps: PreviewActionDeps): Promise<{ failed?: string }> {
  const pr = ctx.pullRequest;
  if (!pr) return {};
  if (pr.isFork) {
    // A fork's run has no AWS credentials; the scheduled teardown removes previews of closed pull requests.
    core.info(`#${pr.number} comes from a fork: its previews (if any) are removed by the scheduled teardown.`);
    return {};
  }
  const clients = deps.clients ?? new AwsClients();
  const baseManifest = await readManifest(inputs.manifest).catch(() => undefined);
  const merged = obj(ctx.payload.pull_request)?.merged === true;
  // The pull request's manifest may name a region the default branch's does not.
  const prManifest =
    inputs.githubToken && pr.headSha
      ? await readFileAt(createOctokit(inputs.githubToken, ctx.apiUrl, { log: coreLogger }), ctx.owner, ctx.repo, inputs.manifest, pr.headSha).catch(() => undefined)
      : undefined;
  const why = `the pull request was ${merged ? 'merged' : 'closed'}`;
  const removed = await removePreviews(
    {
      clients,
      stackPrefix: inputs.stackPrefix,
      manifestPath: inputs.manifest,
      pr: pr.number,
      defaultRegion: inputs.awsRegion,
      baseManifest,
      prManifest,
      apply: (plan, liveStacks) => runApply({ ...applyRequest(inputs, ctx, clients, plan), liveStacks, ...deps }),
      log: coreLogger
    },
    why
  );
  if (!removed.items.length && removed.failed) {
    // No credentials (the reusable workflow assumes no role on a close) or no access: the hourly teardown is the backstop.
    core.info(`${removed.failed}; the scheduled teardown removes the previews of closed pull requests`);
    return {};
  }
  core.info(removed.items.length ? `Removed ${removed.items.length} preview(s) of #${pr.number}` : `No preview of #${pr.number} is running.`);
  if (removed.items.length && inputs.githubToken && inputs.comment) {
    try {
      const octokit = createOctokit(inputs.githubToken, ctx.apiUrl, { log: coreLogger });
      await postReply(octokit, ctx.owner, ctx.repo, pr.number, renderStopped(undefined, { removed: removed.items, why }));
    } catch (error) {
      core.warning(`The previews were removed, but the reply could not be posted: ${(error as Error).message}`);
    }
  }
  return removed.failed ? { failed: removed.failed } : {};
}
