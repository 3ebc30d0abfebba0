// The built action, measured as the runner runs it: `node dist/index.js` spawned with INPUT_*
// variables, an event file and loopback fakes started in this process.
//
// - plan (pull_request event) at 10, 100 and 1,000 deployments: wall time and AWS calls by action,
//   counted from the fake's request log (faults none, so every call is one request). Each size is
//   run EMD_BENCH_RUNS times (default 5) and the median wall time is shown with the fastest and
//   slowest: the same build on these 2-core machines measures up to a quarter slower from one
//   minute to the next, so one run says little;
// - live prices and quota preflight: plans of 10 to 1,000 new deployments spread over 1 or 6
//   distinct (region, service, instance type) pairs, to show the Price List, spot and Service Quotas
//   calls grow with the pairs, not with the deployments;
// - apply (push to the default branch, the merged pull request found by its merge commit) of 1, 4
//   and 16 new deployments at max-parallel 4, each pipeline execution taking a fixed time: wall
//   time, and that time in rounds of the single-deployment apply (ideal: ceil(n / 4));
// - peak memory of each child: the maximum resident set size of the node process, from GNU time
//   (`/usr/bin/time -f %M`) when it is installed, else the VmHWM high-water mark read from
//   /proc/<pid>/status every 10 ms (the last read before exit, so it can miss growth in the last
//   few milliseconds). RSS counts the whole process: Node itself (about 40–50 MB) and the bundle.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakes, manifestText, MODEL, REGION, specOf, TOKEN, type Fakes } from '../test/e2e/fault-fakes.js';
import { runnerEnv, type RunnerEvent } from '../test/e2e/runner.js';
import { setQuota } from '../test/fakes/aws/servicequotas.js';
import { ec2InstanceProduct, putProduct, sageMakerHostingProduct } from '../test/fakes/aws/pricing.js';
import { putSpotPrice } from '../test/fakes/aws/ec2.js';

const DIST = path.resolve('dist', 'index.js');
const PLAN_SIZES = [10, 100, 1000];
const APPLY_SIZES = [1, 4, 16];
const MAX_PARALLEL = 4;
/** Each pipeline execution: Source 0, Build and Deploy half each. */
const EXECUTION_MS = 2000;
const UNMANAGED = 50;
/** Runs of each plan size; the table shows the median and the range. */
const PLAN_RUNS = Math.max(1, Number(process.env.EMD_BENCH_RUNS ?? 5) || 5);

interface ChildRun {
  code: number | null;
  ms: number;
  /** Peak resident set size in KiB, or undefined when it could not be measured. */
  peakKiB?: number;
  stdout: string;
  stderr: string;
  outputs: string;
}

const GNU_TIME = (() => {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = path.join(mkdtempSync(path.join(tmpdir(), 'emd-bench-')), 'probe');
  const ok = spawnSync('/usr/bin/time', ['-f', '%M', '-o', probe, 'true']).status === 0 && /^\d+/.test(readFileSync(probe, 'utf8'));
  rmSync(path.dirname(probe), { recursive: true, force: true });
  return ok;
})();
const MEMORY_METHOD = GNU_TIME ? 'GNU time %M (max RSS of the node process)' : '/proc/<pid>/status VmHWM polled every 10 ms';

