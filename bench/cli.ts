// Start-up of the CLI as a newcomer runs it: `emd-action plan examples/models.yaml --offline`
// (bin/emd-action.cjs → dist/cli) against bare `node -e 0`, both spawned in this run, alternating,
// median of 15 each. Target (issue 11): the offline plan within 2.5× bare node. Measures and prints.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const RUNS = 15;
const TARGET = 2.5;

function time(args: string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// Built at run time from the working directory (the repository root): a literal path here would
// make ncc copy the file into the bench build as an asset.
const bin = path.join(process.cwd(), ...'bin/emd-action.cjs'.split('/'));
const cases: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['emd-action --version', [bin, '--version']],
  ['emd-action plan examples/models.yaml --offline', [bin, 'plan', 'examples/models.yaml', '--offline']]
];
const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]));
for (const [, args] of cases) time(args); // warm the file cache
for (let i = 0; i < RUNS; i++) for (const [name, args] of cases) samples.get(name)!.push(time(args));

const bare = median(samples.get('node -e 0')!);
console.log(`median of ${RUNS} spawns each, alternating; ${process.version}`);
console.log('command                                            ms   × bare node');
for (const [name] of cases) {
  const ms = median(samples.get(name)!);
  console.log(`${name.padEnd(48)} ${ms.toFixed(0).padStart(5)}   ${(ms / bare).toFixed(2)}`);
}
const ratio = median(samples.get(cases[2][0])!) / bare;
console.log(`offline plan: ${ratio.toFixed(2)}× bare node (target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'NOT met'})`);
