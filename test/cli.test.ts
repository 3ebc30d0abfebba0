import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../src/cli.js';

function capture(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk, _enc, done) {
      stream.text += chunk.toString();
      done();
    }
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

async function cli(args: string[]) {
  const out = capture();
  const err = capture();
  const code = await main(args, out as unknown as typeof process.stdout, err as unknown as typeof process.stderr);
  return { code, out: out.text, err: err.text };
}

function file(text: string): string {
  const p = path.join(mkdtempSync(path.join(tmpdir(), 'emd-cli-')), 'models.yaml');
  writeFileSync(p, text);
  return p;
}

describe('emd-action CLI', () => {
  it('plans the example offline with costs and exits 0', async () => {
    const r = await cli(['plan', 'examples/models.yaml', '--offline']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('emd-action plan for examples/models.yaml');
    expect(r.out).toMatch(/^qwen-chat\s+create or update\s+ml\.g5\.2xlarge ×1–2\s+\$1,106–\$2,212\s+–$/m);
    expect(r.out).toMatch(/^TOTAL\s+\$[\d,]+–\$[\d,]+\s+–$/m);
    expect(r.out).toContain('EC2 on-demand prices of 2026-01-21');
  });

  it('prints JSON with --json', async () => {
    const r = await cli(['plan', 'examples/models.yaml', '--offline', '--json']);
    const json = JSON.parse(r.out);
    expect(json.valid).toBe(true);
    expect(json.live.known).toBe(false);
    expect(json.entries.map((e: { name: string }) => e.name)).toEqual(['qwen-chat', 'llama-8b', 'r1-distill', 'embeddings']);
    expect(json.totals.monthlyAfter).toBeGreaterThan(0);
  });

  it('exits 1 for an invalid manifest, naming line and field', async () => {
    const r = await cli(['plan', file('version: 1\nmodels:\n  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    region: us-east-1\n    ttl: forever\n'), '--offline']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/models\.yaml:6:10: error: models\.a\.ttl: "forever" is not a duration/);
  });

  it('exits 1 when a budget is exceeded', async () => {
    const r = await cli(['plan', 'examples/models.yaml', '--offline', '--max-monthly-total', '100']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/CAUTION\s+Budget: Monthly estimate \$[\d,.]+ at minimum scale exceeds max-monthly-total \$100\.00/);
  });

  it('exits 2 for bad usage', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['deploy'])).code).toBe(2);
    expect((await cli(['plan', '--bogus'])).code).toBe(2);
    expect((await cli(['plan', 'missing.yaml'])).code).toBe(2);
    expect((await cli(['plan', 'examples/models.yaml', '--max-monthly-total', 'lots'])).code).toBe(2);
  });

  it('prints the JSON Schema', async () => {
    const r = await cli(['schema']);
    expect(JSON.parse(r.out).title).toBe('emd-action models.yaml');
  });
});

// ---- the CLI as a newcomer runs it: bin/emd-action.cjs as a spawned process (needs dist/cli) ----

