// The plan's AWS reads beyond the stack listing: live prices before the plan is costed, the quota
// preflight after. Loaded with `await import()` only when there are credentials to try, so an
// offline plan never loads the Pricing, EC2, Service Quotas or SageMaker clients.
import type { LiveState } from '../core/live.js';
import type { Plan } from '../core/plan.js';
import { extraKey, onDemandKey, spotKey, type PriceBook } from '../core/price-book.js';
import { evaluateQuotas, quotaNeeds, type QuotaCheck } from '../core/quotas.js';
import type { DeploymentSpec, Diagnostic } from '../core/types.js';
import type { AwsClients } from '../aws/clients.js';
import { priceWants, readLivePrices, type PriceWants } from '../aws/pricing.js';
import { defaultCachePath, PriceCache } from '../aws/price-cache.js';
import { readQuotaFacts } from '../aws/quotas.js';

export interface LivePriceResult {
  book: PriceBook;
  warnings: Diagnostic[];
  /** For the footer: how many figures are live, cached, or left to the bundled table. */
  note: string;
}

/**
 * Prices of what the manifest asks for do not depend on the live stacks, so they are read while
 * the stacks are listed; `finish` adds only the figures that running stacks need beyond those
 * (an instance type the manifest no longer uses) and words the result.
 */
export function startLivePrices(clients: AwsClients, specs: DeploymentSpec[], homeRegion?: string): { finish(live: LiveState): Promise<LivePriceResult> } {
  const cache = new PriceCache(defaultCachePath());
  const wanted = priceWants(specs);
  const first = cache.load().then(() => readLivePrices(clients, wanted, { cache, homeRegion }));
  // Awaited by finish; a run that turns out to have no credentials never calls it, and its answers
  // (failures without a request sent) are dropped, not raised as an unhandled rejection.
  first.catch(() => undefined);
  return {
    async finish(live) {
      const read = await first;
      const rest = beyond(priceWants(specs, live), wanted);
      // Figures only running stacks need; a Price List that refused the first read is not asked again.
      const more = rest ? await readLivePrices(clients, rest, { cache, homeRegion, priceListStopped: read.priceListStopped }) : undefined;
      const book = more ? mergeBooks(read.book, more.book) : read.book;
      const warnings = [...read.warnings, ...(more?.warnings ?? [])];
      const fresh = read.counts.live + (more?.counts.live ?? 0);
      const cached = read.counts.cache + (more?.counts.cache ?? 0);
      const fallback = read.counts.fallback + (more?.counts.fallback ?? 0);
      const parts = [fresh ? `${fresh} live` : '', cached ? `${cached} from the cache (under a day old)` : '', fallback ? `${fallback} from the bundled table` : ''].filter(Boolean);
      return {
        book,
        warnings: [...new Set(warnings)].map((message) => ({ severity: 'warning' as const, message })),
        note: parts.length ? `looked up for this plan: ${parts.join(', ')} (live and cached figures come from the AWS Price List Query API and EC2 spot price history).` : ''
      };
    }
  };
}

/** What `all` wants that `asked` did not, or undefined when nothing. */
function beyond(all: PriceWants, asked: PriceWants): PriceWants | undefined {
  const keys = <T>(list: T[], key: (t: T) => string) => new Set(list.map(key));
  const onDemandAsked = keys(asked.onDemand, (w) => onDemandKey(w.table, w.region, w.type));
  const spotAsked = keys(asked.spot, (w) => spotKey(w.region, w.type));
  const extrasAsked = keys(asked.extras, (w) => extraKey(w.kind, w.region));
  const subnetsAsked = keys(asked.subnets.flatMap((s) => s.ids.map((id) => `${s.region}|${id}`)), (k) => k);
  const rest: PriceWants = {
    onDemand: all.onDemand.filter((w) => !onDemandAsked.has(onDemandKey(w.table, w.region, w.type))),
    spot: all.spot.filter((w) => !spotAsked.has(spotKey(w.region, w.type))),
    extras: all.extras.filter((w) => !extrasAsked.has(extraKey(w.kind, w.region))),
    subnets: all.subnets.map((s) => ({ region: s.region, ids: s.ids.filter((id) => !subnetsAsked.has(`${s.region}|${id}`)) })).filter((s) => s.ids.length)
  };
  return rest.onDemand.length || rest.spot.length || rest.extras.length || rest.subnets.length ? rest : undefined;
}

function mergeBooks(a: PriceBook, b: PriceBook): PriceBook {
  return { onDemand: { ...a.onDemand, ...b.onDemand }, spot: { ...a.spot, ...b.spot }, extras: { ...a.extras, ...b.extras }, subnetZones: { ...a.subnetZones, ...b.subnetZones } };
}

/** Adds the quota findings to the plan's diagnostics and returns the checks for the report. */
export async function quotaPreflight(clients: AwsClients, plan: Plan): Promise<QuotaCheck[]> {
  const needs = quotaNeeds(plan);
  if (!needs.length) return [];
  const facts = await readQuotaFacts(clients, needs);
  const { checks, diagnostics } = evaluateQuotas(needs, facts);
  plan.diagnostics.push(...diagnostics);
  return checks;
}
