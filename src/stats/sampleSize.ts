import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import { exactProbabilityPiece, probabilityPiece } from './common.js';
import { zFor } from '../special/functions.js';
import { hasKind } from '../kind.js';
import { ceilDivBig } from '../numbers/ceilDiv.js';
import { floatValue } from '../numbers/floatValue.js';
import { Ratio } from '../numbers/ratio.js';

/** What {@link sampleSize} returns. */
export interface SampleSize {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'sample-size';
  /** Whole number of trials needed: the exact ceiling of z² · p(1 − p) / h² for the float z (at least 1). */
  readonly trials: number;
  /** The rate used, as a float (the count was computed from its exact value). */
  readonly rate: number;
  /** The half-width, as a float (the count was computed from its exact value). */
  readonly halfWidth: number;
  readonly level: number;
}

const HALF = /* @__PURE__ */ Ratio.of(1, 2);

/**
 * ⌈z² · p(1 − p) / h²⌉ exactly, for the float `z` taken at its exact binary value and exact rates
 * p and h, and at least 1 (z is positive for every level, so the real quotient is): the least
 * n ≥ 1 with n · h² ≥ z² · p(1 − p). A bigint, so the caller decides what is too large. @internal
 */
export function trialsFor(z: number, rate: Ratio, halfWidth: Ratio): bigint {
  const zq = floatValue(z);
  const [a, b, c, d] = [rate.num, rate.den, halfWidth.num, halfWidth.den];
  const n = ceilDivBig(zq.num * zq.num * a * (b - a) * d * d, zq.den * zq.den * b * b * c * c);
  return n < 1n ? 1n : n;
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    rate: /* @__PURE__ */ z.optional(/* @__PURE__ */ exactProbabilityPiece('expectedRate', 'expectedRate')),
    halfWidth: /* @__PURE__ */ exactProbabilityPiece('halfWidth', 'halfWidth'),
    level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')),
  }),
);

/**
 * How many trials estimate a rate to ±`halfWidth` at confidence `level`: the normal-approximation
 * (Cochran) formula n = ⌈z² · p(1 − p) / h²⌉ with z = Φ⁻¹(1 − (1 − level)/2). Without a rate the
 * worst case p = ½ is used. z is irrational and computed as a float (AS 241, about 1e-16
 * relative); the count is then exact for that float: z is taken at its exact binary value and the
 * quotient is evaluated with the exact rate and half-width as given (`'5%'` is 1/20, not the
 * float 0.05) in integer arithmetic, so `trials` is the least n ≥ 1 with n·h² ≥ z²·p(1 − p) — no
 * float rounding of the quotient, at any size up to 2^53 − 1.
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
 * sampleSize({ halfWidth: '0.00001' }).trials; // => 9603647052
 * @category Uncertainty
 */
export function sampleSize(options: { readonly rate?: NumberInput; readonly halfWidth: NumberInput; readonly level?: NumberInput }): SampleSize {
  const { rate = HALF, halfWidth, level = 0.95 } = input.read(options, ['options']);
  const trials = trialsFor(zFor(level), rate, halfWidth);
  if (trials > BigInt(Number.MAX_SAFE_INTEGER)) {
    fail('OUT_OF_RANGE', { phrases: enStats, subject: 'halfWidth', expected: 'countableHalfWidth', received: (options as { halfWidth?: unknown }).halfWidth }, ['options', 'halfWidth']);
  }
  return { kind: 'sample-size', trials: Number(trials), rate: rate.toNumber(), halfWidth: halfWidth.toNumber(), level };
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
