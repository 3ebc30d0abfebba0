// manifest + live stacks → plan. Pure: the same inputs always give the same plan, which is what
// the PR comment shows and what apply recomputes from live state before acting.
import type { DeploymentSpec, Diagnostic } from './types.js';
import {
  belongsToManifest,
  deployedAt,
  deployedSpec,
  fixFor,
  isBusy,
  isManaged,
  needsHuman,
  TAG,
  type LiveStack,
  type LiveState,
  type Tombstone,
  type TombstoneState
} from './live.js';
import { checkFit, type FitResult } from './fit.js';
import { estimateCost, type DeploymentCost } from './cost.js';
import type { PriceBook } from './price-book.js';
import { findModel } from './catalog/models.js';
import { isUp, nextChange } from './schedule.js';
import { parseDuration } from './duration.js';
import { specHash } from './spec-hash.js';

export type PlanAction = 'create' | 'update' | 'replace' | 'delete' | 'unchanged' | 'unknown';

export type BlockKind = 'busy' | 'failed' | 'destroy-not-allowed' | 'protected';

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
  /** What the change does to a running endpoint. */
  impact?: string;
}

export interface PlanEntry {
  name: string;
  stackName: string;
  region: string;
  action: PlanAction;
  /** Set when apply will not (or cannot yet) carry out `action`. */
  blocked?: { kind: BlockKind; reason: string; fix?: string };
  desired?: DeploymentSpec;
  deployed?: DeploymentSpec;
  live?: { stackName: string; region: string; status: string; stackId: string };
  changes: FieldChange[];
  /** For replace: what users lose while it happens. */
  downtime?: string;
  notes: string[];
  fit?: FitResult;
  /** Cost once the plan is applied (undefined for a delete that goes through). */
  cost?: DeploymentCost;
  /** Cost of what runs now (undefined when nothing runs or live state is unknown). */
  liveCost?: DeploymentCost;
  /** Where a deployment with a `schedule` or `ttl` stands at the plan's `now`. */
  lifecycle?: EntryLifecycle;
}

/**
 * - `dormant`: no stack because the schedule says down; the hourly teardown brings it up when the
 *   window opens, and apply does not create it before then.
 * - `expired`: teardown removed it when its ttl ran out, and the entry has not changed since.
 * - `teardown-due`: a stack runs that the next hourly teardown removes (window closed, or ttl out).
 */
export interface EntryLifecycle {
  state: 'dormant' | 'expired' | 'teardown-due';
  because: 'schedule' | 'ttl';
  /** The next `up` firing (ISO-8601 UTC), for schedule states. */
  nextUp?: string;
  /** ttl states: when it was torn down (expired) or ran out (teardown-due). */
  at?: string;
}

export interface PlanTotals {
  /** USD per month at minimum scale after the plan; null when any part is unknown. */
  monthlyAfter: number | null;
  monthlyAfterMax: number | null;
  monthlyBefore: number | null;
  monthlyDelta: number | null;
  hourlyAfter: number | null;
}

export interface Plan {
  manifest: string;
  stackPrefix: string;
  live: { known: true; regions: string[] } | { known: false; reason: string; regions: string[] };
  entries: PlanEntry[];
  totals: PlanTotals;
  diagnostics: Diagnostic[];
  counts: Record<PlanAction | 'blocked', number>;
  hasChanges: boolean;
}

export interface PlanOptions {
  manifestPath: string;
  stackPrefix: string;
  allowDestroy: boolean;
  /** The instant schedules and ttls are read at. Defaults to the current time. */
  now?: Date;
  /** Live or cached prices (src/aws/pricing.ts); the bundled table fills whatever is missing. */
  prices?: PriceBook;
}

/** Every cost in a plan is priced from the same book. */
type CostOf = (spec: DeploymentSpec) => DeploymentCost;

/** Fields that cannot change in place: a different template or region means a different stack. */
const REPLACE_FIELDS = new Set(['service', 'region']);

/**
 * SageMaker refuses to move an endpoint registered for autoscaling to another instance type, so
 * that change is a replacement too.
 */
function replaces(field: string, service: DeploymentSpec['service']): boolean {
  return REPLACE_FIELDS.has(field) || (service === 'sagemaker' && field === 'instance');
}

const ROLLING_FIELDS = new Set(['model', 'revision', 'engine', 'engine_version', 'engine_args', 'instance', 'params_b']);

