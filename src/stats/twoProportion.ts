/**
 * The two-proportion z-test with the pooled rate: the one implementation that {@link compareRates}
 * and {@link compareGroups} both report.
 * @internal
 * @module
 */
import { normalSf } from '../special/functions.js';

/** A z statistic and its p-value for the alternative asked. */
export interface ZTest {
  readonly z: number;
  readonly pValue: number;
}

/**
 * z = (p_b − p_a) / √(p(1 − p)(1/n_a + 1/n_b)) with the pooled rate p = (s_a + s_b)/(n_a + n_b),
 * two-sided p = 2·P(Z > |z|), one-sided P(Z ≥ z) (`'greater'`: b above a) or P(Z ≤ z) (`'less'`).
 * When the pooled rate is 0 or 1 both rates are equal (all 0 or all 1), so z = 0 and p = 1 instead
 * of 0/0, for every alternative. Both trial counts must be positive (trusted).
 */
export function pooledZTest(sA: number, nA: number, sB: number, nB: number, alternative: 'two-sided' | 'greater' | 'less' = 'two-sided'): ZTest {
  const d = sB / nB - sA / nA;
  const pooled = (sA + sB) / (nA + nB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  const z = se === 0 ? 0 : d / se;
  const pValue = se === 0 ? 1 : alternative === 'two-sided' ? Math.min(1, 2 * normalSf(Math.abs(z))) : normalSf(alternative === 'greater' ? z : -z);
  return { z, pValue };
}
