// Counts and totals of a list of plan entries.
import type { Plan, PlanEntry, PlanTotals } from './plan-types.js';

export function isChange(entry: PlanEntry): boolean {
  return ['create', 'update', 'replace', 'delete'].includes(entry.action) && !isHeld(entry);
}

/** A change apply will not make (protected, a delete without allow-destroy, a stack not ours). */
export function isHeld(entry: PlanEntry): boolean {
  const kind = entry.blocked?.kind;
  return kind === 'destroy-not-allowed' || kind === 'protected' || kind === 'not-ours';
}

export function countActions(entries: PlanEntry[]): Plan['counts'] {
  const counts: Plan['counts'] = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0, unknown: 0, blocked: 0 };
  for (const e of entries) {
    // A change that will not happen (protected, or deletes without allow-destroy) is only "blocked".
    if (!isHeld(e)) counts[e.action] += 1;
    if (e.blocked) counts.blocked += 1;
  }
  return counts;
}

export function totals(entries: PlanEntry[], beforeKnown: boolean): PlanTotals {
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
  const before = (e: PlanEntry) => e.liveCost !== undefined;
  const monthlyBefore = beforeKnown ? sum((e) => e.liveCost?.monthlyMin, before) : null;
  const monthlyBeforeMax = beforeKnown ? sum((e) => e.liveCost?.monthlyMax, before) : null;
  return {
    monthlyAfter,
    monthlyAfterMax,
    hourlyAfter,
    monthlyBefore,
    monthlyBeforeMax,
    monthlyDelta: monthlyAfter !== null && monthlyBefore !== null ? round2(monthlyAfter - monthlyBefore) : null,
    monthlyDeltaMax: monthlyAfterMax !== null && monthlyBeforeMax !== null ? round2(monthlyAfterMax - monthlyBeforeMax) : null
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
