// Monthly cost estimate of one deployment, and the totals a plan shows.
//
// Rules, so every number can be explained:
// - A month is 730 hours. A schedule reduces instance hours to its up hours (schedule.ts); a ttl
//   shorter than that caps them at the deployment's lifetime; `protect` ignores both, as teardown does.
// - Instances: price × scaling.min … price × scaling.max for those hours. No instance price means
//   the totals are null (unknown), never a guess.
// - Extras that a stack creates: the ALB (ecs/ec2) runs all month even when instances are scaled to
//   zero or scheduled down; a generated API-key secret; a gp3 root volume per running instance
//   (ecs/ec2, size assumed). Usage charges (ALB LCUs, data transfer, the SageMaker front end's
//   requests) are not estimated.
// - An extra without a price in the deployment's region is left out of the totals and listed in
//   `unknown`; us-east-1 prices are never used for another region.
import { parseDuration } from './duration.js';
import { albHourlyPrice, ebsGp3MonthlyPricePerGB, extraPriceRegions, instanceHourlyPrice, secretMonthlyPrice } from './pricing.js';
import { upHoursPerMonth } from './schedule.js';
import type { DeploymentSpec } from './types.js';
import type { PriceBook } from './price-book.js';

export const HOURS_PER_MONTH = 730;
/** Root volume assumed per ecs/ec2 instance until the stack template states its size. */
export const DEFAULT_ROOT_VOLUME_GIB = 100;

export interface CostLine {
  label: string;
  /** Unit of `usd`: per hour (instances, ALB) or per month (secret, storage). */
  period: 'hourly' | 'monthly';
  /** Unit price, per item; null when unknown or usage-based. */
  usd: number | null;
  quantity: { min: number; max: number };
  /** Billed hours in the month, for hourly lines. */
  hours?: number;
  monthlyMin: number | null;
  monthlyMax: number | null;
  /** Not part of the totals (usage-based or unpriced). */
  excluded?: boolean;
  estimate?: boolean;
  note?: string;
  /** Where the unit price comes from: `live of 2026-12-01`, `cache of …`, `bundled table of …`. */
  source?: string;
}

export interface DeploymentCost {
  /** Per hour while up: instances plus hourly-billed extras. Null when the instance price is unknown. */
  hourlyMin: number | null;
  hourlyMax: number | null;
  monthlyMin: number | null;
  monthlyMax: number | null;
  /** Instance hours in the month: 730, the schedule's up hours, or the ttl lifetime. */
  hoursPerMonth: number;
  lines: CostLine[];
  /** Why something is missing from the totals, in words. */
  unknown: string[];
  /** Date of the instance price, e.g. `2026-01-21 (confirmed 2026-07-20)`; `unknown` without one. */
  priceDate: string;
  /** Some included price is an estimate (e.g. us-west-2 SageMaker). */
  estimate: boolean;
  /** Where the instance price comes from: `live of …`, `cache of …` or `bundled table of …`. */
  priceSource?: string;
}

export interface CostOptions {
  rootVolumeGiB?: number;
  /** Live or cached quotes (src/aws/pricing.ts); anything absent comes from the bundled table. */
  prices?: PriceBook;
}

function instanceHours(spec: DeploymentSpec): { hours: number; note?: string } {
  if (spec.protect) {
    return { hours: HOURS_PER_MONTH, ...(spec.schedule || spec.ttl ? { note: 'protect: never torn down or scheduled down, so 730 h' } : {}) };
  }
  let hours = HOURS_PER_MONTH;
  const notes: string[] = [];
  if (spec.schedule) {
    hours = upHoursPerMonth(spec.schedule);
    notes.push(`schedule: up ${round1(hours)} h of 730 h (${spec.schedule.timezone})`);
  }
  const ttlSeconds = spec.ttl ? parseDuration(spec.ttl) : undefined;
  if (ttlSeconds !== undefined && ttlSeconds / 3600 < hours) {
    hours = ttlSeconds / 3600;
    notes.push(`ttl ${spec.ttl}: torn down after ${round1(hours)} h, so the month shows its whole lifetime`);
  }
  return { hours, ...(notes.length ? { note: notes.join('; ') } : {}) };
}

