import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail, FunnelMathError, type ErrorPath } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import type { NumberInput } from '../numbers/parse.js';
import { toRatio } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import type { ErrorSubject } from '../messages/types.js';
import { SIDE_A, SIDE_B, probabilityPiece, readCounts, type Counts, type CountsAbout } from './common.js';
import type { ObservedCounts } from './compareRates.js';
import { logBeta, logBetaFront } from '../special/functions.js';
import { hasKind } from '../kind.js';

/** The most looks a sequential test takes: a look a day for 27 years. */
export const MAX_LOOKS = 10_000;

/** Observed counts, or the cumulative counts at each look so far, oldest first. */
export type Looks = ObservedCounts | readonly ObservedCounts[];

/** An always-valid verdict on a rate against a target. */
export type SequentialRateVerdict = 'above-target' | 'below-target' | 'no-clear-difference' | 'insufficient-data';

/** Options of {@link sequentialRateTest}. */
export interface SequentialRateTestOptions {
  /** The rate to test against, strictly between 0 and 1 (`0.2`, `'20%'`, `'1/5'`). */
  readonly target: NumberInput;
  /** Confidence level of the confidence sequence, strictly between 0 and 1; default 0.95 (false alarms at most 5%, however often you look). */
  readonly level?: NumberInput;
  /** The mixing distribution Beta(alpha, beta) over the rate; default `{ alpha: 1, beta: 1 }` (uniform). */
  readonly mixture?: { readonly alpha?: NumberInput; readonly beta?: NumberInput };
}

/** What {@link sequentialRateTest} returns. */
export interface SequentialRateTest {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'sequential-test';
  /** The beta-binomial mixture martingale (Robbins 1970; Howard, Ramdas, McAuliffe & Sekhon 2021): exact for Bernoulli data, valid at every look. */
  readonly method: 'beta-binomial-mixture';
  readonly mixture: { readonly alpha: number; readonly beta: number };
  readonly level: number;
  readonly target: Ratio;
  /** How many looks were given. */
  readonly looks: number;
  /** The counts at the last look. */
  readonly successes: number;
  readonly trials: number;
  /** successes / trials at the last look, exactly; `null` with no trials. */
  readonly rate: Ratio | null;
  readonly estimate: number | null;
  /** The always-valid p-value: min over looks of 1 / (mixture likelihood ratio at the target), at most 1; it never rises as looks are added. */
  readonly pValue: number;
  /** The confidence sequence at the last look: the rates no look has ruled out (the running intersection). `null` only when the looks rule out every rate. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  readonly verdict: SequentialRateVerdict;
  /** `'insufficient-data'` with no trials, `'empty-interval'` when the looks rule out every rate, else `null`. */
  readonly reason: 'insufficient-data' | 'empty-interval' | null;
}

/** An always-valid verdict on two rates. */
export type SequentialComparisonVerdict = 'b-higher' | 'a-higher' | 'no-clear-difference' | 'insufficient-data';

/** Options of {@link sequentialComparison}. */
export interface SequentialComparisonOptions {
  /** Confidence level, strictly between 0 and 1; default 0.95. */
  readonly level?: NumberInput;
  /** The normal mixing distribution N(0, tau²) over the difference b − a; default `{ tau: 0.05 }` (differences of about 5 points). */
  readonly mixture?: { readonly tau?: NumberInput };
}

/** What {@link sequentialComparison} returns. */
export interface SequentialComparison {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'sequential-comparison';
  /** The mixture sequential probability ratio test with a normal mixture (Johari, Koomen, Pekelis & Walsh 2017/2022), as Optimizely uses it. */
  readonly method: 'msprt-normal';
  readonly mixture: { readonly tau: number };
  readonly level: number;
  readonly looks: number;
  readonly a: { readonly successes: number; readonly trials: number; readonly rate: Ratio | null };
  readonly b: { readonly successes: number; readonly trials: number; readonly rate: Ratio | null };
  /** b − a at the last look, as a float; `null` when a side has no trials. */
  readonly difference: number | null;
  /** The always-valid p-value of "no difference": min over looks of 1 / Λ, at most 1. */
  readonly pValue: number;
  /** The confidence sequence for b − a at the last look (the running intersection), clipped to [−1, 1]. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  readonly verdict: SequentialComparisonVerdict;
  /** `'insufficient-data'` when no look has spread in both groups (trials on both sides, not all successes or all failures), `'empty-interval'` when the looks rule out every difference. */
  readonly reason: 'insufficient-data' | 'empty-interval' | null;
}

