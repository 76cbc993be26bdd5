import * as z from 'zod/mini';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import type { RatesInput } from '../rates/readRates.js';
import { ratesPiece, statCountPiece } from './common.js';
import { checkActivity, readModel, type OutcomeMethod } from './model.js';
import { hasKind } from '../kind.js';

/** Options of {@link hitProbability}. */
export interface HitProbabilityOptions<Id extends string> {
  /** Whole number of top-of-funnel attempts (calls). */
  readonly activity: NumberInput;
  /** Stage rates (fractions, not percents), or observed `{ successes, trials }`, or a `funnelFromCounts` result. */
  readonly rates: RatesInput<Id>;
  /** Whole number of outcomes at the last stage. */
  readonly goal: NumberInput;
}

/** What {@link hitProbability} returns. */
export interface HitProbability {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'hit-probability';
  /** P(at least `goal` outcomes), a float in [0, 1]. */
  readonly probability: number;
  readonly activity: number;
  readonly goal: number;
  /** The per-attempt probability of reaching the last stage (the exact product of the rates). */
  readonly overallRate: Ratio;
  /** Outcomes expected on average: activity × overallRate, exactly. */
  readonly expected: Ratio;
  /**
   * `'binomial'` for known rates; `'beta-binomial'` for one observed overall rate;
   * `'beta-binomial-chain'` for several observed stages, or observed and known mixed.
   */
  readonly method: OutcomeMethod;
  /**
   * A proven bound on |probability − the exact probability| under the model: 0 for the binomial
   * and the single beta-binomial (exact sums, up to float rounding); for the chain, its truncated
   * tails plus a bound on its float rounding (about 10⁻¹² at 1000 attempts, 10⁻¹⁰ at 10^5).
   */
  readonly errorBound: number;
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    activity: /* @__PURE__ */ statCountPiece('activity'),
    goal: /* @__PURE__ */ statCountPiece('goal'),
    rates: /* @__PURE__ */ ratesPiece(),
  }),
);

/**
 * The probability that `activity` top-of-funnel attempts yield at least `goal` outcomes, when each
 * attempt passes each stage independently: the outcome is Binomial(activity, p) with p the product
 * of the stage rates, so P = Σ_{x ≥ goal} C(n, x) pˣ (1 − p)ⁿ⁻ˣ, computed exactly (up to float
 * rounding) as the regularized incomplete beta I_p(goal, n − goal + 1).
 *
 * Plans built on averages are coin flips: 1000 calls at 5% overall expect 50 sales, and reach 50
 * only about half the time. With observed counts instead of rates the uncertainty of the rates is
 * included too: one observed overall rate is beta-binomial; several observed stages are the exact
 * beta-binomial chain X₁ ~ BetaBinomial(activity, s₁ + 1, t₁ − s₁ + 1), X₂ | X₁ ~
 * BetaBinomial(X₁, …), …, each known rate a binomial step, computed with a proven `errorBound`
 * (see `method`).
 *
 * Edge cases: goal 0 → 1; goal above activity → 0; a rate of 0 → 0. The probability is a float.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param options.activity - attempts at the top stage (≤ 10^9).
 * @param options.rates - as for {@link requiredActivity}, or `{ successes, trials }` per stage.
 * @param options.goal - outcomes wanted at the last stage.
 * @throws FunnelMathError `MISSING_VALUE` (an option left out), `UNKNOWN_OPTION`, `MISSING_RATE`,
 *   `RATE_ABOVE_ONE`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`, `UNKNOWN_STAGE`, `TOP_STAGE_RATE`,
 *   `SUCCESSES_ABOVE_TRIALS`, `NO_TRIALS`, `OUT_OF_RANGE` (a count above 10^9; an activity above
 *   10^6 with one observed overall rate, or above 10^5 with several observed stages, less for a
 *   funnel whose chain would be slow: the message says the limit), `INVALID_INPUT`.
 * @example
 * import { defineFunnel, hitProbability } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const hit = hitProbability(funnel, { activity: 1000, rates: { appointment: '15%', sale: '1/3' }, goal: 50 });
 * hit.probability.toFixed(3); // => '0.520'
 * hit.expected.toString(); // => '50'
 * hitProbability(funnel, { activity: 1180, rates: { appointment: '15%', sale: '1/3' }, goal: 50 }).probability.toFixed(3); // => '0.900'
 * const seen = hitProbability(funnel, { activity: 1000, rates: { appointment: { successes: 30, trials: 200 }, sale: { successes: 10, trials: 30 } }, goal: 50 });
 * [seen.probability.toFixed(4), seen.method, seen.errorBound < 1e-11]; // => ['0.5395', 'beta-binomial-chain', true]
 * @category Uncertainty
 */
export function hitProbability<Id extends string>(funnel: Funnel<Id>, options: HitProbabilityOptions<NoInfer<Id>>): HitProbability {
  const f = asFunnel(funnel);
  const { activity, goal, rates } = input.read(options);
  const model = readModel(f, rates);
  checkActivity(model, activity);
  const probability = Math.min(1, Math.max(0, model.atLeast(goal, activity)));
  return {
    kind: 'hit-probability',
    probability,
    activity,
    goal,
    overallRate: model.overall,
    expected: model.overall.mul(Ratio.of(activity)),
    method: model.method,
    errorBound: model.errorAt(activity),
  };
}

/**
 * True when `value` is a {@link hitProbability} result: a plain object whose `kind` is `'hit-probability'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link HitProbability}).
 * @example
 * import { defineFunnel, hitProbability, isHitProbability } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const result = hitProbability(funnel, { activity: 100, rates: { sale: '10%' }, goal: 10 });
 * isHitProbability(result); // => true
 * isHitProbability(JSON.parse(JSON.stringify(result))); // => true
 * isHitProbability({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isHitProbability(value: unknown): value is HitProbability {
  return hasKind(value, 'hit-probability');
}
