// `mode: apply`: carry out a plan's creates, updates, replaces and deletes. Driven by the plan
// entries alone (the action recomputes the plan from live state first; teardown builds its own),
// so the same code brings scheduled deployments back up and deletes expired ones.
//
// Each change runs on its own, up to `maxParallel` at once, and ends in exactly one result:
// succeeded, failed (with the stage, the reason and where to look), timed-out, cancelled or
// skipped. One deployment failing never stops the others.
import type { StackEvent } from '@aws-sdk/client-cloudformation';
import type { AwsClients } from '../aws/clients.js';
import { listStacks } from '../aws/stacks.js';
import { writeTombstone } from '../aws/tombstones.js';
import { writeRegionRecord } from '../aws/region-record.js';
import {
  BootstrapMissingError,
  bootstrapFromStack,
  buildLogUrl,
  ENDED,
  executionUrl,
  putDeploymentRequest,
  readBootstrap,
  readExecution,
  requestToken,
  stackEventsUrl,
  startExecution,
  stopExecution,
  type ActionSnapshot,
  type Bootstrap,
  type ExecutionSnapshot,
  type PipelineVariables
} from '../aws/pipeline.js';
import { names, type DeploymentRequest } from '../aws/pipeline-contract.js';
import { Backoff, DEFAULT_POLL, deleteStackAndWait, describeStack, realSleep, waitWhileBusy, type Clock, type PollSettings, type Sleep } from '../aws/stack-ops.js';
import { StackEventTail, firstFailures, formatEvent, type FailureEvent } from '../aws/stack-events.js';
import { smokeTest, type SmokeResult } from '../aws/smoke.js';
import { deployedSpec, fixFor, holdsNothing, isBusy, needsHuman, TAG, type LiveStack } from '../core/live.js';
import { diffSpecs, type Plan, type PlanAction, type PlanEntry } from '../core/plan.js';
import { specHash } from '../core/spec-hash.js';
import { launchRequest } from '../core/launch.js';
import { findModel } from '../core/catalog/models.js';
import type { DeploymentSpec } from '../core/types.js';
import type { Logger } from '../runner/logger.js';

export type DeploymentResult = 'succeeded' | 'failed' | 'cancelled' | 'timed-out' | 'skipped';

export interface FailingEvent {
  logicalId: string;
  resourceType: string;
  status: string;
  reason: string;
  /** ISO-8601. */
  at?: string;
}

export interface DeploymentOutcome {
  name: string;
  action: PlanAction;
  result: DeploymentResult;
  region: string;
  stackName: string;
  /** Where it ended when it did not succeed: a pipeline stage (Source, Build, Deploy) or a step of apply. */
  stage?: string;
  /** The pipeline action that failed, e.g. `Build` or `Stack`. */
  failedAction?: string;
  reason?: string;
  /** The exact way out, for states that need a person. */
  fix?: string;
  /** CodeBuild log of a failed build, or the stack's events for a failed deploy. */
  logUrl?: string;
  failingEvent?: FailingEvent;
  executionId?: string;
  executionUrl?: string;
  baseUrl?: string;
  servedModelName?: string;
  /** What the endpoint serves: chat completions, or embeddings (snippets and smoke test follow it). */
  kind?: 'chat' | 'embedding';
  apiKeySecretArn?: string;
  smoke?: SmokeResult;
  /** USD per hour now running at minimum scale: 0 after a delete, null when unknown. */
  hourlyCost?: number | null;
  hourlyCostMax?: number | null;
  durationMs?: number;
  notes: string[];
}

export interface ApplyOutcome {
  deployments: DeploymentOutcome[];
  ok: boolean;
  cancelled: boolean;
  startedAt: number;
  finishedAt: number;
}

export interface ApplyRequest {
  clients: AwsClients;
  plan: Plan;
  stackPrefix: string;
  manifestPath: string;
  commit: string;
  maxParallel: number;
  timeoutMs: number;
  smokeTest: 'warn' | 'require' | 'off';
  onCancel: 'leave' | 'stop';
  signal?: AbortSignal;
  log: Logger;
  /** Hides a secret from every later log line (core.setSecret in the action). */
  mask?: (s: string) => void;
  now?: () => number;
  sleep?: Sleep;
  /** How polls back off; tests and the bench shorten it. */
  poll?: Partial<PollSettings>;
  /**
   * The stacks the plan was built from, when the caller has them: saves a listing (bootstrap
   * outputs, endpoints of unchanged deployments).
   */
  liveStacks?: LiveStack[];
}

/** A deployment ended early; carries its result and whatever is known about why. */
class Ended extends Error {
  constructor(
    readonly result: DeploymentResult,
    readonly fields: Partial<DeploymentOutcome> & { reason: string }
  ) {
    super(fields.reason);
  }
}

