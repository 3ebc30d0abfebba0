// Apply outcome → markdown for the pull request comment and the job summary, and the `endpoints`
// output. Pure. Everything needed to use a new endpoint is here (URL, model name, where the key is
// and the one command that reads it, curl and Python); the key itself never is: snippets read it
// from $EMD_API_KEY. Over the size budget, connection details go first, then rows.
import type { ApplyOutcome, DeploymentOutcome } from '../../modes/apply.js';
import { cell, code, RESULT_MARK, text } from './format.js';
import { money, moneyRange } from './money.js';
import { DEFAULT_BUDGET } from './markdown.js';

export interface ApplyMarkdownOptions {
  manifest: string;
  commit: string;
  runUrl?: string;
  /** docs/comments.md of the action, for the one-line link after a held-back change. */
  docsUrl?: string;
  maxLength?: number;
  /** A problem outside any one deployment (e.g. the plan could not be made), shown first. */
  problem?: string;
}

/** What the per-deployment sections hold: everything, only changed deployments, or only failures. */
type Detail = 'all' | 'changed' | 'failures';

export function renderApplyMarkdown(outcome: ApplyOutcome, options: ApplyMarkdownOptions): string {
  const budget = options.maxLength ?? DEFAULT_BUDGET;
  const rowsAll = outcome.deployments.length;
  for (const detail of ['all', 'changed', 'failures'] as Detail[]) {
    const body = compose(outcome, options, detail, rowsAll);
    if (body.length <= budget) return body;
  }
  let rows = rowsAll;
  let body = compose(outcome, options, 'failures', rows);
  while (body.length > budget && rows > 0) {
    rows = Math.floor(rows * 0.8);
    body = compose(outcome, options, 'failures', rows);
  }
  return body;
}

/** Deployments the report shows first: what did not succeed, and stacks stuck in a state that needs a person. */
function needsLook(d: DeploymentOutcome): boolean {
  return d.result === 'failed' || d.result === 'timed-out' || d.result === 'cancelled' || d.fix !== undefined;
}

function heldBack(d: DeploymentOutcome): boolean {
  return d.result === 'skipped' && d.action !== 'unchanged';
}

/** Failures first, then held-back changes, then what succeeded, then the unchanged. */
function rank(d: DeploymentOutcome): number {
  if (needsLook(d)) return 0;
  if (heldBack(d)) return 1;
  return d.action === 'unchanged' ? 3 : 2;
}

function compose(outcome: ApplyOutcome, options: ApplyMarkdownOptions, detail: Detail, rows: number): string {
  const out: string[] = [];
  out.push(`### emd-action apply for ${code(options.manifest)}`);
  out.push('');
  out.push(headline(outcome, options));
  if (options.problem) {
    out.push('', `> [!CAUTION]\n> ${text(options.problem)}`);
  }
  if (outcome.cancelled) {
    out.push(
      '',
      '> [!WARNING]\n> The workflow run was cancelled. Deployments already handed to the pipeline are listed with the stage they were in; a re-run picks up from live state (and attaches to executions still running).'
    );
  }
  const held = outcome.deployments.filter(heldBack);
  if (held.length) {
    const link = options.docsUrl ? ` ([why](${options.docsUrl}#held-back))` : '';
    out.push('', '> [!WARNING]');
    for (const d of held.slice(0, 8)) out.push(`> - **Held back** ${code(d.name)}: ${text(d.reason ?? 'skipped')}${link}`);
    if (held.length > 8) out.push(`> - …and ${held.length - 8} more.`);
  }
  const changes = outcome.deployments.filter((d) => d.action !== 'unchanged');
  if (outcome.deployments.length === 0) {
    out.push('', 'The manifest has no deployments and no stacks of it are running.');
  } else if (changes.length === 0) {
    out.push('', 'Nothing to change: every deployment already matches the manifest.');
  }
  const ordered = [...outcome.deployments].sort((a, b) => rank(a) - rank(b));
  if (ordered.length) {
    out.push('', table(ordered.slice(0, rows)));
    if (rows < ordered.length) {
      out.push('', `…and ${ordered.length - rows} more deployments: the full report is in the job summary and the \`endpoints\` output.`);
    }
  }

  for (const d of ordered.filter(needsLook)) out.push('', trouble(d));

  const connectable = ordered.filter((d) => d.baseUrl && !needsLook(d) && (detail === 'all' || (detail === 'changed' && d.action !== 'unchanged')));
  for (const d of connectable) out.push('', connect(d));
  const left = ordered.filter((d) => d.baseUrl && !needsLook(d)).length - connectable.length;
  if (left > 0) out.push('', `_How to connect to ${left} more endpoint${left === 1 ? '' : 's'} was left out to stay within GitHub’s comment size limit; it is in the job summary._`);

  out.push('');
  const footer = [`commit \`${options.commit.slice(0, 12) || 'unknown'}\``, options.runUrl ? `[workflow run](${options.runUrl})` : undefined].filter(Boolean).join(' · ');
  out.push(`<sub>${footer}</sub>`);
  return out.join('\n');
}

