import { enGoals } from '../messages/enGoals.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { isoOf, type DateInput } from '../calendar/dates.js';
import { countWorkingDays, readCalendar, type Weekday } from '../calendar/workingDays.js';
import { fail, type ErrorPath } from '../errors.js';
import { choicePiece } from '../input/choice.js';
import { dayPiece } from '../calendar/dayPiece.js';
import { readAmount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import { readShare } from '../input/rate.js';
import { paceBySchema } from './choices.js';
import { ratioToMoney } from '../numbers/money.js';
import type { NumberInput } from '../numbers/parse.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import { roundHalfEven } from '../numbers/roundHalfEven.js';
import { strictGoal } from './defineGoal.js';
import type { Goal, GoalInput } from './goalTypes.js';
import { periodsOf, readTarget, readWeights, readWindow } from './window.js';
import { hasKind } from '../kind.js';
import { alwaysValidRate, OBSERVATION, readLooks, type Looks } from '../stats/sequential.js';
import { probabilityPiece } from '../stats/common.js';
import { toRatio } from '../numbers/parse.js';

/** Where a goal stands. */
export type PaceStatus = 'on-track' | 'at-risk' | 'off-track';

/** Options of {@link pace}. */
export interface PaceOptions {
  /** The value so far: the running total for a metric that adds up, the current level otherwise. */
  readonly actual: NumberInput;
  /** The day the actual is as of (its end: that day counts as elapsed). */
  readonly asOf: DateInput;
  readonly weekend?: readonly Weekday[];
  readonly holidays?: readonly DateInput[];
  /** Expect progress by these weights per `by` period (seasonality) instead of evenly per working day. */
  readonly weights?: readonly NumberInput[];
  /** The periods `weights` are for; default `'month'`. */
  readonly by?: 'quarter' | 'month' | 'week';
  /** Status thresholds, shares of the progress expected by now; default `{ onTrack: 0.95, atRisk: 0.8 }`. */
  readonly thresholds?: { readonly onTrack?: NumberInput; readonly atRisk?: NumberInput };
  /**
   * How the status of a rate goal is judged: `'point'` (the default) from `actual` as it is;
   * `'always-valid'` from the always-valid confidence sequence of the rate ({@link sequentialRateTest}),
   * so a goal checked every week is not called behind by chance. Needs `observed`.
   */
  readonly monitoring?: PaceMonitoringMethod;
  /** The counts behind a rate goal's actual (won of decided), or the cumulative counts at each check-in, oldest first. */
  readonly observed?: Looks;
  /** Confidence level of the always-valid test, strictly between 0 and 1; default 0.95. */
  readonly confidence?: NumberInput;
}

/** How {@link pace} judges a rate goal's status: from the point value, or from an always-valid test. */
export type PaceMonitoringMethod = 'point' | 'always-valid';

/** The always-valid reading of a rate goal in a {@link Pace} (present only with `monitoring: 'always-valid'`). */
export interface PaceMonitoring {
  readonly monitoring: 'always-valid';
  /** The test behind it: the beta-binomial mixture with a uniform Beta(1, 1) mixture (see {@link sequentialRateTest}). */
  readonly method: 'beta-binomial-mixture';
  readonly level: number;
  /** Always-valid p-value of "the true rate is at the expected level"; `null` when the expected level is 0 or 1. */
  readonly pValue: number | null;
  /** The confidence sequence of the rate over the check-ins; `null` when the check-ins rule out every rate. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  /** The rate the status was judged at: the most favourable rate the confidence sequence allows (never less favourable than `actual`). */
  readonly judged: Ratio;
}

/** A pace figure: money as a Decimal to the cent, anything else as an exact Ratio. */
export type PaceAmount = Decimal | Ratio;

/** What {@link pace} returns. JSON-serialisable. */
export interface Pace {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'pace';
  readonly asOf: string;
  readonly status: PaceStatus;
  /** Share of the goal's progress expected by `asOf` (working days elapsed / all, or by weights). */
  readonly elapsed: Ratio;
  readonly workingDaysElapsed: number;
  readonly workingDaysLeft: number;
  readonly target: PaceAmount;
  readonly actual: PaceAmount;
  /** Where the metric should be by now: origin + (target − origin) × elapsed (origin: 0 for a metric that adds up, the baseline for a level). */
  readonly expected: PaceAmount;
  /** actual − expected (positive is ahead for an at-least goal, behind for an at-most one). */
  readonly gap: PaceAmount;
  /** Where the run rate so far ends at the deadline: origin + (actual − origin) / elapsed; `null` before any progress is expected. */
  readonly projection: PaceAmount | null;
  /** (target − actual) / working days left: what each remaining working day must add; `null` when none are left. */
  readonly requiredPerWorkingDay: PaceAmount | null;
  /** Why `projection` or `requiredPerWorkingDay` is `null`. */
  readonly reason: 'not-started' | 'no-days-left' | null;
  /** With `monitoring: 'always-valid'`: how the status was judged. Absent otherwise. */
  readonly monitoring?: PaceMonitoring;
}

const monitoringSchema: z.ZodMiniEnum<{ [K in PaceMonitoringMethod]: K }> = /* @__PURE__ */ z.enum(['point', 'always-valid']);

/** A value read later, by the reader that knows what it is (a calendar, weights). */
const later = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown());

