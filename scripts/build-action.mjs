#!/usr/bin/env node
// Builds the action's bundle, dist/ (`npm run package` runs it, then scripts/build-cli.mjs), with
// ncc's API, and changes one thing in what ncc writes: the bundled `undici` moves to its own file,
// dist/undici.cjs, which is required on first use instead of parsed and evaluated at every start.
//
// Why: @actions/core imports @actions/http-client, which imports undici's ProxyAgent at its top,
// and @actions/github imports undici's fetch. The action's GitHub calls go through
// @actions/http-client (src/github/http-fetch.ts), so undici is needed only behind a proxy (and
// then loaded); in the entry it was 0.9 MB of the 1.1 MB to parse, and its evaluation cost every
// run about 60 ms (docs/architecture.md, "Start-up").
// - Each place that requires undici becomes a Proxy that loads it when a property is first read,
//   so `new undici.ProxyAgent(...)` and `(0, undici.fetch)(...)` behave as before.
// - undici's modules (webpack module functions, unchanged) are moved from the entry's module map
//   to dist/undici.cjs; loading it adds them back to the map, then undici is required as before.
// The build fails when what it expects is not there (the import sites, undici's modules, nothing
// else requiring them), so an upgrade that changes them is noticed, not shipped half-done.
//
//   node scripts/build-action.mjs [--out DIR]     (default dist)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ncc from '@vercel/ncc';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(values.out ?? path.join(ROOT, 'dist'));

/** Where undici is imported: @actions/http-client (ES module, in the entry) and @actions/github's deps (CommonJS). */
const EXPECTED_SITES = 3;
const SPLIT_FILE = 'undici.cjs';

function fail(message) {
  throw new Error(`build-action: ${message}; check scripts/build-action.mjs against the new bundle`);
}

const { code, assets, stats } = await ncc(path.join(ROOT, 'src', 'index.ts'), { license: 'licenses.txt', quiet: true });
const modules = stats.toJson({ all: false, modules: true, ids: true }).modules;
const undici = modules.find((m) => m.name === './node_modules/undici/index.js');
if (!undici) fail('undici is no longer bundled');
const undiciIds = new Set(modules.filter((m) => m.id != null && m.name?.startsWith('./node_modules/undici/')).map((m) => String(m.id)));

const files = { 'index.js': code, ...Object.fromEntries(Object.entries(assets).map(([name, asset]) => [name, asset.source])) };

// 1. The import sites: a Proxy that loads undici when first read.
const site = new RegExp(`^((?:var|const|let) \\w+ = )(__nccwpck_require__|__webpack_require__)\\(${undici.id}\\);$`, 'gm');
let sites = 0;
for (const [name, source] of Object.entries(files)) {
  if (!name.endsWith('.js')) continue;
  files[name] = source.toString().replace(site, (_, declaration, require) => {
    sites++;
    return `${declaration}new Proxy({}, { get: (_, name) => ${require}.undici()[name] }); // undici, loaded on first use (scripts/build-action.mjs)`;
  });
}
if (sites !== EXPECTED_SITES) fail(`expected ${EXPECTED_SITES} places that import undici, found ${sites}`);

// 2. undici's module functions, out of the entry's module map into their own file.
const MAP_START = '/******/ var __webpack_modules__ = ({\n';
const MAP_END = '\n\n/******/ });\n';
const entry = files['index.js'];
const start = entry.indexOf(MAP_START) + MAP_START.length;
const end = entry.indexOf(MAP_END, start);
if (start < MAP_START.length || end < 0) fail("the entry's module map was not found");
const entries = entry.slice(start, end).split(/,\n\n(?=\/\*\*\*\/ \d+:\n)/);
const kept = [];
const moved = [];
for (const text of entries) {
  const id = /^\n*\/\*\*\*\/ (\d+):\n/.exec(text)?.[1];
  if (id === undefined) fail('a module of the entry has an unexpected shape');
  (undiciIds.has(id) ? moved : kept).push(text);
}
if (moved.length !== undiciIds.size) fail(`found ${moved.length} of undici's ${undiciIds.size} modules in the entry`);
// A CommonJS file has no import.meta; undici's own modules never needed it.
if (moved.some((text) => text.includes('import.meta') || text.includes('__WEBPACK_EXTERNAL_createRequire'))) fail('an undici module refers to the ES module scope');
const rest = kept.join(',\n\n');
for (const [name, source] of Object.entries(files)) {
  if (!name.endsWith('.js')) continue;
  const text = name === 'index.js' ? rest : source;
  for (const m of text.matchAll(/__(?:nccwpck|webpack)_require__\((\d+)\)/g)) {
    if (undiciIds.has(m[1])) fail(`${name} requires undici's module ${m[1]} directly`);
  }
}
const loader = [
  '/******/ // undici, moved to ./undici.cjs by scripts/build-action.mjs: its modules join the map on first use',
  `/******/ __nccwpck_require__.undici = () => (__webpack_modules__[${undici.id}] || Object.assign(__webpack_modules__, __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./${SPLIT_FILE}")), __nccwpck_require__(${undici.id}));`
].join('\n');
const EXPOSE = '/******/ __nccwpck_require__.m = __webpack_modules__;\n';
if (!entry.includes(EXPOSE)) fail("the entry's require function was not found");
files['index.js'] = (entry.slice(0, start) + rest + entry.slice(end)).replace(EXPOSE, `${EXPOSE}${loader}\n`);
files[SPLIT_FILE] = `// undici, as bundled by ncc for the action: webpack module functions by id (scripts/build-action.mjs).\nmodule.exports = {\n${moved.join(',\n\n')}\n};\n`;

rmSync(out, { recursive: true, force: true });
for (const [name, source] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  writeFileSync(path.join(out, name), source);
}
