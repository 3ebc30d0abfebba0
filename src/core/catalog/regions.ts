// Which AWS regions exist, from the partition metadata the AWS SDK ships and uses to resolve
// endpoints (@aws-sdk/core, `partition()`; the same data as partitions.json of the SDK's
// endpoint rules), not from a list kept by hand: a new region arrives with an SDK update.
import { partition } from '@aws-sdk/core/client';
import { editDistance } from './instances.js';

/** Region name prefixes of the partitions and the direction words regions are named with. */
const PREFIXES = ['us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'il', 'mx', 'cn', 'us-gov', 'us-iso', 'us-isob', 'eu-isoe', 'us-isof'];
const DIRECTIONS = ['east', 'west', 'north', 'south', 'central', 'northeast', 'northwest', 'southeast', 'southwest'];

/** A region the SDK's partitions list by name (a name that only matches a partition's pattern is not). */
export function isKnownRegion(region: string): boolean {
  return typeof (partition(region) as { description?: string }).description === 'string';
}

let known: string[] | undefined;

/**
 * Every region the partitions list. `partition()` answers one name at a time, so the names are
 * found by asking it for each <prefix>-<direction>-<n> that AWS's naming scheme allows.
 */
export function knownRegions(): string[] {
  if (!known) {
    const found: string[] = [];
    for (const p of PREFIXES) for (const d of DIRECTIONS) for (let n = 1; n <= 9; n++) if (isKnownRegion(`${p}-${d}-${n}`)) found.push(`${p}-${d}-${n}`);
    known = found.sort();
  }
  return known;
}

/** The closest known region names (for a did-you-mean), nearest first. */
export function suggestRegions(region: string): string[] {
  const scored = knownRegions().map((r) => ({ r, d: editDistance(region, r) }));
  const best = Math.min(...scored.map((s) => s.d));
  return best <= 3 ? scored.filter((s) => s.d === best).map((s) => s.r).slice(0, 3) : [];
}

export function regionDescription(region: string): string | undefined {
  return (partition(region) as { description?: string }).description;
}