const MAX_TOKEN_ROUNDS = 5;
/** Consecutive failed status reads (after the SDK's own retries) before a deployment gives up watching. */
const MAX_READ_FAILURES = 3;

export async function runApply(req: ApplyRequest): Promise<ApplyOutcome> {
  return new ApplyRun(req).run();
}

class ApplyRun {
  private readonly now: () => number;
  private readonly clock: Clock;
  private readonly mask: (s: string) => void;
  /** Each deployment's own log, shown again as one group once everything is done. */
  private readonly transcripts = new Map<PlanEntry, string[]>();
  private readonly bootstraps = new Map<string, Promise<Bootstrap>>();
  private listing?: Promise<Map<string, LiveStack>>;

  constructor(private readonly req: ApplyRequest) {
    this.now = req.now ?? Date.now;
    const sleep = req.sleep ?? realSleep;
    this.clock = { now: this.now, sleep, deadline: this.now() + req.timeoutMs, signal: req.signal, poll: { ...DEFAULT_POLL, ...req.poll } };
    this.mask = req.mask ?? (() => undefined);
  }

  private get log(): Logger {
    return this.req.log;
  }

  async run(): Promise<ApplyOutcome> {
    const startedAt = this.now();
    const { plan } = this.req;
    if (!plan.live.known) {
      const reason = `live state unknown (${plan.live.reason}); apply acts only on a plan made from live state`;
      this.log.error(`Nothing applied: ${reason}`);
      const deployments = plan.entries.map((e) => ({ ...this.base(e), result: 'skipped' as const, reason }));
      return { deployments, ok: false, cancelled: false, startedAt, finishedAt: this.now() };
    }

    const outcomes = plan.entries.map((e) => this.triage(e));
    const work = plan.entries.map((_, i) => i).filter((i) => outcomes[i] === undefined);
    this.log.info(this.headline(outcomes, work.length));

    if (work.length) await this.recordRegions(work.map((i) => plan.entries[i]));
    if (work.length) {
      const limit = Math.max(1, Math.min(this.req.maxParallel, work.length));
      await this.log.group(`Applying ${work.length} change${work.length === 1 ? '' : 's'}, ${limit} at a time`, () =>
        pool(work, limit, async (i) => {
          outcomes[i] = await this.runOne(plan.entries[i]);
        })
      );
    }
    const deployments = outcomes as DeploymentOutcome[];
    await this.fillUnchanged(deployments);

    for (const [i, entry] of plan.entries.entries()) {
      const lines = this.transcripts.get(entry);
      if (!lines) continue;
      const o = deployments[i];
      await this.log.group(`${o.name}: ${o.result}${o.stage && o.result !== 'succeeded' ? ` in ${o.stage}` : ''}`, async () => {
        for (const line of lines) this.log.info(line);
      });
    }
    this.report(deployments);

    const cancelled = this.req.signal?.aborted === true;
    const ok = !cancelled && deployments.every((d) => d.result === 'succeeded' || d.result === 'skipped');
    return { deployments, ok, cancelled, startedAt, finishedAt: this.now() };
  }

  // ---- what to do with each entry ---------------------------------------------------------------

  private base(entry: PlanEntry): DeploymentOutcome {
    const spec = entry.desired ?? entry.deployed;
    const kind = spec && findModel(spec.model)?.kind === 'embedding' ? ('embedding' as const) : undefined;
    return { name: entry.name, action: entry.action, result: 'skipped', region: entry.region, stackName: entry.stackName, notes: [], ...(kind ? { kind } : {}) };
  }

  /** An outcome for entries apply does not act on; undefined for the ones it does. */
  private triage(entry: PlanEntry): DeploymentOutcome | undefined {
    const o = this.base(entry);
    switch (entry.action) {
      case 'unchanged':
        // Nothing to apply, but a stack stuck in a failed state is worth a warning and its fix.
        if (entry.blocked?.kind === 'failed') {
          return { ...o, reason: `unchanged, but ${entry.blocked.reason}`, fix: entry.blocked.fix, hourlyCost: entry.liveCost?.hourlyMin ?? null, hourlyCostMax: entry.liveCost?.hourlyMax ?? null };
        }
        // Running cost counts only what runs: a dormant or expired deployment has no stack.
        if (!entry.live || entry.live.status === 'ROLLBACK_COMPLETE') return { ...o, reason: 'unchanged', hourlyCost: 0, hourlyCostMax: 0 };
        return { ...o, reason: 'unchanged', hourlyCost: entry.cost?.hourlyMin ?? null, hourlyCostMax: entry.cost?.hourlyMax ?? null };
      case 'unknown':
        return { ...o, reason: 'live state unknown' };
    }
    switch (entry.blocked?.kind) {
      case 'destroy-not-allowed':
      case 'protected':
        return { ...o, reason: entry.blocked.reason, hourlyCost: entry.liveCost?.hourlyMin ?? null, hourlyCostMax: entry.liveCost?.hourlyMax ?? null };
      case 'not-ours':
        // Never deploy over a stack this manifest does not own: CloudFormation would update it by name.
        return { ...o, result: 'failed', stage: 'stack ownership', reason: `refused: ${entry.blocked.reason}`, fix: entry.blocked.fix };
      case 'failed':
        return {
          ...o,
          result: 'failed',
          stage: 'stack state',
          reason: `${entry.blocked.reason}; it needs a person before apply can change it`,
          fix: entry.blocked.fix,
          hourlyCost: entry.liveCost?.hourlyMin ?? null
        };
    }
    return undefined;
  }

