import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import type { RatesInput } from '../rates/readRates.js';
import { probabilityPiece, ratesPiece, statCountPiece } from './common.js';
import { outcomeBand, readModel, type OutcomeMethod } from './model.js';
import { hasKind } from '../kind.js';

/** Options of {@link activityForConfidence}. */
export interface ActivityForConfidenceOptions<Id extends string> {
  /** Whole number of outcomes wanted at the last stage. */
  readonly goal: NumberInput;
  /** As for {@link hitProbability}. */
  readonly rates: RatesInput<Id>;
  /** How sure the plan must be, strictly between 0 and 1 (0.9 or '90%'). */
  readonly confidence: NumberInput;
}

/** What {@link activityForConfidence} returns. */
export interface ActivityForConfidence {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'activity-for-confidence';
  /** The smallest top-of-funnel activity reaching the goal with at least `confidence`. */
  readonly activity: number;
  readonly goal: number;
  readonly confidence: number;
  /** P(at least goal) at `activity` (≥ confidence). */
  readonly probability: number;
  /** P(at least goal) at `activity − 1` (< confidence): the proof of minimality. */
  readonly probabilityWithOneFewer: number;
  /** The plan on averages: ⌈goal / overall rate⌉, usually a coin flip. */
  readonly averagePlan: number;
  /** P10 / P50 / P90 of outcomes at `activity`. */
  readonly range: { readonly p10: number; readonly p50: number; readonly p90: number };
  readonly method: OutcomeMethod;
  readonly errorBound: number;
  /** How `range` is taken: by the inverted distribution function, as {@link outcomeRange}. */
  readonly quantileRule: 'nearest-rank';
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    goal: /* @__PURE__ */ statCountPiece('goal'),
    confidence: /* @__PURE__ */ probabilityPiece('confidence'),
    rates: /* @__PURE__ */ ratesPiece(),
  }),
);

/**
 * The smallest top-of-funnel activity that reaches the goal with the given probability: the
 * answer to "how many calls must we make to be 90% sure of 50 sales?" (about 1180 at 5% overall,
 * not the 1000 an average-based plan gives, which is a coin flip).
 *
 * Method: P(at least goal | n) grows with n, so an exponential search for an upper bound and a
 * binary search below it find the minimal n in O(log n) evaluations of the exact binomial tail
 * (regularized incomplete beta, log-space prefactor); goal 1000 at 1% takes milliseconds. With
 * observed counts the rate uncertainty is integrated (see {@link hitProbability}).
 *
 * Edge cases: goal 0 → activity 0; a rate of 0 → `ZERO_RATE`; an activity above 10^9 (10^6 with observed rates) → `ACTIVITY_TOO_LARGE`.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param options.goal - outcomes wanted at the last stage.
 * @param options.rates - as for {@link hitProbability}.
 * @param options.confidence - probability of reaching the goal, strictly between 0 and 1.
 * @throws FunnelMathError `ZERO_RATE`, `ACTIVITY_TOO_LARGE`, `OUT_OF_RANGE`, `MISSING_VALUE`, and those of {@link hitProbability}.
 * @example
 * import { activityForConfidence, defineFunnel } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const plan = activityForConfidence(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' }, confidence: 0.9 });
 * plan.activity; // => 1180
 * plan.averagePlan; // => 1000
 * plan.range; // => { p10: 50, p50: 59, p90: 69 }
 * @category Uncertainty
 */
export function activityForConfidence<Id extends string>(funnel: Funnel<Id>, options: ActivityForConfidenceOptions<NoInfer<Id>>): ActivityForConfidence {
  const f = asFunnel(funnel);
  const { goal, confidence, rates } = input.read(options);
  const model = readModel(f, rates);
  if (goal > 0 && model.overall.isZero()) fail('ZERO_RATE', { phrases: enStats, subject: 'overallRate' }, ['rates']);
  const averagePlan = goal === 0 ? 0 : Number(model.overall.isZero() ? 0n : BigInt(goal) * model.overall.den / model.overall.num + (BigInt(goal) * model.overall.den % model.overall.num === 0n ? 0n : 1n));
  const reaches = (n: number) => model.atLeast(goal, n) >= confidence;
  if (averagePlan > model.maxActivity) {
    // even the average plan is out of range: say so before any tail is computed at that size
    fail('ACTIVITY_TOO_LARGE', { goal, max: model.maxActivity.toLocaleString('en-US'), average: averagePlan.toExponential(2) }, ['goal']);
  }
  let lo = goal; // below goal attempts the probability is 0
  let hi = Math.max(goal, averagePlan, 1);
  while (!reaches(hi)) {
    lo = hi + 1;
    if (hi >= model.maxActivity) {
      fail('ACTIVITY_TOO_LARGE', { goal, confidence, max: model.maxActivity.toLocaleString('en-US') }, ['goal']);
    }
    hi = Math.min(model.maxActivity, hi * 2);
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (reaches(mid)) hi = mid;
    else lo = mid + 1;
  }
  return {
    kind: 'activity-for-confidence',
    activity: lo,
    goal,
    confidence,
    probability: model.atLeast(goal, lo),
    probabilityWithOneFewer: lo === 0 ? 0 : model.atLeast(goal, lo - 1),
    averagePlan,
    range: outcomeBand(model, lo),
    method: model.method,
    errorBound: model.errorBound,
    quantileRule: 'nearest-rank',
  };
}

/**
 * True when `value` is an {@link activityForConfidence} result: a plain object whose `kind` is `'activity-for-confidence'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link ActivityForConfidence}).
 * @example
 * import { activityForConfidence, defineFunnel, isActivityForConfidence } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const result = activityForConfidence(funnel, { goal: 10, rates: { sale: '10%' }, confidence: 0.9 });
 * isActivityForConfidence(result); // => true
 * isActivityForConfidence(JSON.parse(JSON.stringify(result))); // => true
 * isActivityForConfidence({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isActivityForConfidence(value: unknown): value is ActivityForConfidence {
  return hasKind(value, 'activity-for-confidence');
}
