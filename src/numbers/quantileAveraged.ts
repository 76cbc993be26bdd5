/**
 * The averaged quantile: Hyndman & Fan (1996) definition 2, the inverse of the empirical
 * distribution function averaged where it is flat (R's `quantile(type = 2)`, numpy's
 * `method='averaged_inverted_cdf'`). Its median is the usual one: the middle value, or for even n
 * the mean of the two middle values (as Excel's MEDIAN).
 * Hyndman, R. J. and Fan, Y. (1996), "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 361–365.
 * @internal
 * @module
 */
import { Ratio } from './ratio.js';

/**
 * The 0-based ranks, in n sorted values x₁ ≤ … ≤ xₙ (n > 0), whose mean is the averaged
 * p-quantile (0 ≤ p ≤ 1): when np is a whole number j, the mean of x_j and x_j+1 (a share p of the
 * values lies at or below x_j and as much at or above x_j+1, so neither is preferred); otherwise
 * x₍⌈np⌉₎, as by nearest rank. At the ends (j = 0 or j = n) the one value there. `p` is exact, so
 * "np is whole" is decided exactly.
 */
export function averagedRanks(n: number, p: Ratio): [number, number] {
  const np = Ratio.of(n).mul(p);
  const j = Number(np.ceil()); // 1-based
  if (np.den !== 1n) return [j - 1, j - 1];
  return [Math.max(0, j - 1), Math.min(n - 1, j)];
}
