// Current spot prices from `ec2:DescribeSpotPriceHistory` (Linux/UNIX, StartTime now, which EC2
// answers with the price in force in each Availability Zone), one paginated call per distinct
// (region, instance type); and the zones of spot deployments' subnets (`ec2:DescribeSubnets`, one
// call per region) so the plan can say whether the cheapest zone is one the deployment can use.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { spotKey, type SpotQuote, type SpotZonePrice } from '../core/price-book.js';
import type { AwsClients } from './clients.js';
import type { PriceCache } from './price-cache.js';
import { describeAwsError, isAccessDenied } from './errors.js';

const MAX_PAGES = 5;

export interface SpotRead {
  quotes: Record<string, SpotQuote>;
  warnings: string[];
  counts: { live: number; cache: number; fallback: number };
}

export async function readSpotPrices(
  clients: AwsClients,
  wants: { region: string; type: string }[],
  options: { cache: PriceCache; today: string; now?: Date }
): Promise<SpotRead> {
  const out: SpotRead = { quotes: {}, warnings: [], counts: { live: 0, cache: 0, fallback: 0 } };
  const blocked = new Map<string, string>();
  for (const w of wants) {
    const key = spotKey(w.region, w.type);
    const cached = options.cache.get<SpotZonePrice[]>(`spot|${key}`);
    if (cached) {
      out.quotes[key] = { origin: 'cache', date: cached.readAt.slice(0, 10), zones: cached.value };
      out.counts.cache++;
      continue;
    }
    if (blocked.has(w.region)) {
      out.counts.fallback++;
      continue;
    }
    try {
      const zones = await latestPerZone(await clients.ec2(w.region), w.type, options.now ?? new Date());
      if (!zones.length) {
        out.counts.fallback++;
        out.warnings.push(`no spot price history for ${w.type} in ${w.region}; the bundled indicative average is used where it has one`);
        continue;
      }
      options.cache.set(`spot|${key}`, zones);
      out.quotes[key] = { origin: 'live', date: options.today, zones };
      out.counts.live++;
    } catch (error) {
      out.counts.fallback++;
      const why = describeAwsError(error);
      blocked.set(w.region, why);
      out.warnings.push(
        `live spot prices unavailable in ${w.region}: ec2:DescribeSpotPriceHistory ${isAccessDenied(error) ? 'was refused' : 'failed'} (${why}); the bundled indicative average is used`
      );
    }
  }
  return out;
}

async function latestPerZone(client: EC2Client, type: string, now: Date): Promise<SpotZonePrice[]> {
  const { DescribeSpotPriceHistoryCommand } = await import('@aws-sdk/client-ec2');
  const latest = new Map<string, { usd: number; at: number }>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.send(
      new DescribeSpotPriceHistoryCommand({ InstanceTypes: [type as never], ProductDescriptions: ['Linux/UNIX'], StartTime: now, NextToken: token })
    );
    for (const p of res.SpotPriceHistory ?? []) {
      const zone = p.AvailabilityZone;
      const usd = Number(p.SpotPrice);
      const at = p.Timestamp ? p.Timestamp.getTime() : 0;
      if (!zone || !Number.isFinite(usd)) continue;
      const seen = latest.get(zone);
      if (!seen || at > seen.at) latest.set(zone, { usd, at });
    }
    token = res.NextToken || undefined;
    if (!token) break;
  }
  return [...latest.entries()].map(([zone, v]) => ({ zone, usd: v.usd })).sort((a, b) => a.usd - b.usd || a.zone.localeCompare(b.zone));
}

export async function readSubnetZones(
  clients: AwsClients,
  wants: { region: string; ids: string[] }[]
): Promise<{ zones: Record<string, string>; warnings: string[] }> {
  const zones: Record<string, string> = {};
  const warnings: string[] = [];
  for (const w of wants) {
    try {
      const { DescribeSubnetsCommand } = await import('@aws-sdk/client-ec2');
      const res = await (await clients.ec2(w.region)).send(new DescribeSubnetsCommand({ SubnetIds: w.ids }));
      for (const s of res.Subnets ?? []) if (s.SubnetId && s.AvailabilityZone) zones[s.SubnetId] = s.AvailabilityZone;
    } catch (error) {
      warnings.push(`the zones of the spot deployments' subnets in ${w.region} are unknown: ec2:DescribeSubnets failed (${describeAwsError(error)})`);
    }
  }
  return { zones, warnings };
}