/** Hours the stack itself exists in the month: a ttl ends it, a schedule does not. */
function stackHours(spec: DeploymentSpec): number {
  const ttlSeconds = !spec.protect && spec.ttl ? parseDuration(spec.ttl) : undefined;
  return ttlSeconds !== undefined ? Math.min(HOURS_PER_MONTH, ttlSeconds / 3600) : HOURS_PER_MONTH;
}

function missing(what: string, region: string, kind: 'alb' | 'secret' | 'ebs'): string {
  const known = extraPriceRegions(kind);
  return `no ${what} price for ${region} in the bundled data (known for ${known.join(', ') || 'no region'}); left out of the total`;
}

export function estimateCost(spec: DeploymentSpec, options: CostOptions = {}): DeploymentCost {
  const lines: CostLine[] = [];
  const unknown: string[] = [];
  const { min, max } = spec.scaling;
  const { hours, note: hoursNote } = instanceHours(spec);
  const lifetime = stackHours(spec);

  const book = options.prices;
  const price = instanceHourlyPrice(spec.service, spec.instance, spec.region, { spot: spec.spot, prices: book, subnetIds: spec.network?.subnet_ids });
  const name = spec.service === 'sagemaker' ? `ml.${spec.instance}` : spec.instance;
  const notes = [hoursNote, spec.spot && price.spotIndicative ? 'spot: indicative average, interruptions possible' : undefined];
  if (spec.spot && price.spotZone) {
    const { zone, inSubnets } = price.spotZone;
    notes.push(`spot: cheapest zone ${zone}${inSubnets === false ? ', not one of its subnets’ zones' : inSubnets === true ? ', in its subnets' : ''}; interruptions possible`);
  }
  if (spec.spot && spec.service === 'sagemaker') notes.push('SageMaker hosting has no spot; on-demand price');
  if (price.estimate) notes.push('ESTIMATE');
  lines.push({
    label: `${name} × ${min === max ? min : `${min}–${max}`}${spec.spot && spec.service !== 'sagemaker' ? ' (spot)' : ''}`,
    period: 'hourly',
    usd: price.usd,
    quantity: { min, max },
    hours,
    monthlyMin: price.usd === null ? null : price.usd * min * hours,
    monthlyMax: price.usd === null ? null : price.usd * max * hours,
    ...(price.estimate ? { estimate: true } : {}),
    ...(joinNotes(notes) ? { note: joinNotes(notes) } : {}),
    ...(price.label ? { source: price.label } : {})
  });
  if (price.usd === null) unknown.push(price.source);

  let hourlyExtras = 0;
  if (spec.service !== 'sagemaker') {
    const alb = albHourlyPrice(spec.region, book);
    lines.push({
      label: 'Application Load Balancer',
      period: 'hourly',
      usd: alb?.usd ?? null,
      quantity: { min: 1, max: 1 },
      hours: lifetime,
      monthlyMin: alb ? alb.usd * lifetime : null,
      monthlyMax: alb ? alb.usd * lifetime : null,
      ...(alb ? {} : { excluded: true }),
      note: 'always on, also while scaled to zero or scheduled down; LCU (traffic) charges not included',
      ...(alb ? { source: alb.label } : {})
    });
    if (alb) hourlyExtras += alb.usd;
    else unknown.push(missing('ALB', spec.region, 'alb'));

    const gib = options.rootVolumeGiB ?? DEFAULT_ROOT_VOLUME_GIB;
    const ebs = ebsGp3MonthlyPricePerGB(spec.region, book);
    const perInstance = ebs ? (ebs.usd * gib * hours) / HOURS_PER_MONTH : null;
    lines.push({
      label: `EBS gp3 root volume ${gib} GiB × ${min === max ? min : `${min}–${max}`}`,
      period: 'monthly',
      usd: ebs ? ebs.usd * gib : null,
      quantity: { min, max },
      monthlyMin: perInstance === null ? null : perInstance * min,
      monthlyMax: perInstance === null ? null : perInstance * max,
      ...(ebs ? {} : { excluded: true }),
      note: `size assumed (${gib} GiB per instance); billed while instances exist`,
      ...(ebs ? { source: ebs.label } : {})
    });
    if (!ebs) unknown.push(missing('EBS gp3', spec.region, 'ebs'));
  } else {
    lines.push({
      label: 'Endpoint front end (serverless)',
      period: 'monthly',
      usd: null,
      quantity: { min: 1, max: 1 },
      monthlyMin: null,
      monthlyMax: null,
      excluded: true,
      note: 'usage-based, not included'
    });
  }

  if (spec.api_key === 'generate') {
    const secret = secretMonthlyPrice(spec.region);
    const share = lifetime / HOURS_PER_MONTH;
    lines.push({
      label: 'Secrets Manager secret (generated API key)',
      period: 'monthly',
      usd: secret?.usd ?? null,
      quantity: { min: 1, max: 1 },
      monthlyMin: secret ? secret.usd * share : null,
      monthlyMax: secret ? secret.usd * share : null,
      ...(secret ? { source: secret.label } : { excluded: true })
    });
    if (!secret) unknown.push(missing('Secrets Manager', spec.region, 'secret'));
  }

  const total = (pick: (l: CostLine) => number | null): number | null => {
    if (price.usd === null) return null;
    return lines.filter((l) => !l.excluded).reduce((sum, l) => sum + (pick(l) ?? 0), 0);
  };
  return {
    hourlyMin: price.usd === null ? null : round4(price.usd * min + hourlyExtras),
    hourlyMax: price.usd === null ? null : round4(price.usd * max + hourlyExtras),
    monthlyMin: round2(total((l) => l.monthlyMin)),
    monthlyMax: round2(total((l) => l.monthlyMax)),
    hoursPerMonth: hours,
    lines,
    unknown,
    priceDate: price.date ?? 'unknown',
    estimate: lines.some((l) => l.estimate && !l.excluded),
    ...(price.label ? { priceSource: price.label } : {})
  };
}

