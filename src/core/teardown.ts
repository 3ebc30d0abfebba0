// What the hourly teardown does, decided without touching AWS: given the manifest, the live stacks,
// the teardown records and the instant, each deployment is torn down (ttl ran out, or outside its
// schedule window), brought up (window open, no stack), kept, or skipped with the reason. The mode
// turns the decisions into a plan of deletes and creates and hands it to the apply path.
import type { DeploymentSpec } from './types.js';
import {
  belongsToManifest,
  deployedSpec,
  fixFor,
  isBusy,
  isManaged,
  needsHuman,
  TAG,
  type LiveStack,
  type Tombstone,
  type TombstoneState
} from './live.js';
import {
  buildPlan,
  diffSpecs,
  formatInZone,
  formatUtc,
  isProtected,
  latestTombstone,
  lifecycleDeleteEntry,
  planFromEntries,
  scheduledDown,
  ttlExpiry,
  type Plan,
  type PlanEntry
} from './plan.js';
import { estimateCost } from './cost.js';
import { nextChange } from './schedule.js';
import { specHash } from './spec-hash.js';

export type TeardownVerdict = 'tear-down' | 'bring-up' | 'keep' | 'skip';

export type SkipKind =
  /** protect: true in the manifest or in the deployed spec. */
  | 'protected'
  /** A stack under the deployment's name without the managed tags. */
  | 'unmanaged'
  /** A CloudFormation operation is in flight; the next run tries again. */
  | 'busy'
  /** A state automation must not fix (DELETE_FAILED, UPDATE_ROLLBACK_FAILED, …). */
  | 'failed'
  /** Managed, but recorded as deployed from another manifest sharing the prefix. */
  | 'other-manifest'
  /** Managed by this manifest but no longer in it: removing it is apply's job (allow-destroy). */
  | 'not-in-manifest'
  /** A ttl deployment with no stack, and the records that tell expired from new could not be read. */
  | 'records-unknown';

export interface TeardownDecision {
  /** Deployment name (for an unmanaged stack: the name it would have). */
  name: string;
  stackName: string;
  region: string;
  verdict: TeardownVerdict;
  /** tear-down and bring-up: what calls for it. */
  because?: 'ttl' | 'schedule';
  skip?: SkipKind;
  /** In words, for the job summary and the fleet issue. */
  reason: string;
  /** Where it stands: running, dormant (schedule), expired (ttl), absent (nothing deployed). */
  state: 'running' | 'dormant' | 'expired' | 'absent';
  spec?: DeploymentSpec;
  deployed?: DeploymentSpec;
  stack?: LiveStack;
  /** tear-down: the record written before the delete. */
  record?: Tombstone;
  /** The next time the schedule or ttl changes something, ISO-8601 UTC. */
  nextAt?: string;
}

export interface ScheduleSaving {
  name: string;
  /** Monthly estimate at minimum scale without the schedule, and with it. */
  alwaysOn: number | null;
  scheduled: number | null;
  saved: number | null;
  upHoursPerMonth: number;
}

export interface TeardownDecisions {
  now: Date;
  decisions: TeardownDecision[];
  /** What the schedules save per month against running the same deployments all month. */
  savings: { monthly: number | null; items: ScheduleSaving[] };
}

export interface TeardownOptions {
  now: Date;
  stackPrefix: string;
  manifestPath: string;
}

export interface TeardownLive {
  stacks: LiveStack[];
  tombstones?: TombstoneState;
}

export function decideTeardown(specs: DeploymentSpec[], live: TeardownLive, options: TeardownOptions): TeardownDecisions {
  const { now, stackPrefix, manifestPath } = options;
  const tombstones: TombstoneState = live.tombstones ?? { known: true, items: [] };
  const byName = new Map(specs.map((s) => [s.name, s]));
  const decisions: TeardownDecision[] = [];
  const withStack = new Set<string>();
  const nameTaken = new Set<string>();

  for (const stack of live.stacks) {
    if (!stack.stackName.startsWith(`${stackPrefix}-`) || stack.stackName === `${stackPrefix}-bootstrap` || stack.status === 'DELETE_COMPLETE') continue;
    if (!isManaged(stack, stackPrefix)) {
      const name = stack.stackName.slice(stackPrefix.length + 1);
      const spec = byName.get(name);
      // Only a stack that collides with a deployment is worth a line; other stacks are not ours.
      if (spec) {
        nameTaken.add(`${stack.region}\u0000${name}`);
        decisions.push({
          name,
          stackName: stack.stackName,
          region: stack.region,
          verdict: 'skip',
          skip: 'unmanaged',
          state: 'absent',
          reason: `a stack named ${stack.stackName} exists without the emd:managed tags of prefix ${stackPrefix}; teardown never touches it, nor deploys over it`,
          stack,
          spec
        });
      }
      continue;
    }
    const name = stack.tags[TAG.deployment];
    const recovered = deployedSpec(stack);
    const deployed = recovered.ok ? recovered.spec : undefined;
    const base = { name, stackName: stack.stackName, region: stack.region, stack, ...(deployed ? { deployed } : {}) };
    if (!belongsToManifest(stack, manifestPath)) {
      nameTaken.add(`${stack.region}\u0000${name}`);
      decisions.push({ ...base, verdict: 'skip', skip: 'other-manifest', state: 'running', reason: `deployed from ${stack.tags[TAG.manifest]}, not ${manifestPath}` });
      continue;
    }
    const spec = byName.get(name);
    if (!spec) {
      decisions.push({ ...base, verdict: 'skip', skip: 'not-in-manifest', state: 'running', reason: 'no longer in the manifest; an apply with allow-destroy removes it' });
      continue;
    }
    withStack.add(name);
    decisions.push(decideStack(spec, stack, deployed, now));
  }

  for (const spec of specs) {
    if (withStack.has(spec.name) || nameTaken.has(`${spec.region}\u0000${spec.name}`)) continue;
    decisions.push(decideAbsent(spec, tombstones, now, stackPrefix));
  }

  decisions.sort((a, b) => a.name.localeCompare(b.name) || a.region.localeCompare(b.region));
  return { now, decisions, savings: scheduleSavings(specs, decisions) };
}

