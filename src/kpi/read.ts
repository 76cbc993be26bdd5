/**
 * The pieces KPI inputs are made of (deals, money, counts, shares, dates, lists of rows) and the
 * small exact helpers the KPI cores share. Every piece reads through the library's shared readers
 * (src/input), so the same bad value gets the same code here as everywhere else; values inside a
 * list name their row, counted from 1 ("The value of deal 3 cannot be negative").
 * @internal
 * @module
 */
import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { toDay, type DateInput } from '../calendar/dates.js';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { readAmount } from '../input/number.js';
import { lcmBig } from '../numbers/gcd.js';
import { defineInput } from '../input/parse.js';
import { piece, rowPiece as rowPieceOf, type Piece } from '../input/piece.js';
import { readShare } from '../input/rate.js';
import type { ErrorExpectation, ErrorSubject } from '../messages/types.js';
import { ratioToMoney } from '../numbers/money.js';
import { toCount, type NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { listOf } from '../schema.js';

/** A piece whose messages name the value's row (when it is in a list) besides its subject. @internal */
export function rowPiece<T>(subject: ErrorSubject, expected: ErrorExpectation, read: (value: unknown, path: ErrorPath, about: FailParams) => T): Piece<T> {
  return rowPieceOf(enKpi, subject, expected, read);
}

/** An amount of 0 or more (money, or another quantity named by `expected`), exact. @internal */
export function amountOf(subject: ErrorSubject, expected: ErrorExpectation = 'amount'): Piece<Ratio> {
  return rowPiece(subject, expected, readAmount);
}

/** A whole count of 0 or more. @internal */
export function countOf(subject: ErrorSubject): Piece<number> {
  return rowPiece(subject, 'count', (value, path, about) => toCount(value, path, about));
}

/** A share from 0 to 1 (a rate as a fraction, not a percent), exact. @internal */
export function shareOf(subject: ErrorSubject): Piece<Ratio> {
  return rowPiece(subject, 'share', readShare);
}

/** Reads a whole number from `min` to `max`. @internal */
function readCountBetween(value: unknown, path: ErrorPath, about: FailParams, min: number, max: number): number {
  const n = toCount(value, path, about);
  if (n < min || n > max) fail('OUT_OF_RANGE', { ...about, expected: 'countBetween', min, max, received: value }, path);
  return n;
}

/** A whole number from `min` to `max`. @internal */
export function countBetween(subject: ErrorSubject, min: number, max: number): Piece<number> {
  return rowPiece(subject, 'countBetween', (value, path, about) => readCountBetween(value, path, { ...about, min, max }, min, max));
}

/** One of a fixed set of texts. @internal */
function choiceOf<const T extends readonly string[]>(values: T, subject: ErrorSubject, expected: ErrorExpectation): Piece<T[number]> {
  const allowed = listOf(values);
  return rowPiece(subject, expected, (value, path, about) =>
    (values as readonly unknown[]).includes(value) ? (value as T[number]) : fail('INVALID_CHOICE', { ...about, allowed, received: value }, path),
  );
}

/** A calendar date as a day number. @internal */
export function dateOf(subject: ErrorSubject): Piece<number> {
  return piece({ phrases: enKpi, subject, expected: 'date' }, (value, path, context) => toDay(value, path, { phrases: enKpi, subject, ...context }));
}

/** Any value, read later by the core's own rules. @internal */
export const anything = /* @__PURE__ */ z.unknown();

const statusPiece: Piece<'won' | 'lost' | 'open'> = /* @__PURE__ */ choiceOf(['won', 'lost', 'open'] as const, 'dealStatus', 'dealStatus');

/** Where a deal stands. */
export type DealStatus = Deal['status'];

/**
 * A sales opportunity. `value` is its amount of money; `createdAt` and `closedAt` are calendar
 * dates (ISO `YYYY-MM-DD` or a Date, read as its UTC date); `rep` is who owns it; `stage` is the
 * funnel stage an open deal is at (for {@link weightedPipeline}).
 */
export interface Deal {
  readonly status: z.output<typeof statusPiece>;
  readonly value?: NumberInput;
  readonly createdAt?: DateInput;
  readonly closedAt?: DateInput;
  readonly rep?: string;
  readonly stage?: string;
  readonly id?: string;
}

/** Largest number of records a KPI reads in one call. */
const MAX_RECORDS = 10_000_000;

const dealInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    status: statusPiece,
    value: /* @__PURE__ */ z.optional(/* @__PURE__ */ amountOf('dealValue')),
    createdAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ dateOf('dealCreatedAt')),
    closedAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ dateOf('dealClosedAt')),
    rep: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    stage: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  }),
  { phrases: enKpi, subject: 'deal', expected: 'object' },
);

