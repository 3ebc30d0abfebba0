// `mode: teardown`, shared by the action and tests: manifest → live stacks and teardown records →
// decisions → (records written) → a plan of just the deletes and creates → the apply path. Pruning
// images and reporting are side jobs that never undo or block the fleet work.
import { loadManifest, type LoadedManifest } from '../core/manifest/load.js';
import type { Plan } from '../core/plan.js';
import type { LiveStack } from '../core/live.js';
import { decideTeardown, teardownPlan, type TeardownDecisions, type TeardownItem } from '../core/teardown.js';
import type { AwsClients } from '../aws/clients.js';
import { listStacks } from '../aws/stacks.js';
import { homeRegion } from './plan.js';
import { artifactBuckets, writeTombstone } from '../aws/tombstones.js';
import { pruneImages, type PruneReport } from '../aws/images.js';
import type { Logger } from '../runner/logger.js';

/** What teardown needs from the apply path's outcome (`runApply` returns at least this). */
export interface ExecutorOutcome {
  deployments: { name: string; action: string; result: 'succeeded' | 'failed' | 'cancelled' | 'timed-out' | 'skipped'; reason?: string }[];
  ok: boolean;
  cancelled: boolean;
}

/**
 * Carries out a plan of deletes and creates: in the action, `runApply`. `liveStacks` is the listing
 * the plan was made from, which spares the apply path a listing of its own.
 */
export type TeardownExecutor = (plan: Plan, context?: { liveStacks: LiveStack[] }) => Promise<ExecutorOutcome>;

export interface TeardownRequest {
  manifestPath: string;
  content: string | Uint8Array;
  stackPrefix: string;
  defaultRegion?: string;
  clients: AwsClients;
  execute: TeardownExecutor;
  dryRun: boolean;
  pruneImagesDays?: number;
  /** The instant schedules and ttls are read at; the current time by default. */
  now?: () => Date;
  log: Logger;
}

export interface TeardownOutcome {
  manifest: LoadedManifest;
  now: Date;
  dryRun: boolean;
  items: TeardownItem[];
  savings: TeardownDecisions['savings'];
  /** The deletes and creates handed to the apply path (in a dry run: what would have been). */
  plan?: Plan;
  prune?: PruneReport;
  warnings: string[];
  /** Why nothing was decided: invalid manifest or unreadable live state. */
  aborted?: string;
  failures: string[];
  ok: boolean;
}

