/**
 * The Wilson score interval, as a pure function of counts (no validation): used by
 * {@link rateInterval} and by `funnelFromCounts` for the interval every counted rate carries.
 * Wilson (1927), https://en.wikipedia.org/wiki/Binomial_proportion_confidence_interval#Wilson_score_interval
 * @internal
 * @module
 */
import { zFor } from './functions.js';

/**
 * Wilson interval for `successes` of `trials` (> 0) at two-sided confidence `level`: centre
 * (p̂ + z²/2n)/(1 + z²/n), half-width z·√(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n); exactly 0 below when
 * successes = 0 and exactly 1 above when successes = trials.
 */
export function wilsonBounds(successes: number, trials: number, level: number, z = zFor(level)): { lower: number; upper: number } {
  const n = trials;
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return {
    lower: successes === 0 ? 0 : Math.min(p, Math.max(0, centre - half)),
    upper: successes === trials ? 1 : Math.max(p, Math.min(1, centre + half)),
  };
}

/** z for 95%, computed once. */
const Z95 = /* @__PURE__ */ zFor(0.95);

/** The Wilson 95% interval (for counted rates). */
export function wilson95(successes: number, trials: number): { lower: number; upper: number } {
  return wilsonBounds(successes, trials, 0.95, Z95);
}
