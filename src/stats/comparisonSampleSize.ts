import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { readRate } from '../input/rate.js';
import { exactDouble } from '../numbers/floatValue.js';
import { toRatio, type NumberInput } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { probabilityPiece } from './common.js';
import { normalQuantile, normalSf, zFor } from '../special/functions.js';
import { hasKind } from '../kind.js';

/**
 * The formula of {@link comparisonSampleSize}, named in its result:
 * - `'fleiss-pooled'`: Fleiss's normal approximation, the variance under the null at the mean rate;
 * - `'fleiss-pooled-cc'`: the same with Fleiss's continuity correction;
 * - `'evan-miller'`: the variance under the null at the base rate (Evan Miller's calculator);
 * - `'cohen-h'`: the arcsine effect size h and the power of the z-test on it (statsmodels' `NormalIndPower`).
 */
export type ComparisonSampleSizeMethod = 'fleiss-pooled' | 'fleiss-pooled-cc' | 'evan-miller' | 'cohen-h';

/** How `lift` is read: in rate points (`'absolute'`), or as a share of the rate (`'relative'`). */
export type LiftType = 'absolute' | 'relative';

/** A two-sided test, or a one-sided test in the direction of the lift. */
export type SampleSizeAlternative = 'two-sided' | 'one-sided';

/** What {@link comparisonSampleSize} returns. */
export interface ComparisonSampleSize {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'comparison-sample-size';
  /** Whole number of trials in each of the two groups. */
  readonly trialsPerGroup: number;
  /** Both groups together, 2 · trialsPerGroup. */
  readonly totalTrials: number;
  /** The base rate, exact. */
  readonly rate: Ratio;
  /** The rate to detect, rate + lift, exact. */
  readonly targetRate: Ratio;
  /** targetRate − rate (rate points as a fraction), exact. */
  readonly lift: Ratio;
  /** lift / rate, exact; `null` when the base rate is 0. */
  readonly relativeLift: Ratio | null;
  /** How the `lift` given was read. */
  readonly liftType: LiftType;
  /** For `'cohen-h'`, h = 2·asin√targetRate − 2·asin√rate (a float); `null` for the other methods. */
  readonly effectSize: number | null;
  readonly level: number;
  readonly power: number;
  readonly alternative: SampleSizeAlternative;
  readonly method: ComparisonSampleSizeMethod;
}

const methodSchema: z.ZodMiniEnum<{ [M in ComparisonSampleSizeMethod]: M }> = /* @__PURE__ */ z.enum(['fleiss-pooled', 'fleiss-pooled-cc', 'evan-miller', 'cohen-h']);
const liftTypeSchema: z.ZodMiniEnum<{ [L in LiftType]: L }> = /* @__PURE__ */ z.enum(['absolute', 'relative']);
const alternativeSchema: z.ZodMiniEnum<{ [A in SampleSizeAlternative]: A }> = /* @__PURE__ */ z.enum(['two-sided', 'one-sided']);

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    rate: /* @__PURE__ */ piece({ subject: 'rate', expected: 'rate' }, (value, path, context) => readRate(value, path, { subject: 'rate', ...context }, true)),
    lift: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ phrases: enStats, subject: 'lift', expected: 'number' }, (value, path, context) => toRatio(value, path, { phrases: enStats, subject: 'lift', expected: 'number', ...context }))),
    liftType: /* @__PURE__ */ z.optional(liftTypeSchema),
    level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')),
    power: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('power', 'power')),
    alternative: /* @__PURE__ */ z.optional(alternativeSchema),
    method: /* @__PURE__ */ z.optional(methodSchema),
  }),
);

// ---- exact signs of sums of square roots of rationals ----

/** sign(a·√x + b·√y) for rationals a, b and x, y ≥ 0, exactly. */
function signOfRoots(a: Ratio, x: Ratio, b: Ratio, y: Ratio): number {
  const sa = x.isZero() ? 0 : a.sign();
  const sb = y.isZero() ? 0 : b.sign();
  if (sa === 0) return sb;
  if (sb === 0 || sa === sb) return sa;
  return sa * a.mul(a).mul(x).sub(b.mul(b).mul(y)).sign();
}

