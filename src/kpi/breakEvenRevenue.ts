import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { fail } from '../errors.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import { bounded, money, readMoney, readOptions, readShare } from './read.js';
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

const inputSchema = /* @__PURE__ */ z.strictObject({
  fixedCosts: /* @__PURE__ */ z.unknown(),
  contributionMarginRatio: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  price: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  variableCost: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

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
 * @throws FunnelMathError `INVALID_INPUT` (both or neither forms), `OUT_OF_RANGE` (ratio outside 0..1), `NEGATIVE`, `INVALID_NUMBER`,
 *   `RESULT_TOO_LARGE` (beyond 10^300).
 * @example
 * import { breakEvenRevenue } from 'funnel-math';
 * breakEvenRevenue({ fixedCosts: 30000, contributionMarginRatio: '40%' }).value; // => '75000'
 * breakEvenRevenue({ fixedCosts: 30000, price: 50, variableCost: 30 }).contributionMarginRatio; // => '2/5'
 * breakEvenRevenue({ fixedCosts: 1000, contributionMarginRatio: '30%' }).exact; // => '10000/3'
 * @category KPIs
 */
export function breakEvenRevenue(input: BreakEvenRevenueInput): BreakEvenRevenue {
  const i = readOptions(inputSchema, input, 'breakEvenRevenue input', ['input']);
  const fixed = readMoney(i.fixedCosts, ['input', 'fixedCosts'], 'The fixed costs');
  const byRatio = i.contributionMarginRatio !== undefined;
  const byPrice = i.price !== undefined || i.variableCost !== undefined;
  if (byRatio === byPrice) {
    fail(
      'INVALID_INPUT',
      'breakEvenRevenue input: give either contributionMarginRatio, or price and variableCost (not both, not neither).',
      ['input', byRatio ? 'price' : 'contributionMarginRatio'],
    );
  }
  let ratio: Ratio | null;
  if (byRatio) ratio = readShare(i.contributionMarginRatio, ['input', 'contributionMarginRatio'], 'The contribution margin ratio');
  else {
    if (i.price === undefined || i.variableCost === undefined) {
      fail('INVALID_INPUT', 'breakEvenRevenue input: give both price and variableCost.', ['input', i.price === undefined ? 'price' : 'variableCost']);
    }
    const price = readMoney(i.price, ['input', 'price'], 'The price');
    const variable = readMoney(i.variableCost, ['input', 'variableCost'], 'The variable cost');
    ratio = price.isZero() ? null : bounded(price.sub(variable).div(price), ['input', 'price'], 'The contribution margin ratio');
  }
  const base = { contributionMarginRatio: ratio, fixedCosts: money(fixed) };
  if (ratio === null || ratio.sign() <= 0) return { kind: 'break-even-revenue', value: null, exact: null, reason: 'no-contribution', ...base };
  const exact = bounded(fixed.div(ratio), ['input'], 'The break-even revenue');
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
