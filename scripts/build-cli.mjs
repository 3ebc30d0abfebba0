#!/usr/bin/env node
// Builds the CLI bundle, dist/cli/, as CommonJS (`npm run package` runs it after the action's
// build). The action stays ESM; the CLI is CommonJS because Node's ES module loader costs the
// offline plan about 25 ms of start-up on a 2-core machine (`npm run bench -- cli`: 2.1× bare node
// as CommonJS, 2.3× as ESM), and `emd-action plan` should answer about as fast as `node` starts.
// The ncc CLI decides the format from package.json ("type": "module"), so its API is used here.
//
// No persistent cache, for the reason given in scripts/build-action.mjs; characters outside ASCII
// are written as escapes (scripts/ascii-source.mjs).
//
//   node scripts/build-cli.mjs [--out DIR]     (default dist/cli)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ncc from '@vercel/ncc';
import { asciiSource } from './ascii-source.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(values.out ?? path.join(ROOT, 'dist', 'cli'));

const { code, assets } = await ncc(path.join(ROOT, 'src', 'cli-entry.ts'), { cache: false, esm: false, filename: 'index.cjs', license: 'licenses.txt', quiet: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'index.cjs'), asciiSource(code, 'index.cjs'));
for (const [name, asset] of Object.entries(assets)) {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  writeFileSync(path.join(out, name), name.endsWith('.js') ? asciiSource(String(asset.source), name) : asset.source);
}
// The lazily loaded chunks end in .js; inside this "type": "module" package they must be read
// as CommonJS too.
writeFileSync(path.join(out, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