function positivePiece(subject: ErrorSubject, expected: 'mixtureWeight' | 'mixtureSpread'): Piece<number> {
  return piece({ phrases: enStats, subject, expected }, (value, path, context) => {
    const about = { phrases: enStats, subject, expected, ...context };
    const r = toRatio(value, path, about);
    const v = r.toNumber();
    const ok = expected === 'mixtureWeight' ? r.sign() > 0 && v >= 1e-6 && v <= 1e6 : r.sign() > 0 && v >= 1e-6 && v < 1;
    if (!ok) fail('OUT_OF_RANGE', { ...about, received: value }, path);
    return v;
  });
}

const rateInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    target: /* @__PURE__ */ piece({ phrases: enStats, subject: 'sequentialTarget', expected: 'expectedRate' }, (value, path, context) => {
      const about = { phrases: enStats, subject: 'sequentialTarget' as const, expected: 'expectedRate' as const, ...context };
      const r = toRatio(value, path, about);
      const v = r.toNumber();
      if (!(r.sign() > 0 && v > 0 && v < 1)) fail('OUT_OF_RANGE', { ...about, received: value }, path);
      return r;
    }),
    level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')),
    mixture: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        alpha: /* @__PURE__ */ z.optional(/* @__PURE__ */ positivePiece('mixtureAlpha', 'mixtureWeight')),
        beta: /* @__PURE__ */ z.optional(/* @__PURE__ */ positivePiece('mixtureBeta', 'mixtureWeight')),
      }),
    ),
  }),
);

const comparisonInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')),
      mixture: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ tau: /* @__PURE__ */ z.optional(/* @__PURE__ */ positivePiece('mixtureTau', 'mixtureSpread')) })),
    }),
  ),
);

/** What observed counts of one rate are called in messages. @internal */
export const OBSERVATION: CountsAbout = {
  pair: { phrases: enStats, subject: 'observation' },
  successes: { phrases: enStats, subject: 'successes' },
  trials: { phrases: enStats, subject: 'trials' },
};


/**
 * Reads counts or a list of cumulative counts (oldest first): each look has at least the trials,
 * successes and failures of the one before. @internal
 */
export function readLooks(value: unknown, path: ErrorPath, about: CountsAbout): Counts[] {
  let list: unknown[];
  try {
    if (!Array.isArray(value)) return [readCounts(value, path, about)];
    const length = value.length;
    if (length === 0) return fail('EMPTY_LIST', { phrases: enStats, subject: 'looks', expected: 'looksList' }, path);
    if (length > MAX_LOOKS) return fail('TOO_LONG', { phrases: enStats, subject: 'looks', length, max: MAX_LOOKS }, path);
    list = Array.from({ length }, (_, i) => value[i]);
  } catch (error) {
    if (error instanceof FunnelMathError) throw error;
    return fail('UNREADABLE_INPUT', about.pair, path);
  }
  const looks: Counts[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = readCounts(list[i], [...path, i], about);
    const before = looks[i - 1];
    if (before !== undefined && (c.trials < before.trials || c.successes < before.successes || c.trials - c.successes < before.trials - before.successes)) {
      fail('INVALID_INPUT', { phrases: enStats, subject: 'looks', expected: 'cumulativeLooks', received: list[i] }, [...path, i]);
    }
    looks.push(c);
  }
  return looks;
}

/** log of the beta-binomial mixture likelihood ratio ∫ L(q) dBeta(q; α, β) / L(p) for s of n. @internal */
export function logMixtureRatio(s: number, n: number, p: number, alpha: number, beta: number, q = 1 - p): number {
  if (n === 0) return 0;
  // ∫ q^s (1 − q)^(n−s) dBeta(α, β) = B(α + s, β + n − s) / B(α, β); the prefactor keeps the cancellation out
  return -logBetaFront(alpha + s, beta + n - s, p, q) + alpha * Math.log(p) + beta * Math.log(q) - logBeta(alpha, beta);
}

/** The root of a monotone function on [lo, hi] by bisection to adjacent doubles; `inside(x)` is true on the lo side. */
function bisect(lo: number, hi: number, inside: (x: number) => boolean): number {
  let a = lo;
  let b = hi;
  for (let i = 0; i < 2000; i++) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) break;
    if (inside(mid)) a = mid;
    else b = mid;
  }
  return a;
}

