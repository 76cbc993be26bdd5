import { fail, type ErrorPath } from '../errors.js';
import * as z from 'zod/mini';
import { boundedArray, parseWith } from '../schema.js';
import { isoOf, toDay, weekdayOf, type DateInput } from './dates.js';

/** A weekday: 0 = Sunday … 6 = Saturday, or its English three-letter name. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';

/** Which days are worked: weekend days (default Saturday and Sunday) and holidays are not. */
export interface CalendarOptions {
  /** Days off every week; default `['sat', 'sun']`. Fri–Sat: `['fri', 'sat']`. */
  readonly weekend?: readonly Weekday[];
  /** Dates off (ISO strings or Dates); days outside the range are ignored. */
  readonly holidays?: readonly DateInput[];
}

const NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** 100 years: longer ranges are almost surely a typo in the year. */
export const MAX_RANGE_DAYS = 36_600;

/** A compiled calendar: the weekend as a 7-slot mask and holidays as a set of day numbers. @internal */
export interface Calendar {
  readonly weekend: readonly boolean[];
  readonly holidays: ReadonlySet<number>;
}

/** @internal */
export function isWorkingDay(cal: Calendar, day: number): boolean {
  return !cal.weekend[weekdayOf(day)] && !cal.holidays.has(day);
}

const calendarSchema = /* @__PURE__ */ z.strictObject({
  // a week has seven days; more holidays than days in the longest range is a mistake
  weekend: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedArray(/* @__PURE__ */ z.union([/* @__PURE__ */ z.number(), /* @__PURE__ */ z.string()]), 7)),
  holidays: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedArray(/* @__PURE__ */ z.unknown(), MAX_RANGE_DAYS)),
});

/** Reads `weekend` and `holidays` from an options object. @internal */
export function readCalendar(options: unknown, path: ErrorPath, what: string): Calendar {
  const opts = parseWith(calendarSchema, options ?? {}, path, what);
  const weekend = [false, false, false, false, false, false, false];
  const days = opts.weekend ?? ['sat', 'sun'];
  days.forEach((d, i) => {
    const index = typeof d === 'number' ? (Number.isInteger(d) && d >= 0 && d <= 6 ? d : -1) : NAMES.indexOf(d.toLowerCase().slice(0, 3));
    if (index === -1) {
      fail('INVALID_CHOICE', { subject: 'weekendDay', row: i + 1, allowed: "0 (Sunday) to 6 (Saturday), or 'sun' to 'sat'", received: d }, [...path, 'weekend', i]);
    }
    weekend[index] = true;
  });
  const holidays = new Set<number>();
  (opts.holidays ?? []).forEach((h, i) => holidays.add(toDay(h, [...path, 'holidays', i], 'The holiday')));
  return { weekend, holidays };
}

/** Reads an inclusive date range. @internal */
export function readRange(start: unknown, end: unknown, path: ErrorPath): { first: number; last: number } {
  const first = toDay(start, [...path, 'start'], 'The start date');
  const last = toDay(end, [...path, 'end'], 'The end date');
  if (last < first) fail('INVALID_RANGE', { start: isoOf(first), end: isoOf(last) }, [...path, 'end']);
  if (last - first + 1 > MAX_RANGE_DAYS) {
    fail('RANGE_TOO_LONG', { start: isoOf(first), end: isoOf(last), length: last - first + 1, max: MAX_RANGE_DAYS }, [...path, 'end']);
  }
  return { first, last };
}

/** Number of working days in an inclusive day-number range. @internal */
export function countWorkingDays(cal: Calendar, first: number, last: number): number {
  let n = 0;
  for (let d = first; d <= last; d++) if (isWorkingDay(cal, d)) n++;
  return n;
}

/**
 * The working days from `start` to `end`, both included, as ISO dates. Mon–Fri by default; the
 * result is the same on every machine whatever its time zone (a Date is read as its UTC date).
 *
 * @param start - first day, `'2026-11-02'` or a Date.
 * @param end - last day, included.
 * @param options - `weekend` days and `holidays` off.
 * @returns the working days in order; `.length` is the count.
 * @throws FunnelMathError `INVALID_DATE`, `INVALID_RANGE` (end before start, or over 100 years), `INVALID_INPUT`.
 * @example
 * import { workingDays } from 'funnel-math';
 * workingDays('2026-12-01', '2026-12-31').length; // => 23
 * workingDays('2026-12-01', '2026-12-31', { holidays: ['2026-12-25'] }).length; // => 22
 * workingDays('2026-11-20', '2026-11-23'); // => ['2026-11-20', '2026-11-23']
 * workingDays('2026-11-20', '2026-11-23', { weekend: ['fri', 'sat'] }); // => ['2026-11-22', '2026-11-23']
 * @category Calendar
 */
export function workingDays(start: DateInput, end: DateInput, options?: CalendarOptions): string[] {
  const { first, last } = readRange(start, end, []);
  const cal = readCalendar(options, ['options'], 'workingDays options');
  const out: string[] = [];
  for (let d = first; d <= last; d++) if (isWorkingDay(cal, d)) out.push(isoOf(d));
  return out;
}
