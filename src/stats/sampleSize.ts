import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import { probabilityPiece } from './common.js';
import { zFor } from '../special/functions.js';
import { hasKind } from '../kind.js';

/** What {@link sampleSize} returns. */
export interface SampleSize {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'sample-size';
  /** Whole number of trials needed. */
  readonly trials: number;
  readonly rate: number;
  readonly halfWidth: number;
  readonly level: number;
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    rate: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('expectedRate', 'expectedRate')),
    halfWidth: /* @__PURE__ */ probabilityPiece('halfWidth', 'halfWidth'),
    level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')),
  }),
);

/**
 * How many trials estimate a rate to ±`halfWidth` at confidence `level`: the normal-approximation
 * (Cochran) formula n = ⌈z² · p(1 − p) / h²⌉ with z = Φ⁻¹(1 − (1 − level)/2). Without a rate the
 * worst case p = ½ is used. z is irrational, so the quotient is a float before the ceiling; a
 * quotient within 1e-9 of a whole number is not rounded up past it.
 *
 * @param options.rate - the rate you expect, as a fraction strictly between 0 and 1 (default 0.5).
 * @param options.halfWidth - the margin wanted, as a fraction (0.05 for ±5 points), strictly between 0 and 1.
 * @param options.level - confidence level, default 0.95.
 * @throws FunnelMathError `OUT_OF_RANGE` (a level, rate or half-width outside (0, 1), or a half-width so
 *   narrow that the trials exceed 2^53 − 1), `MISSING_VALUE`, `UNKNOWN_OPTION`, `INVALID_NUMBER`,
 *   `NOT_FINITE`, `INVALID_INPUT`.
 * @example
 * import { sampleSize } from 'funnel-math';
 * sampleSize({ halfWidth: 0.05 }).trials; // => 385
 * sampleSize({ rate: '15%', halfWidth: '5%' }).trials; // => 196
 * @category Uncertainty
 */
export function sampleSize(options: { readonly rate?: NumberInput; readonly halfWidth: NumberInput; readonly level?: NumberInput }): SampleSize {
  const { rate = 0.5, halfWidth, level = 0.95 } = input.read(options, ['options']);
  const zc = zFor(level);
  const exact = (zc * zc * rate * (1 - rate)) / (halfWidth * halfWidth);
  const near = Math.round(exact);
  const trials = Math.abs(exact - near) <= 1e-9 * Math.max(1, near) ? near : Math.ceil(exact);
  if (!(trials <= Number.MAX_SAFE_INTEGER)) {
    fail('OUT_OF_RANGE', { phrases: enStats, subject: 'halfWidth', expected: 'countableHalfWidth', received: (options as { halfWidth?: unknown }).halfWidth }, ['options', 'halfWidth']);
  }
  return { kind: 'sample-size', trials, rate, halfWidth, level };
}

/**
 * True when `value` is a {@link sampleSize} result: a plain object whose `kind` is `'sample-size'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link SampleSize}).
 * @example
 * import { isSampleSize, sampleSize } from 'funnel-math';
 * const result = sampleSize({ halfWidth: 0.05 });
 * isSampleSize(result); // => true
 * isSampleSize(JSON.parse(JSON.stringify(result))); // => true
 * isSampleSize({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isSampleSize(value: unknown): value is SampleSize {
  return hasKind(value, 'sample-size');
}