/** The beta-binomial confidence set {p : log M(p) < c} for s of n (an interval: log M is convex in p). @internal */
export function mixtureInterval(s: number, n: number, c: number, alpha: number, beta: number): { lower: number; upper: number } {
  if (n === 0) return { lower: 0, upper: 1 };
  const hat = s / n;
  const within = (p: number) => logMixtureRatio(s, n, p, alpha, beta) < c;
  const lower = s === 0 ? 0 : hat === 0 ? 0 : bisect(hat, 0, within);
  const upper = s === n ? 1 : bisect(hat, 1, within);
  return { lower: Math.min(lower, hat), upper: Math.max(upper, hat) };
}

/**
 * The beta-binomial always-valid test of cumulative looks against p0 (0 < p0 < 1): the running
 * minimum p-value, the running intersection of the confidence sets (`null` when empty), and
 * whether the look that decided the p-value was above p0. Inputs trusted. @internal
 */
export function alwaysValidRate(
  looks: readonly Counts[],
  p0: number,
  level: number,
  alpha: number,
  beta: number,
  q0 = 1 - p0,
): { pValue: number; interval: { lower: number; upper: number } | null; above: boolean } {
  const c = -Math.log1p(-level);
  let best = -Infinity;
  let bestLook = 0;
  let lower = 0;
  let upper = 1;
  looks.forEach((look, i) => {
    const m = logMixtureRatio(look.successes, look.trials, p0, alpha, beta, q0);
    if (m > best) {
      best = m;
      bestLook = i;
    }
    if (look.trials > 0) {
      const ci = mixtureInterval(look.successes, look.trials, c, alpha, beta);
      lower = Math.max(lower, ci.lower);
      upper = Math.min(upper, ci.upper);
    }
  });
  const judged = looks[bestLook]!;
  return { pValue: Math.min(1, Math.exp(-best)), interval: lower > upper ? null : { lower, upper }, above: judged.trials > 0 && judged.successes / judged.trials > p0 };
}

/**
 * An always-valid test of a rate against a target: check it every week (or every day) as the
 * counts grow, and the chance of a false alarm stays at most 1 − level over all the looks together.
 * A fixed-sample test checked weekly does not: at 95% and 20 looks it raises a false alarm in about
 * a quarter of the goals whose true rate is exactly on target.
 *
 * Method: the beta-binomial mixture martingale (Robbins 1970; the confidence sequence of Howard,
 * Ramdas, McAuliffe & Sekhon, "Time-uniform, nonparametric, nonasymptotic confidence sequences",
 * Annals of Statistics 2021). For s successes in n trials and a target p,
 * M(p) = B(α + s, β + n − s) / B(α, β) / (p^s (1 − p)^(n − s)) is a nonnegative martingale under
 * rate p, so by Ville's inequality P(M ever reaches 1/(1 − level)) ≤ 1 − level: exact for
 * Bernoulli trials, no normal approximation. The p-value is min over looks of min(1, 1/M(target))
 * (never rising as looks are added); the confidence sequence is the set of p with
 * M(p) < 1/(1 − level) at every look (an interval at each look, intersected over the looks), so the
 * p-value is at most 1 − level exactly when the target lies outside it. The mixture Beta(α, β) sets
 * where the test is sharpest; the uniform default suits rates anywhere in [0, 1].
 *
 * Give the cumulative counts at each look, oldest first (`[{ successes: 4, trials: 30 }, { successes:
 * 9, trials: 61 }]`), or only the latest counts (then the p-value is that look's). Floats: the
 * p-value and bounds (bisection to adjacent doubles); the rate is also exact. Agrees with an
 * independent 50-digit evaluation to 1e-9 relative.
 *
 * @param observed - `{ successes, trials }`, or the cumulative counts at each look (at most 10,000).
 * @param options.target - the rate to test against (a fraction, not a percent), strictly between 0 and 1.
 * @param options.level - default 0.95.
 * @param options.mixture - `{ alpha, beta }`, default `{ alpha: 1, beta: 1 }`.
 * @returns p-value, confidence sequence, verdict, and the method with its mixture.
 * @throws FunnelMathError `INVALID_INPUT` (counts that are not cumulative), `EMPTY_LIST`, `TOO_LONG`,
 *   `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`,
 *   `SUCCESSES_ABOVE_TRIALS`, `OUT_OF_RANGE`, `UNREADABLE_INPUT`.
 * @example
 * import { sequentialRateTest } from 'funnel-math';
 * const weekly = [{ successes: 6, trials: 40 }, { successes: 11, trials: 90 }, { successes: 15, trials: 140 }];
 * const t = sequentialRateTest(weekly, { target: '20%' });
 * t.pValue.toFixed(3); // => '0.194'
 * t.verdict; // => 'no-clear-difference'
 * sequentialRateTest({ successes: 20, trials: 300 }, { target: '20%' }).verdict; // => 'below-target'
 * @category Uncertainty
 */
