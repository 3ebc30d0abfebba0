// Plan → markdown for the sticky PR comment and the job summary. The size limit belongs here:
// details are shortened first, then dropped, then rows, so the headline and table always survive.
import type { Plan, PlanEntry } from '../plan.js';
import { formatUsd, type CostLine } from '../cost.js';
import type { Diagnostic } from '../types.js';
import {
  actionLabel,
  costHeadline,
  countsLine,
  escapeCell,
  escapeInline,
  entryDelta,
  formatValue,
  hourlyCell,
  modelLabel,
  monthlyCell,
  position,
  range,
  scaleLabel,
  signedUsd,
  targetLabel,
  baselineLine,
  costCompared
} from './format.js';

/** GitHub refuses comment bodies over 65,536 characters; keep room for the marker line. */
export const COMMENT_LIMIT = 65536;
export const DEFAULT_BUDGET = 60000;

export interface MarkdownOptions {
  runUrl?: string;
  priceNote: string;
  /** Messages of failed checks (budgets), shown prominently. */
  failures?: string[];
  maxLength?: number;
  /** Quota preflight, one line per quota checked (over/near/unknown also appear as errors/warnings). */
  quotas?: string[];
}

type Detail = 'full' | 'compact' | 'none';

export function renderPlanMarkdown(plan: Plan, options: MarkdownOptions): string {
  const budget = options.maxLength ?? DEFAULT_BUDGET;
  for (const detail of ['full', 'compact', 'none'] as Detail[]) {
    const body = compose(plan, options, detail, plan.entries.length);
    if (body.length <= budget) return body;
  }
  // Hundreds of deployments: keep the headline and as many rows as fit.
  let rows = plan.entries.length;
  let body = compose(plan, options, 'none', rows);
  while (body.length > budget && rows > 0) {
    rows = Math.floor(rows * 0.8);
    body = compose(plan, options, 'none', rows);
  }
  return body;
}

function compose(plan: Plan, options: MarkdownOptions, detail: Detail, rows: number): string {
  const out: string[] = [];
  out.push(`### emd-action plan for \`${plan.manifest}\``);
  out.push('');
  const counts = countsLine(plan);
  out.push(counts.startsWith('No changes') ? `**No changes**${counts.slice('No changes'.length)} · ${costHeadline(plan)}` : `**${counts}** · ${costHeadline(plan)}`);
  const baseline = baselineLine(plan);
  if (baseline) {
    out.push('');
    out.push(`> [!NOTE]\n> ${baseline}`);
  } else if (!plan.live.known) {
    out.push('');
    out.push(`> [!WARNING]\n> Live state unknown: ${plan.live.reason}. Nothing is assumed about what runs; the table shows what the manifest asks for.`);
  }
  const failures = [...(options.failures ?? []), ...plan.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)];
  if (failures.length) {
    out.push('');
    out.push('> [!CAUTION]\n> This plan fails its checks:');
    for (const f of failures) out.push(`> - ${escapeInline(f)}`);
  }
  out.push('');
  out.push(table(plan, rows));
  if (rows < plan.entries.length) {
    out.push('');
    out.push(`…and ${plan.entries.length - rows} more deployments: the full plan is in the job summary and the \`plan\` output.`);
  }

  const warnings = plan.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length && detail !== 'none') {
    out.push('');
    out.push(`<details><summary>Warnings (${warnings.length})</summary>\n`);
    for (const w of warnings) out.push(`- ${escapeInline(w.message)}`);
    out.push('\n</details>');
  }

  if (options.quotas?.length && detail !== 'none') {
    out.push('');
    out.push(`<details><summary>Quotas (${options.quotas.length})</summary>\n`);
    for (const q of options.quotas) out.push(`- ${escapeInline(q)}`);
    out.push('\n</details>');
  }

  if (detail !== 'none') {
    for (const entry of plan.entries) {
      const section = details(entry, detail);
      if (section) out.push('', section);
    }
  } else if (plan.entries.some((e) => e.changes.length || e.notes.length)) {
    out.push('');
    out.push('_Field-level details were left out to stay within GitHub’s comment size limit; they are in the job summary._');
  }

  out.push('');
  const footer = [options.priceNote, options.runUrl ? `[workflow run](${options.runUrl})` : undefined].filter(Boolean).join(' · ');
  out.push(`<sub>${footer}</sub>`);
  return out.join('\n');
}

