import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { amountOf, bounded, money } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link ltvToCac}. */
export interface LtvToCacInput {
  /** Lifetime value (money), e.g. an {@link ltv} `value`. */
  readonly ltv: NumberInput;
  /** Acquisition cost (money), e.g. a {@link cac} `value`. */
  readonly cac: NumberInput;
}

/** What {@link ltvToCac} returns. JSON-serialisable. */
export interface LtvToCac {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'ltv-to-cac';
  /** LTV / CAC, exact (`'16/5'` is 3.2 : 1); `null` when CAC is 0 (`reason: 'zero-cac'`). */
  readonly value: Ratio | null;
  readonly reason: 'zero-cac' | null;
  readonly ltv: Decimal;
  readonly cac: Decimal;
  /** For people: `'3.20 : 1'`. */
  readonly label: string;
}

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ ltv: /* @__PURE__ */ amountOf('ltv'), cac: /* @__PURE__ */ amountOf('cac') }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);

/**
 * LTV : CAC — how many times a customer's lifetime value repays what it cost to win them.
 *
 * Formula: LTV / CAC, exact. (A ratio of 3 : 1 is the commonly quoted healthy level; this
 * function reports the number and leaves the judgement to you.) Use an LTV on gross margin, not
 * on revenue, or the ratio flatters.
 *
 * Edge cases: a CAC of 0 gives `value: null, reason: 'zero-cac'`.
 *
 * @param input.ltv - lifetime value (money).
 * @param input.cac - acquisition cost (money).
 * @returns the exact ratio and a `'3.20 : 1'` label.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `INVALID_NUMBER`, `RESULT_TOO_LARGE` (beyond 10^300).
 * @example
 * import { ltvToCac } from 'funnel-math';
 * ltvToCac({ ltv: 4000, cac: 1250 }).value; // => '16/5'
 * ltvToCac({ ltv: 4000, cac: 1250 }).label; // => '3.20 : 1'
 * ltvToCac({ ltv: 4000, cac: 0 }).reason; // => 'zero-cac'
 * @category KPIs
 */
export function ltvToCac(input: LtvToCacInput): LtvToCac {
  const { ltv: l, cac: c } = reader.read(input ?? {}, ['input']);
  if (c.isZero()) return { kind: 'ltv-to-cac', value: null, reason: 'zero-cac', ltv: money(l), cac: money(c), label: 'no ratio: the CAC is 0' };
  const value = bounded(l.div(c), ['input', 'cac'], 'ltvToCac');
  return { kind: 'ltv-to-cac', value, reason: null, ltv: money(l), cac: money(c), label: `${value.toFixed(2)} : 1` };
}

/**
 * True when `value` is a {@link ltvToCac} result: a plain object whose `kind` is `'ltv-to-cac'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link LtvToCac}).
 * @example
 * import { isLtvToCac, ltvToCac } from 'funnel-math';
 * const result = ltvToCac({ ltv: 4000, cac: 1250 });
 * isLtvToCac(result); // => true
 * isLtvToCac(JSON.parse(JSON.stringify(result))); // => true
 * isLtvToCac({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isLtvToCac(value: unknown): value is LtvToCac {
  return hasKind(value, 'ltv-to-cac');
}
