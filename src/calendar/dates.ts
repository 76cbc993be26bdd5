import { fail, type ErrorPath } from '../errors.js';
import { subjectOf, type Subject } from '../numbers/parse.js';

/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so calendars never depend on the
 * machine's time zone or on daylight-saving days of 23 or 25 hours.
 * @internal
 * @module
 */

/** Milliseconds in a UTC day (a day number × this is its midnight as epoch milliseconds). */
export const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day numbers of 1000-01-01 and 9999-12-31: the four-digit ISO years. */
const MIN_DAY = -354_285;
const MAX_DAY = 2_932_896;

/** A calendar date: `'2026-11-23'`, or a Date (read as its UTC calendar date). */
export type DateInput = string | Date;

/**
 * Reads an ISO calendar date (`YYYY-MM-DD`) or a Date (its UTC calendar date) as a day number.
 * @throws FunnelMathError `INVALID_DATE`.
 */
export function toDay(input: unknown, path: ErrorPath, what: Subject): number {
  if (input instanceof Date) {
    const t = input.getTime();
    if (!Number.isFinite(t)) fail('INVALID_DATE', { ...subjectOf(what), expected: 'date', received: input }, path);
    const day = Math.floor(t / MS_PER_DAY);
    if (day < MIN_DAY || day > MAX_DAY) fail('INVALID_DATE', { ...subjectOf(what), expected: 'dateInRange', received: input.toISOString() }, path);
    return day;
  }
  if (typeof input === 'string') {
    const m = ISO_DATE.exec(input.trim());
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      const t = Date.UTC(y, mo - 1, d);
      const check = new Date(t);
      if (y >= 1000 && check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d) {
        return t / MS_PER_DAY;
      }
      fail('INVALID_DATE', { ...subjectOf(what), expected: y < 1000 ? 'dateInRange' : 'realDate', received: input }, path);
    }
  }
  return fail('INVALID_DATE', { ...subjectOf(what), expected: 'date', received: input }, path);
}

/** Day number → `'YYYY-MM-DD'`. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The UTC year and month (0–11) of a day number. */
export function yearMonthOf(day: number): { year: number; month: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}

/** Day number of the first day of a year/month (month may overflow into the next year). */
export function firstOfMonth(year: number, month: number): number {
  return Date.UTC(year, month, 1) / MS_PER_DAY;
}
