/**
 * Readers and small exact helpers shared by the KPI functions: deals, money, shares, day spans.
 * Everything here validates at the boundary and returns exact values (Ratio, whole numbers).
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { toDay } from '../calendar/dates.js';
import { describe, fail, showPath, type ErrorPath } from '../errors.js';
import { lcmBig } from '../numbers/gcd.js';
import { ratioToMoney } from '../numbers/money.js';
import { toCount, toRatio, type NumberInput } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { parseWith } from '../schema.js';
import type { DateInput } from '../calendar/dates.js';

/** Where a deal stands. */
export type DealStatus = 'won' | 'lost' | 'open';

/**
 * A sales opportunity. `value` is its amount of money; `createdAt` and `closedAt` are calendar
 * dates (ISO `YYYY-MM-DD` or a Date, read as its UTC date); `rep` is who owns it; `stage` is the
 * funnel stage an open deal is at (for {@link weightedPipeline}).
 */
export interface Deal {
  readonly status: DealStatus;
  readonly value?: NumberInput;
  readonly createdAt?: DateInput;
  readonly closedAt?: DateInput;
  readonly rep?: string;
  readonly stage?: string;
  readonly id?: string;
}

/** A deal after reading: money exact, dates as day numbers. @internal */
export interface ReadDeal {
  readonly status: DealStatus;
  readonly value: Ratio | undefined;
  readonly createdAt: number | undefined;
  readonly closedAt: number | undefined;
  readonly rep: string | undefined;
  readonly stage: string | undefined;
}

/** Largest number of records a KPI reads in one call. */
const MAX_RECORDS = 10_000_000;

const dealSchema = /* @__PURE__ */ z.strictObject({
  status: /* @__PURE__ */ z.enum(['won', 'lost', 'open']),
  value: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  createdAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  closedAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  rep: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  stage: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

/**
 * Checks that `input` is an array (of at most MAX_RECORDS items) and returns a dense copy: a hole
 * in a sparse array becomes `undefined`, so it is reported instead of silently skipped.
 * @internal
 */
export function readArray(input: unknown, path: ErrorPath, what: string): readonly unknown[] {
  if (!Array.isArray(input)) fail('INVALID_INPUT', `${what} at ${showPath(path)} should be an array; got ${describe(input)}.`, path);
  if (input.length > MAX_RECORDS) fail('INVALID_INPUT', `${what} has ${input.length} items; at most ${MAX_RECORDS} are read in one call.`, path);
  return Array.from(input as unknown[]);
}

/** Reads an array of {@link Deal}s: status checked, money and dates read exactly. @internal */
export function readDeals(input: unknown, path: ErrorPath, what: string): ReadDeal[] {
  const list = readArray(input, path, what);
  const out: ReadDeal[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = readDeal(list[i], [...path, i], what);
  return out;
}

/** Reads one {@link Deal}. @internal */
export function readDeal(input: unknown, at: ErrorPath, what: string): ReadDeal {
  const d = parseWith(dealSchema, input, at, what);
  return {
    status: d.status,
    value: d.value === undefined ? undefined : readMoney(d.value, [...at, 'value'], 'The deal value'),
    createdAt: d.createdAt === undefined ? undefined : toDay(d.createdAt, [...at, 'createdAt'], 'createdAt'),
    closedAt: d.closedAt === undefined ? undefined : toDay(d.closedAt, [...at, 'closedAt'], 'closedAt'),
    rep: d.rep,
    stage: d.stage,
  };
}

/** An amount of money, exact, 0 or more. @internal */
export function readMoney(input: unknown, path: ErrorPath, what: string): Ratio {
  const r = toRatio(input, path, what);
  if (r.sign() < 0) fail('NEGATIVE', `${what} at ${showPath(path)} is negative (${shown(r)}); give an amount of 0 or more.`, path);
  return r;
}

/** A number of 0 or more (money, days, a multiple), exact. @internal */
export function readNonNegative(input: unknown, path: ErrorPath, what: string): Ratio {
  const r = toRatio(input, path, what);
  if (r.sign() < 0) fail('NEGATIVE', `${what} at ${showPath(path)} is negative (${r.toString()}); give 0 or more.`, path);
  return r;
}

/** A share from 0 to 1 (a rate as a fraction, not a percent), exact. @internal */
export function readShare(input: unknown, path: ErrorPath, what: string): Ratio {
  const r = toRatio(input, path, what);
  if (r.sign() < 0 || r.compare(ONE) > 0) {
    fail('OUT_OF_RANGE', `${what} at ${showPath(path)} is ${r.toString()}; give a share from 0 to 1 (0.15 or '15%', not 15).`, path);
  }
  return r;
}

/** A whole number of 0 or more. @internal */
export function readCount(input: unknown, path: ErrorPath, what: string): number {
  return toCount(input, path, what);
}

/** A whole number from `min` to `max`. @internal */
export function readCountIn(input: unknown, min: number, max: number, path: ErrorPath, what: string): number {
  const n = toCount(input, path, what);
  if (n < min || n > max) fail('OUT_OF_RANGE', `${what} at ${showPath(path)} is ${n}; give a whole number from ${min} to ${max}.`, path);
  return n;
}

/** Reads an options object with a strict zod schema (a misspelt option is an error). @internal */
export function readOptions<T>(schema: z.ZodMiniType<T>, options: unknown, what: string, path: ErrorPath = ['options']): T {
  return parseWith(schema, options ?? {}, path, what);
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
export function bounded(r: Ratio, path: ErrorPath, what: string): Ratio {
  const size = r.sign() < 0 ? Ratio.of(-r.num, r.den) : r;
  if (size.compare(LIMIT) >= 0) {
    fail('RESULT_TOO_LARGE', `${what} would be about 10^${r.num.toString().length - r.den.toString().length}, beyond 10^300; check the inputs (a tiny divisor?).`, path);
  }
  return r;
}