export interface CostTotals {
  hourlyMin: number | null;
  hourlyMax: number | null;
  monthlyMin: number | null;
  monthlyMax: number | null;
}

export interface CostSummary {
  desired: CostTotals;
  live: CostTotals;
  /** desired − live; null when either side is unknown. */
  delta: { monthlyMin: number | null; monthlyMax: number | null };
  unknown: string[];
  /** "Monthly estimate increases by …", on the minimum-scale figures. */
  headline: string;
}

function sumTotals(costs: DeploymentCost[]): CostTotals {
  const add = (pick: (c: DeploymentCost) => number | null): number | null =>
    costs.reduce<number | null>((sum, c) => (sum === null || pick(c) === null ? null : sum + (pick(c) as number)), 0);
  return {
    hourlyMin: round4(add((c) => c.hourlyMin)),
    hourlyMax: round4(add((c) => c.hourlyMax)),
    monthlyMin: round2(add((c) => c.monthlyMin)),
    monthlyMax: round2(add((c) => c.monthlyMax))
  };
}

/** Totals before (live) and after (desired) a plan, and the change between them. */
export function summarizeCosts(desired: DeploymentCost[], live: DeploymentCost[]): CostSummary {
  const d = sumTotals(desired);
  const l = sumTotals(live);
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : round2(a - b));
  return {
    desired: d,
    live: l,
    delta: { monthlyMin: diff(d.monthlyMin, l.monthlyMin), monthlyMax: diff(d.monthlyMax, l.monthlyMax) },
    unknown: [...new Set([...desired, ...live].flatMap((c) => c.unknown))],
    headline: formatDelta(l.monthlyMin, d.monthlyMin)
  };
}

