import { zFor } from '../special/functions.js';
import { hasKind } from '../kind.js';
import type { NumberInput } from '../numbers/parse.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import { curveOptionsInput, DEFAULT_CONFIDENCE, HALF, readObservations, type Observation, type QuantileAtFlat, type SurvivalIntervalScale } from './read.js';
import { groupByTime, type TimeGroup } from './steps.js';

/** Options of {@link kaplanMeier}. */
export interface KaplanMeierOptions {
  /** Confidence of the intervals, a level strictly between 0 and 1 (`0.95`, `'90%'`); default 95%. */
  readonly confidence?: NumberInput;
  /** The scale the interval is built on (R survfit's `conf.type`): default `'log'`, R's default. */
  readonly interval?: SurvivalIntervalScale;
  /** Quantiles to report besides the median, each a share p in (0, 1): the time by which a share p has had the event. */
  readonly quantiles?: readonly NumberInput[];
  /** Where a quantile lies when the curve sits exactly at its level over an interval; default `'first'`. */
  readonly quantileRule?: QuantileAtFlat;
}

/** Why a step has no variance or no interval: survival reached 0 (every deal at risk had the event), or is still 1 (the log-log scale is undefined there). */
export type SurvivalStepReason = 'survival-zero' | 'survival-one';

/** A confidence interval of survival at one time: floats, on the curve's `interval` scale. */
export interface SurvivalInterval {
  readonly lower: number;
  readonly upper: number;
}

/** One step of a {@link SurvivalCurve}: a distinct observed time. */
export interface SurvivalStep {
  /** Days. */
  readonly time: number;
  /** Observations still without the event just before `time` (those censored at `time` included). */
  readonly atRisk: number;
  readonly events: number;
  readonly censored: number;
  /** S(time) = Π over event times u ≤ time of (1 − events/atRisk), exact. */
  readonly survival: Ratio;
  /** Greenwood's variance S² Σ d/(n(n − d)), exact; `null` once survival is 0 (the sum is infinite). */
  readonly variance: Ratio | null;
  /** √variance, a float; `null` with `variance`. */
  readonly standardError: number | null;
  /** The confidence interval of S(time), floats; `null` where the scale is undefined (see `reason`). */
  readonly interval: SurvivalInterval | null;
  /** Why `variance` or `interval` is `null`. */
  readonly reason?: SurvivalStepReason;
}

/** A quantile of the time to the event. */
export type SurvivalQuantile =
  | {
      /** The share p that has had the event by `time`. */
      readonly probability: Ratio;
      /** The smallest time with S(time) ≤ 1 − p (see `quantileRule`), days. */
      readonly time: number;
      /** The same quantile read from the interval's lower curve (`lower`) and upper curve (`upper`), as R does; `null`: that curve does not fall so far within the observed window. */
      readonly lower: number | null;
      readonly upper: number | null;
    }
  | {
      readonly probability: Ratio;
      readonly time: null;
      /** The curve never falls to 1 − p within the observed window. */
      readonly reason: 'not-reached';
    };

/** What {@link kaplanMeier} returns. JSON-serialisable. */
export interface SurvivalCurve {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'survival-curve';
  readonly estimator: 'kaplan-meier';
  readonly variance: 'greenwood';
  /** At a tied time, events count before censorings (the censored are at risk for those events). */
  readonly ties: 'events-before-censorings';
  /** What is exact and what is a float: survival and variance are exact rationals; standard errors and intervals are floats (normal approximation on the `interval` scale). */
  readonly method: { readonly survival: 'exact'; readonly variance: 'exact'; readonly interval: 'normal-approximation-float' };
  readonly interval: SurvivalIntervalScale;
  readonly confidence: Ratio;
  readonly observations: number;
  readonly events: number;
  readonly censored: number;
  /** One step per distinct observed time (event or censoring, as R's survfit lists them), ascending; survival changes only where `events` > 0. */
  readonly steps: readonly SurvivalStep[];
  /** The time by which half have had the event, or `null` with `'not-reached'`. */
  readonly median: SurvivalQuantile;
  /** The quantiles asked in `options.quantiles`, in their order. */
  readonly quantiles: readonly SurvivalQuantile[];
  readonly quantileRule: QuantileAtFlat;
}