function thresholdPiece(subject: 'paceOnTrack' | 'paceAtRisk'): z.ZodMiniOptional<Piece<Ratio>> {
  return z.optional(piece({ phrases: enGoals, subject, expected: 'share' }, (value, path) => readShare(value, path, { phrases: enGoals, subject })));
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    actual: /* @__PURE__ */ piece({ phrases: enGoals, subject: 'goalActual', expected: 'goalMetricValue' }, (value, path) =>
      readAmount(value, path, { phrases: enGoals, subject: 'goalActual', expected: 'goalMetricValue' }),
    ),
    asOf: /* @__PURE__ */ dayPiece('paceAsOf', enGoals),
    weekend: later,
    holidays: later,
    weights: later,
    by: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(paceBySchema, 'paceBy', 'paceBy', { phrases: enGoals })),
    thresholds: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({ onTrack: /* @__PURE__ */ thresholdPiece('paceOnTrack'), atRisk: /* @__PURE__ */ thresholdPiece('paceAtRisk') }),
    ),
    monitoring: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(monitoringSchema, 'paceMonitoring', 'paceMonitoring', { phrases: enGoals })),
    observed: later,
    confidence: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('confidence')),
  }),
);

/**
 * How a goal is doing as of a date: the progress expected by now, the gap, where the run rate
 * ends at the deadline, what each remaining working day must add, and a status.
 *
 * Expected progress is linear over working days from start to deadline (asOf counts as elapsed),
 * or, with `weights`, by period weights (each period's progress spread over its working days). For
 * a metric that adds up, progress runs from 0 to the target (actual is the running total); for a
 * level (win rate, churn), from the baseline to the target (actual is the current level).
 *
 * Status (defaults, configurable): let shortfall be how far actual is behind expected, in the
 * goal's direction, as a share of the progress expected by now. `'on-track'` when the goal is
 * already met, or the shortfall is at most 5% (`onTrack` 0.95: a week's noise at a weekly
 * check-in); `'at-risk'` up to 20% (`atRisk` 0.8: still recoverable with a plan);
 * `'off-track'` beyond. Exact: no float decides a status.
 *
 * Checked every week, a rate drifts behind its expected level by chance alone; with
 * `monitoring: 'always-valid'` and the counts behind the rate (`observed`: won of decided, or the
 * cumulative counts at each check-in), the status of a rate goal is judged at the most favourable
 * rate the always-valid confidence sequence still allows ({@link sequentialRateTest}: beta-binomial
 * mixture, uniform Beta(1, 1), at `confidence`, default 0.95), so the chance that a goal truly on
 * pace is ever called behind stays below 5% however often it is checked. The result then says so in
 * `monitoring` (method, p-value of "the rate is at the expected level", interval, the rate judged).
 * That bound is a float read exactly as a Ratio. The default (`'point'`) judges `actual` as it is.
 *
 * @param goal - a {@link defineGoal} result or goal object with start, deadline and target.
 * @param options - `actual`, `asOf`, calendar, `weights`/`by`, `thresholds`, `monitoring`/`observed`/`confidence`.
 * @returns the pace; money figures as Decimals to the cent, others as exact Ratios.
 * @throws FunnelMathError `INVALID_DATE` (`asOf`), `MISSING_VALUE` (`actual`, `asOf`, the goal's
 *   dates, or the baseline of a relative target or a level), `GOAL_TOO_LONG`, `NO_WORKING_DAYS`,
 *   `WEIGHTS_COUNT`, `ZERO_WEIGHTS`, `INVALID_INPUT`, `INVALID_CHOICE` (`by`), `UNKNOWN_OPTION`,
 *   `OUT_OF_RANGE` (thresholds, `confidence`), `NEGATIVE`, and those of {@link defineGoal}; with
 *   `monitoring: 'always-valid'`, `INVALID_INPUT` (a goal not on a rate, counts that are not
 *   cumulative), `MISSING_VALUE` (`observed`) and the codes of observed counts.
 * @example
 * import { pace } from 'funnel-math';
 * const goal = { title: 'Calls', metric: 'calls', target: 1000, start: '2026-11-02', deadline: '2026-11-27' };
 * const p = pace(goal, { actual: 380, asOf: '2026-11-11' });
 * p.expected; // => '400'
 * p.status; // => 'on-track'
 * p.requiredPerWorkingDay; // => '155/3'
 * pace(goal, { actual: 340, asOf: '2026-11-11' }).status; // => 'at-risk'
 * pace(goal, { actual: 300, asOf: '2026-11-11' }).status; // => 'off-track'
 * pace(goal, { actual: 300, asOf: '2026-11-11' }).projection; // => '750'
 * const winRate = { title: 'Win rate', metric: 'win rate', target: '30%', baseline: { value: '20%', period: '2025' }, start: '2026-11-02', deadline: '2026-11-27' };
 * pace(winRate, { actual: '8/40', asOf: '2026-11-13' }).status; // => 'off-track'
 * pace(winRate, { actual: '8/40', asOf: '2026-11-13', monitoring: 'always-valid', observed: { successes: 8, trials: 40 } }).status; // => 'on-track'
 * pace(winRate, { actual: '40/400', asOf: '2026-11-13', monitoring: 'always-valid', observed: { successes: 40, trials: 400 } }).status; // => 'off-track'
 * @category Goals
 */
