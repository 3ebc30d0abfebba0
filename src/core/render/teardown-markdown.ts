// The teardown job summary and the fleet issue body. Both read the same decisions, so the issue
// never says something the summary of the same run contradicts.
import { estimateCost } from '../cost.js';
import { money } from './money.js';
import { formatInZone, formatUtc } from '../plan.js';
import { stateAfter, type TeardownDecisions, type TeardownItem } from '../teardown.js';
import { cell as escapeCell, text as escapeInline, RESULT_MARK, unbreakable } from './format.js';

/** The prune report, structurally (the core does not import the AWS adapter). */
export interface PruneSummary {
  olderThanDays: number;
  dryRun: boolean;
  deleted: { region: string; repository: string; digest: string; tags: string[]; pushedAt?: Date; sizeBytes?: number }[];
  keptInUse: number;
  keptRecent: number;
  problems: string[];
}

export interface TeardownReportInput {
  manifest: string;
  dryRun: boolean;
  now: Date;
  items: TeardownItem[];
  savings: TeardownDecisions['savings'];
  prune?: PruneSummary;
  /** Things the reader should know that are not about one deployment. */
  warnings?: string[];
  /** Set when the run could not decide anything (manifest invalid, live state unknown). */
  aborted?: string;
  runUrl?: string;
}

const ORDER = { 'tear-down': 0, 'bring-up': 1, skip: 2, keep: 3 } as const;
const MAX_ROWS = 500;
const MAX_IMAGES = 50;

export function renderTeardownMarkdown(input: TeardownReportInput): string {
  const out: string[] = [`### emd-action teardown for \`${input.manifest}\`${input.dryRun ? ' (dry run)' : ''}`, ''];
  if (input.dryRun) out.push('_Dry run: nothing was changed; this is what a real run would do._', '');
  if (input.aborted) {
    out.push(`**Nothing was done:** ${escapeInline(input.aborted)}`);
    appendWarnings(out, input.warnings);
    return finish(out, input.runUrl);
  }
  // Failures first (they need a person), then by what happened.
  const items = [...input.items].sort((a, b) => Number(isFailure(b)) - Number(isFailure(a)) || ORDER[a.verdict] - ORDER[b.verdict] || a.name.localeCompare(b.name));
  const n = (v: TeardownItem['verdict']) => items.filter((i) => i.verdict === v).length;
  const verb = input.dryRun ? { down: 'to tear down', up: 'to bring up' } : { down: 'torn down', up: 'brought up' };
  const failed = items.filter((i) => isFailure(i)).length;
  const parts = [`${n('tear-down')} ${verb.down}`, `${n('bring-up')} ${verb.up}`, `${n('skip')} skipped`, `${n('keep')} kept`];
  if (failed) parts.push(`${failed} failed`);
  out.push(`**${parts.join(' · ')}** · ${savingsLine(input.savings)}`, '', `<sub>as of ${formatUtc(input.now)}</sub>`, '');

  if (items.length === 0) {
    out.push('The manifest has no deployments and no stack of this prefix is managed from it.');
  } else {
    // Narrow: the region only when the fleet spans several.
    const regions = new Set(items.map((i) => i.region)).size > 1;
    out.push(regions ? '| Deployment | Region | What happened | Why |' : '| Deployment | What happened | Why |', regions ? '|---|---|---|---|' : '|---|---|---|');
    for (const i of items.slice(0, MAX_ROWS)) {
      out.push(`| \`${i.name}\` |${regions ? ` ${unbreakable(i.region)} |` : ''} ${icon(i, input.dryRun)}${escapeCell(whatHappened(i, input.dryRun))} | ${escapeCell(why(i))} |`);
    }
    if (items.length > MAX_ROWS) out.push('', `…and ${items.length - MAX_ROWS} more.`);
  }

  if (input.savings.items.length) {
    out.push('', '#### Schedules', '', '| Deployment | Up hours / month | $/mo always on | $/mo scheduled | $/mo saved |', '|---|---:|---:|---:|---:|');
    for (const s of input.savings.items) {
      out.push(`| \`${s.name}\` | ${Math.round(s.upHoursPerMonth)} of 730 | ${money(s.alwaysOn, 'mo', { unit: false })} | ${money(s.scheduled, 'mo', { unit: false })} | ${money(s.saved, 'mo', { unit: false })} |`);
    }
    out.push('', '<sub>Monthly estimates at minimum scale; a schedule saves instance hours, not the load balancer or the key secret.</sub>');
  }

  if (input.prune) out.push('', ...pruneSection(input.prune));
  appendWarnings(out, input.warnings);
  return finish(out, input.runUrl);
}

function isFailure(i: TeardownItem): boolean {
  return ['failed', 'timed-out', 'cancelled'].includes(i.outcome?.result ?? '');
}

function whatHappened(i: TeardownItem, dryRun: boolean): string {
  const r = i.outcome?.result;
  const because = i.because ? ` (${i.because})` : '';
  switch (i.verdict) {
    case 'tear-down':
      if (dryRun || r === 'dry-run') return `would tear down${because}`;
      if (r === 'succeeded') return `torn down${because}`;
      if (r === 'not-run') return 'not torn down';
      return `tear-down ${r ?? 'not run'}${because}`;
    case 'bring-up':
      if (dryRun || r === 'dry-run') return 'would bring up';
      if (r === 'succeeded') return 'brought up';
      if (r === 'not-run') return 'not brought up';
      return `bring-up ${r ?? 'not run'}`;
    case 'skip':
      return `skipped: ${i.skip}`;
    case 'keep':
      return i.state === 'expired' ? 'kept down: expired' : i.state === 'dormant' ? 'kept down: scheduled' : i.state === 'absent' ? 'nothing to do' : 'kept';
  }
}

