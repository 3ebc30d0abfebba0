// Live price quotes handed to the pure core. The AWS adapters (src/aws/pricing.ts, spot.ts) fill a
// PriceBook from the Price List Query API and EC2 spot price history, or from a dated cache of an
// earlier run; the core reads it and falls back to the bundled table for anything it lacks. Every
// quote carries where it came from and the day it was read, so each figure can say so.

export type QuoteOrigin = 'live' | 'cache';

export interface PriceQuote {
  usd: number;
  origin: QuoteOrigin;
  /** Day the price was read from AWS (YYYY-MM-DD); a cache hit keeps the day of the original read. */
  date: string;
}

export interface SpotZonePrice {
  zone: string;
  usd: number;
}

export interface SpotQuote {
  origin: QuoteOrigin;
  date: string;
  /** Latest price per Availability Zone, cheapest first. */
  zones: SpotZonePrice[];
}

export type ExtraKind = 'alb' | 'ebs-gp3';

export interface PriceBook {
  /** By `onDemandKey(table, region, type)`. */
  onDemand: Record<string, PriceQuote>;
  /** By `spotKey(region, type)`. */
  spot: Record<string, SpotQuote>;
  /** By `extraKey(kind, region)`: ALB per hour, gp3 per GB-month. */
  extras: Record<string, PriceQuote>;
  /** Subnet id → Availability Zone, for "is the cheapest spot zone one the deployment can use". */
  subnetZones: Record<string, string>;
}

export function emptyPriceBook(): PriceBook {
  return { onDemand: {}, spot: {}, extras: {}, subnetZones: {} };
}

/** `table` is the price table: SageMaker hosting or EC2 (which ECS on EC2 also pays). */
export function onDemandKey(table: 'ec2' | 'sagemaker', region: string, type: string): string {
  return `${table}|${region}|${type}`;
}

export function spotKey(region: string, type: string): string {
  return `${region}|${type}`;
}

export function extraKey(kind: ExtraKind, region: string): string {
  return `${kind}|${region}`;
}

/** `live of 2026-12-01` / `cache of 2026-11-30`: what each figure says about itself. */
export function quoteLabel(quote: { origin: QuoteOrigin; date: string }): string {
  return `${quote.origin} of ${quote.date}`;
}

/** `bundled table of 2026-01-21`, the same wording for the offline fallback. */
export function bundledLabel(date: string | undefined): string {
  return `bundled table of ${date ?? 'unknown date'}`;
}
