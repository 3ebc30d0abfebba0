// manifest + live stacks → plan. Pure: the same inputs always give the same plan, which is what
// the PR comment shows and what apply recomputes from live state before acting.
import type { DeploymentSpec, Diagnostic } from './types.js';
import {
  belongsToManifest,
  canonicalManifestPath,
  deployedSpec,
  fixFor,
  holdsNothing,
  isBusy,
  isManaged,
  needsHuman,
  NEVER_EXECUTED,
  SPEC_PARAMETER,
  specParameterValue,
  TAG,
  type LiveStack,
  type LiveState,
  type TombstoneState
} from './live.js';
import { checkFit } from './fit.js';
import { estimateCost } from './cost.js';
import { findModel } from './catalog/models.js';
import { DEFAULT_ENGINE_VERSIONS, sagemakerHost } from './catalog/cuda.js';
import { diffSpecs, replaces } from './plan-diff.js';
import { applyLifecycle } from './plan-lifecycle.js';
import { countActions, isChange, totals } from './plan-totals.js';
import type { CostOf, Plan, PlanEntry, PlanOptions } from './plan-types.js';

export * from './plan-types.js';
export { diffSpecs } from './plan-diff.js';
export { isChange } from './plan-totals.js';
export { formatInZone, formatUtc, isProtected, latestTombstone, lifecycleDeleteEntry, scheduledDown, ttlExpiry } from './plan-lifecycle.js';

export function buildPlan(specs: DeploymentSpec[], live: LiveState, options: PlanOptions): Plan {
  // Without live stacks, the base branch's manifest stands in for them: the same diff, read as
  // "what this pull request changes". Its stacks are made up, so entries do not keep them.
  const baseline = !live.known && options.baseline ? options.baseline : undefined;
  const stacks = live.known ? live.stacks : baseline ? baselineStacks(baseline.specs, options) : [];
  const compared = live.known || baseline !== undefined;
  const ours = stacks.filter((s) => isManaged(s, options.stackPrefix) && belongsToManifest(s, options.manifestPath));
  const byName = new Map<string, LiveStack[]>();
  for (const stack of ours) {
    const name = stack.tags[TAG.deployment];
    byName.set(name, [...(byName.get(name) ?? []), stack]);
  }
  const oursSet = new Set(ours);
  // Every other stack, by region and name: a deployment must never be applied over one of them.
  const foreign = new Map<string, LiveStack>();
  for (const s of stacks) if (!oursSet.has(s) && s.status !== 'DELETE_COMPLETE') foreign.set(`${s.region}\u0000${s.stackName}`, s);

  const entries: PlanEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const claimed = new Set<LiveStack>();
  const now = options.now ?? new Date();
  const tombstones: TombstoneState = (live.known && live.tombstones) || { known: true, items: [] };
  const warnings = [...(live.known ? (live.warnings ?? []) : []), ...(tombstones.known ? (tombstones.warnings ?? []) : [])];
  for (const message of warnings) diagnostics.push({ severity: 'warning', message });
  const costOf: CostOf = (s) => estimateCost(s, { prices: options.prices });

  for (const spec of specs) {
    const stackName = `${options.stackPrefix}-${spec.name}`;
    const candidates = byName.get(spec.name) ?? [];
    const here = candidates.find((s) => s.region === spec.region);
    const elsewhere = candidates.filter((s) => s !== here);
    const entry: PlanEntry = compared
      ? classify(spec, stackName, here, elsewhere[0])
      : { name: spec.name, stackName, region: spec.region, action: 'unknown', desired: spec, changes: [], notes: [] };
    if (here) claimed.add(here);
    if (!here && elsewhere[0]) claimed.add(elsewhere[0]);
    entries.push(entry);
    const squatter = foreign.get(`${spec.region}\u0000${stackName}`);
    if (squatter && !here) blockNotOurs(entry, squatter, options, diagnostics);
    // Against the base branch only a new entry has a lifecycle to show: when it would come up.
    if (live.known || (baseline && !here && !elsewhere[0])) applyLifecycle(entry, spec, here ?? elsewhere[0], tombstones, now, diagnostics, costOf);
    decorate(entry, spec, diagnostics, costOf);
    // Nothing runs and nothing will until the entry changes.
    if (entry.lifecycle?.state === 'expired') entry.cost = undefined;
  }

  // Managed stacks no longer in the manifest (or stale copies in another region).
  const recorded = new Set(live.known ? (live.recordedRegions ?? []) : []);
  for (const stack of ours) {
    if (claimed.has(stack)) continue;
    const entry = planDelete(stack, options.allowDestroy);
    if (recorded.has(stack.region)) {
      entry.notes.push(`left behind in ${stack.region}, a region the manifest no longer names (found through the record of regions deployed to)`);
    }
    entries.push(entry);
  }

  for (const entry of entries) {
    if (entry.deployed && entry.live && compared) {
      entry.liveCost = holdsNothing(entry.live.status) ? undefined : costOf(entry.deployed);
    }
    if (entry.action === 'delete' && !entry.blocked) entry.cost = undefined;
    else if (entry.action === 'delete') entry.cost = entry.liveCost;
    if (baseline) entry.live = undefined;
  }

  const plan = planFromEntries(entries, {
    manifestPath: options.manifestPath,
    stackPrefix: options.stackPrefix,
    live: live.known ? { known: true, regions: live.regions } : { known: false, reason: live.reason, regions: live.regions },
    diagnostics,
    beforeKnown: compared
  });
  if (baseline) plan.baseline = { kind: 'base-branch', source: baseline.source, deployments: baseline.specs.length };
  if (live.known && live.recordedRegions?.length) plan.recordedRegions = live.recordedRegions;
  return plan;
}