  private headline(outcomes: (DeploymentOutcome | undefined)[], work: number): string {
    const count = (pred: (o: DeploymentOutcome) => boolean) => outcomes.filter((o) => o && pred(o)).length;
    const parts = [`${work} to apply`, `${count((o) => o.action === 'unchanged')} unchanged`];
    const held = count((o) => o.result === 'skipped' && o.action !== 'unchanged');
    if (held) parts.push(`${held} held back`);
    const stuck = count((o) => o.result === 'failed');
    if (stuck) parts.push(`${stuck} blocked by a failed stack`);
    return `Apply ${this.req.manifestPath} at ${this.req.commit.slice(0, 12) || 'unknown commit'}: ${parts.join(', ')}`;
  }

  private async runOne(entry: PlanEntry): Promise<DeploymentOutcome> {
    const o = this.base(entry);
    const started = this.now();
    this.transcripts.set(entry, []);
    try {
      if (this.req.signal?.aborted) throw new Ended('cancelled', { reason: 'not started: the run was cancelled first' });
      if (this.now() >= this.clock.deadline) throw new Ended('timed-out', { reason: `not started: timeout-minutes (${minutes(this.req.timeoutMs)}) ran out first` });
      this.say(entry, `${entry.action} in ${entry.region}${entry.live && entry.live.region !== entry.region ? ` (from ${entry.live.region})` : ''}`);
      if (entry.action === 'delete') await this.deleteEntry(entry, o);
      else if (entry.action === 'create' && entry.lifecycle?.state === 'dormant') await this.recordDormant(entry, o);
      else await this.deployEntry(entry, o);
      o.result = 'succeeded';
    } catch (error) {
      if (error instanceof Ended) {
        Object.assign(o, error.fields);
        o.result = error.result;
      } else if (this.req.signal?.aborted) {
        o.result = 'cancelled';
        o.reason ??= 'the run was cancelled';
      } else {
        o.result = 'failed';
        o.reason = explainError(error);
      }
      this.say(entry, `${o.result}${o.stage ? ` in ${o.stage}` : ''}: ${o.reason}`);
    }
    o.durationMs = this.now() - started;
    this.cost(entry, o);
    return o;
  }

  private cost(entry: PlanEntry, o: DeploymentOutcome): void {
    // A failed smoke test still leaves the new version deployed and billing.
    if (o.result === 'succeeded' && entry.lifecycle?.state === 'dormant') {
      o.hourlyCost = 0;
      o.hourlyCostMax = 0;
    } else if (o.result === 'succeeded' || o.stage === 'smoke test') {
      const after = entry.action === 'delete' ? undefined : entry.cost;
      o.hourlyCost = entry.action === 'delete' ? 0 : (after?.hourlyMin ?? null);
      o.hourlyCostMax = entry.action === 'delete' ? 0 : (after?.hourlyMax ?? null);
    } else if (o.result === 'failed' && entry.action === 'update') {
      // A failed update rolls back: the previous version keeps running.
      o.hourlyCost = entry.liveCost?.hourlyMin ?? null;
      o.hourlyCostMax = entry.liveCost?.hourlyMax ?? null;
    } else if (o.result === 'failed' && entry.action === 'create') {
      // A failed create rolls back every resource (ROLLBACK_COMPLETE holds nothing that bills).
      o.hourlyCost = 0;
      o.hourlyCostMax = 0;
    }
  }

  private say(entry: PlanEntry, line: string): void {
    this.log.info(`${entry.name}: ${line}`);
    this.transcripts.get(entry)?.push(line);
  }

  // ---- create, update, replace ------------------------------------------------------------------

