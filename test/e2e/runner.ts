// Runs the built action exactly as a GitHub runner does: `node dist/index.js` with INPUT_*
// variables, an event payload file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and API/endpoint
// URLs pointing at loopback fakes. Returns everything the action wrote.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist', 'index.js');

export interface RunnerEvent {
  name: string;
  payload: Record<string, unknown>;
  ref: string;
  sha: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export class Workspace {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'emd-e2e-'));
  write(file: string, text: string | Uint8Array): void {
    writeFileSync(path.join(this.dir, file), text);
  }
}

export const REPOSITORY = { full_name: 'acme/models', name: 'models', owner: { login: 'acme' }, default_branch: 'main' };

/** A pull request event; `fork` puts the head in another repository, as GitHub does for forks. */
export function prEvent(number: number, sha: string, options: { fork?: boolean; title?: string; headRef?: string; body?: string } = {}): RunnerEvent {
  const headRepo = options.fork ? { full_name: 'mallory/models', name: 'models', owner: { login: 'mallory' }, fork: true } : { ...REPOSITORY, fork: false };
  return {
    name: 'pull_request',
    ref: `refs/pull/${number}/merge`,
    sha,
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        title: options.title ?? `Change models (#${number})`,
        body: options.body ?? '',
        user: { login: options.fork ? 'mallory' : 'alice' },
        head: { sha, ref: options.headRef ?? `change-${number}`, repo: headRepo },
        base: { ref: 'main', sha: '0'.repeat(40), repo: REPOSITORY }
      },
      repository: REPOSITORY,
      sender: { login: options.fork ? 'mallory' : 'alice' }
    }
  };
}

/** A pull request with a made-up head commit derived from its number. */
export function pullRequestEvent(number: number, options: { fork?: boolean; sha?: string } = {}): RunnerEvent {
  return prEvent(number, options.sha ?? `${number}`.padStart(40, 'a'), { fork: options.fork });
}

/**
 * A push to `ref` (default: the default branch, which `mode: auto` applies). `before` is the parent
 * commit; the merged pull request is found by the action through the commit's associated pulls.
 */
export function pushEvent(sha: string, options: { ref?: string; before?: string } = {}): RunnerEvent {
  const ref = options.ref ?? 'refs/heads/main';
  return {
    name: 'push',
    ref,
    sha,
    payload: {
      ref,
      before: options.before ?? '0'.repeat(40),
      after: sha,
      head_commit: { id: sha, message: 'Merge pull request' },
      repository: { full_name: 'acme/models', name: 'models', owner: { login: 'acme' }, default_branch: 'main' }
    }
  };
}

/** The environment a GitHub runner gives a JavaScript action's process (and nothing of ours). */
export function runnerEnv(o: {
  workspace: string;
  event: RunnerEvent;
  scratch: string;
  eventPath: string;
  outputPath: string;
  summaryPath: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: o.scratch,
    NODE_NO_WARNINGS: '1',
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_EVENT_NAME: o.event.name,
    GITHUB_EVENT_PATH: o.eventPath,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: o.event.sha,
    GITHUB_REF: o.event.ref,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: o.outputPath,
    GITHUB_STEP_SUMMARY: o.summaryPath,
    RUNNER_TEMP: o.scratch,
    ...o.env
  };
  for (const [name, value] of Object.entries(o.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

/** Runs the action once; `inputs` use the names from action.yml. */
export async function runAction(opts: {
  workspace: Workspace;
  event: RunnerEvent;
  inputs: Record<string, string>;
  env: Record<string, string>;
  timeoutMs?: number;
  /** Called once the child runs, e.g. to signal it as a cancelling runner does. */
  onSpawn?: (child: ChildProcess) => void;
}): Promise<RunResult> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'emd-runner-'));
  const eventPath = path.join(scratch, 'event.json');
  const outputPath = path.join(scratch, 'output');
  const summaryPath = path.join(scratch, 'summary');
  writeFileSync(eventPath, JSON.stringify(opts.event.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const env = runnerEnv({ workspace: opts.workspace.dir, event: opts.event, scratch, eventPath, outputPath, summaryPath, inputs: opts.inputs, env: opts.env });

  const child = spawn(process.execPath, [DIST], { cwd: opts.workspace.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  opts.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`action did not finish within ${opts.timeoutMs ?? 60000} ms\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 60000);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') };
}

/** GITHUB_OUTPUT uses `name<<DELIMITER` heredocs. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    out[name] = value.join('\n');
  }
  return out;
}
