import * as z from 'zod/mini';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { SIDE_A, SIDE_B, probabilityPiece, readCounts, type Counts } from './common.js';
import type { ComparedRate, ObservedCounts } from './compareRates.js';
import { normalSf, zFor } from '../special/functions.js';
import { hasKind } from '../kind.js';

/** How the intervals of {@link relativeLift} are computed: by inverting the score test, or on the log scale. */
export type LiftIntervalMethod = 'score' | 'log';

/** The interval a {@link LiftMeasure} carries, named precisely. */
export type LiftMeasureMethod = 'miettinen-nurminen' | 'katz-log' | 'woolf-logit';

/**
 * Why a value of a {@link LiftMeasure} is `null`:
 * - `'insufficient-data'`: a side has no trials;
 * - `'no-successes'`: neither side has a success, so the ratio is 0/0 (for the odds ratio also
 *   `'all-successes'`: both sides succeed every time, ∞/∞);
 * - `'unbounded'`: the estimate is infinite (the reference side's rate, or odds, is 0), so the
 *   estimate and the upper bound are `null`; the lower bound is a number;
 * - `'zero-count'`: a log interval needs the logarithm of a count that is 0 (the estimate is still given).
 */
export type LiftReason = 'insufficient-data' | 'no-successes' | 'all-successes' | 'unbounded' | 'zero-count';

/** A ratio of b to a (the risk ratio or the odds ratio) with its interval and test. */
export interface LiftMeasure {
  /** The ratio, exact; `null` when it is undefined or infinite (see `reason`). */
  readonly ratio: Ratio | null;
  /** `ratio` as a float. */
  readonly estimate: number | null;
  /** Lower bound, a float (0 exactly when b has no successes); `null` with a reason. */
  readonly lower: number | null;
  /** Upper bound, a float; `null` when unbounded or undefined, with a reason. */
  readonly upper: number | null;
  readonly method: LiftMeasureMethod;
  /** Two-sided p-value of the test of a ratio of 1 that the interval inverts; `null` with a reason. */
  readonly pValue: number | null;
  readonly reason: LiftReason | null;
}

/** What {@link relativeLift} returns. */
export interface RelativeLift {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'relative-lift';
  readonly a: ComparedRate;
  readonly b: ComparedRate;
  /** The relative lift of b over a, rate(b)/rate(a) − 1, exact (0.5 = 50% higher); `null` when the risk ratio is. */
  readonly lift: Ratio | null;
  /** The ratio of the rates, rate(b)/rate(a). */
  readonly riskRatio: LiftMeasure;
  /** The ratio of the odds, (s_b/(n_b − s_b)) / (s_a/(n_a − s_a)). */
  readonly oddsRatio: LiftMeasure;
  readonly level: number;
  readonly method: LiftIntervalMethod;
}

const methodSchema: z.ZodMiniEnum<{ [M in LiftIntervalMethod]: M }> = /* @__PURE__ */ z.enum(['score', 'log']);

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')),
      method: /* @__PURE__ */ z.optional(methodSchema),
    }),
  ),
);


/** ln R within which the bounds are searched: e^±200 is far beyond any bound of counts up to 10^9. */
const T_LIMIT = 200;

/**
 * The root in t of g(t) = stat(e^t) − c for a statistic that decreases in t, searched outward from
 * `t0` and bisected to the last bit: `-Infinity` when g < 0 down to −T_LIMIT (the bound is 0),
 * `Infinity` when g > 0 up to T_LIMIT (no bound). @internal
 */