function decideStack(spec: DeploymentSpec, stack: LiveStack, deployed: DeploymentSpec | undefined, now: Date): TeardownDecision {
  const base = { name: spec.name, stackName: stack.stackName, region: stack.region, spec, stack, ...(deployed ? { deployed } : {}) };
  const expiry = ttlExpiry(spec, stack);
  const expired = expiry !== undefined && expiry.getTime() <= now.getTime();
  const schedule = scheduledDown(spec, now);

  if (!expired && !schedule.down) {
    const next = nextEvent(spec, expiry, now);
    return { ...base, verdict: 'keep', state: 'running', reason: next?.text ?? 'no ttl or schedule', ...(next ? { nextAt: next.at.toISOString() } : {}) };
  }
  const because = expired ? 'ttl' : 'schedule';
  const why = expired
    ? `ttl ${spec.ttl} ran out ${formatUtc(expiry)}`
    : `outside its schedule window; up again ${schedule.down && schedule.nextUp ? formatInZone(schedule.nextUp, spec.schedule!.timezone) : 'never, by its cron'}`;

  if (isProtected(spec, deployed)) {
    return { ...base, verdict: 'skip', skip: 'protected', state: 'running', reason: `${why}, but protect: true${spec.protect ? '' : ' in its deployed spec (apply it with protect: false first)'}` };
  }
  if (isBusy(stack.status)) {
    return { ...base, verdict: 'skip', skip: 'busy', state: 'running', reason: `${why}, but the stack is ${stack.status}; the next run tries again` };
  }
  if (needsHuman(stack.status)) {
    const fix = fixFor(stack);
    return { ...base, verdict: 'skip', skip: 'failed', state: 'running', reason: `${why}, but the stack is ${stack.status}${fix ? `: ${fix}` : ''}` };
  }
  const record: Tombstone = {
    stackName: stack.stackName,
    region: stack.region,
    specHash: recordedHash(spec, deployed),
    reason: because,
    tornDownAt: now,
    spec: deployed ?? spec,
    ...(stack.parameters.ImageUri ? { imageUri: stack.parameters.ImageUri } : {})
  };
  const nextUp = because === 'schedule' && schedule.down ? schedule.nextUp : undefined;
  return { ...base, verdict: 'tear-down', because, state: 'running', reason: why, record, ...(nextUp ? { nextAt: nextUp.toISOString() } : {}) };
}

/**
 * The hash a record carries: the manifest's when what runs is the same deployment (so the plan
 * matches it exactly), otherwise what ran, so that a change not yet applied still deploys.
 */
function recordedHash(spec: DeploymentSpec, deployed: DeploymentSpec | undefined): string {
  if (!deployed || diffSpecs(deployed, spec).length === 0) return specHash(spec);
  return specHash(deployed);
}

function decideAbsent(spec: DeploymentSpec, tombstones: TombstoneState, now: Date, stackPrefix: string): TeardownDecision {
  const stackName = `${stackPrefix}-${spec.name}`;
  const base = { name: spec.name, stackName, region: spec.region, spec };
  if (isProtected(spec)) return { ...base, verdict: 'keep', state: 'absent', reason: 'not deployed; protect: true, so the next apply creates it whatever its schedule' };
  const record = latestTombstone(tombstones, stackName);
  if (record?.reason === 'ttl' && record.specHash === specHash(spec)) {
    return { ...base, verdict: 'keep', state: 'expired', reason: `expired ${formatUtc(record.tornDownAt)}; change the entry to deploy it again` };
  }
  if (!tombstones.known && spec.ttl) {
    return { ...base, verdict: 'skip', skip: 'records-unknown', state: 'absent', reason: `not deployed, and whether its ttl already ran out is unknown: ${tombstones.reason}` };
  }
  if (!spec.schedule) return { ...base, verdict: 'keep', state: 'absent', reason: 'not deployed; the next apply creates it' };
  const schedule = scheduledDown(spec, now);
  if (schedule.down) {
    const until = schedule.nextUp ? formatInZone(schedule.nextUp, spec.schedule.timezone) : 'never, by its cron';
    return { ...base, verdict: 'keep', state: 'dormant', reason: `scheduled down until ${until}`, ...(schedule.nextUp ? { nextAt: schedule.nextUp.toISOString() } : {}) };
  }
  const down = nextChange(spec.schedule, now);
  const until = down && !down.up ? ` (down again ${formatInZone(down.at, spec.schedule.timezone)})` : '';
  return { ...base, verdict: 'bring-up', because: 'schedule', state: 'dormant', reason: `its schedule window is open${until}`, ...(down ? { nextAt: down.at.toISOString() } : {}) };
}

