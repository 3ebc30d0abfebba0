// Plan → markdown for the sticky PR comment and the job summary (docs/comments.md shows it).
// Read top-down in ten seconds: headline, what needs attention (GitHub alert blocks), the changes
// only, then everything else folded. The size limit belongs here: details are shortened first,
// then dropped, then the unchanged list, then rows, so headline, alerts and changes survive.
import type { Plan, PlanEntry } from '../plan.js';
import type { CostLine } from '../cost.js';
import type { Diagnostic } from '../types.js';
import { attentionItems, type AttentionItem } from './attention.js';
import { TextUpTo } from '../text-up-to.js';
import { money, moneyDelta, moneyRange } from './money.js';
import {
  actionLabel,
  baselineLine,
  beforeCell,
  costCompared,
  cell,
  changeRank,
  code,
  costHeadline,
  countsLine,
  entryDelta,
  formatValue,
  isShownAsChange,
  modelLabel,
  monthlyCell,
  position,
  runsOn,
  spec,
  text
} from './format.js';

/** GitHub refuses comment bodies over 65,536 characters; keep room for the marker line. */
export const COMMENT_LIMIT = 65536;
export const DEFAULT_BUDGET = 60000;
/** Alert lines per block before the rest is counted. */
const ALERT_LINES = 8;
/** Lines of the visible field diff before the rest is left to the details. */
const DIFF_LINES = 60;

export interface MarkdownOptions {
  runUrl?: string;
  /** Where the price data comes from, in full; shown folded, the footer says only the date. */
  priceNote: string;
  /** A page that lists the price sources; the footer links it. */
  sourcesUrl?: string;
  /** Messages of failed checks (budgets), shown first. */
  failures?: string[];
  /** Alert lines per block before the rest is counted (the job summary lists them all). */
  alertLines?: number;
  maxLength?: number;
  /** Quota preflight, one line per quota checked (over/near/unknown also appear as errors/warnings). */
  quotas?: string[];
}

type Detail = 'full' | 'compact' | 'none';

interface Shape {
  detail: Detail;
  /** Rows of the unchanged list (0 leaves only its count). */
  unchangedRows: number;
  changeRows: number;
}

export function renderPlanMarkdown(plan: Plan, options: MarkdownOptions): string {
  return planRenderer(plan)(options);
}

/**
 * Renders one plan for several readers (the sticky comment, the job summary) from per-deployment
 * text made once: the summary reuses what the comment made. The plan must not change in between.
 */
export function planRenderer(plan: Plan): (options: MarkdownOptions) => string {
  const entries = entryParts(plan);
  return (options) => {
    const budget = options.maxLength ?? DEFAULT_BUDGET;
    const changes = entries.changed.length;
    const unchanged = entries.unchanged.length;
    const tries: Shape[] = [
      { detail: 'full', unchangedRows: unchanged, changeRows: changes },
      { detail: 'compact', unchangedRows: unchanged, changeRows: changes },
      { detail: 'none', unchangedRows: unchanged, changeRows: changes },
      { detail: 'none', unchangedRows: 0, changeRows: changes }
    ];
    const parts = { ...entries, ...optionParts(plan, options) };
    for (const shape of tries) {
      const body = compose(plan, options, shape, parts, budget);
      if (body !== undefined) return body;
    }
    // Thousands of changes: keep the headline, the alerts and as many rows as fit (with no rows
    // left, the body is what it is).
    for (let rows = Math.floor(changes * 0.8); ; rows = Math.floor(rows * 0.8)) {
      const body = compose(plan, options, { detail: 'none', unchangedRows: 0, changeRows: rows }, parts, rows > 0 ? budget : Number.POSITIVE_INFINITY);
      if (body !== undefined) return body;
    }
  };
}

/** What depends on the plan alone, per deployment made at most once (a long plan is composed several times). */
interface EntryParts {
  shared: { note: string; names: string[] }[];
  sharedSet: ReadonlySet<string>;
  changed: PlanEntry[];
  unchanged: PlanEntry[];
  changeRow: (e: PlanEntry) => string;
  unchangedRow: (e: PlanEntry) => string;
  details: Record<'full' | 'compact', (e: PlanEntry) => string | undefined>;
}

