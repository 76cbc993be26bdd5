import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { listOf } from '../schema.js';
import { suggestKey } from '../messages/suggest.js';
import { hasKind } from '../kind.js';
import { probabilityPiece } from './common.js';
import { adjustCore, adjustMethodPiece, type AdjustMethod } from './adjustPValues.js';
import { readGroups, type GroupCounts } from './groupCounts.js';
import { checkCorrection, correctionPiece, homogeneityCore, type ContinuityCorrection, type Homogeneity } from './homogeneity.js';
import { pooledZTest } from './twoProportion.js';

/** How one group compares, after the adjustment for many comparisons. */
export type GroupVerdict = 'higher' | 'lower' | 'no-clear-difference' | 'baseline';

/** What a group is compared against: the other groups pooled, or the baseline group. */
export interface GroupReference {
  readonly successes: number;
  readonly trials: number;
  /** successes / trials, exactly. */
  readonly rate: Ratio;
  readonly estimate: number;
}

/** One group of a {@link GroupComparison}. */
export interface ComparedGroup {
  readonly name: string;
  readonly successes: number;
  readonly trials: number;
  /** successes / trials, exactly (the denominator is the group's trials). */
  readonly rate: Ratio;
  readonly estimate: number;
  /** The counts it is compared against (`null` for the baseline itself). */
  readonly reference: GroupReference | null;
  /** This group's rate − the reference rate, as a float (`null` for the baseline). */
  readonly difference: number | null;
  /** The two-proportion z statistic (pooled), as compareRates computes it. */
  readonly z: number | null;
  /** Two-sided p-value of this comparison alone. */
  readonly pValue: number | null;
  /** The p-value adjusted for all the comparisons made (`adjust`). */
  readonly adjustedPValue: number | null;
  /** `'higher'` / `'lower'` when the adjusted p-value is at most 1 − level; `'baseline'` for the baseline. */
  readonly verdict: GroupVerdict;
}

/** What {@link compareGroups} returns. */
export interface GroupComparison {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'group-comparison';
  /** `'rest'`: each group against the other groups pooled; `'baseline'`: against the baseline group. */
  readonly against: 'rest' | 'baseline';
  /** The baseline group's name, or `null`. */
  readonly baseline: string | null;
  readonly level: number;
  /** The adjustment for many comparisons applied to the p-values. */
  readonly adjust: AdjustMethod;
  /** How many comparisons were adjusted for: k against the rest, k − 1 against a baseline. */
  readonly comparisons: number;
  readonly groups: readonly ComparedGroup[];
  /** Do all the groups share one rate? The test of the whole table. */
  readonly homogeneity: Homogeneity;
  /** The finding in a sentence. */
  readonly message: string;
}

/** Options of {@link compareGroups}. */
export interface CompareGroupsOptions {
  /** Compare every group with this one instead of with the rest pooled. */
  readonly baseline?: string;
  /** Confidence level of the verdicts, default 0.95: a difference counts when its adjusted p-value is at most 1 − level. */
  readonly level?: NumberInput;
  /** `'holm'` (default), `'hochberg'`, `'benjamini-hochberg'` or `'bonferroni'`. */
  readonly adjust?: AdjustMethod;
  /** The continuity correction of the homogeneity test: `'none'` (default) or `'yates'` (two groups only). */
  readonly correction?: ContinuityCorrection;
}

function readBaseline(value: unknown, path: ErrorPath): string {
  if (typeof value !== 'string') return fail('INVALID_INPUT', { phrases: enStats, subject: 'baseline', expected: 'string', received: value }, path);
  return value;
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      baseline: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ phrases: enStats, subject: 'baseline', expected: 'string' }, readBaseline)),
      level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')),
      adjust: /* @__PURE__ */ z.optional(adjustMethodPiece),
      correction: /* @__PURE__ */ z.optional(correctionPiece),
    }),
  ),
);

const ADJUST_NAMES: { readonly [K in AdjustMethod]: string } = { holm: "Holm's", hochberg: "Hochberg's", 'benjamini-hochberg': 'the Benjamini–Hochberg', bonferroni: 'the Bonferroni' };

/**
 * Compares many groups at once — reps, lead sources, months — each with the others pooled (or with
 * a baseline group), with p-values adjusted for making many comparisons, and tests the whole
 * table for one common rate ({@link homogeneity}).
 *
 * - Each group against the rest: its successes and trials against the sums over all the other
 *   groups (so a group is never compared with itself); with `baseline`, against that group.
 * - The test of each comparison is the two-proportion z-test with the pooled rate, the one
 *   {@link compareRates} reports (z = 0 and p = 1 when both sides are all 0 or all 1).
 * - The p-values are adjusted together ({@link adjustPValues}, Holm by default): with k groups
 *   there are k comparisons (k − 1 with a baseline). A group is `'higher'` or `'lower'` when its
 *   adjusted p-value is at most 1 − level, else `'no-clear-difference'`.
 * - `homogeneity`: the chi-square test of the k × 2 table, and the exact test where counts are small.
 *
 * Rates are exact; differences, z and p-values are floats (irreducibly real).
 *
 * @param groups - the observed counts of each group, keyed by its name:
 *   `{ ana: { successes: 10, trials: 15 }, … }` (the input of {@link outliers}); at least two groups,
 *   each with at least one trial.
 * @param options.baseline - the name of the group to compare the others with (default: each with the rest).
 * @param options.level - confidence level of the verdicts, default 0.95.
 * @param options.adjust - `'holm'` (default), `'hochberg'`, `'benjamini-hochberg'` or `'bonferroni'`.
 * @param options.correction - continuity correction of the homogeneity test: `'none'` (default) or `'yates'` (two groups only).
 * @throws FunnelMathError `INVALID_INPUT`, `TOO_FEW_VALUES` (one group), `NO_TRIALS` (a group with 0
 *   trials), `SUCCESSES_ABOVE_TRIALS`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`, `OUT_OF_RANGE`,
 *   `MISSING_VALUE`, `UNKNOWN_OPTION`, `INVALID_CHOICE` (a baseline that is not a group, another
 *   method or correction, Yates' with more than two groups).
 * @example
 * import { compareGroups } from 'funnel-math';
 * const reps = {
 *   ana: { successes: 18, trials: 40 }, ben: { successes: 9, trials: 45 }, eva: { successes: 11, trials: 38 },
 *   ivo: { successes: 10, trials: 42 }, mia: { successes: 21, trials: 35 },
 * };
 * const c = compareGroups(reps);
 * c.groups.map((g) => [g.name, g.verdict]); // => [['ana', 'no-clear-difference'], ['ben', 'no-clear-difference'], ['eva', 'no-clear-difference'], ['ivo', 'no-clear-difference'], ['mia', 'higher']]
 * c.groups[4]!.rate.toString(); // => '3/5'
 * c.groups[4]!.reference!.rate.toString(); // => '16/55'
 * c.homogeneity.test; // => 'chi-square'
 * compareGroups(reps, { baseline: 'ana' }).groups[0]!.verdict; // => 'baseline'
 * @category Uncertainty
 */
