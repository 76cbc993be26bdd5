import type { Decimal } from 'decimal.js';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { fromSafe, fromSafeParts, ownRatio, Ratio, safeDen, safeNum } from './ratio.js';

/**
 * Every way a number may come in: a number, a numeric string (`'0.15'`, `'1e-3'`), a percent
 * string (`'15%'`), a fraction string (`'1/3'`) or object (`{ num: 1, den: 3 }`), a bigint, a
 * decimal.js `Decimal`, or a {@link Ratio}.
 * @category Funnels and rates
 */
export type NumberInput =
  | number
  | bigint
  | string
  | Decimal
  | Ratio
  | { readonly num: number | bigint | string; readonly den: number | bigint | string };

/** Digits and exponent beyond which a number is refused rather than computed slowly. */
const MAX_DIGITS = 400;
const MAX_EXPONENT = 400;
/** Largest accepted power of ten: keeps every value finite as a double. */
const MAX_MAGNITUDE = 300;
const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const POW10: number[] = [];
for (let i = 0, p = 1; i <= 15; i++, p *= 10) POW10.push(p);

/**
 * Fast path for a float with at most 15 decimals: the smallest k with round(x·10^k) / 10^k === x
 * gives the shortest decimal that reads back as x, which is what `String(x)` prints; beyond the
 * fast path's range the caller falls back to parsing `String(x)`.
 */
function fromFloat(x: number): Ratio | undefined {
  for (let k = 1; k <= 15; k++) {
    const p = POW10[k]!;
    const m = Math.round(x * p);
    if (Math.abs(m) >= 2 ** 52) return undefined;
    if (m / p === x) return fromSafeParts(m, p);
  }
  return undefined;
}

/**
 * Fast path for a plain decimal string such as '15', '0.35' or '12.5' (≤ 15 digits), divided by
 * 10^`shift` (2 reads the number before a percent sign): one Ratio, reduced when first shown.
 */
function simpleDecimal(text: string, from: number, to: number, shift: number): Ratio | undefined {
  let digits = 0;
  let value = 0;
  let scale = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) scale = 0;
    else return undefined;
  }
  const power = (scale < 0 ? 0 : scale) + shift;
  if (digits === 0 || digits > 15 || power > 15) return undefined;
  return fromSafeParts(value, POW10[power]!);
}

/** Fast path for the digits of a whole number below 2^31 ('3', '40'); -1 when it is not one. */
function simpleWhole(text: string, from: number, to: number): number {
  if (to - from > 9 || to === from) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * What a number is, for its error messages: a catalog subject with its parameters (and the
 * expectation to name when it is not a number).
 * @internal
 */
export type Subject = FailParams;

/** The catalog subject of `what`. @internal */
export function subjectOf(what: Subject): FailParams {
  return what;
}

function notANumber(raw: unknown, path: ErrorPath, what: Subject): never {
  const s = subjectOf(what);
  const expected = typeof raw === 'string' && /\d,\d/.test(raw) ? 'plainNumber' : (s.expected ?? 'number');
  return fail('INVALID_NUMBER', { ...s, expected, received: raw }, path);
}

/** Parses a plain decimal (with optional exponent) exactly; `undefined` when it is not one. */
function parseDecimal(text: string, raw: unknown, path: ErrorPath, what: Subject): Ratio | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  if (intPart.length + fracPart.length === 0) return undefined;
  const digits = (intPart + fracPart).replace(/^0+(?=\d)/, '');
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (digits.length > MAX_DIGITS || Math.abs(exp) > MAX_EXPONENT) {
    fail('NUMBER_TOO_LARGE', { ...subjectOf(what), expected: 'exactNumber', received: raw }, path);
  }
  const negative = m[1] === '-';
  const scale = fracPart.length - exp; // value = digits / 10^scale
  if (digits.length - scale > MAX_MAGNITUDE) {
    fail('NUMBER_TOO_LARGE', { ...subjectOf(what), expected: 'exactNumber', received: raw }, path);
  }
  if (digits.length <= 15 && scale >= 0 && scale <= 15) {
    // Fast path: every quantity here is a safe integer, so the arithmetic is exact.
    const n = Number(digits);
    return fromSafeParts(negative ? -n : n, POW10[scale]!);
  }
  const big = BigInt(digits);
  const signed = negative ? -big : big;
  return scale >= 0 ? Ratio.of(signed, 10n ** BigInt(scale)) : Ratio.of(signed * 10n ** BigInt(-scale), 1n);
}

