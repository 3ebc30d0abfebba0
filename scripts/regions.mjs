#!/usr/bin/env node
// Writes src/core/data/regions.json: every region of every partition in the partition metadata
// the AWS SDK ships and resolves endpoints with (@aws-sdk/core, the `partitionsInfo` behind
// `partition()`). The data is copied, not the code: importing `@aws-sdk/core/client` would put the
// SDK's client core (about 600 KB) into every start of the CLI just to answer "is this a region".
// test/core/regions.test.ts fails when the installed SDK knows a region this file does not, so an
// SDK update tells you to re-run:
//
//   node scripts/regions.mjs            write the file
//   node scripts/regions.mjs --check    exit 1 when the file differs from the installed SDK's data
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/core/data/regions.json');

/** The SDK's partition data and version, read from the installed @aws-sdk/core. */
export async function sdkPartitions(root = ROOT) {
  const require = createRequire(path.join(root, 'package.json'));
  const pkgFile = require.resolve('@aws-sdk/core/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const file = path.join(path.dirname(pkgFile), 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js');
  const { partitionsInfo } = await import(pathToFileURL(file).href);
  return { version: pkg.version, partitions: partitionsInfo.partitions };
}

/**
 * The JSON this project bundles: region → description and partition, sorted by name. Names that do
 * not match their partition's region pattern (`aws-global`, `aws-cn-global`: endpoint aliases) are
 * not regions a stack can be created in, so they are left out.
 */
export function regionTable({ version, partitions }) {
  const regions = {};
  for (const p of partitions) {
    const pattern = new RegExp(p.regionRegex);
    for (const [name, data] of Object.entries(p.regions)) if (pattern.test(name)) regions[name] = { partition: p.id, description: data.description };
  }
  const sorted = Object.fromEntries(Object.entries(regions).sort(([a], [b]) => a.localeCompare(b)));
  return { source: `@aws-sdk/core ${version}, partition metadata (util-endpoints partitions)`, regions: sorted };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const table = regionTable(await sdkPartitions());
  const text = `${JSON.stringify(table, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') === text) process.exit(0);
    console.error(`${path.relative(ROOT, OUT)} differs from ${table.source}: run node scripts/regions.mjs`);
    process.exit(1);
  }
  writeFileSync(OUT, text);
  console.log(`${path.relative(ROOT, OUT)}: ${Object.keys(table.regions).length} regions from ${table.source}`);
}
