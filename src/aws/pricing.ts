// Live on-demand prices from the AWS Price List Query API (`pricing:GetProducts`) for each distinct
// (table, region, instance type) the plan prices, plus the ALB hour and the gp3 GB-month per region.
// One call (one page with exact filters) per distinct figure per run, none at all for a figure in
// the day-old cache; a refusal or an outage leaves the figure to the bundled table with a warning.
//
// Attribute names and values are those of the Price List (see docs/architecture.md, "Live prices"):
// AmazonEC2 `instanceType`, `regionCode`, `operatingSystem`, `tenancy`, `preInstalledSw`,
// `capacitystatus`; AmazonSageMaker `productFamily` "ML Instance", `instanceName` (ml.…),
// `component` "Hosting"; AWSELB `productFamily` "Load Balancer-Application"; EBS `volumeApiName`.
import type { GetProductsCommandInput, PricingClient } from '@aws-sdk/client-pricing';
import { extraKey, onDemandKey, spotKey, type ExtraKind, type PriceBook, type PriceQuote } from '../core/price-book.js';
import { deployedSpec, type LiveState } from '../core/live.js';
import type { DeploymentSpec } from '../core/types.js';
import type { AwsClients } from './clients.js';
import { PriceCache } from './price-cache.js';
import { describeAwsError, isAccessDenied } from './errors.js';
import { readSpotPrices, readSubnetZones } from './spot.js';

/** The only regions with a Price List Query API endpoint. */
export const PRICING_ENDPOINTS = ['us-east-1', 'eu-central-1', 'ap-south-1'] as const;

/** The nearest Price List endpoint; the answers are the same from each (prices are per regionCode). */
export function pricingEndpointFor(region: string | undefined): (typeof PRICING_ENDPOINTS)[number] {
  if (!region) return 'us-east-1';
  if (/^(eu|me|af|il)-/.test(region)) return 'eu-central-1';
  if (/^ap-/.test(region)) return 'ap-south-1';
  return 'us-east-1';
}

export interface PriceWants {
  onDemand: { table: 'ec2' | 'sagemaker'; region: string; type: string }[];
  spot: { region: string; type: string }[];
  extras: { kind: ExtraKind; region: string }[];
  /** Subnets of spot deployments, per region, to place the cheapest zone. */
  subnets: { region: string; ids: string[] }[];
}

/** Every distinct figure the plan will price: the manifest's specs and what runs now. */
export function priceWants(specs: DeploymentSpec[], live?: LiveState): PriceWants {
  const all = [...specs];
  if (live?.known) {
    for (const stack of live.stacks) {
      const deployed = deployedSpec(stack);
      if (deployed.ok) all.push(deployed.spec);
    }
  }
  const onDemand = new Map<string, PriceWants['onDemand'][number]>();
  const spot = new Map<string, PriceWants['spot'][number]>();
  const extras = new Map<string, PriceWants['extras'][number]>();
  const subnets = new Map<string, Set<string>>();
  for (const s of all) {
    const table = s.service === 'sagemaker' ? 'sagemaker' : 'ec2';
    onDemand.set(onDemandKey(table, s.region, s.instance), { table, region: s.region, type: s.instance });
    if (s.service !== 'sagemaker') {
      if (s.spot) {
        spot.set(spotKey(s.region, s.instance), { region: s.region, type: s.instance });
        if (s.network?.subnet_ids.length) {
          const set = subnets.get(s.region) ?? new Set<string>();
          for (const id of s.network.subnet_ids) set.add(id);
          subnets.set(s.region, set);
        }
      }
      for (const kind of ['alb', 'ebs-gp3'] as const) extras.set(extraKey(kind, s.region), { kind, region: s.region });
    }
  }
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
  return {
    onDemand: sorted(onDemand),
    spot: sorted(spot),
    extras: sorted(extras),
    subnets: [...subnets.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([region, ids]) => ({ region, ids: [...ids].sort() }))
  };
}

export interface LivePrices {
  book: PriceBook;
  /** Warnings for the plan: what could not be read live and fell back to the bundled table. */
  warnings: string[];
  /** Counts for the footer: figures live, from the cache, and left to the bundled table. */
  counts: { live: number; cache: number; fallback: number };
  /** Why the Price List stopped being asked (a refusal or failure), when it did. */
  priceListStopped?: string;
}

export interface ReadPricesOptions {
  cache?: PriceCache;
  /** The action's region, which picks the nearest Price List endpoint. */
  homeRegion?: string;
  now?: () => Date;
  /**
   * An earlier read's `priceListStopped`: the Price List is not asked again (its refusal was
   * already said), so a later read for more figures costs no refused call.
   */
  priceListStopped?: string;
}