function nextEvent(spec: DeploymentSpec, expiry: Date | undefined, now: Date): { at: Date; text: string } | undefined {
  const events: { at: Date; text: string }[] = [];
  if (expiry) events.push({ at: expiry, text: `ttl ${spec.ttl} runs out ${formatUtc(expiry)}` });
  if (spec.schedule) {
    const down = nextChange(spec.schedule, now);
    if (down && !down.up) events.push({ at: down.at, text: `inside its schedule window until ${formatInZone(down.at, spec.schedule.timezone)}` });
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  if (isProtected(spec) && events.length) return { at: events[0].at, text: 'protect: true, never torn down' };
  return events[0];
}

function scheduleSavings(specs: DeploymentSpec[], decisions: TeardownDecision[]): TeardownDecisions['savings'] {
  const expired = new Set(decisions.filter((d) => d.state === 'expired').map((d) => d.name));
  const items: ScheduleSaving[] = [];
  for (const spec of specs) {
    if (!spec.schedule || spec.protect || expired.has(spec.name)) continue;
    const always = estimateCost({ ...spec, schedule: undefined });
    const scheduled = estimateCost(spec);
    const saved = always.monthlyMin === null || scheduled.monthlyMin === null ? null : round2(always.monthlyMin - scheduled.monthlyMin);
    items.push({ name: spec.name, alwaysOn: always.monthlyMin, scheduled: scheduled.monthlyMin, saved, upHoursPerMonth: scheduled.hoursPerMonth });
  }
  const monthly = items.reduce<number | null>((sum, i) => (sum === null || i.saved === null ? null : sum + i.saved), 0);
  return { monthly: monthly === null ? null : round2(monthly), items };
}

/** The deletes and creates teardown decided on, as a plan the apply path carries out. */
export function teardownPlan(
  result: TeardownDecisions,
  specs: DeploymentSpec[],
  live: TeardownLive & { regions: string[] },
  meta: { manifestPath: string; stackPrefix: string }
): Plan {
  const entries: PlanEntry[] = [];
  for (const d of result.decisions) {
    if (d.verdict === 'tear-down' && d.stack) entries.push(lifecycleDeleteEntry(d.stack, `teardown: ${d.reason}`));
  }
  const upNames = new Set(result.decisions.filter((d) => d.verdict === 'bring-up').map((d) => d.name));
  if (upNames.size) {
    // The regular plan of just these entries gives the same create (fit, cost, notes) a merge would.
    const full = buildPlan(
      specs.filter((s) => upNames.has(s.name)),
      { known: true, stacks: live.stacks, regions: live.regions, ...(live.tombstones ? { tombstones: live.tombstones } : {}) },
      { ...meta, allowDestroy: false, now: result.now }
    );
    for (const e of full.entries) {
      if (e.action === 'create' && upNames.has(e.name)) entries.push({ ...e, notes: [`teardown: brought up, ${reasonOf(result, e.name)}`, ...e.notes] });
    }
  }
  return planFromEntries(entries, { manifestPath: meta.manifestPath, stackPrefix: meta.stackPrefix, live: { known: true, regions: live.regions } });
}

function reasonOf(result: TeardownDecisions, name: string): string {
  return result.decisions.find((d) => d.name === name && d.verdict === 'bring-up')?.reason ?? 'its schedule window is open';
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** How a decided tear-down or bring-up went in the apply path (`dry-run`: not carried out). */
export type TeardownResult = 'succeeded' | 'failed' | 'cancelled' | 'timed-out' | 'skipped' | 'dry-run' | 'not-run';

export interface TeardownItem extends TeardownDecision {
  outcome?: { result: TeardownResult; reason?: string };
}

/** Where a deployment stands after the run, as the fleet report shows it. */
export function stateAfter(item: TeardownItem): TeardownDecision['state'] | 'starting' {
  if (item.outcome?.result !== 'succeeded') return item.state;
  if (item.verdict === 'tear-down') return item.because === 'ttl' ? 'expired' : 'dormant';
  if (item.verdict === 'bring-up') return 'starting';
  return item.state;
}
