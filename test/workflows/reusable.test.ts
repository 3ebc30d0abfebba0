// The reusable workflow (.github/workflows/models.yml) against the action (action.yml): every
// input reaches the action under its own name, the job asks for no more than it needs, the
// concurrency groups and the environment follow the mode, and pull requests from forks never
// get AWS credentials. Expressions are evaluated (./expr.ts) against made-up events.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evalIf, evalTemplate, toStr, type Contexts, type Value } from './expr.js';
import { readYaml, type Yaml } from './lint.js';

const action = readYaml('action.yml');
const workflow = readYaml('.github/workflows/models.yml');
const call = workflow.on.workflow_call;
const wfInputs: Record<string, Yaml> = call.inputs;
const actionInputs: Record<string, Yaml> = action.inputs;
const job = workflow.jobs.models;
const stepList: Yaml[] = job.steps;
const actionStep = stepList.find((s) => s.uses === './.emd-action');
const awsStep = stepList.find((s) => typeof s.uses === 'string' && s.uses.startsWith('aws-actions/configure-aws-credentials@'));
const checkStep = stepList.find((s) => s.id === 'check');

/** Action inputs the reusable workflow does not take as inputs, and why. */
const ACTION_ONLY: Record<string, string> = {
  'github-token': 'a token is a secret: it comes in as the optional `token` secret (default: the automatic token)',
  'bootstrap-github-oidc': 'bootstrap is a one-time setup that creates the very role this workflow assumes; run it with the action directly (docs/workflows.md)',
  'bootstrap-oidc-subjects': 'same as bootstrap-github-oidc',
  'bootstrap-oidc-environment': 'same as bootstrap-github-oidc'
};

/** Workflow inputs that are not action inputs, and what they are for. */
const WORKFLOW_ONLY: Record<string, string> = {
  'role-to-assume': 'configure-aws-credentials',
  'plan-role-to-assume': 'configure-aws-credentials, on pull_request events',
  'role-duration-seconds': 'configure-aws-credentials',
  'runs-on': 'the job runner',
  environment: 'the job environment of apply runs'
};

// ---------------------------------------------------------------------------------------------
// Made-up runs

const REPO = 'acme/models';

interface Run {
  event: string;
  inputs?: Record<string, Value>;
  ref?: string;
  actor?: string;
  /** For pull_request: the head repository, null for a deleted fork. */
  head?: string | null;
  pr?: number;
  secrets?: Record<string, string>;
  jobContext?: Record<string, Value>;
}

function contexts(run: Run): Contexts {
  const inputs: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(wfInputs)) inputs[name] = spec.default ?? (spec.type === 'boolean' ? false : '');
  Object.assign(inputs, run.inputs ?? {});
  const event: Record<string, Value> = { repository: { full_name: REPO, default_branch: 'main' } };
  if (run.event.startsWith('pull_request')) {
    event.pull_request = {
      number: run.pr ?? 7,
      head: { repo: run.head === null ? null : { full_name: run.head ?? REPO, fork: (run.head ?? REPO) !== REPO } }
    };
  }
  const github: Record<string, Value> = {
    event_name: run.event,
    repository: REPO,
    ref: run.ref ?? (run.event.startsWith('pull_request') ? `refs/pull/${run.pr ?? 7}/merge` : 'refs/heads/main'),
    actor: run.actor ?? 'octocat',
    event,
    run_id: '1001',
    run_attempt: '1',
    token: 'ghs_automatic'
  };
  const ctx: Contexts = {
    github,
    inputs,
    vars: {},
    secrets: run.secrets ?? {},
    job: run.jobContext ?? { workflow_repository: 'your-org/emd-action', workflow_sha: 'a'.repeat(40), status: 'success' },
    steps: { check: { outputs: { 'role-duration-seconds': '3600' } } },
    runner: { os: 'Linux' }
  };
  const env: Record<string, Value> = {};
  for (const [k, v] of Object.entries<Yaml>(job.env ?? {})) env[k] = toStr(evalTemplate(v, ctx));
  ctx.env = env;
  return ctx;
}