export async function runTeardown(req: TeardownRequest): Promise<TeardownOutcome> {
  const now = (req.now ?? (() => new Date()))();
  const log = req.log;
  const manifest = loadManifest(req.content, { path: req.manifestPath, stackPrefix: req.stackPrefix, defaultRegion: req.defaultRegion });
  const base = { manifest, now, dryRun: req.dryRun, items: [] as TeardownItem[], savings: { monthly: 0, items: [] }, warnings: [] as string[] };
  if (!manifest.valid) {
    const count = manifest.diagnostics.filter((d) => d.severity === 'error').length;
    const aborted = `${req.manifestPath} is invalid (${count} error${count === 1 ? '' : 's'}); nothing was torn down or brought up`;
    return { ...base, aborted, failures: [aborted], ok: false };
  }

  const regions = [...new Set([...manifest.specs.map((s) => s.region), ...(req.defaultRegion ? [req.defaultRegion] : [])])].sort();
  const home = homeRegion(req.defaultRegion, manifest.specs);
  const live = await log.group('Live stacks and teardown records', () => listStacks(req.clients, regions, { stackPrefix: req.stackPrefix, homeRegion: home }));
  if (!live.known) {
    const aborted = `live state unknown: ${live.reason}`;
    return { ...base, aborted, failures: [aborted], ok: false };
  }
  const warnings: string[] = [];
  if (live.tombstones && !live.tombstones.known) warnings.push(live.tombstones.reason);
  warnings.push(...(live.warnings ?? []), ...(live.tombstones?.known ? (live.tombstones.warnings ?? []) : []));

  const decided = decideTeardown(manifest.specs, live, { now, stackPrefix: req.stackPrefix, manifestPath: req.manifestPath });
  const items: TeardownItem[] = decided.decisions.map((d) => ({ ...d }));
  for (const i of items) log.info(`${i.name} (${i.region}): ${i.verdict}${i.skip ? ` (${i.skip})` : ''}: ${i.reason}`);
  const failures: string[] = [];

  // Before anything is deleted or created: an image a bring-up reuses must not vanish under it.
  let prune: PruneReport | undefined;
  if (req.pruneImagesDays !== undefined) {
    if (live.tombstones && !live.tombstones.known) {
      warnings.push('prune-images skipped: without the teardown records, the images of deployments that are down for their schedule are not known');
    } else {
      const inUse = [
        ...live.stacks.filter((s) => s.parameters.ImageUri).map((s) => ({ uri: s.parameters.ImageUri, by: `${s.stackName} (${s.region})` })),
        ...(live.tombstones?.known ? live.tombstones.items : [])
          .filter((t) => t.reason === 'schedule' && t.imageUri)
          .map((t) => ({ uri: t.imageUri!, by: `${t.stackName} (down for its schedule)` }))
      ];
      prune = await log.group('Prune images', () =>
        pruneImages({ clients: req.clients, regions, stackPrefix: req.stackPrefix, olderThanDays: req.pruneImagesDays!, now, inUse, dryRun: req.dryRun })
      );
      for (const p of prune.problems) log.warning(`prune-images: ${p}`);
    }
  }

  const acting = items.filter((i) => i.verdict === 'tear-down' || i.verdict === 'bring-up');
  if (req.dryRun) {
    for (const i of acting) i.outcome = { result: 'dry-run' };
    const plan = teardownPlan(decided, manifest.specs, live, { manifestPath: req.manifestPath, stackPrefix: req.stackPrefix });
    return { manifest, now, dryRun: true, items, savings: decided.savings, plan, prune, warnings, failures, ok: true };
  }

  await recordTeardowns(req, live.stacks, items, warnings, failures);
  const go = { ...decided, decisions: items.filter((i) => i.outcome?.result !== 'not-run') };
  const plan = teardownPlan(go, manifest.specs, live, { manifestPath: req.manifestPath, stackPrefix: req.stackPrefix });

  if (plan.entries.length) {
    let outcome: ExecutorOutcome | undefined;
    try {
      outcome = await req.execute(plan, { liveStacks: live.stacks });
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      for (const i of acting) if (!i.outcome) i.outcome = { result: 'failed', reason: message };
      failures.push(`the apply path failed: ${message}`);
    }
    if (outcome) {
      for (const i of acting) {
        if (i.outcome) continue;
        const action = i.verdict === 'tear-down' ? 'delete' : 'create';
        const d = outcome.deployments.find((x) => x.name === i.name && x.action === action) ?? outcome.deployments.find((x) => x.name === i.name);
        i.outcome = d ? { result: d.result, ...(d.reason ? { reason: d.reason } : {}) } : { result: 'not-run', reason: 'the apply path did not report on it' };
      }
    }
  }
  for (const i of acting) {
    const r = i.outcome?.result;
    if (r === 'failed' || r === 'timed-out' || r === 'cancelled') {
      failures.push(`${i.name}: ${i.verdict === 'tear-down' ? 'tear-down' : 'bring-up'} ${r}${i.outcome?.reason ? `: ${i.outcome.reason}` : ''}`);
    }
  }
  return { manifest, now, dryRun: false, items, savings: decided.savings, plan, prune, warnings, failures, ok: failures.length === 0 };
}

/**
 * Writes each tear-down's record before the delete is started. A ttl tear-down whose record cannot
 * be written is not carried out: without it the next apply would create the deployment again. A
 * schedule record only keeps the plan's cost comparison and the image for the bring-up, so its
 * failure is a warning.
 */
async function recordTeardowns(req: TeardownRequest, stacks: LiveStack[], items: TeardownItem[], warnings: string[], failures: string[]): Promise<void> {
  const buckets = artifactBuckets(stacks, req.stackPrefix);
  for (const i of items) {
    if (i.verdict !== 'tear-down' || !i.record) continue;
    const bucket = buckets.get(i.region)?.[0];
    let problem: string | undefined;
    if (!bucket) problem = `no ${req.stackPrefix}-bootstrap stack with an ArtifactBucket output in ${i.region}`;
    else {
      try {
        await writeTombstone(req.clients, bucket, i.record);
      } catch (error) {
        problem = `s3://${bucket}/state/tombstones/${i.stackName}.json could not be written (${(error as { name?: string }).name ?? 'Error'}: ${(error as Error).message})`;
      }
    }
    if (!problem) continue;
    if (i.because === 'ttl') {
      i.outcome = { result: 'not-run', reason: `${problem}; without that record the next apply would create it again` };
      failures.push(`${i.name}: not torn down: ${i.outcome.reason}`);
    } else {
      warnings.push(`${i.name}: ${problem}; it is torn down anyway, and the plan shows it as new until it is up again`);
    }
  }
}
