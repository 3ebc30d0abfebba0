// manifest + live stacks → plan. Pure: the same inputs always give the same plan, which is what
// the PR comment shows and what apply recomputes from live state before acting.
import type { DeploymentSpec, Diagnostic } from './types.js';
import { belongsToManifest, deployedSpec, fixFor, isBusy, isManaged, needsHuman, TAG, type LiveStack, type LiveState, type TombstoneState } from './live.js';
import { checkFit } from './fit.js';
import { estimateCost } from './cost.js';
import { findModel } from './catalog/models.js';
import { diffSpecs, replaces } from './plan-diff.js';
import { applyLifecycle } from './plan-lifecycle.js';
import { countActions, isChange, totals } from './plan-totals.js';
import type { Plan, PlanEntry, PlanOptions } from './plan-types.js';

export * from './plan-types.js';
export { diffSpecs } from './plan-diff.js';
export { isChange } from './plan-totals.js';
export { formatInZone, formatUtc, isProtected, latestTombstone, lifecycleDeleteEntry, scheduledDown, ttlExpiry } from './plan-lifecycle.js';

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
    if (live.known) applyLifecycle(entry, spec, here ?? elsewhere[0], tombstones, now, diagnostics);
    decorate(entry, spec, diagnostics);
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
      entry.liveCost = entry.live.status === 'ROLLBACK_COMPLETE' ? undefined : estimateCost(entry.deployed);
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

function decorate(entry: PlanEntry, spec: DeploymentSpec, diagnostics: Diagnostic[]): void {
  entry.fit = checkFit(spec);
  entry.cost = estimateCost(spec);
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
