// `mode: preview`: the `/emd …` commands of a pull request comment. Every check that can refuse
// runs before the first call that changes anything in AWS: who asks (their permission, from the
// API), the pull request (open, not a fork unless allowed), its manifest at the head commit (read
// as data, validated by the same loader, rules and fit checks as the plan), the names and their
// stack-name bound, and whether a preview run is already going. Then one reply with the price, the
// deploy through the apply path, and the same reply edited into the result with a benchmark.
import type { AwsClients } from '../aws/clients.js';
import { listStacks } from '../aws/stacks.js';
import { describeStack } from '../aws/stack-ops.js';
import type { ApplyOutcome, DeploymentOutcome } from './apply.js';
import type { Command } from '../core/commands.js';
import { loadManifest } from '../core/manifest/load.js';
import { buildPlan, lifecycleDeleteEntry, planFromEntries, type Plan } from '../core/plan.js';
import { deployedSpec, isManaged, TAG, type LiveStack } from '../core/live.js';
import { estimateCost } from '../core/cost.js';
import type { BenchFigures } from '../core/bench.js';
import type { DeploymentSpec } from '../core/types.js';
import {
  changedEntries,
  duePreviewRemovals,
  previewExpiry,
  previewNameProblem,
  previewPrice,
  previewSpec,
  previewStackName,
  previewStacks,
  PREVIEW_TAGS
} from '../core/preview.js';
import {
  renderAck,
  renderAlreadyRunning,
  renderHelp,
  renderInvalidPreviewManifest,
  renderPreviewResult,
  renderRefusal,
  renderStopped,
  type PreviewResultItem,
  type ReplyContext
} from '../core/render/preview-markdown.js';
import type { PostedComment, PreviewState, PullRequestNow, RunningPreview } from '../github/preview.js';
import { stateLine, WRITE_PERMISSIONS } from '../github/preview.js';
import type { Logger } from '../runner/logger.js';

/** What the mode needs from GitHub, bound to one repository and pull request. */
export interface PreviewGitHub {
  permission(user: string): Promise<string>;
  pull(): Promise<PullRequestNow>;
  fileAt(path: string, ref: string): Promise<Uint8Array | undefined>;
  reply(body: string): Promise<PostedComment>;
  edit(id: number, body: string): Promise<void>;
  running(author: string, notBefore: Date): Promise<RunningPreview[]>;
}

export interface BenchTargetInfo {
  region: string;
  baseUrl: string;
  model: string;
  apiKeySecretArn?: string;
  hourlyUsd: number | null;
}

export interface PreviewRequest {
  command: Command;
  /** The command line as written, quoted in replies. */
  commandLine: string;
  user: string;
  pr: number;
  repository: string;
  gh: PreviewGitHub;
  clients: AwsClients;
  stackPrefix: string;
  manifestPath: string;
  /** The default branch's manifest (the checkout): base of `all-changed`, and regions to look in. */
  baseManifest?: Uint8Array;
  defaultRegion?: string;
  ttl: string;
  allowForks: boolean;
  runUrl: string;
  /** How long a run may take: an older "running" reply belongs to a run that died. */
  runningWindowMs: number;
  apply(plan: Plan, liveStacks: LiveStack[], commit: string): Promise<ApplyOutcome>;
  benchmark(target: BenchTargetInfo): Promise<BenchFigures>;
  log: Logger;
  now?: () => Date;
}

export type PreviewResult =
  | 'ignored'
  | 'refused'
  | 'help'
  | 'plan'
  | 'already-running'
  | 'invalid'
  | 'deployed'
  | 'failed'
  | 'stopped';

export interface PreviewOutcome {
  result: PreviewResult;
  /** For `plan`: the pull request to plan. */
  pull?: PullRequestNow;
  replyUrl?: string;
  /** A failure the step should report. */
  failed?: string;
}

