import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { chiSquareSf } from '../special/functions.js';
import { hasKind } from '../kind.js';
import { readGroups, type GroupCounts, type NamedCounts } from './groupCounts.js';
import { probabilityPiece, type Counts } from './common.js';
import type { NumberInput } from '../numbers/parse.js';

/** Yates' continuity correction of the chi-square test (two groups only), or none. */
export type ContinuityCorrection = 'none' | 'yates';

/** The most tables with the observed totals that the exact test enumerates. */
export const EXACT_TABLE_LIMIT = 1_000_000;
/** The most steps spent counting those tables (groups × (successes or failures to place + 1)). */
export const EXACT_COUNT_STEPS = 20_000_000;

/** One group of a {@link Homogeneity} test. */
export interface HomogeneityGroup {
  readonly name: string;
  readonly successes: number;
  readonly trials: number;
  /** successes / trials, exactly (the denominator is the group's trials). */
  readonly rate: Ratio;
  readonly estimate: number;
  /** trials × pooled rate: the successes the group would have at the pooled rate, exactly. */
  readonly expectedSuccesses: Ratio;
  /** trials × (1 − pooled rate), exactly. */
  readonly expectedFailures: Ratio;
}

/** Pearson's chi-square test of the k × 2 table. Floats. */
export interface ChiSquareTest {
  readonly statistic: number;
  /** k − 1 for k groups. */
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  /** The continuity correction applied (`'yates'` only when asked for, with two groups). */
  readonly correction: ContinuityCorrection;
}

/** The exact test of the k × 2 table, by enumeration of every table with the observed totals. */
export interface ExactTest {
  readonly pValue: number;
  /** `'fisher'` for two groups (Fisher's exact test), `'freeman-halton'` for more. */
  readonly method: 'fisher' | 'freeman-halton';
  /** How many tables share the observed totals (all were enumerated). */
  readonly tables: number;
}

/** What {@link homogeneity} returns: do the groups share one rate? */
export interface Homogeneity {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'homogeneity';
  readonly groups: readonly HomogeneityGroup[];
  /** Σ successes / Σ trials, exactly: the rate every group would have if they were all alike. */
  readonly pooled: Ratio;
  readonly chiSquare: ChiSquareTest;
  /** The exact test, computed when it is recommended; `null` otherwise (see `exactUnavailable`). */
  readonly exact: ExactTest | null;
  /**
   * Why `exact` is `null`: every expected count is at least 5, so the chi-square test is used
   * (`'not-needed'`); more than 10^6 tables share the totals (`'too-many-tables'`); or counting
   * them would take more than 2·10^7 steps (`'too-large'`). `null` when it was computed.
   */
  readonly exactUnavailable: 'not-needed' | 'too-many-tables' | 'too-large' | null;
  /** The smallest expected count (successes or failures) of any group, exactly. */
  readonly smallestExpected: Ratio;
  /** Which test the rule recommends: `'exact'` when an expected count is below 5 (Cochran). */
  readonly recommended: 'chi-square' | 'exact';
  /** The test `pValue` is from: the recommended one, or the chi-square when the exact one is unavailable. */
  readonly test: 'chi-square' | 'exact';
  readonly pValue: number;
  /** The confidence level of the finding: the groups differ when `pValue` is at most 1 − level. */
  readonly level: number;
  /** The finding in a sentence. */
  readonly message: string;
}

const correctionSchema: z.ZodMiniEnum<{ [K in ContinuityCorrection]: K }> = /* @__PURE__ */ z.enum(['none', 'yates']);
/** The continuity correction as a piece of an input schema (also read by compareGroups). @internal */
export const correctionPiece = /* @__PURE__ */ choicePiece(correctionSchema, 'correction', 'string', { phrases: enStats });

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({ correction: /* @__PURE__ */ z.optional(correctionPiece), level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')) }),
  ),
);

/** Yates' correction is defined for two groups (one degree of freedom) only: refused for more. @internal */
export function checkCorrection(correction: ContinuityCorrection, groups: number): void {
  if (correction === 'yates' && groups > 2) {
    fail('INVALID_CHOICE', { phrases: enStats, subject: 'yatesForTwo', allowed: '"none"', received: correction }, ['options', 'correction']);
  }
}

/** Groups in one canonical order (trials, then successes), so every statistic is the same for any order given. */
function canonical(groups: readonly Counts[]): Counts[] {
  return [...groups].sort((a, b) => a.trials - b.trials || a.successes - b.successes);
}