/** What depends on the options too: the same for every shape tried. */
interface OptionParts {
  top: string[];
  footer: string;
  /** The folded "how the estimate is made". */
  howEstimated: string;
}

type PlanParts = EntryParts & OptionParts;

function memo<V>(make: (e: PlanEntry) => V): (e: PlanEntry) => V {
  const made = new Map<PlanEntry, V>();
  return (e) => {
    if (!made.has(e)) made.set(e, make(e));
    return made.get(e) as V;
  };
}

function entryParts(plan: Plan): EntryParts {
  // Notes that several deployments share are said once, under the tables.
  const shared = sharedNotes(plan);
  const sharedSet = new Set(shared.map((n) => n.note));
  const multiRegion = new Set(plan.entries.map((e) => e.region)).size > 1;
  const known = costCompared(plan);
  return {
    shared,
    sharedSet,
    changed: plan.entries.filter(isShownAsChange).sort((a, b) => changeRank(a) - changeRank(b)),
    unchanged: plan.entries.filter((e) => !isShownAsChange(e)),
    changeRow: memo((e) => {
      const costs = known ? `${beforeCell(e)} | ${monthlyCell(e)} | ${moneyDelta(entryDelta(e, known), 'mo', { unit: false })}` : monthlyCell(e);
      return `| ${code(e.name, true)} | ${cell(actionLabel(e))} | ${cell(runsOn(e, multiRegion))} | ${costs} |`;
    }),
    unchangedRow: memo((e) => `| ${code(e.name, true)} | ${cell(stateLabel(e))} | ${cell(runsOn(e, multiRegion))} | ${monthlyCell(e)} |`),
    details: { full: memo((e) => details(e, 'full', sharedSet)), compact: memo((e) => details(e, 'compact', sharedSet)) }
  };
}

function optionParts(plan: Plan, options: MarkdownOptions): OptionParts {
  const top = [`### emd-action plan for ${code(plan.manifest)}`, ''];
  const counts = countsLine(plan);
  const head = counts.startsWith('No changes') ? `**No changes**${counts.slice('No changes'.length)}` : `**${counts}**`;
  top.push(`${head} · ${costHeadline(plan)}`);
  top.push(...alerts(attentionItems(plan, options.failures), options.alertLines ?? ALERT_LINES));
  const baseline = baselineLine(plan);
  if (baseline) top.push('', `> [!NOTE]\n> ${text(baseline)}`);
  return { top, footer: footer(plan, options), howEstimated: howEstimated(plan, options.priceNote) };
}

/** The body in one shape, or undefined as soon as it is over `limit` (the next shape is smaller). */
function compose(plan: Plan, options: MarkdownOptions, shape: Shape, parts: PlanParts, limit: number): string | undefined {
  const { shared, changed, unchanged } = parts;
  const out = new TextUpTo(limit, '\n');
  out.add(...parts.top);
  const shown = changed.slice(0, shape.changeRows);
  if (changed.length) {
    if (!out.add('', changesTable(plan, shown, parts))) return undefined;
    if (shape.changeRows < changed.length) {
      out.add('', `…and ${changed.length - shape.changeRows} more changes: the full plan is in the job summary and the \`plan-file\` output.`);
    }
  }

  if (shape.detail !== 'none') {
    const diff = fieldDiff(shown, DIFF_LINES);
    if (diff && !out.add('', diff)) return undefined;
    // Made one by one: in a shape that cannot fit, the sections after the limit are never made.
    const sections = new TextUpTo(out.room, '\n\n');
    let count = 0;
    for (const e of shown) {
      const section = parts.details[shape.detail](e);
      if (section === undefined) continue;
      count++;
      if (!sections.add(section)) return undefined;
    }
    if (count) {
      const summary = `<details><summary>Details of ${count === 1 ? 'the change' : `the ${count} changes`}: impact, notes, cost</summary>`;
      if (!out.add('', summary, '', sections.text() ?? '', '', '</details>')) return undefined;
    }
  } else if (changed.some((e) => e.changes.length || e.notes.length)) {
    out.add('', '_Field-level details were left out to stay within GitHub’s comment size limit; they are in the job summary._');
  }

  if (unchanged.length && !out.add('', unchangedSection(unchanged, shape, parts))) return undefined;

  if (shared.length) {
    out.add('');
    for (const s of shared) out.add(`**Note** (${s.names.length === plan.entries.length ? (plan.entries.length === 2 ? 'both deployments' : `all ${plan.entries.length} deployments`) : s.names.map((n) => code(n)).join(', ')}): ${text(s.note)}`);
  }

  if (options.quotas?.length && shape.detail !== 'none') {
    out.add('', `<details><summary>Quotas checked (${options.quotas.length})</summary>`, '', ...options.quotas.map((q) => `- ${text(q)}`), '', '</details>');
  }
  if (shape.detail === 'full') out.add('', parts.howEstimated);
  out.add('', parts.footer);
  return out.text();
}