export async function runPreviewCommand(req: PreviewRequest): Promise<PreviewOutcome> {
  const { gh, command } = req;
  const c: ReplyContext = { user: req.user, command: req.commandLine, runUrl: req.runUrl };
  const refuse = async (reason: string, result: PreviewResult = 'refused'): Promise<PreviewOutcome> => {
    req.log.info(`Refused: ${reason}`);
    const posted = await gh.reply(renderRefusal(c, reason));
    return { result, replyUrl: posted.url };
  };

  const permission = await gh.permission(req.user);
  if (!WRITE_PERMISSIONS.has(permission)) {
    return refuse(
      `thanks for the interest! The \`/emd\` commands start paid AWS resources, so only people with write access to ${req.repository} may run them (your access: ${permission}). A maintainer can run the command for you.`
    );
  }
  if (command.kind === 'help') {
    const posted = await gh.reply(renderHelp(c, command.problem));
    return { result: 'help', replyUrl: posted.url };
  }

  const pull = await gh.pull();
  if (pull.state !== 'open' && command.kind !== 'preview-stop') return refuse(`this pull request is ${pull.merged ? 'merged' : 'closed'}; previews and plans are for open pull requests.`);
  const fork = pull.headRepoFullName.toLowerCase() !== req.repository.toLowerCase();
  if (fork && !req.allowForks && command.kind !== 'preview-stop') {
    return refuse(
      `this pull request comes from ${pull.headRepoFullName || 'a deleted fork'}, and this repository does not deploy previews or plans of forks (input \`preview-allow-forks\`). A maintainer can push the branch to this repository and ask again there.`
    );
  }
  if (command.kind === 'plan') return { result: 'plan', pull };
  if (command.kind === 'preview-stop') {
    const removed = await removePreviews(req, `asked by @${req.user}`);
    const posted = await gh.reply(renderStopped(c, { removed: removed.items, why: `asked by @${req.user}` }));
    return { result: 'stopped', replyUrl: posted.url, failed: removed.failed };
  }
  return preview(req, c, pull, command.names, command.allChanged, refuse);
}

