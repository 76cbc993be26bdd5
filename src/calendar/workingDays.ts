import { fail, type ErrorPath } from '../errors.js';
import * as z from 'zod/mini';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import { enCalendar } from '../messages/enCalendar.js';
import { listOf, ownArray } from '../schema.js';
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

const WEEKEND = { subject: 'weekend', expected: 'weekend', phrases: enCalendar } as const;
const HOLIDAYS = { subject: 'holidays', expected: 'holidays', phrases: enCalendar } as const;
const WEEKDAYS = /* @__PURE__ */ listOf([0, 1, 2, 3, 4, 5, 6, ...NAMES]);

/** The weekend as a 7-slot mask: a list of at most seven days, numbers 0–6 or English day names. */
function readWeekend(value: unknown, path: ErrorPath): boolean[] {
  if (!Array.isArray(value)) return fail('INVALID_INPUT', { ...WEEKEND, received: value }, path);
  // a week has seven days: a longer list is a mistake, refused before any entry is read
  if (value.length > 7) fail('TOO_LONG', { ...WEEKEND, length: value.length, max: 7 }, path);
  const mask = [false, false, false, false, false, false, false];
  ownArray(value as unknown[]).forEach((d, i) => {
    const index =
      typeof d === 'number' ? (Number.isInteger(d) && d >= 0 && d <= 6 ? d : -1) : typeof d === 'string' ? NAMES.indexOf(d.trim().toLowerCase().slice(0, 3)) : -1;
    if (index === -1) fail('INVALID_CHOICE', { subject: 'weekendDay', row: i + 1, allowed: WEEKDAYS, received: d }, [...path, i]);
    mask[index] = true;
  });
  return mask;
}

/** Holidays as day numbers: a list of dates, at most as many as the longest range has days. */
function readHolidays(value: unknown, path: ErrorPath): Set<number> {
  if (!Array.isArray(value)) return fail('INVALID_INPUT', { ...HOLIDAYS, received: value }, path);
  if (value.length > MAX_RANGE_DAYS) fail('TOO_LONG', { ...HOLIDAYS, length: value.length, max: MAX_RANGE_DAYS }, path);
  const days = new Set<number>();
  ownArray(value as unknown[]).forEach((h, i) => days.add(toDay(h, [...path, i], { subject: 'holiday', row: i + 1, phrases: enCalendar })));
  return days;
}

/** The `weekend` option: days off every week (default Saturday and Sunday). @internal */
export const weekendPiece: Piece<boolean[]> = /* @__PURE__ */ piece(WEEKEND, readWeekend);
/** The `holidays` option: dates off. @internal */
export const holidaysPiece: Piece<Set<number>> = /* @__PURE__ */ piece(HOLIDAYS, readHolidays);

/** The calendar of `weekend` and `holidays` as read by their pieces (either may be absent). @internal */
export function calendarOf(weekend: readonly boolean[] | undefined, holidays: ReadonlySet<number> | undefined): Calendar {
  return { weekend: weekend ?? [true, false, false, false, false, false, true], holidays: holidays ?? new Set() };
}

const calendarInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ weekend: /* @__PURE__ */ z.optional(weekendPiece), holidays: /* @__PURE__ */ z.optional(holidaysPiece) }),
);

/** Reads `weekend` and `holidays` from an options object. @internal */
export function readCalendar(options: unknown, path: ErrorPath): Calendar {
  const opts = calendarInput.read(options ?? {}, path);
  return calendarOf(opts.weekend, opts.holidays);
}

/** Refuses a range that ends before it starts or spans more than {@link MAX_RANGE_DAYS}. @internal */
export function checkRange(first: number, last: number, path: ErrorPath): void {
  if (last < first) fail('INVALID_RANGE', { start: isoOf(first), end: isoOf(last) }, [...path, 'end']);
  if (last - first + 1 > MAX_RANGE_DAYS) {
    fail('RANGE_TOO_LONG', { start: isoOf(first), end: isoOf(last), length: last - first + 1, max: MAX_RANGE_DAYS }, [...path, 'end']);
  }
}

/** Reads an inclusive date range. @internal */
export function readRange(start: unknown, end: unknown, path: ErrorPath): { first: number; last: number } {
  const first = toDay(start, [...path, 'start'], { subject: 'startDate', phrases: enCalendar });
  const last = toDay(end, [...path, 'end'], { subject: 'endDate', phrases: enCalendar });
  checkRange(first, last, path);
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
 * @category Planning
 */
export function workingDays(start: DateInput, end: DateInput, options?: CalendarOptions): string[] {
  const { first, last } = readRange(start, end, []);
  const cal = readCalendar(options, ['options']);
  const out: string[] = [];
  for (let d = first; d <= last; d++) if (isWorkingDay(cal, d)) out.push(isoOf(d));
  return out;
}