export function buildPlan(specs: DeploymentSpec[], live: LiveState, options: PlanOptions): Plan {
  const ours = live.known
    ? live.stacks.filter((s) => isManaged(s, options.stackPrefix) && belongsToManifest(s, options.manifestPath))
    : [];
  const byName = new Map<string, LiveStack[]>();
  for (const stack of ours) {
    const name = stack.tags[TAG.deployment];
    byName.set(name, [...(byName.get(name) ?? []), stack]);
  }

  const entries: PlanEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const claimed = new Set<LiveStack>();
  const now = options.now ?? new Date();
  const tombstones: TombstoneState = (live.known && live.tombstones) || { known: true, items: [] };
  const costOf: CostOf = (s) => estimateCost(s, { prices: options.prices });

  for (const spec of specs) {
    const stackName = `${options.stackPrefix}-${spec.name}`;
    const candidates = byName.get(spec.name) ?? [];
    const here = candidates.find((s) => s.region === spec.region);
    const elsewhere = candidates.filter((s) => s !== here);
    const entry: PlanEntry = live.known
      ? classify(spec, stackName, here, elsewhere[0])
      : { name: spec.name, stackName, region: spec.region, action: 'unknown', desired: spec, changes: [], notes: [] };
    if (here) claimed.add(here);
    if (!here && elsewhere[0]) claimed.add(elsewhere[0]);
    entries.push(entry);
    if (live.known) applyLifecycle(entry, spec, here ?? elsewhere[0], tombstones, now, diagnostics, costOf);
    decorate(entry, spec, diagnostics, costOf);
    // Nothing runs and nothing will until the entry changes.
    if (entry.lifecycle?.state === 'expired') entry.cost = undefined;
  }

  // Managed stacks no longer in the manifest (or stale copies in another region).
  for (const stack of ours) {
    if (claimed.has(stack)) continue;
    entries.push(planDelete(stack, options.allowDestroy));
  }

  for (const entry of entries) {
    if (entry.deployed && entry.live && live.known) {
      entry.liveCost = entry.live.status === 'ROLLBACK_COMPLETE' ? undefined : costOf(entry.deployed);
    }
    if (entry.action === 'delete' && !entry.blocked) entry.cost = undefined;
    else if (entry.action === 'delete') entry.cost = entry.liveCost;
  }

  return planFromEntries(entries, {
    manifestPath: options.manifestPath,
    stackPrefix: options.stackPrefix,
    live: live.known ? { known: true, regions: live.regions } : { known: false, reason: live.reason, regions: live.regions },
    diagnostics
  });
}

/** Counts, totals and `hasChanges` for a list of entries: how teardown hands a partial plan to apply. */
export function planFromEntries(
  entries: PlanEntry[],
  meta: { manifestPath: string; stackPrefix: string; live: Plan['live']; diagnostics?: Diagnostic[] }
): Plan {
  return {
    manifest: meta.manifestPath,
    stackPrefix: meta.stackPrefix,
    live: meta.live,
    entries,
    totals: totals(entries, meta.live.known),
    diagnostics: meta.diagnostics ?? [],
    counts: countActions(entries),
    hasChanges: entries.some((e) => isChange(e))
  };
}

// ---- lifecycle: schedule and ttl as the plan sees them ------------------------------------------

/** Automation leaves a deployment alone when either the manifest or what runs says `protect`. */
export function isProtected(spec: DeploymentSpec | undefined, deployed?: DeploymentSpec): boolean {
  return Boolean(spec?.protect || deployed?.protect);
}

/** When the ttl of the manifest entry runs out for this stack; undefined without a usable ttl. */
export function ttlExpiry(spec: DeploymentSpec, stack: LiveStack): Date | undefined {
  const seconds = spec.ttl ? parseDuration(spec.ttl) : undefined;
  const from = deployedAt(stack);
  if (seconds === undefined || !from) return undefined;
  return new Date(from.getTime() + seconds * 1000);
}

/** The newest record for a stack name; records of every region count, the hash includes the region. */
export function latestTombstone(state: TombstoneState, stackName: string): Tombstone | undefined {
  if (!state.known) return undefined;
  let latest: Tombstone | undefined;
  for (const t of state.items) {
    if (t.stackName === stackName && (!latest || t.tornDownAt.getTime() > latest.tornDownAt.getTime())) latest = t;
  }
  return latest;
}

/** Down by its schedule at `now`, with the next `up` firing (undefined when none is found). */
export function scheduledDown(spec: DeploymentSpec, now: Date): { down: false } | { down: true; nextUp?: Date } {
  if (!spec.schedule || isUp(spec.schedule, now)) return { down: false };
  const next = nextChange(spec.schedule, now);
  return { down: true, nextUp: next?.up ? next.at : undefined };
}

