import { describe, expect, it } from '@jest/globals';
import { benchFigures, decodeRate, percentile, usdPerMillionTokens } from '../../src/core/bench.js';

describe('percentile (nearest rank)', () => {
  it('returns a measured value', () => {
    const v = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 90)).toBe(90);
    expect(percentile(v, 100)).toBe(100);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('benchmark figures', () => {
  it('decode rate counts the tokens after the first over the time after the first', () => {
    // 21 tokens, first at 100 ms, the other 20 in the next 400 ms: 50 tokens/s.
    expect(decodeRate({ ok: true, ttftMs: 100, totalMs: 500, outputTokens: 21 })).toBeCloseTo(50, 6);
    expect(decodeRate({ ok: true, ttftMs: 100, totalMs: 100, outputTokens: 1 })).toBeUndefined();
  });

  it('prices a million output tokens from the hourly price and the throughput', () => {
    // 100 tokens/s is 360,000 tokens an hour; at $1.212/h a million cost $3.3667.
    expect(usdPerMillionTokens(1.212, 100)).toBeCloseTo(3.3667, 4);
    expect(usdPerMillionTokens(null, 100)).toBeNull();
    expect(usdPerMillionTokens(1, 0)).toBeNull();
  });

  it('summarises samples, leaving failures out of the latencies', () => {
    const samples = [
      { ok: true, ttftMs: 100, totalMs: 500, outputTokens: 21 },
      { ok: true, ttftMs: 300, totalMs: 700, outputTokens: 21 },
      { ok: true, ttftMs: 200, totalMs: 600, outputTokens: 21 },
      { ok: false, totalMs: 50, error: 'HTTP 503: not ready' },
      { ok: false, totalMs: 50, error: 'HTTP 503: not ready' }
    ];
    const f = benchFigures(samples, { wallMs: 1260, concurrency: 2, hourlyUsd: 1.212 });
    expect(f).toMatchObject({ requests: 5, succeeded: 3, failed: 2, concurrency: 2, outputTokens: 63, ttftP50Ms: 200, ttftP90Ms: 300, errors: ['HTTP 503: not ready'] });
    expect(f.tokensPerSecond).toBeCloseTo(50, 6);
    expect(f.throughput).toBeCloseTo(50, 6);
    expect(f.usdPer1MOutputTokens).toBeCloseTo((1.212 / (50 * 3600)) * 1e6, 6);
  });

  it('has no figures when nothing succeeded', () => {
    const f = benchFigures([{ ok: false, error: 'cannot connect' }], { wallMs: 10, concurrency: 1, hourlyUsd: 1 });
    expect(f).toMatchObject({ ttftP50Ms: null, tokensPerSecond: null, throughput: null, usdPer1MOutputTokens: null });
  });
});