export function rootOfDecreasing(stat: (t: number) => number, c: number, t0: number): number {
  const g = (t: number) => stat(t) - c;
  let lo: number;
  let hi: number;
  if (g(t0) > 0) {
    lo = t0;
    let step = 1;
    hi = t0 + step;
    while (g(hi) > 0) {
      lo = hi;
      if (hi >= T_LIMIT) return Number.POSITIVE_INFINITY;
      step *= 2;
      hi = Math.min(T_LIMIT, hi + step);
    }
  } else {
    hi = t0;
    let step = 1;
    lo = t0 - step;
    while (!(g(lo) > 0)) {
      hi = lo;
      if (lo <= -T_LIMIT) return Number.NEGATIVE_INFINITY;
      step *= 2;
      lo = Math.max(-T_LIMIT, lo - step);
    }
  }
  // g(lo) > 0 ≥ g(hi): bisect until the two are neighbours
  for (let i = 0; i < 200; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (g(mid) > 0) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

/**
 * The rate of group 0 that maximises the likelihood when p₁ = R·p₀: the smaller root of
 * N·R·p² − (R(n₁ + x₀) + n₀ + x₁)·p + x, as 2c/(−b + √disc) with the discriminant written as
 * (R(n₁ + x₀) − n₀ − x₁)² + 4R(n₁ − x₁)(n₀ − x₀), a sum of two terms ≥ 0: b² − 4ac cancels when
 * both rates are near 1.
 */
function ratioNullRate(R: number, n1: number, x1: number, n0: number, x0: number): number {
  const alpha = R * (n1 + x0);
  const beta = n0 + x1;
  const c = x1 + x0;
  if (c === 0) return 0;
  const disc = (alpha - beta) * (alpha - beta) + 4 * R * (n1 - x1) * (n0 - x0);
  return (2 * c) / (alpha + beta + Math.sqrt(disc));
}

/**
 * The Miettinen–Nurminen score statistic for the risk ratio p₁/p₀ = R (group 1 is b, group 0 is
 * a), with the variance correction N/(N − 1): (p̂₁ − R·p̂₀)/√V, where V is the variance at the
 * rates that maximise the likelihood under p₁ = R·p₀ (statsmodels' `score_test_proportions_2indep`,
 * compare='ratio', with the quadratic root in a stable form). @internal
 */
export function ratioScore(R: number, x1: number, n1: number, x0: number, n0: number): number {
  const N = n1 + n0;
  let p0: number;
  let p1: number;
  if (R === 1) p0 = p1 = (x1 + x0) / N;
  else {
    p0 = ratioNullRate(R, n1, x1, n0, x0);
    p1 = Math.min(1, p0 * R);
  }
  const v = ((p1 * (1 - p1)) / n1 + (R * R * p0 * (1 - p0)) / n0) * (N / (N - 1));
  const d = x1 / n1 - (R * x0) / n0;
  if (d === 0) return 0;
  return d / Math.sqrt(v);
}

/**
 * The rate of group 0 that maximises the likelihood when the odds ratio is OR and the groups have
 * x successes in all: the root in [0, 1] of n₀(OR − 1)p² + (n₁·OR + n₀ − x(OR − 1))p − x, in a
 * form without cancellation (statsmodels' formula). @internal
 */
function oddsNullRate(OR: number, x: number, n1: number, n0: number): number {
  if (x === 0) return 0;
  const a = n0 * (OR - 1);
  const b = n1 * OR + n0 - x * (OR - 1);
  const root = Math.sqrt(Math.max(0, b * b + 4 * a * x));
  return Math.min(1, Math.max(0, b >= 0 ? (2 * x) / (b + root) : (-b + root) / (2 * a)));
}

/**
 * The Miettinen–Nurminen score statistic for the odds ratio (statsmodels' convention: the rates
 * under the null are kept within [1e-10, 1 − 1e-10]). A rate near 1 is computed as 1 − the rate of
 * failures (the same equation with 1/OR and the failures), so neither p nor 1 − p loses digits. @internal
 */
export function oddsScore(OR: number, x1: number, n1: number, x0: number, n0: number): number {
  const N = n1 + n0;
  const x = x1 + x0;
  let p0: number;
  let q0: number;
  if (OR === 1) {
    p0 = x / N;
    q0 = (N - x) / N;
  } else {
    p0 = oddsNullRate(OR, x, n1, n0);
    if (p0 <= 0.5) q0 = 1 - p0;
    else {
      q0 = oddsNullRate(1 / OR, N - x, n1, n0);
      p0 = 1 - q0;
    }
  }
  const eps = 1e-10;
  const clip = (p: number) => Math.min(1 - eps, Math.max(eps, p));
  // p₁ = p₀·OR/(1 + p₀(OR − 1)) and q₁ = 1 − p₁, each without cancellation
  const den = q0 + p0 * OR;
  let p1 = OR === 1 ? p0 : (p0 * OR) / den;
  let q1 = OR === 1 ? q0 : q0 / den;
  if (p1 > 0.5) p1 = 1 - q1;
  else q1 = 1 - p1;
  // the residuals from the smaller of p and q
  const r0 = p0 <= 0.5 ? x0 / n0 - clip(p0) : clip(q0) - (n0 - x0) / n0;
  const r1 = p1 <= 0.5 ? x1 / n1 - clip(p1) : clip(q1) - (n1 - x1) / n1;
  const w0 = clip(p0) * clip(q0);
  const w1 = clip(p1) * clip(q1);
  const v = (1 / (w1 * n1) + 1 / (w0 * n0)) * (N / (N - 1));
  const d = r1 / w1 - r0 / w0;
  if (d === 0) return 0;
  return d / Math.sqrt(v);
}

type Bounds = { lower: number | null; upper: number | null };

/** The score interval: where the statistic crosses ±z, searched in ln R from the estimate. */
function scoreBounds(stat: (R: number) => number, estimate: number, z: number): Bounds {
  const s = (t: number) => stat(Math.exp(t));
  const t0 = estimate > 0 && Number.isFinite(estimate) ? Math.log(estimate) : 0;
  const lo = rootOfDecreasing(s, z, t0);
  const hi = rootOfDecreasing(s, -z, t0);
  return { lower: lo === Number.NEGATIVE_INFINITY ? 0 : Math.exp(lo), upper: hi === Number.POSITIVE_INFINITY ? null : Math.exp(hi) };
}

const twoSided = (z: number) => Math.min(1, 2 * normalSf(Math.abs(z)));

function measure(
  which: 'risk' | 'odds',
  A: Counts,
  B: Counts,
  level: number,
  method: LiftIntervalMethod,
): LiftMeasure {
  const named: LiftMeasureMethod = method === 'score' ? 'miettinen-nurminen' : which === 'risk' ? 'katz-log' : 'woolf-logit';
  const none = (reason: LiftReason): LiftMeasure => ({ ratio: null, estimate: null, lower: null, upper: null, method: named, pValue: null, reason });
  if (A.trials === 0 || B.trials === 0) return none('insufficient-data');
  const { successes: x0, trials: n0 } = A;
  const { successes: x1, trials: n1 } = B;
  const f0 = n0 - x0;
  const f1 = n1 - x1;
  // numerator and denominator of the ratio, exact
  const [top, bottom] = which === 'risk' ? [Ratio.of(x1, n1), Ratio.of(x0, n0)] : [Ratio.of(x1 * f0), Ratio.of(x0 * f1)];
  if (top.isZero() && bottom.isZero()) return none(which === 'odds' && x0 > 0 ? 'all-successes' : 'no-successes');
  const ratio = bottom.isZero() ? null : top.div(bottom);
  const estimate = ratio === null ? Number.POSITIVE_INFINITY : ratio.toNumber();
  const z = zFor(level);
  let bounds: Bounds;
  let pValue: number;
  if (method === 'score') {
    const stat = which === 'risk' ? (R: number) => ratioScore(R, x1, n1, x0, n0) : (R: number) => oddsScore(R, x1, n1, x0, n0);
    bounds = scoreBounds(stat, estimate, z);
    if (ratio !== null && ratio.isZero()) bounds = { lower: 0, upper: bounds.upper };
    pValue = twoSided(stat(1));
  } else {
    const cells = which === 'risk' ? [x0, x1] : [x0, x1, f0, f1];
    if (cells.includes(0) || ratio === null) {
      return { ratio, estimate: ratio === null ? null : estimate, lower: null, upper: null, method: named, pValue: null, reason: ratio === null ? 'unbounded' : 'zero-count' };
    }
    // 1/s − 1/n per group as (n − s)/(s·n): no cancellation
    const v = which === 'risk' ? f1 / (x1 * n1) + f0 / (x0 * n0) : 1 / x1 + 1 / f1 + 1 / x0 + 1 / f0;
    const se = Math.sqrt(v);
    const centre = Math.log(estimate);
    bounds = { lower: Math.exp(centre - z * se), upper: Math.exp(centre + z * se) };
    pValue = se === 0 ? 1 : twoSided(centre / se);
  }
  return {
    ratio,
    estimate: ratio === null ? null : estimate,
    lower: bounds.lower,
    upper: ratio === null ? null : bounds.upper,
    method: named,
    pValue,
    reason: ratio === null || bounds.upper === null ? 'unbounded' : null,
  };
}

/**
 * b's rate as a multiple of a's — the relative lift of a new script, a new lead source, a new
 * rep over the one before — with an interval for the risk ratio rate(b)/rate(a) and for the odds ratio.
 *
 * - `method: 'score'` (default): the Miettinen–Nurminen score interval (1985), the set of ratios a
 *   two-sided score test at 1 − `level` does not reject, with the variance correction N/(N − 1)
 *   (for the risk ratio this is Koopman's interval, 1984, with that correction): statsmodels'
 *   `confint_proportions_2indep(method='score')`, compare 'ratio' and 'odds-ratio'. Its bounds
 *   are found by bisection in ln R to the last bit.
 * - `method: 'log'`: the Katz log interval for the risk ratio, exp(ln R ± z·√(1/s_b − 1/n_b + 1/s_a − 1/n_a)),
 *   and Woolf's logit interval for the odds ratio, exp(ln OR ± z·√(Σ 1/cell)) (statsmodels'
 *   `'log'` and `'logit'`, without the 0.5 added to the counts).
 * - `pValue`: the two-sided test of a ratio of 1 that the interval inverts (score: the pooled
 *   z-test with the N/(N − 1) correction, statsmodels' `test_proportions_2indep`; log: the z of
 *   ln R over its standard error).
 *
 * Zero counts never give Infinity or NaN: when b has no successes the ratio is exactly 0 and the
 * lower bound 0; when a has none (for the odds ratio: a has no successes or b no failures) the
 * ratio is infinite, so `ratio`, `estimate` and `upper` are `null` with `reason: 'unbounded'`, and
 * the score interval still gives its lower bound; the log intervals need every count they take
 * the logarithm of, and are `null` with `reason: 'zero-count'` otherwise. 0 of n against 0 of m
 * has no ratio (`'no-successes'`).
 *
 * The ratios are exact (`Ratio`); the bounds and p-values are floats, since they are irreducibly
 * real (roots of the score equation, logarithms and square roots).
 *
 * @param a - `{ successes, trials }` of the reference group (the denominator of the ratios).
 * @param b - `{ successes, trials }` of the group compared with it.
 * @param options.level - two-sided confidence level, default 0.95.
 * @param options.method - `'score'` (default) or `'log'`.
 * @returns `{ kind: 'relative-lift', a, b, lift, riskRatio, oddsRatio, level, method }`; each of
 *   `riskRatio` and `oddsRatio` is `{ ratio, estimate, lower, upper, method, pValue, reason }`.
 * @throws FunnelMathError `SUCCESSES_ABOVE_TRIALS`, `NEGATIVE`, `NOT_INTEGER`, `OUT_OF_RANGE`,
 *   `INVALID_NUMBER`, `MISSING_VALUE`, `INVALID_INPUT`, `UNKNOWN_OPTION`, `INVALID_CHOICE` (another method).
 * @example
 * import { relativeLift } from 'funnel-math';
 * const r = relativeLift({ successes: 10, trials: 100 }, { successes: 25, trials: 100 });
 * r.riskRatio.ratio; // => '5/2'
 * r.lift; // => '3/2'
 * r.riskRatio.method; // => 'miettinen-nurminen'
 * [r.riskRatio.lower!.toFixed(3), r.riskRatio.upper!.toFixed(3)]; // => ['1.293', '4.915']
 * r.oddsRatio.ratio; // => '3'
 * const log = relativeLift({ successes: 10, trials: 100 }, { successes: 25, trials: 100 }, { method: 'log' });
 * [log.riskRatio.method, log.riskRatio.lower!.toFixed(3), log.riskRatio.upper!.toFixed(3)]; // => ['katz-log', '1.268', '4.930']
 * relativeLift({ successes: 3, trials: 40 }, { successes: 0, trials: 35 }).riskRatio.lower; // => 0
 * relativeLift({ successes: 0, trials: 40 }, { successes: 3, trials: 35 }).riskRatio.reason; // => 'unbounded'
 * @category Uncertainty
 */
export function relativeLift(a: ObservedCounts, b: ObservedCounts, options?: { readonly level?: NumberInput; readonly method?: LiftIntervalMethod }): RelativeLift {
  const A = readCounts(a, ['a'], SIDE_A);
  const B = readCounts(b, ['b'], SIDE_B);
  const opts = input.read(options, ['options']);
  const level = opts?.level ?? 0.95;
  const method: LiftIntervalMethod = opts?.method ?? 'score';
  const sideOf = (c: Counts): ComparedRate => ({
    successes: c.successes,
    trials: c.trials,
    rate: c.trials === 0 ? null : Ratio.of(c.successes, c.trials),
    estimate: c.trials === 0 ? null : c.successes / c.trials,
  });
  const riskRatio = measure('risk', A, B, level, method);
  return {
    kind: 'relative-lift',
    a: sideOf(A),
    b: sideOf(B),
    lift: riskRatio.ratio === null ? null : riskRatio.ratio.sub(ONE),
    riskRatio,
    oddsRatio: measure('odds', A, B, level, method),
    level,
    method,
  };
}

/**
 * True when `value` is a {@link relativeLift} result: a plain object whose `kind` is `'relative-lift'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link RelativeLift}).
 * @example
 * import { isRelativeLift, relativeLift } from 'funnel-math';
 * const result = relativeLift({ successes: 10, trials: 100 }, { successes: 25, trials: 100 });
 * isRelativeLift(result); // => true
 * isRelativeLift(JSON.parse(JSON.stringify(result))); // => true
 * isRelativeLift({ kind: 'comparison' }); // => false
 * @category Uncertainty
 */
export function isRelativeLift(value: unknown): value is RelativeLift {
  return hasKind(value, 'relative-lift');
}
