import * as z from 'zod/mini';
import { MS_PER_DAY } from '../calendar/dates.js';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import { hasKind } from '../kind.js';
import { enEvents } from '../messages/enEvents.js';
import type { ErrorExpectation, ErrorSubject } from '../messages/types.js';
import type { NumberInput } from '../numbers/parse.js';
import { toCount } from '../numbers/parse.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { cumulativeIncidenceOf } from '../survival/cumulativeIncidence.js';
import { kaplanMeierOf } from '../survival/kaplanMeier.js';
import { DEFAULT_CONFIDENCE, type OutcomeObservation } from '../survival/read.js';
import type { ActivityReport, ProspectDetail } from './types.js';

const EV = { phrases: enEvents } as const;

/** How prospects that dropped out before converting are treated: see {@link conversionWithin}. @category Activity logs */
export type DroppedTreatment = 'competing' | 'censored';

/** Options of {@link conversionWithin}. @category Activity logs */
export interface ConversionWithinOptions<Id extends string = string> {
  /** The stage the clock starts at; default: the report's first stage. */
  readonly from?: Id;
  /** The stage that counts as converted; default: the report's last stage. Must come after `from`. */
  readonly to?: Id;
  /** Default and only value `'day'`: whole days, a conversion after 30 days and 1 hour is on day 31. */
  readonly unit?: 'day';
  /** The days to report (e.g. `[7, 30, 90]`), whole numbers ≥ 0; default: every day on which a prospect converted. */
  readonly at?: readonly NumberInput[];
  /** Default `'competing'` (dropping out ends the chance to convert); `'censored'` takes the disputed Kaplan–Meier convention. */
  readonly dropped?: DroppedTreatment;
}

/** The naive share for contrast: converted within the day over everyone who reached `from`, open and dropped prospects counted as not converted. @category Activity logs */
export interface NaiveConversionShare {
  readonly share: Ratio | null;
  readonly converted: number;
  readonly of: number;
  readonly denominator: 'all-who-reached-from';
  /** Why `share` is `null`: nobody reached `from`. */
  readonly reason?: 'no-prospects';
}

/** A float interval of the converted share (Kaplan–Meier's Greenwood interval on the log scale of survival, turned into 1 − S). @category Activity logs */
export interface ConversionInterval {
  readonly lower: number;
  readonly upper: number;
}

/** Why a {@link ConversionPoint} has no share: nobody reached `from`, or the day lies after the last day some prospect was still followed (the share there is unknown: at least `atLeast`). @category Activity logs */
export type ConversionShareReason = 'no-prospects' | 'beyond-follow-up';

/** Why a {@link ConversionPoint} has no interval. @category Activity logs */
export type ConversionIntervalReason = 'no-interval-for-competing-risks' | 'survival-zero' | 'no-prospects' | 'beyond-follow-up';

/** The curve at one asked day. @category Activity logs */
export interface ConversionPoint {
  /** Whole days since reaching `from`. */
  readonly day: number;
  /** The share that converted within `day` days (within `day` × 24 hours), exact; `null` with `reason`. */
  readonly share: Ratio | null;
  readonly reason?: ConversionShareReason;
  /** With `'beyond-follow-up'`: the share at the last followed day, a lower bound of the share at `day`. */
  readonly atLeast?: Ratio;
  /** Prospects still followed and not converted (nor dropped, under `'competing'`) at the start of `day`. */
  readonly atRisk: number;
  readonly naive: NaiveConversionShare;
  /** The 95% interval (floats) under `dropped: 'censored'`; `null` with `intervalReason` otherwise. */
  readonly interval: ConversionInterval | null;
  readonly intervalReason?: ConversionIntervalReason;
}

/** One day of the curve on which something happened. @category Activity logs */
export interface ConversionStep {
  readonly day: number;
  /** Prospects followed and still without an outcome at the start of `day`. */
  readonly atRisk: number;
  readonly converted: number;
  readonly dropped: number;
  /** Prospects whose follow-up ends on `day` without converting (open ones; and dropped ones under `'censored'`). */
  readonly censored: number;
  /** The share converted within `day` days, exact. */
  readonly share: Ratio;
}

