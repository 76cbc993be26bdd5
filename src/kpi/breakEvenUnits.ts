import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { fail } from '../errors.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { amountOf, bounded, money } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link breakEvenUnits}. */
export interface BreakEvenUnitsInput {
  /** Fixed costs of the period (money). */
  readonly fixedCosts: NumberInput;
  /** Price per unit (money). */
  readonly price: NumberInput;
  /** Variable cost per unit (money). */
  readonly variableCost: NumberInput;
}

/** What {@link breakEvenUnits} returns. JSON-serialisable. */
export interface BreakEvenUnits {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'break-even-units';
  /** fixed costs / unit margin, exact (may be fractional); `null` without a positive unit margin. */
  readonly value: Ratio | null;
  /** Whole units to sell to cover the fixed costs: ⌈value⌉. */
  readonly units: number | null;
  readonly reason: 'no-unit-margin' | null;
  /** price − variable cost: what each unit contributes (negative when it loses money). */
  readonly unitMargin: Decimal;
  readonly fixedCosts: Decimal;
}

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    fixedCosts: /* @__PURE__ */ amountOf('fixedCosts'),
    price: /* @__PURE__ */ amountOf('price'),
    variableCost: /* @__PURE__ */ amountOf('variableCost'),
  }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);

/**
 * Break-even sales in units: how many units cover the fixed costs (DOMAIN.md §4).
 *
 * Formula: fixed costs / (price − variable cost), exact; `units` rounds up, since selling fewer
 * than the exact break-even leaves a loss. Exactly: value × unit margin = fixed costs.
 *
 * Edge cases: a unit margin of 0 or less (price at or below variable cost) never breaks even:
 * `value: null, reason: 'no-unit-margin'`.
 *
 * @param input.fixedCosts - fixed costs (money).
 * @param input.price - price per unit (money).
 * @param input.variableCost - variable cost per unit (money).
 * @returns exact and whole break-even units, with the unit margin.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `RESULT_TOO_LARGE`, `INVALID_NUMBER`.
 * @example
 * import { breakEvenUnits } from 'funnel-math';
 * breakEvenUnits({ fixedCosts: 30000, price: 50, variableCost: 30 }).units; // => 1500
 * breakEvenUnits({ fixedCosts: 1000, price: 10, variableCost: 7 }).value; // => '1000/3'
 * breakEvenUnits({ fixedCosts: 1000, price: 10, variableCost: 7 }).units; // => 334
 * breakEvenUnits({ fixedCosts: 1000, price: 10, variableCost: 12 }).reason; // => 'no-unit-margin'
 * @category KPIs
 */
export function breakEvenUnits(input: BreakEvenUnitsInput): BreakEvenUnits {
  const { fixedCosts: fixed, price, variableCost: variable } = reader.read(input ?? {}, ['input']);
  const margin = price.sub(variable);
  const base = { unitMargin: money(margin), fixedCosts: money(fixed) };
  if (margin.sign() <= 0) return { kind: 'break-even-units', value: null, units: null, reason: 'no-unit-margin', ...base };
  const value = bounded(fixed.div(margin), ['input'], 'breakEvenUnitCount');
  const whole = value.ceil();
  if (whole > BigInt(Number.MAX_SAFE_INTEGER)) {
    fail('RESULT_TOO_LARGE', { phrases: enKpi, subject: 'breakEvenUnitCount', value: String(whole), expected: 'costsAndPrice' }, ['input']);
  }
  return { kind: 'break-even-units', value, units: Number(whole), reason: null, ...base };
}

/**
 * True when `value` is a {@link breakEvenUnits} result: a plain object whose `kind` is `'break-even-units'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link BreakEvenUnits}).
 * @example
 * import { breakEvenUnits, isBreakEvenUnits } from 'funnel-math';
 * const result = breakEvenUnits({ fixedCosts: 30000, price: 50, variableCost: 30 });
 * isBreakEvenUnits(result); // => true
 * isBreakEvenUnits(JSON.parse(JSON.stringify(result))); // => true
 * isBreakEvenUnits({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isBreakEvenUnits(value: unknown): value is BreakEvenUnits {
  return hasKind(value, 'break-even-units');
}
