// Wording shared by the markdown and terminal renderers, so a PR comment and `emd-action plan`
// in a terminal say the same thing.
import type { Plan, PlanEntry } from '../plan.js';
import type { Diagnostic } from '../types.js';
import { formatUsd } from '../cost.js';
import { escapeControl, escapeMarkdownLinks } from './escape.js';

export function actionLabel(entry: PlanEntry): string {
  const base = entry.action === 'unknown' ? 'create or update (live state unknown)' : lifecycleLabel(entry) ?? entry.action;
  if (!entry.blocked) return base;
  switch (entry.blocked.kind) {
    case 'busy':
      return `${base} (waits: stack busy)`;
    case 'failed':
      return `${base} (blocked: stack failed)`;
    case 'protected':
      return `${base} (blocked: protected)`;
    case 'destroy-not-allowed':
      return `${base} (blocked: allow-destroy off)`;
    case 'not-ours':
      return `${base} (blocked: stack not ours)`;
  }
}

/** Deltas are known when live stacks were read, or when the base branch's manifest stood in. */
export function costCompared(plan: Plan): boolean {
  return plan.live.known || plan.baseline !== undefined;
}

/** The one line that says live stacks were not read and what the plan was compared with instead. */
export function baselineLine(plan: Plan): string | undefined {
  if (plan.live.known || !plan.baseline) return undefined;
  return `Live stacks not read (${plan.live.reason}); compared with the base branch's manifest (${plan.baseline.source}) instead: this shows what the pull request changes, not what runs now.`;
}

/** Unchanged entries that schedule or ttl keep down say so in the table, not only in the details. */
function lifecycleLabel(entry: PlanEntry): string | undefined {
  if (entry.action === 'create' && entry.lifecycle?.state === 'dormant') return 'create (dormant)';
  if (entry.action !== 'unchanged') return undefined;
  switch (entry.lifecycle?.state) {
    case 'expired':
      return 'expired (ttl)';
    case 'dormant':
      return 'scheduled down';
    case 'teardown-due':
      return 'unchanged (teardown due)';
    default:
      return undefined;
  }
}

export function targetLabel(entry: PlanEntry): string {
  const spec = entry.desired ?? entry.deployed;
  if (!spec) return `${entry.region}`;
  const instance = spec.service === 'sagemaker' ? `ml.${spec.instance}` : spec.instance;
  return `${spec.service} · ${instance}${spec.spot ? ' (spot)' : ''} · ${spec.region}`;
}

export function scaleLabel(entry: PlanEntry): string {
  const spec = entry.desired ?? entry.deployed;
  if (!spec) return '';
  const { min, max } = spec.scaling;
  return min === max ? `${min}` : `${min}–${max}`;
}

export function modelLabel(entry: PlanEntry): string {
  return (entry.desired ?? entry.deployed)?.model ?? '';
}

export function range(min: number | null | undefined, max: number | null | undefined, digits?: number): string {
  if (min === undefined) return '–';
  if (min === null || max === null || max === undefined || Math.abs(max - min) < 0.005) return formatUsd(min ?? null, digits);
  return `${formatUsd(min, digits)}–${formatUsd(max, digits)}`;
}

export function hourlyCell(entry: PlanEntry): string {
  if (entry.action === 'delete' && !entry.blocked) return '–';
  return range(entry.cost?.hourlyMin, entry.cost?.hourlyMax, 3);
}

export function monthlyCell(entry: PlanEntry): string {
  if (entry.action === 'delete' && !entry.blocked) return '–';
  return range(entry.cost?.monthlyMin, entry.cost?.monthlyMax);
}

/** Monthly change this entry brings, at minimum scale. */
export function entryDelta(entry: PlanEntry, liveKnown: boolean): number | null | undefined {
  if (!liveKnown) return undefined;
  const after = entry.action === 'delete' && !entry.blocked ? 0 : entry.cost ? entry.cost.monthlyMin : 0;
  const before = entry.liveCost ? entry.liveCost.monthlyMin : entry.live && entry.live.status !== 'ROLLBACK_COMPLETE' && !entry.deployed ? null : 0;
  if (after === null || before === null) return null;
  return after - before;
}

