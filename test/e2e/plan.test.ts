import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeGitHubApi } from '../fakes/github-api.js';
import { FakeAws } from '../fakes/aws.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { specParameterValue } from '../../src/core/live.js';
import { pullRequestEvent, runAction, Workspace } from './runner.js';

// Level 3: the committed dist/index.js, run as the runner runs it, against loopback fakes.
const MANIFEST = `version: 1
defaults: { region: us-east-1 }
models:
  chat:
    model: Qwen/Qwen2.5-7B-Instruct
    instance: g5.2xlarge
    engine_args: { max-model-len: 8192 }
  embed:
    model: BAAI/bge-m3
    instance: g5.xlarge
`;

const TOKEN = 'ghs_faketoken000000000000000000000000';

describe('dist/index.js in plan mode', () => {
  const gh = new FakeGitHubApi();
  const aws = new FakeAws({ defaultPageSize: 2 });
  let env: Record<string, string>;

  beforeAll(async () => {
    await gh.start();
    await aws.start();
    env = { ...aws.env('us-east-1'), GITHUB_API_URL: gh.url };
    // `chat` runs already with a smaller max-model-len; `embed` is new; `old` was removed from the file.
    const deployed = loadManifest(MANIFEST.replace('8192', '4096').replace(/  embed:[\s\S]*$/, '  old:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instance: g5.xlarge\n'), {
      path: 'models.yaml',
      stackPrefix: 'emd'
    }).specs;
    for (const spec of deployed) {
      aws.putStack('us-east-1', {
        StackName: `emd-${spec.name}`,
        StackStatus: 'CREATE_COMPLETE',
        Tags: { 'emd:managed': 'true', 'emd:deployment': spec.name, 'emd:stack-prefix': 'emd', 'emd:manifest': 'models.yaml' },
        Parameters: { DeploymentSpec: specParameterValue(spec) }
      });
    }
    // Unmanaged neighbours, and enough stacks that the listing takes several pages.
    for (let i = 0; i < 3; i++) aws.putStack('us-east-1', { StackName: `legacy-${i}`, StackStatus: 'CREATE_COMPLETE' });
    // Other bots' comments push ours onto a later page.
    for (let i = 0; i < 35; i++) gh.seedComment({ owner: 'acme', repo: 'models', issueNumber: 7, body: `coverage report ${i}`, user: { login: 'codecov[bot]' } });
  });

  afterAll(async () => {
    await gh.close();
    await aws.close();
  });

  const inputs = { mode: 'auto', manifest: 'models.yaml', 'github-token': TOKEN, 'stack-prefix': 'emd' };

  it('creates the sticky comment on the first run, with the plan and its outputs', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', MANIFEST);
    const describeBefore = aws.calls('cloudformation:DescribeStacks');
    const run = await runAction({ workspace: ws, event: pullRequestEvent(7), inputs, env });

    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    const plan = JSON.parse(run.outputs.plan);
    expect(plan.entries.map((e: { name: string; action: string; blocked?: { kind: string } }) => [e.name, e.action, e.blocked?.kind])).toEqual([
      ['chat', 'update', undefined],
      ['embed', 'create', undefined],
      ['old', 'delete', 'destroy-not-allowed']
    ]);
    expect(Number(run.outputs['monthly-cost'])).toBeGreaterThan(2000);
    expect(Number(run.outputs['monthly-cost-delta'])).toBeGreaterThan(1000);
    // One paginated listing: 6 stacks at 2 per page is 3 calls, whatever the number of entries.
    expect(aws.calls('cloudformation:DescribeStacks') - describeBefore).toBe(3);

    const ours = gh.commentsOn('acme', 'models', 7).filter((c) => c.body.includes('emd-action:plan:models.yaml'));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('engine_args.max-model-len: 4096');
    expect(ours[0].body).toContain('| `embed` | create |');
    expect(Object.keys(run.outputs).sort()).toEqual(['comment-url', 'has-changes', 'monthly-cost', 'monthly-cost-delta', 'plan']);
    expect(run.outputs['comment-url']).toMatch(new RegExp(`/acme/models/pull/7#issuecomment-${ours[0].id}$`));
    expect(run.summary).toContain('### emd-action plan for `models.yaml`');
    // The token is registered as a secret (the runner then hides it) and never printed otherwise.
    expect(run.stdout.split('\n').filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
  }, 60000);

  it('edits the same comment on the next push', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', MANIFEST.replace('g5.xlarge', 'g5.4xlarge'));
    const before = gh.commentsOn('acme', 'models', 7).filter((c) => c.body.includes('emd-action:plan')).map((c) => c.id);
    const run = await runAction({ workspace: ws, event: pullRequestEvent(7, { sha: 'b'.repeat(40) }), inputs, env });

    expect(run.code).toBe(0);
    const after = gh.commentsOn('acme', 'models', 7).filter((c) => c.body.includes('emd-action:plan'));
    expect(after.map((c) => c.id)).toEqual(before);
    expect(after[0].body).toContain('ml.g5.4xlarge');
    expect(gh.requestsMatching('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
  }, 60000);

  it('creates no comment when nothing changes and none exists', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', 'version: 1\ndefaults: { region: us-east-1 }\nmodels:\n  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.2xlarge\n    engine_args: { max-model-len: 4096 }\n  old:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instance: g5.xlarge\n');
    const posts = gh.requestsMatching('POST', /\/comments$/).length;
    const run = await runAction({ workspace: ws, event: pullRequestEvent(8), inputs, env });

    expect(run.code).toBe(0);
    expect(run.outputs['has-changes']).toBe('false');
    expect(run.outputs['monthly-cost-delta']).toBe('0.00');
    expect(gh.commentsOn('acme', 'models', 8)).toHaveLength(0);
    expect(gh.requestsMatching('POST', /\/comments$/)).toHaveLength(posts);
    expect(run.summary).toContain('**No changes**');
  }, 60000);

  it('turns the comment into "no changes" when a later push reverts the change', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', 'version: 1\ndefaults: { region: us-east-1 }\nmodels:\n  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.2xlarge\n    engine_args: { max-model-len: 4096 }\n  old:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instance: g5.xlarge\n');
    const run = await runAction({ workspace: ws, event: pullRequestEvent(7, { sha: 'c'.repeat(40) }), inputs, env });
    expect(run.code).toBe(0);
    const ours = gh.commentsOn('acme', 'models', 7).filter((c) => c.body.includes('emd-action:plan'));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('**No changes**');
    expect(ours[0].body).not.toContain('| create |');
  }, 60000);

  it('fails an invalid manifest with annotations on the file and no AWS call', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', 'version: 1\nmodels:\n  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    spot: yes-please\n    instnce: g5.xlarge\n');
    const calls = aws.log.length;
    const run = await runAction({ workspace: ws, event: pullRequestEvent(9), inputs, env });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error title=emd-action%3A models\.chat\.spot,file=models\.yaml,line=5,/);
    expect(run.stdout).toMatch(/::error title=emd-action%3A models\.chat\.instnce,file=models\.yaml,line=6,endLine=6,col=5/);
    expect(run.stdout).toMatch(/::error::models\.yaml is invalid: 2 errors/);
    expect(aws.log.length).toBe(calls);
    const comment = gh.commentsOn('acme', 'models', 9)[0];
    expect(comment.body).toContain('The manifest is invalid');
    expect(comment.body).toContain('models.yaml:6:5');
  }, 60000);

  it('fails the check when the plan exceeds max-monthly-increase', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', MANIFEST);
    const run = await runAction({ workspace: ws, event: pullRequestEvent(10), inputs: { ...inputs, 'max-monthly-increase': '100' }, env });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The plan fails its checks:%0A- Monthly estimate increase \$[\d,.]+ at minimum scale exceeds max-monthly-increase \$100\.00/);
    expect(gh.commentsOn('acme', 'models', 10)[0].body).toContain('This plan fails its checks');
  }, 60000);

  it('posts a shorter comment when GitHub names a smaller size limit', async () => {
    const ws = new Workspace();
    // Ten deployments: the full comment with its details is far over the limit set below.
    const many = Array.from({ length: 10 }, (_, i) => `  m${i}:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.2xlarge\n    engine_args: { max-model-len: 8192 }\n`).join('');
    ws.write('models.yaml', `version: 1\ndefaults: { region: us-east-1 }\nmodels:\n${many}`);
    gh.maxBodyChars = 3000;
    try {
      const run = await runAction({ workspace: ws, event: pullRequestEvent(12), inputs, env });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('GitHub refused the comment as too long (limit 3000); posting a shorter one');
      const [comment] = gh.commentsOn('acme', 'models', 12);
      expect(comment.body.length).toBeLessThanOrEqual(3000);
      expect(comment.body).toContain('| `m9` | create |');
      expect(comment.body).not.toContain('<details><summary><b>m0</b>');
      // The job summary keeps the full plan.
      expect(run.summary.length).toBeGreaterThan(3000);
      expect(run.summary).toContain('<details><summary><b>m0</b>');
    } finally {
      gh.maxBodyChars = 65536;
    }
  }, 60000);

  it('plans a fork pull request without AWS, against the base branch, and says live stacks were not read', async () => {
    const ws = new Workspace();
    ws.write('models.yaml', MANIFEST);
    const calls = aws.log.length;
    // The base commit has no models.yaml (the GitHub fake answers 404): everything is new.
    const run = await runAction({ workspace: ws, event: pullRequestEvent(11, { fork: true }), inputs, env });
    expect(run.code).toBe(0);
    expect(aws.log.length).toBe(calls);
    expect(run.summary).toContain('Live stacks not read (this pull request comes from a fork, which gets no AWS credentials)');
    expect(run.summary).toContain('the manifest did not exist there');
    expect(Number(run.outputs['monthly-cost-delta'])).toBe(Number(run.outputs['monthly-cost']));
  }, 60000);
});
