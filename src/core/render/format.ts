// Wording shared by the markdown and terminal renderers, so a PR comment and `emd-action plan`
// in a terminal say the same thing. Money goes through money.ts; manifest text through `text()`.
import type { Plan, PlanEntry } from '../plan.js';
import type { Diagnostic } from '../types.js';
import { money, moneyDelta, moneyRange } from './money.js';
import { escapeControl, escapeMarkdownLinks } from './escape.js';

/** Why a change is held, short enough for a table cell. Kinds added later fall back to `blocked`. */
function heldLabel(entry: PlanEntry): string | undefined {
  const b = entry.blocked;
  if (!b) return undefined;
  switch (b.kind) {
    case 'busy':
      return 'waits: stack busy';
    case 'failed':
      return 'stack failed';
    case 'protected':
      return 'protected';
    case 'destroy-not-allowed':
      return 'allow-destroy off';
    case 'not-ours':
      return 'stack not ours';
    default:
      return 'blocked';
  }
}

/**
 * The marks the apply comment and the teardown summary put before a result, one spelling for both
 * so a failure stands out the same way wherever it is read.
 */
export const RESULT_MARK = {
  succeeded: '✅',
  failed: '❌',
  timedOut: '⏱️',
  cancelled: '⏹️',
  heldBack: '⏸️',
  unchanged: '➖',
  attention: '⚠️'
} as const;

/** `update`, `delete · allow-destroy off`, `stack failed`, `scheduled down`: one level, no nested parentheses. */
export function actionLabel(entry: PlanEntry): string {
  const base = entry.action === 'unknown' ? 'create or update' : lifecycleLabel(entry) ?? entry.action;
  const held = heldLabel(entry);
  if (!held) return base;
  return base === 'unchanged' ? held : `${base} · ${held}`;
}

