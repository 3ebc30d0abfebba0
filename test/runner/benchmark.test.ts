// The benchmark against the OpenAI fake streaming at a known pace: the figures it reports must be
// the truth the fake was set to, within 10%.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFakeOpenAi, type FakeOpenAiServer } from '../fakes/openai-server.js';
import { runBenchmark } from '../../src/runner/benchmark.js';

// Long enough that a loaded runner's few milliseconds of scheduling stay well inside 10%.
const TTFT_MS = 2000;
const RATE = 50; // tokens per second after the first
const TOKENS = 26;

describe('runBenchmark', () => {
  let openai: FakeOpenAiServer;
  beforeAll(async () => {
    openai = await startFakeOpenAi({ keys: ['sk-bench'], models: ['m'], reply: Array.from({ length: 40 }, (_, i) => `t${i} `), firstTokenDelayMs: TTFT_MS, tokensPerSecond: RATE });
  });
  afterAll(() => openai.close());

  it('measures time to first token, tokens per second and the price of a million tokens', async () => {
    const f = await runBenchmark({ baseUrl: openai.baseUrl('bench'), model: 'm', apiKey: 'sk-bench', hourlyUsd: 1.5 }, { requests: 4, concurrency: 2, seconds: 30, maxTokens: TOKENS });
    expect(f).toMatchObject({ requests: 4, succeeded: 4, failed: 0, outputTokens: 4 * TOKENS });
    const within = (value: number | null, truth: number) => {
      expect(value).not.toBeNull();
      expect(Math.abs(value! - truth) / truth).toBeLessThan(0.1);
    };
    within(f.ttftP50Ms, TTFT_MS);
    within(f.tokensPerSecond, RATE);
    // Each request: TTFT then 25 tokens at 50/s = 2.5 s for 26 tokens; two at a time.
    const perRequestMs = TTFT_MS + ((TOKENS - 1) * 1000) / RATE;
    const throughput = (2 * TOKENS * 1000) / perRequestMs;
    within(f.throughput, throughput);
    within(f.usdPer1MOutputTokens, (1.5 / (throughput * 3600)) * 1e6);
    // One unstreamed warm-up, then the measured requests, all streamed, all with the key.
    const calls = openai.requests.filter((r) => r.path.endsWith('/chat/completions'));
    expect(calls.map((r) => r.stream)).toEqual([false, true, true, true, true]);
    expect(calls.every((r) => r.authorized && r.status === 200)).toBe(true);
  });

  it('stops after its time bound and reports what it could not finish', async () => {
    const f = await runBenchmark({ baseUrl: openai.baseUrl('bench'), model: 'm', apiKey: 'sk-bench', hourlyUsd: 1.5 }, { requests: 50, concurrency: 1, seconds: 4, maxTokens: 60 });
    expect(f.requests).toBeLessThan(5);
    expect(f.failed).toBeGreaterThanOrEqual(1);
    expect(f.errors.join(' ')).toMatch(/cut off by the 4 s bound/);
  });

  it('reports a refused key as a failure, not as figures', async () => {
    const f = await runBenchmark({ baseUrl: openai.baseUrl('bench'), model: 'm', apiKey: 'wrong', hourlyUsd: 1.5 }, { requests: 2, concurrency: 1, seconds: 5, maxTokens: 5 });
    expect(f).toMatchObject({ succeeded: 0, failed: 2, ttftP50Ms: null, usdPer1MOutputTokens: null });
    expect(f.errors[0]).toMatch(/HTTP 401/);
  });
});
