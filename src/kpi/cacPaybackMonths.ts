import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { fail } from '../errors.js';
import type { NumberInput } from '../numbers/parse.js';
import { ONE, type Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { amountOf, bounded, money, shareOf } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link cacPaybackMonths}. */
export interface CacPaybackInput {
  /** Acquisition cost per customer (money). */
  readonly cac: NumberInput;
  /** Average revenue per account per month (money). */
  readonly arpa: NumberInput;
  /** Gross margin, a fraction from 0 to 1. Without it the payback is on revenue (`basis: 'revenue'`). */
  readonly grossMargin?: NumberInput;
}

/** What {@link cacPaybackMonths} returns. JSON-serialisable. */
export interface CacPayback {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'cac-payback';
  /** Months to earn back the CAC, exact (`'25/2'` is 12.5); `null` when nothing is earned per month. */
  readonly value: Ratio | null;
  readonly reason: 'nothing-earned' | null;
  /** The first whole month by whose end the CAC is repaid: ⌈value⌉. */
  readonly wholeMonths: number | null;
  /** `'gross-margin'` when a margin was given, `'revenue'` when not (payback on revenue looks shorter). */
  readonly basis: 'gross-margin' | 'revenue';
  readonly cac: Decimal;
  /** What a customer earns per month: ARPA × margin (ARPA on revenue basis). */
  readonly monthlyContribution: Decimal;
}

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    cac: /* @__PURE__ */ amountOf('cac'),
    arpa: /* @__PURE__ */ amountOf('arpa'),
    grossMargin: /* @__PURE__ */ z.optional(/* @__PURE__ */ shareOf('grossMargin')),
  }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);

/**
 * CAC payback: how many months a new customer takes to repay what it cost to win them.
 *
 * Formula: CAC / (ARPA × gross margin), in months, exact; `wholeMonths` is its ceiling. Without a
 * gross margin the payback is computed on revenue (`basis: 'revenue'`), the optimistic
 * convention some sources use; the result names which one was used. Churn is ignored (the usual
 * simple convention): for customers who may leave before paying back, compare with {@link ltv}.
 *
 * Edge cases: ARPA × margin of 0 gives `value: null, reason: 'nothing-earned'`.
 *
 * @param input.cac - acquisition cost per customer (money).
 * @param input.arpa - revenue per account per month (money).
 * @param input.grossMargin - optional fraction from 0 to 1.
 * @returns exact months, whole months, and the basis.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `OUT_OF_RANGE`, `RESULT_TOO_LARGE`, `INVALID_NUMBER`.
 * @example
 * import { cacPaybackMonths } from 'funnel-math';
 * cacPaybackMonths({ cac: 1250, arpa: 125, grossMargin: '80%' }).value; // => '25/2'
 * cacPaybackMonths({ cac: 1250, arpa: 125, grossMargin: '80%' }).wholeMonths; // => 13
 * cacPaybackMonths({ cac: 1250, arpa: 125 }).basis; // => 'revenue'
 * @category KPIs
 */
export function cacPaybackMonths(input: CacPaybackInput): CacPayback {
  const i = reader.read(input ?? {}, ['input']);
  const { cac, arpa } = i;
  const margin = i.grossMargin ?? ONE;
  const basis = i.grossMargin === undefined ? 'revenue' : 'gross-margin';
  const monthly = arpa.mul(margin);
  const base = { basis, cac: money(cac), monthlyContribution: money(monthly) } as const;
  if (monthly.isZero()) return { kind: 'cac-payback', value: null, reason: 'nothing-earned', wholeMonths: null, ...base };
  const value = bounded(cac.div(monthly), ['input'], 'paybackMonths');
  const whole = value.ceil();
  if (whole > BigInt(Number.MAX_SAFE_INTEGER)) {
    fail('RESULT_TOO_LARGE', { phrases: enKpi, subject: 'paybackMonths', value: String(whole), expected: 'cacAndArpa' }, ['input']);
  }
  return { kind: 'cac-payback', value, reason: null, wholeMonths: Number(whole), ...base };
}

/**
 * True when `value` is a {@link cacPaybackMonths} result: a plain object whose `kind` is `'cac-payback'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link CacPayback}).
 * @example
 * import { cacPaybackMonths, isCacPayback } from 'funnel-math';
 * const result = cacPaybackMonths({ cac: 1250, arpa: 125 });
 * isCacPayback(result); // => true
 * isCacPayback(JSON.parse(JSON.stringify(result))); // => true
 * isCacPayback({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isCacPayback(value: unknown): value is CacPayback {
  return hasKind(value, 'cac-payback');
}
