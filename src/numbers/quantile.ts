/**
 * The quantile rules, by name: every function that reports a median or a percentile takes one as
 * an option and names the one it used in its result (`quantileRule`), so two reports of "the
 * median" are never silently computed two ways. One file per rule:
 * - `'nearest-rank'` ({@link nearestRankRanks}): Hyndman & Fan definition 1, always an observed value;
 * - `'averaged'` ({@link averagedRanks}): Hyndman & Fan definition 2, the mean of the two middle
 *   values for the median of an even count.
 * @internal
 * @module
 */
import { averagedRanks } from './quantileAveraged.js';
import { nearestRankRanks } from './quantileNearestRank.js';
import { Ratio } from './ratio.js';

/** A quantile rule's name. */
export type QuantileRule = 'nearest-rank' | 'averaged';

/** The quantile rules' names, for option schemas. */
export const QUANTILE_RULES = ['nearest-rank', 'averaged'] as const;

/** The 0-based ranks (n > 0, 0 ≤ p ≤ 1) whose mean is the p-quantile of n sorted values by `rule`. */
export function quantileRanks(rule: QuantileRule, n: number, p: Ratio): [number, number] {
  return rule === 'nearest-rank' ? nearestRankRanks(n, p) : averagedRanks(n, p);
}

/** The p-quantile of exact values sorted ascending by `rule`; `null` for none. */
export function quantileOfSorted(rule: QuantileRule, sorted: readonly Ratio[], p: Ratio): Ratio | null {
  if (sorted.length === 0) return null;
  const [lo, hi] = quantileRanks(rule, sorted.length, p);
  return lo === hi ? sorted[lo]! : sorted[lo]!.add(sorted[hi]!).div(Ratio.of(2));
}

const HALF = /* @__PURE__ */ Ratio.of(1, 2);

/** The median (p = ½) of exact values sorted ascending by `rule`; `null` for none. */
export function medianOfSorted(rule: QuantileRule, sorted: readonly Ratio[]): Ratio | null {
  return quantileOfSorted(rule, sorted, HALF);
}
