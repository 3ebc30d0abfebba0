// Validation cost of hostile manifests (issue 13, item 9): a 480 KB value built to make the JSON
// web token check backtrack, and entries with overlapping minute schedules. Prints; asserts nothing.
// The old regex is timed on small inputs only, to show its growth without running for minutes.
import { findSecretLikeValue } from '../src/core/manifest/secrets.js';
import { loadManifest } from '../src/core/manifest/load.js';
import { upHoursPerWeek } from '../src/core/schedule.js';

const OLD_JWT = /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/;
const time = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

console.log('secret scan of "eyJ-" repeated:');
console.log('bytes     old regex ms  scanner ms');
for (const bytes of [6_000, 12_000, 24_000, 480_000]) {
  const value = 'eyJ-'.repeat(bytes / 4);
  const old = bytes <= 24_000 ? time(() => OLD_JWT.test(value)).toFixed(0) : '(minutes)';
  console.log(`${String(bytes).padStart(7)}  ${old.padStart(12)}  ${time(() => findSecretLikeValue(value)).toFixed(1).padStart(10)}`);
}

console.log('\nweekly up hours of an hourly schedule (the most frequent allowed):');
for (const timezone of ['UTC', 'Europe/Berlin']) {
  const runs = [0, 1, 2, 3, 4].map((i) => time(() => upHoursPerWeek({ up: `${i} * * * *`, down: `${30 + i} * * * *`, timezone })));
  console.log(`${timezone}: ${runs.map((r) => r.toFixed(0)).join(', ')} ms per entry (first includes warm-up)`);
}

const entries = (n: number, up: string, down: string) =>
  Array.from({ length: n }, (_, i) => `  m${i}:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    schedule: { up: "${up}", down: "${down}" }`).join('\n');
for (const [up, down] of [['* * * * *', '*/1 * * * *'], ['0 * * * *', '30 * * * *']]) {
  const text = `version: 1\ndefaults: { region: us-east-1, service: ecs, instance: g5.xlarge }\nmodels:\n${entries(100, up, down)}\n`;
  let errors = 0;
  const ms = time(() => (errors = loadManifest(text, { path: 'models.yaml', stackPrefix: 'emd' }).diagnostics.filter((d) => d.severity === 'error').length));
  console.log(`100 entries up "${up}" down "${down}": validated in ${ms.toFixed(0)} ms, ${errors} errors`);
}
