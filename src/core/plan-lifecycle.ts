// Schedule and ttl as the plan sees them: a deployment whose window is closed or whose ttl ran
// out is planned the way teardown will treat it, so a merge does not undo a teardown.
import type { DeploymentSpec, Diagnostic } from './types.js';
import { deployedAt, deployedSpec, holdsNothing, TAG, type LiveStack, type Tombstone, type TombstoneState } from './live.js';
import { estimateCost } from './cost.js';
import { isUp, nextChange } from './schedule.js';
import { parseDuration } from './duration.js';
import { specHash } from './spec-hash.js';
import { diffSpecs } from './plan-diff.js';
import type { CostOf, PlanEntry } from './plan-types.js';

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
export function applyLifecycle(
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
  const running = stack !== undefined && !holdsNothing(stack.status);

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
      entry.lifecycle = { state: 'dormant', because: 'schedule', ...(nextUp ? { nextUp: nextUp.toISOString() } : {}) };
      if (record?.reason !== 'schedule') {
        // Never deployed: a new deployment, even if its first window opens later. Apply records it
        // as dormant (no stack yet) and the hourly teardown creates the stack when the window opens.
        entry.action = 'create';
        entry.notes.unshift(`new, dormant: its schedule window is closed, so apply records it without a stack and the hourly teardown creates it at ${untilText(spec, nextUp)}`);
        return;
      }
      entry.action = 'unchanged';
      entry.notes.unshift(`scheduled down until ${untilText(spec, nextUp)}; the hourly teardown brings it up then`);
      {
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
      `outside its schedule window, up again ${untilText(spec, nextUp)}: apply leaves the stack as it is${running ? '' : ' (left by a failed create)'} and the hourly teardown removes it`
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
    ...(recovered.ok && !holdsNothing(stack.status) ? { liveCost: estimateCost(recovered.spec) } : {})
  };
}