  private async deployEntry(entry: PlanEntry, o: DeploymentOutcome): Promise<void> {
    const spec = entry.desired;
    if (!spec) throw new Ended('failed', { stage: 'plan', reason: 'the plan entry has no desired spec' });
    let live = entry.live;
    const moving = live !== undefined && live.region !== entry.region;

    if (live && (entry.blocked?.kind === 'busy' || isBusy(live.status))) {
      const stack = await this.waitBusy(entry, live);
      if (!stack) live = undefined;
      else {
        live = { ...live, status: stack.status };
        if (needsHuman(stack.status)) {
          throw new Ended('failed', { stage: 'stack state', reason: `after waiting, the stack is ${stack.status}${stack.statusReason ? `: ${stack.statusReason}` : ''}`, fix: fixFor(stack) });
        }
        if (!moving && alreadyDeployed(stack, spec)) {
          this.say(entry, 'the stack finished with exactly this spec (deployed by another run); nothing to start');
          o.notes.push('already deployed by another run while this one waited');
          this.takeOutputs(o, stack);
          await this.smoke(entry, o);
          return;
        }
      }
    }

    if (live && !moving) {
      if (holdsNothing(live.status)) {
        const why = live.status === 'ROLLBACK_COMPLETE' ? 'by a failed create' : 'by a change set that was never executed';
        this.say(entry, `the stack was left in ${live.status} ${why}; deleting it to create it again`);
        o.notes.push(`deleted the empty stack left in ${live.status} ${why}, then created it`);
        await this.deleteStack(entry, live, 'delete before re-create');
      } else if (entry.action === 'replace') {
        this.say(entry, `${entry.changes.filter((c) => c.impact === 'replaces the stack').map((c) => c.field).join(', ') || 'a change'} cannot happen in place: deleting the stack, then creating it again`);
        await this.deleteStack(entry, live, 'delete before replace');
      }
    }

    await this.throughPipeline(entry, spec, o);
    await this.smoke(entry, o);

    if (live && moving) {
      this.say(entry, `the new stack in ${entry.region} is up; deleting the old one in ${live.region}`);
      await this.deleteStack(entry, live, `delete the old stack in ${live.region}`);
      o.notes.push(`moved from ${live.region}; the old stack there was deleted`);
    }
  }

  /**
   * Before deploying anywhere, the regions this prefix runs in go into the record in each region
   * deployed to (region-record.ts), so a later plan finds a stack left behind by a move.
   */
  private async recordRegions(work: PlanEntry[]): Promise<void> {
    const targets = [...new Set(work.filter((e) => e.action !== 'delete').map((e) => e.region))].sort();
    if (!targets.length) return;
    const regions = new Set([...(this.req.plan.recordedRegions ?? []), ...targets]);
    // Regions only ever join the record ("ever deployed to"): one more listing costs little,
    // a region dropped too early hides what still runs there.
    for (const e of this.req.plan.entries) if (e.live) regions.add(e.live.region);
    for (const region of targets) {
      try {
        const bootstrap = await this.bootstrap(region, 'record');
        await writeRegionRecord(this.req.clients, region, bootstrap.artifactBucket, [...regions], new Date(this.now()));
      } catch (error) {
        // The deploy itself can go on; the cost is that a later move out of this region is not seen.
        this.log.warning(`could not update the record of regions deployed to in ${region} (${explainError(error)}); a plan may not see stacks left in regions the manifest stops naming`);
      }
    }
  }

  /**
   * A new deployment whose schedule window is closed gets no stack now: it is recorded as dormant
   * (a `schedule` teardown record with its spec), which is what teardown leaves for a deployment it
   * took down, so later plans call it unchanged and the hourly teardown creates it when the window opens.
   */
  private async recordDormant(entry: PlanEntry, o: DeploymentOutcome): Promise<void> {
    const spec = entry.desired;
    if (!spec) throw new Ended('failed', { stage: 'plan', reason: 'the plan entry has no desired spec' });
    const bootstrap = await this.bootstrap(entry.region, 'record');
    await writeTombstone(this.req.clients, bootstrap.artifactBucket, {
      stackName: entry.stackName,
      region: entry.region,
      specHash: specHash(spec),
      reason: 'schedule',
      tornDownAt: new Date(this.now()),
      spec
    });
    const when = entry.lifecycle?.nextUp ? ` at ${entry.lifecycle.nextUp}` : '';
    this.say(entry, `its schedule window is closed: recorded as dormant, no stack created; the hourly teardown creates it${when}`);
    o.notes.push(`dormant until its schedule window opens${when}: no stack yet, nothing billed`);
  }

