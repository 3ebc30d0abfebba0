import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration } from '../../src/core/duration.js';

describe('parseDuration', () => {
  it.each([
    ['30m', 1800],
    ['8h', 28800],
    ['2d', 172800],
    ['1w', 604800],
    ['1h30m', 5400],
    ['1w2d3h4m', 604800 + 2 * 86400 + 3 * 3600 + 240],
    [' 90m ', 5400],
    ['0h30m', 1800]
  ])('%s is %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', '0m', '0h0m', '-1h', '+1h', '1.5h', '8', 'h', '8 h', '1h 30m', '30s', '1y', '2M', '1mo', '30m1h', '1h1h', 'eight hours', '1e3m'])(
    'rejects %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    }
  );

  it('rejects non-strings', () => {
    expect(parseDuration(8 as unknown as string)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [1800, '30m'],
    [5400, '1h30m'],
    [86400 + 3600, '1d1h'],
    [604800 * 2, '2w'],
    [45, '45s'],
    [0, '0m']
  ])('%d seconds is %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('round-trips through parseDuration', () => {
    for (const text of ['30m', '8h', '2d', '1w', '1h30m', '3w6d23h59m']) {
      expect(formatDuration(parseDuration(text)!)).toBe(text);
    }
  });
});
