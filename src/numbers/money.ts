import { Decimal } from 'decimal.js';
import { fail, type ErrorPath } from '../errors.js';
import type { NumberInput } from './parse.js';
import { subjectOf, toRatio, type Subject } from './parse.js';
import type { Ratio } from './ratio.js';

/**
 * A private decimal.js constructor with room for every digit we accept, so money arithmetic
 * never silently rounds at decimal.js's default 20 significant digits.
 * @internal
 */
export const Money = /* @__PURE__ */ Decimal.clone({ precision: 60, rounding: 6 /* ROUND_HALF_EVEN; a literal, because reading the property would keep decimal.js in every bundle */, toExpNeg: -30, toExpPos: 60 });

/** An exact Ratio as Decimal money, to `precision` significant digits (60 by default). @internal */
export function ratioToMoney(r: Ratio): Decimal {
  return new Money(r.num.toString()).div(r.den.toString());
}

/**
 * Reads an amount of money (revenue, deal size) as an exact decimal and its Ratio.
 * @throws FunnelMathError when it is not a finite number; `NEGATIVE` when negative.
 * @internal
 */
export function toMoney(input: unknown, path: ErrorPath, what: Subject = { subject: 'amount', expected: 'amount' }): { money: Decimal; exact: Ratio } {
  const exact = toRatio(input as NumberInput, path, what);
  if (exact.num < 0n) fail('NEGATIVE', { ...subjectOf(what), received: input }, path);
  return { money: ratioToMoney(exact), exact };
}
