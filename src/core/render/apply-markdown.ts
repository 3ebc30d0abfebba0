// Apply outcome → markdown for the pull request comment and the job summary, and the `endpoints`
// output. Pure. Everything needed to use a new endpoint is here (URL, model name, where the key is
// and the one command that reads it, curl and Python); the key itself never is: snippets read it
// from $EMD_API_KEY. Over the size budget, connection details go first, then rows.
import type { ApplyOutcome, DeploymentOutcome } from '../../modes/apply.js';
import { formatUsd } from '../cost.js';
import { escapeCell, escapeInline } from './format.js';
import { DEFAULT_BUDGET } from './markdown.js';

export interface ApplyMarkdownOptions {
  manifest: string;
  commit: string;
  runUrl?: string;
  maxLength?: number;
  /** A problem outside any one deployment (e.g. the plan could not be made), shown first. */
  problem?: string;
}

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

function compose(outcome: ApplyOutcome, options: ApplyMarkdownOptions, detail: Detail, rows: number): string {
  const out: string[] = [];
  out.push(`### emd-action apply for \`${escapeInline(options.manifest)}\``);
  out.push('');
  out.push(headline(outcome, options));
  if (options.problem) {
    out.push('', `> [!CAUTION]\n> ${escapeInline(options.problem)}`);
  }
  if (outcome.cancelled) {
    out.push(
      '',
      '> [!WARNING]\n> The workflow run was cancelled. Deployments already handed to the pipeline are listed with the stage they were in; a re-run picks up from live state (and attaches to executions still running).'
    );
  }
  const changes = outcome.deployments.filter((d) => d.action !== 'unchanged');
  if (outcome.deployments.length === 0) {
    out.push('', 'The manifest has no deployments and no stacks of it are running.');
  } else if (changes.length === 0) {
    out.push('', 'Nothing to change: every deployment already matches the manifest.');
  }
  if (outcome.deployments.length) {
    out.push('', table(outcome.deployments.slice(0, rows)));
    if (rows < outcome.deployments.length) {
      out.push('', `…and ${outcome.deployments.length - rows} more deployments: the full report is in the job summary and the \`endpoints\` output.`);
    }
  }

  const troubled = outcome.deployments.filter(needsLook);
  for (const d of troubled) out.push('', trouble(d));

  const connectable = outcome.deployments.filter((d) => d.baseUrl && (detail === 'all' || (detail === 'changed' && d.action !== 'unchanged')));
  for (const d of connectable) out.push('', connect(d));
  const left = outcome.deployments.filter((d) => d.baseUrl).length - connectable.length;
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
  add(count((d) => d.result === 'skipped' && d.action !== 'unchanged'), 'held back');
  add(count((d) => d.action === 'unchanged'), 'unchanged');
  const status = options.problem ? '❌ Not applied' : outcome.cancelled ? '⏹️ Cancelled' : outcome.ok ? '✅ Applied' : '❌ Apply failed';
  const took = outcome.finishedAt > outcome.startedAt ? ` · took ${duration(outcome.finishedAt - outcome.startedAt)}` : '';
  return `**${status}**${parts.length ? `: ${parts.join(' · ')}` : ''}${took} · running now: ${runningCost(outcome.deployments)}`;
}

/** What the fleet costs per hour after this apply, at minimum scale. */
function runningCost(deployments: DeploymentOutcome[]): string {
  let total = 0;
  let unknown = 0;
  for (const d of deployments) {
    if (d.hourlyCost === undefined) {
      if (d.result !== 'skipped') unknown++;
      continue;
    }
    if (d.hourlyCost === null) unknown++;
    else total += d.hourlyCost;
  }
  return `${formatUsd(total, 3)}/hour${unknown ? ` (+ ${unknown} unknown)` : ''}`;
}

function table(deployments: DeploymentOutcome[]): string {
  const lines = ['| Deployment | Change | Result | Endpoint | Model | Smoke test | $/hour now |', '|---|---|---|---|---|---|--:|'];
  for (const d of deployments) {
    lines.push(
      `| \`${escapeCell(d.name)}\` | ${d.action} | ${resultCell(d)} | ${d.baseUrl ? code(d.baseUrl, true) : '–'} | ${d.servedModelName ? code(d.servedModelName, true) : '–'} | ${smokeCell(d)} | ${hourly(d)} |`
    );
  }
  return lines.join('\n');
}

