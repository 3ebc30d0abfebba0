// The one money formatter of every report (PR comments, job summaries, the terminal), so the same
// figure reads the same everywhere:
// - a month: whole dollars from $10 up (`$1,383/mo`), cents below (`$0.40/mo`);
// - an hour: up to three decimals where they carry information (`$1.515/h`, `$3.03/h`);
// - a range: `$1,383–$5,483/mo`, one unit after both ends; equal ends collapse to one figure;
// - a change: `+$1,383/mo`, `−$95/mo` (a real minus sign), `$0/mo`;
// - unknown (null) is the word `unknown`, never $0.
// Sums are taken from unrounded figures and rounded once, when they are written.

export type Period = 'mo' | 'h';

const EPSILON = 0.005;

// Made once: building an Intl.NumberFormat costs far more than using one.
const HOURLY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 3 });
const DOLLARS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// A fleet repeats the same few figures (one price per instance type); formatting is an ICU call.
const FORMATTED = { h: new Map<number, string>(), mo: new Map<number, string>() };
const FORMATTED_MAX = 10_000;

function amount(n: number, period: Period): string {
  const abs = Math.abs(n);
  if (abs < 0.005) return '$0';
  const made = FORMATTED[period];
  let text = made.get(abs);
  if (text === undefined) {
    text = `$${(period === 'h' ? HOURLY : abs >= 10 ? DOLLARS : CENTS).format(abs)}`;
    if (made.size < FORMATTED_MAX) made.set(abs, text);
  }
  return text;
}

/** `$1,383/mo`, `$1.515/h`; `unit: false` leaves the unit off (table cells whose header says it). */
export function money(n: number | null | undefined, period: Period = 'mo', options: { unit?: boolean } = {}): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return 'unknown';
  const unit = options.unit === false ? '' : `/${period}`;
  return `${n < 0 && amount(n, period) !== '$0' ? '−' : ''}${amount(n, period)}${unit}`;
}

/** `$1,383–$5,483/mo`; one figure when both ends are equal (or max is unknown and min is not). */
export function moneyRange(min: number | null | undefined, max: number | null | undefined, period: Period = 'mo', options: { unit?: boolean } = {}): string {
  if (min === null || min === undefined) return money(min, period, options);
  if (max === null || max === undefined || Math.abs(max - min) < EPSILON || amount(min, period) === amount(max, period)) return money(min, period, options);
  const unit = options.unit === false ? '' : `/${period}`;
  return `${money(min, period, { unit: false })}–${money(max, period, { unit: false })}${unit}`;
}

/** `+$1,383/mo`, `−$95/mo`, `$0/mo`; undefined (not comparable) is `–`. */
export function moneyDelta(n: number | null | undefined, period: Period = 'mo', options: { unit?: boolean } = {}): string {
  if (n === undefined) return '–';
  if (n === null) return 'unknown';
  const unit = options.unit === false ? '' : `/${period}`;
  if (Math.abs(n) < EPSILON || amount(n, period) === '$0') return `$0${unit}`;
  return `${n > 0 ? '+' : '−'}${amount(n, period)}${unit}`;
}

/** Money in JSON: cents for totals and monthly figures, 4 decimals for hourly and unit prices. */
export function roundMoney(n: number, decimals: 2 | 4): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
