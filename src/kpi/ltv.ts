import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { fail } from '../errors.js';
import type { NumberInput } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { amountOf, bounded, countBetween, money, power, shareOf } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link ltv}. All per-period figures use the same period (a month, usually). */
export interface LtvInput {
  /** Average revenue per account per period (money). */
  readonly arpa: NumberInput;
  /** Gross margin as a fraction from 0 to 1; give 1 for a revenue (not profit) lifetime value. */
  readonly grossMargin: NumberInput;
  /** Churn per period as a fraction from 0 to 1 (e.g. a monthly {@link churnRate} `value`). */
  readonly churn: NumberInput;
  /** Count only this many periods of a customer's life (1 to 1200); required when churn is 0. */
  readonly horizon?: NumberInput;
}

/** What {@link ltv} returns. JSON-serialisable. */
export interface Ltv {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'ltv';
  /** Lifetime value (money). */
  readonly value: Decimal;
  /** The same, as an exact fraction. */
  readonly exact: Ratio;
  /** `'steady-state'`: ARPA × margin / churn; `'horizon'`: summed over `horizon` periods. */
  readonly method: 'steady-state' | 'horizon';
  readonly horizon: number | null;
  /** Expected customer lifetime in periods, 1 / churn; `null` when churn is 0. */
  readonly expectedLifetime: Ratio | null;
  readonly arpa: Decimal;
  readonly grossMargin: Ratio;
  readonly churn: Ratio;
}

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    arpa: /* @__PURE__ */ amountOf('arpa'),
    grossMargin: /* @__PURE__ */ shareOf('grossMargin'),
    churn: /* @__PURE__ */ shareOf('churn'),
    horizon: /* @__PURE__ */ z.optional(/* @__PURE__ */ countBetween('horizon', 1, 1200)),
  }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);

/**
 * Customer lifetime value (LTV): the gross profit a customer brings over their life.
 *
 * Formula (steady state): ARPA × gross margin / churn — a customer stays 1 / churn periods on
 * average. With `horizon` = H periods (the customer pays at the start of each period while still
 * there, and a share churn leaves each period): ARPA × margin × Σₜ₌₀^{H−1} (1 − churn)ᵗ
 * = ARPA × margin × (1 − (1 − churn)^H) / churn, or ARPA × margin × H when churn is 0; it grows
 * towards the steady-state value as H grows. Exact.
 *
 * Edge cases: churn 0 without a horizon would be an infinite lifetime: `UNDEFINED_RESULT` is thrown
 * (ask for a bounded horizon instead). Churn, margin and ARPA must use the same period.
 *
 * @param input.arpa - revenue per account per period (money).
 * @param input.grossMargin - a fraction from 0 to 1, not a percent number (`0.8` or `'80%'`).
 * @param input.churn - churn per period, a fraction from 0 to 1.
 * @param input.horizon - optional whole number of periods, 1 to 1200.
 * @returns LTV as money and as an exact fraction, with the method used.
 * @throws FunnelMathError `UNDEFINED_RESULT` (churn 0 and no horizon), `OUT_OF_RANGE`,
 *   `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`, `RESULT_TOO_LARGE` (a churn so
 *   small that 1 / churn passes 10^300).
 * @example
 * import { ltv } from 'funnel-math';
 * ltv({ arpa: 100, grossMargin: '80%', churn: '2%' }).value; // => '4000'
 * ltv({ arpa: 100, grossMargin: '80%', churn: '2%' }).expectedLifetime; // => '50'
 * ltv({ arpa: 100, grossMargin: 1, churn: '50%', horizon: 2 }).value; // => '150'
 * ltv({ arpa: 100, grossMargin: '80%', churn: 0, horizon: 36 }).value; // => '2880'
 * @category KPIs
 */
export function ltv(input: LtvInput): Ltv {
  const i = reader.read(input ?? {}, ['input']);
  const { arpa, grossMargin, churn } = i;
  const horizon = i.horizon ?? null;
  const perPeriod = arpa.mul(grossMargin);
  const expectedLifetime = churn.isZero() ? null : bounded(ONE.div(churn), ['input', 'churn'], 'expectedLifetime');
  const base = { horizon, expectedLifetime, arpa: money(arpa), grossMargin, churn };
  if (horizon === null) {
    if (churn.isZero()) {
      fail('UNDEFINED_RESULT', { phrases: enKpi, subject: 'lifetimeWithoutChurn' }, ['input', 'churn']);
    }
    const exact = bounded(perPeriod.div(churn), ['input', 'churn'], 'ltv');
    return { kind: 'ltv', value: money(exact), exact, method: 'steady-state', ...base };
  }
  const periods = churn.isZero() ? Ratio.of(horizon) : ONE.sub(power(ONE.sub(churn), horizon)).div(churn);
  const exact = perPeriod.mul(periods);
  return { kind: 'ltv', value: money(exact), exact, method: 'horizon', ...base };
}

/**
 * True when `value` is a {@link ltv} result: a plain object whose `kind` is `'ltv'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Ltv}).
 * @example
 * import { isLtv, ltv } from 'funnel-math';
 * const result = ltv({ arpa: 100, grossMargin: '80%', churn: '2%' });
 * isLtv(result); // => true
 * isLtv(JSON.parse(JSON.stringify(result))); // => true
 * isLtv({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isLtv(value: unknown): value is Ltv {
  return hasKind(value, 'ltv');
}