  private async throughPipeline(entry: PlanEntry, spec: DeploymentSpec, o: DeploymentOutcome): Promise<void> {
    const bootstrap = await this.bootstrap(entry.region, 'pipeline');
    const { clients, commit } = this.req;
    const hash = specHash(spec);
    const request: DeploymentRequest = {
      spec,
      stack_name: entry.stackName,
      stack_prefix: this.req.stackPrefix,
      manifest: this.req.manifestPath,
      commit,
      spec_hash: hash,
      requested_at: new Date(this.now()).toISOString(),
      launch: launchRequest(spec)
    };
    const key = await putDeploymentRequest(clients, bootstrap, request, spec.name);
    const variables: PipelineVariables = {
      DEPLOYMENT: spec.name,
      STACK_NAME: entry.stackName,
      SERVICE: spec.service,
      REQUEST_KEY: key,
      COMMIT: commit || 'unknown'
    };

    // Primed before the start, so the first event of this operation is never mistaken for an old one.
    const tail = new StackEventTail(clients.cloudFormation(entry.region), entry.stackName, new Date(this.now()));
    await tail.prime();

    let snapshot: ExecutionSnapshot | undefined;
    for (let round = 1; round <= MAX_TOKEN_ROUNDS && !snapshot; round++) {
      const token = requestToken(commit, spec.name, hash, round);
      const id = await startExecution(clients, bootstrap, variables, token, this.req.signal);
      const first = await readExecution(clients, bootstrap, id, this.req.signal);
      if (ENDED.has(first.status) || first.status === 'Stopping') {
        this.say(entry, `execution ${id} of an earlier attempt at this commit and spec already ended ${first.status}; starting a new one`);
        continue;
      }
      snapshot = first;
      o.executionId = id;
      o.executionUrl = executionUrl(entry.region, bootstrap.pipelineName, id);
      this.say(entry, `pipeline execution ${id} (${bootstrap.pipelineName}): ${o.executionUrl}`);
    }
    if (!snapshot) {
      throw new Ended('failed', {
        stage: 'start',
        reason: `${MAX_TOKEN_ROUNDS} executions for this commit and spec already ended without deploying it; push a new commit (or change the spec) to try again`
      });
    }

    const events: StackEvent[] = [];
    const seen = new Map<string, string>();
    const backoff = new Backoff(this.clock);
    let readFailures = 0;
    for (;;) {
      if (this.noteActions(entry, snapshot, seen, bootstrap, o)) backoff.reset();
      if (snapshot.actions.some((a) => a.stage === 'Deploy')) {
        const fresh = await tail.poll().catch(() => [] as StackEvent[]);
        for (const e of fresh) this.say(entry, `  ${formatEvent(e)}`);
        events.push(...fresh);
        if (fresh.length) backoff.reset();
      }
      if (ENDED.has(snapshot.status)) break;

      const end = await backoff.wait();
      const stage = currentStage(snapshot);
      if (end === 'timeout') {
        throw new Ended('timed-out', {
          stage,
          reason: `still in ${stage} after timeout-minutes (${minutes(this.req.timeoutMs)}); the execution keeps running in AWS, a re-run attaches to it`
        });
      }
      if (end === 'aborted') throw await this.cancelExecution(entry, bootstrap, snapshot, stage);
      try {
        snapshot = await readExecution(clients, bootstrap, snapshot.id, this.req.signal);
        readFailures = 0;
      } catch (error) {
        if (this.req.signal?.aborted) throw await this.cancelExecution(entry, bootstrap, snapshot, stage);
        if (++readFailures >= MAX_READ_FAILURES) throw error;
        this.say(entry, `reading the execution failed (${explainError(error)}); trying again`);
      }
    }

    if (snapshot.status === 'Succeeded') {
      const stack = await describeStack(clients, entry.region, entry.stackName, this.req.signal);
      if (!stack) throw new Ended('failed', { stage: 'Deploy', reason: `the pipeline succeeded but there is no stack ${entry.stackName} in ${entry.region}` });
      this.takeOutputs(o, stack);
      // The build log matters when something failed; a success links its execution instead.
      o.logUrl = undefined;
      this.say(entry, `deployed: ${stack.status}${o.baseUrl ? `, ${o.baseUrl}` : ''}`);
      return;
    }
    throw await this.explainFailure(entry, bootstrap, snapshot, tail, events);
  }

  /** Logs stage/action transitions; true when anything changed. */
  private noteActions(entry: PlanEntry, snapshot: ExecutionSnapshot, seen: Map<string, string>, bootstrap: Bootstrap, o: DeploymentOutcome): boolean {
    let changed = false;
    for (const a of snapshot.actions) {
      const key = `${a.stage}/${a.action}`;
      if (seen.get(key) === a.status) continue;
      seen.set(key, a.status);
      changed = true;
      const link = a.stage === 'Build' && a.status === 'InProgress' ? buildLogUrl(entry.region, a.externalExecutionId, a.externalExecutionUrl, bootstrap.accountId) : undefined;
      if (link) o.logUrl = link;
      const detail = a.status === 'Failed' ? `: ${a.error?.message ?? 'no details'}` : a.summary && a.status === 'Succeeded' ? `: ${a.summary}` : '';
      this.say(entry, `${a.stage} · ${a.action}: ${a.status}${detail}${link ? ` (log: ${link})` : ''}`);
    }
    return changed;
  }