async function preview(
  req: PreviewRequest,
  c: ReplyContext,
  pull: PullRequestNow,
  asked: string[],
  allChanged: boolean,
  refuse: (reason: string, result?: PreviewResult) => Promise<PreviewOutcome>
): Promise<PreviewOutcome> {
  const { gh } = req;
  const now = (req.now ?? (() => new Date()))();
  const content = await gh.fileAt(req.manifestPath, pull.headSha);
  if (!content) return refuse(`there is no \`${req.manifestPath}\` at the head of this pull request (${pull.headSha.slice(0, 12)}).`, 'invalid');
  const manifest = loadManifest(content, { path: req.manifestPath, stackPrefix: req.stackPrefix, defaultRegion: req.defaultRegion });
  if (!manifest.valid) {
    const posted = await gh.reply(renderInvalidPreviewManifest(c, req.manifestPath, manifest.diagnostics));
    return { result: 'invalid', replyUrl: posted.url };
  }
  const byName = new Map(manifest.specs.map((s) => [s.name, s]));
  let names = asked;
  if (allChanged) {
    const base = req.baseManifest ? loadManifest(req.baseManifest, { path: req.manifestPath, stackPrefix: req.stackPrefix, defaultRegion: req.defaultRegion }) : undefined;
    names = changedEntries(manifest.specs, base?.valid ? base.specs : []);
    if (!names.length) return refuse(`this pull request adds or changes no entry of \`${req.manifestPath}\`, so \`all-changed\` names nothing to preview.`, 'invalid');
  }
  const unknown = names.filter((n) => !byName.has(n));
  if (unknown.length) {
    const known = [...byName.keys()].map((n) => `\`${n}\``).join(', ') || 'none';
    return refuse(`${unknown.map((n) => `\`${n}\``).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in \`${req.manifestPath}\` at the head of this pull request (entries: ${known}). Nothing was deployed.`, 'invalid');
  }
  const tooLong = names.map((n) => previewNameProblem(req.stackPrefix, req.pr, n)).filter((p): p is string => p !== undefined);
  if (tooLong.length) return refuse(`${tooLong.join('; ')}. Nothing was deployed.`, 'invalid');

  const specs = names.map((n) => previewSpec(byName.get(n)!, { pr: req.pr, ttl: req.ttl, headSha: pull.headSha }));
  const regions = [...new Set([...specs.map((s) => s.region), ...(req.defaultRegion ? [req.defaultRegion] : [])])].sort();
  const live = await listStacks(req.clients, regions, { tombstones: false });
  if (!live.known) return refuse(`the deployed stacks could not be read (${live.reason}); nothing was deployed.`, 'failed');

  // The preview's own stacks, seen as plain managed stacks so the plan classifies create/update/unchanged.
  const wanted = new Set(names.map((n) => previewStackName(req.stackPrefix, req.pr, n)));
  const mine = previewStacks(live.stacks, req.stackPrefix, req.pr)
    .filter((s) => wanted.has(s.stackName))
    .map((s) => ({ ...s, tags: Object.fromEntries(Object.entries(s.tags).filter(([k]) => k !== TAG.previewPr)) }));
  const plan = buildPlan(specs, { known: true, stacks: mine, regions: live.regions, tombstones: { known: true, items: [] } }, { manifestPath: req.manifestPath, stackPrefix: req.stackPrefix, allowDestroy: false, now });
  const fitErrors = plan.diagnostics.filter((d) => d.severity === 'error');
  if (fitErrors.length) {
    for (const d of fitErrors) Object.assign(d, { file: req.manifestPath, ...manifest.entryPositions[d.deployment?.replace(`pr${req.pr}-`, '') ?? ''] });
    const posted = await gh.reply(renderInvalidPreviewManifest(c, req.manifestPath, fitErrors));
    return { result: 'invalid', replyUrl: posted.url };
  }

  // One reply with the price before anything starts; it carries the "running" state for other runs.
  const state: PreviewState = { state: 'running', pr: req.pr, names, since: now.toISOString() };
  const items = specs.map((s, i) => ({ name: names[i], stackName: previewStackName(req.stackPrefix, req.pr, names[i]), region: s.region, service: s.service, instance: s.instance, ...previewPrice(s) }));
  const ackBody = renderAck(c, { pr: req.pr, headSha: pull.headSha, ttl: req.ttl, items });
  const ack = await gh.reply(`${stateLine(state)}\n${ackBody}`);
  const earlier = (await gh.running(ack.author, new Date(now.getTime() - req.runningWindowMs))).filter((r) => r.id < ack.id);
  if (earlier.length) {
    const first = earlier[0];
    req.log.info(`A preview run is already going (${first.url}); not starting another`);
    await gh.edit(ack.id, `${stateLine({ ...state, state: 'done' })}\n${renderAlreadyRunning(c, first.url, first.state.names)}`);
    return { result: 'already-running', replyUrl: ack.url };
  }

  try {
    return await deployAndReport(req, c, ack, state, plan, live.stacks, pull, names, specs);
  } catch (error) {
    // Never leave a "running" state behind: it would hold off every later command until it expires.
    await gh.edit(ack.id, `${stateLine({ ...state, state: 'done' })}\n${renderRefusal(c, `the preview run failed: ${(error as Error)?.message ?? String(error)}`)}`).catch(() => undefined);
    throw error;
  }
}

async function deployAndReport(
  req: PreviewRequest,
  c: ReplyContext,
  ack: PostedComment,
  state: PreviewState,
  plan: Plan,
  stacks: LiveStack[],
  pull: PullRequestNow,
  names: string[],
  specs: DeploymentSpec[]
): Promise<PreviewOutcome> {
  const { gh } = req;
  let outcome: ApplyOutcome | undefined;
  let failure: string | undefined;
  try {
    outcome = await req.apply(plan, stacks, pull.headSha);
  } catch (error) {
    failure = (error as Error)?.message ?? String(error);
  }
  const results: PreviewResultItem[] = [];
  for (const [i, name] of names.entries()) {
    const spec = specs[i];
    const d = outcome?.deployments.find((x) => x.name === spec.name);
    results.push(await resultItem(req, name, spec, d, stacks, failure));
  }
  const done = `${stateLine({ ...state, state: 'done' })}\n${renderPreviewResult(c, { pr: req.pr, items: results })}`;
  await gh.edit(ack.id, done);
  const bad = results.filter((r) => r.result !== 'succeeded');
  return {
    result: bad.length ? 'failed' : 'deployed',
    replyUrl: ack.url,
    failed: bad.length ? `${bad.length} preview${bad.length === 1 ? '' : 's'} did not come up: ${bad.map((b) => `${b.name} (${b.result}${b.reason ? `: ${b.reason}` : ''})`).join('; ')}` : undefined
  };
}