function readHwm(pid: number): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Spawns the action once with the runner's environment; resolves when it exits. */
async function runDist(opts: { manifest: string; text: string; event: { name: string; ref: string; sha: string; payload: unknown }; inputs: Record<string, string>; env: Record<string, string> }): Promise<ChildRun> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'emd-bench-'));
  const workspace = path.join(scratch, 'ws');
  mkdirSync(workspace);
  writeFileSync(path.join(workspace, opts.manifest), opts.text);
  const files = { event: path.join(scratch, 'event.json'), output: path.join(scratch, 'output'), summary: path.join(scratch, 'summary'), time: path.join(scratch, 'time') };
  writeFileSync(files.event, JSON.stringify(opts.event.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env = runnerEnv({ workspace, event: opts.event as RunnerEvent, scratch, eventPath: files.event, outputPath: files.output, summaryPath: files.summary, inputs: opts.inputs, env: opts.env });

  const [command, args] = GNU_TIME ? ['/usr/bin/time', ['-f', '%M', '-o', files.time, process.execPath, DIST]] : [process.execPath, [DIST]];
  const started = performance.now();
  const child = spawn(command, args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let hwm: number | undefined;
  const poll = GNU_TIME ? undefined : setInterval(() => (hwm = readHwm(child.pid!) ?? hwm), 10);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  if (poll) clearInterval(poll);
  const peakKiB = GNU_TIME ? Number(/^(\d+)/m.exec(readFileSync(files.time, 'utf8'))?.[1]) || undefined : hwm;
  const run = { code, ms, peakKiB, stdout, stderr, outputs: readFileSync(files.output, 'utf8') };
  rmSync(scratch, { recursive: true, force: true });
  return run;
}

function pullRequestEvent(number: number, sha: string) {
  return {
    name: 'pull_request',
    ref: `refs/pull/${number}/merge`,
    sha,
    payload: {
      action: 'synchronize',
      number,
      pull_request: { number, head: { sha, ref: 'feature', repo: { full_name: 'acme/models', fork: false } }, base: { ref: 'main', repo: { full_name: 'acme/models' } } },
      repository: { full_name: 'acme/models', name: 'models', owner: { login: 'acme' }, default_branch: 'main' }
    }
  };
}

function pushEvent(sha: string) {
  return {
    name: 'push',
    ref: 'refs/heads/main',
    sha,
    payload: { ref: 'refs/heads/main', after: sha, repository: { full_name: 'acme/models', name: 'models', owner: { login: 'acme' }, default_branch: 'main' } }
  };
}

function fleet(n: number): string {
  const models: Record<string, string> = {};
  for (let i = 0; i < n; i++) models[`m${i}`] = `model: ${MODEL}\nscaling: { min: 1, max: ${1 + (i % 3)} }`;
  return manifestText(models);
}

function fail(what: string, run: ChildRun): never {
  throw new Error(`${what}: exit ${run.code}\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`);
}

const mb = (kib: number | undefined) => (kib === undefined ? 'n/a' : (kib / 1024).toFixed(1));
const pad = (v: string | number, w: number) => String(v).padStart(w);

interface MemoryRow {
  run: string;
  peakKiB?: number;
  /** AWS requests of this run by `service:Action`. */
  calls: Record<string, number>;
}

function callsByAction(f: Fakes): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of f.aws.log) out[c.key] = (out[c.key] ?? 0) + 1;
  return out;
}

