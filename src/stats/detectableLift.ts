import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { toRatio, type NumberInput } from '../numbers/parse.js';
import { ONE } from '../numbers/ratio.js';
import { probabilityPiece, statCountPiece } from './common.js';
import { normalQuantile, zFor } from '../special/functions.js';
import { hasKind } from '../kind.js';

/** What {@link detectableLift} returns; `null` values with `reason: 'not-detectable'` when no lift is. */
export interface DetectableLift {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'detectable-lift';
  /** Smallest absolute lift (rate points as a fraction: 0.05 = 5 points), a float. */
  readonly lift: number | null;
  /**
   * `lift` relative to `rate` (0.5 = +50%); `null` when it is undefined or not a finite float, and
   * {@link relativeLiftReason} says why.
   */
  readonly relativeLift: number | null;
  /**
   * Why {@link relativeLift} is `null`: `'zero-rate'` (a lift relative to 0), `'beyond-float-range'`
   * (the rate is so small, below about 10⁻³⁰⁸ of the lift, that lift / rate exceeds the largest
   * float), `'not-detectable'` (no lift is); `null` when it is a number.
   */
  readonly relativeLiftReason: 'zero-rate' | 'beyond-float-range' | 'not-detectable' | null;
  /** rate + lift. */
  readonly detectableRate: number | null;
  readonly rate: number;
  readonly trials: number;
  readonly level: number;
  readonly power: number;
  readonly reason: 'not-detectable' | null;
}

/** The base rate, from 0 up to (not including) 1, as a float: a lift above it must stay below 1. */
function readBaseRate(value: unknown, path: ErrorPath): number {
  const r = toRatio(value, path, { phrases: enStats, subject: 'rate', expected: 'rateBelowOne' });
  if (r.sign() < 0 || r.compare(ONE) >= 0) fail('OUT_OF_RANGE', { phrases: enStats, subject: 'rate', expected: 'rateBelowOne', received: value }, path);
  return r.toNumber();
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    rate: /* @__PURE__ */ piece({ phrases: enStats, subject: 'rate', expected: 'rateBelowOne' }, readBaseRate),
    trials: /* @__PURE__ */ statCountPiece('trialsPerGroup', 1),
    level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')),
    power: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('power', 'power')),
  }),
);

/**
 * The smallest increase over `rate` that a test with `trials` per group detects at confidence
 * `level` with probability `power` (two groups, two-sided two-proportion z-test, no continuity
 * correction; Fleiss, Statistical Methods for Rates and Proportions, 3rd ed., §4.2): the smallest
 * δ with z₁₋α/₂·√(2p̄q̄/n) + z_power·√((p₁q₁ + p₂q₂)/n) ≤ δ, p₂ = p₁ + δ, p̄ = (p₁ + p₂)/2, found
 * by bisection to 1e-15. Floats: the answer is irreducibly real. The relative lift is `null` (with
 * `relativeLiftReason`) where lift / rate is undefined or beyond the float range: no Infinity.
 *
 * @param options.rate - the current rate, as a fraction in [0, 1).
 * @param options.trials - trials per group (whole, ≥ 1).
 * @param options.level - confidence level, default 0.95.
 * @param options.power - probability of detecting the lift, default 0.8.
 * @throws FunnelMathError `OUT_OF_RANGE`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`, `MISSING_VALUE`,
 *   `UNKNOWN_OPTION`, `INVALID_INPUT`.
 * @example
 * import { detectableLift } from 'funnel-math';
 * const d = detectableLift({ rate: '15%', trials: 500 });
 * d.lift!.toFixed(4); // => '0.0686'
 * d.detectableRate!.toFixed(3); // => '0.219'
 * d.relativeLift!.toFixed(2); // => '0.46'
 * detectableLift({ rate: 0, trials: 500 }).relativeLiftReason; // => 'zero-rate'
 * detectableLift({ rate: 5e-324, trials: 500 }).relativeLift; // => null
 * detectableLift({ rate: 5e-324, trials: 500 }).relativeLiftReason; // => 'beyond-float-range'
 * @category Uncertainty
 */
export function detectableLift(options: { readonly rate: NumberInput; readonly trials: NumberInput; readonly level?: NumberInput; readonly power?: NumberInput }): DetectableLift {
  const { rate: p1, trials: n, level = 0.95, power = 0.8 } = input.read(options, ['options']);
  const za = zFor(level);
  const zb = normalQuantile(power);
  const gap = (d: number) => {
    const p2 = p1 + d;
    const pbar = (p1 + p2) / 2;
    return d - za * Math.sqrt((2 * pbar * (1 - pbar)) / n) - zb * Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n);
  };
  const base = { rate: p1, trials: n, level, power };
  let hi = 1 - p1;
  if (gap(hi) < 0) return { kind: 'detectable-lift', lift: null, relativeLift: null, relativeLiftReason: 'not-detectable', detectableRate: null, ...base, reason: 'not-detectable' };
  let lo = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (gap(mid) >= 0) hi = mid;
    else lo = mid;
  }
  const relative = p1 === 0 ? null : hi / p1;
  const finite = relative !== null && Number.isFinite(relative);
  return {
    kind: 'detectable-lift',
    lift: hi,
    relativeLift: finite ? relative : null,
    relativeLiftReason: relative === null ? 'zero-rate' : finite ? null : 'beyond-float-range',
    detectableRate: p1 + hi,
    ...base,
    reason: null,
  };
}

/**
 * True when `value` is a {@link detectableLift} result: a plain object whose `kind` is `'detectable-lift'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link DetectableLift}).
 * @example
 * import { detectableLift, isDetectableLift } from 'funnel-math';
 * const result = detectableLift({ rate: '15%', trials: 500 });
 * isDetectableLift(result); // => true
 * isDetectableLift(JSON.parse(JSON.stringify(result))); // => true
 * isDetectableLift({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isDetectableLift(value: unknown): value is DetectableLift {
  return hasKind(value, 'detectable-lift');
}