  private async explainFailure(entry: PlanEntry, bootstrap: Bootstrap, snapshot: ExecutionSnapshot, tail: StackEventTail, events: StackEvent[]): Promise<Ended> {
    const failed = [...snapshot.actions].reverse().find((a) => a.status === 'Failed' || a.status === 'Abandoned');
    const stage = failed?.stage ?? currentStage(snapshot);
    const fields: Partial<DeploymentOutcome> & { reason: string } = {
      stage,
      failedAction: failed?.action,
      reason:
        snapshot.status === 'Failed'
          ? (failed?.error?.message ?? snapshot.statusSummary ?? 'the pipeline execution failed')
          : `the pipeline execution ended ${snapshot.status}${snapshot.statusSummary ? `: ${snapshot.statusSummary}` : ''}`
    };
    if (failed?.stage === 'Build') {
      fields.logUrl = buildLogUrl(entry.region, failed.externalExecutionId, failed.externalExecutionUrl, bootstrap.accountId);
      fields.reason = `the build failed (${fields.reason}); the CodeBuild log says why`;
    }
    if (failed?.stage === 'Deploy' || events.length) {
      events.push(...(await tail.poll().catch(() => [] as StackEvent[])));
      const cause = firstFailures(events, 1)[0];
      if (cause) fields.failingEvent = toFailingEvent(cause);
      const stack = await describeStack(this.req.clients, entry.region, entry.stackName).catch(() => undefined);
      if (stack) {
        fields.logUrl = stackEventsUrl(entry.region, stack.stackId);
        const fix = fixFor(stack);
        if (fix) fields.fix = fix;
        if (cause) fields.reason = `${cause.logicalId} (${cause.resourceType}) ${cause.status}: ${cause.reason}; the stack is ${stack.status}`;
      }
    }
    return new Ended('failed', fields);
  }

  private async cancelExecution(entry: PlanEntry, bootstrap: Bootstrap, snapshot: ExecutionSnapshot, stage: string): Promise<Ended> {
    if (this.req.onCancel === 'stop') {
      try {
        await stopExecution(this.req.clients, bootstrap, snapshot.id, 'emd-action: the workflow run was cancelled');
        this.say(entry, `asked CodePipeline to stop execution ${snapshot.id}: the running ${stage} action finishes, nothing after it starts`);
        return new Ended('cancelled', { stage, reason: `cancelled in ${stage}; stop requested (the running action finishes, later stages do not start)` });
      } catch (error) {
        return new Ended('cancelled', { stage, reason: `cancelled in ${stage}; stopping execution ${snapshot.id} failed (${explainError(error)}), it keeps running` });
      }
    }
    return new Ended('cancelled', { stage, reason: `cancelled in ${stage}; execution ${snapshot.id} was left running (on-cancel: leave), a re-run attaches to it` });
  }

  private takeOutputs(o: DeploymentOutcome, stack: LiveStack): void {
    o.baseUrl = stack.outputs.BaseUrl || undefined;
    o.servedModelName = stack.outputs.ServedModelName || undefined;
    o.apiKeySecretArn = stack.outputs.ApiKeySecretArn || undefined;
  }

  private async smoke(entry: PlanEntry, o: DeploymentOutcome): Promise<void> {
    if (this.req.smokeTest === 'off') return;
    if (!o.baseUrl || !o.servedModelName) {
      o.smoke = { ok: false, error: 'the stack has no BaseUrl or ServedModelName output' };
    } else {
      const kind = o.kind ?? 'chat';
      this.say(entry, `smoke test: ${kind === 'embedding' ? 'one embedding' : 'one streamed chat completion'} from ${o.baseUrl}`);
      o.smoke = await smokeTest({
        kind,
        clients: this.req.clients,
        region: entry.region,
        baseUrl: o.baseUrl,
        model: o.servedModelName,
        apiKeySecretArn: o.apiKeySecretArn,
        mask: this.mask,
        signal: this.req.signal
      });
    }
    const s = o.smoke;
    if (s.ok && o.kind === 'embedding') this.say(entry, `smoke test passed: HTTP ${s.status}, ${s.reply} in ${ms(s.totalMs)}`);
    else if (s.ok) this.say(entry, `smoke test passed: HTTP ${s.status}, first token after ${ms(s.ttftMs)}, ${ms(s.totalMs)} in all`);
    else this.say(entry, `smoke test failed: ${s.error}`);
    if (!s.ok && this.req.smokeTest === 'require') {
      throw new Ended('failed', { stage: 'smoke test', reason: `deployed, but the smoke test failed: ${s.error}` });
    }
  }