/** sign(q + c·√w) for rationals q, c and w ≥ 0, exactly. */
function signOfRoot(q: Ratio, c: Ratio, w: Ratio): number {
  return signOfRoots(q.sign() < 0 ? Ratio.of(-1) : ONE, q.mul(q), c, w);
}

/** sign(r + a·√x + b·√y), exactly. */
function signOfSum(r: Ratio, a: Ratio, x: Ratio, b: Ratio, y: Ratio): number {
  const sr = r.sign();
  const rest = signOfRoots(a, x, b, y);
  if (sr === 0) return rest;
  if (rest === 0 || rest === sr) return sr;
  // sign(r + R) = sign(r) · sign(r² − R²), R² = a²x + b²y + 2ab√(xy)
  return sr * signOfRoot(r.mul(r).sub(a.mul(a).mul(x)).sub(b.mul(b).mul(y)), a.mul(b).mul(Ratio.of(-2)), x.mul(y));
}

/**
 * Whether n per group meets the normal-approximation condition, exactly from the float
 * quantiles: √n·d ≥ S (no correction) or n·d − 1 ≥ √n·S (Fleiss's continuity correction), with
 * S = zα·√u + zβ·√v. @internal
 */
export function meetsFleiss(n: number, d: Ratio, za: Ratio, u: Ratio, zb: Ratio, v: Ratio, corrected: boolean): boolean {
  const N = Ratio.of(n);
  if (corrected) return signOfSum(N.mul(d).sub(ONE), za.mul(Ratio.of(-1)), N.mul(u), zb.mul(Ratio.of(-1)), N.mul(v)) >= 0;
  if (signOfRoots(za, u, zb, v) <= 0) return true;
  // n·d² ≥ S² = zα²u + zβ²v + 2·zα·zβ·√(uv)
  return signOfRoot(N.mul(d).mul(d).sub(za.mul(za).mul(u)).sub(zb.mul(zb).mul(v)), za.mul(zb).mul(Ratio.of(-2)), u.mul(v)) >= 0;
}

/**
 * The power of the z-test on Cohen's h with n per group (statsmodels' `NormalIndPower`): for a
 * two-sided test Φ(h√(n/2) − z) + Φ(−h√(n/2) − z), z = Φ⁻¹(1 − α/2); one-sided Φ(|h|√(n/2) − z),
 * z = Φ⁻¹(1 − α). @internal
 */
export function cohenPower(n: number, h: number, z: number, twoSided: boolean): number {
  const shift = Math.abs(h) * Math.sqrt(n / 2);
  return normalSf(z - shift) + (twoSided ? normalSf(z + shift) : 0);
}

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * The smallest n ≥ 1 with ok(n), for ok monotone (false … true), searched from a float `guess`
 * that is usually right or one off: one or two checks, then galloping and bisection if it is not.
 * `undefined` when no n up to 2^53 − 1 is ok.
 */