/** "Monthly estimate increases by $1,234 (+56%)" / "decreases by …" / "does not change". */
export function formatDelta(before: number | null, after: number | null): string {
  if (before === null || after === null) return 'Monthly estimate change is unknown';
  const delta = round2(after - before);
  if (Math.abs(delta) < 0.005) return 'Monthly estimate does not change';
  const verb = delta > 0 ? 'increases' : 'decreases';
  const amount = formatUsd(Math.abs(delta), Math.abs(delta) >= 100 ? 0 : 2);
  let relative: string;
  if (before === 0) relative = `from ${formatUsd(0, 0)}`;
  else {
    const pct = (delta / before) * 100;
    relative = Math.abs(pct) < 1 ? `${delta > 0 ? '+' : '-'}<1%` : `${delta > 0 ? '+' : '-'}${Math.round(Math.abs(pct))}%`;
  }
  return `Monthly estimate ${verb} by ${amount} (${relative})`;
}

/**
 * `$1,105.95`; "unknown" for null. `digits` above 2 shows up to that many decimals where they
 * carry information (hourly prices: 1.515 → `$1.515`, 3.03 → `$3.03`); 0 gives whole dollars.
 */
export function formatUsd(n: number | null | undefined, digits = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return 'unknown';
  const formatted = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: Math.min(2, digits),
    maximumFractionDigits: digits
  }).format(Math.abs(n));
  return `${n < 0 && formatted.replace(/[0.,]/g, '') !== '' ? '-' : ''}$${formatted}`;
}

export interface BudgetInput {
  /** At minimum scale (scaling.min everywhere). */
  monthlyTotal: number | null;
  monthlyDelta: number | null;
  /** At maximum scale (scaling.max everywhere); checked too when given. */
  monthlyTotalMax?: number | null;
  monthlyDeltaMax?: number | null;
  maxMonthlyIncrease?: number;
  maxMonthlyTotal?: number;
  /** Reasons the estimate is unknown, quoted when a budget cannot be checked. */
  unknown?: string[];
}

/**
 * One message per budget that is exceeded or cannot be checked; empty when all is well. Budgets
 * hold at both ends of autoscaling: raising scaling.max can add as much to the bill as a new
 * deployment, so the maximum is checked as well and the message names the basis that failed.
 */
export function checkBudget(input: BudgetInput): string[] {
  const problems: string[] = [];
  const why = input.unknown?.length ? `: the estimate is unknown for ${input.unknown.join('; ')}` : ': the estimate is unknown';
  const check = (budget: number, name: string, what: string, min: number | null, max: number | null | undefined) => {
    if (min === null) {
      problems.push(`cannot check ${name}${why}`);
      return;
    }
    if (round2(min) > budget) {
      problems.push(`${what} ${formatUsd(min)} at minimum scale exceeds ${name} ${formatUsd(budget)}`);
    } else if (max !== undefined && max !== null && round2(max) > budget) {
      problems.push(`${what} ${formatUsd(max)} at maximum scale (every deployment at scaling.max) exceeds ${name} ${formatUsd(budget)}; at minimum scale it is ${formatUsd(min)}`);
    }
  };
  if (input.maxMonthlyIncrease !== undefined) check(input.maxMonthlyIncrease, 'max-monthly-increase', 'Monthly estimate increase', input.monthlyDelta, input.monthlyDeltaMax);
  if (input.maxMonthlyTotal !== undefined) check(input.maxMonthlyTotal, 'max-monthly-total', 'Monthly estimate', input.monthlyTotal, input.monthlyTotalMax);
  return problems;
}

function joinNotes(notes: (string | undefined)[]): string | undefined {
  const kept = notes.filter((n): n is string => Boolean(n));
  return kept.length ? kept.join('; ') : undefined;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function round2<T extends number | null>(n: T): T {
  return (n === null ? null : Math.round(n * 100) / 100) as T;
}

function round4<T extends number | null>(n: T): T {
  return (n === null ? null : Math.round(n * 10000) / 10000) as T;
}
