// The plan path shared by the action and the CLI: manifest → live state → plan → budget checks.
// Rendering and posting are left to the caller, which knows where the report goes.
import { loadManifest, type LoadedManifest } from '../core/manifest/load.js';
import { buildPlan, type Plan } from '../core/plan.js';
import { checkBudget } from '../core/cost.js';
import { checkFit } from '../core/fit.js';
import { priceDataSummary } from '../core/pricing.js';
import type { LiveState } from '../core/live.js';
import type { DeploymentSpec } from '../core/types.js';
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
  /**
   * Without live state, the base branch's manifest to compare with (what the pull request
   * changes). `content` undefined: the file did not exist there, so every entry is new.
   */
  base?: () => Promise<{ content: string | Uint8Array | undefined; source: string } | undefined>;
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
  if (!manifest.valid) {
    addFitErrors(manifest);
    return { manifest, failures: [], priceNote, ok: false };
  }

  const regions = [...new Set([...manifest.specs.map((s) => s.region), ...(request.defaultRegion ? [request.defaultRegion] : [])])].sort();
  // Live prices and quota preflight (modes/plan-live.ts): only with credentials, loaded lazily. The
  // manifest's prices are read while the stacks are listed (a Price List answer takes a few hundred
  // ms); a run that then finds it has no credentials drops them rather than warn about each.
  const extraModule = request.clients ? import('./plan-live.js') : undefined;
  const pricing = extraModule?.then((m) => m.startLivePrices(request.clients!, manifest.specs, request.defaultRegion));
  pricing?.catch(() => undefined);
  // Loaded only when live state is read: an offline plan (the CLI without AWS) loads no SDK code.
  const live: LiveState = request.clients
    ? await (await import('../aws/stacks.js')).listStacks(request.clients, regions, {
        stackPrefix: request.stackPrefix,
        homeRegion: homeRegion(request.defaultRegion, manifest.specs),
        recordsFor: new Set(manifest.specs.map((s) => `${request.stackPrefix}-${s.name}`))
      })
    : { known: false, reason: request.offlineReason ?? 'offline: deployed stacks were not read', regions };

  // Read only when needed: with live state the base branch is not what the plan compares with.
  const baseline = live.known ? undefined : await readBaseline(request);
  const credentials = request.clients && !(live.known === false && live.noCredentials);
  const extra = credentials ? await extraModule : undefined;
  const prices = extra && pricing ? await (await pricing).finish(live) : undefined;

  const plan = buildPlan(manifest.specs, live, {
    manifestPath: request.manifestPath,
    stackPrefix: request.stackPrefix,
    allowDestroy: request.allowDestroy,
    ...(baseline && 'specs' in baseline ? { baseline } : {}),
    prices: prices?.book
  });
  if (baseline && 'problem' in baseline) plan.diagnostics.push({ severity: 'warning', message: baseline.problem });
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
    monthlyTotalMax: plan.totals.monthlyAfterMax,
    monthlyDeltaMax: plan.totals.monthlyDeltaMax,
    maxMonthlyIncrease: request.maxMonthlyIncrease,
    maxMonthlyTotal: request.maxMonthlyTotal
  });
  const fitErrors = plan.diagnostics.some((d) => d.severity === 'error');
  const note = prices?.note ? `${prices.note} ${priceNote}` : priceNote;
  return { manifest, plan, live, failures, priceNote: note, ...(quotas ? { quotas } : {}), ok: failures.length === 0 && !fitErrors };
}

/** The base branch's specs, or why they could not be used (then the plan says live state is unknown). */
async function readBaseline(request: PlanRequest): Promise<{ specs: DeploymentSpec[]; source: string } | { problem: string } | undefined> {
  let found;
  try {
    found = await request.base?.();
  } catch (error) {
    return { problem: `the base branch's ${request.manifestPath} could not be read (${(error as Error).message}), so the plan cannot show what this pull request changes` };
  }
  if (!found) return undefined;
  const { content, source } = found;
  if (content === undefined) return { specs: [], source: `${source}; the manifest did not exist there` };
  const base = loadManifest(content, { path: request.manifestPath, stackPrefix: request.stackPrefix, defaultRegion: request.defaultRegion });
  if (!base.valid) {
    return { problem: `the base branch's ${request.manifestPath} (${source}) is invalid, so the plan cannot show what this pull request changes` };
  }
  return { specs: base.specs, source };
}

/**
 * Where the record of regions deployed to is kept: the action's aws-region, else the first region
 * the manifest names. Apply writes the record in every region it deploys to, so a manifest that
 * moves all its entries still finds the regions it left in the region it moved to.
 */
export function homeRegion(defaultRegion: string | undefined, specs: DeploymentSpec[]): string | undefined {
  return defaultRegion ?? [...new Set(specs.map((s) => s.region))].sort()[0];
}

/**
 * An invalid manifest is not planned, but the entries that passed every rule are still checked
 * for fit, so a file with several mistakes shows all of them in one run, each on its line.
 */
function addFitErrors(manifest: LoadedManifest): void {
  for (const spec of manifest.checkedSpecs) {
    const fit = checkFit(spec);
    if (fit.status !== 'no-fit') continue;
    const pos = manifest.entryPositions[spec.name];
    manifest.diagnostics.push({ severity: 'error', message: `${spec.name}: ${fit.message}`, file: manifest.path, deployment: spec.name, field: `models.${spec.name}`, ...pos });
  }
  manifest.diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
