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
  /**
   * The smallest top-of-funnel activity whose probability of reaching the goal is proven to be at
   * least `confidence`: `probability − errorBound ≥ confidence`.
   */
  readonly activity: number;
  readonly goal: number;
  readonly confidence: number;
  /** P(at least goal) at `activity` (≥ confidence, with its bound). */
  readonly probability: number;
  /** P(at least goal) at `activity − 1`: below confidence (by more than its bound when `minimal`). */
  readonly probabilityWithOneFewer: number;
  /**
   * Whether `activity` is proven to be the exact minimum: `probabilityWithOneFewer + errorBound <
   * confidence`, so one fewer attempt falls short even at the top of its bound (and fewer still,
   * since the probability grows with activity). Always true for the exact sums (`errorBound` 0);
   * false only when the probability at `activity − 1` lies within the bound of `confidence`.
   */
  readonly minimal: boolean;
  /**
   * The exact minimum is at least this: the smallest activity whose probability could reach
   * `confidence` within the bound (`probability + errorBound ≥ confidence`). Equal to `activity`
   * when `minimal`; otherwise the exact minimum lies between this and `activity`.
   */
  readonly minimumFrom: number;
  /** The plan on averages: ⌈goal / overall rate⌉, usually a coin flip. */
  readonly averagePlan: number;
  /** P10 / P50 / P90 of outcomes at `activity`. */
  readonly range: { readonly p10: number; readonly p50: number; readonly p90: number };
  readonly method: OutcomeMethod;
  /** A proven bound on the error of every probability in this result (0 for the exact sums; see {@link hitProbability}). */
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
 * Method: P(at least goal | n) grows with n, so a doubling search for an upper bound and a false
 * position search below it (Illinois rule, with a bisection every third step unless the interval
 * has halved: at most 3·log₂ n steps, usually a handful) find the minimal n in few evaluations of
 * the exact binomial tail (regularized incomplete beta, log-space prefactor); goal 1000 at 1% takes
 * milliseconds. With observed counts the rate uncertainty is integrated (see {@link hitProbability}).
 *
 * Minimality is proven, not assumed: the search looks for the smallest n with P(n) − bound ≥
 * confidence (P(n) at least the confidence for certain), then checks that P(n − 1) + bound <
 * confidence (one fewer certainly falls short; `minimal: true`). With the exact sums the bound is 0
 * and the answer is always minimal; with the beta-binomial chain (about 10⁻¹² to 10⁻¹⁰) a
 * probability at n − 1 within the bound of the confidence is reported as `minimal: false`, with
 * `minimumFrom` the lowest activity the exact minimum could be.
 *
 * Edge cases: goal 0 → activity 0; a rate of 0 → `ZERO_RATE`; an activity above 10^9 (10^6 with
 * one observed overall rate, 10^5 or the funnel's lower limit with several observed stages) →
 * `ACTIVITY_TOO_LARGE`.
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
 * const seen = { appointment: { successes: 30, trials: 200 }, sale: { successes: 10, trials: 30 } };
 * const sure = activityForConfidence(funnel, { goal: 50, rates: seen, confidence: 0.9 });
 * [sure.activity, sure.minimal, sure.method]; // => [1511, true, 'beta-binomial-chain']
 * @category Uncertainty
 */
export function activityForConfidence<Id extends string>(funnel: Funnel<Id>, options: ActivityForConfidenceOptions<NoInfer<Id>>): ActivityForConfidence {
  const f = asFunnel(funnel);
  const { goal, confidence, rates } = input.read(options);
  const model = readModel(f, rates);
  if (goal > 0 && model.overall.isZero()) fail('ZERO_RATE', { phrases: enStats, subject: 'overallRate' }, ['rates']);
  const averagePlan = goal === 0 ? 0 : Number(model.overall.isZero() ? 0n : BigInt(goal) * model.overall.den / model.overall.num + (BigInt(goal) * model.overall.den % model.overall.num === 0n ? 0n : 1n));
  const margin = (n: number) => model.atLeast(goal, n) - model.errorAt(n) - confidence;
  const upper = (n: number) => model.atLeast(goal, n) + model.errorAt(n);
  if (averagePlan > model.maxActivity) {
    // even the average plan is out of range: say so before any tail is computed at that size
    fail('ACTIVITY_TOO_LARGE', { goal, max: model.maxActivity.toLocaleString('en-US'), average: averagePlan.toExponential(2) }, ['goal']);
  }
  // below goal attempts the probability is 0: goal − 1 fails by the whole confidence
  let below = goal - 1;
  let belowMargin = -confidence;
  let hi = Math.max(goal, averagePlan, 1);
  let hiMargin = margin(hi);
  while (hiMargin < 0) {
    if (hi >= model.maxActivity) {
      fail('ACTIVITY_TOO_LARGE', { goal, confidence, max: model.maxActivity.toLocaleString('en-US') }, ['goal']);
    }
    below = hi;
    belowMargin = hiMargin;
    hi = Math.min(model.maxActivity, hi * 2);
    hiMargin = margin(hi);
  }
  const found = goal === 0 ? 0 : firstPassing(below, belowMargin, hi, hiMargin, margin);
  const probabilityWithOneFewer = found === 0 ? 0 : model.atLeast(goal, found - 1);
  const minimal = found === 0 || probabilityWithOneFewer + model.errorAt(found - 1) < confidence;
  const minimumFrom = minimal ? found : smallest(goal, found, (n) => upper(n) >= confidence);
  return {
    kind: 'activity-for-confidence',
    activity: found,
    goal,
    confidence,
    probability: model.atLeast(goal, found),
    probabilityWithOneFewer,
    minimal,
    minimumFrom,
    averagePlan,
    range: outcomeBand(model, found),
    method: model.method,
    errorBound: model.errorAt(found),
    quantileRule: 'nearest-rank',
  };
}

/**
 * The smallest n in (below, hi] with margin(n) ≥ 0, given margin(below) < 0 ≤ margin(hi): false
 * position on the margin, which is nearly linear near the answer, with the Illinois rule (an end
 * kept twice has its margin halved) so that each side keeps moving, and a bisection every third
 * step when the interval has not halved: a few evaluations instead of a bisection's log₂(hi − below).
 */
function firstPassing(below: number, belowMargin: number, hi: number, hiMargin: number, margin: (n: number) => number): number {
  let a = below;
  let fa = belowMargin;
  let b = hi;
  let fb = hiMargin;
  let side = 0;
  let width = b - a;
  let steps = 0;
  while (b - a > 1) {
    // every third step bisects unless the interval has halved since: at most 3·log₂ steps in all
    const bisect = ++steps % 3 === 0 && b - a > width / 2;
    if (steps % 3 === 0) width = b - a;
    const guess = bisect ? NaN : a + Math.round(((b - a) * -fa) / (fb - fa));
    const m = Math.min(b - 1, Math.max(a + 1, Number.isFinite(guess) ? guess : Math.floor((a + b) / 2)));
    const fm = margin(m);
    if (fm >= 0) {
      b = m;
      fb = fm;
      if (side === 1) fa /= 2;
      side = 1;
    } else {
      a = m;
      fa = fm;
      if (side === -1) fb /= 2;
      side = -1;
    }
  }
  return b;
}

/** The smallest n in lo..hi with `test(n)`, for a test that holds at hi (binary search). */
function smallest(lo: number, hi: number, test: (n: number) => boolean): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
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