function headline(outcome: ApplyOutcome, options: ApplyMarkdownOptions): string {
  const count = (pred: (d: DeploymentOutcome) => boolean) => outcome.deployments.filter(pred).length;
  const parts: string[] = [];
  const add = (n: number, label: string) => {
    if (n) parts.push(`${n} ${label}`);
  };
  add(count((d) => d.result === 'succeeded'), 'succeeded');
  add(count((d) => d.result === 'failed'), 'failed');
  add(count((d) => d.result === 'timed-out'), 'timed out');
  add(count((d) => d.result === 'cancelled'), 'cancelled');
  add(count(heldBack), 'held back');
  add(count((d) => d.action === 'unchanged'), 'unchanged');
  const status = options.problem
    ? `${RESULT_MARK.failed} Not applied`
    : outcome.cancelled
      ? `${RESULT_MARK.cancelled} Cancelled`
      : outcome.ok
        ? `${RESULT_MARK.succeeded} Applied`
        : `${RESULT_MARK.failed} Apply failed`;
  const took = outcome.finishedAt > outcome.startedAt ? ` · took ${duration(outcome.finishedAt - outcome.startedAt)}` : '';
  return `**${status}**${parts.length ? `: ${parts.join(' · ')}` : ''}${took} · running now: ${runningCost(outcome.deployments)}`;
}

/**
 * What runs after this apply costs per hour, at minimum scale. Only what runs counts: a deleted,
 * dormant or expired deployment is $0 (apply reports hourlyCost 0 for those), a held-back delete
 * still runs and counts.
 */
function runningCost(deployments: DeploymentOutcome[]): string {
  let total = 0;
  let running = 0;
  let unknown = 0;
  for (const d of deployments) {
    if (d.hourlyCost === undefined) {
      if (d.result !== 'skipped') unknown++;
      continue;
    }
    if (d.hourlyCost === null) unknown++;
    else if (d.hourlyCost > 0) {
      total += d.hourlyCost;
      running++;
    }
  }
  const what = `${running} deployment${running === 1 ? '' : 's'}`;
  return `${money(total, 'h')} for ${what}${unknown ? ` (+ ${unknown} unknown)` : ''}`;
}

function table(deployments: DeploymentOutcome[]): string {
  const lines = ['| Deployment | Result | Endpoint |', '|---|---|---|'];
  for (const d of deployments) {
    lines.push(`| ${code(d.name, true)} | ${resultCell(d)} | ${d.baseUrl ? code(d.baseUrl, true) : '–'} |`);
  }
  return lines.join('\n');
}

const DONE: Record<string, string> = { create: 'created', update: 'updated', replace: 'replaced', delete: 'deleted', unknown: 'deployed' };

function resultCell(d: DeploymentOutcome): string {
  const where = d.stage ? ` in ${cell(d.stage)}` : '';
  switch (d.result) {
    case 'succeeded': {
      const smoke = d.smoke && !d.smoke.ok ? ` · ${RESULT_MARK.attention} smoke test ${cell(String(d.smoke.status ?? 'no answer'))}` : '';
      return `${RESULT_MARK.succeeded} ${DONE[d.action] ?? 'succeeded'}${smoke}`;
    }
    case 'failed':
      return `${RESULT_MARK.failed} ${d.action} failed${where}`;
    case 'timed-out':
      return `${RESULT_MARK.timedOut} ${d.action} timed out${where}`;
    case 'cancelled':
      return `${RESULT_MARK.cancelled} ${d.action} cancelled${where}`;
    case 'skipped':
      if (d.action === 'unchanged') return d.fix ? `${RESULT_MARK.attention} unchanged, stack needs a fix` : `${RESULT_MARK.unchanged} unchanged`;
      return `${RESULT_MARK.heldBack} ${d.action} held back`;
  }
}

function smokeLine(d: DeploymentOutcome): string | undefined {
  const s = d.smoke;
  if (!s) return undefined;
  if (s.ok) return `- **Smoke test:** ${RESULT_MARK.succeeded} ${s.status ?? ''} · first token ${ms(s.ttftMs)} · ${ms(s.totalMs)} in all`;
  return `- **Smoke test:** ${d.stage === 'smoke test' ? RESULT_MARK.failed : RESULT_MARK.attention} ${s.status ?? 'no answer'}${s.error ? `: ${text(s.error)}` : ''}`;
}

function hourly(d: DeploymentOutcome): string | undefined {
  if (d.hourlyCost === undefined || d.hourlyCost === 0) return undefined;
  return `- **Cost while up:** ${moneyRange(d.hourlyCost, d.hourlyCostMax ?? d.hourlyCost, 'h')} (minimum–maximum scale)`;
}