const MAX_PAGES = 3;
/** Price List calls in flight at once, after the first. */
const PRICE_LIST_PARALLEL = 4;

export async function readLivePrices(clients: AwsClients, wants: PriceWants, options: ReadPricesOptions = {}): Promise<LivePrices> {
  const now = options.now ?? (() => new Date());
  const today = now().toISOString().slice(0, 10);
  const cache = options.cache ?? new PriceCache(undefined, now);
  const book: PriceBook = { onDemand: {}, spot: {}, extras: {}, subnetZones: {} };
  const warnings: string[] = [];
  const counts = { live: 0, cache: 0, fallback: 0 };

  // A refusal means every later call would be refused too: stop asking, say so once.
  let pricingBlocked: string | undefined = options.priceListStopped;
  const endpoint = pricingEndpointFor(options.homeRegion);
  let client: Promise<PricingClient> | undefined;
  const pricing = () => (client ??= clients.pricing(endpoint));

  // `said` is the warning list of one figure: figures are read concurrently, and their warnings
  // are reported in the order the figures are listed, not the order the answers came in.
  const quote = async (key: string, read: () => Promise<number | undefined>, what: string, said: string[]): Promise<PriceQuote | undefined> => {
    const cached = cache.get<number>(`price|${key}`);
    if (cached) {
      counts.cache++;
      return { usd: cached.value, origin: 'cache', date: cached.readAt.slice(0, 10) };
    }
    if (pricingBlocked) {
      counts.fallback++;
      return undefined;
    }
    try {
      const usd = await read();
      if (usd === undefined) {
        counts.fallback++;
        said.push(`no Price List entry for ${what}; the bundled table is used where it has one`);
        return undefined;
      }
      cache.set(`price|${key}`, usd);
      counts.live++;
      return { usd, origin: 'live', date: today };
    } catch (error) {
      counts.fallback++;
      const why = describeAwsError(error);
      // Said once, by the first figure refused; later figures fall back without a word.
      if (!pricingBlocked) {
        said.push(
          isAccessDenied(error)
            ? `live prices unavailable: pricing:GetProducts was refused (${why}); prices come from the bundled table`
            : `live prices unavailable: pricing:GetProducts failed (${why}); prices come from the bundled table`
        );
      }
      pricingBlocked = why;
      return undefined;
    }
  };

  const figures = [
    ...wants.onDemand.map((w) => {
      const key = onDemandKey(w.table, w.region, w.type);
      const what = `${w.table === 'sagemaker' ? `SageMaker ml.${w.type}` : `EC2 ${w.type}`} in ${w.region}`;
      const read = async () => hourlyPrice(await pricing(), instanceQuery(w.table, w.region, w.type), w.table === 'sagemaker' ? `Host:ml.${w.type}` : `BoxUsage:${w.type}`);
      return { key, what, read, store: book.onDemand };
    }),
    ...wants.extras.map((w) => {
      const key = extraKey(w.kind, w.region);
      const what = `${w.kind === 'alb' ? 'the ALB hour' : 'gp3 storage'} in ${w.region}`;
      return { key, what, read: async () => extraPrice(await pricing(), w.kind, w.region), store: book.extras };
    })
  ];
  const said = figures.map(() => [] as string[]);
  const ask = async (i: number) => {
    const f = figures[i];
    const q = await quote(f.key, f.read, f.what, said[i]);
    if (q) f.store[f.key] = q;
  };
  const priceList = async () => {
    // The first figure alone: a refusal then stops the asking after one call. The rest together,
    // at most PRICE_LIST_PARALLEL at a time.
    if (figures.length) await ask(0);
    for (let next = 1; next < figures.length; next += PRICE_LIST_PARALLEL) {
      await Promise.all(figures.slice(next, next + PRICE_LIST_PARALLEL).map((_, j) => ask(next + j)));
    }
  };
  // Spot prices and subnet zones come from EC2, independent of the Price List.
  const [, spot, zones] = await Promise.all([priceList(), readSpotPrices(clients, wants.spot, { cache, today }), readSubnetZones(clients, wants.subnets)]);
  warnings.push(...said.flat());

  Object.assign(book.spot, spot.quotes);
  warnings.push(...spot.warnings);
  counts.live += spot.counts.live;
  counts.cache += spot.counts.cache;
  counts.fallback += spot.counts.fallback;
  Object.assign(book.subnetZones, zones.zones);
  warnings.push(...zones.warnings);

  await cache.save();
  return { book, warnings, counts, ...(pricingBlocked ? { priceListStopped: pricingBlocked } : {}) };
}

