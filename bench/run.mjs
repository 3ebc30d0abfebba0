// `npm run bench`: compiles each bench/*.ts with ncc (the same compiler as dist/) and runs it.
// Benches measure and print; they assert nothing. Pass names to run a subset: npm run bench -- plan
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const wanted = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

for (const name of benches) {
  const out = path.join(root, 'build', 'bench', name);
  execFileSync(process.execPath, [path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', `bench/${name}.ts`, '-o', out, '-q'], { cwd: root, stdio: 'inherit' });
  console.log(`\n== bench: ${name}`);
  execFileSync(process.execPath, ['--expose-gc', path.join(out, 'index.js')], { cwd: root, stdio: 'inherit', env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true', NODE_NO_WARNINGS: '1' } });
}