function resultCell(d: DeploymentOutcome): string {
  const where = d.stage ? ` in ${escapeCell(d.stage)}` : '';
  switch (d.result) {
    case 'succeeded':
      return d.action === 'delete' ? '✅ deleted' : '✅ succeeded';
    case 'failed':
      return `❌ failed${where}`;
    case 'timed-out':
      return `⏱️ timed out${where}`;
    case 'cancelled':
      return `⏹️ cancelled${where}`;
    case 'skipped':
      if (d.action === 'unchanged') return d.fix ? '⚠️ unchanged, stack needs a fix' : '➖ unchanged';
      return `⏸️ held back: ${escapeCell(escapeInline(d.reason ?? 'skipped'))}`;
  }
}

function smokeCell(d: DeploymentOutcome): string {
  const s = d.smoke;
  if (!s) return '–';
  if (s.ok) return `✅ ${s.status ?? ''} · first token ${ms(s.ttftMs)} · ${ms(s.totalMs)}`;
  return `${d.stage === 'smoke test' ? '❌' : '⚠️'} ${s.status ?? 'no answer'}`;
}

function hourly(d: DeploymentOutcome): string {
  if (d.hourlyCost === undefined) return '–';
  if (d.hourlyCost === null) return 'unknown';
  const max = d.hourlyCostMax;
  return max !== undefined && max !== null && Math.abs(max - d.hourlyCost) >= 0.0005 ? `${formatUsd(d.hourlyCost, 3)}–${formatUsd(max, 3)}` : formatUsd(d.hourlyCost, 3);
}

function trouble(d: DeploymentOutcome): string {
  const icon = { failed: '❌', 'timed-out': '⏱️', cancelled: '⏹️', succeeded: '⚠️', skipped: '⚠️' }[d.result];
  const verb = { failed: 'failed', 'timed-out': 'timed out', cancelled: 'cancelled', succeeded: 'needs attention', skipped: 'needs attention' }[d.result];
  const out = [`#### ${icon} \`${escapeInline(d.name)}\` ${verb}${d.stage ? ` in ${escapeInline(d.stage)}` : ''}`, ''];
  if (d.reason) out.push(`- **Why:** ${escapeInline(d.reason)}`);
  if (d.failingEvent) {
    const e = d.failingEvent;
    out.push(`- **First failing event:** ${code(e.logicalId)} (${code(e.resourceType)}) ${e.status}: ${escapeInline(e.reason)}`);
  }
  if (d.logUrl) out.push(`- **Log:** [${d.stage === 'Build' ? 'CodeBuild log' : 'stack events'}](${d.logUrl})`);
  if (d.fix) out.push(`- **Fix:** ${code(d.fix)}`);
  if (d.executionId) out.push(`- **Pipeline execution:** ${d.executionUrl ? `[${d.executionId}](${d.executionUrl})` : code(d.executionId)}`);
  if (d.smoke && !d.smoke.ok && d.smoke.error) out.push(`- **Smoke test:** ${escapeInline(d.smoke.error)}`);
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

function connect(d: DeploymentOutcome): string {
  const out = [`<details><summary>Connect to <code>${escapeInline(d.name)}</code></summary>`, ''];
  out.push(`- **Base URL:** ${code(d.baseUrl ?? '')}`);
  out.push(`- **Model:** ${code(d.servedModelName ?? '')} (send this as \`model\`)`);
  if (d.apiKeySecretArn) {
    out.push(`- **API key:** in Secrets Manager, ${code(d.apiKeySecretArn)}; read it with`);
    out.push('', '  ```sh', `  ${keyCommand(d.apiKeySecretArn, d.region)}`, '  ```');
  } else {
    out.push('- **API key:** none (`api_key: none`): anyone who can reach the endpoint can use it');
  }
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

/** Inline code that survives backticks in the text; in a table cell a pipe must be escaped even there. */
function code(text: string, cell = false): string {
  const flat = text.replace(/\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${cell ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
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
