// The plan path shared by the action and the CLI: manifest → live state → plan → budget checks.
// Rendering and posting are left to the caller, which knows where the report goes.
import { loadManifest, type LoadedManifest } from '../core/manifest/load.js';
import { buildPlan, type Plan } from '../core/plan.js';
import { checkBudget } from '../core/cost.js';
import { priceDataSummary } from '../core/pricing.js';
import type { LiveState } from '../core/live.js';
import type { AwsClients } from '../aws/clients.js';

export interface PlanRequest {
  manifestPath: string;
  content: string | Uint8Array;
  stackPrefix: string;
  allowDestroy: boolean;
  defaultRegion?: string;
  /** Without clients (offline, or no credentials to try) the live state is reported as unknown. */
  clients?: AwsClients;
  offlineReason?: string;
  maxMonthlyIncrease?: number;
  maxMonthlyTotal?: number;
}

export interface PlanOutcome {
  manifest: LoadedManifest;
  plan?: Plan;
  /** The stacks the plan was built from, so apply acts on the same listing without reading it again. */
  live?: LiveState;
  /** Budget and fit failures; any entry here fails the check. */
  failures: string[];
  priceNote: string;
  ok: boolean;
}

export async function runPlan(request: PlanRequest): Promise<PlanOutcome> {
  const priceNote = priceDataSummary();
  const manifest = loadManifest(request.content, {
    path: request.manifestPath,
    stackPrefix: request.stackPrefix,
    defaultRegion: request.defaultRegion
  });
  if (!manifest.valid) return { manifest, failures: [], priceNote, ok: false };

  const regions = [...new Set([...manifest.specs.map((s) => s.region), ...(request.defaultRegion ? [request.defaultRegion] : [])])].sort();
  // Loaded only when live state is read: an offline plan (the CLI without AWS) loads no SDK code.
  const live: LiveState = request.clients
    ? await (await import('../aws/stacks.js')).listStacks(request.clients, regions, { stackPrefix: request.stackPrefix })
    : { known: false, reason: request.offlineReason ?? 'offline: deployed stacks were not read', regions };

  const plan = buildPlan(manifest.specs, live, {
    manifestPath: request.manifestPath,
    stackPrefix: request.stackPrefix,
    allowDestroy: request.allowDestroy
  });
  // Plan findings (fit, gated models) point at the entry they concern in the manifest.
  for (const d of plan.diagnostics) {
    const pos = d.deployment ? manifest.entryPositions[d.deployment] : undefined;
    Object.assign(d, { file: request.manifestPath, ...pos });
  }
  const failures = checkBudget({
    monthlyTotal: plan.totals.monthlyAfter,
    monthlyDelta: plan.totals.monthlyDelta,
    maxMonthlyIncrease: request.maxMonthlyIncrease,
    maxMonthlyTotal: request.maxMonthlyTotal
  });
  const fitErrors = plan.diagnostics.some((d) => d.severity === 'error');
  return { manifest, plan, live, failures, priceNote, ok: failures.length === 0 && !fitErrors };
}