async function benchPlan(memory: MemoryRow[]): Promise<void> {
  console.log(`\nplan: pull_request event, comment on; half the deployments exist (one in ten of those differs), plus ${UNMANAGED} unmanaged stacks; DescribeStacks page size 100`);
  console.log(`wall ms: median of ${PLAN_RUNS} runs (fastest–slowest); calls: each run (a run that differed would be shown as a range)`);
  console.log(`${'deployments'.padStart(11)}  ${'wall ms'.padStart(7)}  ${'range'.padStart(11)}  ${'DescribeStacks'.padStart(14)}  ${'ListObjectsV2'.padStart(13)}  ${'other AWS'.padStart(9)}  ${'AWS calls'.padStart(9)}  ${'GitHub calls'.padStart(12)}  ${'comment chars'.padStart(13)}`);
  for (const n of PLAN_SIZES) {
    const f = await startFakes();
    try {
      const text = fleet(n);
      for (let i = 0; i < Math.floor(n / 2); i++) {
        const spec = specOf(text, `m${i}`, 'models.yaml');
        f.seedDeployed(i % 10 === 0 ? { ...spec, scaling: { min: 1, max: 9 } } : spec, 'models.yaml');
      }
      for (let i = 0; i < UNMANAGED; i++) f.aws.putStack(REGION, { StackName: `other-${i}`, StackStatus: 'CREATE_COMPLETE' });
      const runs: { ms: number; peakKiB?: number; counts: number[]; calls: Record<string, number> }[] = [];
      for (let r = 0; r < PLAN_RUNS; r++) {
        f.aws.resetLog();
        const github = f.gh.requests.length;
        // A pull request of its own each run, so every run creates its comment: the same calls.
        const pr = 7 + r;
        const run = await runDist({ manifest: 'models.yaml', text, event: pullRequestEvent(pr, 'a'.repeat(40)), inputs: { manifest: 'models.yaml', 'github-token': TOKEN }, env: f.env });
        if (run.code !== 0 || !run.outputs.includes('has-changes')) fail(`plan of ${n}`, run);
        const describe = f.aws.calls('cloudformation:DescribeStacks');
        const list = f.aws.calls('s3:ListObjectsV2');
        const total = f.aws.log.length;
        const comment = f.gh.commentsOn('acme', 'models', pr)[0]?.body.length ?? 0;
        runs.push({ ms: run.ms, peakKiB: run.peakKiB, counts: [describe, list, total - describe - list, total, f.gh.requests.length - github, comment], calls: callsByAction(f) });
      }
      const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
      const median = ms.length % 2 ? ms[(ms.length - 1) / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
      const column = (i: number) => {
        const values = runs.map((r) => r.counts[i]);
        const [lo, hi] = [Math.min(...values), Math.max(...values)];
        return lo === hi ? String(lo) : `${lo}–${hi}`;
      };
      const range = `${ms[0].toFixed(0)}–${ms[ms.length - 1].toFixed(0)}`;
      console.log(
        `${pad(n, 11)}  ${pad(median.toFixed(0), 7)}  ${pad(range, 11)}  ${pad(column(0), 14)}  ${pad(column(1), 13)}  ${pad(column(2), 9)}  ${pad(column(3), 9)}  ${pad(column(4), 12)}  ${pad(column(5), 13)}`
      );
      const peak = Math.max(...runs.map((r) => r.peakKiB ?? 0));
      memory.push({ run: `plan, ${n} deployments`, peakKiB: peak || undefined, calls: runs[runs.length - 1].calls });
    } finally {
      await f.close();
    }
  }
}

async function benchApply(memory: MemoryRow[]): Promise<void> {
  console.log(
    `\napply: push to main, merged pull request; n new deployments, max-parallel ${MAX_PARALLEL}, each execution ${EXECUTION_MS} ms (build ${EXECUTION_MS / 2}, deploy ${EXECUTION_MS / 2}); smoke test on (local OpenAI server); the action's own polls (first after 5 s)`
  );
  console.log(`${'changes'.padStart(7)}  ${'wall ms'.padStart(7)}  ${'rounds (÷ 1 change)'.padStart(19)}  ${'ideal'.padStart(5)}  ${'executions'.padStart(10)}  ${'AWS calls'.padStart(9)}  ${'per change'.padStart(10)}  ${'GitHub calls'.padStart(12)}`);
  let single = 0;
  for (const n of APPLY_SIZES) {
    const f: Fakes = await startFakes({ sourceMs: 0, buildMs: EXECUTION_MS / 2, deployMs: EXECUTION_MS / 2 });
    try {
      const text = manifestText(Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}`, `model: ${MODEL}`])));
      const sha = `${n}`.padStart(40, 'c');
      f.mergedPullRequest(9, sha);
      f.aws.resetLog();
      const run = await runDist({
        manifest: 'models.yaml',
        text,
        event: pushEvent(sha),
        inputs: { manifest: 'models.yaml', 'github-token': TOKEN, 'max-parallel': String(MAX_PARALLEL) },
        env: f.env
      });
      if (run.code !== 0 || !run.stdout.includes(`${n} to apply`)) fail(`apply of ${n}`, run);
      const executions = f.pipes.executions(REGION).filter((e) => e.status === 'Succeeded').length;
      if (executions !== n) fail(`apply of ${n}: ${executions} executions succeeded`, run);
      single ||= run.ms;
      const total = f.aws.log.length;
      console.log(
        `${pad(n, 7)}  ${pad(run.ms.toFixed(0), 7)}  ${pad((run.ms / single).toFixed(2), 19)}  ${pad(Math.ceil(n / MAX_PARALLEL), 5)}  ${pad(executions, 10)}  ${pad(total, 9)}  ${pad((total / n).toFixed(1), 10)}  ${pad(f.gh.requests.length, 12)}`
      );
      memory.push({ run: `apply, ${n} change${n === 1 ? '' : 's'}`, peakKiB: run.peakKiB, calls: callsByAction(f) });
    } finally {
      await f.close();
    }
  }
}

/** (region, service, instance, spot) pairs the live-price scenario spreads deployments over. */
const PAIRS = [
  { region: 'eu-west-1', service: 'ecs', instance: 'g5.xlarge', spot: false },
  { region: 'eu-west-1', service: 'sagemaker', instance: 'g5.2xlarge', spot: false },
  { region: 'us-east-1', service: 'ecs', instance: 'g5.xlarge', spot: false },
  { region: 'us-east-1', service: 'ecs', instance: 'g6.xlarge', spot: true },
  { region: 'us-west-2', service: 'sagemaker', instance: 'g5.4xlarge', spot: false },
  { region: 'eu-west-1', service: 'ecs', instance: 'g6e.xlarge', spot: false }
] as const;
const PRICE_RUNS: [number, number][] = [
  [10, 1],
  [100, 1],
  [1000, 1],
  [10, 6],
  [100, 6],
  [1000, 6]
];
const PRICE_ACTIONS = [
  'pricing:GetProducts',
  'ec2:DescribeSpotPriceHistory',
  'servicequotas:GetServiceQuota',
  'servicequotas:ListAWSDefaultServiceQuotas',
  'ec2:DescribeInstances',
  'sagemaker:ListEndpoints'
];

async function benchPrices(memory: MemoryRow[]): Promise<void> {
  console.log('\nlive prices and quota preflight: n new deployments over p distinct (region, service, instance type) pairs; every quota seeded with room');
  console.log(`${'deployments'.padStart(11)}  ${'pairs'.padStart(5)}  ${'wall ms'.padStart(7)}  ${PRICE_ACTIONS.map((a) => a.split(':')[1].padStart(Math.max(a.split(':')[1].length, 6))).join('  ')}`);
  for (const [n, p] of PRICE_RUNS) {
    const f = await startFakes();
    try {
      for (const pair of PAIRS) {
        putProduct(f.aws.store, pair.service === 'sagemaker' ? sageMakerHostingProduct(pair.region, pair.instance, 2) : ec2InstanceProduct(pair.region, pair.instance, 1));
        if (pair.spot) putSpotPrice(f.aws.store, pair.region, { zone: `${pair.region}a`, type: pair.instance, usd: 0.4, at: new Date(Date.now() - 3600_000) });
      }
      for (const region of ['eu-west-1', 'us-east-1', 'us-west-2']) {
        for (const [code, name] of [
          ['L-DB2E81BA', 'Running On-Demand G and VT instances'],
          ['L-3819A6DF', 'All G and VT Spot Instance Requests']
        ]) setQuota(f.aws.store, region, { serviceCode: 'ec2', code, name, value: 1_000_000 });
        setQuota(f.aws.store, region, { serviceCode: 'sagemaker', code: 'L-9614C779', name: 'ml.g5.2xlarge for endpoint usage', value: 1_000_000 });
        setQuota(f.aws.store, region, { serviceCode: 'sagemaker', code: 'L-C1B9A48D', name: 'ml.g5.4xlarge for endpoint usage', value: 1_000_000 });
      }
      const models: Record<string, string> = {};
      for (let i = 0; i < n; i++) {
        const pair = PAIRS[i % p];
        models[`m${i}`] = `model: ${MODEL}\nregion: ${pair.region}\nservice: ${pair.service}\ninstance: ${pair.instance}\nspot: ${pair.spot}\nscaling: { min: 1, max: 1 }`;
      }
      f.aws.resetLog();
      const run = await runDist({ manifest: 'models.yaml', text: manifestText(models), event: pullRequestEvent(7, 'b'.repeat(40)), inputs: { manifest: 'models.yaml', 'github-token': TOKEN }, env: f.env });
      if (run.code !== 0 || !run.outputs.includes('has-changes')) fail(`priced plan of ${n} over ${p} pairs`, run);
      console.log(`${pad(n, 11)}  ${pad(p, 5)}  ${pad(run.ms.toFixed(0), 7)}  ${PRICE_ACTIONS.map((a) => pad(f.aws.calls(a), Math.max(a.split(':')[1].length, 6))).join('  ')}`);
      memory.push({ run: `prices ${n}/${p} pairs`, peakKiB: run.peakKiB, calls: callsByAction(f) });
    } finally {
      await f.close();
    }
  }
}

async function main(): Promise<void> {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run package first`);
  console.log(`node ${process.version}, ${path.relative(process.cwd(), DIST)} spawned as the runner runs it, fakes on loopback in this process`);
  const memory: MemoryRow[] = [];
  // EMD_BENCH_SCENARIOS=prices (comma-separated: plan, prices, apply) runs a subset; default all.
  const only = new Set((process.env.EMD_BENCH_SCENARIOS ?? 'plan,prices,apply').split(',').map((s) => s.trim()));
  if (only.has('plan')) await benchPlan(memory);
  if (only.has('prices')) await benchPrices(memory);
  if (only.has('apply')) await benchApply(memory);
  const keys = [...new Set(memory.flatMap((r) => Object.keys(r.calls)))].sort();
  const heads = memory.map((r) => r.run.replace(/ deployments| changes?| pairs/, '').replace(', ', ' '));
  console.log('\nAWS calls by API action, each run of the action (plan columns: deployments, prices columns: deployments/pairs, apply columns: changes)');
  const widths = heads.map((h) => Math.max(11, h.length + 2));
  console.log(`${'API action'.padEnd(40)}${heads.map((h, i) => pad(h, widths[i])).join('')}`);
  for (const key of keys) console.log(`${key.padEnd(40)}${memory.map((r, i) => pad(r.calls[key] ?? 0, widths[i])).join('')}`);
  console.log(`\npeak memory of the action's process: ${MEMORY_METHOD}`);
  console.log(`${'run'.padEnd(24)}  ${'peak RSS MiB'.padStart(12)}`);
  for (const row of memory) console.log(`${row.run.padEnd(24)}  ${pad(mb(row.peakKiB), 12)}`);
}

await main();