function parseIntegerPart(part: unknown, raw: unknown, path: ErrorPath, what: Subject): bigint {
  if (typeof part === 'bigint') return part;
  if (typeof part === 'number') {
    if (Number.isSafeInteger(part)) return BigInt(part);
    return notANumber(raw, path, what);
  }
  if (typeof part === 'string' && /^\s*[+-]?\d{1,400}\s*$/.test(part)) return BigInt(part.trim());
  return notANumber(raw, path, what);
}

/** The common short forms ('15', '0.35', '15%', '1/3'), without allocating; undefined otherwise. */
function quickString(text: string): Ratio | undefined {
  const last = text.charCodeAt(text.length - 1);
  if (last === 37 /* % */) return simpleDecimal(text, 0, text.length - 1, 2);
  const slash = text.indexOf('/');
  if (slash < 0) return simpleDecimal(text, 0, text.length, 0);
  // '1/3': two whole numbers, read as digits and reduced once
  const num = simpleWhole(text, 0, slash);
  const den = simpleWhole(text, slash + 1, text.length);
  if (num >= 0 && den > 0) return fromSafeParts(num, den);
  const top = simpleDecimal(text, 0, slash, 0);
  const bottom = simpleDecimal(text, slash + 1, text.length, 0);
  if (top && bottom && safeNum(bottom) !== 0) {
    const n = safeNum(top) * safeDen(bottom);
    const d = safeDen(top) * safeNum(bottom);
    if (n <= Number.MAX_SAFE_INTEGER && d <= Number.MAX_SAFE_INTEGER) return Ratio.of(n, d);
  }
  return undefined;
}

/** A string of up to nine digits as the whole number it spells ('40'); undefined for anything else. @internal */
export function quickWholeText(text: string): number | undefined {
  const n = simpleWhole(text, 0, text.length);
  return n >= 0 ? n : undefined;
}

/**
 * The allocation-free fast path of {@link toRatio} for hot loops: numbers, short decimal, percent
 * and fraction strings, and Ratios. `undefined` means "use toRatio" (which also builds the error).
 * @internal
 */
export function quickRatio(input: unknown): Ratio | undefined {
  if (typeof input === 'number') {
    if (Number.isSafeInteger(input)) return fromSafe(input === 0 ? 0 : input, 1);
    return Number.isFinite(input) ? fromFloat(input) : undefined;
  }
  if (typeof input === 'string') return quickString(input);
  return ownRatio(input);
}

function fromString(raw: string, path: ErrorPath, what: Subject): Ratio {
  const text = raw.trim();
  const quick = quickString(text);
  if (quick) return quick;
  if (text.endsWith('%')) {
    const r = parseDecimal(text.slice(0, -1).trim(), raw, path, what);
    if (r === undefined) return notANumber(raw, path, what);
    const d = safeDen(r);
    return d !== 0 && d <= 1e13 ? Ratio.of(safeNum(r), d * 100) : Ratio.of(r.num, r.den * 100n);
  }
  const slash = text.indexOf('/');
  if (slash > 0) {
    const top = parseDecimal(text.slice(0, slash).trim(), raw, path, what);
    const bottom = parseDecimal(text.slice(slash + 1).trim(), raw, path, what);
    if (top === undefined || bottom === undefined) return notANumber(raw, path, what);
    if (bottom.isZero()) fail('INVALID_NUMBER', { ...subjectOf(what), expected: 'fraction', received: raw }, path);
    return top.div(bottom);
  }
  return parseDecimal(text, raw, path, what) ?? notANumber(raw, path, what);
}