/** What {@link conversionWithin} returns. JSON-serialisable. @category Activity logs */
export interface ConversionCurve<Id extends string = string> {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'conversion-curve';
  readonly from: Id;
  readonly to: Id;
  readonly unit: 'day';
  /** How time becomes whole days. */
  readonly rounding: 'conversions-and-drops-ceil-followed-floor';
  readonly dropped: DroppedTreatment;
  /** `'aalen-johansen'` (cumulative incidence, drops competing) or `'kaplan-meier'` (1 − S, drops censored). */
  readonly estimator: 'aalen-johansen' | 'kaplan-meier';
  readonly ties: 'events-before-censorings';
  readonly method: { readonly share: 'exact'; readonly interval: 'greenwood-log-normal-approximation-float' | 'none' };
  /** The instant open prospects are followed to. */
  readonly asOf: string | null;
  /** Prospects by what their record says: `reachedFrom` = converted + dropped + open; `toBeforeFrom` (reached `to` before `from`, order "any") are left out of all. */
  readonly prospects: { readonly reachedFrom: number; readonly converted: number; readonly dropped: number; readonly open: number; readonly toBeforeFrom: number };
  readonly steps: readonly ConversionStep[];
  readonly points: readonly ConversionPoint[];
  /** The last day followed (`null` with no prospect) and the share converted by then. */
  readonly window: number | null;
  readonly eventual: Ratio;
}

/** An outcome per prospect, in whole days since reaching `from`. */
interface Timed {
  readonly day: number;
  readonly outcome: 'converted' | 'dropped' | null;
}

function eventsPiece<T>(subject: ErrorSubject, expected: ErrorExpectation, read: (value: unknown, path: ErrorPath, about: FailParams) => T): Piece<T> {
  return piece({ ...EV, subject, expected }, (value, path, context) => read(value, path, { ...EV, subject, expected, ...context }));
}

function readStageName(value: unknown, path: ErrorPath, about: FailParams): string {
  return typeof value === 'string' && value !== '' ? value : fail('INVALID_INPUT', { ...about, received: value }, path);
}

function readDays(value: unknown, path: ErrorPath, about: FailParams): number[] {
  if (!Array.isArray(value)) return fail('INVALID_INPUT', { ...about, received: value }, path);
  return value.map((v: unknown, i) => toCount(v, [...path, i], { ...EV, subject: 'conversionDay', expected: 'count', row: i + 1 }));
}

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    from: /* @__PURE__ */ z.optional(/* @__PURE__ */ eventsPiece('conversionFrom', 'eventStage', readStageName)),
    to: /* @__PURE__ */ z.optional(/* @__PURE__ */ eventsPiece('conversionTo', 'eventStage', readStageName)),
    unit: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(/* @__PURE__ */ z.enum(['day']), 'conversionUnit', 'string', EV)),
    at: /* @__PURE__ */ z.optional(/* @__PURE__ */ eventsPiece('conversionDays', 'array', readDays)),
    dropped: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(/* @__PURE__ */ z.enum(['competing', 'censored']), 'conversionDropped', 'string', EV)),
  }),
  { ...EV, subject: 'conversionOptions', expected: 'object' },
);

/** An instant of the report as milliseconds; a report edited into a bad time is refused. */
function instantOf(iso: unknown, path: ErrorPath, row: number): number {
  const t = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(t) ? t : fail('INVALID_INPUT', { ...EV, subject: 'conversionProspect', expected: 'instant', row, received: iso }, path);
}

/**
 * The last activity of a prospect: the latest of reached[stage] + timeInStage[stage]. For a
 * dropped prospect the furthest stage's time in stage runs to its last activity (the report says
 * so), every other stage's to the next stage reached, so the latest sum is the last activity.
 */
function lastActivity(p: ProspectDetail, path: ErrorPath, row: number): number {
  let last = Number.NEGATIVE_INFINITY;
  for (const [stage, iso] of Object.entries(p.reached)) {
    const t = instantOf(iso, [...path, 'reached', stage], row) + ((p.timeInStage as Record<string, number | undefined>)[stage] ?? 0);
    if (t > last) last = t;
  }
  return last;
}

/** Whole days of an elapsed time in which an event happened: the day it happened on (30 days and 1 hour is day 31). */
const eventDay = (ms: number): number => Math.ceil(ms / MS_PER_DAY);
/** Whole days a prospect was followed without the event: it is known not converted within floor(elapsed) days. */
const followedDays = (ms: number): number => Math.floor(ms / MS_PER_DAY);