/** `Mon 2026-10-26 08:00 CET (Europe/Berlin)`: the wall clock a schedule is written in. */
export function formatInZone(at: Date, timezone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short'
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value])
  );
  const local = `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
  return timezone === 'UTC' ? local : `${local} (${timezone})`;
}

/** `2026-10-26 07:00 UTC`, for ttl times, which belong to no zone. */
export function formatUtc(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function untilText(spec: DeploymentSpec, nextUp: Date | undefined): string {
  return nextUp && spec.schedule ? formatInZone(nextUp, spec.schedule.timezone) : 'its schedule fires `up` again (no up time found)';
}

/**
 * Makes the plan agree with what teardown does, so the next merge does not undo it: a deployment
 * whose window is closed is not created (and a running one is left for teardown to remove), and one
 * whose ttl ran out stays gone until its entry changes. `protect` turns both off, as it does in
 * teardown and in the cost estimate.
 */
function applyLifecycle(
  entry: PlanEntry,
  spec: DeploymentSpec,
  stack: LiveStack | undefined,
  tombstones: TombstoneState,
  now: Date,
  diagnostics: Diagnostic[],
  costOf: CostOf = estimateCost
): void {
  if (isProtected(spec, entry.deployed)) return;
  const schedule = scheduledDown(spec, now);
  const record = latestTombstone(tombstones, entry.stackName);
  const at = { deployment: spec.name, field: `models.${spec.name}` };
  // A stack left by a failed create runs nothing; for the lifecycle it is as good as absent.
  const running = stack !== undefined && stack.status !== 'ROLLBACK_COMPLETE';

  if (!stack) {
    if (record?.reason === 'ttl' && record.specHash === specHash(spec)) {
      entry.action = 'unchanged';
      entry.lifecycle = { state: 'expired', because: 'ttl', at: record.tornDownAt.toISOString() };
      entry.notes.unshift(`expired ${formatUtc(record.tornDownAt)}: its ttl ran out and teardown removed it; change the entry to deploy it again`);
      return;
    }
    if (!tombstones.known && spec.ttl) {
      entry.action = 'unknown';
      entry.notes.unshift('not created: it has a ttl, and whether teardown already removed it for good cannot be told without the teardown records');
      diagnostics.push({ severity: 'warning', message: `${spec.name}: ${tombstones.reason}`, ...at });
      return;
    }
  }

  if (schedule.down) {
    const nextUp = schedule.nextUp;
    if (!stack) {
      entry.action = 'unchanged';
      entry.lifecycle = { state: 'dormant', because: 'schedule', ...(nextUp ? { nextUp: nextUp.toISOString() } : {}) };
      entry.notes.unshift(`scheduled down until ${untilText(spec, nextUp)}; the hourly teardown brings it up then`);
      if (record?.reason === 'schedule') {
        // What it ran before going dormant is what the month's estimate is compared with.
        if (record.spec) {
          entry.deployed = record.spec;
          entry.changes = diffSpecs(record.spec, spec);
          entry.liveCost = costOf(record.spec);
        } else if (record.specHash === specHash(spec)) {
          entry.liveCost = costOf(spec);
        }
        if (entry.changes.length) entry.notes.push('the changes below take effect when it is brought up');
      }
      return;
    }
    const wanted = entry.action;
    entry.action = 'unchanged';
    entry.downtime = undefined;
    if (entry.blocked?.kind === 'busy') entry.blocked = undefined;
    entry.lifecycle = { state: 'teardown-due', because: 'schedule', ...(nextUp ? { nextUp: nextUp.toISOString() } : {}) };
    entry.notes.unshift(
      `outside its schedule window (up again ${untilText(spec, nextUp)}): apply leaves the stack as it is${running ? '' : ' (left by a failed create)'} and the hourly teardown removes it`
    );
    if (wanted !== 'unchanged' && entry.changes.length) entry.notes.push('the changes below take effect when it is brought up');
    return;
  }

  if (!stack && record?.reason === 'ttl') {
    entry.notes.push(`an earlier version expired ${formatUtc(record.tornDownAt)}; this changed entry deploys again and its ttl starts over`);
    return;
  }
  if (stack && running && spec.ttl) {
    const expiry = ttlExpiry(spec, stack);
    if (!expiry) return;
    if (entry.action === 'update' || entry.action === 'replace') {
      entry.notes.push(`ttl ${spec.ttl}: this deploy starts the clock again`);
    } else if (expiry.getTime() <= now.getTime()) {
      entry.lifecycle = { state: 'teardown-due', because: 'ttl', at: expiry.toISOString() };
      entry.notes.unshift(`ttl ${spec.ttl} ran out ${formatUtc(expiry)}; the hourly teardown removes it`);
    } else if (entry.action === 'unchanged') {
      entry.notes.push(`ttl ${spec.ttl}: torn down after ${formatUtc(expiry)}`);
    }
  }
}

/** A delete that teardown decided on: never blocked by allow-destroy, which is about the manifest. */
export function lifecycleDeleteEntry(stack: LiveStack, note: string): PlanEntry {
  const recovered = deployedSpec(stack);
  return {
    name: stack.tags[TAG.deployment] ?? stack.stackName,
    stackName: stack.stackName,
    region: stack.region,
    action: 'delete',
    ...(recovered.ok ? { deployed: recovered.spec } : {}),
    live: { stackName: stack.stackName, region: stack.region, status: stack.status, stackId: stack.stackId },
    changes: [],
    notes: [note],
    ...(recovered.ok && stack.status !== 'ROLLBACK_COMPLETE' ? { liveCost: estimateCost(recovered.spec) } : {})
  };
}

export function isChange(entry: PlanEntry): boolean {
  return ['create', 'update', 'replace', 'delete'].includes(entry.action) && entry.blocked?.kind !== 'destroy-not-allowed' && entry.blocked?.kind !== 'protected';
}

function classify(spec: DeploymentSpec, stackName: string, here: LiveStack | undefined, elsewhere: LiveStack | undefined): PlanEntry {
  const base = { name: spec.name, stackName, region: spec.region, desired: spec, notes: [] as string[] };
  const stack = here ?? elsewhere;
  if (!stack) return { ...base, action: 'create', changes: [] };

  const recovered = deployedSpec(stack);
  const deployed = recovered.ok ? recovered.spec : undefined;
  const liveRef = { stackName: stack.stackName, region: stack.region, status: stack.status, stackId: stack.stackId };
  let entry: PlanEntry;

  if (!here && elsewhere) {
    entry = {
      ...base,
      action: 'replace',
      deployed,
      live: liveRef,
      changes: [{ field: 'region', old: elsewhere.region, new: spec.region }, ...(deployed ? diffSpecs(deployed, spec).filter((c) => c.field !== 'region') : [])],
      downtime: `a new stack is created in ${spec.region}, then the one in ${elsewhere.region} is deleted: the endpoint URL changes (and a generated API key is new)`
    };
  } else if (stack.status === 'ROLLBACK_COMPLETE') {
    entry = {
      ...base,
      action: 'create',
      deployed,
      live: liveRef,
      changes: [],
      notes: ['the previous create failed and rolled back; apply deletes that stack and creates it again']
    };
  } else if (!deployed) {
    entry = { ...base, action: 'update', live: liveRef, changes: [], notes: [`deployed spec unknown (${recovered.ok ? '' : recovered.reason}); apply redeploys it in full`] };
  } else {
    const changes = diffSpecs(deployed, spec);
    const replaceBy = changes.filter((c) => replaces(c.field, spec.service));
    entry = {
      ...base,
      action: changes.length === 0 ? 'unchanged' : replaceBy.length > 0 ? 'replace' : 'update',
      deployed,
      live: liveRef,
      changes
    };
    if (entry.action === 'replace') {
      entry.downtime = `${replaceBy.map((c) => c.field).join(' and ')} cannot change in place: the stack is deleted and created again under the same name, so the endpoint is down for the whole deploy (typically 10–30 minutes) and a generated API key changes`;
    }
  }

  if (isBusy(stack.status)) {
    entry.blocked = { kind: 'busy', reason: `stack is ${stack.status}; apply waits for it to finish (up to timeout-minutes)` };
  } else if (needsHuman(stack.status)) {
    entry.blocked = { kind: 'failed', reason: `stack is ${stack.status}${stack.statusReason ? `: ${stack.statusReason}` : ''}`, fix: fixFor(stack) };
  } else if (stack.status === 'UPDATE_ROLLBACK_COMPLETE') {
    entry.notes.push('the last update failed and was rolled back; the stack runs its previous version');
  }
  if (entry.action === 'replace' && deployed?.protect) {
    entry.blocked = { kind: 'protected', reason: 'replacing deletes the running stack, and its deployed spec has protect: true; set protect: false in one change, then make this one' };
  }
  return entry;
}

function planDelete(stack: LiveStack, allowDestroy: boolean): PlanEntry {
  const recovered = deployedSpec(stack);
  const deployed = recovered.ok ? recovered.spec : undefined;
  const entry: PlanEntry = {
    name: stack.tags[TAG.deployment],
    stackName: stack.stackName,
    region: stack.region,
    action: 'delete',
    deployed,
    live: { stackName: stack.stackName, region: stack.region, status: stack.status, stackId: stack.stackId },
    changes: [],
    notes: []
  };
  if (deployed?.protect) {
    entry.blocked = { kind: 'protected', reason: 'protect: true in its deployed spec; set protect: false and apply before removing it' };
  } else if (!allowDestroy) {
    entry.blocked = { kind: 'destroy-not-allowed', reason: 'no longer in the manifest, but allow-destroy is not set: it keeps running' };
  } else if (isBusy(stack.status)) {
    entry.blocked = { kind: 'busy', reason: `stack is ${stack.status}; apply waits for it to finish` };
  }
  return entry;
}

function decorate(entry: PlanEntry, spec: DeploymentSpec, diagnostics: Diagnostic[], costOf: CostOf = estimateCost): void {
  entry.fit = checkFit(spec);
  entry.cost = costOf(spec);
  const at = { deployment: spec.name, field: `models.${spec.name}` };
  if (entry.fit.status === 'no-fit') diagnostics.push({ severity: 'error', message: `${spec.name}: ${entry.fit.message}`, ...at });
  else if (entry.fit.status === 'tight' || entry.fit.status === 'unknown') diagnostics.push({ severity: 'warning', message: `${spec.name}: ${entry.fit.message}`, ...at });
  if (!spec.https) entry.notes.push('plain HTTP: no https.certificate_arn, so requests and the API key cross the network unencrypted');
  if (spec.api_key === 'none') entry.notes.push('api_key: none — anyone who can reach the endpoint can use it');
  const known = findModel(spec.model);
  if (known?.gated && !spec.hf_token_secret) {
    diagnostics.push({ severity: 'warning', message: `${spec.name}: ${spec.model} is a gated model; the build needs hf_token_secret (a Secrets Manager secret with a Hugging Face token whose account accepted the license)`, ...at });
  }
  for (const reason of entry.cost.unknown) entry.notes.push(`cost: ${reason}`);
}

/** Field-level diff in manifest vocabulary: `scaling.max: 2 → 4`. */
export function diffSpecs(before: DeploymentSpec, after: DeploymentSpec): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => f !== 'name').sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
    changes.push({ field, old: a[field], new: b[field], impact: impactOf(field, after.service) });
  }
  return changes;
}

function impactOf(field: string, service: DeploymentSpec['service']): string | undefined {
  const root = field.split('.')[0];
  if (replaces(root, service)) return 'replaces the stack';
  if (ROLLING_FIELDS.has(root)) {
    if (service === 'sagemaker') return 'new endpoint config, swapped in without downtime';
    return service === 'ecs' ? 'tasks are replaced one by one' : 'instances are replaced one by one; with a single instance the endpoint is down while the new one loads';
  }
  if (root === 'api_key') return 'clients need the new key';
  if (root === 'https' || root === 'network') return 'load balancer and listeners change; URL may change';
  return undefined;
}

function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    // An empty map is the same as an absent one: `tags: {}` is not a change.
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined) {
    out[prefix] = value;
  }
  return out;
}

function countActions(entries: PlanEntry[]): Plan['counts'] {
  const counts: Plan['counts'] = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0, unknown: 0, blocked: 0 };
  for (const e of entries) {
    // A change that will not happen (protected, or deletes without allow-destroy) is only "blocked".
    const held = e.blocked?.kind === 'protected' || e.blocked?.kind === 'destroy-not-allowed';
    if (!held) counts[e.action] += 1;
    if (e.blocked) counts.blocked += 1;
  }
  return counts;
}

function totals(entries: PlanEntry[], liveKnown: boolean): PlanTotals {
  const sum = (pick: (e: PlanEntry) => number | null | undefined, filter: (e: PlanEntry) => boolean) => {
    let total = 0;
    for (const e of entries.filter(filter)) {
      const v = pick(e);
      if (v === null) return null;
      total += v ?? 0;
    }
    return total;
  };
  const after = (e: PlanEntry) => e.cost !== undefined;
  const monthlyAfter = sum((e) => e.cost?.monthlyMin, after);
  const monthlyAfterMax = sum((e) => e.cost?.monthlyMax, after);
  const hourlyAfter = sum((e) => e.cost?.hourlyMin, after);
  const monthlyBefore = liveKnown ? sum((e) => e.liveCost?.monthlyMin, (e) => e.liveCost !== undefined) : null;
  return {
    monthlyAfter,
    monthlyAfterMax,
    hourlyAfter,
    monthlyBefore,
    monthlyDelta: monthlyAfter !== null && monthlyBefore !== null ? round2(monthlyAfter - monthlyBefore) : null
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
