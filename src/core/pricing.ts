// Price look-ups in the bundled table, with the provenance a reader needs to judge the number.
// An absent price is unknown (null), never borrowed from another region or service.
import { PRICE_TABLE, lookupPrice, sourceInfo, type ExtraPrice, type PriceGroup } from './catalog/price-data.js';
import { canonicalType } from './catalog/instances.js';
import type { Service } from './types.js';
import { bundledLabel, extraKey, onDemandKey, quoteLabel, spotKey, type ExtraKind, type PriceBook, type PriceQuote } from './price-book.js';

export interface HourlyPrice {
  usd: number | null;
  /** Where the number comes from, or why there is none. */
  source: string;
  estimate: boolean;
  /** Spot: an average from a dated snapshot, not a quote. */
  spotIndicative?: boolean;
  /** Date(s) of the price, e.g. `2026-01-21 (confirmed 2026-07-20)`. */
  date?: string;
  /** Where the figure comes from, in the words every figure uses: `live of 2026-12-01`, `cache of …`, `bundled table of …`. */
  label?: string;
  origin?: 'live' | 'cache' | 'bundled';
  /** Spot from the price history: the cheapest zone and whether the deployment's subnets reach it. */
  spotZone?: { zone: string; inSubnets: boolean | 'unknown' };
}

export interface PriceOptions {
  spot?: boolean;
  /** Live or cached quotes; anything absent falls back to the bundled table. */
  prices?: PriceBook;
  /** The deployment's subnets, to say whether the cheapest spot zone is one it can use. */
  subnetIds?: string[];
}

export interface ExtraHit {
  usd: number;
  source: string;
  date: string;
  /** `live of …`, `cache of …` or `bundled table of …`. */
  label: string;
}

const SERVICE_NAME: Record<'ec2' | 'sagemaker', string> = { ec2: 'EC2', sagemaker: 'SageMaker' };

function describeGroup(group: PriceGroup): string {
  const [origin, ...confirmations] = group.sources.map(sourceInfo);
  let text = `${origin.label}, ${origin.date}`;
  for (const c of confirmations) text += `; confirmed by ${c.label}, ${c.date}`;
  // The estimate sources already say ESTIMATE in their label.
  if (group.note && !(group.estimate && group.note.startsWith('ESTIMATE'))) text += ` (${group.note})`;
  return text;
}

function groupDate(group: PriceGroup): string {
  const [origin, ...confirmations] = group.sources.map(sourceInfo);
  const later = confirmations.filter((c) => c.date > origin.date).map((c) => c.date);
  return later.length ? `${origin.date} (confirmed ${later.join(', ')})` : origin.date;
}

/** Regions that have any price in a table, for "unknown" messages. */
function coverage(table: 'ec2' | 'sagemaker'): string {
  const regions = Object.entries(PRICE_TABLE.regions)
    .filter(([, r]) => r[table].some((g) => Object.keys(g.prices).length > 0))
    .map(([name, r]) => (r[table].every((g) => g.estimate) ? `${name} (estimate)` : name));
  return regions.length > 6 ? `${regions.length} regions` : regions.join(', ');
}

function fromQuote(what: string, quote: PriceQuote): HourlyPrice {
  const via = quote.origin === 'live' ? 'AWS Price List Query API' : 'cached AWS Price List answer';
  return { usd: quote.usd, source: `${what}: ${via}, read ${quote.date}`, estimate: false, date: quote.date, label: quoteLabel(quote), origin: quote.origin };
}

function onDemand(service: Service, type: string, region: string, book?: PriceBook): HourlyPrice {
  const table = service === 'sagemaker' ? 'sagemaker' : 'ec2';
  const key = table === 'sagemaker' ? `ml.${type}` : type;
  const quote = book?.onDemand[onDemandKey(table, region, type)];
  if (quote) return fromQuote(`${SERVICE_NAME[table]} on-demand ${key} in ${region}`, quote);
  const hit = lookupPrice(region, table, key);
  if (!hit) {
    return {
      usd: null,
      source: `no ${SERVICE_NAME[table]} price for ${key} in ${region} in the bundled data (often: not offered there; ${SERVICE_NAME[table]} prices cover ${coverage(table)})`,
      estimate: false
    };
  }
  return {
    usd: hit.usd,
    source: `${SERVICE_NAME[table]} on-demand ${key} in ${region}: ${describeGroup(hit.group)}`,
    estimate: hit.group.estimate === true,
    date: groupDate(hit.group),
    label: bundledLabel(groupDate(hit.group)),
    origin: 'bundled'
  };
}