export function sequentialRateTest(observed: Looks, options: SequentialRateTestOptions): SequentialRateTest {
  const looks = readLooks(observed, ['observed'], OBSERVATION);
  const opts = rateInput.read(options, ['options']);
  const level = opts.level ?? 0.95;
  const alpha = opts.mixture?.alpha ?? 1;
  const beta = opts.mixture?.beta ?? 1;
  const p0 = opts.target.toNumber();
  // 1 − target from the exact rate: 1 − p0 as floats loses digits near 1
  const { pValue, interval, above } = alwaysValidRate(looks, p0, level, alpha, beta, ONE.sub(opts.target).toNumber());
  const last = looks[looks.length - 1]!;
  const verdict: SequentialRateVerdict = last.trials === 0 ? 'insufficient-data' : pValue > 1 - level ? 'no-clear-difference' : above ? 'above-target' : 'below-target';
  return {
    kind: 'sequential-test',
    method: 'beta-binomial-mixture',
    mixture: { alpha, beta },
    level,
    target: opts.target,
    looks: looks.length,
    successes: last.successes,
    trials: last.trials,
    rate: last.trials === 0 ? null : Ratio.of(last.successes, last.trials),
    estimate: last.trials === 0 ? null : last.successes / last.trials,
    pValue,
    interval,
    verdict,
    reason: last.trials === 0 ? 'insufficient-data' : interval === null ? 'empty-interval' : null,
  };
}

/** log Λ(θ) of the normal-mixture SPRT for an estimate with variance v and mixing variance τ². @internal */
export function logMsprt(d: number, v: number, tau2: number): number {
  return 0.5 * Math.log(v / (v + tau2)) + (tau2 * d * d) / (2 * v * (v + tau2));
}

/**
 * An always-valid comparison of two rates (an A/B test, two reps, two lead sources), safe to check
 * at every look: the chance that it ever calls a difference between two equal rates is at most
 * 1 − level, however often it is checked.
 *
 * Method: the mixture sequential probability ratio test with a normal mixture (Johari, Koomen,
 * Pekelis & Walsh, "Always valid inference: continuous monitoring of A/B tests", Operations
 * Research 2022; the statistic of Optimizely's Stats Engine). With d = p̂_b − p̂_a and its plug-in
 * variance V = p̂_a(1 − p̂_a)/n_a + p̂_b(1 − p̂_b)/n_b, the mixture likelihood ratio of "b − a = θ" is
 * Λ(θ) = √(V/(V + τ²)) · exp(τ²(d − θ)² / (2V(V + τ²))). The p-value of "no difference" is
 * min over looks of min(1, 1/Λ(0)); the confidence sequence is d ± √(2V(V + τ²)/τ² · (ln(1/(1 − level))
 * + ½ ln((V + τ²)/V))) at each look, intersected over the looks: the p-value is at most 1 − level
 * exactly when 0 lies outside it. It rests on the normal approximation of d (valid as the counts
 * grow; for one rate against a target, {@link sequentialRateTest} is exact). A look where a side
 * has no trials, or both rates are 0 or both 1 (V = 0), gives no evidence. τ is the spread of the
 * differences the test is tuned for (default 0.05, five points).
 *
 * @param a - counts of the first group, or its cumulative counts at each look.
 * @param b - counts of the second group, or its cumulative counts at the same looks.
 * @param options.level - default 0.95.
 * @param options.mixture - `{ tau }`, strictly between 0 and 1, default 0.05.
 * @returns p-value, confidence sequence for b − a, verdict, and the method with its mixture.
 * @throws FunnelMathError `INVALID_INPUT`, `INCOMPATIBLE` (a and b with different numbers of looks),
 *   `EMPTY_LIST`, `TOO_LONG`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `NOT_INTEGER`,
 *   `INVALID_NUMBER`, `SUCCESSES_ABOVE_TRIALS`, `OUT_OF_RANGE`, `UNREADABLE_INPUT`.
 * @example
 * import { sequentialComparison } from 'funnel-math';
 * const c = sequentialComparison({ successes: 10, trials: 100 }, { successes: 25, trials: 100 });
 * c.pValue.toFixed(3); // => '0.202'
 * c.verdict; // => 'no-clear-difference'
 * sequentialComparison({ successes: 100, trials: 1000 }, { successes: 250, trials: 1000 }).verdict; // => 'b-higher'
 * @category Uncertainty
 */
