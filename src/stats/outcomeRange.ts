import * as z from 'zod/mini';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import type { RatesInput } from '../rates/readRates.js';
import { ratesPiece, statCountPiece } from './common.js';
import { checkActivity, outcomeBand, readModel, type OutcomeMethod } from './model.js';
import { hasKind } from '../kind.js';

/** What {@link outcomeRange} returns: whole outcome counts, and the exact average. */
export interface OutcomeRange {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'outcome-range';
  readonly activity: number;
  /** 1 in 10 periods ends at or below this many outcomes. */
  readonly p10: number;
  /** The median outcome. */
  readonly p50: number;
  /** 9 in 10 periods end at or below this many outcomes. */
  readonly p90: number;
  /** The average outcome, activity × overall rate, exactly. */
  readonly expected: Ratio;
  readonly method: OutcomeMethod;
  /** A proven bound on the error of the probabilities the percentiles rest on (the chain's; 0 for the exact sums), as in {@link hitProbability}. */
  readonly errorBound: number;
  /**
   * How the percentiles are taken: always `'nearest-rank'`, the inverted distribution function
   * (Hyndman & Fan's definition 1 applied to the outcome distribution: the smallest count with at
   * least the share p of outcomes at or below it), so a percentile is always a whole count. The
   * averaged rule would need P(X ≤ x) = p exactly, which float probabilities cannot decide.
   */
  readonly quantileRule: 'nearest-rank';
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ activity: /* @__PURE__ */ statCountPiece('activity'), rates: /* @__PURE__ */ ratesPiece() }),
);

/**
 * The range of outcomes a given activity produces: the 10th, 50th and 90th percentiles of the
 * number reaching the last stage (each the smallest x with P(X ≤ x) ≥ q, scipy's `ppf`
 * convention), under the same model as {@link hitProbability}.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param options.activity - attempts at the top stage (≤ 10^9).
 * @param options.rates - as for {@link hitProbability}.
 * @returns `{ p10, p50, p90, expected, method, errorBound, quantileRule }`; percentiles are whole counts.
 * @throws FunnelMathError as {@link hitProbability}.
 * @example
 * import { defineFunnel, outcomeRange } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const r = outcomeRange(funnel, { activity: 1000, rates: { sale: '5%' } });
 * [r.p10, r.p50, r.p90]; // => [41, 50, 59]
 * const seen = outcomeRange(funnel, { activity: 1000, rates: { sale: { successes: 5, trials: 100 } } });
 * [seen.p10, seen.p50, seen.p90, seen.method]; // => [30, 56, 91, 'beta-binomial']
 * r.quantileRule; // => 'nearest-rank'
 * @category Uncertainty
 */
export function outcomeRange<Id extends string>(funnel: Funnel<Id>, options: { readonly activity: NumberInput; readonly rates: RatesInput<NoInfer<Id>> }): OutcomeRange {
  const f = asFunnel(funnel);
  const { activity, rates } = input.read(options);
  const model = readModel(f, rates);
  checkActivity(model, activity);
  return {
    kind: 'outcome-range',
    activity,
    ...outcomeBand(model, activity),
    expected: model.overall.mul(Ratio.of(activity)),
    method: model.method,
    errorBound: model.errorAt(activity),
    quantileRule: 'nearest-rank',
  };
}

/**
 * True when `value` is an {@link outcomeRange} result: a plain object whose `kind` is `'outcome-range'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link OutcomeRange}).
 * @example
 * import { defineFunnel, isOutcomeRange, outcomeRange } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const result = outcomeRange(funnel, { activity: 1000, rates: { sale: '5%' } });
 * isOutcomeRange(result); // => true
 * isOutcomeRange(JSON.parse(JSON.stringify(result))); // => true
 * isOutcomeRange({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isOutcomeRange(value: unknown): value is OutcomeRange {
  return hasKind(value, 'outcome-range');
}
