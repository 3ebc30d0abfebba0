// The CLI as users run it (`node bin/emd-action.cjs`, which loads the built dist/cli): one manifest
// identity however the path is written, every validation problem in one run, engines that cannot
// serve a model, and a plan compared with another copy of the manifest when stacks are not read.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeAws } from '../fakes/aws.js';
import { specParameterValue } from '../../src/core/live.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { ROOT } from './runner.js';

const BIN = path.join(ROOT, 'bin', 'emd-action.cjs');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  const env = { PATH: process.env.PATH ?? '', HOME: opts.cwd, AWS_EC2_METADATA_DISABLED: 'true', NODE_NO_WARNINGS: '1', ...opts.env };
  const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** A directory that is a git repository (so the CLI finds the root) holding `files`. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emd-cli-repo-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const HEAD = 'version: 1\ndefaults: { region: us-east-1 }\nmodels:\n';

describe('emd-action plan: manifest identity', () => {
  const aws = new FakeAws();
  const text = `${HEAD}  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.2xlarge\n    engine_args: { max-model-len: 8192 }\n`;
  beforeAll(async () => {
    await aws.start();
    const [spec] = loadManifest(text, { path: 'deploy/models.yaml', stackPrefix: 'emd' }).specs;
    aws.putStack('us-east-1', {
      StackName: 'emd-chat',
      StackStatus: 'CREATE_COMPLETE',
      Tags: { 'emd:managed': 'true', 'emd:deployment': 'chat', 'emd:stack-prefix': 'emd', 'emd:manifest': 'deploy/models.yaml' },
      Parameters: { DeploymentSpec: specParameterValue(spec) }
    });
  });
  afterAll(async () => aws.close());

  it('is the repository-relative path, whether the file is named absolutely or from a subdirectory', async () => {
    const dir = repo({ 'deploy/models.yaml': text });
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'emd-cli-cwd-'));
    for (const [args, cwd] of [
      [[path.join(dir, 'deploy', 'models.yaml')], elsewhere],
      [['./models.yaml'], path.join(dir, 'deploy')],
      [['deploy/models.yaml'], dir]
    ] as [string[], string][]) {
      const run = await cli(['plan', ...args, '--json'], { cwd, env: aws.env('us-east-1') });
      expect(run.stderr).toBe('');
      const json = JSON.parse(run.stdout);
      expect(json.manifest).toBe('deploy/models.yaml');
      expect(json.entries.map((e: { name: string; action: string }) => [e.name, e.action])).toEqual([['chat', 'unchanged']]);
    }
  }, 60000);
});

describe('emd-action plan: every problem in one run', () => {
  it('reports six independent mistakes (and an unknown region) with file, line and column', async () => {
    const dir = repo({
      'models.yaml': `${HEAD}  a:
    model: Qwen/Qwen2.5-7B-Instruct
    instnce: g5.2xlarge
  b:
    model: Qwen/Qwen2.5-7B-Instruct
    ttl: forever
  c:
    model: Qwen/Qwen2.5-7B-Instruct
    schedule: { up: "0 8 * * 1-5", down: "0 25 * * *" }
  d:
    model: Qwen/Qwen2.5-7B-Instruct
    schedule: { up: "0 8 * * 1-5", down: "0 18 * * 1-5", timezone: Mars/Olympus }
  e:
    model: Qwen/Qwen2.5-7B-Instruct
    instance: g5.2xlarg
  f:
    model: meta-llama/Llama-3.1-70B-Instruct
    instance: g5.xlarge
    engine_args: { max-model-len: 8192 }
  g:
    model: Qwen/Qwen2.5-7B-Instruct
    region: us-east-9
`
    });
    const run = await cli(['plan', 'models.yaml', '--offline'], { cwd: dir });
    expect(run.code).toBe(1);
    const errors = run.stderr.split('\n').filter((l) => / error: /.test(l));
    expect(errors).toEqual([
      expect.stringMatching(/^models\.yaml:6:5: error: models\.a\.instnce: unknown field \(did you mean `instance`\?\)/),
      expect.stringMatching(/^models\.yaml:9:10: error: models\.b\.ttl: "forever" is not a duration/),
      expect.stringMatching(/^models\.yaml:12:\d+: error: models\.c\.schedule\.down: "0 25 \* \* \*" is not valid 5-field cron/),
      expect.stringMatching(/^models\.yaml:15:\d+: error: models\.d\.schedule\.timezone: "Mars\/Olympus" is not an IANA time zone/),
      expect.stringMatching(/^models\.yaml:18:15: error: models\.e\.instance: "g5\.2xlarg" is not a known instance type \(did you mean g5\.2xlarge\?\)/),
      expect.stringMatching(/^models\.yaml:19:3: error: f: meta-llama\/Llama-3\.1-70B-Instruct needs ~[\d.]+ GiB/),
      expect.stringMatching(/^models\.yaml:25:13: error: models\.g\.region: "us-east-9" is not an AWS region/)
    ]);
    // The CLI wraps long messages at 120 columns; read them as one line.
    const flat = run.stderr.replace(/\n\s+/g, ' ');
    expect(flat).toMatch(/f: meta-llama\/Llama-3\.1-70B-Instruct needs ~[\d.]+ GiB .* but g5\.xlarge has/);
    expect(flat).toMatch(/"us-east-9" is not an AWS region .* \(did you mean us-east-1 or us-east-2\?\)/);
  }, 60000);
});