/** A deal after reading: money exact, dates as day numbers. @internal */
export interface ReadDeal {
  readonly status: DealStatus;
  readonly value?: Ratio | undefined;
  readonly createdAt?: number | undefined;
  readonly closedAt?: number | undefined;
  readonly rep?: string | undefined;
  readonly stage?: string | undefined;
}

/**
 * Checks that `input` is a list (of at most MAX_RECORDS items) and returns a dense copy: a hole
 * in a sparse array becomes `undefined`, so it is reported instead of silently skipped.
 * @internal
 */
export function readList(input: unknown, path: ErrorPath, about: FailParams): readonly unknown[] {
  if (!Array.isArray(input)) fail('INVALID_INPUT', { expected: 'array', ...about, received: input }, path);
  if (input.length > MAX_RECORDS) fail('TOO_LONG', { ...about, length: input.length, max: MAX_RECORDS }, path);
  return Array.from(input as unknown[]);
}

/** Reads a list of deals: status checked, money and dates read exactly. @internal */
export function readDeals(input: unknown, path: ErrorPath, about: FailParams = { phrases: enKpi, subject: 'deals', expected: 'deals' }): ReadDeal[] {
  const list = readList(input, path, about);
  const out: ReadDeal[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = readDeal(list[i], [...path, i]);
  return out;
}

/** Reads one deal. @internal */
export function readDeal(input: unknown, at: ErrorPath): ReadDeal {
  return dealInput.read(input, at);
}

/** The message parameters of a value of deal `i` that the core finds missing. @internal */
export function inDeal(subject: ErrorSubject, expected: ErrorExpectation, i: number): FailParams {
  return { phrases: enKpi, subject, expected, row: i + 1 };
}

/** An exact Ratio as money (decimal.js, 60 significant digits). @internal */
export function money(r: Ratio): Decimal {
  return ratioToMoney(r);
}

/** An amount for messages and labels: its decimal form (exact up to 60 significant digits, `1e-300` for tiny ones). @internal */
export function shown(r: Ratio): string {
  return ratioToMoney(r).toString();
}

/** Sum of exact values, over the least common denominator (so cents stay cents). @internal */
export function sum(values: readonly Ratio[]): Ratio {
  let num = 0n;
  let den = 1n;
  for (const v of values) {
    if (v.den === den) num += v.num;
    else {
      const lcm = lcmBig(den, v.den);
      num = num * (lcm / den) + v.num * (lcm / v.den);
      den = lcm;
    }
  }
  return Ratio.of(num, den);
}

/** Exact `base^exponent` for a whole exponent ≥ 0 (square-and-multiply). @internal */
export function power(base: Ratio, exponent: number): Ratio {
  let num = 1n;
  let den = 1n;
  let bn = base.num;
  let bd = base.den;
  let e = exponent;
  while (e > 0) {
    if (e & 1) {
      num *= bn;
      den *= bd;
    }
    bn *= bn;
    bd *= bd;
    e = Math.floor(e / 2);
  }
  return Ratio.of(num, den);
}

/** Sorts exact values ascending (a new array). @internal */
export function sortRatios(values: readonly Ratio[]): Ratio[] {
  return [...values].sort((a, b) => a.compare(b));
}

const LIMIT = /* @__PURE__ */ Ratio.of(10n ** 300n);

/**
 * Returns `r` when its size is below 10^300, and throws `RESULT_TOO_LARGE` otherwise: a quotient of
 * two accepted numbers can reach 10^600, which no double (and no chart) can show.
 * @internal
 */
export function bounded(r: Ratio, path: ErrorPath, subject: ErrorSubject): Ratio {
  const size = r.sign() < 0 ? Ratio.of(-r.num, r.den) : r;
  if (size.compare(LIMIT) >= 0) {
    const power = size.num.toString().length - size.den.toString().length;
    fail('RESULT_TOO_LARGE', { phrases: enKpi, subject, magnitude: `${r.sign() < 0 ? '-' : ''}10^${power}`, expected: 'kpiInputs' }, path);
  }
  return r;
}
