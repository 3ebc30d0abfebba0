import { describe, expect, it } from '@jest/globals';
import { isUp, isValidTimezone, nextChange, upHoursPerMonth, upHoursPerWeek, validateCron, type Schedule } from '../../src/core/schedule.js';

const officeBerlin: Schedule = { up: '0 8 * * 1-5', down: '0 19 * * 1-5', timezone: 'Europe/Berlin' };
const nightsBerlin: Schedule = { up: '0 22 * * *', down: '0 6 * * *', timezone: 'Europe/Berlin' };
const nightsUtc: Schedule = { up: '0 20 * * *', down: '0 2 * * *', timezone: 'UTC' };

describe('validateCron', () => {
  it('accepts 5-field cron', () => {
    expect(validateCron('0 8 * * 1-5')).toBeUndefined();
    expect(validateCron(' 30 7 * * MON-FRI ')).toBeUndefined();
    expect(validateCron('0 */2 * * *')).toBeUndefined();
  });

  it('rejects other field counts and says only 5 fields are supported', () => {
    expect(validateCron('0 0 8 * * 1-5')).toMatch(/^has 6 fields; only 5-field cron is supported/);
    expect(validateCron('0 8 * *')).toMatch(/^has 4 fields; only 5-field cron/);
    expect(validateCron('@daily')).toMatch(/^has 1 field; only 5-field cron/);
    expect(validateCron('   ')).toMatch(/^is empty/);
  });

  it('rejects out-of-range values with the reason', () => {
    expect(validateCron('61 8 * * *')).toMatch(/^is not valid 5-field cron .*minute/);
    expect(validateCron('0 25 * * *')).toMatch(/hour/);
  });

  it('rejects a date that never comes', () => {
    expect(validateCron('0 0 30 2 *')).toBe('never fires (no such date)');
  });
});

describe('isValidTimezone', () => {
  it.each(['UTC', 'Europe/Berlin', 'America/New_York', 'America/Argentina/Buenos_Aires', 'Etc/GMT+1'])('accepts %s', (tz) => {
    expect(isValidTimezone(tz)).toBe(true);
  });
  it.each(['', 'Mars/Olympus', '+01:00', 'Europe/', 'CET+1h'])('rejects %j', (tz) => {
    expect(isValidTimezone(tz)).toBe(false);
  });
});

describe('isUp', () => {
  it('reads the schedule in its time zone across the March DST change', () => {
    // Monday 2026-03-30 is CEST (UTC+2): 08:00 local = 06:00Z.
    expect(isUp(officeBerlin, new Date('2026-03-30T05:59:00Z'))).toBe(false);
    expect(isUp(officeBerlin, new Date('2026-03-30T06:00:00Z'))).toBe(true);
    // Monday 2026-03-23 is still CET (UTC+1): 08:00 local = 07:00Z.
    expect(isUp(officeBerlin, new Date('2026-03-23T06:30:00Z'))).toBe(false);
    expect(isUp(officeBerlin, new Date('2026-03-23T07:30:00Z'))).toBe(true);
    expect(isUp(officeBerlin, new Date('2026-03-23T18:00:00Z'))).toBe(false);
  });

  it('stays down over the weekend', () => {
    expect(isUp(officeBerlin, new Date('2026-03-28T12:00:00Z'))).toBe(false);
  });

  it('handles a schedule that wraps midnight', () => {
    expect(isUp(nightsUtc, new Date('2026-01-06T19:59:00Z'))).toBe(false);
    expect(isUp(nightsUtc, new Date('2026-01-06T23:00:00Z'))).toBe(true);
    expect(isUp(nightsUtc, new Date('2026-01-07T01:59:00Z'))).toBe(true);
    expect(isUp(nightsUtc, new Date('2026-01-07T02:00:00Z'))).toBe(false);
  });

  it('counts a simultaneous up and down as down', () => {
    const same: Schedule = { up: '0 8 * * *', down: '0 8 * * 1', timezone: 'UTC' };
    expect(isUp(same, new Date('2026-01-05T09:00:00Z'))).toBe(false); // Monday
    expect(isUp(same, new Date('2026-01-06T09:00:00Z'))).toBe(true);
  });
});