/** The base branch's entries as the stacks apply would have left: managed, tagged, healthy. */
function baselineStacks(specs: DeploymentSpec[], options: PlanOptions): LiveStack[] {
  return specs.map((spec) => {
    const stackName = `${options.stackPrefix}-${spec.name}`;
    return {
      stackName,
      stackId: `base:${stackName}`,
      region: spec.region,
      status: 'CREATE_COMPLETE',
      tags: { [TAG.managed]: 'true', [TAG.deployment]: spec.name, [TAG.stackPrefix]: options.stackPrefix, [TAG.manifest]: options.manifestPath },
      parameters: { [SPEC_PARAMETER]: specParameterValue(spec) },
      outputs: {}
    };
  });
}

/**
 * A stack with the deployment's name that this manifest does not own: the pipeline would deploy
 * the entry's template onto it (CloudFormation updates a stack by name), so apply refuses.
 */
function blockNotOurs(entry: PlanEntry, stack: LiveStack, options: PlanOptions, diagnostics: Diagnostic[]): void {
  const where = `${stack.stackName} in ${stack.region}`;
  const managed = stack.tags[TAG.managed] === 'true';
  const owner = stack.tags[TAG.manifest];
  const prefix = stack.tags[TAG.stackPrefix];
  let reason: string;
  let fix: string;
  if (managed && owner !== undefined && canonicalManifestPath(owner) !== canonicalManifestPath(options.manifestPath)) {
    reason = `${where} belongs to the manifest ${owner} (tag emd:manifest), not ${options.manifestPath}; deploying this entry would overwrite that deployment`;
    fix = `rename this deployment, or move the entry into ${owner}; one name cannot be deployed from two manifests with the same stack-prefix`;
  } else if (managed && prefix !== undefined && prefix !== options.stackPrefix) {
    reason = `${where} was deployed with stack-prefix ${prefix}, not ${options.stackPrefix}`;
    fix = 'rename this deployment, or use a stack-prefix whose names do not collide';
  } else {
    reason = `${where} exists but was not created by emd-action (no emd:managed tag for this manifest); the pipeline would deploy over it`;
    fix = `rename this deployment, or delete or rename that stack yourself if it is no longer used (aws cloudformation delete-stack --stack-name ${stack.stackName} --region ${stack.region})`;
  }
  entry.blocked = { kind: 'not-ours', reason, fix };
  entry.notes.unshift(`blocked: ${reason}`);
  diagnostics.push({ severity: 'error', message: `${entry.name}: ${reason}; ${fix}`, deployment: entry.name, field: `models.${entry.name}` });
}