function trouble(d: DeploymentOutcome): string {
  const icon = { failed: RESULT_MARK.failed, 'timed-out': RESULT_MARK.timedOut, cancelled: RESULT_MARK.cancelled, succeeded: RESULT_MARK.attention, skipped: RESULT_MARK.attention }[d.result];
  const verb = { failed: 'failed', 'timed-out': 'timed out', cancelled: 'cancelled', succeeded: 'needs attention', skipped: 'needs attention' }[d.result];
  const out = [`#### ${icon} ${code(d.name)} ${verb}${d.stage ? ` in ${text(d.stage)}` : ''}`, ''];
  if (d.reason) out.push(`- **Why:** ${text(d.reason)}`);
  if (d.failingEvent) {
    const e = d.failingEvent;
    out.push(`- **First failing event:** ${code(e.logicalId)} (${code(e.resourceType)}) ${e.status}: ${text(e.reason)}`);
  }
  if (d.logUrl) out.push(`- **Log:** [${d.stage === 'Build' ? 'CodeBuild log' : 'stack events'}](${d.logUrl})`);
  if (d.fix) out.push(`- **Fix:** ${code(d.fix)}`);
  if (d.executionId) out.push(`- **Pipeline execution:** ${d.executionUrl ? `[${d.executionId}](${d.executionUrl})` : code(d.executionId)}`);
  if (d.smoke && !d.smoke.ok && d.smoke.error) out.push(`- **Smoke test:** ${text(d.smoke.error)}`);
  return out.join('\n');
}

/** The one command that prints the key of an endpoint. */
export function keyCommand(secretArn: string, region: string): string {
  return `aws secretsmanager get-secret-value --secret-id ${secretArn} --query SecretString --output text --region ${region}`;
}

export function curlSnippet(d: Pick<DeploymentOutcome, 'baseUrl' | 'servedModelName' | 'apiKeySecretArn' | 'region' | 'kind'>): string {
  const embed = d.kind === 'embedding';
  const body = JSON.stringify(embed ? { model: d.servedModelName, input: 'Hello!' } : { model: d.servedModelName, messages: [{ role: 'user', content: 'Hello!' }] });
  const lines: string[] = [];
  if (d.apiKeySecretArn) lines.push(`export EMD_API_KEY="$(${keyCommand(d.apiKeySecretArn, d.region)})"`);
  lines.push(`curl -s ${d.baseUrl}/${embed ? 'embeddings' : 'chat/completions'} \\`);
  if (d.apiKeySecretArn) lines.push('  -H "Authorization: Bearer $EMD_API_KEY" \\');
  lines.push("  -H 'Content-Type: application/json' \\");
  lines.push(`  -d '${body.replace(/'/g, "'\\''")}'`);
  return lines.join('\n');
}

export function pythonSnippet(d: Pick<DeploymentOutcome, 'baseUrl' | 'servedModelName' | 'apiKeySecretArn' | 'kind'>): string {
  const call =
    d.kind === 'embedding'
      ? [`result = client.embeddings.create(model=${JSON.stringify(d.servedModelName)}, input=["Hello!"])`, 'print(len(result.data[0].embedding))']
      : [`reply = client.chat.completions.create(model=${JSON.stringify(d.servedModelName)}, messages=[{"role": "user", "content": "Hello!"}])`, 'print(reply.choices[0].message.content)'];
  return [
    ...(d.apiKeySecretArn ? ['import os'] : []),
    'from openai import OpenAI',
    '',
    `client = OpenAI(base_url=${JSON.stringify(d.baseUrl)}, api_key=${d.apiKeySecretArn ? 'os.environ["EMD_API_KEY"]' : '"none"'})`,
    ...call
  ].join('\n');
}

/** How to call one endpoint, folded: the key's ARN appears once, in the line that reads it. */
function connect(d: DeploymentOutcome): string {
  const out = [`<details><summary>Connect to <code>${text(d.name)}</code></summary>`, ''];
  out.push(`- **Model:** ${code(d.servedModelName ?? '')} (send this as \`model\`)`);
  out.push(
    d.apiKeySecretArn
      ? '- **API key:** in Secrets Manager; the first line below reads it into `$EMD_API_KEY` (the key itself is never printed here)'
      : '- **API key:** none (`api_key: none`): anyone who can reach the endpoint can use it'
  );
  for (const line of [smokeLine(d), hourly(d)]) if (line) out.push(line);
  out.push('', '```sh', curlSnippet(d), '```', '', '```python', pythonSnippet(d), '```', '', '</details>');
  return out.join('\n');
}

export interface EndpointOutput {
  name: string;
  region: string;
  result: DeploymentOutcome['result'];
  action: DeploymentOutcome['action'];
  stack_name: string;
  base_url: string;
  model: string | null;
  api_key_secret_arn: string | null;
}

/** The `endpoints` output: every deployment with a BaseUrl after this apply. */
export function applyEndpoints(outcome: ApplyOutcome): EndpointOutput[] {
  return outcome.deployments
    .filter((d) => d.baseUrl)
    .map((d) => ({
      name: d.name,
      region: d.region,
      result: d.result,
      action: d.action,
      stack_name: d.stackName,
      base_url: d.baseUrl!,
      model: d.servedModelName ?? null,
      api_key_secret_arn: d.apiKeySecretArn ?? null
    }));
}

function ms(value: number | undefined): string {
  if (value === undefined) return '?';
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

function duration(msTotal: number): string {
  const s = Math.round(msTotal / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${s % 60 ? ` ${s % 60}s` : ''}`;
  return `${Math.floor(m / 60)}h${m % 60 ? ` ${m % 60}m` : ''}`;
}
