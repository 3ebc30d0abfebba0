import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../e2e/runner.js';

// dist/ is what GitHub runs. It must be exactly what a fresh build of src/ produces; when this
// fails, run `npm run package` and commit dist/.
const NCC = path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/** A fresh build as `npm run package` makes it: ncc for the action, scripts/build-cli.mjs for the CLI. */
function build(entry: string): string {
  const out = mkdtempSync(path.join(tmpdir(), 'emd-dist-'));
  const args = entry === 'src/cli-entry.ts' ? [path.join(ROOT, 'scripts', 'build-cli.mjs'), '--out', out] : [NCC, 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'];
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'pipe' });
  return out;
}

describe('dist/', () => {
  it.each([
    ['src/index.ts', 'dist', 'index.js'],
    ['src/cli-entry.ts', 'dist/cli', 'index.cjs']
  ])('%s matches a fresh build in %s', (entry, dir, main) => {
    const fresh = build(entry);
    for (const file of [main, 'licenses.txt']) {
      const committed = readFileSync(path.join(ROOT, dir, file), 'utf8');
      const built = readFileSync(path.join(fresh, file), 'utf8');
      if (committed !== built) {
        throw new Error(`${dir}/${file} is stale: it differs from a fresh build of ${entry}. Run \`npm run package\` and commit ${dir}/.`);
      }
      expect(committed.length).toBeGreaterThan(0);
    }
  }, 120000);
});