/** The index of the last step on or before `day`, or −1 (the curve is a step function, 0 before its first step). */
function stepIndexAt(steps: readonly ConversionStep[], day: number): number {
  let found = -1;
  for (let i = 0; i < steps.length && steps[i]!.day <= day; i++) found = i;
  return found;
}

/**
 * The share of prospects that converted within a number of days of reaching a stage ("converted
 * within 30 days"), from an activity-log report, honest about prospects still open: an open
 * prospect is followed up to the report's `asOf` and then censored, never counted as not
 * converted. Each prospect who reached `from` (its latest counted journey, as in the report's
 * per-prospect list) is:
 * - converted on day ceil((reached[to] − reached[from]) / 24 h), when it reached `to`: a
 *   conversion after 30 days and 1 hour is on day 31, so "within 30 days" means within 30 × 24 hours;
 * - dropped on day ceil((last activity − reached[from]) / 24 h) when its journey ended without `to`
 *   (status dropped, or completed past `to`); the last activity is the latest reached[stage] +
 *   timeInStage[stage], since a dropped prospect's time in its furthest stage runs to its last activity;
 * - open: followed for floor((asOf − reached[from]) / 24 h) days, then censored (known not
 *   converted within so many whole days, may still convert).
 *
 * `dropped: 'competing'` (default): a drop ends the chance to convert, and the share is the
 * Aalen–Johansen cumulative incidence of conversion, exact; there is no interval yet (`null` with
 * `'no-interval-for-competing-risks'`). `dropped: 'censored'`: a dropped prospect is censored at its
 * last activity, and the share is 1 − S of Kaplan–Meier with Greenwood's 95% interval (floats, log
 * scale). That convention is disputed: it estimates conversion in a world where nobody drops out,
 * assuming a dropped prospect would have converted like those still followed, so it is never below
 * the competing share. Each point also gives the naive share (converted within the day over all who
 * reached `from`), which counts open prospects as lost. Ties: events before censorings.
 *
 * @param report - from `analyzeFunnel(funnel, records, { perProspect: true })`.
 * @param options - `{ from?, to?, unit?, at?, dropped? }`.
 * @returns the curve per day, the asked points with the naive share, and the prospects counted.
 * @throws FunnelMathError `INVALID_INPUT` (not an activity report, `to` not after `from`, a bad
 *   time in it), `MISSING_VALUE` (a report without per-prospect details: pass `perProspect: true`),
 *   `UNKNOWN_STAGE`, `UNKNOWN_OPTION`, `INVALID_CHOICE`, `NOT_INTEGER`, `NEGATIVE`, `INVALID_NUMBER`.
 * @example
 * import { analyzeFunnel, conversionWithin, defineFunnel } from 'funnel-math';
 * const report = analyzeFunnel(defineFunnel(['lead', 'sale']), [
 *   { prospect: 'a', stage: 'lead', at: '2026-01-01' }, { prospect: 'a', stage: 'sale', at: '2026-01-05' },
 *   { prospect: 'b', stage: 'lead', at: '2026-01-01' }, { prospect: 'b', stage: 'sale', at: '2026-01-21' },
 *   { prospect: 'c', stage: 'lead', at: '2026-01-25' },
 *   { prospect: 'd', stage: 'lead', at: '2026-01-01' },
 *   { prospect: 'e', stage: 'lead', at: '2026-01-01' }, { prospect: 'e', stage: 'lead', at: '2026-01-03', reason: 'no budget' },
 * ], { perProspect: true, asOf: '2026-01-31' });
 * const curve = conversionWithin(report, { at: [7, 30] });
 * curve.points.map((p) => [p.day, p.share, p.naive.share]); // => [[7, '1/5', '1/5'], [30, '1/2', '2/5']]
 * conversionWithin(report, { at: [30], dropped: 'censored' }).points[0].share; // => '5/8'
 * @category Activity logs
 */
