import { Ratio } from '../numbers/ratio.js';
import { SIDE_A, SIDE_B, readCounts } from './common.js';
import { expectedPositivePart } from './betaDifference.js';
import { probabilityBGreater, type ComparedRate, type ObservedCounts } from './compareRates.js';
import { hasKind } from '../kind.js';

/** What {@link expectedLoss} returns. The losses and the probability are floats (irreducibly real). */
export interface ExpectedLoss {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'expected-loss';
  readonly a: ComparedRate;
  readonly b: ComparedRate;
  /** The prior of both rates: uniform Beta(1, 1), so s of n has the posterior Beta(s + 1, n − s + 1). */
  readonly prior: 'uniform';
  /** How the losses are computed: deterministic quadrature (see {@link expectedLoss}). */
  readonly method: 'gauss-legendre';
  /** E[max(p_a − p_b, 0)]: the conversion rate given up, on average, by choosing b. */
  readonly lossChoosingB: number;
  /** E[max(p_b − p_a, 0)]: the conversion rate given up, on average, by choosing a. */
  readonly lossChoosingA: number;
  /** P(p_b > p_a) under the same posteriors (as {@link compareRates} computes it). */
  readonly probabilityBHigher: number;
}


/**
 * The Bayesian expected loss of choosing b over a, and of choosing a over b: how much conversion
 * rate a choice gives up on average when it turns out to be the worse one. This is the stopping
 * rule of Bayesian A/B testing as PostHog and VWO use it (Chris Stucchio, "Bayesian A/B testing
 * at VWO", 2015): stop when the loss of the leader is below what you are willing to give up.
 *
 * With uniform Beta(1, 1) priors a rate seen as s of n has the posterior Beta(s + 1, n − s + 1);
 * the loss of choosing b is E[max(p_a − p_b, 0)], of choosing a E[max(p_b − p_a, 0)], and
 * lossChoosingA − lossChoosingB = E[p_b] − E[p_a] exactly. No random numbers: the smaller loss is
 * integrated by Gauss–Legendre quadrature of a cancellation-free integrand (the other follows from
 * the identity), the same answer every run; it agrees with the exact finite sum (Evan Miller 2014)
 * in high-precision arithmetic to better than 1e-12 relative on a grid from 0 trials to 10^6, rates
 * from 0 to 1, losses from 0.5 down to 1e-13. A loss below the smallest double is 0. A side with no
 * trials keeps its prior (loss 1/6 for two uniform rates). `probabilityBHigher` is
 * {@link compareRates}'s P(b > a).
 *
 * @param a - `{ successes, trials }` of the first group (the reference).
 * @param b - `{ successes, trials }` of the second group.
 * @returns both losses (rates as fractions, not percents), P(b > a), the prior and the method.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`,
 *   `NOT_INTEGER`, `INVALID_NUMBER`, `SUCCESSES_ABOVE_TRIALS`, `OUT_OF_RANGE` (counts above 10^9).
 * @example
 * import { expectedLoss } from 'funnel-math';
 * const l = expectedLoss({ successes: 10, trials: 100 }, { successes: 25, trials: 100 });
 * l.lossChoosingB.toExponential(3); // => '4.313e-5'
 * l.lossChoosingA.toFixed(4); // => '0.1471'
 * l.probabilityBHigher.toFixed(3); // => '0.997'
 * expectedLoss({ successes: 0, trials: 0 }, { successes: 0, trials: 0 }).lossChoosingB.toFixed(6); // => '0.166667'
 * @category Uncertainty
 */
export function expectedLoss(a: ObservedCounts, b: ObservedCounts): ExpectedLoss {
  const A = readCounts(a, ['a'], SIDE_A);
  const B = readCounts(b, ['b'], SIDE_B);
  const [aA, bA, aB, bB] = [A.successes + 1, A.trials - A.successes + 1, B.successes + 1, B.trials - B.successes + 1];
  // E[p_b] − E[p_a] = (aB(aA + bA) − aA(aB + bB)) / ((aA + bA)(aB + bB)): integers below 2^53
  const gap = (aB * (aA + bA) - aA * (aB + bB)) / ((aA + bA) * (aB + bB));
  let lossB: number;
  let lossA: number;
  if (gap >= 0) {
    lossB = expectedPositivePart(aA, bA, aB, bB);
    lossA = lossB + gap;
  } else {
    lossA = expectedPositivePart(aB, bB, aA, bA);
    lossB = lossA - gap;
  }
  const sideOf = (c: { successes: number; trials: number }): ComparedRate => ({
    successes: c.successes,
    trials: c.trials,
    rate: c.trials === 0 ? null : Ratio.of(c.successes, c.trials),
    estimate: c.trials === 0 ? null : c.successes / c.trials,
  });
  return {
    kind: 'expected-loss',
    a: sideOf(A),
    b: sideOf(B),
    prior: 'uniform',
    method: 'gauss-legendre',
    lossChoosingB: lossB,
    lossChoosingA: lossA,
    probabilityBHigher: probabilityBGreater(aA, bA, aB, bB).value,
  };
}

/**
 * True when `value` is an {@link expectedLoss} result: a plain object whose `kind` is
 * `'expected-loss'`, also after a JSON round trip. It checks the kind, not every field. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link ExpectedLoss}).
 * @example
 * import { expectedLoss, isExpectedLoss } from 'funnel-math';
 * const result = expectedLoss({ successes: 10, trials: 100 }, { successes: 25, trials: 100 });
 * isExpectedLoss(result); // => true
 * isExpectedLoss(JSON.parse(JSON.stringify(result))); // => true
 * isExpectedLoss({ kind: 'comparison' }); // => false
 * @category Uncertainty
 */
export function isExpectedLoss(value: unknown): value is ExpectedLoss {
  return hasKind(value, 'expected-loss');
}
