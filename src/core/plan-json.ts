// The `plan` step output and `--json` CLI output: a stable, versioned shape for scripts.
import type { Plan } from './plan.js';

export const PLAN_JSON_VERSION = 1;

export function planJson(plan: Plan): Record<string, unknown> {
  return {
    version: PLAN_JSON_VERSION,
    manifest: plan.manifest,
    stackPrefix: plan.stackPrefix,
    live: plan.live,
    ...(plan.baseline ? { baseline: plan.baseline } : {}),
    ...(plan.recordedRegions ? { recordedRegions: plan.recordedRegions } : {}),
    hasChanges: plan.hasChanges,
    counts: plan.counts,
    totals: plan.totals,
    entries: plan.entries.map((e) => ({
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
    })),
    diagnostics: plan.diagnostics
  };
}