export function conversionWithin<Id extends string>(report: ActivityReport<Id>, options: ConversionWithinOptions<Id> = {}): ConversionCurve<Id> {
  if (!hasKind(report, 'activity-report') || !Array.isArray((report as { stages?: unknown }).stages)) {
    return fail('INVALID_INPUT', { ...EV, subject: 'conversionReport', expected: 'activityReport', received: report }, ['report']);
  }
  const o = optionsInput.read(options, ['options']);
  const ids = report.stages.map((s) => s.stage as string);
  const from = o.from ?? ids[0]!;
  const to = o.to ?? ids[ids.length - 1]!;
  for (const [key, id] of [['from', from], ['to', to]] as const) {
    if (!ids.includes(id)) fail('UNKNOWN_STAGE', { ...EV, subject: key === 'from' ? 'conversionFrom' : 'conversionTo', key: id, stages: ids.join(', ') }, ['options', key]);
  }
  if (ids.indexOf(to) <= ids.indexOf(from)) fail('INVALID_INPUT', { ...EV, subject: 'conversionTo', expected: 'laterStage', from, received: to }, ['options', 'to']);
  const prospects = report.prospects;
  if (!Array.isArray(prospects)) return fail('MISSING_VALUE', { ...EV, subject: 'conversionProspects', expected: 'perProspectReport' }, ['report', 'prospects']);
  const dropped = o.dropped ?? 'competing';
  const asOfIso = report.options?.asOf ?? null;

  const timed: Timed[] = [];
  const counts = { reachedFrom: 0, converted: 0, dropped: 0, open: 0, toBeforeFrom: 0 };
  let asOf: number | null = null;
  prospects.forEach((p: ProspectDetail<Id>, i) => {
    const path: ErrorPath = ['report', 'prospects', i];
    // a report read back from JSON may have been edited: refuse a prospect that is not one
    if (!isPlainObject(p) || !isPlainObject(p.reached) || !isPlainObject(p.timeInStage)) {
      fail('INVALID_INPUT', { ...EV, subject: 'conversionProspect', expected: 'object', row: i + 1, received: p }, path);
    }
    const reached = p.reached as Record<string, string | undefined>;
    if (reached[from] === undefined) return;
    const start = instantOf(reached[from], [...path, 'reached', from], i + 1);
    if (reached[to] !== undefined) {
      const ms = instantOf(reached[to], [...path, 'reached', to], i + 1) - start;
      if (ms < 0) {
        counts.toBeforeFrom++;
        return;
      }
      counts.reachedFrom++;
      counts.converted++;
      timed.push({ day: eventDay(ms), outcome: 'converted' });
    } else if (p.status === 'open') {
      if (asOf === null) asOf = asOfIso === null ? fail('MISSING_VALUE', { ...EV, subject: 'reportAsOf', expected: 'instant' }, ['report', 'options', 'asOf']) : instantOf(asOfIso, ['report', 'options', 'asOf'], i + 1);
      counts.reachedFrom++;
      counts.open++;
      timed.push({ day: followedDays(Math.max(asOf - start, 0)), outcome: null });
    } else {
      const ms = Math.max(lastActivity(p, path, i + 1) - start, 0);
      counts.reachedFrom++;
      counts.dropped++;
      timed.push(dropped === 'competing' ? { day: eventDay(ms), outcome: 'dropped' } : { day: followedDays(ms), outcome: null });
    }
  });

  const { steps, survivalAt, intervalAt } = dropped === 'competing' ? competingCurve(timed) : censoredCurve(timed);
  const window = steps.length === 0 ? null : steps[steps.length - 1]!.day;
  const eventual = steps.length === 0 ? ZERO : steps[steps.length - 1]!.share;
  const days = o.at ?? steps.filter((s) => s.converted > 0).map((s) => s.day);
  const points = days.map((day) => pointAt(day, steps, timed, counts.reachedFrom, survivalAt, intervalAt, dropped));
  return {
    kind: 'conversion-curve',
    from: from as Id,
    to: to as Id,
    unit: 'day',
    rounding: 'conversions-and-drops-ceil-followed-floor',
    dropped,
    estimator: dropped === 'competing' ? 'aalen-johansen' : 'kaplan-meier',
    ties: 'events-before-censorings',
    method: { share: 'exact', interval: dropped === 'competing' ? 'none' : 'greenwood-log-normal-approximation-float' },
    asOf: asOfIso,
    prospects: counts,
    steps,
    points,
    window,
    eventual,
  };
}