/** Counts, totals and `hasChanges` for a list of entries: how teardown hands a partial plan to apply. */
export function planFromEntries(
  entries: PlanEntry[],
  meta: { manifestPath: string; stackPrefix: string; live: Plan['live']; diagnostics?: Diagnostic[]; beforeKnown?: boolean }
): Plan {
  return {
    manifest: meta.manifestPath,
    stackPrefix: meta.stackPrefix,
    live: meta.live,
    entries,
    totals: totals(entries, meta.beforeKnown ?? meta.live.known),
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
      changes: [{ field: 'region', old: elsewhere.region, new: spec.region, impact: 'replaces the stack' }, ...(deployed ? diffSpecs(deployed, spec).filter((c) => c.field !== 'region') : [])],
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
  } else if (stack.status === NEVER_EXECUTED) {
    entry = {
      ...base,
      action: 'create',
      deployed,
      live: liveRef,
      changes: [],
      notes: [
        `the stack is ${NEVER_EXECUTED}: a change set was created and never executed (or a create was abandoned before it ran), so it holds no resources; apply deletes the empty stack and creates it (to clear it yourself: aws cloudformation delete-stack --stack-name ${stack.stackName} --region ${stack.region})`
      ]
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
  if (!spec.https && spec.service !== 'sagemaker') entry.notes.push('plain HTTP: no https.certificate_arn, so requests and the API key cross the network unencrypted');
  if (spec.https?.domain && !spec.https.hosted_zone_id) {
    entry.notes.push(`no https.hosted_zone_id: point ${spec.https.domain} at the load balancer (LoadBalancerDnsName output) yourself; the smoke test reaches the endpoint by that name`);
  }
  if (spec.api_key === 'none') entry.notes.push('api_key: none — anyone who can reach the endpoint can use it');
  if (typeof spec.api_key === 'object') entry.notes.push(`api_key secret ${spec.api_key.secret} must hold the key itself as plain text: a JSON or empty value is refused on every path`);
  const known = findModel(spec.model);
  if (known?.gated && !spec.hf_token_secret) {
    diagnostics.push({ severity: 'warning', message: `${spec.name}: ${spec.model} is a gated model; the build needs hf_token_secret (a Secrets Manager secret with a Hugging Face token whose account accepted the license)`, ...at });
  }
  if (spec.service === 'sagemaker') {
    // The SageMaker host's NVIDIA driver is fixed by its inference AMI (core/catalog/cuda.ts).
    const host = sagemakerHost(spec.engine, spec.engine_version ?? DEFAULT_ENGINE_VERSIONS[spec.engine]);
    if (host.fit === 'unsupported') diagnostics.push({ severity: 'error', message: `${spec.name}: ${host.message}`, ...at });
    else if (host.fit === 'unknown') diagnostics.push({ severity: 'warning', message: `${spec.name}: ${host.message}`, ...at });
  }
  if (spec.spot) {
    const alone = spec.scaling.min <= 1;
    diagnostics.push({
      severity: 'warning',
      message: `${spec.name}: spot capacity can be reclaimed with two minutes' notice; instances are drained and replaced (capacity rebalancing), but ${alone ? 'with a single instance the endpoint is down' : 'capacity is short'} until the replacement has loaded the model (minutes, longer for large models or when spot capacity is scarce)`,
      ...at
    });
  }
  for (const reason of entry.cost.unknown) entry.notes.push(`cost: ${reason}`);
}
