import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadManifest } from '../src/core/manifest/load.js';
import { FakeAws } from './fakes/aws.js';
import { FakeGitHubApi } from './fakes/github-api.js';
import { pullRequestEvent, ROOT, runAction, Workspace } from './e2e/runner.js';

const DIR = path.join(ROOT, 'test', 'corpus');
const expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, { line: number; field: string }>;
const committed: [string, Buffer][] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => [f.replace(/\.yaml$/, ''), readFileSync(path.join(DIR, f))]);

const nested = `version: 1\ndefaults: { region: us-east-1 }\nmodels:\n  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    engine_args: ${'{ x: '.repeat(2000)}1${' }'.repeat(2000)}\n`;
const generated: [string, Buffer, { line: number; field: string }][] = [
  ['huge-file', Buffer.from(`version: 1\nmodels: {}\n${'# padding\n'.repeat(60000)}`), { line: 1, field: '(file)' }],
  ['deep-nesting', Buffer.from(nested), { line: 6, field: 'models.a.engine_args.x.x.x.x' }]
];

describe('bad-input corpus', () => {
  it('holds at least 40 manifests, each with an expectation', () => {
    expect(committed.length + generated.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(expected).sort()).toEqual(committed.map(([name]) => name));
  });

  it.each([...committed.map(([n, b]) => [n, b, expected[n]] as const), ...generated])('%s: an error naming line and field', (_name, bytes, want) => {
    const m = loadManifest(bytes, { path: 'models.yaml', stackPrefix: 'emd' });
    expect(m.valid).toBe(false);
    expect(m.specs).toEqual([]);
    const first = m.diagnostics.find((d) => d.severity === 'error')!;
    expect(first.line).toBe(want.line);
    if (want.field === '(file)') expect(first.message).toMatch(/limited to/);
    else {
      expect(first.field).toBe(want.field);
      expect(first.message.startsWith(`${want.field}: `)).toBe(true);
    }
  });

  describe('through the built action', () => {
    const gh = new FakeGitHubApi();
    const aws = new FakeAws();
    let env: Record<string, string>;
    beforeAll(async () => {
      await gh.start();
      await aws.start();
      // No AWS_REGION: a manifest that names no region must fail on its own.
      const { AWS_REGION: _region, ...awsEnv } = aws.env('us-east-1');
      env = { ...awsEnv, GITHUB_API_URL: gh.url };
    });
    afterAll(async () => {
      await gh.close();
      await aws.close();
    });

    it('exits non-zero with an annotation on the line, and makes no AWS call', async () => {
      const cases = [...committed.map(([n, b]) => [n, b, expected[n]] as const), ...generated];
      for (const [name, bytes, want] of cases) {
        const ws = new Workspace();
        ws.write('models.yaml', bytes);
        const run = await runAction({ workspace: ws, event: pullRequestEvent(100), inputs: { mode: 'plan', 'github-token': 'fake', comment: 'false' }, env });
        expect({ name, code: run.code }).toEqual({ name, code: 1 });
        expect({ name, annotated: new RegExp(`::error title=[^,]*,file=models\\.yaml,line=${want.line}[,:]`).test(run.stdout) }).toEqual({ name, annotated: true });
      }
      expect(aws.log).toEqual([]);
      expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    }, 300000);
  });
});