const groupOf = (run: Run) => evalTemplate(job.concurrency.group, contexts(run));
const cancelOf = (run: Run) => evalTemplate(job.concurrency['cancel-in-progress'], contexts(run));
const environmentOf = (run: Run) => toStr(evalTemplate(job.environment, contexts(run)));
const getsAwsCredentials = (run: Run) => evalIf(awsStep.if, contexts(run));
const assumedRole = (run: Run) => toStr(evalTemplate(awsStep.with['role-to-assume'], contexts(run)));
const actionWith = (run: Run) =>
  Object.fromEntries(Object.entries<Yaml>(actionStep.with).map(([k, v]) => [k, toStr(evalTemplate(v, contexts(run)))]));

const SAME_REPO_PR: Run = { event: 'pull_request', inputs: { 'role-to-assume': 'arn:aws:iam::123456789012:role/r', 'aws-region': 'us-east-1' } };
const FORK_PR: Run = { ...SAME_REPO_PR, head: 'mallory/models' };
const DELETED_FORK_PR: Run = { ...SAME_REPO_PR, head: null };
const DEPENDABOT_PR: Run = { ...SAME_REPO_PR, actor: 'dependabot[bot]' };
const PUSH_MAIN: Run = { event: 'push', inputs: SAME_REPO_PR.inputs };
const PUSH_BRANCH: Run = { ...PUSH_MAIN, ref: 'refs/heads/feature' };
const SCHEDULE: Run = { event: 'schedule', inputs: SAME_REPO_PR.inputs };
const dispatch = (mode: string): Run => ({ event: 'workflow_dispatch', inputs: { ...SAME_REPO_PR.inputs, mode } });
const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/r';
const PLAN_ROLE = 'arn:aws:iam::123456789012:role/plan';
const withPlanRole = (run: Run): Run => ({ ...run, inputs: { ...run.inputs, 'plan-role-to-assume': PLAN_ROLE } });

// ---------------------------------------------------------------------------------------------