  // ---- delete -----------------------------------------------------------------------------------

  private async deleteEntry(entry: PlanEntry, o: DeploymentOutcome): Promise<void> {
    const live = entry.live;
    if (!live) throw new Ended('failed', { stage: 'plan', reason: 'the plan entry names no live stack to delete' });
    if (entry.blocked?.kind === 'busy' || isBusy(live.status)) {
      const stack = await this.waitBusy(entry, live);
      if (!stack) {
        o.notes.push('the stack was already gone');
        return;
      }
    }
    await this.deleteStack(entry, live, 'delete');
    o.notes.push('images and staged weights are kept, so deploying it again is quick');
  }

  /** Deletes a stack the plan recognised as ours, by id, after checking it still is. */
  private async deleteStack(entry: PlanEntry, live: NonNullable<PlanEntry['live']>, step: string): Promise<void> {
    const { clients } = this.req;
    const current = await describeStack(clients, live.region, live.stackId, this.req.signal);
    if (!current || current.status === 'DELETE_COMPLETE') {
      this.say(entry, `${live.stackName} in ${live.region} is already deleted`);
      return;
    }
    if (current.tags[TAG.managed] !== 'true' || current.tags[TAG.deployment] !== entry.name || current.stackName !== names.modelStack(this.req.stackPrefix, entry.name)) {
      throw new Ended('failed', { stage: step, reason: `refusing to delete ${current.stackName} in ${live.region}: it is not tagged as the emd deployment ${entry.name}` });
    }
    const bootstrap = await this.bootstrap(live.region, step);
    this.say(entry, `deleting ${live.stackName} in ${live.region} (${current.status})`);
    const result = await deleteStackAndWait({
      clients,
      region: live.region,
      stack: live.stackId,
      roleArn: bootstrap.deployRoleArn,
      clock: this.clock,
      onStatus: (status, reason) => this.say(entry, `stack ${status}${reason ? `: ${reason}` : ''}`),
      onEvent: (e) => this.say(entry, `  ${formatEvent(e)}`)
    });
    if (result.end === 'timeout') {
      throw new Ended('timed-out', { stage: step, reason: `${live.stackName} is still ${result.stack?.status ?? 'deleting'} after timeout-minutes (${minutes(this.req.timeoutMs)}); CloudFormation keeps deleting it` });
    }
    if (result.end === 'aborted') {
      throw new Ended('cancelled', { stage: step, reason: `cancelled while deleting ${live.stackName}; CloudFormation keeps deleting it` });
    }
    if (result.stack?.status === 'DELETE_FAILED') {
      const cause = result.failures[0];
      throw new Ended('failed', {
        stage: step,
        reason: `DELETE_FAILED${cause ? `: ${cause.logicalId} (${cause.resourceType}) ${cause.reason}` : result.stack.statusReason ? `: ${result.stack.statusReason}` : ''}`,
        failingEvent: cause ? toFailingEvent(cause) : undefined,
        fix: fixFor(result.stack),
        logUrl: stackEventsUrl(live.region, live.stackId)
      });
    }
    this.say(entry, `${live.stackName} in ${live.region}: DELETE_COMPLETE`);
  }

  // ---- shared -----------------------------------------------------------------------------------

  /** Waits out another operation on the stack; returns the stack after it (undefined: gone). */
  private async waitBusy(entry: PlanEntry, live: NonNullable<PlanEntry['live']>): Promise<LiveStack | undefined> {
    this.say(entry, `${live.stackName} is ${live.status} (another operation); waiting for it to finish`);
    const result = await waitWhileBusy({
      clients: this.req.clients,
      region: live.region,
      stack: live.stackId,
      clock: this.clock,
      onStatus: (status, reason) => this.say(entry, `stack ${status}${reason ? `: ${reason}` : ''}`),
      onEvent: (e) => this.say(entry, `  ${formatEvent(e)}`)
    });
    const status = result.stack?.status ?? live.status;
    if (result.end === 'timeout') {
      throw new Ended('timed-out', {
        stage: 'waiting for the stack',
        reason: `${live.stackName} was still ${status} (another operation) after timeout-minutes (${minutes(this.req.timeoutMs)}); nothing was started, re-run when it has finished`
      });
    }
    if (result.end === 'aborted') throw new Ended('cancelled', { stage: 'waiting for the stack', reason: `cancelled while waiting for ${live.stackName} (${status}); nothing was started` });
    return result.stack && result.stack.status !== 'DELETE_COMPLETE' ? result.stack : undefined;
  }

