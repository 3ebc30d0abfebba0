// `emd-action plan [manifest] [--json] [--offline]`: the same plan as the PR comment, in a
// terminal. Exit 0 when valid, 1 for an invalid manifest, failed fit or exceeded budget, 2 for
// bad usage.
import { parseArgs } from 'node:util';
import { runPlan } from './modes/plan.js';
import { renderDiagnosticsText, renderPlanText } from './core/render/text.js';
import { escapeControl, escapeControlLines } from './core/render/escape.js';
import { ManifestFileError, readManifestFile } from './runner/read-manifest.js';
import { planJson } from './core/plan-json.js';
import { manifestJsonSchema } from './core/manifest/schema.js';
import { AwsClients } from './aws/clients.js';
import { hasCredentialSource } from './aws/credentials.js';
import { baseFromFile, baseFromRef, manifestIdentity } from './cli-manifest.js';

const USAGE = `Usage:
  emd-action plan [manifest] [options]   Validate, diff against live stacks, check GPU fit, estimate cost
  emd-action schema                      Print the JSON Schema of models.yaml

Options for plan:
  --json                      Print the plan as JSON
  --offline                   Do not read live stacks from AWS
  --base <file>               Without live stacks, compare with this manifest (e.g. the base branch's)
  --base-ref <git ref>        Without live stacks, compare with the manifest at this ref (e.g. origin/main)
  --stack-prefix <prefix>     Prefix of managed stacks (default emd)
  --region <region>           Region for entries that name none (default AWS_REGION)
  --allow-destroy             Plan deletes of stacks no longer in the manifest
  --max-monthly-increase <usd>
  --max-monthly-total <usd>
  -h, --help`;

export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
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
      }
    });
  } catch (error) {
    err.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (command === 'schema' && rest.length === 0) {
    out.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (command !== 'plan' || rest.length > 1) {
    err.write(`${command ? `unknown command or extra arguments: ${positionals.join(' ')}` : 'missing command'}\n\n${USAGE}\n`);
    return 2;
  }
  const budget = (name: 'max-monthly-increase' | 'max-monthly-total'): number | undefined | 'bad' => {
    const v = values[name];
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 ? n : 'bad';
  };
  const maxIncrease = budget('max-monthly-increase');
  const maxTotal = budget('max-monthly-total');
  if (maxIncrease === 'bad' || maxTotal === 'bad') {
    err.write('--max-monthly-increase and --max-monthly-total take an amount in USD\n');
    return 2;
  }
  const stackPrefix = values['stack-prefix'] ?? 'emd';
  if (!/^[a-z][a-z0-9]{0,9}$/.test(stackPrefix)) {
    err.write('--stack-prefix must be 1–10 lowercase letters and digits, starting with a letter\n');
    return 2;
  }

  const manifestPath = rest[0] ?? 'models.yaml';
  let content: Uint8Array;
  try {
    content = await readManifestFile(process.cwd(), manifestPath, { allowOutside: true });
  } catch (error) {
    const message = error instanceof ManifestFileError ? error.message : `cannot read ${manifestPath}: ${(error as Error).message}`;
    err.write(`${escapeControl(message)}\n`);
    return 2;
  }

  const online = !values.offline && hasCredentialSource();
  const { root, identity } = manifestIdentity(manifestPath);
  const baseFile = values.base;
  const baseRef = values['base-ref'];
  const outcome = await runPlan({
    manifestPath: identity,
    base: baseFile !== undefined ? () => baseFromFile(baseFile) : baseRef !== undefined ? () => baseFromRef(root, baseRef, identity) : undefined,
    content,
    stackPrefix,
    allowDestroy: values['allow-destroy'] ?? false,
    defaultRegion: values.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION,
    clients: online ? new AwsClients() : undefined,
    offlineReason: values.offline ? 'offline (--offline): deployed stacks were not read' : 'no AWS credentials found, so deployed stacks were not read',
    maxMonthlyIncrease: maxIncrease,
    maxMonthlyTotal: maxTotal
  });

  if (values.json) {
    const payload = outcome.plan
      ? { valid: true, ok: outcome.ok, failures: outcome.failures, ...planJson(outcome.plan), manifestDiagnostics: outcome.manifest.diagnostics }
      : { valid: false, ok: false, diagnostics: outcome.manifest.diagnostics };
    out.write(`${JSON.stringify(payload, null, 2)}\n`);
  } else if (outcome.plan) {
    const notes = outcome.manifest.diagnostics.length ? `${renderDiagnosticsText(outcome.manifest.diagnostics)}\n\n` : '';
    out.write(`${notes}${escapeControlLines(renderPlanText(outcome.plan, outcome.priceNote, outcome.failures))}\n`);
  } else {
    err.write(`${renderDiagnosticsText(outcome.manifest.diagnostics)}\n\n${manifestPath} is invalid; nothing was planned.\n`);
  }
  return outcome.ok ? 0 : 1;
}
