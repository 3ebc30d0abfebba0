// The plan path shared by the action and the CLI: manifest → live state → plan → budget checks.
// Rendering and posting are left to the caller, which knows where the report goes.
import { loadManifest, type LoadedManifest } from '../core/manifest/load.js';
import { buildPlan, type Plan } from '../core/plan.js';
import { checkBudget } from '../core/cost.js';
import { priceDataSummary } from '../core/pricing.js';
import type { LiveState } from '../core/live.js';
import type { AwsClients } from '../aws/clients.js';
import { listStacks } from '../aws/stacks.js';

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
  /** Quota preflight results (empty without credentials or when nothing adds capacity). */
  quotas?: import('../core/quotas.js').QuotaCheck[];
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
  const live: LiveState = request.clients
    ? await listStacks(request.clients, regions, { stackPrefix: request.stackPrefix })
    : { known: false, reason: request.offlineReason ?? 'offline: deployed stacks were not read', regions };

  // Live prices and quota preflight (modes/plan-live.ts): only with credentials, loaded lazily.
  const extra = request.clients ? await import('./plan-live.js') : undefined;
  const prices = extra && request.clients ? await extra.livePrices(request.clients, manifest.specs, live, request.defaultRegion) : undefined;

  const plan = buildPlan(manifest.specs, live, {
    manifestPath: request.manifestPath,
    stackPrefix: request.stackPrefix,
    allowDestroy: request.allowDestroy,
    prices: prices?.book
  });
  if (prices) plan.diagnostics.push(...prices.warnings);
  const quotas = extra && request.clients ? await extra.quotaPreflight(request.clients, plan) : undefined;
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
  const note = prices?.note ? `${prices.note} ${priceNote}` : priceNote;
  return { manifest, plan, live, failures, priceNote: note, ...(quotas ? { quotas } : {}), ok: failures.length === 0 && !fitErrors };
}