/**
 * Turns any {@link NumberInput} into an exact {@link Ratio}. Floats are read as the shortest decimal
 * that prints them (`0.1` is exactly 1/10), which is what a person who typed them meant.
 *
 * @param input - the value to read.
 * @param path - where it sits in the caller's input, for the error.
 * @param what - what it is, in the user's words, for the error message.
 * @throws FunnelMathError `INVALID_NUMBER`, `NOT_FINITE` or `NUMBER_TOO_LARGE`.
 * @internal
 */
export function toRatio(input: unknown, path: ErrorPath = [], what: Subject = { subject: 'value' }): Ratio {
  switch (typeof input) {
    case 'number':
      if (!Number.isFinite(input)) {
        return fail('NOT_FINITE', { ...subjectOf(what), received: input }, path);
      }
      if (Number.isSafeInteger(input)) return fromSafe(input === 0 ? 0 : input, 1);
      return fromFloat(input) ?? parseDecimal(String(input), input, path, what) ?? notANumber(input, path, what);
    case 'string':
      return fromString(input, path, what);
    case 'bigint':
      return Ratio.of(input, 1n);
    case 'object': {
      if (input === null) return notANumber(input, path, what);
      const own = ownRatio(input);
      if (own) return own;
      // any decimal.js instance (from any copy or clone of the library) tags itself 'Decimal';
      // checking the tag keeps decimal.js out of bundles that never see one
      if (Object.prototype.toString.call(input) === '[object Decimal]' && typeof (input as Decimal).isFinite === 'function') {
        const dec = input as Decimal;
        if (!dec.isFinite()) {
          return fail('NOT_FINITE', { ...subjectOf(what), received: dec.toString() }, path);
        }
        return parseDecimal(dec.toString(), input, path, what) ?? notANumber(input, path, what);
      }
      if (!Array.isArray(input) && Object.hasOwn(input, 'num') && Object.hasOwn(input, 'den')) {
        const { num, den } = input as { num: unknown; den: unknown };
        const bn = parseIntegerPart(num, input, path, what);
        const bd = parseIntegerPart(den, input, path, what);
        if (bd === 0n) fail('INVALID_NUMBER', { ...subjectOf(what), expected: 'fraction', received: `${bn}/0` }, path);
        return Ratio.of(bn, bd);
      }
      return notANumber(input, path, what);
    }
    default:
      return notANumber(input, path, what);
  }
}

/**
 * Reads a whole, non-negative count (a number of calls, prospects, sales) that fits in a safe
 * integer. Accepts the same forms as {@link toRatio} as long as the value is whole.
 * @internal
 */
export function toCount(input: unknown, path: ErrorPath = [], what: Subject = { subject: 'count', expected: 'count' }): number {
  if (typeof input === 'number' && Number.isSafeInteger(input) && input >= 0) return input;
  const r = toRatio(input, path, what);
  const s = subjectOf(what);
  if (r.num < 0n) fail('NEGATIVE', { ...s, received: input }, path);
  if (r.den !== 1n) fail('NOT_INTEGER', { ...s, received: input }, path);
  if (safeDen(r) === 0) fail('NUMBER_TOO_LARGE', { ...s, expected: 'countLimit', received: input }, path);
  return safeNum(r);
}

/**
 * Parses any {@link NumberInput} into an exact {@link Ratio}: the public door to the library's
 * number reading, for callers who want to check or reuse a value.
 *
 * @param input - a number, numeric / percent / fraction string, `{ num, den }`, bigint or Decimal.
 * @returns the exact value in lowest terms.
 * @throws FunnelMathError `INVALID_NUMBER`, `NOT_FINITE` or `NUMBER_TOO_LARGE`.
 * @example
 * import { parseRatio } from 'funnel-math';
 * parseRatio('15%').toString(); // => '3/20'
 * parseRatio(0.1).toString(); // => '1/10'
 * parseRatio('5/15').toString(); // => '1/3'
 * parseRatio({ num: 2, den: 6 }).toString(); // => '1/3'
 * parseRatio('12.5 %').toNumber(); // => 0.125
 * @category Funnels and rates
 */
export function parseRatio(input: NumberInput): Ratio {
  return toRatio(input, [], { subject: 'value' });
}
