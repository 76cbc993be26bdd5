import * as z from 'zod/mini';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { SIDE_A, SIDE_B, probabilityPiece, readCounts } from './common.js';
import { choicePiece } from '../input/choice.js';
import { exactGreater } from './betaGreater.js';
import { integrateOverBeta } from './quadrature.js';
import { betaTails, normalQuantile, zFor } from '../special/functions.js';
import { pooledZTest } from './twoProportion.js';
import { wilsonBounds } from '../special/wilson.js';
import { hasKind } from '../kind.js';

/** Observed counts for one side of a comparison. */
export interface ObservedCounts {
  readonly successes: NumberInput;
  readonly trials: NumberInput;
}

/** One side of a {@link RateComparison}. */
export interface ComparedRate {
  readonly successes: number;
  readonly trials: number;
  /** Exact rate, `null` with no trials. */
  readonly rate: Ratio | null;
  /** The rate as a float, `null` with no trials. */
  readonly estimate: number | null;
}

/**
 * Which difference the test and the interval look for: `'two-sided'` (b differs from a),
 * `'greater'` (b is higher than a), `'less'` (b is lower than a).
 */
export type Alternative = 'two-sided' | 'greater' | 'less';

/** How P(b > a) was computed: the exact finite sum, or quadrature where the sum would be too long. */
export type ProbabilityMethod = 'exact-sum' | 'quadrature';

/** How two rates compare, in words a program can match on. */
export type ComparisonVerdict = 'b-higher' | 'a-higher' | 'no-clear-difference' | 'insufficient-data';

/** What {@link compareRates} returns. Statistics are floats; `null` when a side has no trials. */
export interface RateComparison {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'comparison';
  readonly a: ComparedRate;
  readonly b: ComparedRate;
  /** b − a as a float (the exact difference is `b.rate − a.rate`). */
  readonly difference: number | null;
  /**
   * Newcombe's hybrid Wilson interval for b − a: two-sided, or one-sided for `'greater'` (a lower
   * bound; `upper` is 1) and `'less'` (an upper bound; `lower` is −1).
   */
  readonly interval: { readonly lower: number; readonly upper: number; readonly level: number; readonly method: 'newcombe-wilson'; readonly alternative: Alternative } | null;
  /** Two-proportion z-test with the pooled rate; `pValue` for the `alternative`. */
  readonly zTest: { readonly z: number; readonly pValue: number; readonly alternative: Alternative } | null;
  /** The alternative of the test and the interval (default `'two-sided'`). */
  readonly alternative: Alternative;
  /** P(b's true rate > a's) with uniform Beta(1, 1) priors. */
  readonly probabilityBHigher: number | null;
  /**
   * How {@link probabilityBHigher} was computed and how far to trust it: `resolved` is false when the
   * smaller of P(b > a) and P(a > b) is below what the method resolves (`below`), and the number
   * then says only that (read it as "less than `below`" from 0 or 1).
   */
  readonly probabilityAccuracy: { readonly method: ProbabilityMethod; readonly resolved: boolean; readonly below: number } | null;
  readonly verdict: ComparisonVerdict;
  /** The verdict in a sentence. */
  readonly message: string;
}

const alternativeSchema: z.ZodMiniEnum<{ [K in Alternative]: K }> = /* @__PURE__ */ z.enum(['two-sided', 'greater', 'less']);

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')),
      alternative: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(alternativeSchema, 'option', undefined, { key: 'alternative' })),
    }),
  ),
);


/**
 * The smaller tail the quadrature resolves: below it (absolute) the integral of the truncated
 * posterior is no longer an estimate of the tail (measured against mpmath: see docs/uncertainty.md).
 */
export const QUADRATURE_RESOLVES = 1e-9;

/**
 * P(pB > pA) for pA ~ Beta(αA, βA), pB ~ Beta(αB, βB) (whole parameters): the exact finite sum when
 * some form of the smaller tail takes at most 2·10⁶ multiplications (relative accuracy), else
 * quadrature (absolute accuracy {@link QUADRATURE_RESOLVES}). @internal
 */
export function probabilityBGreater(aA: number, bA: number, aB: number, bB: number): { value: number; method: ProbabilityMethod; resolved: boolean; below: number } {
  const exact = exactGreater(aA, bA, aB, bB);
  if (exact !== undefined) {
    const small = Math.min(exact.greater, exact.less);
    // below the smallest normal double the sum has lost its relative accuracy
    return { value: exact.greater, method: 'exact-sum', resolved: small >= 2.2250738585072014e-308, below: 2.2250738585072014e-308 };
  }
  const value = probabilityGreater(aA, bA, aB, bB);
  return { value, method: 'quadrature', resolved: Math.min(value, 1 - value) >= QUADRATURE_RESOLVES, below: QUADRATURE_RESOLVES };
}