// ---- alerts --------------------------------------------------------------------------------------

function alerts(items: AttentionItem[], max: number): string[] {
  const out: string[] = [];
  for (const level of ['caution', 'warning'] as const) {
    const mine = items.filter((i) => i.level === level);
    if (!mine.length) continue;
    out.push('', `> [!${level.toUpperCase()}]`);
    for (const i of mine.slice(0, max)) {
      out.push(`> - **${i.topic}**${i.deployment ? ` ${code(i.deployment)}` : ''}: ${text(i.message)}`);
    }
    if (mine.length > max) out.push(`> - …and ${mine.length - max} more: see the table and the job summary.`);
  }
  return out;
}

// ---- tables ----------------------------------------------------------------------------------------

function changesTable(plan: Plan, entries: PlanEntry[], parts: PlanParts): string {
  const known = costCompared(plan);
  const lines = known
    ? ['| Deployment | Change | Runs on | $/mo before | $/mo after | Δ $/mo |', '|---|---|---|--:|--:|--:|']
    : ['| Deployment | Change | Runs on | $/mo |', '|---|---|---|--:|'];
  for (const e of entries) lines.push(parts.changeRow(e));
  const t = plan.totals;
  const after = moneyRange(t.monthlyAfter, t.monthlyAfterMax, 'mo', { unit: false });
  const totals = known ? `**${money(t.monthlyBefore, 'mo', { unit: false })}** | **${after}** | **${moneyDelta(t.monthlyDelta, 'mo', { unit: false })}**` : `**${after}**`;
  lines.push(`| **Total** | all ${plan.entries.length} | | ${totals} |`);
  return lines.join('\n');
}

function stateLabel(e: PlanEntry): string {
  if (e.lifecycle) return actionLabel(e);
  return e.live ? 'running' : 'unchanged';
}

function unchangedSection(entries: PlanEntry[], shape: Shape, parts: PlanParts): string {
  const monthly = entries.reduce<number | null>((sum, e) => (sum === null || !e.cost || e.cost.monthlyMin === null ? (e.cost ? null : sum) : sum + e.cost.monthlyMin), 0);
  const summary = `${entries.length} unchanged deployment${entries.length === 1 ? '' : 's'} · ${money(monthly)}`;
  const out = [`<details><summary>${summary}</summary>`, ''];
  if (shape.unchangedRows > 0) {
    out.push('| Deployment | State | Runs on | $/mo |', '|---|---|---|--:|');
    for (const e of entries.slice(0, shape.unchangedRows)) out.push(parts.unchangedRow(e));
    if (shape.unchangedRows < entries.length) out.push('', `…and ${entries.length - shape.unchangedRows} more.`);
    if (shape.detail === 'full') {
      const lines = entries.flatMap((e) => {
        const notes = e.notes.filter((n) => !parts.sharedSet.has(n));
        return notes.length ? [`- ${code(e.name)}: ${notes.map(text).join('; ')}`] : [];
      });
      if (lines.length) out.push('', ...lines);
    }
  } else {
    out.push('_The list was left out to stay within GitHub’s comment size limit; it is in the job summary._');
  }
  out.push('', '</details>');
  return out.join('\n');
}

// ---- per-change details ------------------------------------------------------------------------------

/** Notes that several deployments share, said once under the table instead of in every section. */
function sharedNotes(plan: Plan): { note: string; names: string[] }[] {
  const by = new Map<string, string[]>();
  for (const e of plan.entries) {
    for (const n of new Set(e.notes)) {
      const names = by.get(n);
      if (names) names.push(e.name);
      else by.set(n, [e.name]);
    }
  }
  return [...by.entries()].filter(([, names]) => names.length > 1).map(([note, names]) => ({ note, names }));
}