export function pace(goal: GoalInput | Goal, options: PaceOptions): Pace {
  const g = strictGoal(goal, ['goal']);
  const opts = input.read(options, ['options']);
  const cal = readCalendar({ weekend: opts.weekend, holidays: opts.holidays }, ['options']);
  const { first, last } = readWindow(g);
  const { asOf, actual } = opts;
  const target = readTarget(g);
  const onTrack = opts.thresholds?.onTrack ?? Ratio.of(95, 100);
  const atRisk = opts.thresholds?.atRisk ?? Ratio.of(8, 10);
  if (atRisk.compare(onTrack) > 0) {
    fail('OUT_OF_RANGE', { phrases: enGoals, subject: 'paceAtRisk', expected: 'atMostOnTrack', onTrack: onTrack.toPercent(), received: atRisk.toPercent() }, [
      'options',
      'thresholds',
      'atRisk',
    ]);
  }

  let origin = ZERO;
  if (g.aggregate === 'level') {
    if (g.baseline === null) fail('MISSING_VALUE', { phrases: enGoals, subject: 'goalBaseline', expected: 'baselineForLevel' }, ['goal', 'baseline']);
    origin = g.baseline.value;
  }

  const total = countWorkingDays(cal, first, last);
  if (total === 0) fail('NO_WORKING_DAYS', { start: g.start!, end: g.deadline! }, ['goal']);
  const elapsedDays = asOf < first ? 0 : countWorkingDays(cal, first, Math.min(asOf, last));
  const leftDays = total - elapsedDays;

  let elapsed: Ratio;
  if (opts.weights === undefined) {
    elapsed = Ratio.of(elapsedDays, total);
  } else {
    const periods = periodsOf(first, last, opts.by ?? 'month', cal);
    const path: ErrorPath = ['options', 'weights'];
    const w = readWeights(opts.weights, periods, path);
    const sum = w.reduce((a, b) => a.add(b), ZERO);
    if (sum.isZero()) fail('ZERO_WEIGHTS', {}, path);
    let done = ZERO;
    periods.forEach((p, i) => {
      if (asOf >= p.last) done = done.add(w[i]!);
      else if (asOf >= p.first && p.workingDays > 0) done = done.add(w[i]!.mul(Ratio.of(countWorkingDays(cal, p.first, asOf), p.workingDays)));
    });
    elapsed = done.div(sum);
  }

  const up = g.target.direction !== 'at-most';
  const expected = origin.add(target.sub(origin).mul(elapsed));
  const gap = actual.sub(expected);
  const ahead = up ? gap : ZERO.sub(gap);
  const span = expected.sub(origin);
  const absSpan = span.sign() < 0 ? ZERO.sub(span) : span;
  const met = g.aggregate === 'level' ? (up ? actual.compare(target) >= 0 : actual.compare(target) <= 0) : up && actual.compare(target) >= 0;
  let monitoring: PaceMonitoring | undefined;
  let judgedAhead = ahead;
  if (opts.monitoring === 'always-valid') {
    if (g.measure !== 'rate') fail('INVALID_INPUT', { phrases: enGoals, subject: 'paceMonitoring', expected: 'rateGoal', received: 'always-valid' }, ['options', 'monitoring']);
    if (opts.observed === undefined) fail('MISSING_VALUE', { phrases: enGoals, subject: 'paceObserved', expected: 'paceObserved' }, ['options', 'observed']);
    const looks = readLooks(opts.observed, ['options', 'observed'], OBSERVATION);
    const level = opts.confidence ?? 0.95;
    const p0 = expected.toNumber();
    const inside = p0 > 0 && p0 < 1;
    const test = alwaysValidRate(looks, inside ? p0 : 0.5, level, 1, 1, inside ? ONE.sub(expected).toNumber() : 0.5);
    // the most favourable rate the confidence sequence allows, never less favourable than actual
    let judged = actual;
    if (test.interval !== null) {
      const bound = toRatio(up ? test.interval.upper : test.interval.lower);
      if (up ? bound.compare(actual) > 0 : bound.compare(actual) < 0) judged = bound;
    }
    const gapJudged = judged.sub(expected);
    judgedAhead = up ? gapJudged : ZERO.sub(gapJudged);
    monitoring = { monitoring: 'always-valid', method: 'beta-binomial-mixture', level, pValue: inside ? test.pValue : null, interval: test.interval, judged };
  }
  const within = (t: Ratio) => judgedAhead.compare(ZERO.sub(ONE.sub(t).mul(absSpan))) >= 0;
  const status: PaceStatus = met || within(onTrack) ? 'on-track' : within(atRisk) ? 'at-risk' : 'off-track';

  const projection = elapsed.isZero() ? null : origin.add(actual.sub(origin).div(elapsed));
  const required = leftDays === 0 ? null : target.sub(actual).div(Ratio.of(leftDays));
  const money = g.measure === 'money';
  const show = (r: Ratio): PaceAmount => (money ? ratioToMoney(Ratio.of(roundHalfEven(r.mul(Ratio.of(100))), 100n)) : r);
  return {
    kind: 'pace',
    asOf: isoOf(asOf),
    status,
    elapsed,
    workingDaysElapsed: elapsedDays,
    workingDaysLeft: leftDays,
    target: show(target),
    actual: show(actual),
    expected: show(expected),
    gap: show(gap),
    projection: projection === null ? null : show(projection),
    requiredPerWorkingDay: required === null ? null : show(required),
    reason: elapsed.isZero() ? 'not-started' : leftDays === 0 ? 'no-days-left' : null,
    ...(monitoring === undefined ? {} : { monitoring }),
  };
}

/**
 * True when `value` is a {@link pace} result: a plain object whose `kind` is `'pace'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Pace}).
 * @example
 * import { isPace, pace } from 'funnel-math';
 * const goal = { title: 'Calls', metric: 'calls', target: 1000, start: '2026-11-02', deadline: '2026-11-27' };
 * const result = pace(goal, { actual: 380, asOf: '2026-11-11' });
 * isPace(result); // => true
 * isPace(JSON.parse(JSON.stringify(result))); // => true
 * isPace({ kind: 'plan' }); // => false
 * @category Goals
 */
export function isPace(value: unknown): value is Pace {
  return hasKind(value, 'pace');
}