function smallestFrom(guess: number, ok: (n: number) => boolean): number | undefined {
  let lo: number; // ok(lo) false, or 0
  let hi: number; // ok(hi) true
  const start = Math.min(MAX, Math.max(1, guess));
  if (ok(start)) {
    hi = start;
    let step = 1;
    lo = Math.max(0, hi - step);
    while (lo > 0 && ok(lo)) {
      hi = lo;
      step *= 2;
      lo = Math.max(0, hi - step);
    }
  } else {
    lo = start;
    let step = 1;
    hi = Math.min(MAX, lo + step);
    while (!ok(hi)) {
      if (hi === MAX) return undefined;
      lo = hi;
      step *= 2;
      hi = Math.min(MAX, lo + step);
    }
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * How many trials each of two groups needs for a test to detect a lift from `rate` to
 * `rate + lift` with probability `power` at confidence `level` — the number of calls per script,
 * leads per source, before an A/B comparison can tell them apart.
 *
 * `lift` is read in rate points as a fraction (0.03 for +3 points), or with `liftType: 'relative'`
 * as a share of the rate (0.2 for +20%); the result names which. A negative lift detects a fall.
 * With p₁ = rate, p₂ = rate + lift, d = |p₂ − p₁|, zα = Φ⁻¹(1 − α/2) two-sided or Φ⁻¹(1 − α) one-sided
 * (α = 1 − level), zβ = Φ⁻¹(power), the methods are:
 *
 * | method | n per group | reference |
 * |---|---|---|
 * | `'fleiss-pooled'` (default) | (zα·√(2p̄q̄) + zβ·√(p₁q₁ + p₂q₂))² / d², p̄ = (p₁ + p₂)/2 | Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions, 3rd ed. (2003), §4.2; the inverse of `detectableLift` |
 * | `'fleiss-pooled-cc'` | n/4 · (1 + √(1 + 4/(n·d)))² with n as above | the same, with Fleiss's continuity correction (ibid.) |
 * | `'evan-miller'` | (zα·√(2p₁q₁) + zβ·√(p₁q₁ + p₂q₂))² / d² | the formula of Evan Miller's sample size calculator (variance under the null at the base rate); the calculator also rounds to the nearest whole number and, for a base rate above 50%, uses 1 − rate with the same lift — here the count is the ceiling and the rate is the one given |
 * | `'cohen-h'` | smallest n with Φ(h√(n/2) − zα) + Φ(−h√(n/2) − zα) ≥ power (one-sided: the first term), h = 2·asin√p₂ − 2·asin√p₁ | Cohen (1988) §6; statsmodels `NormalIndPower().solve_power` with `proportion_effectsize` |
 *
 * The count is exact: for the Fleiss and Evan Miller formulas, the smallest whole n that meets
 * the formula's condition (√n·d ≥ S, or n·d − 1 ≥ √n·S with the correction) decided in exact
 * rational arithmetic from the float quantiles — the real formula's exact ceiling, never a float
 * rounded. For `'cohen-h'` the power has no closed-form inverse: the count is the smallest whole n
 * whose power (a float) reaches `power`. A lift so small that a test of no more than 2^53 − 1
 * trials detects it is `RESULT_TOO_LARGE`.
 *
 * @param options.rate - the base rate, as a fraction from 0 to 1 (`0.15`, `'15%'`).
 * @param options.lift - the lift: rate points as a fraction (`0.05`, `'5%'`), or a share of the rate with `liftType: 'relative'`.
 * @param options.liftType - `'absolute'` (default) or `'relative'`.
 * @param options.level - confidence level 1 − α, default 0.95.
 * @param options.power - probability of detecting the lift, default 0.8.
 * @param options.alternative - `'two-sided'` (default) or `'one-sided'` (in the lift's direction).
 * @param options.method - see above, default `'fleiss-pooled'`.
 * @throws FunnelMathError `RATE_ABOVE_ONE` (a rate, or the rate with the lift, above 100%),
 *   `OUT_OF_RANGE` (a lift of 0 or below a rate of 0, a level or power outside (0, 1)),
 *   `MISSING_VALUE` (no lift, no rate), `RESULT_TOO_LARGE`,
 *   `NEGATIVE`, `INVALID_NUMBER`, `NOT_FINITE`, `INVALID_CHOICE`, `UNKNOWN_OPTION`, `INVALID_INPUT`.
 * @example
 * import { comparisonSampleSize } from 'funnel-math';
 * comparisonSampleSize({ rate: '15%', lift: '5%' }).trialsPerGroup; // => 906
 * comparisonSampleSize({ rate: '15%', lift: '5%', method: 'fleiss-pooled-cc' }).trialsPerGroup; // => 945
 * comparisonSampleSize({ rate: '15%', lift: '5%', method: 'evan-miller' }).trialsPerGroup; // => 831
 * comparisonSampleSize({ rate: '15%', lift: '5%', method: 'cohen-h' }).trialsPerGroup; // => 903
 * const s = comparisonSampleSize({ rate: '10%', lift: '20%', liftType: 'relative', alternative: 'one-sided' });
 * [s.trialsPerGroup, s.targetRate]; // => [3026, '3/25']
 * @category Uncertainty
 */
export function comparisonSampleSize(options: {
  readonly rate: NumberInput;
  readonly lift: NumberInput;
  readonly liftType?: LiftType;
  readonly level?: NumberInput;
  readonly power?: NumberInput;
  readonly alternative?: SampleSizeAlternative;
  readonly method?: ComparisonSampleSizeMethod;
}): ComparisonSampleSize {
  const { rate: p1, lift: given, liftType = 'absolute', level = 0.95, power = 0.8, alternative = 'two-sided', method = 'fleiss-pooled' } = input.read(options, ['options']);
  const where = ['options', 'lift'];
  if (given === undefined) return fail('MISSING_VALUE', { phrases: enStats, subject: 'lift', expected: 'lift' }, where);
  const lift = liftType === 'relative' ? p1.mul(given) : given;
  const p2 = p1.add(lift);
  const received = (options as { lift?: unknown }).lift;
  if (lift.isZero()) fail('OUT_OF_RANGE', { phrases: enStats, subject: 'lift', expected: 'nonZeroLift', received }, where);
  if (p2.compare(ONE) > 0) fail('RATE_ABOVE_ONE', { phrases: enStats, subject: 'liftedRate', percent: p2.toPercent(2) }, where);
  if (p2.sign() < 0) fail('OUT_OF_RANGE', { phrases: enStats, subject: 'lift', expected: 'liftedRate', received }, where);
  const twoSided = alternative === 'two-sided';
  const zaF = twoSided ? zFor(level) : normalQuantile(level);
  const zbF = normalQuantile(power);
  const tooLarge = () => fail('RESULT_TOO_LARGE', { phrases: enStats, subject: 'trialsPerGroup' }, where);
  let trials: number;
  let effectSize: number | null = null;
  if (method === 'cohen-h') {
    const h = 2 * Math.asin(Math.sqrt(p2.toNumber())) - 2 * Math.asin(Math.sqrt(p1.toNumber()));
    effectSize = h;
    const approx = 2 * ((zaF + zbF) / h) ** 2;
    if (!(approx <= MAX / 2) || h === 0) tooLarge();
    const ok = (n: number) => cohenPower(n, h, zaF, twoSided) >= power;
    // the closed form ignores the second tail: its ceiling is the answer or a little above it
    trials = smallestFrom(Math.ceil(approx), ok) ?? tooLarge();
  } else {
    const d = lift.sign() < 0 ? lift.mul(Ratio.of(-1)) : lift;
    const q1 = ONE.sub(p1);
    const q2 = ONE.sub(p2);
    const v = p1.mul(q1).add(p2.mul(q2));
    const centre = method === 'evan-miller' ? p1 : p1.add(p2).div(Ratio.of(2));
    const u = Ratio.of(2).mul(centre).mul(ONE.sub(centre));
    const za = exactDouble(zaF);
    const zb = exactDouble(zbF);
    const corrected = method === 'fleiss-pooled-cc';
    const dF = d.toNumber();
    const s = zaF * Math.sqrt(u.toNumber()) + zbF * Math.sqrt(v.toNumber());
    const plain = s > 0 ? (s / dF) ** 2 : 0;
    const approx = !corrected ? plain : plain === 0 ? 1 / dF : (plain / 4) * (1 + Math.sqrt(1 + 4 / (plain * dF))) ** 2;
    if (!(approx <= MAX / 4)) tooLarge();
    const ok = (n: number) => meetsFleiss(n, d, za, u, zb, v, corrected);
    trials = smallestFrom(Math.ceil(approx), ok) ?? tooLarge();
  }
  if (!(2 * trials <= MAX)) tooLarge();
  return {
    kind: 'comparison-sample-size',
    trialsPerGroup: trials,
    totalTrials: 2 * trials,
    rate: p1,
    targetRate: p2,
    lift,
    relativeLift: p1.isZero() ? null : lift.div(p1),
    liftType,
    effectSize,
    level,
    power,
    alternative,
    method,
  };
}

/**
 * True when `value` is a {@link comparisonSampleSize} result: a plain object whose `kind` is
 * `'comparison-sample-size'`, also after a JSON round trip. It checks the kind, not every field:
 * functions that read a result validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link ComparisonSampleSize}).
 * @example
 * import { comparisonSampleSize, isComparisonSampleSize } from 'funnel-math';
 * const result = comparisonSampleSize({ rate: '15%', lift: '5%' });
 * isComparisonSampleSize(result); // => true
 * isComparisonSampleSize(JSON.parse(JSON.stringify(result))); // => true
 * isComparisonSampleSize({ kind: 'sample-size' }); // => false
 * @category Uncertainty
 */
export function isComparisonSampleSize(value: unknown): value is ComparisonSampleSize {
  return hasKind(value, 'comparison-sample-size');
}
