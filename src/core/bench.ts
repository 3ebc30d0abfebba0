// The figures of a short benchmark, from what each streamed request measured. Pure, so the numbers
// a pull request shows can be checked against known inputs.
//
// - Time to first token: p50 and p90 over the successful requests (nearest-rank percentiles: a
//   reported value is one that was measured).
// - Output tokens per second, per request: the decode rate after the first token,
//   (tokens - 1) / (last token - first token), the speed a user watching one answer sees (the
//   stream's closing chunks are not decoding). Median over requests.
// - Throughput: all output tokens / wall-clock time of the run, at the run's concurrency. This is
//   what the instance produces while it is billed, so it is what the price is divided by:
//   $ per 1M output tokens = hourly price / (throughput × 3600) × 1e6.
//   That is a price at the measured concurrency; a busier endpoint does better.

export interface BenchSample {
  ok: boolean;
  /** Milliseconds to the first streamed content. */
  ttftMs?: number;
  totalMs?: number;
  /** Milliseconds to the last streamed content; decode time is last − first. */
  lastTokenMs?: number;
  outputTokens?: number;
  error?: string;
}

export interface BenchFigures {
  requests: number;
  succeeded: number;
  failed: number;
  concurrency: number;
  wallMs: number;
  ttftP50Ms: number | null;
  ttftP90Ms: number | null;
  /** Median per-request decode rate. */
  tokensPerSecond: number | null;
  /** Aggregate output tokens per second over the run. */
  throughput: number | null;
  outputTokens: number;
  hourlyUsd: number | null;
  usdPer1MOutputTokens: number | null;
  /** First few distinct errors, for the report. */
  errors: string[];
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; null for none. */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * sorted.length);
  return sorted[Math.max(rank, 1) - 1];
}

export function decodeRate(s: BenchSample): number | undefined {
  if (!s.ok || s.outputTokens === undefined || s.ttftMs === undefined || s.totalMs === undefined) return undefined;
  const decodeMs = (s.lastTokenMs ?? s.totalMs) - s.ttftMs;
  if (s.outputTokens < 2 || decodeMs <= 0) return undefined;
  return ((s.outputTokens - 1) * 1000) / decodeMs;
}

export function usdPerMillionTokens(hourlyUsd: number | null, tokensPerSecond: number | null): number | null {
  if (hourlyUsd === null || tokensPerSecond === null || tokensPerSecond <= 0) return null;
  return (hourlyUsd / (tokensPerSecond * 3600)) * 1_000_000;
}

export function benchFigures(samples: BenchSample[], o: { wallMs: number; concurrency: number; hourlyUsd: number | null }): BenchFigures {
  const ok = samples.filter((s) => s.ok);
  const ttfts = ok.map((s) => s.ttftMs).filter((v): v is number => v !== undefined);
  const rates = ok.map(decodeRate).filter((v): v is number => v !== undefined);
  const outputTokens = ok.reduce((sum, s) => sum + (s.outputTokens ?? 0), 0);
  const throughput = o.wallMs > 0 && outputTokens > 0 ? (outputTokens * 1000) / o.wallMs : null;
  return {
    requests: samples.length,
    succeeded: ok.length,
    failed: samples.length - ok.length,
    concurrency: o.concurrency,
    wallMs: o.wallMs,
    ttftP50Ms: percentile(ttfts, 50),
    ttftP90Ms: percentile(ttfts, 90),
    tokensPerSecond: percentile(rates, 50),
    throughput,
    outputTokens,
    hourlyUsd: o.hourlyUsd,
    usdPer1MOutputTokens: usdPerMillionTokens(o.hourlyUsd, throughput),
    errors: [...new Set(samples.filter((s) => !s.ok && s.error).map((s) => s.error!))].slice(0, 3)
  };
}
