// `emd-action <command>`: the plan of the PR comment, in a terminal. Exit 0 when valid, 1 for an
// invalid manifest, failed fit or exceeded budget, 2 for bad usage. Every usage error is one line
// that says the fix. AWS code is loaded only when live state is read, so an offline plan starts fast.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runPlan } from './modes/plan.js';
import { renderDiagnosticsText, renderPlanText } from './core/render/text.js';
import { escapeControl, escapeControlLines } from './core/render/escape.js';
import { ManifestFileError, readManifestFile } from './runner/read-manifest.js';
import { planJson } from './core/plan-json.js';
import { manifestJsonSchema } from './core/manifest/schema.js';
import { indentationHints } from './core/render/yaml-hint.js';
import { hasCredentialSource } from './aws/credentials.js';
import { awsProfileProblem } from './cli-profile.js';
import { VERSION } from './version.js';
import { baseFromFile, baseFromRef, manifestIdentity } from './cli-manifest.js';

type Out = Pick<NodeJS.WriteStream, 'write'>;

const PLAN_OPTIONS = {
  json: { type: 'boolean' },
  offline: { type: 'boolean' },
  base: { type: 'string' },
  'base-ref': { type: 'string' },
  'stack-prefix': { type: 'string' },
  region: { type: 'string' },
  'allow-destroy': { type: 'boolean' },
  'max-monthly-increase': { type: 'string' },
  'max-monthly-total': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

const COMMANDS = {
  plan: {
    options: PLAN_OPTIONS,
    help: `Usage: emd-action plan [manifest] [options]

Validate the manifest, diff it against live stacks, check GPU fit and estimate cost: the plan of
the pull request comment. manifest defaults to models.yaml.

Options:
  --offline                     Do not read live stacks from AWS (also without credentials)
  --json                        Print the plan as JSON (money rounded to cents)
  --base <file>                 Without live stacks, compare with this manifest (e.g. the base branch's)
  --base-ref <git ref>          Without live stacks, compare with the manifest at this ref (e.g. origin/main)
  --region <region>             Region for entries that name none (default AWS_REGION)
  --stack-prefix <prefix>       Prefix of managed stacks (default emd)
  --allow-destroy               Plan deletes of stacks no longer in the manifest
  --max-monthly-increase <usd>  Fail (exit 1) when the monthly estimate grows by more
  --max-monthly-total <usd>     Fail (exit 1) when the monthly estimate exceeds this
  -h, --help                    Show this help

AWS credentials come from the usual places (AWS_PROFILE, environment, ~/.aws); without any, the
plan is offline. Exit status: 0 valid, 1 invalid manifest / no GPU fit / over budget, 2 bad usage.`
  },
  schema: {
    options: { help: { type: 'boolean', short: 'h' } },
    help: `Usage: emd-action schema

Print the JSON Schema of models.yaml (for editors: yaml-language-server, VS Code).`
  }
} as const;

type Command = keyof typeof COMMANDS;

const USAGE = `Usage: emd-action <command> [options]

Commands:
  plan [manifest]   Validate, diff against live stacks, check GPU fit, estimate cost
  schema            Print the JSON Schema of models.yaml
  help [command]    Show help for a command

Options:
  -h, --help        Show help (after a command: that command's help)
  --version         Print the version

Runs on Node.js 20 or later. Example: emd-action plan examples/models.yaml --offline`;

export async function main(argv: string[], out: Out = process.stdout, err: Out = process.stderr): Promise<number> {
  const usageError = (line: string) => {
    err.write(`emd-action: ${line}\n`);
    return 2;
  };
  const [first, ...rest] = argv;
  if (first === undefined) return usageError('missing command; try `emd-action plan models.yaml` or `emd-action --help`');
  if (first === '--version' || first === '-v' || first === 'version') {
    out.write(`${VERSION}\n`);
    return 0;
  }
  if (first === 'help' || first === '--help' || first === '-h') {
    const topic = rest[0];
    if (topic === undefined) {
      out.write(`${USAGE}\n`);
      return 0;
    }
    if (!isCommand(topic)) return usageError(`no help for "${topic}": ${suggest(topic, Object.keys(COMMANDS), 'commands are')}`);
    out.write(`${COMMANDS[topic].help}\n`);
    return 0;
  }
  if (!isCommand(first)) {
    if (first.startsWith('-')) return usageError(`options go after the command, e.g. \`emd-action plan ${first}\`; see \`emd-action --help\``);
    return usageError(`unknown command "${first}"; ${suggest(first, Object.keys(COMMANDS), 'commands are')}`);
  }

  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: COMMANDS[first].options });
  } catch (error) {
    return usageError(`${first}: ${parseProblem(error as Error & { code?: string }, first)}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    out.write(`${COMMANDS[first].help}\n`);
    return 0;
  }
  if (first === 'schema') {
    if (parsed.positionals.length) return usageError(`schema takes no arguments (got ${parsed.positionals.join(' ')})`);
    out.write(`${JSON.stringify(await manifestJsonSchema(), null, 2)}\n`);
    return 0;
  }
  return plan(parsed.positionals, values, out, err, usageError);
}

async function plan(positionals: string[], values: Record<string, string | boolean | undefined>, out: Out, err: Out, usageError: (line: string) => number): Promise<number> {
  if (positionals.length > 1) return usageError(`plan takes one manifest, got ${positionals.length} (${positionals.join(' ')}); quote a path with spaces`);
  const budget = (name: 'max-monthly-increase' | 'max-monthly-total'): number | undefined | 'bad' => {
    const v = values[name];
    if (v === undefined) return undefined;
    const n = Number(String(v).replace(/^\$/, '').replace(/,/g, ''));
    return Number.isFinite(n) && n >= 0 ? n : 'bad';
  };
  const maxIncrease = budget('max-monthly-increase');
  const maxTotal = budget('max-monthly-total');
  if (maxIncrease === 'bad') return usageError(`plan: --max-monthly-increase takes an amount in USD, e.g. --max-monthly-increase 500 (got "${values['max-monthly-increase']}")`);
  if (maxTotal === 'bad') return usageError(`plan: --max-monthly-total takes an amount in USD, e.g. --max-monthly-total 5000 (got "${values['max-monthly-total']}")`);
  const stackPrefix = (values['stack-prefix'] as string | undefined) ?? 'emd';
  if (!/^[a-z][a-z0-9]{0,9}$/.test(stackPrefix)) return usageError(`plan: --stack-prefix must be 1–10 lowercase letters and digits, starting with a letter (got "${stackPrefix}")`);

  const manifestPath = positionals[0] ?? 'models.yaml';
  // Missing files and directories get the CLI's own hint; the shared reader then applies the limits
  // every manifest read has (regular file, at most 1 MiB).
  try {
    if (statSync(manifestPath).isDirectory()) return usageError(readProblem(manifestPath, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), false));
  } catch (error) {
    return usageError(escapeControl(readProblem(manifestPath, error as NodeJS.ErrnoException, positionals.length === 0)));
  }
  let content: Uint8Array;
  try {
    content = await readManifestFile(process.cwd(), manifestPath, { allowOutside: true });
  } catch (error) {
    if (!(error instanceof ManifestFileError)) return usageError(escapeControl(readProblem(manifestPath, error as NodeJS.ErrnoException, positionals.length === 0)));
    return usageError(escapeControl(error.message));
  }

  // A named profile that does not exist is a local mistake, said as such (not as missing credentials).
  const profileProblem = values.offline ? undefined : awsProfileProblem();
  const online = !values.offline && !profileProblem && hasCredentialSource();
  const clients = online ? new (await import('./aws/clients.js')).AwsClients() : undefined;
  const region = (values.region as string | undefined) ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  const { root, identity } = manifestIdentity(manifestPath);
  const baseFile = values.base as string | undefined;
  const baseRef = values['base-ref'] as string | undefined;
  const outcome = await runPlan({
    manifestPath: identity,
    base: baseFile !== undefined ? () => baseFromFile(baseFile) : baseRef !== undefined ? () => baseFromRef(root, baseRef, identity) : undefined,
    content,
    stackPrefix,
    allowDestroy: values['allow-destroy'] === true,
    defaultRegion: region,
    clients,
    offlineReason: values.offline
      ? '--offline was given, so deployed stacks were not read'
      : profileProblem
        ? `${profileProblem}, so deployed stacks were not read`
        : 'no AWS credentials found (set AWS_PROFILE, or run `aws configure`), so deployed stacks were not read',
    maxMonthlyIncrease: maxIncrease,
    maxMonthlyTotal: maxTotal
  });
  // Shared messages name action inputs; say them as this CLI's options (before any line wrapping).
  for (const d of outcome.manifest.diagnostics) d.message = cliWords(d.message);
  if (outcome.plan) {
    if (!outcome.plan.live.known) outcome.plan.live.reason = cliWords(outcome.plan.live.reason);
    for (const d of outcome.plan.diagnostics) d.message = cliWords(d.message);
    for (const e of outcome.plan.entries) if (e.blocked) e.blocked.reason = cliWords(e.blocked.reason);
  }

  if (values.json) {
    const payload = outcome.plan
      ? { valid: true, ok: outcome.ok, failures: outcome.failures, ...planJson(outcome.plan), manifestDiagnostics: outcome.manifest.diagnostics }
      : { valid: false, ok: false, diagnostics: outcome.manifest.diagnostics };
    out.write(`${JSON.stringify(payload, null, 2)}\n`);
  } else if (outcome.plan) {
    const notes = outcome.manifest.diagnostics.length ? `${renderDiagnosticsText(outcome.manifest.diagnostics)}\n\n` : '';
    out.write(`${notes}${escapeControlLines(renderPlanText(outcome.plan, outcome.priceNote, outcome.failures))}\n`);
  } else {
    const hints = indentationHints(Buffer.from(content).toString('utf8'), outcome.manifest.diagnostics).map(escapeControl);
    const text = renderDiagnosticsText(outcome.manifest.diagnostics);
    err.write(`${text}\n${hints.map((h) => `hint: ${h}\n`).join('')}\n${manifestPath} is invalid; nothing was planned.\n`);
  }
  return outcome.ok ? 0 : 1;
}

function isCommand(name: string): name is Command {
  return Object.hasOwn(COMMANDS, name);
}

/** Action inputs named in shared messages, in the words of this CLI. */
export function cliWords(text: string): string {
  return text
    .replace(/\b(?:pass |set )?the aws-region input(?: \(or AWS_REGION\))?/g, 'pass --region (or set AWS_REGION)')
    .replace(/\ballow-destroy is not set\b/g, '--allow-destroy is not given')
    .replace(/\bthe (stack-prefix|max-monthly-increase|max-monthly-total) input\b/g, '--$1');
}

function parseProblem(error: Error & { code?: string }, command: Command): string {
  const known = Object.keys(COMMANDS[command].options).map((o) => `--${o}`);
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}; ${suggest(option.split('=')[0], known, 'options are')}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? `${option.split(' ')[0]} needs a value, e.g. ${option.split(' ')[0]} ${option.includes('region') ? 'us-east-1' : option.includes('prefix') ? 'emd' : '500'}`
        : `${option} takes no value; write ${option.split('=')[0]} alone`;
    default:
      return `${error.message.split('\n')[0]}; see \`emd-action ${command} --help\``;
  }
}

