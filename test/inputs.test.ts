import { describe, expect, it } from '@jest/globals';
import { readInputs, InputError } from '../src/inputs.js';
import { resolveMode } from '../src/main.js';
import type { RunContext } from '../src/github/context.js';

const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('inputs', () => {
  it('applies the documented defaults', () => {
    const i = readInputs(get({}));
    expect(i).toMatchObject({ mode: 'auto', manifest: 'models.yaml', stackPrefix: 'emd', comment: true, allowDestroy: false, maxParallel: 4, smokeTest: 'warn', onCancel: 'leave' });
    expect(i.maxMonthlyIncrease).toBeUndefined();
  });

  it('reads budgets in USD', () => {
    expect(readInputs(get({ 'max-monthly-increase': '$1,500', 'max-monthly-total': '20000' }))).toMatchObject({ maxMonthlyIncrease: 1500, maxMonthlyTotal: 20000 });
  });

  it('names every bad input and what it accepts, all at once', () => {
    const bad = get({ mode: 'deploy', comment: 'maybe', 'max-monthly-total': 'lots', 'stack-prefix': 'Emd_', manifest: '../secrets.yaml' });
    expect(() => readInputs(bad)).toThrow(InputError);
    try {
      readInputs(bad);
    } catch (e) {
      const text = (e as Error).message;
      expect(text).toContain('mode: "deploy" is not one of plan, apply, teardown, bootstrap, preview, auto');
      expect(text).toContain('comment: "maybe" is not true or false');
      expect(text).toContain('max-monthly-total: "lots" is not an amount in USD');
      expect(text).toContain('stack-prefix: "Emd_"');
      expect(text).toContain('manifest: "../secrets.yaml" must be a path inside the repository');
    }
  });
});

describe('auto mode', () => {
  const ctx = (eventName: string, ref = 'refs/heads/main'): RunContext => ({ eventName, ref, defaultBranch: 'main', owner: 'o', repo: 'r', sha: 's', serverUrl: '', runUrl: '', apiUrl: '', payload: {} });
  it.each([
    ['pull_request', 'refs/pull/1/merge', 'plan'],
    ['push', 'refs/heads/main', 'apply'],
    ['push', 'refs/heads/feature', 'plan'],
    ['schedule', 'refs/heads/main', 'teardown'],
    ['workflow_dispatch', 'refs/heads/main', 'teardown']
  ])('%s on %s → %s', (event, ref, mode) => {
    expect(resolveMode('auto', ctx(event, ref))).toBe(mode);
  });
  it('issue_comment → preview; a closed pull request → preview (its previews are removed), any other → plan', () => {
    expect(resolveMode('auto', ctx('issue_comment'))).toBe('preview');
    expect(resolveMode('auto', { ...ctx('pull_request', 'refs/pull/1/merge'), payload: { action: 'closed' } })).toBe('preview');
    expect(resolveMode('auto', { ...ctx('pull_request', 'refs/pull/1/merge'), payload: { action: 'reopened' } })).toBe('plan');
  });
  it('reads the preview inputs, with a ttl the teardown can read', () => {
    expect(readInputs(get({}))).toMatchObject({ previewTtl: '4h', previewAllowForks: false, benchRequests: 8, benchConcurrency: 2, benchSeconds: 60, benchMaxTokens: 128 });
    expect(readInputs(get({ 'preview-ttl': '1h30m', 'preview-allow-forks': 'true', 'bench-requests': '0' }))).toMatchObject({ previewTtl: '1h30m', previewAllowForks: true, benchRequests: 0 });
    expect(() => readInputs(get({ 'preview-ttl': '4 hours' }))).toThrow(/preview-ttl: "4 hours" must be a duration such as 30m, 4h or 1d12h, at most 7d/);
    expect(() => readInputs(get({ 'preview-ttl': '8d' }))).toThrow(/preview-ttl/);
  });
  it('keeps an explicit mode', () => {
    expect(resolveMode('bootstrap', ctx('pull_request'))).toBe('bootstrap');
  });
});