describe('models.yml inputs and the action', () => {
  it('is a reusable workflow only', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
  });

  it('every action input is a workflow input, or a listed exception', () => {
    const missing = Object.keys(actionInputs).filter((n) => !(n in wfInputs) && !(n in ACTION_ONLY));
    expect(missing).toEqual([]);
    // An exception must name a real action input that is really not exposed.
    for (const n of Object.keys(ACTION_ONLY)) {
      expect(actionInputs).toHaveProperty([n]);
      expect(wfInputs).not.toHaveProperty([n]);
    }
  });

  it('every workflow input is an action input, or a listed workflow-only input', () => {
    const unknown = Object.keys(wfInputs).filter((n) => !(n in actionInputs) && !(n in WORKFLOW_ONLY));
    expect(unknown).toEqual([]);
    for (const n of Object.keys(WORKFLOW_ONLY)) {
      expect(wfInputs).toHaveProperty([n]);
      expect(actionInputs).not.toHaveProperty([n]);
    }
  });

  it('passes every shared input to the action under the same name, from that input', () => {
    expect(actionStep).toBeDefined();
    const w: Record<string, string> = actionStep.with;
    for (const name of Object.keys(wfInputs).filter((n) => n in actionInputs)) {
      expect([name, w[name]]).toEqual([name, expect.stringContaining(`inputs.${name}`)]);
    }
    // Nothing else, and nothing the action does not declare (actionlint cannot see a local action).
    const expected = [...Object.keys(wfInputs).filter((n) => n in actionInputs), 'github-token'].sort();
    expect(Object.keys(w).sort()).toEqual(expected);
    expect(w['github-token']).toMatch(/secrets\.token/);
  });

  it('has the action defaults, so leaving an input out means the same as with the action', () => {
    for (const [name, spec] of Object.entries(wfInputs)) {
      if (!(name in actionInputs)) continue;
      expect([name, String(spec.default)]).toEqual([name, String(actionInputs[name].default)]);
    }
  });

  it('gives every input and output a description and a valid type', () => {
    for (const [name, spec] of Object.entries(wfInputs)) {
      expect([name, typeof spec.description]).toEqual([name, 'string']);
      expect(['string', 'boolean', 'number']).toContain(spec.type);
      expect([name, spec.required ?? false]).toEqual([name, false]);
    }
    expect(call.secrets.token.required).toBe(false);
  });

  it('passes every action output up as a workflow output', () => {
    // A path on the job's own runner means nothing to the caller's other jobs.
    const runnerLocal = new Set(['plan-file']);
    const passed = Object.keys(action.outputs).filter((name) => !runnerLocal.has(name));
    expect(Object.keys(call.outputs).sort()).toEqual(passed.sort());
    for (const name of passed) {
      expect(call.outputs[name].value).toBe(`\${{ jobs.models.outputs.${name} }}`);
      expect(job.outputs[name]).toBe(`\${{ steps.emd.outputs.${name} }}`);
    }
  });

  it('evaluates the action inputs to what the action expects', () => {
    const w = actionWith({ event: 'push', inputs: { 'allow-destroy': true, 'max-parallel': 2, 'prune-images': '30' } });
    expect(w).toMatchObject({ mode: 'auto', manifest: 'models.yaml', 'allow-destroy': 'true', 'max-parallel': '2', 'prune-images': '30', 'dry-run': 'false', 'timeout-minutes': '90' });
    expect(w['github-token']).toBe('ghs_automatic');
    expect(actionWith({ event: 'schedule', secrets: { token: 'ghp_fleet' } })['github-token']).toBe('ghp_fleet');
  });
});

describe('models.yml runs the action from its own commit', () => {
  it('checks out job.workflow_repository at job.workflow_sha into .emd-action, after the repository', () => {
    const first = stepList.findIndex((s) => typeof s.uses === 'string' && s.uses.startsWith('actions/checkout@') && !s.with?.repository);
    const self = stepList.findIndex((s) => s.with?.path === '.emd-action');
    const run = stepList.indexOf(actionStep);
    expect(first).toBeGreaterThanOrEqual(0);
    // The repository checkout cleans the workspace, so it has to come first.
    expect(first).toBeLessThan(self);
    expect(self).toBeLessThan(run);
    const s = stepList[self];
    expect(s.uses).toMatch(/^actions\/checkout@[0-9a-f]{40}$/);
    expect(s.with).toMatchObject({
      repository: '${{ job.workflow_repository }}',
      ref: '${{ job.workflow_sha }}',
      path: '.emd-action',
      'persist-credentials': false
    });
  });

  it('never persists a token in either checkout', () => {
    for (const s of stepList.filter((x) => String(x.uses).startsWith('actions/checkout@'))) {
      expect(s.with['persist-credentials']).toBe(false);
    }
  });
});

describe('models.yml permissions', () => {
  it('asks for contents: read, pull-requests: write, id-token: write and nothing else', () => {
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'id-token': 'write' });
  });

  it('grants nothing broader at workflow level', () => {
    const top = workflow.permissions;
    expect(top === undefined || (typeof top === 'object' && Object.keys(top).length === 0)).toBe(true);
    const text = readFileSync('.github/workflows/models.yml', 'utf8');
    expect(text).not.toMatch(/write-all|read-all|contents:\s*write/);
  });
});