/**
 * Pearson's X² = Σ over the 2k cells of (observed − expected)² / expected, expected = row total ×
 * column total / N; with Yates' correction each |observed − expected| is reduced by ½ but not
 * below 0 (scipy's `chi2_contingency` rule). When every trial succeeded or every trial failed
 * the groups cannot differ in these data: X² = 0, p = 1 (instead of 0/0).
 */
function chiSquareCore(groups: readonly Counts[], correction: ContinuityCorrection): ChiSquareTest {
  const gs = canonical(groups);
  let N = 0;
  let S = 0;
  for (const g of gs) {
    N += g.trials;
    S += g.successes;
  }
  const degreesOfFreedom = gs.length - 1;
  if (S === 0 || S === N) return { statistic: 0, degreesOfFreedom, pValue: 1, correction };
  const F = N - S;
  let statistic = 0;
  for (const g of gs) {
    const expectedS = (g.trials * S) / N;
    const expectedF = (g.trials * F) / N;
    let d = Math.abs(g.successes * N - g.trials * S) / N;
    if (correction === 'yates') d -= Math.min(0.5, d);
    statistic += (d * d) / expectedS + (d * d) / expectedF;
  }
  return { statistic, degreesOfFreedom, pValue: Math.min(1, chiSquareSf(statistic, degreesOfFreedom)), correction };
}

/** The number of ways to place `r` units into bins of widths `w`, capped at EXACT_TABLE_LIMIT + 1. */
function countTables(w: readonly number[], r: number): number {
  const cap = EXACT_TABLE_LIMIT + 1;
  let dp = new Float64Array(r + 1);
  dp[0] = 1;
  for (const width of w) {
    const next = new Float64Array(r + 1);
    let window = 0; // at most (r + 1)·cap < 2^53: exact
    for (let s = 0; s <= r; s++) {
      window += dp[s]!;
      if (s - width - 1 >= 0) window -= dp[s - width - 1]!;
      next[s] = Math.min(window, cap);
    }
    dp = next;
  }
  return dp[r]!;
}

/** Tables whose probability is at most the observed one's × (1 + 10⁻⁷) count as extreme (R's `fisher.test` rule). */
const TOLERANCE = /* @__PURE__ */ Math.log1p(1e-7);

/**
 * The exact (Fisher; Freeman–Halton for k > 2) p-value: with the group totals nᵢ and the total
 * successes S fixed, a table x has probability Π C(nᵢ, xᵢ) / C(N, S); the p-value is the total
 * probability of the tables no more probable than the observed one. Every table is enumerated
 * (each group's successes range over [max(0, S − (N − nᵢ)), min(nᵢ, S)]), in log space relative to
 * the observed table (log C(n, x + 1) − log C(n, x) = log((n − x)/(x + 1)), no log Γ), and the sum
 * is divided by the total over all tables, so no binomial coefficient of N is formed. @internal
 */
