#!/usr/bin/env node
// Builds the action's bundle, dist/ (`npm run package` runs it, then scripts/build-cli.mjs), with
// ncc's API, and makes two changes to what ncc writes: the bundled `undici` is required on first
// use instead of when the modules that import it are evaluated, and characters outside ASCII are
// written as escapes (scripts/ascii-source.mjs says why).
//
// Why: @actions/core imports @actions/http-client, which imports undici's ProxyAgent at its top,
// and @actions/github imports undici's fetch. The action's GitHub calls go through
// @actions/http-client (src/github/http-fetch.ts), so undici is needed only behind a proxy.
// Not evaluating it, with that transport, took about 60 ms off a run (docs/architecture.md,
// "Start-up").
// Each import site becomes a Proxy that requires the module when a property is first read, so
// `new undici.ProxyAgent(...)` and `(0, undici.fetch)(...)` behave as before. The build fails if
// the import sites are not exactly the ones expected, so an upgrade that moves them is noticed.
//
// ncc's persistent cache (under the user's cache directory, keyed by the working directory) is
// turned off: a build after one of another commit in the same checkout restored modules that the
// stats no longer listed, and the build failed on a clean tree. dist/ must come from src/ alone; the
// cache saved about a second of a 28-second build.
//
//   node scripts/build-action.mjs [--out DIR]     (default dist)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ncc from '@vercel/ncc';
import { asciiSource } from './ascii-source.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(values.out ?? path.join(ROOT, 'dist'));

/** Where undici is imported: @actions/http-client (ES module, in the entry) and @actions/github's deps (CommonJS). */
const EXPECTED_SITES = 3;

const { code, assets, stats } = await ncc(path.join(ROOT, 'src', 'index.ts'), { cache: false, license: 'licenses.txt', quiet: true });
const undici = stats.toJson({ all: false, modules: true, ids: true }).modules.find((m) => m.name === './node_modules/undici/index.js');
if (!undici) throw new Error('build-action: undici is no longer bundled; drop its lazy require from scripts/build-action.mjs');

const files = { 'index.js': code, ...Object.fromEntries(Object.entries(assets).map(([name, asset]) => [name, asset.source])) };
const site = new RegExp(`^((?:var|const|let) \\w+ = )(__nccwpck_require__|__webpack_require__)\\(${undici.id}\\);$`, 'gm');
let sites = 0;
for (const [name, source] of Object.entries(files)) {
  if (!name.endsWith('.js') || typeof source !== 'string' && !Buffer.isBuffer(source)) continue;
  const text = source.toString();
  const lazy = text.replace(site, (_, declaration, require) => {
    sites++;
    return `${declaration}new Proxy({}, { get: (_, name) => ${require}(${undici.id})[name] }); // undici, required on first use (scripts/build-action.mjs)`;
  });
  files[name] = asciiSource(lazy, name);
}
if (sites !== EXPECTED_SITES) {
  throw new Error(`build-action: expected ${EXPECTED_SITES} places that import undici, found ${sites}; check them and update scripts/build-action.mjs`);
}

rmSync(out, { recursive: true, force: true });
for (const [name, source] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  writeFileSync(path.join(out, name), source);
}
