// Issue 13, as an attacker would try it, through the built action (`node dist/index.js` run as the
// runner runs it) against the loopback fakes. Each case is an attack from docs/security.md's
// table: hostile manifests, hostile commenters and hostile bootstrap inputs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { MODEL, REGION, TOKEN, dispatchEvent, prEvent, startFleet, type Fleet } from './fleet.js';
import { runAction, Workspace } from './runner.js';

const sha = (c: string) => c.repeat(40);
const INPUTS = { mode: 'auto', manifest: 'models.yaml', 'github-token': TOKEN, 'stack-prefix': 'emd' };
const MARKER = 'emd-action:plan:models.yaml';

const entry = (lines: string[]) => `version: 1
defaults: { region: ${REGION}, service: ecs, instance: g5.xlarge }
models:
  chat:
    model: ${MODEL}
${lines.map((l) => `    ${l}`).join('\n')}
`;

const mkfifoSync = (p: string) => expect(spawnSync('mkfifo', [p]).status).toBe(0);
const errorLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error title='));
const warningLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning title='));

describe('issue 13 attacks against dist/index.js', () => {
  let f: Fleet;
  beforeAll(async () => {
    f = await startFleet();
  });
  afterAll(async () => {
    await f?.close();
  });

  describe('1. the deploying role trusts no wildcard environment', () => {
    const subjectsOf = (calls: { key: string; input: unknown }[]) => {
      const create = calls.find((c) => c.key === 'cloudformation:CreateStack' || c.key === 'cloudformation:UpdateStack');
      const params = JSON.stringify(create?.input ?? {});
      const m = /"ParameterKey":"GitHubOidcSubjects","ParameterValue":"([^"]*)"/.exec(params) ?? /Parameters\.member\.\d+\.ParameterKey":"GitHubOidcSubjects"[^}]*?"Parameters\.member\.\d+\.ParameterValue":"([^"]*)"/.exec(params);
      return m ? m[1].split(',') : undefined;
    };

    it('by default: the default branch only, no environment:*', async () => {
      const run = await f.run(dispatchEvent(sha('1')), { ...INPUTS, mode: 'bootstrap', 'bootstrap-github-oidc': 'create-provider' }, entry([]));
      expect([run.code, run.stderr]).toEqual([0, '']);
      const params = f.aws.store.findStack(REGION, 'emd-bootstrap')!.Parameters;
      const subjects = params.find((p) => p.ParameterKey === 'GitHubOidcSubjects')!.ParameterValue.split(',');
      expect(subjects).toEqual(['repo:acme/models:ref:refs/heads/main']);
      expect(subjects.join()).not.toContain('environment');
    }, 60_000);

    it('one named environment when bootstrap-oidc-environment declares it', async () => {
      const run = await f.run(dispatchEvent(sha('2')), { ...INPUTS, mode: 'bootstrap', 'bootstrap-github-oidc': 'existing-provider', 'bootstrap-oidc-environment': 'production' }, entry([]));
      expect([run.code, run.stderr]).toEqual([0, '']);
      const params = f.aws.store.findStack(REGION, 'emd-bootstrap')!.Parameters;
      expect(params.find((p) => p.ParameterKey === 'GitHubOidcSubjects')!.ParameterValue.split(',')).toEqual([
        'repo:acme/models:ref:refs/heads/main',
        'repo:acme/models:environment:production'
      ]);
    }, 60_000);

    it.each([
      ['a wildcard environment in bootstrap-oidc-subjects', { 'bootstrap-oidc-subjects': 'repo:acme/models:ref:refs/heads/main,repo:acme/models:environment:*' }, /wildcard outside a ref: context/],
      ['a wildcard context', { 'bootstrap-oidc-subjects': 'repo:acme/models:*' }, /wildcard outside a ref: context/],
      ['a wildcard in bootstrap-oidc-environment', { 'bootstrap-oidc-environment': 'prod*' }, /bootstrap-oidc-environment: environment "prod\*" must be one GitHub environment name/]
    ])('refuses %s before any change', async (_what, extra, refusal) => {
      const run = await f.run(dispatchEvent(sha('3')), { ...INPUTS, mode: 'bootstrap', 'bootstrap-github-oidc': 'existing-provider', ...extra }, entry([]));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(refusal);
      expect(run.calls.filter((c) => /^cloudformation:(Create|Update)Stack$/.test(c.key))).toEqual([]);
      void subjectsOf;
    }, 60_000);
  });

  describe('3. engine_args is an allow-list of serving flags', () => {
    it('refuses what runs code, reads other repositories or changes the key, and names unknown flags with a did-you-mean', async () => {
      const manifest = entry([
        'engine_args:',
        '  trust-remote-code: true',
        '  api-key: letmein',
        '  tokenizer: mallory/evil-tokenizer',
        '  download-dir: /tmp/x',
        '  max-model-length: 4096',
        '  max-num-seqs: "--api-key"',
        '  gpu-memory-utilization: 0.85'
      ]);
      const run = await f.run(prEvent(301, sha('4'), { fork: true }), INPUTS, manifest);
      expect(run.code).toBe(1);
      const errors = errorLines(run.stdout);
      const at = (flag: string, line: number, text: RegExp) =>
        expect(errors.filter((l) => l.startsWith(`::error title=emd-action%3A models.chat.engine_args.${flag},file=models.yaml,line=${line},`) && text.test(l))).toHaveLength(1);
      at('trust-remote-code', 7, /runs Python code from the model repository.*set allow_remote_code: true/);
      at('api-key', 8, /never from engine_args/);
      at('tokenizer', 9, /another repository/);
      at('download-dir', 10, /not allowed/);
      at('max-model-length', 11, /not a serving flag of vllm 0\.11\.0.*did you mean max-model-len\?/);
      at('max-num-seqs', 12, /starts with "-"/);
      expect(errors.some((l) => l.includes('gpu-memory-utilization'))).toBe(false);
      expect(errors).toHaveLength(6);
    }, 30_000);

    it('allows trust-remote-code only with allow_remote_code: true, and the comment warns', async () => {
      const run = await f.run(prEvent(302, sha('5')), INPUTS, entry(['allow_remote_code: true', 'engine_args: { trust-remote-code: true, tensor-parallel-size: 1 }']));
      expect(run.code).toBe(0);
      expect(warningLines(run.stdout).some((l) => l.includes('models.chat.engine_args.trust-remote-code') && l.includes('allow_remote_code: true'))).toBe(true);
      const comment = f.gh.commentsOn('acme', 'models', 302).map((c) => c.body).join('\n');
      expect(comment).toMatch(/trust-remote-code: runs Python code from the model repository/);
    }, 30_000);
  });

  it('4. an api_key secret outside <prefix>/ is flagged: the build accepts it only when tagged emd:api-key=true', async () => {
    const run = await f.run(prEvent(303, sha('6'), { fork: true }), INPUTS, entry(['api_key: { secret: prod/database-password }']));
    expect(run.code).toBe(0);
    expect(warningLines(run.stdout).filter((l) => l.includes('models.chat.api_key') && l.includes('tagged emd:api-key=true'))).toHaveLength(1);
    const ok = await f.run(prEvent(304, sha('6'), { fork: true }), INPUTS, entry(['api_key: { secret: emd/chat-key }']));
    expect(warningLines(ok.stdout).filter((l) => l.includes('api_key'))).toEqual([]);
  }, 30_000);

  it('5. a commenter cannot freeze the plan comment with a marker from the future', async () => {
    const future = `<!-- ${MARKER} valid-at=2999-01-01T00:00:00.000Z -->\n### emd-action plan\n**No changes** (frozen by mallory)`;
    f.gh.seedComment({ owner: 'acme', repo: 'models', issueNumber: 305, body: future, user: { login: 'mallory', id: 666, type: 'User' } });
    const run = await f.run(prEvent(305, sha('7')), INPUTS, entry([]));
    expect(run.code).toBe(0);
    const comments = f.gh.commentsOn('acme', 'models', 305);
    const ours = comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('to create');
    // Mallory's comment is left as it was: neither trusted nor edited.
    expect(comments.find((c) => c.user.login === 'mallory')!.body).toBe(future);
    // A second run edits our comment, not a new one, and still ignores hers.
    const again = await f.run(prEvent(305, sha('8')), INPUTS, entry(['scaling: { min: 1, max: 2 }']));
    expect(again.code).toBe(0);
    expect(f.gh.commentsOn('acme', 'models', 305).filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
  }, 30_000);

  describe('8. the manifest is read only as a regular file inside the workspace, at most 1 MiB', () => {
    const runWith = async (arrange: (ws: Workspace) => void) => {
      const ws = new Workspace();
      arrange(ws);
      const before = f.aws.log.length;
      const run = await runAction({ workspace: ws, event: prEvent(308, sha('9'), { fork: true }), inputs: INPUTS, env: f.env, timeoutMs: 20_000 });
      return { ...run, awsCalls: f.aws.log.length - before };
    };

    it('refuses a symlink to a file outside the workspace, without showing its content', async () => {
      const outside = path.join(tmpdir(), `emd-secret-${process.pid}.txt`);
      writeFileSync(outside, 'RUNNER_SECRET=hunter2\n');
      const run = await runWith((ws) => symlinkSync(outside, path.join(ws.dir, 'models.yaml')));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::manifest: models\.yaml is a symbolic link to a file outside the workspace/);
      expect(`${run.stdout}${run.summary}`).not.toContain('hunter2');
    }, 30_000);

    it('refuses /dev/zero through a symlink, quickly', async () => {
      const started = Date.now();
      const run = await runWith((ws) => symlinkSync('/dev/zero', path.join(ws.dir, 'models.yaml')));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::manifest: models\.yaml is a symbolic link to a file outside the workspace/);
      expect(Date.now() - started).toBeLessThan(15_000);
    }, 30_000);

    it('refuses a FIFO (it would block the run) and a file over 1 MiB', async () => {
      const fifo = await runWith((ws) => mkfifoSync(path.join(ws.dir, 'models.yaml')));
      expect(fifo.code).toBe(1);
      expect(fifo.stdout).toMatch(/::error::manifest: models\.yaml is not a regular file/);
      const big = await runWith((ws) => ws.write('models.yaml', `${entry([])}# ${'x'.repeat(1024 * 1024)}\n`));
      expect(big.code).toBe(1);
      expect(big.stdout).toMatch(/::error::manifest: models\.yaml is larger than 1 MiB/);
    }, 30_000);

    it('still follows a symlink that stays inside the workspace', async () => {
      const run = await runWith((ws) => {
        mkdirSync(path.join(ws.dir, 'deploy'));
        ws.write('deploy/models.yaml', entry([]));
        symlinkSync('deploy/models.yaml', path.join(ws.dir, 'models.yaml'));
      });
      expect([run.code, run.stderr]).toEqual([0, '']);
    }, 30_000);
  });

  describe('10. manifest text in the report and the log', () => {
    it('renders no link or image, passes no terminal escape, and checks the whole certificate ARN', async () => {
      const manifest = `version: 1
defaults: { region: ${REGION}, service: ecs, instance: g5.xlarge }
models:
  chat:
    model: "[click](https://evil.example/x) ![img](https://evil.example/p.png)"
    ttl: "\\e]8;;https://evil.example\\e\\\\link\\e]8;;\\e\\\\ \\e[2J"
`;
      const run = await f.run(prEvent(310, sha('a'), { fork: true }), INPUTS, manifest);
      expect(run.code).toBe(1);
      expect(errorLines(run.stdout).some((l) => l.includes('models.chat.ttl'))).toBe(true);
      expect(run.stdout).not.toContain('\u001b');
      expect(run.stdout).toContain('\\u001b');
      expect(run.summary).toContain('The manifest is invalid');
      // The findings (the report's own workflow-run link aside).
      for (const text of [run.summary.split('\n').filter((l) => /^- (❌|⚠️)/.test(l)).join('\n')]) {
        expect(text.split('\n')).toHaveLength(2);
        // Brackets arrive escaped (\[click\](…) shows as text), so no link or image starts.
        expect(text).not.toMatch(/(^|[^\\])\[[^\]]*(^|[^\\])\]\(/m);
        expect(text).not.toMatch(/!\[/);
        expect(text).toContain('\\[click\\]');
        expect(text).not.toMatch(/https?:\/\/evil/);
        expect(text).not.toContain('\u001b');
      }
      // An ARN that only starts like one is refused; a whole certificate ARN passes.
      const tls = (arn: string) => entry([`https: { certificate_arn: "${arn}", domain: llm.example.com }`]);
      const bad = await f.run(prEvent(312, sha('c'), { fork: true }), INPUTS, tls('arn:aws:acm:evil'));
      expect(bad.code).toBe(1);
      expect(errorLines(bad.stdout).filter((l) => l.includes('models.chat.https.certificate_arn') && l.includes('certificate/<uuid>'))).toHaveLength(1);
      const good = await f.run(prEvent(313, sha('c'), { fork: true }), INPUTS, tls('arn:aws:acm:eu-west-1:123456789012:certificate/0b5a7c3e-1f2d-4e6a-9b8c-7d6e5f4a3b2c'));
      expect(good.code).toBe(0);
    }, 60_000);

    it('an invalid-manifest report too large for a comment is cut to fit, saying how many findings were left out', async () => {
      const long = 'x'.repeat(900);
      const entries = Array.from({ length: 150 }, (_, i) => `  m${i}:\n    model: "${long}/${i}"`).join('\n');
      const manifest = `version: 1\ndefaults: { region: ${REGION}, service: ecs, instance: g5.xlarge }\nmodels:\n${entries}\n`;
      const run = await f.run(prEvent(311, sha('b')), INPUTS, manifest);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(/CommentTooLongError|too long/);
      const [comment] = f.gh.commentsOn('acme', 'models', 311);
      expect(comment.body.length).toBeLessThanOrEqual(65_536);
      expect(comment.body).toContain('The manifest is invalid** (150 errors)');
      expect(comment.body).toMatch(/…and \d+ more findings not shown here: see the annotations and the job summary/);
    }, 30_000);
  });
});