function readProblem(file: string, error: NodeJS.ErrnoException, defaulted: boolean): string {
  if (error.code === 'ENOENT') {
    const dir = path.dirname(file);
    let near: string[] = [];
    try {
      near = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
    } catch {
      return `${file}: no such file, and its directory ${dir} does not exist`;
    }
    const close = closest(path.basename(file), near);
    if (close) return `${file}: no such file; did you mean ${path.join(dir, close)}?`;
    return defaulted
      ? `no models.yaml here; pass the manifest's path, e.g. \`emd-action plan examples/models.yaml\``
      : `${file}: no such file${near.length ? ` (YAML files in ${dir}: ${near.slice(0, 5).join(', ')})` : ''}`;
  }
  if (error.code === 'EISDIR') return `${file} is a directory; pass the manifest file in it, e.g. ${path.join(file, 'models.yaml')}`;
  if (error.code === 'EACCES') return `${file}: permission denied`;
  return `cannot read ${file}: ${error.code ?? error.message}`;
}

function suggest(word: string, choices: string[], label: string): string {
  const close = closest(word, choices);
  return close ? `did you mean ${close}?` : `${label} ${choices.join(', ')}`;
}

/** The choice within two edits (or sharing a prefix of four), if any. */
function closest(word: string, choices: string[]): string | undefined {
  let best: { choice: string; d: number } | undefined;
  for (const choice of choices) {
    const d = distance(word.toLowerCase(), choice.toLowerCase());
    if (!best || d < best.d) best = { choice, d };
  }
  if (!best) return undefined;
  const prefix = word.length >= 4 && best.choice.startsWith(word.slice(0, 4));
  return best.d <= Math.max(2, Math.floor(word.length / 4)) || prefix ? best.choice : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
