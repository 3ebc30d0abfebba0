// The `plan` step output, the plan file and `--json` CLI output: a stable, versioned shape for
// scripts. Money is rounded once here (cents for monthly figures, 4 decimals for hourly and unit
// prices), so no float noise like 3482.4399999999996 reaches a reader.
import type { Plan } from './plan.js';

export const PLAN_JSON_VERSION = 1;

export function planJson(plan: Plan): Record<string, unknown> {
  return roundMoneyFields({ ...planHead(plan), entries: plan.entries.map(entryJson), diagnostics: plan.diagnostics }) as Record<string, unknown>;
}

/**
 * The same JSON text as `JSON.stringify(planJson(plan))`, as pieces in order: the fields before
 * `entries`, each entry (from the second on with its leading comma), then the rest. A
 * 1,000-deployment plan is megabytes of JSON; written piece by piece it is never held whole, and
 * on the runner every megabyte held at once is memory the process must first be given.
 */
export function* planJsonPieces(plan: Plan): Generator<string> {
  const head = JSON.stringify(roundMoneyFields(planHead(plan)));
  yield `${head.slice(0, -1)},"entries":[`;
  for (let i = 0; i < plan.entries.length; i++) yield `${i ? ',' : ''}${JSON.stringify(roundMoneyFields(entryJson(plan.entries[i])))}`;
  yield `],"diagnostics":${JSON.stringify(roundMoneyFields(plan.diagnostics))}}`;
}

function planHead(plan: Plan): Record<string, unknown> {
  return {
    version: PLAN_JSON_VERSION,
    manifest: plan.manifest,
    stackPrefix: plan.stackPrefix,
    live: plan.live,
    ...(plan.baseline ? { baseline: plan.baseline } : {}),
    ...(plan.recordedRegions ? { recordedRegions: plan.recordedRegions } : {}),
    hasChanges: plan.hasChanges,
    counts: plan.counts,
    totals: plan.totals
  };
}

function entryJson(e: Plan['entries'][number]): Record<string, unknown> {
  return {
    name: e.name,
    action: e.action,
    blocked: e.blocked,
    stackName: e.stackName,
    region: e.region,
    status: e.live?.status,
    lifecycle: e.lifecycle,
    changes: e.changes,
    downtime: e.downtime,
    notes: e.notes,
    fit: e.fit,
    cost: e.cost,
    liveCost: e.liveCost,
    desired: e.desired
  };
}

/** Monthly figures (keys starting `monthly`) to cents; hourly figures and unit prices (`usd`) to 4 decimals; hours to 0.1. */
const MONEY_KEY = /^(monthly|hourly|usd$|hours$|hoursPerMonth$)/;

function roundMoneyFields(value: unknown, key = ''): unknown {
  if (typeof value === 'number') {
    if (!MONEY_KEY.test(key) || !Number.isFinite(value)) return value;
    const f = key.startsWith('monthly') ? 100 : key.startsWith('hours') ? 10 : 10_000;
    return Math.round(value * f) / f;
  }
  if (Array.isArray(value)) return value.map((v) => roundMoneyFields(v, key));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    // A plain loop, not entries/fromEntries: a 1,000-deployment plan passes here ~10^5 times.
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      // The deployment spec holds manifest values, not money: leave it as written.
      out[k] = k === 'desired' || k === 'old' || k === 'new' ? v : roundMoneyFields(v, k);
    }
    return out;
  }
  return value;
}

/** The `plan` step output stays under this many characters; the whole plan is in `plan-file`. */
export const PLAN_OUTPUT_LIMIT = 250_000;

/**
 * The `plan` output of a plan whose whole JSON is over `limit` characters: each entry cut to name,
 * action, blocked kind, region and monthly cost (`"truncated": "entries"`); else only the entries
 * that change (`"truncated": "unchanged-entries"`); else counts and totals only.
 */
export function truncatedPlanJson(plan: Plan, limit = PLAN_OUTPUT_LIMIT): string {
  const base = planJson({ ...plan, entries: [] });
  const brief = (e: Plan['entries'][number]) =>
    roundMoneyFields({
      name: e.name,
      action: e.action,
      ...(e.blocked ? { blocked: e.blocked.kind } : {}),
      region: e.region,
      monthlyMin: e.cost?.monthlyMin ?? null,
      monthlyMax: e.cost?.monthlyMax ?? null
    });
  const attempts: [string, Plan['entries']][] = [
    ['entries', plan.entries],
    ['unchanged-entries', plan.entries.filter((e) => e.action !== 'unchanged' || e.blocked)]
  ];
  for (const [truncated, entries] of attempts) {
    const text = JSON.stringify({ ...base, truncated, entries: entries.map(brief), diagnostics: plan.diagnostics.slice(0, 50) });
    if (text.length <= limit) return text;
  }
  return JSON.stringify({ ...base, truncated: 'all-entries', entries: [], diagnostics: plan.diagnostics.slice(0, 50) });
}