describe('models.yml concurrency', () => {
  it('plans: one group per pull request and manifest, cancelled by a newer push', () => {
    expect(groupOf(SAME_REPO_PR)).toBe('emd-plan-7-models.yaml');
    expect(groupOf({ ...SAME_REPO_PR, pr: 8 })).toBe('emd-plan-8-models.yaml');
    expect(groupOf({ ...SAME_REPO_PR, inputs: { manifest: 'other/models.yaml' } })).toBe('emd-plan-7-other/models.yaml');
    expect(groupOf(FORK_PR)).toBe('emd-plan-7-models.yaml');
    expect(cancelOf(SAME_REPO_PR)).toBe(true);
    expect(cancelOf(FORK_PR)).toBe(true);
  });

  it('plans outside pull requests: per ref, cancelled too', () => {
    expect(groupOf(PUSH_BRANCH)).toBe('emd-plan-refs/heads/feature-models.yaml');
    expect(cancelOf(PUSH_BRANCH)).toBe(true);
    expect(groupOf(dispatch('plan'))).toBe('emd-plan-refs/heads/main-models.yaml');
    expect(cancelOf(dispatch('plan'))).toBe(true);
  });

  it('apply: one group per manifest, never cancelled', () => {
    expect(groupOf(PUSH_MAIN)).toBe('emd-apply-models.yaml');
    expect(groupOf(dispatch('apply'))).toBe('emd-apply-models.yaml');
    expect(groupOf(dispatch('bootstrap'))).toBe('emd-apply-models.yaml');
    expect(groupOf({ ...PUSH_MAIN, inputs: { manifest: 'b.yaml' } })).toBe('emd-apply-b.yaml');
    expect(cancelOf(PUSH_MAIN)).toBe(false);
    expect(cancelOf(dispatch('apply'))).toBe(false);
  });

  it('teardown: one group per manifest, never cancelled, apart from apply', () => {
    expect(groupOf(SCHEDULE)).toBe('emd-teardown-models.yaml');
    expect(groupOf(dispatch('teardown'))).toBe('emd-teardown-models.yaml');
    expect(groupOf(dispatch('auto'))).toBe('emd-teardown-models.yaml');
    expect(cancelOf(SCHEDULE)).toBe(false);
    // A pending apply is never replaced by the hourly teardown.
    expect(groupOf(SCHEDULE)).not.toBe(groupOf(PUSH_MAIN));
  });
});

describe('models.yml environment', () => {
  const withEnv = (run: Run): Run => ({ ...run, inputs: { ...run.inputs, environment: 'production' } });

  it('is used by apply runs only', () => {
    expect(environmentOf(withEnv(PUSH_MAIN))).toBe('production');
    expect(environmentOf(withEnv(dispatch('apply')))).toBe('production');
    expect(environmentOf(withEnv(SAME_REPO_PR))).toBe('');
    expect(environmentOf(withEnv(PUSH_BRANCH))).toBe('');
    expect(environmentOf(withEnv(SCHEDULE))).toBe('');
    expect(environmentOf(withEnv(dispatch('teardown')))).toBe('');
    expect(environmentOf(PUSH_MAIN)).toBe('');
  });
});