export function signedUsd(n: number | null | undefined): string {
  if (n === undefined) return '–';
  if (n === null) return 'unknown';
  if (Math.abs(n) < 0.005) return '$0';
  return `${n > 0 ? '+' : '−'}${formatUsd(Math.abs(n))}`;
}

export function countsLine(plan: Plan): string {
  const c = plan.counts;
  if (!plan.hasChanges && c.unknown === 0) {
    const blocked = c.blocked > 0 ? `, ${c.blocked} blocked` : '';
    return `No changes: ${c.unchanged} deployment${c.unchanged === 1 ? '' : 's'} up to date${blocked}`;
  }
  const parts: string[] = [];
  const add = (n: number, word: string) => n > 0 && parts.push(`${n} to ${word}`);
  add(c.create, 'create');
  add(c.update, 'update');
  add(c.replace, 'replace');
  add(c.delete, 'delete');
  if (c.unknown > 0) parts.push(`${c.unknown} to create or update`);
  if (c.unchanged > 0) parts.push(`${c.unchanged} unchanged`);
  if (c.blocked > 0) parts.push(`${c.blocked} blocked`);
  return parts.join(' · ');
}

export function costHeadline(plan: Plan): string {
  const { monthlyAfter, monthlyAfterMax, monthlyBefore, monthlyDelta, monthlyDeltaMax } = plan.totals;
  // Autoscaling can take the bill from the minimum to the maximum: the headline shows both ends.
  const upTo = (a: number | null, b: number | null) => (a !== null && b !== null && Math.abs(b - a) >= 0.005 ? `${formatUsd(a)}–${formatUsd(b)}` : a === null ? 'unknown' : formatUsd(a));
  if (!costCompared(plan)) {
    return monthlyAfter === null ? 'Monthly estimate unknown' : `Monthly estimate ${upTo(monthlyAfter, monthlyAfterMax)} for everything in the manifest (change unknown: live state not read)`;
  }
  const against = plan.live.known ? '' : ' against the base branch';
  if (monthlyDelta === null || monthlyAfter === null || monthlyBefore === null) return 'Monthly estimate change unknown (a price is missing)';
  const maxNote = monthlyDeltaMax !== null && Math.abs(monthlyDeltaMax - monthlyDelta) >= 0.005 ? `; at maximum scale ${monthlyDeltaMax >= 0 ? '+' : '−'}${formatUsd(Math.abs(monthlyDeltaMax))}` : '';
  if (Math.abs(monthlyDelta) < 0.005 && !maxNote) return `Monthly estimate does not change${against} (${upTo(monthlyAfter, monthlyAfterMax)})`;
  const pct = monthlyBefore > 0 ? ` (${monthlyDelta > 0 ? '+' : '−'}${Math.round((Math.abs(monthlyDelta) / monthlyBefore) * 100)}%)` : ` (from ${formatUsd(0)})`;
  const verb = Math.abs(monthlyDelta) < 0.005 ? 'does not change at minimum scale' : `${monthlyDelta > 0 ? 'increases' : 'decreases'} by ${formatUsd(Math.abs(monthlyDelta))}${pct}`;
  return `Monthly estimate ${verb}${against} to ${upTo(monthlyAfter, monthlyAfterMax)}${maxNote}`;
}

export function position(d: Diagnostic): string {
  if (!d.file) return '';
  return d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}

export function formatValue(value: unknown): string {
  if (value === undefined) return '(unset)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * Manifest text reaches comments and issues: neutralise HTML and @-mentions so a PR cannot ping or
 * inject, and keep it on its line so that a value's line breaks cannot start markdown of their own.
 */
export function escapeInline(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return escapeMarkdownLinks(escapeControl(oneLine)).replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@(?=\w)/g, '@\u200b');
}
