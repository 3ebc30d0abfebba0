import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../e2e/runner.js';

// dist/ is what GitHub runs. It must be exactly what a fresh build of src/ produces; when this
// fails, run `npm run package` and commit dist/.

/** A fresh build as `npm run package` makes it: scripts/build-action.mjs, then scripts/build-cli.mjs. */
function build(entry: string): string {
  const out = mkdtempSync(path.join(tmpdir(), 'emd-dist-'));
  const script = entry === 'src/cli-entry.ts' ? 'build-cli.mjs' : 'build-action.mjs';
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', script), '--out', out], { cwd: ROOT, stdio: 'pipe' });
  return out;
}

describe('dist/', () => {
  it.each([
    ['src/index.ts', 'dist', 'index.js'],
    ['src/cli-entry.ts', 'dist/cli', 'index.cjs']
  ])('%s matches a fresh build in %s', (entry, dir, main) => {
    const fresh = build(entry);
    const files = readdirSync(fresh).filter((f) => /\.c?js$/.test(f) || f === 'licenses.txt');
    expect(files).toContain(main);
    for (const file of files) {
      const committed = readFileSync(path.join(ROOT, dir, file), 'utf8');
      const built = readFileSync(path.join(fresh, file), 'utf8');
      if (committed !== built) {
        throw new Error(`${dir}/${file} is stale: it differs from a fresh build of ${entry}. Run \`npm run package\` and commit ${dir}/.`);
      }
      expect(committed.length).toBeGreaterThan(0);
    }
  }, 120000);
});