describe('emd-action plan: engines that cannot serve the model', () => {
  const run = (entry: string) => cli(['plan', 'models.yaml', '--offline', '--json'], { cwd: repo({ 'models.yaml': `${HEAD}  m:\n${entry}` }) });

  it("makes vLLM's default context that does not fit an error naming the largest max-model-len that fits", async () => {
    const r = await run('    model: meta-llama/Llama-3.1-8B-Instruct\n    instance: g5.xlarge\n');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.entries[0].fit.status).toBe('no-fit');
    expect(json.entries[0].fit.message).toMatch(/vLLM refuses to start; set engine_args max-model-len: \d+ \(the largest that fits\)/);
    const fits = Number(/max-model-len: (\d+)/.exec(json.entries[0].fit.message)![1]);
    // That value does fit.
    const ok = await run(`    model: meta-llama/Llama-3.1-8B-Instruct\n    instance: g5.xlarge\n    engine_args: { max-model-len: ${fits} }\n`);
    expect(JSON.parse(ok.stdout).entries[0].fit.status).not.toBe('no-fit');
  }, 60000);

  it('refuses llama.cpp with a model that is not a GGUF repository', async () => {
    const r = await run('    model: Qwen/Qwen2.5-7B-Instruct\n    engine: llama.cpp\n    service: ecs\n    instance: g5.xlarge\n');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.valid).toBe(false);
    expect(json.diagnostics[0].message).toContain('llama.cpp serves GGUF files, and Qwen/Qwen2.5-7B-Instruct is not a GGUF repository');
  }, 60000);

  it('refuses TGI for an embedding model and routes it to the pooling runner on vLLM', async () => {
    const tgi = await run('    model: BAAI/bge-m3\n    engine: tgi\n    instance: g5.xlarge\n');
    expect(tgi.code).toBe(1);
    expect(JSON.parse(tgi.stdout).diagnostics[0].message).toContain('BAAI/bge-m3 is an embedding model; TGI serves text generation only');
    const vllm = await run('    model: Qwen/Qwen3-Embedding-0.6B\n    instance: g5.xlarge\n');
    expect(vllm.code).toBe(0);
    expect(JSON.parse(vllm.stdout).entries[0].desired.engine_args).toEqual({ runner: 'pooling' });
    const old = await run('    model: Qwen/Qwen3-Embedding-0.6B\n    engine_version: 0.9.2\n    instance: g5.xlarge\n');
    expect(JSON.parse(old.stdout).entries[0].desired.engine_args).toEqual({ task: 'embed' });
  }, 60000);

  it('does not tell an AWQ model that does not fit to try quantization', async () => {
    const r = await run('    model: Qwen/Qwen2.5-72B-Instruct-AWQ\n    instance: g5.xlarge\n    engine_args: { max-model-len: 4096 }\n');
    const json = JSON.parse(r.stdout);
    expect(json.entries[0].fit.status).toBe('no-fit');
    expect(json.entries[0].fit.message).not.toContain('quantization');
    expect(json.entries[0].fit.message).toContain('the weights are already');
  }, 60000);
});

describe('emd-action plan: compared with another copy of the manifest', () => {
  const base = `${HEAD}  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.2xlarge\n    engine_args: { max-model-len: 8192 }\n`;
  const head = `${base}  b:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instance: g5.xlarge\n`;

  it('--base <file> shows what changed and its cost delta', async () => {
    const dir = repo({ 'models.yaml': head, 'old.yaml': base });
    const r = await cli(['plan', 'models.yaml', '--offline', '--base', 'old.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.baseline).toMatchObject({ kind: 'base-branch', source: '--base old.yaml', deployments: 1 });
    expect(json.entries.map((e: { name: string; action: string }) => [e.name, e.action])).toEqual([
      ['a', 'unchanged'],
      ['b', 'create']
    ]);
    expect(json.hasChanges).toBe(true);
    expect(json.totals.monthlyDelta).toBeCloseTo(json.entries[1].cost.monthlyMin, 2);
    const text = await cli(['plan', 'models.yaml', '--offline', '--base', 'old.yaml'], { cwd: dir });
    expect(text.stdout.replace(/\s+/g, ' ')).toContain("Live stacks not read (--offline was given, so deployed stacks were not read); compared with the base branch's manifest (--base old.yaml) instead");
  }, 60000);

  it('--base-ref <ref> reads the manifest at that git ref', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emd-cli-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    writeFileSync(path.join(dir, 'models.yaml'), base);
    git('add', 'models.yaml');
    git('commit', '-q', '-m', 'base');
    writeFileSync(path.join(dir, 'models.yaml'), head);
    const r = await cli(['plan', 'models.yaml', '--offline', '--base-ref', 'main', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.entries.map((e: { action: string }) => e.action)).toEqual(['unchanged', 'create']);
  }, 60000);
});
