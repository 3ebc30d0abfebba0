// A short, bounded benchmark from the runner against an OpenAI-compatible endpoint, through the
// official client: `requests` streamed chat completions, `concurrency` at a time, stopped after
// `seconds` whatever is left. Each request records what core/bench.ts turns into figures. The key
// is passed in (already masked by the caller) and never logged or returned.
import OpenAI from 'openai';
import { benchFigures, type BenchFigures, type BenchSample } from '../core/bench.js';

export interface BenchSettings {
  requests: number;
  concurrency: number;
  seconds: number;
  maxTokens: number;
}

export interface BenchTarget {
  baseUrl: string;
  model: string;
  /** 'none' for an endpoint without a key. */
  apiKey: string;
  hourlyUsd: number | null;
}

export const BENCH_PROMPT = 'Write a short paragraph about the history of the printing press.';

export async function runBenchmark(target: BenchTarget, settings: BenchSettings, o: { clock?: () => number; signal?: AbortSignal } = {}): Promise<BenchFigures> {
  const clock = o.clock ?? (() => performance.now());
  const deadline = AbortSignal.timeout(settings.seconds * 1000);
  const signal = o.signal ? AbortSignal.any([o.signal, deadline]) : deadline;
  const client = new OpenAI({ apiKey: target.apiKey, baseURL: target.baseUrl, timeout: settings.seconds * 1000, maxRetries: 0, logLevel: 'off' });
  const samples: BenchSample[] = [];
  let next = 0;
  // One short request first, not counted: a cold connection (and a cold client) is not the endpoint's speed.
  await client.chat.completions
    .create({ model: target.model, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 1, stream: false }, { signal })
    .catch(() => undefined);
  const started = clock();

  const one = async (): Promise<BenchSample> => {
    const t0 = clock();
    let ttftMs: number | undefined;
    let lastTokenMs: number | undefined;
    let chunks = 0;
    let usageTokens: number | undefined;
    try {
      const stream = await client.chat.completions.create(
        {
          model: target.model,
          messages: [{ role: 'user', content: BENCH_PROMPT }],
          max_tokens: settings.maxTokens,
          temperature: 0,
          stream: true,
          stream_options: { include_usage: true }
        },
        { signal }
      );
      for await (const chunk of stream) {
        if (chunk.usage?.completion_tokens !== undefined) usageTokens = chunk.usage.completion_tokens;
        const text = chunk.choices?.[0]?.delta?.content ?? '';
        if (!text) continue;
        chunks++;
        lastTokenMs = clock() - t0;
        ttftMs ??= lastTokenMs;
      }
      const totalMs = clock() - t0;
      // The client ends the stream quietly when the signal aborts it: a cut-off answer is no sample.
      if (signal.aborted) return { ok: false, totalMs, error: `cut off by the ${settings.seconds} s bound` };
      // Engines report usage when asked; without it each content chunk is one token, as vLLM and TGI stream them.
      const outputTokens = usageTokens ?? chunks;
      if (!outputTokens || ttftMs === undefined) return { ok: false, totalMs, error: 'the stream ended without any content' };
      return { ok: true, ttftMs, totalMs, lastTokenMs, outputTokens };
    } catch (error) {
      const status = error instanceof OpenAI.APIError ? error.status : undefined;
      const message = signal.aborted ? `cut off by the ${settings.seconds} s bound` : ((error as Error)?.message ?? String(error)).replace(/\s+/g, ' ').slice(0, 160);
      return { ok: false, totalMs: clock() - t0, error: status ? `HTTP ${status}: ${message}` : message };
    }
  };

  const worker = async () => {
    while (next < settings.requests && !signal.aborted) {
      next++;
      samples.push(await one());
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(settings.concurrency, settings.requests)) }, worker));
  return benchFigures(samples, { wallMs: clock() - started, concurrency: settings.concurrency, hourlyUsd: target.hourlyUsd });
}
