// Up/down schedules: two 5-field cron expressions read in one IANA time zone. The deployment is
// up when the latest `up` firing is later than the latest `down` firing (a tie counts as down).
import { Cron } from 'croner';

export interface Schedule {
  up: string;
  down: string;
  timezone: string;
}

const FIELDS = 'minute hour day-of-month month day-of-week';
const HOUR_MS = 3_600_000;
const WEEK_MS = 168 * HOUR_MS;
/**
 * At most hourly: a deployment takes minutes to come up or go down, and every firing costs the plan
 * and teardown work (overlapping minute schedules cost seconds per entry). validateCron refuses more.
 */
export const MAX_FIRINGS_PER_WEEK = 168;
/** Bounds the search for an up firing that is not cancelled by a simultaneous down firing (10 weeks at the most frequent). */
const MAX_STEPS = 10 * MAX_FIRINGS_PER_WEEK;
/**
 * Weekly hours are measured from a fixed Monday so an estimate does not change from one run to
 * the next; early January has no DST change in either hemisphere's usual rules.
 */
const DEFAULT_WEEK_START = new Date('2026-01-05T00:00:00Z');

function cron(expr: string, timezone: string): Cron {
  return new Cron(expr.trim(), { mode: '5-part', timezone, paused: true });
}

/** Undefined when `expr` is usable; otherwise text that reads after the quoted expression. */
export function validateCron(expr: string): string | undefined {
  if (typeof expr !== 'string' || expr.trim() === '') return `is empty; use 5-field cron (${FIELDS}), e.g. "0 8 * * 1-5"`;
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 5) {
    return `has ${parts.length} field${parts.length === 1 ? '' : 's'}; only 5-field cron is supported (${FIELDS}), no seconds, years or @nicknames`;
  }
  let job: Cron;
  try {
    job = cron(expr, 'UTC');
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, '') : String(error);
    return `is not valid 5-field cron (${FIELDS}): ${reason}`;
  }
  const from = new Date('2026-01-01T00:00:00Z');
  if (job.nextRun(from) === null && job.previousRuns(1, from).length === 0) return 'never fires (no such date)';
  // More than one minute of an hour matches exactly when the first two firings share an hour, so
  // two firings tell (at most MAX_FIRINGS_PER_WEEK firings a week remain).
  const first = job.nextRun(from);
  const second = first ? job.nextRun(first) : null;
  if (first && second && second.getTime() - first.getTime() < HOUR_MS) {
    return 'fires more often than hourly; deployments take minutes to come up or down, so schedule them at most once an hour';
  }
  return undefined;
}

export function isValidTimezone(tz: string): boolean {
  // Offsets like "+01:00" pass Intl in recent engines but are not IANA names.
  if (typeof tz !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+)*$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Latest firing at or before `at`. */
function lastFiring(job: Cron, at: Date): Date | undefined {
  return job.previousRuns(1, new Date(at.getTime() + 1))[0];
}

export function isUp(schedule: Schedule, at: Date): boolean {
  const lastUp = lastFiring(cron(schedule.up, schedule.timezone), at);
  if (!lastUp) return false;
  const lastDown = lastFiring(cron(schedule.down, schedule.timezone), at);
  return !lastDown || lastUp.getTime() > lastDown.getTime();
}

/** Counts firings computed, for the tests that bound the work (test/core/hardening-bounds.test.ts). */
export interface ScheduleStats {
  steps: number;
}

/** First firing strictly after `after` that flips the state; undefined if none is found. */
export function nextChange(schedule: Schedule, after: Date): { at: Date; up: boolean } | undefined {
  return changeAfter(cron(schedule.up, schedule.timezone), cron(schedule.down, schedule.timezone), after, isUp(schedule, after));
}

/**
 * The next flip from state `up` at `after`, with the jobs built once: while up only a down firing
 * changes anything; while down, an up firing that does not coincide with a down firing. Each step is
 * one firing; `until` stops the search early.
 */
function changeAfter(upJob: Cron, downJob: Cron, after: Date, up: boolean, until?: number, stats?: ScheduleStats): { at: Date; up: boolean } | undefined {
  if (up) {
    if (stats) stats.steps++;
    const at = downJob.nextRun(after);
    return at ? { at, up: false } : undefined;
  }
  let cursor = after;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (stats) stats.steps++;
    const at = upJob.nextRun(cursor);
    if (!at || (until !== undefined && at.getTime() > until)) return undefined;
    const down = downJob.nextRun(new Date(at.getTime() - 1));
    if (!down || down.getTime() !== at.getTime()) return { at, up: true };
    cursor = at;
  }
  return undefined;
}

/**
 * Up hours in the 168 real hours from `weekStart` (a DST change inside makes the week 167/169 h long
 * on the clock). The work is one step per firing in the week: at most MAX_FIRINGS_PER_WEEK of each.
 */
export function upHoursPerWeek(schedule: Schedule, weekStart: Date = DEFAULT_WEEK_START, stats?: ScheduleStats): number {
  const end = weekStart.getTime() + WEEK_MS;
  const upJob = cron(schedule.up, schedule.timezone);
  const downJob = cron(schedule.down, schedule.timezone);
  let cursor = weekStart;
  let up = isUp(schedule, weekStart);
  let upMs = 0;
  while (cursor.getTime() < end) {
    const change = changeAfter(upJob, downJob, cursor, up, end, stats);
    const until = change ? Math.min(change.at.getTime(), end) : end;
    if (up) upMs += until - cursor.getTime();
    if (!change) break;
    cursor = new Date(until);
    up = change.up;
  }
  return upMs / HOUR_MS;
}

/** Weekly hours scaled to the 730-hour month used for all monthly prices. */
export function upHoursPerMonth(schedule: Schedule, weekStart?: Date): number {
  return Math.min(730, (upHoursPerWeek(schedule, weekStart) * 730) / 168);
}
