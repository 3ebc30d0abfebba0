// Which AWS regions exist, from the partition metadata the AWS SDK ships and resolves endpoints
// with, not from a list kept by hand. The data is copied into data/regions.json by
// scripts/regions.mjs (importing the SDK's client core for it would cost every CLI start about
// 600 KB of parsing); test/core/regions.test.ts fails when the installed SDK knows a region the
// copy does not, so a new region arrives with an SDK update and one re-run of the script.
import table from '../data/regions.json' with { type: 'json' };
import { editDistance } from './instances.js';

const REGIONS: Record<string, { partition: string; description: string }> = table.regions;

/** A region the SDK's partitions list by name (endpoint aliases such as `aws-global` are not). */
export function isKnownRegion(region: string): boolean {
  return Object.hasOwn(REGIONS, region);
}

/** Every region the partitions list, sorted. */
export function knownRegions(): string[] {
  return Object.keys(REGIONS);
}

/** The closest known region names (for a did-you-mean), nearest first. */
export function suggestRegions(region: string): string[] {
  const scored = knownRegions().map((r) => ({ r, d: editDistance(region, r) }));
  const best = Math.min(...scored.map((s) => s.d));
  return best <= 3 ? scored.filter((s) => s.d === best).map((s) => s.r).slice(0, 3) : [];
}

/** The partition metadata's name for a region ("Europe (Ireland)"), or undefined for an unknown one. */
export function regionDescription(region: string): string | undefined {
  return REGIONS[region]?.description;
}