export function sequentialComparison(a: Looks, b: Looks, options?: SequentialComparisonOptions): SequentialComparison {
  const A = readLooks(a, ['a'], SIDE_A);
  const B = readLooks(b, ['b'], SIDE_B);
  if (A.length !== B.length) fail('INCOMPATIBLE', { phrases: enStats, subject: 'looks', detail: `a has ${A.length} looks and b has ${B.length}` }, ['b']);
  const opts = comparisonInput.read(options, ['options']);
  const level = opts?.level ?? 0.95;
  const tau = opts?.mixture?.tau ?? 0.05;
  const tau2 = tau * tau;
  const c = -Math.log1p(-level);
  let best = 0;
  let bestSign = 0;
  let lower = -1;
  let upper = 1;
  let informative = false;
  for (let i = 0; i < A.length; i++) {
    const x = A[i]!;
    const y = B[i]!;
    if (x.trials === 0 || y.trials === 0) continue;
    const pa = x.successes / x.trials;
    const pb = y.successes / y.trials;
    const v = (pa * (1 - pa)) / x.trials + (pb * (1 - pb)) / y.trials;
    if (!(v > 0)) continue;
    informative = true;
    const d = pb - pa;
    const m = logMsprt(d, v, tau2);
    if (m > best) {
      best = m;
      bestSign = Math.sign(d);
    }
    const r = Math.sqrt(((2 * v * (v + tau2)) / tau2) * (c + 0.5 * Math.log1p(tau2 / v)));
    lower = Math.max(lower, d - r);
    upper = Math.min(upper, d + r);
  }
  const x = A[A.length - 1]!;
  const y = B[B.length - 1]!;
  const pValue = Math.min(1, Math.exp(-best));
  const empty = lower > upper;
  const verdict: SequentialComparisonVerdict = !informative ? 'insufficient-data' : pValue > 1 - level ? 'no-clear-difference' : bestSign > 0 ? 'b-higher' : 'a-higher';
  const sideOf = (s: Counts) => ({ successes: s.successes, trials: s.trials, rate: s.trials === 0 ? null : Ratio.of(s.successes, s.trials) });
  return {
    kind: 'sequential-comparison',
    method: 'msprt-normal',
    mixture: { tau },
    level,
    looks: A.length,
    a: sideOf(x),
    b: sideOf(y),
    difference: x.trials === 0 || y.trials === 0 ? null : y.successes / y.trials - x.successes / x.trials,
    pValue,
    interval: !informative || empty ? null : { lower, upper },
    verdict,
    reason: !informative ? 'insufficient-data' : empty ? 'empty-interval' : null,
  };
}

/**
 * True when `value` is a {@link sequentialRateTest} result (`kind: 'sequential-test'`), also after
 * a JSON round trip. It checks the kind, not every field. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link SequentialRateTest}).
 * @example
 * import { isSequentialRateTest, sequentialRateTest } from 'funnel-math';
 * const result = sequentialRateTest({ successes: 20, trials: 300 }, { target: '20%' });
 * isSequentialRateTest(result); // => true
 * isSequentialRateTest(JSON.parse(JSON.stringify(result))); // => true
 * isSequentialRateTest({ kind: 'interval' }); // => false
 * @category Uncertainty
 */
export function isSequentialRateTest(value: unknown): value is SequentialRateTest {
  return hasKind(value, 'sequential-test');
}

/**
 * True when `value` is a {@link sequentialComparison} result (`kind: 'sequential-comparison'`),
 * also after a JSON round trip. It checks the kind, not every field. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link SequentialComparison}).
 * @example
 * import { isSequentialComparison, sequentialComparison } from 'funnel-math';
 * const result = sequentialComparison({ successes: 10, trials: 100 }, { successes: 25, trials: 100 });
 * isSequentialComparison(result); // => true
 * isSequentialComparison(JSON.parse(JSON.stringify(result))); // => true
 * isSequentialComparison({ kind: 'comparison' }); // => false
 * @category Uncertainty
 */
export function isSequentialComparison(value: unknown): value is SequentialComparison {
  return hasKind(value, 'sequential-comparison');
}