/** The step values from the groups: survival, Greenwood variance and the interval on `scale`. */
export function survivalSteps(groups: readonly TimeGroup[], z: number, scale: SurvivalIntervalScale): SurvivalStep[] {
  let survival = ONE;
  let greenwood: Ratio | null = ZERO; // Σ d/(n(n − d)); null once n = d (infinite)
  return groups.map((g) => {
    const { time, atRisk, eventCount: d, censored } = g;
    if (d > 0) {
      survival = survival.mul(Ratio.of(atRisk - d, atRisk));
      if (greenwood !== null) greenwood = atRisk === d ? null : greenwood.add(Ratio.of(d, atRisk * (atRisk - d)));
    }
    const base = { time, atRisk, events: d, censored, survival };
    if (greenwood === null || survival.isZero()) return { ...base, variance: null, standardError: null, interval: null, reason: 'survival-zero' as const };
    const variance = survival.mul(survival).mul(greenwood);
    const standardError = Math.sqrt(variance.toNumber());
    const interval = intervalOf(survival.toNumber(), Math.sqrt(greenwood.toNumber()), standardError, z, scale);
    return interval === null ? { ...base, variance, standardError, interval, reason: 'survival-one' as const } : { ...base, variance, standardError, interval };
  });
}

/** The interval of S = s > 0 with h the standard error of −log S (so se(S) = s·h). */
function intervalOf(s: number, h: number, se: number, z: number, scale: SurvivalIntervalScale): SurvivalInterval | null {
  if (scale === 'plain') return { lower: Math.max(s - z * se, 0), upper: Math.min(s + z * se, 1) };
  if (scale === 'log') return { lower: Math.exp(Math.log(s) - z * h), upper: Math.min(Math.exp(Math.log(s) + z * h), 1) };
  if (s === 1) return null; // log(−log 1) is undefined
  // log-log: the interval of log(−log S), whose standard error is h / |log S|
  const centre = Math.log(-Math.log(s));
  const spread = (z * h) / Math.abs(Math.log(s));
  return { lower: Math.exp(-Math.exp(centre + spread)), upper: Math.exp(-Math.exp(centre - spread)) };
}

/** The first step index whose value is ≤ target, or −1. */
function firstAtOrBelow(steps: readonly SurvivalStep[], below: (s: SurvivalStep) => boolean): number {
  for (let i = 0; i < steps.length; i++) if (below(steps[i]!)) return i;
  return -1;
}

/** The quantile p of the time to the event, from the exact curve and its interval curves. */
export function quantileOf(steps: readonly SurvivalStep[], p: Ratio, rule: QuantileAtFlat): SurvivalQuantile {
  const level = ONE.sub(p);
  const i = firstAtOrBelow(steps, (s) => s.survival.compare(level) <= 0);
  if (i < 0) return { probability: p, time: null, reason: 'not-reached' };
  let time = steps[i]!.time;
  if (rule === 'midpoint' && steps[i]!.survival.equals(level)) {
    // flat exactly at the level: halfway to the next time the curve falls; when it never falls
    // again within the observed window, the first time (as R's print and summary of survfit; its
    // quantile() takes the midpoint to the last observed time instead)
    const next = steps.findIndex((s, j) => j > i && s.survival.compare(level) < 0);
    if (next >= 0) time = (time + steps[next]!.time) / 2;
  }
  const x = level.toNumber();
  // the lower curve falls first, so it gives the lower bound; a step without an interval (survival
  // 0, or 1 on the log-log scale) is skipped, as R does
  const lo = firstAtOrBelow(steps, (s) => s.interval !== null && s.interval.lower <= x);
  const hi = firstAtOrBelow(steps, (s) => s.interval !== null && s.interval.upper <= x);
  return { probability: p, time, lower: lo < 0 ? null : steps[lo]!.time, upper: hi < 0 ? null : steps[hi]!.time };
}

