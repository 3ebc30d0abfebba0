// Replies to the preview commands: refusals and help, the acknowledgement with the price before
// anything starts, and the result (endpoint, how to call it, smoke test, benchmark next to the live
// deployment of the same name). Anything that came from a comment or the manifest is escaped.
import type { Diagnostic } from '../types.js';
import type { BenchFigures } from '../bench.js';
import { formatUsd } from '../cost.js';
import { helpText } from '../commands.js';
import { escapeCell, escapeInline, position } from './format.js';

export interface ReplyContext {
  /** The commenter, mentioned in the reply. */
  user: string;
  /** The command as written (first line), quoted in the reply. */
  command: string;
  runUrl: string;
}

function head(c: ReplyContext): string {
  return `> ${escapeInline(c.command).slice(0, 200)}\n\n@${c.user.replace(/[^A-Za-z0-9[\]_-]/g, '')}`;
}

function footer(c: ReplyContext): string {
  return `\n\n<sub>emd-action · [run](${c.runUrl})</sub>`;
}

export function renderRefusal(c: ReplyContext, reason: string): string {
  return `${head(c)} ${reason}${footer(c)}`;
}

export function renderHelp(c: ReplyContext, problem?: string): string {
  return `${head(c)} ${problem ? `${escapeInline(problem)}. ` : ''}These are the commands:\n\n${helpText()}${footer(c)}`;
}

export function renderInvalidPreviewManifest(c: ReplyContext, file: string, diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const lines = errors.slice(0, 20).map((d) => `- \`${position(d) || file}\`${d.field ? ` \`${escapeInline(d.field)}\`` : ''}: ${escapeInline(d.message)}`);
  const more = errors.length > 20 ? `\n- … and ${errors.length - 20} more (see the run)` : '';
  return `${head(c)} nothing was deployed: ${file} at the head of this pull request fails validation (${errors.length} error${errors.length === 1 ? '' : 's'}), exactly as its plan does.\n\n${lines.join('\n')}${more}${footer(c)}`;
}

export interface AckItem {
  name: string;
  stackName: string;
  region: string;
  service: string;
  instance: string;
  hourly: number | null;
  total: number | null;
}

export function renderAck(c: ReplyContext, o: { pr: number; headSha: string; ttl: string; items: AckItem[] }): string {
  const rows = o.items.map(
    (i) => `| \`${i.name}\` | \`${i.stackName}\` | ${i.service} · ${i.instance} · ${i.region} | ${formatUsd(i.hourly, 3)}/h | ${formatUsd(i.total)} |`
  );
  const total = o.items.some((i) => i.total === null) ? null : o.items.reduce((s, i) => s + (i.total ?? 0), 0);
  return [
    `${head(c)} starting ${o.items.length === 1 ? 'a preview' : `${o.items.length} previews`} of this pull request's manifest at \`${o.headSha.slice(0, 12)}\`, with the templates and build of the default branch.`,
    '',
    '| Entry | Preview stack | Runs on | Price | At most (ttl ' + o.ttl + ') |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `**Cost:** one instance each, billed while it runs: at most ${formatUsd(total)} if it runs its whole ttl of ${o.ttl}. \`/emd preview stop\`, closing or merging this pull request ends it sooner.`,
    '',
    'Deploying through the pipeline takes a while (image, weights, stack); this comment is updated when it is up.'
  ].join('\n') + footer(c);
}

export function renderAlreadyRunning(c: ReplyContext, url: string, names: string[]): string {
  return `${head(c)} a preview run is already going on this pull request (${names.map((n) => `\`${n}\``).join(', ')}): see ${url}. Nothing new was started; ask again when it has finished.${footer(c)}`;
}

export interface PreviewResultItem {
  name: string;
  stackName: string;
  region: string;
  result: string;
  reason?: string;
  /** Said above the endpoint, e.g. that an identical preview was already up. */
  note?: string;
  logUrl?: string;
  baseUrl?: string;
  model?: string;
  apiKeySecretArn?: string;
  smoke?: { ok: boolean; status?: number; ttftMs?: number; error?: string };
  bench?: BenchFigures;
  benchError?: string;
  live?: { stackName: string; bench?: BenchFigures; benchError?: string };
  expiresAt?: string;
  hourly: number | null;
}

function ms(v: number | null | undefined): string {
  if (v === null || v === undefined) return '–';
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`;
}