/** Unchanged entries that schedule or ttl keep down say so, not only in the details. */
function lifecycleLabel(entry: PlanEntry): string | undefined {
  if (entry.action === 'create' && entry.lifecycle?.state === 'dormant') return 'create · dormant';
  if (entry.action !== 'unchanged') return undefined;
  switch (entry.lifecycle?.state) {
    case 'expired':
      return 'expired: ttl';
    case 'dormant':
      return 'scheduled down';
    case 'teardown-due':
      return 'teardown due';
    default:
      return undefined;
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

/** In the changes table: everything apply would act on, plus what it holds back and what is not known. */
export function isShownAsChange(entry: PlanEntry): boolean {
  return entry.action !== 'unchanged' || entry.blocked !== undefined;
}

/** Order of the changes table: what can hurt first, then what is held, then additions. */
export function changeRank(entry: PlanEntry): number {
  if (entry.blocked?.kind === 'failed') return 0;
  if (entry.action === 'replace' && !entry.blocked) return 1;
  if (entry.action === 'delete' && !entry.blocked) return 2;
  if (entry.blocked) return 3;
  return { update: 4, create: 5, unknown: 6, replace: 1, delete: 2, unchanged: 7 }[entry.action] ?? 7;
}

export function spec(entry: PlanEntry) {
  return entry.desired ?? entry.deployed;
}

/** `ml.g5.2xlarge ×1–2` (SageMaker), `ecs g6.2xlarge spot ×0–2`; the region only when asked. */
export function runsOn(entry: PlanEntry, withRegion = false): string {
  const s = spec(entry);
  if (!s) return withRegion ? entry.region : '–';
  // `ml.` says SageMaker; ecs and ec2 name their service.
  const instance = s.service === 'sagemaker' ? `ml.${s.instance}` : `${s.service} ${s.instance}`;
  const { min, max } = s.scaling;
  const scale = min === max ? `×${min}` : `×${min}–${max}`;
  return `${instance}${s.spot && s.service !== 'sagemaker' ? ' spot' : ''} ${scale}${withRegion ? ` · ${s.region}` : ''}`;
}

export function modelLabel(entry: PlanEntry): string {
  return spec(entry)?.model ?? '';
}

/** Monthly cost this entry has after the plan: nothing for a delete that goes through, or an expired one. */
function afterCost(entry: PlanEntry) {
  if (entry.action === 'delete' && !entry.blocked) return undefined;
  return entry.cost;
}

/** What runs now costs a month (`–` when nothing runs, `unknown` when its spec cannot be read). */
export function beforeCell(entry: PlanEntry): string {
  if (entry.liveCost) return moneyRange(entry.liveCost.monthlyMin, entry.liveCost.monthlyMax, 'mo', { unit: false });
  return entry.live && !entry.deployed && entry.live.status !== 'ROLLBACK_COMPLETE' ? 'unknown' : '–';
}

/** `$1,106 → $1,106–$2,212`, `– → $1,106`, `$1,106 → –`: before and after, ranges min–max scale. */
export function beforeAfterCell(entry: PlanEntry, liveKnown: boolean): string {
  const a = monthlyCell(entry);
  return liveKnown ? `${beforeCell(entry)} → ${a}` : a;
}

export function monthlyCell(entry: PlanEntry): string {
  const after = afterCost(entry);
  return after ? moneyRange(after.monthlyMin, after.monthlyMax, 'mo', { unit: false }) : '–';
}

export function hourlyCell(entry: PlanEntry): string {
  const after = afterCost(entry);
  return after ? moneyRange(after.hourlyMin, after.hourlyMax, 'h', { unit: false }) : '–';
}

/** Monthly change this entry brings, at minimum scale. */
export function entryDelta(entry: PlanEntry, liveKnown: boolean): number | null | undefined {
  if (!liveKnown) return undefined;
  const after = afterCost(entry) ? entry.cost!.monthlyMin : 0;
  const before = entry.liveCost ? entry.liveCost.monthlyMin : entry.live && entry.live.status !== 'ROLLBACK_COMPLETE' && !entry.deployed ? null : 0;
  if (after === null || before === null) return null;
  return after - before;
}

/** `1 to create · 2 to update · 1 held back · 5 unchanged · 1 stack needs a fix`: each deployment counted once, plus stacks that need a person. */
export function countsLine(plan: Plan): string {
  const held = (e: PlanEntry) => e.blocked !== undefined && e.blocked.kind !== 'busy' && e.blocked.kind !== 'failed';
  const n = (pred: (e: PlanEntry) => boolean) => plan.entries.filter(pred).length;
  const goes = (action: PlanEntry['action']) => n((e) => e.action === action && !held(e));
  const failed = n((e) => e.blocked?.kind === 'failed');
  const fix = failed ? ` · ${failed} stack${failed === 1 ? '' : 's'} need${failed === 1 ? 's' : ''} a fix` : '';
  const changes = goes('create') + goes('update') + goes('replace') + goes('delete') + goes('unknown');
  if (changes === 0) {
    const h = n(held);
    return `No changes: ${goes('unchanged')} deployment${goes('unchanged') === 1 ? '' : 's'} up to date${h ? ` · ${h} held back` : ''}${fix}`;
  }
  const parts: string[] = [];
  const add = (count: number, words: string) => count > 0 && parts.push(`${count} ${words}`);
  add(goes('create'), 'to create');
  add(goes('update'), 'to update');
  add(goes('replace'), 'to replace');
  add(goes('delete'), 'to delete');
  add(goes('unknown'), 'to create or update');
  add(n(held), 'held back');
  add(goes('unchanged'), 'unchanged');
  return parts.join(' · ') + fix;
}

/**
 * `$2,167 → $3,482/mo (+$1,315, +61%)` at minimum scale, with the change at maximum scale when it
 * differs (`; +$2,430 at maximum scale`); against the base branch when live stacks were not read.
 */
export function costHeadline(plan: Plan): string {
  const { monthlyAfter, monthlyAfterMax, monthlyBefore, monthlyDelta, monthlyDeltaMax } = plan.totals;
  if (!costCompared(plan)) {
    return monthlyAfter === null ? 'monthly estimate unknown' : `${moneyRange(monthlyAfter, monthlyAfterMax)} for everything in the manifest`;
  }
  if (monthlyDelta === null || monthlyAfter === null || monthlyBefore === null) return 'monthly change unknown: a price is missing';
  const against = plan.live.known ? '' : ' against the base branch';
  const atMax = monthlyDeltaMax !== null && monthlyDeltaMax !== undefined && Math.abs(monthlyDeltaMax - monthlyDelta) >= 0.5 ? `; ${moneyDelta(monthlyDeltaMax, 'mo', { unit: false })} at maximum scale` : '';
  if (Math.abs(monthlyDelta) < 0.005 && !atMax) return `${money(monthlyAfter)}, no change${against}`;
  const pct = monthlyBefore > 0 && Math.abs(monthlyDelta) >= 0.005 ? `, ${monthlyDelta > 0 ? '+' : '−'}${Math.max(1, Math.round((Math.abs(monthlyDelta) / monthlyBefore) * 100))}%` : '';
  return `${money(monthlyBefore, 'mo', { unit: false })} → ${money(monthlyAfter)} (${moneyDelta(monthlyDelta, 'mo', { unit: false })}${pct}${atMax})${against}`;
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

/**
 * Every piece of manifest or AWS text that reaches markdown goes through here (one place to
 * harden): one line (its line breaks cannot start markdown of their own), no control characters,
 * no links or images it could start, no HTML, no @-mentions that ping.
 */
export function text(value: string): string {
  const oneLine = value.replace(/\s*[\r\n]+\s*/g, ' ');
  return escapeMarkdownLinks(escapeControl(oneLine)).replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@(?=\w)/g, '@\u200b');
}

/** `text()` for a table cell, where a pipe ends the cell. */
export function cell(value: string): string {
  return text(value).replace(/\|/g, '\\|');
}

/** Inline code that survives backticks in the value; in a table cell a pipe must be escaped even there. */
export function code(value: string, inCell = false): string {
  const flat = value.replace(/\s*[\r\n]+\s*/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${inCell ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}

/**
 * A short identifier (a region) that a squeezed table column must not break at its hyphens:
 * GitHub strips styles, so the hyphens become non-breaking hyphens (U+2011). For display only.
 */
export function unbreakable(value: string): string {
  return value.replace(/-/g, '\u2011');
}

/** Kept for callers of the old names: both are `text()` now. */
export const escapeInline = text;
export const escapeCell = cell;
