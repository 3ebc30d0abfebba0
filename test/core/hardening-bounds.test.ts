// Issue 13, item 9: validation work is bounded by the size of the manifest, not its square. These
// tests assert the bound (characters examined, cron iterations), not a wall-clock time; the numbers
// are printed by `npm run bench -- validation`.
import { describe, expect, it } from '@jest/globals';
import { containsJwt, findSecretLikeValue } from '../../src/core/manifest/secrets.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { MAX_FIRINGS_PER_WEEK, upHoursPerWeek, validateCron } from '../../src/core/schedule.js';

const JWT_REGEX = /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/;

describe('the secret scanner', () => {
  it('finds exactly what the JSON web token regex finds (random strings built from its pieces)', () => {
    let seed = 42;
    const rand = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const pieces = ['eyJ', 'a', 'Z9', '_', '-', '.', ' ', 'x'.repeat(10), 'eyJhbGciOiJIUzI1NiJ9', '/', 'é'];
    const chars = 'aZ9_-';
    const segment = () => Array.from({ length: 7 + rand(8) }, () => (rand(25) === 0 ? ' ./'[rand(3)] : chars[rand(chars.length)])).join('');
    const noise = () => Array.from({ length: rand(4) }, () => pieces[rand(pieces.length)]).join('');
    let matches = 0;
    for (let i = 0; i < 5000; i++) {
      // Half near-tokens (eyJ, three segments, dots, noise around and inside), half random pieces.
      const s = i % 2 ? `${noise()}eyJ${segment()}.${segment()}.${segment()}${noise()}` : Array.from({ length: 1 + rand(14) }, () => pieces[rand(pieces.length)]).join('');
      const expected = JWT_REGEX.test(s);
      if (expected) matches++;
      expect({ s, found: containsJwt(s) }).toEqual({ s, found: expected });
    }
    expect(matches).toBeGreaterThan(100);
  });

  it('still recognises a real token', () => {
    expect(findSecretLikeValue('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U')).toBe('a JSON web token');
  });

  it('examines each character of a hostile 480 KB value a bounded number of times (the regex scanned the rest of the value from every "eyJ")', () => {
    for (const value of ['eyJ-'.repeat(120_000), `eyJ${'a'.repeat(480_000)}`, 'eyJaaaaaaaaaaaa.'.repeat(30_000)]) {
      const steps = { count: 0 };
      containsJwt(value, steps);
      expect(steps.count).toBeLessThanOrEqual(3 * value.length);
    }
  });
});

describe('schedules', () => {
  it('refuses an expression that fires more often than hourly (a deployment takes minutes to come up)', () => {
    expect(validateCron('* * * * *')).toMatch(/fires more often than hourly/);
    expect(validateCron('*/30 * * * *')).toMatch(/fires more often than hourly/);
    expect(validateCron('* * 15 * *')).toMatch(/fires more often than hourly/);
    expect(validateCron('0,30 8 * * 1-5')).toMatch(/fires more often than hourly/);
    expect(validateCron('0 8,9 * * *')).toBeUndefined();
    expect(validateCron('0 * * * *')).toBeUndefined();
    expect(validateCron('0 8 * * 1-5')).toBeUndefined();
  });

  it('bounds the work of the weekly estimate by the number of firings, even when up and down coincide', () => {
    const stats = { steps: 0 };
    // Both fire every hour at :00 (a tie counts as down): up never takes effect.
    expect(upHoursPerWeek({ up: '0 * * * *', down: '0 */1 * * *', timezone: 'UTC' }, undefined, stats)).toBe(0);
    expect(stats.steps).toBeLessThanOrEqual(4 * MAX_FIRINGS_PER_WEEK);
    const busy = { steps: 0 };
    upHoursPerWeek({ up: '0 * * * *', down: '30 * * * *', timezone: 'UTC' }, undefined, busy);
    expect(busy.steps).toBeLessThanOrEqual(4 * MAX_FIRINGS_PER_WEEK);
  });

  it('a manifest of overlapping minute schedules is refused entry by entry instead of planned for hours', () => {
    const entries = Array.from({ length: 50 }, (_, i) => `  m${i}:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    schedule: { up: "* * * * *", down: "*/1 * * * *" }`).join('\n');
    const result = loadManifest(`version: 1\ndefaults: { region: us-east-1, service: ecs, instance: g5.xlarge }\nmodels:\n${entries}\n`, { path: 'models.yaml', stackPrefix: 'emd' });
    const errors = result.diagnostics.filter((d) => d.severity === 'error' && d.field?.endsWith('schedule.up'));
    expect(errors).toHaveLength(50);
    expect(result.specs).toEqual([]);
  });
});
