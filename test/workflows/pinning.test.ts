// Issue 13 item 12: the reusable workflow runs third-party code only at reviewed commits, bounds
// its job's time, and never checks the action out over something the caller's repository put at
// .emd-action (a symbolic link there would make the checkout empty the link's target).
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readYaml, type Yaml } from './lint.js';

const FILE = '.github/workflows/models.yml';
const text = readFileSync(FILE, 'utf8');
const workflow = readYaml(FILE);
const steps: Yaml[] = workflow.jobs.models.steps;

describe('the reusable workflow', () => {
  it('pins every action it runs to a full commit SHA, with the release it is in a comment', () => {
    const uses = text.split('\n').filter((l) => /^\s+(- )?uses:/.test(l) && !/uses: \.\//.test(l));
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const l of uses) expect(l).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    // The releases behind the SHAs (tags read from the actions' repositories): node24 majors.
    expect(text).toContain('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1');
    expect(text).toContain('aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3');
  });

  it('bounds the job: 30 minutes for plans, longer than the longest apply wait otherwise', () => {
    expect(workflow.jobs.models['timeout-minutes']).toBe("${{ (github.event_name == 'pull_request' || inputs.mode == 'plan') && 30 || 400 }}");
  });

  it('Dependabot keeps the pinned actions current', () => {
    const dependabot = readYaml('.github/dependabot.yml');
    expect(dependabot.updates.some((u: Yaml) => u['package-ecosystem'] === 'github-actions' && u.directory === '/')).toBe(true);
  });

  describe('refuses anything at .emd-action before checking the action out there', () => {
    const guardIndex = steps.findIndex((s) => s.name === 'Check that .emd-action is free');
    const checkoutIndex = steps.findIndex((s) => s.with?.path === '.emd-action');
    const run = (cwd: string) => spawnSync('bash', ['-e', '-c', steps[guardIndex].run], { cwd, encoding: 'utf8' });

    it('runs right before the checkout into .emd-action', () => {
      expect(guardIndex).toBeGreaterThan(-1);
      expect(checkoutIndex).toBe(guardIndex + 1);
    });

    it('a symbolic link to a runner directory: refused, and the target is untouched', () => {
      const ws = mkdtempSync(path.join(tmpdir(), 'emd-ws-'));
      const target = mkdtempSync(path.join(tmpdir(), 'emd-runner-dir-'));
      writeFileSync(path.join(target, 'precious'), 'x');
      symlinkSync(target, path.join(ws, '.emd-action'));
      const r = run(ws);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('::error title=emd-action::the repository contains .emd-action');
      expect(existsSync(path.join(target, 'precious'))).toBe(true);
    });

    it('a dangling link or a directory: refused; nothing there: passes', () => {
      const dangling = mkdtempSync(path.join(tmpdir(), 'emd-ws-'));
      symlinkSync('/nonexistent/emd', path.join(dangling, '.emd-action'));
      expect(run(dangling).status).toBe(1);
      const dir = mkdtempSync(path.join(tmpdir(), 'emd-ws-'));
      mkdirSync(path.join(dir, '.emd-action'));
      expect(run(dir).status).toBe(1);
      expect(run(mkdtempSync(path.join(tmpdir(), 'emd-ws-'))).status).toBe(0);
    });
  });
});
