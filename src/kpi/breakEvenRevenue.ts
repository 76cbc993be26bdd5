import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { fail } from '../errors.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { amountOf, bounded, money, shareOf } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link breakEvenRevenue}: the contribution margin ratio, or a price and variable cost to derive it. */
export type BreakEvenRevenueInput =
  | {
      readonly fixedCosts: NumberInput;
      /** (price − variable cost) / price, a fraction from 0 to 1. */
      readonly contributionMarginRatio: NumberInput;
    }
  | {
      readonly fixedCosts: NumberInput;
      readonly price: NumberInput;
      readonly variableCost: NumberInput;
    };

/** What {@link breakEvenRevenue} returns. JSON-serialisable. */
export interface BreakEvenRevenue {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'break-even-revenue';
  /** Revenue that covers the fixed costs (money); `null` without a positive contribution margin. */
  readonly value: Decimal | null;
  /** The same, as an exact fraction. */
  readonly exact: Ratio | null;
  readonly reason: 'no-contribution' | null;
  /** The contribution margin ratio used, exact; `null` when a price of 0 leaves it undefined. */
  readonly contributionMarginRatio: Ratio | null;
  readonly fixedCosts: Decimal;
}

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    fixedCosts: /* @__PURE__ */ amountOf('fixedCosts'),
    contributionMarginRatio: /* @__PURE__ */ z.optional(/* @__PURE__ */ shareOf('contributionMarginRatio')),
    price: /* @__PURE__ */ z.optional(/* @__PURE__ */ amountOf('price')),
    variableCost: /* @__PURE__ */ z.optional(/* @__PURE__ */ amountOf('variableCost')),
  }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);

/**
 * Break-even revenue: the sales revenue that covers the fixed costs.
 *
 * Formula: fixed costs / contribution margin ratio, where the ratio is (price − variable cost) /
 * price (given directly, or derived from `price` and `variableCost`). Exact; it equals break-even
 * units × price.
 *
 * Edge cases: a ratio of 0 or less (or a price of 0) gives `value: null, reason: 'no-contribution'`.
 *
 * @param input - `{ fixedCosts, contributionMarginRatio }` or `{ fixedCosts, price, variableCost }`.
 * @returns break-even revenue as money and as an exact fraction, with the ratio used.
 * @throws FunnelMathError `CONFLICTING_OPTIONS` (both forms), `MISSING_VALUE` (neither, or half
 *   of the price form), `INVALID_INPUT`, `UNKNOWN_OPTION`, `OUT_OF_RANGE` (ratio outside 0..1), `NEGATIVE`, `INVALID_NUMBER`,
 *   `RESULT_TOO_LARGE` (beyond 10^300).
 * @example
 * import { breakEvenRevenue } from 'funnel-math';
 * breakEvenRevenue({ fixedCosts: 30000, contributionMarginRatio: '40%' }).value; // => '75000'
 * breakEvenRevenue({ fixedCosts: 30000, price: 50, variableCost: 30 }).contributionMarginRatio; // => '2/5'
 * breakEvenRevenue({ fixedCosts: 1000, contributionMarginRatio: '30%' }).exact; // => '10000/3'
 * @category KPIs
 */
export function breakEvenRevenue(input: BreakEvenRevenueInput): BreakEvenRevenue {
  const i = reader.read(input ?? {}, ['input']);
  const fixed = i.fixedCosts;
  const byPrice = i.price !== undefined || i.variableCost !== undefined;
  if (i.contributionMarginRatio !== undefined && byPrice) {
    fail('CONFLICTING_OPTIONS', { phrases: enKpi, subject: 'marginAndPrice', expected: 'marginOrPrice' }, ['input', 'price']);
  }
  let ratio: Ratio | null;
  if (i.contributionMarginRatio !== undefined) ratio = i.contributionMarginRatio;
  else {
    if (!byPrice) fail('MISSING_VALUE', { phrases: enKpi, subject: 'contributionMargin', expected: 'marginOrPrice' }, ['input', 'contributionMarginRatio']);
    if (i.price === undefined) fail('MISSING_VALUE', { phrases: enKpi, subject: 'price', expected: 'amount' }, ['input', 'price']);
    if (i.variableCost === undefined) fail('MISSING_VALUE', { phrases: enKpi, subject: 'variableCost', expected: 'amount' }, ['input', 'variableCost']);
    const { price, variableCost: variable } = i;
    ratio = price.isZero() ? null : bounded(price.sub(variable).div(price), ['input', 'price'], 'contributionMarginRatio');
  }
  const base = { contributionMarginRatio: ratio, fixedCosts: money(fixed) };
  if (ratio === null || ratio.sign() <= 0) return { kind: 'break-even-revenue', value: null, exact: null, reason: 'no-contribution', ...base };
  const exact = bounded(fixed.div(ratio), ['input'], 'breakEvenRevenue');
  return { kind: 'break-even-revenue', value: money(exact), exact, reason: null, ...base };
}

/**
 * True when `value` is a {@link breakEvenRevenue} result: a plain object whose `kind` is `'break-even-revenue'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link BreakEvenRevenue}).
 * @example
 * import { breakEvenRevenue, isBreakEvenRevenue } from 'funnel-math';
 * const result = breakEvenRevenue({ fixedCosts: 30000, contributionMarginRatio: '40%' });
 * isBreakEvenRevenue(result); // => true
 * isBreakEvenRevenue(JSON.parse(JSON.stringify(result))); // => true
 * isBreakEvenRevenue({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isBreakEvenRevenue(value: unknown): value is BreakEvenRevenue {
  return hasKind(value, 'break-even-revenue');
}