export function exactCore(groups: readonly Counts[]): { test: ExactTest | null; unavailable: 'too-many-tables' | 'too-large' | null } {
  const gs = canonical(groups);
  const method = gs.length === 2 ? 'fisher' : 'freeman-halton';
  let N = 0;
  let S = 0;
  for (const g of gs) {
    N += g.trials;
    S += g.successes;
  }
  const lows: number[] = [];
  const widths: number[] = [];
  const kept: Counts[] = [];
  let R = 0;
  let W = 0;
  for (const g of gs) {
    const low = Math.max(0, S - (N - g.trials));
    const width = Math.min(g.trials, S) - low;
    // every value in the range is some table's, so a range this wide already means too many tables
    if (width >= EXACT_TABLE_LIMIT) return { test: null, unavailable: 'too-many-tables' };
    if (width === 0) continue; // fixed by the totals: the same factor in every table
    lows.push(low);
    widths.push(width);
    kept.push(g);
    R += g.successes - low;
    W += width;
  }
  const K = kept.length;
  if (K === 0) return { test: { pValue: 1, method, tables: 1 }, unavailable: null };
  const small = Math.min(R, W - R); // placing the failures instead of the successes: as many tables
  if (K * (small + 1) > EXACT_COUNT_STEPS) return { test: null, unavailable: 'too-large' };
  const tables = countTables(widths, small);
  if (tables > EXACT_TABLE_LIMIT) return { test: null, unavailable: 'too-many-tables' };

  // a[j][y]: log C(n, low + y) − log C(n, observed) for group j
  const a = kept.map((g, j) => {
    const n = g.trials;
    const low = lows[j]!;
    const arr = new Float64Array(widths[j]! + 1);
    const yObs = g.successes - low;
    for (let y = yObs; y < widths[j]!; y++) arr[y + 1] = arr[y]! + Math.log((n - (low + y)) / (low + y + 1));
    for (let y = yObs; y > 0; y--) arr[y - 1] = arr[y]! - Math.log((n - (low + y) + 1) / (low + y));
    return arr;
  });
  const suffixW = new Float64Array(K + 1);
  const zeroRest = new Float64Array(K + 1);
  const fullRest = new Float64Array(K + 1);
  for (let j = K - 1; j >= 0; j--) {
    suffixW[j] = suffixW[j + 1]! + widths[j]!;
    zeroRest[j] = zeroRest[j + 1]! + a[j]![0]!;
    fullRest[j] = fullRest[j + 1]! + a[j]![widths[j]!]!;
  }
  // sums of exp(v − scale), v = log P(table) − log P(observed), rescaled when a more probable table appears
  let counted = 0;
  let total = 0;
  let scale = 0;
  let seen = 0;
  // depth-first over the groups without recursion; a node with nothing or everything left to place has one completion
  const ys = new Int32Array(K);
  const his = new Int32Array(K);
  const sAt = new Float64Array(K);
  const accAt = new Float64Array(K);
  let j = 0;
  let s = R;
  let acc = 0;
  for (;;) {
    let v: number;
    if (s === 0) v = acc + zeroRest[j]!;
    else if (s === suffixW[j]) v = acc + fullRest[j]!;
    else if (j === K - 1) v = acc + a[j]![s]!;
    else {
      const lo = Math.max(0, s - suffixW[j + 1]!);
      ys[j] = lo;
      his[j] = Math.min(widths[j]!, s);
      sAt[j] = s;
      accAt[j] = acc;
      s -= lo;
      acc += a[j]![lo]!;
      j++;
      continue;
    }
    // a leaf: one table
    seen++;
    if (v > scale) {
      const shrink = Math.exp(scale - v);
      counted *= shrink;
      total *= shrink;
      scale = v;
    }
    const e = Math.exp(v - scale);
    total += e;
    if (v <= TOLERANCE) counted += e;
    j--;
    while (j >= 0 && ys[j] === his[j]) j--;
    if (j < 0) break;
    ys[j]!++;
    s = sAt[j]! - ys[j]!;
    acc = accAt[j]! + a[j]![ys[j]!]!;
    j++;
  }
  const pValue = Math.min(1, counted / total);
  return { test: { pValue, method, tables: seen }, unavailable: null };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/** The homogeneity test of groups already read (at least two, each with trials). @internal */
export function homogeneityCore(groups: readonly NamedCounts[], correction: ContinuityCorrection, level: number): Homogeneity {
  let N = 0;
  let S = 0;
  for (const g of groups) {
    N += g.trials;
    S += g.successes;
  }
  const pooled = Ratio.of(S, N);
  const bigS = BigInt(S);
  const bigF = BigInt(N - S);
  const bigN = BigInt(N);
  let smallestTrials = groups[0]!.trials;
  const rows = groups.map((g): HomogeneityGroup => {
    if (g.trials < smallestTrials) smallestTrials = g.trials;
    return {
      name: g.name,
      successes: g.successes,
      trials: g.trials,
      rate: Ratio.of(g.successes, g.trials),
      estimate: g.successes / g.trials,
      expectedSuccesses: Ratio.of(BigInt(g.trials) * bigS, bigN),
      expectedFailures: Ratio.of(BigInt(g.trials) * bigF, bigN),
    };
  });
  const smallestExpected = Ratio.of(BigInt(smallestTrials) * (bigS < bigF ? bigS : bigF), bigN);
  const chiSquare = chiSquareCore(groups, correction);
  const recommended = smallestExpected.compare(Ratio.of(5)) < 0 ? 'exact' : 'chi-square';
  const { test: exact, unavailable } = recommended === 'exact' ? exactCore(groups) : { test: null, unavailable: 'not-needed' as const };
  const test = recommended === 'exact' && exact !== null ? 'exact' : 'chi-square';
  const pValue = test === 'exact' ? exact!.pValue : chiSquare.pValue;
  const k = groups.length;
  const why =
    recommended === 'exact'
      ? exact !== null
        ? `an expected count is below 5 (${smallestExpected.toFixed(2)}), so the exact test is used`
        : `an expected count is below 5 (${smallestExpected.toFixed(2)}), but the tables are too many for the exact test: read the chi-square p-value as a rough guide`
      : 'every expected count is at least 5, so the chi-square test is used';
  const finding =
    S === 0 || S === N
      ? `Every trial had the same outcome, so these ${k} groups cannot differ in these data`
      : pValue <= 1 - level
        ? `These ${k} groups do not all convert at one rate (${pText(pValue)}; pooled rate ${pct(S / N)})`
        : `These ${k} groups could all convert at one rate (${pText(pValue)}; pooled rate ${pct(S / N)}); the differences are within chance`;
  return { kind: 'homogeneity', groups: rows, pooled, chiSquare, exact, exactUnavailable: unavailable, smallestExpected, recommended, test, pValue, level, message: `${finding}: ${why}.` };
}

/**
 * Do these groups — reps, lead sources, months — all convert at one rate? The test of homogeneity
 * of the k × 2 table (successes and failures per group), by Pearson's chi-square test and, where
 * the counts are small, an exact test.
 *
 * - Chi-square: X² = Σ (observed − expected)² / expected over the 2k cells, expected = trials ×
 *   pooled rate (and × its complement), k − 1 degrees of freedom, p = P(χ²ₖ₋₁ > X²) — scipy's
 *   `chi2_contingency`. `correction: 'yates'` (two groups only) shrinks each |observed − expected|
 *   by ½ (not below 0); the default is `'none'`: where the counts are small enough for the
 *   correction to matter, the exact test is the better answer.
 * - Exact: Fisher's exact test for two groups, the Freeman–Halton extension for more: the total
 *   probability, with every group's trials and the total successes fixed (hypergeometric), of the
 *   tables no more probable than the one observed (× (1 + 10⁻⁷), as R's `fisher.test` counts ties).
 *   Every such table is enumerated, so it is computed when at most 10^6 tables share the totals and
 *   counting them takes at most 2·10^7 steps.
 * - Which to read: the exact test when any expected count is below 5 (Cochran's rule), else the
 *   chi-square; the exact test is computed only then (`exactUnavailable: 'not-needed'` otherwise,
 *   or why it could not be). `test` and `pValue` give the one used, `message` says why.
 * - When every trial succeeded (or every one failed) the groups cannot differ: X² = 0 and p = 1.
 *
 * P-values and the statistic are floats (irreducibly real); rates and expected counts are exact.
 * The answer does not depend on the order of the groups.
 *
 * @param groups - the observed counts of each group, keyed by its name: `{ ana: { successes: 10, trials: 15 }, … }`;
 *   at least two groups, each with at least one trial.
 * @param options.correction - `'none'` (default) or `'yates'` (two groups only).
 * @param options.level - confidence level of the finding in `message`, default 0.95.
 * @throws FunnelMathError `INVALID_INPUT`, `TOO_FEW_VALUES` (one group), `NO_TRIALS` (a group with 0
 *   trials), `SUCCESSES_ABOVE_TRIALS`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`, `OUT_OF_RANGE`,
 *   `MISSING_VALUE`, `UNKNOWN_OPTION`, `INVALID_CHOICE` (another correction, or Yates' with more than two groups).
 * @example
 * import { homogeneity } from 'funnel-math';
 * const reps = { ana: { successes: 12, trials: 20 }, ben: { successes: 5, trials: 22 }, eva: { successes: 9, trials: 18 } };
 * const h = homogeneity(reps);
 * h.pooled.toString(); // => '13/30'
 * h.chiSquare.degreesOfFreedom; // => 2
 * h.chiSquare.statistic.toFixed(3); // => '6.392'
 * h.recommended; // => 'chi-square'
 * h.chiSquare.pValue.toFixed(4); // => '0.0409'
 * const small = homogeneity({ a: { successes: 1, trials: 10 }, b: { successes: 6, trials: 10 } });
 * [small.recommended, small.exact!.method, small.exact!.pValue.toFixed(4)]; // => ['exact', 'fisher', '0.0573']
 * @category Uncertainty
 */
export function homogeneity(groups: GroupCounts, options?: { readonly correction?: ContinuityCorrection; readonly level?: NumberInput }): Homogeneity {
  const read = readGroups(groups, ['groups']);
  const opts = input.read(options, ['options']);
  const correction = opts?.correction ?? 'none';
  checkCorrection(correction, read.length);
  return homogeneityCore(read, correction, opts?.level ?? 0.95);
}

/**
 * True when `value` is a {@link homogeneity} result: a plain object whose `kind` is
 * `'homogeneity'`, also after a JSON round trip. It checks the kind, not every field. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Homogeneity}).
 * @example
 * import { homogeneity, isHomogeneity } from 'funnel-math';
 * const result = homogeneity({ ana: { successes: 10, trials: 15 }, ben: { successes: 30, trials: 200 } });
 * isHomogeneity(result); // => true
 * isHomogeneity(JSON.parse(JSON.stringify(result))); // => true
 * isHomogeneity({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isHomogeneity(value: unknown): value is Homogeneity {
  return hasKind(value, 'homogeneity');
}