function table(plan: Plan, rows: number): string {
  const lines = [
    '| Deployment | Action | Model | Service · instance · region | Scale | $/hour | $/month | Δ $/month |',
    '|---|---|---|---|---|--:|--:|--:|'
  ];
  for (const e of plan.entries.slice(0, rows)) {
    lines.push(
      `| \`${e.name}\` | ${actionLabel(e)} | ${escapeCell(modelLabel(e))} | ${targetLabel(e)} | ${scaleLabel(e)} | ${hourlyCell(e)} | ${monthlyCell(e)} | ${signedUsd(entryDelta(e, costCompared(plan)))} |`
    );
  }
  const t = plan.totals;
  lines.push(
    `| **Total** | | | | | ${range(t.hourlyAfter, t.hourlyAfter, 3)} | **${range(t.monthlyAfter, t.monthlyAfterMax)}** | **${signedUsd(costCompared(plan) ? t.monthlyDelta : undefined)}** |`
  );
  return lines.join('\n');
}

function details(entry: PlanEntry, detail: Detail): string | undefined {
  const body: string[] = [];
  if (entry.changes.length) {
    body.push('```diff');
    for (const c of entry.changes) {
      if (c.old !== undefined) body.push(`- ${c.field}: ${fence(formatValue(c.old))}`);
      if (c.new !== undefined) body.push(`+ ${c.field}: ${fence(formatValue(c.new))}`);
    }
    body.push('```');
    if (detail === 'full') {
      for (const c of entry.changes.filter((c) => c.impact)) body.push(`- \`${c.field}\`: ${c.impact}`);
    }
  }
  if (entry.downtime) body.push(`- **Downtime:** ${entry.downtime}`);
  if (entry.blocked) body.push(`- **${entry.blocked.kind === 'busy' ? 'Waits' : 'Blocked'}:** ${escapeInline(entry.blocked.reason)}${entry.blocked.fix ? `. Fix: \`${entry.blocked.fix}\`` : ''}`);
  if (detail === 'full') {
    if (entry.fit && entry.fit.status !== 'not-applicable') body.push(`- GPU fit (${entry.fit.status}): ${escapeInline(entry.fit.message)}`);
    for (const note of entry.notes) body.push(`- ${escapeInline(note)}`);
    if (entry.cost) {
      for (const line of entry.cost.lines) body.push(`- cost: ${escapeInline(costLine(line))}`);
    }
  }
  if (body.length === 0) return undefined;
  const summary = `<b>${entry.name}</b> · ${actionLabel(entry)}${entry.changes.length ? ` · ${entry.changes.length} field${entry.changes.length === 1 ? '' : 's'}` : ''}`;
  return `<details><summary>${summary}</summary>\n\n${body.join('\n')}\n\n</details>`;
}

function costLine(line: CostLine): string {
  const unit = line.usd === null ? 'unknown' : `${formatUsd(line.usd, line.usd < 1 ? 4 : 3)}/${line.period === 'hourly' ? 'h' : 'month'}`;
  const monthly = line.excluded || line.monthlyMin === null ? '' : ` → ${range(line.monthlyMin, line.monthlyMax)}/month`;
  const notes = [line.source ? `price: ${line.source}` : '', line.note ?? ''].filter(Boolean).join('; ');
  return `${line.label}: ${unit}${monthly}${notes ? ` (${notes})` : ''}`;
}

/** One finding of an invalid manifest: a value can be long, the line stays readable. */
const MAX_FINDING_CHARS = 1000;

export function renderInvalidManifestMarkdown(manifest: string, diagnostics: Diagnostic[], options: { runUrl?: string; maxLength?: number }): string {
  const budget = options.maxLength ?? DEFAULT_BUDGET;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const head = [`### emd-action plan for \`${manifest}\``, '', `**The manifest is invalid** (${errors.length} error${errors.length === 1 ? '' : 's'}); nothing was planned.`, ''];
  const tail = options.runUrl ? ['', `<sub>[workflow run](${options.runUrl})</sub>`] : [];
  const findings = diagnostics.map((d) => {
    const message = escapeInline(d.message);
    const text = message.length > MAX_FINDING_CHARS ? `${message.slice(0, MAX_FINDING_CHARS).replace(/\\$/, '')}…` : message;
    return `- ${d.severity === 'error' ? '❌' : '⚠️'} \`${position(d)}\` ${text}`;
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



function fence(text: string): string {
  return text.replace(/```/g, "'''").replace(/\n/g, ' ');
}