/** Every changed field of the shown changes in one diff block, one `@@ name: action @@` hunk each. */
function fieldDiff(entries: PlanEntry[], maxLines: number): string | undefined {
  const lines: string[] = [];
  let left = 0;
  for (const e of entries.filter((e) => e.changes.length)) {
    const hunk = [`@@ ${fence(e.name)}: ${actionLabel(e)} @@`];
    for (const c of e.changes) {
      if (c.old !== undefined) hunk.push(`- ${c.field}: ${fence(formatValue(c.old))}`);
      if (c.new !== undefined) hunk.push(`+ ${c.field}: ${fence(formatValue(c.new))}`);
    }
    if (lines.length + hunk.length > maxLines) left++;
    else lines.push(...hunk);
  }
  if (!lines.length) return undefined;
  const more = left ? `\n\n_…and the fields of ${left} more deployment${left === 1 ? '' : 's'}: see the job summary._` : '';
  return ['```diff', ...lines, '```'].join('\n') + more;
}

function details(entry: PlanEntry, detail: Detail, sharedSet: ReadonlySet<string>): string | undefined {
  const s = spec(entry);
  const body: string[] = [];
  if (s) {
    const hourly = entry.cost && !(entry.action === 'delete' && !entry.blocked) ? ` · ${moneyRange(entry.cost.hourlyMin, entry.cost.hourlyMax, 'h')} while up` : '';
    body.push(`- ${code(modelLabel(entry))} on ${text(runsOn(entry))} in ${text(s.region)}${hourly}`);
  }
  // Fields with the same effect are named together.
  const byImpact = new Map<string, string[]>();
  for (const c of entry.changes.filter((c) => c.impact)) byImpact.set(c.impact!, [...(byImpact.get(c.impact!) ?? []), c.field]);
  for (const [impact, fields] of byImpact) body.push(`- ${fields.map((f) => code(f)).join(', ')}: ${text(impact)}`);
  if (entry.downtime) body.push(`- **Downtime:** ${text(entry.downtime)}`);
  if (entry.blocked) {
    body.push(`- **${entry.blocked.kind === 'busy' ? 'Waits' : 'Blocked'}:** ${text(entry.blocked.reason)}${entry.blocked.fix ? `. Fix: ${code(entry.blocked.fix)}` : ''}`);
  }
  if (entry.fit && entry.fit.status !== 'not-applicable' && entry.fit.status !== 'fits') body.push(`- **GPU fit, ${entry.fit.status}:** ${text(entry.fit.message)}`);
  for (const note of entry.notes.filter((n) => !sharedSet.has(n))) body.push(`- ${text(note)}`);
  if (detail === 'full' && entry.cost && !(entry.action === 'delete' && !entry.blocked)) {
    for (const line of entry.cost.lines) body.push(`- ${text(costLine(line))}`);
  }
  if (body.length === 0) return undefined;
  return `**${text(entry.name)}** · ${text(actionLabel(entry))}\n\n${body.join('\n')}`;
}

/** Where a figure's price came from (live, cache, or the bundled table of a date), when known. */
function source(line: CostLine): string {
  return line.source ? ` · ${line.source}` : '';
}

/** `ml.g5.2xlarge × 1–2: $1.515/h × 730 h = $1,106–$2,212/mo`. */
export function costLine(line: CostLine): string {
  if (line.excluded) return `${line.label}: not included${line.note && !line.note.includes('not included') ? `; ${line.note}` : ''}`;
  if (line.usd === null) return `${line.label}: price unknown`;
  const monthly = moneyRange(line.monthlyMin, line.monthlyMax);
  if (line.period === 'monthly') {
    const single = line.quantity.min === 1 && line.quantity.max === 1;
    return single ? `${line.label}: ${monthly}${source(line)}` : `${line.label}: ${money(line.usd)} each = ${monthly}${source(line)}`;
  }
  return `${line.label}: ${money(line.usd, 'h')}${line.hours !== undefined ? ` × ${round1(line.hours)} h` : ''} = ${monthly}${source(line)}`;
}

