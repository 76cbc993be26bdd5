/**
 * Reads the lists forecasting is given: deals (a forecast, or a pipeline snapshot) and forecast
 * entries, each a row with an id that must be unique, and the period a forecast is for. Values
 * inside a list name their row counted from 1 ("The amount of deal 3 cannot be negative"), and two
 * rows with one id are `DUPLICATE_ID` at the second, naming both rows.
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import { readDay } from '../calendar/dayPiece.js';
import { isoOf, type DateInput } from '../calendar/dates.js';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { readAmount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import { forecastPiece } from '../survival/read.js';
import { enForecast } from '../messages/enForecast.js';
import type { ErrorExpectation, ErrorSubject } from '../messages/types.js';
import { ratioToMoney } from '../numbers/money.js';
import { Ratio, ZERO } from '../numbers/ratio.js';
import { listOf } from '../schema.js';

/** Largest number of rows one call reads. */
const MAX_ROWS = 10_000_000;

/** A piece whose messages use the forecasting words and name the value's row. */
export const rowPiece = forecastPiece;

/** An amount of money of 0 or more, exact. */
export function amountOf(subject: ErrorSubject): Piece<Ratio> {
  return rowPiece(subject, 'amount', readAmount);
}

/** A text (an id, a rep, a period label): any string, the empty one included. */
export function textOf(subject: ErrorSubject): Piece<string> {
  return rowPiece(subject, 'string', (value, path, about) => (typeof value === 'string' ? value : fail('INVALID_INPUT', { ...about, received: value }, path)));
}

/** One of a few texts. */
export function choiceOf<const T extends readonly string[]>(values: T, subject: ErrorSubject): Piece<T[number]> {
  const allowed = listOf(values);
  return rowPiece(subject, 'string', (value, path, about) =>
    (values as readonly unknown[]).includes(value) ? (value as T[number]) : fail('INVALID_CHOICE', { ...about, allowed, received: value }, path),
  );
}

/** A calendar date (`'2026-03-31'` or a Date) as a day number. */
export function dateOf(subject: ErrorSubject): Piece<number> {
  return rowPiece(subject, 'date', (value, path, about) => readDay(value, path, about));
}

/** The period a forecast is for: both ends are calendar dates and both are in it. */
export interface CloseDatePeriod {
  /** First day of the period (in it). */
  readonly from: DateInput;
  /** Last day of the period (in it). */
  readonly to: DateInput;
}

/** A period after reading: day numbers, `from` ≤ `to`. */
export interface Period {
  readonly from: number;
  readonly to: number;
}

const periodInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    from: /* @__PURE__ */ dateOf('forecastPeriodStart'),
    to: /* @__PURE__ */ dateOf('forecastPeriodEnd'),
  }),
  { phrases: enForecast, subject: 'forecastPeriod', expected: 'forecastDayRange' },
);

/** The period piece: `{ from, to }`, the end not before the start (`INVALID_RANGE`). */
export const periodPiece: Piece<Period> = /* @__PURE__ */ piece({ phrases: enForecast, subject: 'forecastPeriod', expected: 'forecastDayRange' }, (value, path) => {
  const p = periodInput.read(value, path);
  if (p.to < p.from) fail('INVALID_RANGE', { phrases: enForecast, subject: 'forecastPeriod', start: isoOf(p.from), end: isoOf(p.to) }, [...path, 'to']);
  return p;
});

/** A period as ISO dates, for results. */
export function periodShown(p: Period): { readonly from: string; readonly to: string } {
  return { from: isoOf(p.from), to: isoOf(p.to) };
}

/**
 * Reads a list of rows: a list of at most MAX_ROWS items, each read by `read` at its own path (a
 * hole in a sparse array is read as `undefined`, so it is reported rather than skipped).
 */
export function readRows<T>(input: unknown, path: ErrorPath, about: FailParams, read: (row: unknown, at: ErrorPath) => T): T[] {
  if (!Array.isArray(input)) fail('INVALID_INPUT', { ...about, received: input }, path);
  if (input.length > MAX_ROWS) fail('TOO_LONG', { ...about, length: input.length, max: MAX_ROWS }, path);
  const out: T[] = new Array<T>(input.length);
  for (let i = 0; i < input.length; i++) out[i] = read((input as unknown[])[i], [...path, i]);
  return out;
}

/**
 * Checks that no two rows have the same key; the second is `DUPLICATE_ID` at `field`, naming both
 * rows counted from 1 (`shown` words a row's key for the message). Returns the row index of each key.
 */
export function uniqueKeys(keys: readonly string[], path: ErrorPath, subject: ErrorSubject, field: string | null, shown: (i: number) => string = (i) => keys[i]!): Map<string, number> {
  const seen = new Map<string, number>();
  keys.forEach((key, i) => {
    const first = seen.get(key);
    if (first !== undefined) fail('DUPLICATE_ID', { phrases: enForecast, subject, id: shown(i), first: first + 1, second: i + 1 }, field === null ? [...path, i] : [...path, i, field]);
    seen.set(key, i);
  });
  return seen;
}

/** Exact sum. */
export function total(values: readonly Ratio[]): Ratio {
  let s = ZERO;
  for (const v of values) s = s.add(v);
  return s;
}

/** An exact amount as decimal.js money (exact for every amount written in decimals; 60 significant digits otherwise). */
export function money(r: Ratio): Decimal {
  return ratioToMoney(r);
}

/** |r|. */
export function abs(r: Ratio): Ratio {
  return r.sign() < 0 ? ZERO.sub(r) : r;
}
