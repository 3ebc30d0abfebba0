// Durations as written in the manifest (`ttl: 8h`). Whole numbers of minutes, hours, days and
// weeks only: seconds are too fine for a teardown sweep, and months/years have no fixed length.

const UNIT_SECONDS = { w: 604800, d: 86400, h: 3600, m: 60 } as const;
type Unit = keyof typeof UNIT_SECONDS;
const ORDER: Unit[] = ['w', 'd', 'h', 'm'];

/**
 * Seconds for `30m`, `8h`, `2d`, `1w` or a combination from largest to smallest unit (`1h30m`,
 * `1d12h`). Undefined for zero, signs, decimals, spaces inside, repeated or unknown units.
 */
export function parseDuration(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const s = text.trim();
  if (!/^(\d+[wdhm])+$/.test(s)) return undefined;
  let total = 0;
  let lastRank = -1;
  for (const [, digits, unit] of s.matchAll(/(\d+)([wdhm])/g)) {
    const rank = ORDER.indexOf(unit as Unit);
    if (rank <= lastRank) return undefined;
    lastRank = rank;
    total += Number(digits) * UNIT_SECONDS[unit as Unit];
  }
  return total > 0 && Number.isSafeInteger(total) ? total : undefined;
}

/** Compact form that `parseDuration` reads back: 5400 → `1h30m`; leftover seconds as `45s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '0m';
  let rest = Math.floor(seconds);
  let out = '';
  for (const unit of ORDER) {
    const n = Math.floor(rest / UNIT_SECONDS[unit]);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * UNIT_SECONDS[unit];
  }
  if (rest > 0) out += `${rest}s`;
  return out;
}
