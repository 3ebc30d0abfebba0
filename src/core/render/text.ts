// Plan → plain text for `emd-action plan` in a terminal.
import type { Plan } from '../plan.js';
import type { Diagnostic } from '../types.js';
import {
  actionLabel,
  costHeadline,
  countsLine,
  entryDelta,
  formatValue,
  hourlyCell,
  monthlyCell,
  position,
  range,
  scaleLabel,
  signedUsd,
  targetLabel,
  baselineLine,
  costCompared
} from './format.js';
import { escapeControl } from './escape.js';

export function renderDiagnosticsText(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => `${position(d) ? `${position(d)}: ` : ''}${d.severity}: ${escapeControl(d.message)}`).join('\n');
}

export function renderPlanText(plan: Plan, priceNote: string, failures: string[] = []): string {
  const out: string[] = [];
  out.push(`emd-action plan for ${plan.manifest}`);
  out.push(`${countsLine(plan)} · ${costHeadline(plan)}`);
  const baseline = baselineLine(plan);
  if (baseline) out.push(baseline);
  else if (!plan.live.known) out.push(`Live state unknown: ${plan.live.reason}.`);
  out.push('');

  const header = ['DEPLOYMENT', 'ACTION', 'MODEL', 'TARGET', 'SCALE', '$/HOUR', '$/MONTH', 'Δ $/MONTH'];
  const rows = plan.entries.map((e) => [
    e.name,
    actionLabel(e),
    (e.desired ?? e.deployed)?.model ?? '',
    targetLabel(e),
    scaleLabel(e),
    hourlyCell(e),
    monthlyCell(e),
    signedUsd(entryDelta(e, costCompared(plan)))
  ]);
  const t = plan.totals;
  rows.push(['TOTAL', '', '', '', '', range(t.hourlyAfter, t.hourlyAfter, 3), range(t.monthlyAfter, t.monthlyAfterMax), signedUsd(costCompared(plan) ? t.monthlyDelta : undefined)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  out.push(line(header));
  for (const r of rows) out.push(line(r));

  for (const e of plan.entries) {
    const lines: string[] = [];
    for (const c of e.changes) lines.push(`    ${c.field}: ${formatValue(c.old)} → ${formatValue(c.new)}${c.impact ? `  (${c.impact})` : ''}`);
    if (e.downtime) lines.push(`    downtime: ${e.downtime}`);
    if (e.blocked) lines.push(`    ${e.blocked.kind === 'busy' ? 'waits' : 'blocked'}: ${e.blocked.reason}${e.blocked.fix ? `; fix: ${e.blocked.fix}` : ''}`);
    if (e.fit && e.fit.status !== 'fits' && e.fit.status !== 'not-applicable') lines.push(`    fit: ${e.fit.message}`);
    for (const n of e.notes) lines.push(`    note: ${n}`);
    if (lines.length) out.push('', `  ${e.name} (${actionLabel(e)})`, ...lines);
  }
  const problems = [...failures, ...plan.diagnostics.map((d) => `${d.severity}: ${d.message}`)];
  if (problems.length) out.push('', ...problems);
  out.push('', priceNote);
  return out.join('\n');
}