/**
 * P(pB > pA) for pA ~ Beta(αA, βA), pB ~ Beta(αB, βB), by quadrature over the narrower posterior.
 * Both P and 1 − P are integrated directly and the smaller one is trusted. @internal
 */
export function probabilityGreater(aA: number, bA: number, aB: number, bB: number): number {
  const varOf = (a: number, b: number) => (a * b) / ((a + b) * (a + b) * (a + b + 1));
  // integrate over the narrower posterior: P(pA < x) under pB, or P(pB > x) under pA
  const overB = varOf(aB, bB) <= varOf(aA, bA);
  const [p, q] = overB
    ? integrateOverBeta(aB, bB, (x) => betaTails(aA, bA, x))
    : integrateOverBeta(aA, bA, (x) => {
        const t = betaTails(aB, bB, x);
        return { lower: t.upper, upper: t.lower };
      });
  const value = p <= q ? p / (p + q) : 1 - q / (p + q);
  return Math.min(1, Math.max(0, value));
}

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
const pts = (x: number) => `${(x * 100).toFixed(1)} points`;

/**
 * Compares two observed rates — two reps, two periods, two lead sources — and says whether the
 * difference is more than chance.
 *
 * - Difference b − a with Newcombe's hybrid score interval (Newcombe 1998, method 10): from the
 *   Wilson intervals (lₐ, uₐ), (l_b, u_b), lower = d − √((p_b − l_b)² + (uₐ − pₐ)²),
 *   upper = d + √((u_b − p_b)² + (pₐ − lₐ)²).
 * - Two-proportion z-test with the pooled rate p = (sₐ + s_b)/(nₐ + n_b) (statsmodels'
 *   `proportions_ztest`, or `test_proportions_2indep` with `method='score', correction=False`);
 *   when the pooled rate is 0 or 1 both rates are equal (all 0 or all 1), so z = 0 and p = 1 (for
 *   every alternative) instead of 0/0.
 * - `alternative` (default `'two-sided'`, named in the result): `'greater'` asks whether b is
 *   higher than a, `'less'` whether it is lower. The p-value is then one-sided (P(Z ≥ z) or
 *   P(Z ≤ z)) and the interval is the one-sided bound at `level`: the Newcombe lower bound with
 *   z = Φ⁻¹(level) and upper 1 for `'greater'`, the upper bound and lower −1 for `'less'`; the
 *   verdict can then only be the alternative's side or `'no-clear-difference'`.
 * - P(b > a) with Beta(1, 1) priors (posteriors Beta(s + 1, n − s + 1)), deterministic: the exact
 *   finite sum (Evan Miller 2014) over the cheapest of the four parameters for the smaller of
 *   P(b > a) and P(a > b) when that takes at most 2·10⁶ float multiplications (every comparison with
 *   a side of at most 1,999,998 trials, or with few successes or failures): the smaller tail to
 *   1e-9 relative down to the smallest normal double (about 2.2e-308), the larger is 1 minus it. Otherwise
 *   Gauss–Legendre quadrature over the narrower posterior: 1e-9 absolute, and a tail below 1e-9 is not
 *   resolved. `probabilityAccuracy` names the method and says `resolved: false` when the smaller
 *   tail is below what the method resolves (`below`).
 * - Verdict: `'b-higher'` / `'a-higher'` when the interval excludes 0, else
 *   `'no-clear-difference'`; `'insufficient-data'` (and `null` statistics) when a side has no trials.
 *
 * All statistics are floats (irreducibly real); the rates are also exact.
 *
 * @param a - `{ successes, trials }` of the first group (the reference).
 * @param b - `{ successes, trials }` of the second group.
 * @param options.level - confidence level for the interval and verdict, default 0.95.
 * @param options.alternative - `'two-sided'` (default), `'greater'` (is b higher?) or `'less'` (is b lower?).
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `NOT_INTEGER`,
 *   `INVALID_NUMBER`, `SUCCESSES_ABOVE_TRIALS`, `OUT_OF_RANGE`, `INVALID_CHOICE` (an `alternative`
 *   that is not one of the three).
 * @example
 * import { compareRates } from 'funnel-math';
 * const c = compareRates({ successes: 10, trials: 100 }, { successes: 25, trials: 100 });
 * c.difference!.toFixed(2); // => '0.15'
 * c.verdict; // => 'b-higher'
 * c.zTest!.pValue.toFixed(4); // => '0.0052'
 * c.probabilityBHigher!.toFixed(3); // => '0.997'
 * compareRates({ successes: 0, trials: 40 }, { successes: 0, trials: 35 }).zTest; // => { z: 0, pValue: 1, alternative: 'two-sided' }
 * const g = compareRates({ successes: 10, trials: 100 }, { successes: 25, trials: 100 }, { alternative: 'greater' });
 * g.zTest!.pValue.toFixed(4); // => '0.0026'
 * [g.interval!.lower.toFixed(3), g.interval!.upper]; // => ['0.062', 1]
 * const far = compareRates({ successes: 100, trials: 100 }, { successes: 500, trials: 1000 });
 * far.probabilityBHigher!.toPrecision(4); // => '3.873e-29'
 * far.probabilityAccuracy; // => { method: 'exact-sum', resolved: true, below: 2.2250738585072014e-308 }
 * @category Uncertainty
 */