describe('models.yml AWS credentials', () => {
  it('are configured through OIDC from the inputs', () => {
    expect(awsStep.uses).toMatch(/^aws-actions\/configure-aws-credentials@[0-9a-f]{40}$/);
    expect(awsStep.with['role-to-assume']).toBe("${{ github.event_name == 'pull_request' && inputs.plan-role-to-assume || inputs.role-to-assume }}");
    expect(awsStep.with['aws-region']).toBe('${{ inputs.aws-region }}');
    expect(awsStep.with).not.toHaveProperty(['aws-access-key-id']);
  });

  it('are configured for pull requests from this repository, pushes, schedules and dispatches', () => {
    expect(getsAwsCredentials(SAME_REPO_PR)).toBe(true);
    expect(getsAwsCredentials(PUSH_MAIN)).toBe(true);
    expect(getsAwsCredentials(SCHEDULE)).toBe(true);
    expect(getsAwsCredentials(dispatch('apply'))).toBe(true);
  });

  it('are skipped for pull requests from forks, deleted forks and Dependabot', () => {
    expect(getsAwsCredentials(FORK_PR)).toBe(false);
    expect(getsAwsCredentials(DELETED_FORK_PR)).toBe(false);
    expect(getsAwsCredentials(DEPENDABOT_PR)).toBe(false);
    expect(getsAwsCredentials({ ...FORK_PR, event: 'pull_request_target' })).toBe(false);
  });

  it('are skipped without a role', () => {
    expect(getsAwsCredentials({ event: 'pull_request' })).toBe(false);
    expect(getsAwsCredentials({ event: 'push' })).toBe(false);
  });

  it('use the plan role on pull requests from this repository, the deploying role everywhere else', () => {
    expect(assumedRole(withPlanRole(SAME_REPO_PR))).toBe(PLAN_ROLE);
    for (const run of [PUSH_MAIN, PUSH_BRANCH, SCHEDULE, dispatch('apply'), dispatch('plan'), dispatch('teardown')]) {
      expect([run.event, assumedRole(withPlanRole(run))]).toEqual([run.event, DEPLOY_ROLE]);
      expect(getsAwsCredentials(withPlanRole(run))).toBe(true);
    }
    // Without a plan role, pull requests fall back to role-to-assume (which then has to trust them).
    expect(assumedRole(SAME_REPO_PR)).toBe(DEPLOY_ROLE);
    expect(getsAwsCredentials(SAME_REPO_PR)).toBe(true);
    // A plan role alone serves pull requests only.
    const planOnly: Run = { event: 'pull_request', inputs: { 'plan-role-to-assume': PLAN_ROLE, 'aws-region': 'us-east-1' } };
    expect(getsAwsCredentials(planOnly)).toBe(true);
    expect(assumedRole(planOnly)).toBe(PLAN_ROLE);
    expect(getsAwsCredentials({ ...planOnly, event: 'push' })).toBe(false);
  });

  it('never with the plan role either for pull requests from forks, deleted forks and Dependabot', () => {
    for (const run of [FORK_PR, DELETED_FORK_PR, DEPENDABOT_PR, { ...FORK_PR, event: 'pull_request_target' }]) {
      expect(getsAwsCredentials(withPlanRole(run))).toBe(false);
      expect(getsAwsCredentials({ ...withPlanRole(run), inputs: { 'plan-role-to-assume': PLAN_ROLE, 'aws-region': 'us-east-1' } })).toBe(false);
    }
  });

  it('fork pull requests get no comment (their token is read-only)', () => {
    expect(actionWith(SAME_REPO_PR).comment).toBe('true');
    expect(actionWith(FORK_PR).comment).toBe('false');
    expect(actionWith(DEPENDABOT_PR).comment).toBe('false');
    expect(actionWith({ ...SAME_REPO_PR, inputs: { ...SAME_REPO_PR.inputs, comment: false } }).comment).toBe('false');
  });
});