async function resultItem(req: PreviewRequest, name: string, spec: DeploymentSpec, d: DeploymentOutcome | undefined, stacks: LiveStack[], failure?: string): Promise<PreviewResultItem> {
  const price = previewPrice(spec);
  const base = { name, stackName: previewStackName(req.stackPrefix, req.pr, name), region: spec.region, hourly: price.hourly };
  if (!d) return { ...base, result: 'failed', reason: failure ?? 'the apply path did not report on it' };
  // Already up with exactly this spec: apply left it alone, and it is benchmarked as it is.
  const up = d.result === 'succeeded' || (d.action === 'unchanged' && d.baseUrl !== undefined);
  if (!up) return { ...base, result: d.result === 'skipped' ? 'failed' : d.result, reason: d.reason, logUrl: d.logUrl };
  const item: PreviewResultItem = {
    ...base,
    result: 'succeeded',
    ...(d.action === 'unchanged' ? { note: 'already up with exactly this spec: nothing was redeployed (the ttl still counts from its deploy)' } : {}),
    baseUrl: d.baseUrl,
    model: d.servedModelName,
    apiKeySecretArn: d.apiKeySecretArn,
    smoke: d.smoke
  };
  if (d.baseUrl && d.servedModelName) {
    const measured = await measure(req, { region: spec.region, baseUrl: d.baseUrl, model: d.servedModelName, apiKeySecretArn: d.apiKeySecretArn, hourlyUsd: price.hourly });
    item.bench = measured.bench;
    item.benchError = measured.error;
  } else {
    item.benchError = 'the stack has no BaseUrl or ServedModelName output';
  }
  // The stack as the apply left it: its deployed-at tag starts the ttl.
  const after = await describeStack(req.clients, spec.region, base.stackName).catch(() => undefined);
  const expiry = after ? previewExpiry(after) : undefined;
  if (expiry) item.expiresAt = expiry.toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z');

  const liveStack = stacks.find((s) => s.stackName === `${req.stackPrefix}-${name}` && s.region === spec.region && isManaged(s, req.stackPrefix));
  if (liveStack && /_COMPLETE$/.test(liveStack.status) && !liveStack.status.startsWith('DELETE') && liveStack.status !== 'ROLLBACK_COMPLETE') {
    const deployed = deployedSpec(liveStack);
    const model = liveStack.outputs.ServedModelName;
    item.live = { stackName: liveStack.stackName };
    if (liveStack.outputs.BaseUrl && model) {
      const measured = await measure(req, {
        region: liveStack.region,
        baseUrl: liveStack.outputs.BaseUrl,
        model,
        apiKeySecretArn: liveStack.outputs.ApiKeySecretArn || undefined,
        hourlyUsd: deployed.ok ? estimateCost(deployed.spec).hourlyMin : null
      });
      item.live.bench = measured.bench;
      item.live.benchError = measured.error;
    } else {
      item.live.benchError = 'the live stack has no BaseUrl or ServedModelName output';
    }
  }
  return item;
}

async function measure(req: PreviewRequest, target: BenchTargetInfo): Promise<{ bench?: BenchFigures; error?: string }> {
  try {
    req.log.info(`benchmark: ${target.baseUrl} (${target.model})`);
    return { bench: await req.benchmark(target) };
  } catch (error) {
    return { error: (error as Error)?.message ?? String(error) };
  }
}

export interface RemovedPreview {
  stackName: string;
  region: string;
  result: string;
  reason?: string;
}

/** Removes every preview of the pull request, through the apply path's checked delete. */
export async function removePreviews(
  req: Pick<PreviewRequest, 'clients' | 'stackPrefix' | 'manifestPath' | 'pr' | 'defaultRegion' | 'baseManifest' | 'apply' | 'log'> & { prManifest?: Uint8Array; headSha?: string },
  why: string
): Promise<{ items: RemovedPreview[]; failed?: string }> {
  const regions = new Set<string>(req.defaultRegion ? [req.defaultRegion] : []);
  for (const content of [req.baseManifest, req.prManifest]) {
    if (!content) continue;
    const m = loadManifest(content, { path: req.manifestPath, stackPrefix: req.stackPrefix, defaultRegion: req.defaultRegion });
    for (const s of m.specs) regions.add(s.region);
  }
  const live = await listStacks(req.clients, [...regions], { tombstones: false });
  if (!live.known) return { items: [], failed: `previews of #${req.pr} could not be listed: ${live.reason}` };
  const stacks = previewStacks(live.stacks, req.stackPrefix, req.pr);
  return deletePreviewStacks(req, stacks, live.stacks, why);
}

