// The plan's AWS reads beyond the stack listing: live prices before the plan is costed, the quota
// preflight after. Loaded with `await import()` only when there are credentials to try, so an
// offline plan never loads the Pricing, EC2, Service Quotas or SageMaker clients.
import type { LiveState } from '../core/live.js';
import type { Plan } from '../core/plan.js';
import type { PriceBook } from '../core/price-book.js';
import { evaluateQuotas, quotaNeeds, type QuotaCheck } from '../core/quotas.js';
import type { DeploymentSpec, Diagnostic } from '../core/types.js';
import type { AwsClients } from '../aws/clients.js';
import { priceWants, readLivePrices } from '../aws/pricing.js';
import { defaultCachePath, PriceCache } from '../aws/price-cache.js';
import { readQuotaFacts } from '../aws/quotas.js';

export interface LivePriceResult {
  book: PriceBook;
  warnings: Diagnostic[];
  /** For the footer: how many figures are live, cached, or left to the bundled table. */
  note: string;
}

export async function livePrices(clients: AwsClients, specs: DeploymentSpec[], live: LiveState, homeRegion?: string): Promise<LivePriceResult> {
  const cache = new PriceCache(defaultCachePath());
  await cache.load();
  const read = await readLivePrices(clients, priceWants(specs, live), { cache, homeRegion });
  const { live: fresh, cache: cached, fallback } = read.counts;
  const parts = [fresh ? `${fresh} live` : '', cached ? `${cached} from the cache (under a day old)` : '', fallback ? `${fallback} from the bundled table` : ''].filter(Boolean);
  return {
    book: read.book,
    warnings: [...new Set(read.warnings)].map((message) => ({ severity: 'warning' as const, message })),
    note: parts.length ? `looked up for this plan: ${parts.join(', ')} (live and cached figures come from the AWS Price List Query API and EC2 spot price history).` : ''
  };
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