function term(field: string, value: string) {
  return { Type: 'TERM_MATCH' as const, Field: field, Value: value };
}

export function instanceQuery(table: 'ec2' | 'sagemaker', region: string, type: string): GetProductsCommandInput {
  if (table === 'sagemaker') {
    return {
      ServiceCode: 'AmazonSageMaker',
      Filters: [term('regionCode', region), term('instanceName', `ml.${type}`), term('component', 'Hosting'), term('productFamily', 'ML Instance')],
      FormatVersion: 'aws_v1',
      MaxResults: 100
    };
  }
  return {
    ServiceCode: 'AmazonEC2',
    Filters: [
      term('regionCode', region),
      term('instanceType', type),
      term('operatingSystem', 'Linux'),
      term('tenancy', 'Shared'),
      term('preInstalledSw', 'NA'),
      term('capacitystatus', 'Used')
    ],
    FormatVersion: 'aws_v1',
    MaxResults: 100
  };
}

function extraQuery(kind: ExtraKind, region: string): GetProductsCommandInput {
  if (kind === 'alb') {
    return { ServiceCode: 'AWSELB', Filters: [term('regionCode', region), term('productFamily', 'Load Balancer-Application')], FormatVersion: 'aws_v1', MaxResults: 100 };
  }
  return { ServiceCode: 'AmazonEC2', Filters: [term('regionCode', region), term('productFamily', 'Storage'), term('volumeApiName', 'gp3')], FormatVersion: 'aws_v1', MaxResults: 100 };
}

/** The Price List's product document, as each PriceList item (a JSON string) holds it. */
interface PriceListItem {
  product?: { productFamily?: string; attributes?: Record<string, string> };
  terms?: { OnDemand?: Record<string, { priceDimensions?: Record<string, { unit?: string; pricePerUnit?: Record<string, string>; beginRange?: string }> }> };
}

async function products(client: PricingClient, input: GetProductsCommandInput): Promise<PriceListItem[]> {
  const { GetProductsCommand } = await import('@aws-sdk/client-pricing');
  const out: PriceListItem[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.send(new GetProductsCommand({ ...input, NextToken: token }));
    for (const item of res.PriceList ?? []) {
      try {
        // Each item is a JSON document in a string (the SDK may hand it over as a LazyJsonString).
        const parsed: unknown = JSON.parse(String(item));
        out.push((typeof parsed === 'string' ? JSON.parse(parsed) : parsed) as PriceListItem);
      } catch {
        // An item that is not a product document prices nothing.
      }
    }
    token = res.NextToken;
    if (!token) break;
  }
  return out;
}

/** The USD on-demand price of the first dimension in `unit` (the first tier where there are tiers). */
function onDemandUsd(item: PriceListItem, unit: string): number | undefined {
  for (const t of Object.values(item.terms?.OnDemand ?? {})) {
    const dims = Object.values(t.priceDimensions ?? {}).filter((d) => d.unit === unit);
    dims.sort((a, b) => Number(a.beginRange ?? 0) - Number(b.beginRange ?? 0));
    for (const d of dims) {
      const usd = Number(d.pricePerUnit?.USD);
      if (Number.isFinite(usd) && usd > 0) return usd;
    }
  }
  return undefined;
}

/** Hourly price of the product whose usage type ends with `usage` (`BoxUsage:g5.2xlarge`, `Host:ml.g5.2xlarge`). */
async function hourlyPrice(client: PricingClient, input: GetProductsCommandInput, usage: string): Promise<number | undefined> {
  const items = await products(client, input);
  const exact = items.filter((i) => {
    const u = i.product?.attributes?.usagetype ?? '';
    return u === usage || u.endsWith(`-${usage}`);
  });
  for (const item of exact.length ? exact : items) {
    const usd = onDemandUsd(item, 'Hrs');
    if (usd !== undefined) return usd;
  }
  return undefined;
}

async function extraPrice(client: PricingClient, kind: ExtraKind, region: string): Promise<number | undefined> {
  const items = await products(client, extraQuery(kind, region));
  if (kind === 'alb') {
    const hourly = items.filter((i) => /(^|-)LoadBalancerUsage$/.test(i.product?.attributes?.usagetype ?? ''));
    for (const item of hourly) {
      const usd = onDemandUsd(item, 'Hrs');
      if (usd !== undefined) return usd;
    }
    return undefined;
  }
  for (const item of items) {
    const usd = onDemandUsd(item, 'GB-Mo');
    if (usd !== undefined) return usd;
  }
  return undefined;
}
