/**
 * The nearest-rank quantile: Hyndman & Fan (1996) definition 1, the inverse of the empirical
 * distribution function (R's `quantile(type = 1)`, numpy's `method='inverted_cdf'`).
 * Hyndman, R. J. and Fan, Y. (1996), "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 361–365.
 * @internal
 * @module
 */
import { Ratio } from './ratio.js';

/**
 * The 0-based ranks, in n sorted values x₁ ≤ … ≤ xₙ (n > 0), whose mean is the p-quantile
 * (0 ≤ p ≤ 1) by nearest rank: the smallest value with at least a share p of all values at or
 * below it, x₍⌈np⌉₎ (x₁ for p = 0). Both ranks are that one value: the quantile is always an
 * observed value, never interpolated, so a median of whole milliseconds is a whole millisecond.
 * For even n the median is the lower of the two middle values. `p` is exact, so np is never
 * misrounded (0.7 × 10 is 7, not 7.000000000000001).
 */
export function nearestRankRanks(n: number, p: Ratio): [number, number] {
  const j = Number(Ratio.of(n).mul(p).ceil()); // 1-based
  const k = Math.min(n, Math.max(1, j)) - 1;
  return [k, k];
}
