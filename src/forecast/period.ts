/**
 * The forecast period: the fiscal month, quarter or year that contains the as-of date, or the days
 * from the as-of date to a given end.
 * @internal
 * @module
 */
import { firstOfMonth, isoOf, yearMonthOf } from '../calendar/dates.js';
import { fail, type ErrorPath } from '../errors.js';

/** A calendar period named by its length; fiscal quarters and years start in `fiscalYearStart`. */
export type PeriodName = 'month' | 'quarter' | 'year';

/** The days a forecast covers, first and last included, as day numbers. @internal */
export interface PeriodDays {
  readonly start: number;
  readonly end: number;
}

const MONTHS: Record<PeriodName, number> = { month: 1, quarter: 3, year: 12 };

/**
 * The fiscal period of `name` containing day `asOf`, whose fiscal year starts in month
 * `fiscalYearStart` (1 = January): a quarter is three months counted from that month.
 * @internal
 */
export function periodContaining(asOf: number, name: PeriodName, fiscalYearStart: number): PeriodDays {
  const { year, month } = yearMonthOf(asOf);
  const length = MONTHS[name];
  // months since the fiscal year began (0–11), then back to the first month of this period
  const intoYear = (month - (fiscalYearStart - 1) + 12) % 12;
  const first = month - (intoYear % length);
  return { start: firstOfMonth(year, first), end: firstOfMonth(year, first + length) - 1 };
}

/** From `asOf` to `end`, both included; an end before the as-of date is `INVALID_RANGE`. @internal */
export function periodUntil(asOf: number, end: number, path: ErrorPath): PeriodDays {
  if (end < asOf) fail('INVALID_RANGE', { start: isoOf(asOf), end: isoOf(end) }, path);
  return { start: asOf, end };
}