interface Curve {
  readonly steps: ConversionStep[];
  /** The survival (no outcome yet, or not converted yet under KM) at the last step. */
  readonly survivalAt: (index: number) => Ratio;
  readonly intervalAt: (index: number) => ConversionInterval | null;
}

function competingCurve(timed: readonly Timed[]): Curve {
  const observations: OutcomeObservation[] = timed.map((t) => ({ time: t.day, outcome: t.outcome }));
  const ci = cumulativeIncidenceOf(observations, ['converted', 'dropped']);
  return {
    steps: ci.steps.map((s) => ({ day: s.time, atRisk: s.atRisk, converted: s.events.converted!, dropped: s.events.dropped!, censored: s.censored, share: s.incidence.converted! })),
    survivalAt: (i) => ci.steps[i]!.survival,
    intervalAt: () => null,
  };
}

function censoredCurve(timed: readonly Timed[]): Curve {
  const km = kaplanMeierOf(timed.map((t) => ({ time: t.day, event: t.outcome === 'converted' })), DEFAULT_CONFIDENCE, 'log', [], 'first');
  return {
    steps: km.steps.map((s) => ({ day: s.time, atRisk: s.atRisk, converted: s.events, dropped: 0, censored: s.censored, share: ONE.sub(s.survival) })),
    survivalAt: (i) => km.steps[i]!.survival,
    // the share converted is 1 − S, so its bounds are 1 − the bounds of S, swapped
    intervalAt: (i) => {
      const iv = km.steps[i]!.interval;
      return iv === null ? null : { lower: 1 - iv.upper, upper: 1 - iv.lower };
    },
  };
}

function pointAt(
  day: number,
  steps: readonly ConversionStep[],
  timed: readonly Timed[],
  reachedFrom: number,
  survivalAt: (index: number) => Ratio,
  intervalAt: (index: number) => ConversionInterval | null,
  dropped: DroppedTreatment,
): ConversionPoint {
  const convertedBy = timed.filter((t) => t.outcome === 'converted' && t.day <= day).length;
  const naive: NaiveConversionShare =
    reachedFrom === 0
      ? { share: null, converted: 0, of: 0, denominator: 'all-who-reached-from', reason: 'no-prospects' }
      : { share: Ratio.of(convertedBy, reachedFrom), converted: convertedBy, of: reachedFrom, denominator: 'all-who-reached-from' };
  const atRisk = timed.filter((t) => t.day >= day).length;
  if (steps.length === 0) return { day, share: null, reason: 'no-prospects', atRisk, naive, interval: null, intervalReason: 'no-prospects' };
  const index = stepIndexAt(steps, day);
  const last = steps.length - 1;
  // after the last followed day the share is known only when nobody was left without an outcome
  if (day > steps[last]!.day && !survivalAt(last).isZero()) {
    return { day, share: null, reason: 'beyond-follow-up', atLeast: steps[last]!.share, atRisk, naive, interval: null, intervalReason: 'beyond-follow-up' };
  }
  const share = index < 0 ? ZERO : steps[index]!.share;
  const base = { day, share, atRisk, naive };
  if (dropped === 'competing') return { ...base, interval: null, intervalReason: 'no-interval-for-competing-risks' };
  // before the first step nothing has converted yet, with no uncertainty about it
  if (index < 0) return { ...base, interval: { lower: 0, upper: 0 } };
  const interval = intervalAt(index);
  return interval === null ? { ...base, interval: null, intervalReason: 'survival-zero' } : { ...base, interval };
}

/**
 * True when `value` is a {@link conversionWithin} result: a plain object whose `kind` is `'conversion-curve'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link ConversionCurve}).
 * @example
 * import { analyzeFunnel, conversionWithin, defineFunnel, isConversionCurve } from 'funnel-math';
 * const report = analyzeFunnel(defineFunnel(['lead', 'sale']), [{ prospect: 'a', stage: 'lead', at: '2026-01-01' }], { perProspect: true });
 * const result = conversionWithin(report);
 * isConversionCurve(result); // => true
 * isConversionCurve(JSON.parse(JSON.stringify(result))); // => true
 * isConversionCurve({ kind: 'plan' }); // => false
 * @category Activity logs
 */
export function isConversionCurve(value: unknown): value is ConversionCurve {
  return hasKind(value, 'conversion-curve');
}