function icon(i: TeardownItem, dryRun: boolean): string {
  const r = i.outcome?.result;
  if (dryRun || r === 'dry-run') return '';
  if (r === 'failed') return `${RESULT_MARK.failed} `;
  if (r === 'cancelled') return `${RESULT_MARK.cancelled} `;
  if (r === 'timed-out') return `${RESULT_MARK.timedOut} `;
  if (r === 'not-run') return `${RESULT_MARK.attention} `;
  if (r === 'succeeded') return `${RESULT_MARK.succeeded} `;
  return i.verdict === 'skip' ? `${RESULT_MARK.heldBack} ` : i.verdict === 'keep' ? `${RESULT_MARK.unchanged} ` : '';
}

function why(i: TeardownItem): string {
  const extra = i.outcome?.reason && i.outcome.result !== 'succeeded' ? ` — ${i.outcome.reason}` : '';
  return `${i.reason}${extra}`;
}

function savingsLine(savings: TeardownDecisions['savings']): string {
  if (!savings.items.length) return 'no deployment has a schedule';
  if (savings.monthly === null) return 'schedule savings unknown (a price is missing)';
  return `schedules save ${money(savings.monthly)} against running always on`;
}

function pruneSection(p: PruneSummary): string[] {
  const out = [`#### Images (prune-images: ${p.olderThanDays} day${p.olderThanDays === 1 ? '' : 's'})`, ''];
  const bytes = p.deleted.reduce((sum, d) => sum + (d.sizeBytes ?? 0), 0);
  const verb = p.dryRun ? 'Would delete' : 'Deleted';
  out.push(`${verb} ${p.deleted.length} image${p.deleted.length === 1 ? '' : 's'}${bytes ? ` (${(bytes / 1e9).toFixed(1)} GB)` : ''}; kept ${p.keptInUse} in use and ${p.keptRecent} younger than the limit.`);
  if (p.deleted.length) {
    out.push('');
    for (const d of p.deleted.slice(0, MAX_IMAGES)) {
      const tags = d.tags.length ? d.tags.join(', ') : 'untagged';
      out.push(`- ${d.region} \`${d.repository}\` ${tags} (\`${d.digest.slice(0, 19)}…\`${d.pushedAt ? `, pushed ${d.pushedAt.toISOString().slice(0, 10)}` : ''})`);
    }
    if (p.deleted.length > MAX_IMAGES) out.push(`- …and ${p.deleted.length - MAX_IMAGES} more`);
  }
  for (const problem of p.problems) out.push(`- ⚠️ ${escapeInline(problem)}`);
  return out;
}

function appendWarnings(out: string[], warnings: string[] | undefined): void {
  if (!warnings?.length) return;
  out.push('');
  for (const w of warnings) out.push(`- ⚠️ ${escapeInline(w)}`);
}

function finish(out: string[], runUrl: string | undefined): string {
  if (runUrl) out.push('', `<sub>[workflow run](${runUrl})</sub>`);
  return out.join('\n');
}

// ---- fleet issue -----------------------------------------------------------------------------

const STATE_LABEL = {
  running: 'running',
  dormant: 'down (schedule)',
  expired: 'down (ttl expired)',
  absent: 'not deployed',
  starting: 'starting'
} as const;

/**
 * The fleet as of this run. Nothing in it changes from hour to hour unless the fleet does, so the
 * issue is edited only when there is something to tell.
 */
export function renderFleetIssue(input: { manifest: string; items: TeardownItem[]; savings: TeardownDecisions['savings'] }): string {
  const rows = input.items.filter((i) => i.skip !== 'unmanaged' && i.skip !== 'other-manifest').sort((a, b) => a.name.localeCompare(b.name) || a.region.localeCompare(b.region));
  const out = [
    `Deployments of \`${input.manifest}\`, kept up to date by the hourly \`mode: teardown\` run of emd-action. Edit the manifest, not this issue.`,
    '',
    '| Deployment | Region | State | Next | $/mo, min scale |',
    '|---|---|---|---|---:|'
  ];
  for (const i of rows.slice(0, MAX_ROWS)) {
    const state = stateAfter(i);
    const spec = i.spec ?? i.deployed;
    const monthly = !spec || state === 'expired' ? '–' : money(estimateCost(spec).monthlyMin, 'mo', { unit: false });
    out.push(`| \`${i.name}\` | ${i.region} | ${STATE_LABEL[state]}${i.verdict === 'skip' ? ` (${i.skip})` : ''} | ${escapeCell(escapeInline(nextText(i, state)))} | ${monthly} |`);
  }
  if (rows.length > MAX_ROWS) out.push('', `…and ${rows.length - MAX_ROWS} more.`);
  out.push('', savingsLine(input.savings).replace(/^./, (c) => c.toUpperCase()) + '.');
  return out.join('\n');
}

function nextText(i: TeardownItem, state: ReturnType<typeof stateAfter>): string {
  const spec = i.spec;
  if (state === 'expired') return 'change the entry to deploy it again';
  if (!i.nextAt || !spec) return i.verdict === 'skip' ? i.reason : '';
  const at = new Date(i.nextAt);
  const when = spec.schedule ? formatInZone(at, spec.schedule.timezone) : formatUtc(at);
  if (state === 'dormant') return `up ${when}`;
  if (state === 'running' || state === 'starting') {
    if (spec.protect) return 'protect: true';
    return i.reason.startsWith('ttl') ? `ttl runs out ${formatUtc(at)}` : `down ${when}`;
  }
  return '';
}