  private async stacks(): Promise<Map<string, LiveStack>> {
    this.listing ??= (async () => {
      const key = (s: LiveStack) => `${s.region}/${s.stackName}`;
      if (this.req.liveStacks) return new Map(this.req.liveStacks.map((s) => [key(s), s]));
      const regions = [...new Set([...this.req.plan.live.regions, ...this.req.plan.entries.map((e) => e.region)])];
      const live = await listStacks(this.req.clients, regions);
      return live.known ? new Map(live.stacks.map((s) => [key(s), s])) : new Map();
    })();
    return this.listing;
  }

  private bootstrap(region: string, stage: string): Promise<Bootstrap> {
    let found = this.bootstraps.get(region);
    if (!found) {
      found = (async () => {
        const listed = (await this.stacks()).get(`${region}/${names.bootstrapStack(this.req.stackPrefix)}`);
        return listed ? bootstrapFromStack(listed, region, this.req.stackPrefix) : readBootstrap(this.req.clients, region, this.req.stackPrefix);
      })();
      this.bootstraps.set(region, found);
    }
    return found.catch((error: unknown) => {
      if (error instanceof BootstrapMissingError) throw new Ended('failed', { stage, reason: error.message });
      throw error;
    });
  }

  /** Endpoints of deployments apply left alone, from one listing, so the report shows every endpoint. */
  private async fillUnchanged(deployments: DeploymentOutcome[]): Promise<void> {
    const idle = deployments.filter((d) => d.action === 'unchanged');
    if (!idle.length) return;
    try {
      const stacks = await this.stacks();
      for (const d of idle) {
        const stack = stacks.get(`${d.region}/${d.stackName}`);
        if (stack) this.takeOutputs(d, stack);
      }
    } catch (error) {
      this.log.warning(`Endpoints of unchanged deployments could not be read: ${explainError(error)}`);
    }
  }

  private report(deployments: DeploymentOutcome[]): void {
    for (const d of deployments) {
      if (d.action === 'unchanged') {
        if (d.fix) this.log.warning(`${d.name}: ${d.reason}; fix: ${d.fix}`);
        continue;
      }
      const where = d.stage && d.result !== 'succeeded' ? ` in ${d.stage}` : '';
      const line = `${d.name} (${d.action}): ${d.result}${where}${d.reason ? ` — ${d.reason}` : ''}`;
      if (d.result === 'failed' || d.result === 'timed-out') {
        this.log.error([line, d.failingEvent ? `first failing event: ${d.failingEvent.logicalId} ${d.failingEvent.status}: ${d.failingEvent.reason}` : '', d.logUrl ? `log: ${d.logUrl}` : '', d.fix ? `fix: ${d.fix}` : ''].filter(Boolean).join('\n'));
      } else if (d.result === 'cancelled' || (d.result === 'skipped' && d.action === 'delete')) {
        this.log.warning(line);
      } else {
        this.log.info(line);
      }
      if (d.result === 'succeeded' && d.smoke && !d.smoke.ok) this.log.warning(`${d.name}: deployed, but the smoke test failed: ${d.smoke.error}`);
    }
  }
}

// ---- helpers --------------------------------------------------------------------------------------

async function pool<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

function alreadyDeployed(stack: LiveStack, spec: DeploymentSpec): boolean {
  if (stack.status !== 'CREATE_COMPLETE' && stack.status !== 'UPDATE_COMPLETE') return false;
  const deployed = deployedSpec(stack);
  return deployed.ok && diffSpecs(deployed.spec, spec).length === 0;
}

function currentStage(snapshot: ExecutionSnapshot): string {
  const last: ActionSnapshot | undefined = snapshot.actions[snapshot.actions.length - 1];
  return last?.stage || 'Source';
}

function toFailingEvent(f: FailureEvent): FailingEvent {
  return { logicalId: f.logicalId, resourceType: f.resourceType, status: f.status, reason: f.reason, at: f.timestamp?.toISOString() };
}

function minutes(ms: number): string {
  const m = Math.round(ms / 60_000);
  return m >= 1 ? `${m} min` : `${Math.round(ms / 1000)} s`;
}

function ms(value: number | undefined): string {
  if (value === undefined) return '?';
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

/** Plain words for an AWS error, with the permission to check when it is one. */
export function explainError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? 'Error';
  const message = (error as Error)?.message ?? String(error);
  if (/AccessDenied|not authorized/i.test(`${name} ${message}`)) return `${message} (the AWS role of this run lacks a permission; see the bootstrap stack's GitHubRole)`;
  if (name === 'PipelineNotFoundException') return `${message} (run mode: bootstrap in this region first)`;
  return name && name !== 'Error' && !message.startsWith(name) ? `${name}: ${message}` : message;
}