/** The curve from read observations and options (trusted). */
export function kaplanMeierOf(observations: readonly Observation[], confidence: Ratio, scale: SurvivalIntervalScale, quantiles: readonly Ratio[], rule: QuantileAtFlat): SurvivalCurve {
  const groups = groupByTime(
    observations.map((o) => o.time),
    observations.map((o) => (o.event ? 0 : -1)),
    1,
  );
  const steps = survivalSteps(groups, zFor(confidence.toNumber()), scale);
  const events = observations.filter((o) => o.event).length;
  return {
    kind: 'survival-curve',
    estimator: 'kaplan-meier',
    variance: 'greenwood',
    ties: 'events-before-censorings',
    method: { survival: 'exact', variance: 'exact', interval: 'normal-approximation-float' },
    interval: scale,
    confidence,
    observations: observations.length,
    events,
    censored: observations.length - events,
    steps,
    median: quantileOf(steps, HALF, rule),
    quantiles: quantiles.map((p) => quantileOf(steps, p, rule)),
    quantileRule: rule,
  };
}

/**
 * The Kaplan–Meier estimate of the time to an event from censored observations: how long deals
 * take to close when some are still open. An open deal is censored: it tells that the deal had not
 * closed by its age, never that it will not.
 *
 * Formula: at each event time t with n at risk and d events, S(t) = Π_{u ≤ t} (1 − d/n), exact.
 * Greenwood's variance S(t)² Σ d/(n(n − d)), exact. The interval (floats) is the normal
 * approximation on the chosen scale, as R's `survfit`: `'log'` (default) exp(log S ± z·h), with
 * h² = Σ d/(n(n − d)), the upper bound cut at 1; `'log-log'` on log(−log S); `'plain'` S ± z·se,
 * cut to [0, 1]. Ties: events before censorings at the same time. The median is the smallest time
 * with S(t) ≤ 1/2 (`quantileRule: 'midpoint'` takes R's rule where the curve is exactly 1/2 over
 * an interval: halfway to the next drop), `null` with `'not-reached'` when the curve never falls
 * to 1/2 within the observed window.
 *
 * Edge cases: no observation gives no steps and a median not reached; every observation censored
 * gives survival 1 throughout; once survival is 0 the variance and interval are `null` with
 * `'survival-zero'`; the log-log interval at survival 1 is `null` with `'survival-one'`.
 *
 * @param observations - `{ time, event }`: whole days ≥ 0, `event: false` for censored.
 * @param options - `{ confidence?, interval?, quantiles?, quantileRule? }`.
 * @returns the steps, the median and the quantiles asked.
 * @throws FunnelMathError `INVALID_INPUT` (not a list, an entry not an object, an event not true or
 *   false), `MISSING_VALUE`, `UNKNOWN_OPTION`, `NOT_INTEGER`, `NEGATIVE`, `INVALID_NUMBER`,
 *   `OUT_OF_RANGE` (a confidence or quantile outside (0, 1)), `INVALID_CHOICE`.
 * @example
 * import { kaplanMeier } from 'funnel-math';
 * const closed = kaplanMeier([
 *   { time: 10, event: true }, { time: 20, event: true }, { time: 20, event: false },
 *   { time: 30, event: true }, { time: 40, event: false },
 * ]);
 * closed.steps.map((s) => [s.time, s.survival]); // => [[10, '4/5'], [20, '3/5'], [30, '3/10'], [40, '3/10']]
 * closed.steps[1].variance; // => '6/125'
 * closed.median; // => { probability: '1/2', time: 30, lower: 20, upper: null }
 * kaplanMeier([{ time: 5, event: false }]).median; // => { probability: '1/2', time: null, reason: 'not-reached' }
 * @category Forecasting
 */
export function kaplanMeier(observations: readonly Observation[], options: KaplanMeierOptions = {}): SurvivalCurve {
  const list = readObservations(observations);
  const o = curveOptionsInput.read(options, ['options']);
  return kaplanMeierOf(list, o.confidence ?? DEFAULT_CONFIDENCE, o.interval ?? 'log', o.quantiles ?? [], o.quantileRule ?? 'first');
}

/**
 * True when `value` is a {@link kaplanMeier} result: a plain object whose `kind` is `'survival-curve'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link SurvivalCurve}).
 * @example
 * import { isSurvivalCurve, kaplanMeier } from 'funnel-math';
 * const result = kaplanMeier([{ time: 3, event: true }]);
 * isSurvivalCurve(result); // => true
 * isSurvivalCurve(JSON.parse(JSON.stringify(result))); // => true
 * isSurvivalCurve({ kind: 'plan' }); // => false
 * @category Forecasting
 */
export function isSurvivalCurve(value: unknown): value is SurvivalCurve {
  return hasKind(value, 'survival-curve');
}
