// Plan → plain text for `emd-action plan` in a terminal: the same wording, order and money as the
// PR comment, in 120 columns. Every finding is printed once, under "Needs attention".
import type { Plan, PlanEntry } from '../plan.js';
import type { Diagnostic } from '../types.js';
import { attentionItems } from './attention.js';
import { costLine, priceDates } from './markdown.js';
import { moneyDelta, moneyRange } from './money.js';
import {
  actionLabel,
  baselineLine,
  beforeAfterCell,
  costCompared,
  changeRank,
  costHeadline,
  countsLine,
  entryDelta,
  formatValue,
  isShownAsChange,
  modelLabel,
  position,
  runsOn,
  spec
} from './format.js';
import { escapeControl } from './escape.js';

export const TEXT_WIDTH = 120;

export function renderDiagnosticsText(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => wrap(`${position(d) ? `${position(d)}: ` : ''}${d.severity}: ${escapeControl(d.message)}`, '    ')).join('\n');
}

export function renderPlanText(plan: Plan, priceNote: string, failures: string[] = []): string {
  const out: string[] = [];
  out.push(`emd-action plan for ${plan.manifest}`);
  out.push(`${countsLine(plan)} · ${costHeadline(plan)}`);
  const baseline = baselineLine(plan);
  if (baseline) out.push(wrap(baseline, ''));

  const items = attentionItems(plan, failures);
  if (items.length) {
    out.push('', 'Needs attention:');
    const nameWidth = Math.max(0, ...items.map((i) => (i.deployment ?? '').length));
    for (const i of items) {
      const head = `  ${i.level === 'caution' ? 'CAUTION' : 'warning'}  ${(i.deployment ?? '').padEnd(nameWidth)}  `;
      out.push(wrap(`${head}${i.topic}: ${i.full ?? i.message}`, ' '.repeat(head.length)));
    }
  }

  out.push('', ...table(plan));

  const sharedNotes = shared(plan);
  const details: string[] = [];
  const ordered = [...plan.entries].sort((a, b) => Number(!isShownAsChange(a)) - Number(!isShownAsChange(b)) || changeRank(a) - changeRank(b));
  for (const e of ordered) {
    const lines = entryLines(e, sharedNotes);
    if (lines.length) details.push('', `${e.name}: ${actionLabel(e)}`, ...lines);
  }
  if (details.length) out.push('', 'Details:', ...details.slice(1).map((l) => (l ? `  ${l}` : l)));
  for (const [note, names] of sharedNotes) {
    out.push('', wrap(`Note, ${names.length === plan.entries.length ? `all ${plan.entries.length} deployments` : names.join(', ')}: ${note}`, '  '));
  }
  out.push('', wrap(`Estimates at minimum scale, min–max where scaling goes higher; 730 h a month; a schedule counts its up hours, a ttl one lifetime a month. Prices ${priceDates(plan)}: ${priceNote}`, ''));
  return out.join('\n');
}

function table(plan: Plan): string[] {
  const known = costCompared(plan);
  const header = ['DEPLOYMENT', 'CHANGE', 'RUNS ON', known ? '$/MO BEFORE → AFTER' : '$/MO', 'Δ $/MO'];
  const multiRegion = new Set(plan.entries.map((e) => e.region)).size > 1;
  const ordered = [...plan.entries].sort((a, b) => Number(!isShownAsChange(a)) - Number(!isShownAsChange(b)) || changeRank(a) - changeRank(b));
  const rows = ordered.map((e) => [e.name, actionLabel(e), runsOn(e, multiRegion), beforeAfterCell(e, known), moneyDelta(entryDelta(e, known), 'mo', { unit: false })]);
  const t = plan.totals;
  const total = known ? `${moneyRange(t.monthlyBefore, t.monthlyBefore, 'mo', { unit: false })} → ${moneyRange(t.monthlyAfter, t.monthlyAfterMax, 'mo', { unit: false })}` : moneyRange(t.monthlyAfter, t.monthlyAfterMax, 'mo', { unit: false });
  rows.push(['TOTAL', '', '', total, moneyDelta(known ? t.monthlyDelta : undefined, 'mo', { unit: false })]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // Over 120 columns, the change and runs-on columns give way (they are repeated under Details).
  let excess = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) - TEXT_WIDTH;
  for (const i of [2, 1, 0]) {
    if (excess <= 0) break;
    const cut = Math.min(excess, widths[i] - header[i].length);
    widths[i] -= cut;
    excess -= cut;
  }
  const fit = (c: string, w: number) => (c.length > w ? `${c.slice(0, Math.max(0, w - 1))}…` : c);
  const right = new Set([3, 4]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.has(i) ? fit(c, widths[i]).padStart(widths[i]) : fit(c, widths[i]).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

function shared(plan: Plan): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const e of plan.entries) for (const n of new Set(e.notes)) by.set(n, [...(by.get(n) ?? []), e.name]);
  return new Map([...by].filter(([, names]) => names.length > 1));
}

function entryLines(e: PlanEntry, sharedNotes: Map<string, string[]>): string[] {
  const lines: string[] = [];
  const s = spec(e);
  const add = (t: string) => lines.push(wrap(`  ${t}`, '    '));
  if (s && isShownAsChange(e)) {
    const hourly = e.cost && !(e.action === 'delete' && !e.blocked) ? ` · ${moneyRange(e.cost.hourlyMin, e.cost.hourlyMax, 'h')} while up` : '';
    add(`${modelLabel(e)} on ${runsOn(e)} in ${s.region}${hourly}`);
  }
  for (const c of e.changes) add(`${c.field}: ${formatValue(c.old)} → ${formatValue(c.new)}${c.impact ? `; ${c.impact}` : ''}`);
  if (e.downtime) add(`downtime: ${e.downtime}`);
  for (const n of e.notes.filter((n) => !sharedNotes.has(n))) add(n);
  if (e.cost && isShownAsChange(e) && !(e.action === 'delete' && !e.blocked)) for (const l of e.cost.lines) add(costLine(l));
  return lines;
}

/** Wraps at spaces to TEXT_WIDTH; continuation lines start with `indent`. */
export function wrap(line: string, indent: string): string {
  if (line.length <= TEXT_WIDTH) return line;
  const out: string[] = [];
  let rest = line;
  while (rest.length > TEXT_WIDTH) {
    const cut = rest.lastIndexOf(' ', TEXT_WIDTH);
    if (cut <= indent.length) break;
    out.push(rest.slice(0, cut));
    rest = indent + rest.slice(cut + 1).trimStart();
  }
  out.push(rest);
  return out.join('\n');
}