describe('nextChange', () => {
  it('finds the next flip and skips firings that change nothing', () => {
    const weekly: Schedule = { up: '0 8 * * *', down: '0 18 * * 5', timezone: 'UTC' };
    // Up since Saturday's 08:00 firing; daily up firings do not count as changes.
    expect(nextChange(weekly, new Date('2026-01-05T12:00:00Z'))).toEqual({ at: new Date('2026-01-09T18:00:00Z'), up: false });
    expect(nextChange(weekly, new Date('2026-01-09T19:00:00Z'))).toEqual({ at: new Date('2026-01-10T08:00:00Z'), up: true });
  });

  it('gives a 7-hour night when clocks go forward and a 9-hour night when they go back', () => {
    const march = nextChange(nightsBerlin, new Date('2026-03-28T21:00:00Z'));
    expect(march).toEqual({ at: new Date('2026-03-29T04:00:00Z'), up: false });
    expect((march!.at.getTime() - Date.parse('2026-03-28T21:00:00Z')) / 3_600_000).toBe(7);
    const october = nextChange(nightsBerlin, new Date('2026-10-24T20:00:00Z'));
    expect(october).toEqual({ at: new Date('2026-10-25T05:00:00Z'), up: false });
  });

  it('returns undefined when the state never flips', () => {
    expect(nextChange({ up: '0 0 30 2 *', down: '0 0 31 2 *', timezone: 'UTC' }, new Date('2026-01-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('up hours', () => {
  it('11 h on 5 days is 55 h a week and 239.0 h a month', () => {
    expect(upHoursPerWeek(officeBerlin)).toBe(55);
    expect(upHoursPerMonth(officeBerlin)).toBeCloseTo(238.988, 3);
    expect(upHoursPerMonth(officeBerlin).toFixed(1)).toBe('239.0');
  });

  it('the week with the March DST change still has 55 office hours', () => {
    expect(upHoursPerWeek(officeBerlin, new Date('2026-03-23T00:00:00Z'))).toBe(55);
  });

  it('nights across midnight: 6 h × 7 in UTC', () => {
    expect(upHoursPerWeek(nightsUtc)).toBe(42);
  });

  it('weeks with a DST change still sum to 56 night hours: the 7 h (or 9 h) night is offset by the window edges', () => {
    expect(upHoursPerWeek(nightsBerlin)).toBe(56);
    expect(upHoursPerWeek(nightsBerlin, new Date('2026-03-23T00:00:00Z'))).toBe(56);
    expect(upHoursPerWeek(nightsBerlin, new Date('2026-10-19T00:00:00Z'))).toBe(56);
  });

  it('from local Monday midnight in the DST week: 6 h + 5 × 8 h + the 7 h night + 3 h', () => {
    // Monday 2026-03-23 00:00 CET = 2026-03-22T23:00Z; 168 real hours later is Monday 01:00 CEST.
    expect(upHoursPerWeek(nightsBerlin, new Date('2026-03-22T23:00:00Z'))).toBe(6 + 8 * 5 + 7 + 3);
  });

  it('Monday 08:00 to Friday 18:00 is 106 h', () => {
    expect(upHoursPerWeek({ up: '0 8 * * 1', down: '0 18 * * 5', timezone: 'UTC' })).toBe(106);
  });

  it('always up is capped at 730 h a month', () => {
    const always: Schedule = { up: '* * * * *', down: '0 0 30 2 *', timezone: 'UTC' };
    expect(upHoursPerWeek(always)).toBe(168);
    expect(upHoursPerMonth(always)).toBe(730);
  });

  it('never up is 0', () => {
    expect(upHoursPerWeek({ up: '0 0 30 2 *', down: '0 8 * * *', timezone: 'UTC' })).toBe(0);
  });
});