const BIN = path.resolve('bin', 'emd-action.cjs');
const PKG = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: mkdtempSync(path.join(tmpdir(), 'emd-home-')), AWS_EC2_METADATA_DISABLED: 'true', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('bin/emd-action.cjs', () => {
  it('plans offline without loading any AWS SDK code: the main bundle holds none, and no chunk is loaded', () => {
    const hook = path.join(mkdtempSync(path.join(tmpdir(), 'emd-hook-')), 'loaded.cjs');
    writeFileSync(hook, "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));\n");
    const r = run(['plan', 'examples/models.yaml', '--offline'], { NODE_OPTIONS: `--require ${hook}` });
    expect(r.code).toBe(0);
    const loaded = (JSON.parse(/^LOADED (.*)$/m.exec(r.err)![1]) as string[]).filter((f) => f.includes(`${path.sep}dist${path.sep}cli${path.sep}`));
    expect(loaded.map((f) => path.basename(f))).toEqual(['index.cjs']);
    // The SDK's clients and endpoint rules live in the lazily loaded chunks only.
    expect(readFileSync(path.join('dist', 'cli', 'index.cjs'), 'utf8')).not.toMatch(/CloudFormationClient|awsEndpointFunctions|SignatureV4/);
  });

  it('prints its version, the version of package.json', () => {
    expect(run(['--version'])).toEqual({ code: 0, out: `${PKG.version}\n`, err: '' });
  });

  it.each([[['--help']], [['help']], [['-h']]])('prints usage for %j', (args) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: emd-action <command>/);
    expect(r.out).toContain('Node.js 20 or later');
  });

  it.each([[['help', 'plan']], [['plan', '--help']], [['plan', '-h']]])('prints the plan help for %j', (args) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: emd-action plan \[manifest\] \[options\]/);
    expect(r.out).toContain('--max-monthly-total <usd>');
  });

  it('prints the schema help', () => {
    expect(run(['schema', '--help']).out).toMatch(/^Usage: emd-action schema/);
    expect(run(['help', 'schema']).out).toMatch(/^Usage: emd-action schema/);
  });

  it.each([
    [['plan', 'examples/models.yaml', '--ofline'], 'emd-action: plan: unknown option --ofline; did you mean --offline?'],
    [['plan', '--regoin', 'us-east-1'], 'emd-action: plan: unknown option --regoin; did you mean --region?'],
    [['plan', 'examples/models.yaml', '--region'], 'emd-action: plan: --region needs a value, e.g. --region us-east-1'],
    [['plna'], 'emd-action: unknown command "plna"; did you mean plan?'],
    [['deploy'], 'emd-action: unknown command "deploy"; commands are plan, schema'],
    [[], 'emd-action: missing command; try `emd-action plan models.yaml` or `emd-action --help`'],
    [['plan', 'examples/model.yaml', '--offline'], 'emd-action: examples/model.yaml: no such file; did you mean examples/models.yaml?'],
    [['plan', 'nowhere/models.yaml'], 'emd-action: nowhere/models.yaml: no such file, and its directory nowhere does not exist'],
    [['plan', 'examples', '--offline'], 'emd-action: examples is a directory; pass the manifest file in it, e.g. examples/models.yaml'],
    [['plan', '--offline', '--max-monthly-total', 'lots'], 'emd-action: plan: --max-monthly-total takes an amount in USD, e.g. --max-monthly-total 5000 (got "lots")']
  ])('answers %j with one line that says the fix', (args, line) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`${line}\n`);
  });

  it('fits 120 columns, prints each warning once, and labels without nested parentheses', () => {
    const r = run(['plan', 'examples/models.yaml', '--offline']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
    expect(r.out.match(/Llama-3\.1-8B-Instruct needs ~/g)).toHaveLength(1);
    expect(r.out.match(/plain HTTP/g)).toHaveLength(1);
    const table = lines.slice(lines.findIndex((l) => l.startsWith('DEPLOYMENT')), lines.findIndex((l) => l.startsWith('TOTAL')) + 1);
    expect(table.length).toBeGreaterThan(4);
    for (const line of table) expect(line).not.toMatch(/\([^)]*\(/);
  });

  it('speaks of its own options in errors', () => {
    const r = run(['plan', file('version: 1\nmodels:\n  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n'), '--offline']);
    expect(r.code).toBe(1);
    const flat = r.err.replace(/\s+/g, ' ');
    expect(flat).toContain('or pass --region (or set AWS_REGION)');
    expect(flat).not.toContain('aws-region input');
  });

  it('reports a missing AWS profile as that, not as missing credentials of a fork', () => {
    const config = file('[default]\nregion = us-east-1\n[profile dev]\nregion = eu-west-1\n');
    const r = run(['plan', 'examples/models.yaml'], { AWS_PROFILE: 'prod', AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: config });
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Live state not read: AWS profile "prod" (AWS_PROFILE) is not in ${config}`);
    expect(r.out).toContain('profiles there: default, dev');
    expect(r.out).not.toMatch(/fork/);
  });

  it('says where a field is mis-indented instead of only the parser message', () => {
    const r = run(['plan', file('version: 1\nmodels:\n  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    region: us-east-1\n  instance: g5.2xlarge\n'), '--offline']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('hint: is `instance` (line 6) indented under `chat`? It starts at column 3; the fields of `chat` start at column 5');
    expect(r.err.match(/^hint:/gm)).toHaveLength(1);
  });
});
