// The reusable workflow's guards for the /emd comment commands and closed pull requests, evaluated
// (./expr.ts) against made-up issue_comment and pull_request events: which comments start the job,
// one never-cancelled group per pull request, AWS credentials only for members' comments and never
// on a close, the default branch's code only, and the preview inputs reaching the action.
import { describe, expect, it } from '@jest/globals';
import { evalIf, evalTemplate, toStr, type Contexts, type Value } from './expr.js';
import { readYaml, type Yaml } from './lint.js';

const action = readYaml('action.yml');
const workflow = readYaml('.github/workflows/models.yml');
const job = workflow.jobs.models;
const stepList: Yaml[] = job.steps;
const awsStep = stepList.find((s) => typeof s.uses === 'string' && s.uses.startsWith('aws-actions/configure-aws-credentials@'));
const checkStep = stepList.find((s) => s.id === 'check');
const actionStep = stepList.find((s) => s.uses === './.emd-action');
const REPO = 'acme/models';
const ROLES = { 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy', 'plan-role-to-assume': 'arn:aws:iam::123456789012:role/plan', 'aws-region': 'us-east-1' };

interface Run {
  event: 'issue_comment' | 'pull_request' | 'push';
  action?: string;
  body?: string;
  association?: string;
  onPullRequest?: boolean;
  pr?: number;
  inputs?: Record<string, Value>;
}

function contexts(run: Run): Contexts {
  const inputs: Record<string, Value> = {};
  for (const [name, spec] of Object.entries<Yaml>(workflow.on.workflow_call.inputs)) inputs[name] = spec.default ?? (spec.type === 'boolean' ? false : '');
  Object.assign(inputs, ROLES, run.inputs ?? {});
  const event: Record<string, Value> = { repository: { full_name: REPO, default_branch: 'main' }, action: run.action ?? null };
  if (run.event === 'issue_comment') {
    event.issue = { number: run.pr ?? 7, ...(run.onPullRequest === false ? {} : { pull_request: { url: 'https://api.github.com/repos/acme/models/pulls/7' } }) };
    event.comment = { body: run.body ?? '/emd preview qwen-chat', author_association: run.association ?? 'MEMBER' };
  }
  if (run.event === 'pull_request') event.pull_request = { number: run.pr ?? 7, head: { repo: { full_name: REPO } } };
  const ctx: Contexts = {
    github: { event_name: run.event, repository: REPO, ref: run.event === 'pull_request' ? `refs/pull/${run.pr ?? 7}/merge` : 'refs/heads/main', actor: 'alice', event, run_id: '1', run_attempt: '1', token: 'ghs_automatic' },
    inputs,
    vars: {},
    secrets: {},
    job: { workflow_repository: 'your-org/emd-action', workflow_sha: 'a'.repeat(40), status: 'success' },
    steps: { check: { outputs: { 'role-duration-seconds': '3600' } } },
    runner: { os: 'Linux' }
  };
  const env: Record<string, Value> = {};
  for (const [k, v] of Object.entries<Yaml>(job.env ?? {})) env[k] = toStr(evalTemplate(v, ctx));
  ctx.env = env;
  return ctx;
}

const runs = (run: Run) => (job.if === undefined ? true : evalIf(job.if, contexts(run)));
const groupOf = (run: Run) => evalTemplate(job.concurrency.group, contexts(run));
const cancelOf = (run: Run) => evalTemplate(job.concurrency['cancel-in-progress'], contexts(run));
const credentials = (run: Run) => evalIf(awsStep.if, contexts(run));
const role = (run: Run) => toStr(evalTemplate(awsStep.with['role-to-assume'], contexts(run)));

describe('models.yml and the /emd comment commands', () => {
  it('starts the job for comments on pull requests that hold /emd, and for nothing else said in comments', () => {
    expect(runs({ event: 'issue_comment' })).toBe(true);
    expect(runs({ event: 'issue_comment', body: 'LGTM\n/emd preview stop' })).toBe(true);
    expect(runs({ event: 'issue_comment', body: 'LGTM' })).toBe(false);
    expect(runs({ event: 'issue_comment', onPullRequest: false })).toBe(false);
    expect(runs({ event: 'pull_request', action: 'synchronize' })).toBe(true);
    expect(runs({ event: 'push' })).toBe(true);
  });

  it('runs previews of one pull request one at a time, never cancelled, apart from its plans', () => {
    expect(groupOf({ event: 'issue_comment', pr: 7 })).toBe('emd-preview-7-models.yaml');
    expect(groupOf({ event: 'pull_request', action: 'closed', pr: 7 })).toBe('emd-preview-7-models.yaml');
    expect(groupOf({ event: 'issue_comment', pr: 8 })).toBe('emd-preview-8-models.yaml');
    expect(groupOf({ event: 'pull_request', action: 'synchronize', pr: 7 })).toBe('emd-plan-7-models.yaml');
    expect(cancelOf({ event: 'issue_comment' })).toBe(false);
    expect(cancelOf({ event: 'pull_request', action: 'closed' })).toBe(false);
    expect(cancelOf({ event: 'pull_request', action: 'synchronize' })).toBe(true);
    expect(cancelOf({ event: 'push' })).toBe(false);
  });

  it("assumes the deploying role for members' and collaborators' commands only", () => {
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR']) {
      expect([association, credentials({ event: 'issue_comment', association })]).toEqual([association, true]);
    }
    expect(role({ event: 'issue_comment' })).toBe(ROLES['role-to-assume']);
    for (const association of ['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'NONE']) {
      expect([association, credentials({ event: 'issue_comment', association })]).toEqual([association, false]);
    }
  });

  it('assumes no role when a pull request closes (the read-only role cannot delete; teardown removes its previews)', () => {
    expect(credentials({ event: 'pull_request', action: 'closed' })).toBe(false);
    expect(credentials({ event: 'pull_request', action: 'synchronize' })).toBe(true);
  });

  it('refuses an issue_comment run that is not on the default branch, and gives it the deploy-length session', () => {
    const script: string = checkStep.run;
    expect(script).toContain('if [ "$EVENT" = issue_comment ] && [ "$GITHUB_REF" != "refs/heads/$DEFAULT_BRANCH" ]; then');
    expect(checkStep.env.DEFAULT_BRANCH).toBe('${{ github.event.repository.default_branch }}');
    expect(script).toMatch(/\[ "\$EVENT" = issue_comment \]; \}; \}; then\n\s+DURATION=\$\(\( \(TIMEOUT \+ 15\) \* 60 \)\)/);
    // The comment text never reaches an expression or a script.
    expect(JSON.stringify(workflow)).not.toMatch(/comment\.body \}\}|\$\{\{ *github\.event\.comment\.body/);
  });

  it('passes the preview inputs to the action, with its defaults', () => {
    for (const name of ['preview-ttl', 'preview-allow-forks', 'bench-requests', 'bench-concurrency', 'bench-seconds', 'bench-max-tokens']) {
      expect([name, actionStep.with[name]]).toEqual([name, `\${{ inputs.${name} }}`]);
      expect([name, String(workflow.on.workflow_call.inputs[name].default)]).toEqual([name, String(action.inputs[name].default)]);
    }
  });
});