export async function deletePreviewStacks(
  req: Pick<PreviewRequest, 'stackPrefix' | 'manifestPath' | 'apply' | 'log'>,
  stacks: LiveStack[],
  all: LiveStack[],
  why: string | ((s: LiveStack) => string)
): Promise<{ items: RemovedPreview[]; failed?: string }> {
  if (!stacks.length) return { items: [] };
  const reason = (s: LiveStack) => (typeof why === 'string' ? why : why(s));
  const entries = stacks.map((s) => lifecycleDeleteEntry(s, `preview of #${s.tags[PREVIEW_TAGS.pr]}: ${reason(s)}`));
  const regions = [...new Set(stacks.map((s) => s.region))].sort();
  const plan = planFromEntries(entries, { manifestPath: req.manifestPath, stackPrefix: req.stackPrefix, live: { known: true, regions } });
  for (const s of stacks) req.log.info(`removing preview ${s.stackName} (${s.region}): ${reason(s)}`);
  const outcome = await req.apply(plan, all, '');
  const items = outcome.deployments.map((d) => ({ stackName: d.stackName, region: d.region, result: d.result, reason: d.result === 'succeeded' ? undefined : d.reason }));
  const bad = items.filter((i) => i.result !== 'succeeded');
  return { items, failed: bad.length ? `previews not removed: ${bad.map((b) => `${b.stackName} (${b.result}${b.reason ? `: ${b.reason}` : ''})`).join('; ')}` : undefined };
}

export interface PreviewSweep {
  removed: (RemovedPreview & { why: string })[];
  /** Dry run: what would have been removed. */
  due: { stackName: string; region: string; why: string }[];
  failed?: string;
}

/**
 * The scheduled teardown's share: previews whose pull request is closed, or past their ttl. Reads
 * every region the manifest and `aws-region` name, like the teardown itself.
 */
export async function sweepPreviews(req: {
  clients: AwsClients;
  stackPrefix: string;
  manifestPath: string;
  regions: string[];
  now: Date;
  dryRun: boolean;
  prState: (pr: number) => Promise<'open' | 'closed' | 'unknown'>;
  apply: PreviewRequest['apply'];
  log: Logger;
}): Promise<PreviewSweep> {
  const live = await listStacks(req.clients, req.regions, { tombstones: false });
  if (!live.known) return { removed: [], due: [], failed: `previews could not be listed: ${live.reason}` };
  const prs = new Map<number, 'open' | 'closed' | 'unknown'>();
  for (const s of previewStacks(live.stacks, req.stackPrefix)) {
    const pr = Number(s.tags[PREVIEW_TAGS.pr]);
    if (!prs.has(pr)) prs.set(pr, await req.prState(pr).catch(() => 'unknown' as const));
  }
  const due = duePreviewRemovals(live.stacks, { stackPrefix: req.stackPrefix, now: req.now, prState: (pr) => prs.get(pr) ?? 'unknown' });
  const list = due.map((d) => ({ stackName: d.stack.stackName, region: d.stack.region, why: d.reason }));
  if (req.dryRun || !due.length) {
    for (const d of list) req.log.info(`preview ${d.stackName} (${d.region}): ${req.dryRun ? 'would be removed' : 'removed'}: ${d.why}`);
    return { removed: [], due: list };
  }
  const why = new Map(due.map((d) => [d.stack.stackName, d.reason]));
  const result = await deletePreviewStacks(req, due.map((d) => d.stack), live.stacks, (s) => why.get(s.stackName) ?? 'due');
  return { removed: result.items.map((i) => ({ ...i, why: why.get(i.stackName) ?? '' })), due: list, failed: result.failed };
}