// ---- how the numbers are made, and the footer -----------------------------------------------------

function howEstimated(plan: Plan, priceNote: string): string {
  const lines = [
    '- **$/mo** is the monthly estimate at minimum scale, written `min–max` when scaling goes higher; **Δ** compares minimum scale before and after. A month is 730 h.',
    '- **Schedules** count only their up hours; the load balancer and the key secret run all month.',
    '- **ttl** counts one lifetime a month: an `8h` deployment is 8 h of instance time (one deploy a month); every redeploy adds one more lifetime.',
    '- **Before** is what the running stack costs, from the spec it was deployed with; **unknown** means a price or the deployed spec is missing, never $0.',
    '- Not included: load-balancer capacity units, data transfer and SageMaker request charges.'
  ];
  const notes = new Set<string>();
  for (const e of plan.entries) for (const l of e.cost?.lines ?? []) if (l.note) notes.add(`${l.label.replace(/ × .*$/, '')}: ${l.note}`);
  return [`<details><summary>How the estimate is made</summary>`, '', ...lines, ...[...notes].slice(0, 20).map((n) => `- ${text(n)}`), `- Prices: ${text(priceNote)}`, '', '</details>'].join('\n');
}

/** `2026-01-21` or `2025-01-26 to 2026-09-20`: the dates of the prices this plan used. */
export function priceDates(plan: Plan): string {
  const dates = new Set<string>();
  for (const e of plan.entries) for (const c of [e.cost, e.liveCost]) for (const d of c?.priceDate.match(/\d{4}-\d{2}(?:-\d{2})?/g) ?? []) dates.add(d);
  const sorted = [...dates].sort();
  if (!sorted.length) return 'of unknown date';
  return sorted.length === 1 ? `of ${sorted[0]}` : `of ${sorted[0]} to ${sorted[sorted.length - 1]}`;
}

function footer(plan: Plan, options: MarkdownOptions): string {
  const estimate = plan.entries.some((e) => e.cost?.estimate) ? ', some estimated' : '';
  const prices = `Prices ${priceDates(plan)}${estimate}${options.sourcesUrl ? ` ([sources](${options.sourcesUrl}))` : ''}`;
  const parts = ['Estimates at minimum scale, 730 h a month', prices, options.runUrl ? `[workflow run](${options.runUrl})` : undefined];
  return `<sub>${parts.filter(Boolean).join(' · ')}</sub>`;
}

/** One finding of an invalid manifest: a value can be long, the line stays readable. */
const MAX_FINDING_CHARS = 1000;

export function renderInvalidManifestMarkdown(manifest: string, diagnostics: Diagnostic[], options: { runUrl?: string; maxLength?: number }): string {
  const budget = options.maxLength ?? DEFAULT_BUDGET;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const head = [`### emd-action plan for ${code(manifest)}`, '', `> [!CAUTION]\n> **The manifest is invalid** (${errors.length} error${errors.length === 1 ? '' : 's'}); nothing was planned.`, ''];
  const tail = options.runUrl ? ['', `<sub>[workflow run](${options.runUrl})</sub>`] : [];
  const findings = diagnostics.map((d) => {
    const message = text(d.message);
    const shown = message.length > MAX_FINDING_CHARS ? `${message.slice(0, MAX_FINDING_CHARS).replace(/\\$/, '')}…` : message;
    return `- ${d.severity === 'error' ? '❌' : '⚠️'} ${position(d) ? `${code(position(d))} ` : ''}${shown}`;
  });
  // As many findings as fit, and a line that says how many were left out (the annotations and the
  // job summary have them all).
  const more = (n: number) => `- …and ${n} more finding${n === 1 ? '' : 's'} not shown here: see the annotations and the job summary`;
  let size = [...head, ...tail].join('\n').length + more(diagnostics.length).length + 2;
  const shown: string[] = [];
  for (const line of findings) {
    if (size + line.length + 1 > budget) break;
    shown.push(line);
    size += line.length + 1;
  }
  const left = findings.length - shown.length;
  return [...head, ...shown, ...(left > 0 ? [more(left)] : []), ...tail].join('\n');
}

function fence(value: string): string {
  return value.replace(/```/g, "'''").replace(/\n/g, ' ');
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