// The "Check the run" step is a bash script: run it with the env the runner would give it.
describe('models.yml run checks', () => {
  function check(run: Run): { status: number; output: string; log: string } {
    const ctx = contexts(run);
    const dir = mkdtempSync(path.join(tmpdir(), 'emd-check-'));
    const out = path.join(dir, 'output');
    try {
      const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', GITHUB_OUTPUT: out };
      for (const [k, v] of Object.entries(ctx.env as Record<string, Value>)) env[k] = toStr(v);
      for (const [k, v] of Object.entries<Yaml>(checkStep.env)) env[k] = toStr(evalTemplate(v, ctx));
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', checkStep.run], { env, encoding: 'utf8' });
      let output = '';
      try {
        output = readFileSync(out, 'utf8');
      } catch {
        // no output written
      }
      return { status: r.status ?? -1, output, log: r.stdout + r.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('lets plans, applies and teardowns through', () => {
    expect(check(SAME_REPO_PR).status).toBe(0);
    expect(check(PUSH_MAIN).status).toBe(0);
    expect(check(SCHEDULE).status).toBe(0);
    expect(check({ event: 'pull_request' }).status).toBe(0);
  });

  it('lets a fork pull request plan, with a notice', () => {
    const r = check(FORK_PR);
    expect(r.status).toBe(0);
    expect(r.log).toMatch(/::notice.*without AWS credentials/);
  });

  it('refuses anything but a plan for a fork or Dependabot pull request', () => {
    for (const mode of ['apply', 'teardown', 'bootstrap']) {
      expect(check({ ...FORK_PR, inputs: { ...FORK_PR.inputs, mode } }).status).toBe(1);
      expect(check({ ...DEPENDABOT_PR, inputs: { ...DEPENDABOT_PR.inputs, mode } }).status).toBe(1);
    }
    expect(check({ ...FORK_PR, inputs: { ...FORK_PR.inputs, mode: 'plan' } }).status).toBe(0);
  });

  it('refuses pull_request_target, unknown modes, a role without a region', () => {
    expect(check({ ...SAME_REPO_PR, event: 'pull_request_target' }).status).toBe(1);
    expect(check(dispatch('destroy-everything')).status).toBe(1);
    expect(check({ event: 'push', inputs: { 'role-to-assume': 'arn:aws:iam::123456789012:role/r' } }).log).toMatch(/aws-region is required/);
    const planRoleNoRegion = check({ event: 'pull_request', inputs: { 'plan-role-to-assume': PLAN_ROLE } });
    expect(planRoleNoRegion.status).toBe(1);
    expect(planRoleNoRegion.log).toMatch(/aws-region is required/);
  });

  it('refuses to run when the job context lacks the workflow identity', () => {
    const r = check({ ...PUSH_MAIN, jobContext: { status: 'success' } });
    expect(r.status).toBe(1);
    expect(r.log).toMatch(/job\.workflow_repository/);
  });

  it('asks for a session that outlives the apply wait', () => {
    expect(check(SAME_REPO_PR).output).toContain('role-duration-seconds=3600');
    expect(check(SCHEDULE).output).toContain('role-duration-seconds=3600');
    expect(check(PUSH_MAIN).output).toContain('role-duration-seconds=6300'); // (90 + 15) * 60
    expect(check({ ...PUSH_MAIN, inputs: { ...PUSH_MAIN.inputs, 'timeout-minutes': 20 } }).output).toContain('role-duration-seconds=3600');
    expect(check({ ...PUSH_MAIN, inputs: { ...PUSH_MAIN.inputs, 'timeout-minutes': 2000 } }).output).toContain('role-duration-seconds=43200');
    expect(check({ ...PUSH_MAIN, inputs: { ...PUSH_MAIN.inputs, 'role-duration-seconds': '900' } }).output).toContain('role-duration-seconds=900');
  });

  it('keeps plan role sessions within its one-hour maximum', () => {
    const long = { 'role-duration-seconds': '7200' };
    expect(check(withPlanRole({ ...SAME_REPO_PR, inputs: { ...SAME_REPO_PR.inputs, ...long } })).output).toContain('role-duration-seconds=3600');
    expect(check(withPlanRole({ ...SAME_REPO_PR, inputs: { ...SAME_REPO_PR.inputs, 'role-duration-seconds': '900' } })).output).toContain('role-duration-seconds=900');
    // The deploying role keeps what was asked, also on a pull request without a plan role.
    expect(check({ ...SAME_REPO_PR, inputs: { ...SAME_REPO_PR.inputs, ...long } }).output).toContain('role-duration-seconds=7200');
    expect(check(withPlanRole({ ...PUSH_MAIN, inputs: { ...PUSH_MAIN.inputs, ...long } })).output).toContain('role-duration-seconds=7200');
  });
});