export function compareRates(a: ObservedCounts, b: ObservedCounts, options?: { readonly level?: NumberInput; readonly alternative?: Alternative }): RateComparison {
  const A = readCounts(a, ['a'], SIDE_A);
  const B = readCounts(b, ['b'], SIDE_B);
  const opts = input.read(options, ['options']);
  const level = opts?.level ?? 0.95;
  const alternative: Alternative = opts?.alternative ?? 'two-sided';
  const sideOf = (c: { successes: number; trials: number }): ComparedRate => ({
    successes: c.successes,
    trials: c.trials,
    rate: c.trials === 0 ? null : Ratio.of(c.successes, c.trials),
    estimate: c.trials === 0 ? null : c.successes / c.trials,
  });
  if (A.trials === 0 || B.trials === 0) {
    return {
      kind: 'comparison',
      a: sideOf(A),
      b: sideOf(B),
      difference: null,
      interval: null,
      zTest: null,
      alternative,
      probabilityBHigher: null,
      probabilityAccuracy: null,
      verdict: 'insufficient-data',
      message: `No comparison: ${A.trials === 0 ? 'a' : 'b'} has no trials, so it has no rate yet.`,
    };
  }
  const pA = A.successes / A.trials;
  const pB = B.successes / B.trials;
  const d = pB - pA;
  // a one-sided bound at `level` is the two-sided Wilson construction at 2·level − 1: z = Φ⁻¹(level)
  const twoSided = alternative === 'two-sided';
  const zc = twoSided ? zFor(level) : -normalQuantile(1 - level);
  const wA = wilsonBounds(A.successes, A.trials, level, zc);
  const wB = wilsonBounds(B.successes, B.trials, level, zc);
  const lower = alternative === 'less' ? -1 : Math.max(-1, d - Math.sqrt((pB - wB.lower) ** 2 + (wA.upper - pA) ** 2));
  const upper = alternative === 'greater' ? 1 : Math.min(1, d + Math.sqrt((wB.upper - pB) ** 2 + (pA - wA.lower) ** 2));
  const { z: zStat, pValue } = pooledZTest(A.successes, A.trials, B.successes, B.trials, alternative);
  const posterior = probabilityBGreater(A.successes + 1, A.trials - A.successes + 1, B.successes + 1, B.trials - B.successes + 1);
  const prob = posterior.value;
  const verdict: ComparisonVerdict = lower > 0 ? 'b-higher' : upper < 0 ? 'a-higher' : 'no-clear-difference';
  const lvl = pct(level, level * 100 === Math.round(level * 100) ? 0 : 1);
  const bound = twoSided ? `${lvl} interval ${pts(lower)} to ${pts(upper)}` : alternative === 'greater' ? `${lvl} lower bound ${pts(lower)}` : `${lvl} upper bound ${pts(upper)}`;
  const head = `b converts at ${pct(pB)} and a at ${pct(pA)}: a difference of ${pts(d)} (${bound}).`;
  const tail =
    verdict === 'no-clear-difference'
      ? ` That is within what chance gives with these numbers (p = ${pValue.toFixed(3)}); collect more data before acting on it.`
      : ` That is more than chance (p = ${pValue < 0.001 ? '< 0.001' : pValue.toFixed(3)}): ${verdict === 'b-higher' ? 'b' : 'a'} really converts better.`;
  return {
    kind: 'comparison',
    a: sideOf(A),
    b: sideOf(B),
    difference: d,
    interval: { lower, upper, level, method: 'newcombe-wilson', alternative },
    zTest: { z: zStat, pValue, alternative },
    alternative,
    probabilityBHigher: prob,
    probabilityAccuracy: { method: posterior.method, resolved: posterior.resolved, below: posterior.below },
    verdict,
    message: `${head}${tail} Chance that b's true rate is higher: ${pct(prob)}.`,
  };
}

/**
 * True when `value` is a {@link compareRates} result: a plain object whose `kind` is `'comparison'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link RateComparison}).
 * @example
 * import { compareRates, isRateComparison } from 'funnel-math';
 * const result = compareRates({ successes: 10, trials: 100 }, { successes: 25, trials: 100 });
 * isRateComparison(result); // => true
 * isRateComparison(JSON.parse(JSON.stringify(result))); // => true
 * isRateComparison({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isRateComparison(value: unknown): value is RateComparison {
  return hasKind(value, 'comparison');
}