function num(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined ? '–' : v.toFixed(digits);
}

function benchRows(label: string, b: BenchFigures | undefined, error: string | undefined): string {
  if (!b) return `| ${label} | ${escapeCell(error ?? 'not measured')} | | | | |`;
  return `| ${label} | ${b.succeeded}/${b.requests} ok, ${b.concurrency} at a time | ${ms(b.ttftP50Ms)} / ${ms(b.ttftP90Ms)} | ${num(b.tokensPerSecond)} | ${num(b.throughput)} | ${formatUsd(b.usdPer1MOutputTokens)} |`;
}

function callSnippet(i: PreviewResultItem): string {
  const key = i.apiKeySecretArn
    ? `KEY=$(aws secretsmanager get-secret-value --region ${i.region} --secret-id '${i.apiKeySecretArn}' --query SecretString --output text)\n`
    : '';
  const auth = i.apiKeySecretArn ? ` -H "Authorization: Bearer $KEY"` : '';
  return [
    '```sh',
    `${key}curl -sS ${i.baseUrl}/chat/completions${auth} -H 'Content-Type: application/json' \\`,
    `  -d '{"model": "${i.model}", "messages": [{"role": "user", "content": "Hello"}]}'`,
    '```'
  ].join('\n');
}

export function renderPreviewResult(c: ReplyContext, o: { pr: number; items: PreviewResultItem[] }): string {
  const parts: string[] = [`${head(c)} preview results for this pull request:`];
  for (const i of o.items) {
    parts.push('', `### \`${i.name}\` → \`${i.stackName}\` (${i.region})`);
    if (i.result !== 'succeeded') {
      parts.push(`**${i.result}**${i.reason ? `: ${escapeInline(i.reason)}` : ''}${i.logUrl ? ` ([log](${i.logUrl}))` : ''}`);
      continue;
    }
    if (i.note) parts.push(`_${escapeInline(i.note)}_`, '');
    parts.push(
      `**Endpoint:** \`${i.baseUrl}\` · model \`${i.model}\`${i.apiKeySecretArn ? ` · key in \`${i.apiKeySecretArn}\`` : ' · no key'}`,
      `**Removed:** ${i.expiresAt ? `at ${i.expiresAt} (ttl)` : 'at its ttl'}, or on \`/emd preview stop\`, close or merge · ${formatUsd(i.hourly, 3)}/h while it runs`,
      '',
      callSnippet(i),
      '',
      `**Smoke test:** ${i.smoke ? (i.smoke.ok ? `passed (HTTP ${i.smoke.status}, first token after ${ms(i.smoke.ttftMs)})` : `failed: ${escapeInline(i.smoke.error ?? '')}`) : 'off'}`,
      '',
      '| Benchmark | Requests | Time to first token p50 / p90 | Output tokens/s per request | Output tokens/s in all | $ per 1M output tokens |',
      '|---|---|---|---|---|---|',
      benchRows('this preview', i.bench, i.benchError)
    );
    if (i.live) parts.push(benchRows(`live \`${i.live.stackName}\``, i.live.bench, i.live.benchError));
    parts.push('', '<sub>$ per 1M output tokens: the instance price per hour over the tokens per hour measured at this concurrency; a busier endpoint costs less per token.</sub>');
  }
  return parts.join('\n') + footer(c);
}

export function renderStopped(c: ReplyContext | undefined, o: { removed: { stackName: string; region: string; result: string; reason?: string }[]; why: string }): string {
  const lines = o.removed.map((r) => `- \`${r.stackName}\` (${r.region}): ${r.result === 'succeeded' ? 'removed' : `${r.result}${r.reason ? `: ${escapeInline(r.reason)}` : ''}`}`);
  const body = o.removed.length ? `previews removed (${o.why}):\n\n${lines.join('\n')}` : `no preview of this pull request is running (${o.why}).`;
  return c ? `${head(c)} ${body}${footer(c)}` : `emd-action: ${body}`;
}