export function compareGroups(groups: GroupCounts, options?: CompareGroupsOptions): GroupComparison {
  const read = readGroups(groups, ['groups']);
  const opts = input.read(options, ['options']);
  const level = opts?.level ?? 0.95;
  const adjust = opts?.adjust ?? 'holm';
  const correction = opts?.correction ?? 'none';
  const baseline = opts?.baseline ?? null;
  checkCorrection(correction, read.length);
  let base: (typeof read)[number] | undefined;
  if (baseline !== null) {
    base = read.find((g) => g.name === baseline);
    if (base === undefined) {
      const names = read.map((g) => g.name);
      // a did-you-mean first, then the names (the first 20 of a long list)
      const near = suggestKey(baseline, names);
      const allowed = near !== undefined ? `${listOf([near])} (or another group)` : `${listOf(names.slice(0, 20))}${names.length > 20 ? ', …' : ''}`;
      fail('INVALID_CHOICE', { phrases: enStats, subject: 'baseline', allowed, received: baseline }, ['options', 'baseline']);
    }
  }
  let S = 0;
  let N = 0;
  for (const g of read) {
    S += g.successes;
    N += g.trials;
  }
  const tested: { z: number; pValue: number; difference: number; reference: GroupReference }[] = [];
  const raw: number[] = [];
  for (const g of read) {
    if (g === base) continue;
    const rs = base === undefined ? S - g.successes : base.successes;
    const rn = base === undefined ? N - g.trials : base.trials;
    const t = pooledZTest(rs, rn, g.successes, g.trials);
    tested.push({ ...t, difference: g.successes / g.trials - rs / rn, reference: { successes: rs, trials: rn, rate: Ratio.of(rs, rn), estimate: rs / rn } });
    raw.push(t.pValue);
  }
  const adjusted = adjustCore(raw, adjust);
  const alpha = 1 - level;
  let k = 0;
  const rows = read.map((g): ComparedGroup => {
    const own = { name: g.name, successes: g.successes, trials: g.trials, rate: Ratio.of(g.successes, g.trials), estimate: g.successes / g.trials };
    if (g === base) return { ...own, reference: null, difference: null, z: null, pValue: null, adjustedPValue: null, verdict: 'baseline' };
    const t = tested[k]!;
    const adj = adjusted[k++]!;
    const verdict: GroupVerdict = adj <= alpha && t.difference !== 0 ? (t.difference > 0 ? 'higher' : 'lower') : 'no-clear-difference';
    return { ...own, reference: t.reference, difference: t.difference, z: t.z, pValue: t.pValue, adjustedPValue: adj, verdict };
  });
  const h = homogeneityCore(read, correction, level);
  const flagged = rows.filter((r) => r.verdict === 'higher' || r.verdict === 'lower');
  const lvl = `${+(level * 100).toFixed(1)}%`;
  const what = base === undefined ? `each of ${read.length} groups against the rest` : `${raw.length} groups against "${base.name}"`;
  const found =
    flagged.length === 0
      ? `no group converts differently at ${lvl} after ${ADJUST_NAMES[adjust]} adjustment`
      : `${flagged.map((r) => `"${r.name}" ${r.verdict}`).join(', ')} at ${lvl} after ${ADJUST_NAMES[adjust]} adjustment`;
  return {
    kind: 'group-comparison',
    against: base === undefined ? 'rest' : 'baseline',
    baseline: base === undefined ? null : base.name,
    level,
    adjust,
    comparisons: raw.length,
    groups: rows,
    homogeneity: h,
    message: `Compared ${what}: ${found}. ${h.message}`,
  };
}

/**
 * True when `value` is a {@link compareGroups} result: a plain object whose `kind` is
 * `'group-comparison'`, also after a JSON round trip. It checks the kind, not every field. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link GroupComparison}).
 * @example
 * import { compareGroups, isGroupComparison } from 'funnel-math';
 * const result = compareGroups({ ana: { successes: 10, trials: 15 }, ben: { successes: 30, trials: 200 } });
 * isGroupComparison(result); // => true
 * isGroupComparison(JSON.parse(JSON.stringify(result))); // => true
 * isGroupComparison({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isGroupComparison(value: unknown): value is GroupComparison {
  return hasKind(value, 'group-comparison');
}