export function instanceHourlyPrice(service: Service, instance: string, region: string, options: PriceOptions = {}): HourlyPrice {
  const type = canonicalType(instance);
  if (!options.spot) return onDemand(service, type, region, options.prices);
  if (service === 'sagemaker') {
    const price = onDemand(service, type, region, options.prices);
    return { ...price, source: `SageMaker real-time hosting has no spot capacity; on-demand price. ${price.source}` };
  }
  const live = options.prices?.spot[spotKey(region, type)];
  if (live && live.zones.length) {
    const [cheapest] = live.zones;
    const zones = (options.subnetIds ?? []).map((id) => options.prices?.subnetZones[id]);
    const inSubnets: boolean | 'unknown' = !options.subnetIds?.length || zones.some((z) => z === undefined) ? 'unknown' : zones.includes(cheapest.zone);
    const where =
      inSubnets === 'unknown'
        ? options.subnetIds?.length
          ? 'whether its subnets are in that zone is unknown'
          : 'the default VPC subnets may be in any zone'
        : inSubnets
          ? "one of the deployment's subnets is in that zone"
          : `none of the deployment's subnets is in that zone (zones: ${live.zones.map((z) => `${z.zone} $${z.usd}`).join(', ')})`;
    const via = live.origin === 'live' ? 'EC2 spot price history' : 'cached EC2 spot price history';
    return {
      usd: cheapest.usd,
      source: `EC2 spot ${type} in ${region}: ${via}, read ${live.date}, cheapest zone ${cheapest.zone}; ${where}; spot prices move and instances can be interrupted`,
      estimate: false,
      date: live.date,
      label: quoteLabel(live),
      origin: live.origin,
      spotZone: { zone: cheapest.zone, inSubnets }
    };
  }
  const spot = PRICE_TABLE.regions[region]?.spot;
  const entry = spot?.prices[type];
  if (!spot || !entry) {
    return { usd: null, source: `no indicative spot price for ${type} in ${region} in the bundled data`, estimate: false, spotIndicative: true };
  }
  const info = sourceInfo(spot.source);
  const interruptions = entry.interrupt ? `, interruptions ${entry.interrupt}` : '';
  return {
    usd: entry.avg,
    source: `EC2 spot ${type} in ${region}: average in ${info.label}, ${info.date}${interruptions}; spot prices move, treat as indicative`,
    estimate: false,
    spotIndicative: true,
    date: info.date,
    label: bundledLabel(info.date),
    origin: 'bundled'
  };
}

function extra(table: Record<string, ExtraPrice>, region: string, kind?: ExtraKind, book?: PriceBook): ExtraHit | undefined {
  const quote = kind ? book?.extras[extraKey(kind, region)] : undefined;
  if (quote) {
    const via = quote.origin === 'live' ? 'AWS Price List Query API' : 'cached AWS Price List answer';
    return { usd: quote.usd, source: `${via}, read ${quote.date}`, date: quote.date, label: quoteLabel(quote) };
  }
  const hit = table[region];
  if (!hit) return undefined;
  const info = sourceInfo(hit.source);
  return { usd: hit.usd, source: `${info.label}, ${info.date}`, date: info.date, label: bundledLabel(info.date) };
}

export function albHourlyPrice(region: string, book?: PriceBook): ExtraHit | undefined {
  return extra(PRICE_TABLE.extras.albPerHour, region, 'alb', book);
}

/** Secrets Manager stays on the bundled table: the Price List attributes for it were not verified. */
export function secretMonthlyPrice(region: string): ExtraHit | undefined {
  return extra(PRICE_TABLE.extras.secretPerMonth, region);
}

export function ebsGp3MonthlyPricePerGB(region: string, book?: PriceBook): ExtraHit | undefined {
  return extra(PRICE_TABLE.extras.ebsGp3PerGBMonth, region, 'ebs-gp3', book);
}

export function extraPriceRegions(kind: 'alb' | 'secret' | 'ebs'): string[] {
  const table = { alb: PRICE_TABLE.extras.albPerHour, secret: PRICE_TABLE.extras.secretPerMonth, ebs: PRICE_TABLE.extras.ebsGp3PerGBMonth }[kind];
  return Object.keys(table).sort();
}

export interface PriceSourceEntry {
  id: string;
  label: string;
  date: string;
  estimate: boolean;
  indicative: boolean;
}

export function priceSources(): PriceSourceEntry[] {
  return Object.entries(PRICE_TABLE.sources)
    .map(([id, s]) => ({ id, label: s.label, date: s.date, estimate: s.estimate === true, indicative: s.indicative === true }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function datesOf(prefix: string): string[] {
  return priceSources()
    .filter((s) => s.id.startsWith(prefix) && !s.estimate)
    .map((s) => s.date)
    .sort();
}

function span(dates: string[]): string {
  if (dates.length === 0) return 'unknown';
  return dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]}…${dates[dates.length - 1]}`;
}

/** One line for a comment footer: which dates the prices are from and what is an estimate. */
export function priceDataSummary(): string {
  const parts = [`EC2 on-demand prices of ${span(datesOf('ec2-gpu@'))} (us-east-1 confirmed ${span(datesOf('ec2-us-east-1@'))})`];
  const cpu = datesOf('ec2-cpu@');
  if (cpu.length) parts.push(`CPU types ${span(cpu)}`);
  parts.push(`SageMaker us-east-1 of ${span(datesOf('sagemaker-us-east-1@'))}`);
  const estimates = priceSources().filter((s) => s.estimate);
  if (estimates.some((s) => s.id.startsWith('sagemaker-us-west-2'))) parts.push('us-west-2 SageMaker ESTIMATE (training rates)');
  const spot = datesOf('ec2-spot@');
  if (spot.length) parts.push(`spot indicative of ${span(spot)}`);
  return `${parts.join('; ')}. SageMaker prices exist only for ${coverage('sagemaker')}.`;
}
