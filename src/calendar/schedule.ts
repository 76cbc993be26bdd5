import { fail, type ErrorPath } from '../errors.js';
import { MAX_STAGES } from '../funnel/defineFunnel.js';
import { choicePiece } from '../input/choice.js';
import { countPiece } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import { enCalendar } from '../messages/enCalendar.js';
import type { ErrorSubject } from '../messages/types.js';
import { apportionIntegers } from '../numbers/apportion.js';
import { toCount, type NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { ceilDiv } from '../numbers/ceilDiv.js';
import * as z from 'zod/mini';
import { isPlainObject, ownArray } from '../schema.js';
import { firstOfMonth, isoOf, toDay, weekdayOf, yearMonthOf, type DateInput } from './dates.js';
import { availableIn, capacityAt, capacityPiece, type CapacityEntry } from './capacity.js';
import { repsPiece } from './reps.js';
import { calendarOf, checkRange, countWorkingDays, holidaysPiece, weekendPiece, type CalendarOptions } from './workingDays.js';
import { hasKind, kindOf } from '../kind.js';

/** The length of a schedule period. Weeks run Monday to Sunday (ISO); months are calendar months. */
export type SchedulePer = 'day' | 'week' | 'month';

/** Per-stage capacity: how many reps do the activity and how many each can do per working day. */
export interface StageCapacity {
  readonly reps: NumberInput;
  readonly perRepPerDay: NumberInput;
}

/** Options of {@link schedule}. */
export interface ScheduleOptions<Id extends string> extends CalendarOptions {
  /** First day of the goal's period (the outcome stage's window), included. */
  readonly start: DateInput;
  /** Last day of the goal's period, included. */
  readonly end: DateInput;
  /** Period length; default `'month'`. */
  readonly per?: SchedulePer;
  /** Split targets per rep: names (equal shares) or `{ name: weight }`. */
  readonly reps?: readonly string[] | { readonly [rep: string]: NumberInput };
  /**
   * Calendar days from one stage to the next, so earlier stages are scheduled before the outcomes
   * they feed: one number for every step, or keyed by the later stage of each step
   * (`{ sale: 30 }`: sales come 30 days after appointments).
   */
  readonly lagDays?: number | { readonly [K in Id]?: number };
  /** Capacity per stage (usually the activity stages) to check the plan against. */
  readonly capacity?: { readonly [K in Id]?: StageCapacity };
}

/** One period of a {@link Schedule}. */
export interface SchedulePeriod<Id extends string = string> {
  readonly start: string;
  readonly end: string;
  /** Working days in the period (calendar only; a stage may use fewer when lagged). */
  readonly workingDays: number;
  /** Whole-number target per stage; each stage's targets sum exactly to its plan total. */
  readonly targets: { readonly [K in Id]: number };
  /** Per rep, when `reps` was given; sums to `targets`. */
  readonly byRep?: { readonly [rep: string]: { readonly [K in Id]: number } };
}

/** A stage's own window after lag, and its daily figure. */
export interface StageWindow<Id extends string = string> {
  readonly stage: Id;
  readonly start: string;
  readonly end: string;
  readonly workingDays: number;
  readonly total: number;
  /** ⌈total / workingDays⌉: the figure people quote (1000 over 21 days → 48). */
  readonly perWorkingDay: number;
}

/** How a stage's plan compares with what the team can do in its window. */
export interface CapacityCheck<Id extends string = string> {
  readonly stage: Id;
  readonly reps: Ratio;
  readonly perRepPerDay: Ratio;
  readonly workingDays: number;
  /** ⌊reps × perRepPerDay × workingDays⌋. */
  readonly available: number;
  readonly required: number;
  readonly fits: boolean;
  /** required − available when it does not fit, else 0. */
  readonly shortfall: number;
  /** Reps needed at `perRepPerDay` to do `required` in the window; null when perRepPerDay is 0. */
  readonly repsNeeded: number | null;
}

/** What {@link schedule} returns. JSON-serialisable. */
export interface Schedule<Id extends string = string> {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'schedule';
  readonly start: string;
  readonly end: string;
  readonly per: SchedulePer;
  readonly periods: readonly SchedulePeriod<Id>[];
  /** ⌈stage total / its working days⌉ per stage. */
  readonly perWorkingDay: { readonly [K in Id]: number };
  readonly windows: readonly StageWindow<Id>[];
  /** Per rep: totals and per-working-day figures; null without `reps`. */
  readonly reps: { readonly [rep: string]: { readonly targets: { readonly [K in Id]: number }; readonly perWorkingDay: { readonly [K in Id]: number } } } | null;
  /** Null without `capacity`. */
  readonly capacity: { readonly fits: boolean; readonly stages: readonly CapacityCheck<Id>[] } | null;
  /** The rounding policy, in words. */
  readonly rounding: string;
}

/**
 * The plan fields a schedule needs, so a stored or hand-written plan works too (with no `kind`, or
 * `kind: 'plan'`; a result of another kind is refused).
 */
export interface SchedulablePlan<Id extends string = string> {
  readonly stages: readonly { readonly stage: Id; readonly required: number }[];
}

const MAX_SAFE_BIG = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);

const ROUNDING =
  'Targets are whole numbers: each stage total is split over working days by largest remainder (ties to the earlier period), ' +
  'so periods sum exactly to the plan; perWorkingDay is the total over working days rounded up.';

const CALENDAR = { phrases: enCalendar } as const;

/** A stage name of the plan: any text. */
const stageName: Piece<string> = /* @__PURE__ */ piece(
  { subject: 'scheduleStageName', expected: 'planStageName', phrases: enCalendar },
  (value, path, context) =>
    typeof value === 'string' ? value : fail('INVALID_INPUT', { ...CALENDAR, ...context, subject: 'scheduleStageName', expected: 'planStageName', received: value }, path),
  (value) => (typeof value === 'string' ? value : undefined),
);

const planStage = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.object({ stage: stageName, required: /* @__PURE__ */ countPiece('scheduleRequired') }),
  { subject: 'scheduleStage', expected: 'scheduleStage', phrases: enCalendar },
);

/** The plan's stages: one to {@link MAX_STAGES}, each `{ stage, required }`, no name twice. */
function readStages(value: unknown, path: ErrorPath): { stage: string; required: number }[] {
  const about = { ...CALENDAR, subject: 'scheduleStages', expected: 'scheduleStages' } as const;
  if (!Array.isArray(value)) return fail('INVALID_INPUT', { ...about, received: value }, path);
  if (value.length > MAX_STAGES) fail('TOO_LONG', { ...about, length: value.length, max: MAX_STAGES }, path);
  if (value.length === 0) fail('EMPTY_LIST', about, path);
  const stages = ownArray(value as unknown[]).map((raw, i) => planStage.read(raw, [...path, i], { ...CALENDAR, row: i + 1 }));
  stages.forEach((s, i) => {
    const first = stages.findIndex((t) => t.stage === s.stage);
    if (first < i) fail('DUPLICATE_STAGE', { stage: s.stage, first: first + 1, second: i + 1 }, [...path, i, 'stage']);
  });
  return stages;
}

// a plan as returned carries more fields (kind, rounding, …): only its stages are read
const planInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.object({ stages: /* @__PURE__ */ piece({ subject: 'scheduleStages', expected: 'scheduleStages', phrases: enCalendar }, readStages) }),
  { subject: 'schedulePlan', expected: 'schedulePlan', phrases: enCalendar },
);

/** A calendar date of the options: `'2026-11-01'` or a Date. */
const datePiece = (subject: ErrorSubject): Piece<number> =>
  piece({ subject, expected: 'date', phrases: enCalendar }, (value, path) => toDay(value, path, { subject, phrases: enCalendar }));

/** The lag read: one number of days for every step, or days keyed by the later stage of a step. */
type Lag = number | readonly (readonly [string, number])[];

function readLag(value: unknown, path: ErrorPath): Lag {
  if (typeof value === 'number' || typeof value === 'string') return toCount(value, path, { ...CALENDAR, subject: 'lagDays', expected: 'lagDays' });
  if (!isPlainObject(value)) return fail('INVALID_INPUT', { ...CALENDAR, subject: 'lagDays', expected: 'lagDays', received: value }, path);
  return Object.keys(value).map((stage) => [stage, toCount(value[stage], [...path, stage], { ...CALENDAR, subject: 'lagDays', stage, expected: 'count' })] as const);
}

const perSchema: z.ZodMiniEnum<{ [K in SchedulePer]: K }> = /* @__PURE__ */ z.enum(['day', 'week', 'month']);

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    start: /* @__PURE__ */ datePiece('startDate'),
    end: /* @__PURE__ */ datePiece('endDate'),
    per: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(perSchema, 'schedulePer', 'string', CALENDAR)),
    weekend: /* @__PURE__ */ z.optional(weekendPiece),
    holidays: /* @__PURE__ */ z.optional(holidaysPiece),
    reps: /* @__PURE__ */ z.optional(repsPiece),
    lagDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ subject: 'lagDays', expected: 'lagDays', phrases: enCalendar }, readLag)),
    capacity: /* @__PURE__ */ z.optional(capacityPiece),
  }),
);

/** Period boundaries covering [first, last]. */
function periodsOf(first: number, last: number, per: SchedulePer): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let d = first;
  while (d <= last) {
    let end: number;
    if (per === 'day') end = d;
    else if (per === 'week') end = d + ((7 - weekdayOf(d)) % 7); // through Sunday
    else {
      const { year, month } = yearMonthOf(d);
      end = firstOfMonth(year, month + 1) - 1;
    }
    end = Math.min(end, last);
    out.push({ first: d, last: end });
    d = end + 1;
  }
  return out;
}

/** Cumulative lag (days before the goal window) per stage: each key a stage after the first. */
function lagOffsets(lag: Lag | undefined, ids: readonly string[], path: ErrorPath): number[] {
  const step: number[] = ids.map(() => 0);
  if (typeof lag === 'number') {
    for (let i = 1; i < ids.length; i++) step[i] = lag;
  } else if (lag !== undefined) {
    for (const [key, days] of lag) {
      const i = ids.indexOf(key);
      if (i < 1) fail('UNKNOWN_STAGE', { ...CALENDAR, subject: 'lagDays', key, stages: ids.slice(1).join(', ') }, [...path, key]);
      step[i] = days;
    }
  }
  const offset = ids.map(() => 0);
  for (let i = ids.length - 2; i >= 0; i--) offset[i] = offset[i + 1]! + step[i + 1]!;
  if (offset[0]! > 3660) fail('OUT_OF_RANGE', { ...CALENDAR, subject: 'lagTotal', expected: 'lagTotal', received: offset[0] }, path);
  return offset;
}

const byStage = <Id extends string, V>(ids: readonly Id[], f: (i: number) => V): { [K in Id]: V } =>
  // fromEntries defines own properties, so ids like "__proto__" stay plain keys
  Object.fromEntries(ids.map((id, i) => [id, f(i)])) as { [K in Id]: V };

/**
 * Spreads a plan over a calendar: whole-number targets per period (day, ISO week or month) that sum
 * exactly to the plan, on working days only; the per-working-day figure people quote; optional
 * per-rep splits, lag between stages, and a capacity check.
 *
 * Rounding policy: each stage total is split over periods in proportion to the working days each
 * holds, by largest remainder (ties to the earlier period); with `reps`, each stage is first split
 * over reps by weight, then each rep's share over periods, so reps and periods both sum exactly.
 * `perWorkingDay` is ⌈total / working days⌉.
 *
 * @param plan - a {@link requiredActivity} result (or any `{ stages: [{ stage, required }] }`).
 * @param options - `start`, `end` (inclusive) of the goal's period, `per`, calendar, `reps`, `lagDays`, `capacity`.
 * @throws FunnelMathError `INVALID_DATE`, `INVALID_RANGE`, `RANGE_TOO_LONG`, `NO_WORKING_DAYS`, `UNKNOWN_STAGE`, `UNKNOWN_OPTION`,
 *   `INVALID_CHOICE`, `INVALID_INPUT`, `MISSING_VALUE`, `EMPTY_LIST`, `DUPLICATE_STAGE`, `TOO_LONG`, `OUT_OF_RANGE` (lags over ten
 *   years), `RESULT_TOO_LARGE`, and the number errors.
 * @example
 * import { defineFunnel, requiredActivity, schedule } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
 * const november = schedule(plan, { start: '2026-11-01', end: '2026-11-30', per: 'week' });
 * november.perWorkingDay; // => { call: 48, appointment: 8, sale: 3 }
 * november.periods.map((p) => p.targets.call); // => [0, 238, 238, 238, 238, 48]
 * const team = schedule(plan, { start: '2026-11-01', end: '2026-11-30', reps: ['Ana', 'Bo', 'Cy'], capacity: { call: { reps: 3, perRepPerDay: 15 } } });
 * team.reps!.Ana!.targets; // => { call: 334, appointment: 50, sale: 17 }
 * team.capacity!.stages[0]!.shortfall; // => 55
 * @category Calendar
 */
export function schedule<Id extends string>(plan: SchedulablePlan<Id>, options: ScheduleOptions<NoInfer<Id>>): Schedule<Id> {
  const kind = kindOf(plan);
  if (kind !== undefined && kind !== 'plan') {
    fail('INVALID_INPUT', { ...CALENDAR, subject: 'scheduleKind', expected: 'scheduleKind', received: kind }, ['plan', 'kind']);
  }
  const p = planInput.read(plan, ['plan']);
  const ids = p.stages.map((s) => s.stage) as Id[];
  const totals = p.stages.map((s) => s.required);
  const opts = optionsInput.read(options, ['options']);
  const per = opts.per ?? 'month';
  const first = opts.start;
  const last = opts.end;
  checkRange(first, last, ['options']);
  const cal = calendarOf(opts.weekend, opts.holidays);
  const offsets = lagOffsets(opts.lagDays, ids, ['options', 'lagDays']);
  const reps = opts.reps ?? null;

  const periods = periodsOf(first - offsets[0]!, last, per);
  const windows: StageWindow<Id>[] = [];
  const targets: number[][] = periods.map(() => ids.map(() => 0));
  const repTargets: number[][][] | null = reps ? periods.map(() => reps.names.map(() => ids.map(() => 0))) : null;
  const repTotals: number[][] = reps ? reps.names.map(() => ids.map(() => 0)) : [];
  const repDaily: number[][] = reps ? reps.names.map(() => ids.map(() => 0)) : [];

  ids.forEach((stage, s) => {
    const wFirst = first - offsets[s]!;
    const wLast = last - offsets[s]!;
    const weights = periods.map((pd) => {
      const from = Math.max(pd.first, wFirst);
      const to = Math.min(pd.last, wLast);
      return from <= to ? BigInt(countWorkingDays(cal, from, to)) : 0n;
    });
    const days = Number(weights.reduce((a, b) => a + b, 0n));
    const total = totals[s]!;
    if (days === 0 && total > 0) {
      fail('NO_WORKING_DAYS', { start: isoOf(wFirst), end: isoOf(wLast), stage }, ['options']);
    }
    windows.push({ stage, start: isoOf(wFirst), end: isoOf(wLast), workingDays: days, total, perWorkingDay: days === 0 ? 0 : ceilDiv(total, days) });
    if (reps && repTargets) {
      const split = apportionIntegers(total, reps.weights);
      split.forEach((repTotal, r) => {
        repTotals[r]![s] = repTotal;
        repDaily[r]![s] = days === 0 ? 0 : ceilDiv(repTotal, days);
        apportionIntegers(repTotal, weights).forEach((n, k) => {
          repTargets[k]![r]![s] = n;
          targets[k]![s]! += n;
        });
      });
    } else {
      apportionIntegers(total, weights).forEach((n, k) => (targets[k]![s] = n));
    }
  });

  return {
    kind: 'schedule',
    start: isoOf(first),
    end: isoOf(last),
    per,
    periods: periods.map((pd, k) => {
      const period: SchedulePeriod<Id> = {
        start: isoOf(pd.first),
        end: isoOf(pd.last),
        workingDays: countWorkingDays(cal, pd.first, pd.last),
        targets: byStage(ids, (s) => targets[k]![s]!),
      };
      if (reps && repTargets) {
        return { ...period, byRep: Object.fromEntries(reps.names.map((name, r) => [name, byStage(ids, (s) => repTargets[k]![r]![s]!)])) };
      }
      return period;
    }),
    perWorkingDay: byStage(ids, (s) => windows[s]!.perWorkingDay),
    windows,
    reps: reps
      ? Object.fromEntries(
          reps.names.map((name, r) => [name, { targets: byStage(ids, (s) => repTotals[r]![s]!), perWorkingDay: byStage(ids, (s) => repDaily[r]![s]!) }]),
        )
      : null,
    capacity: opts.capacity === undefined ? null : checkCapacity(opts.capacity, ids, windows),
    rounding: ROUNDING,
  };
}

/** A count too large to count exactly, for a message: its digits when short, else its power of ten. */
function sized(n: bigint): { value: string } | { magnitude: string } {
  const digits = n.toString();
  return digits.length <= 20 ? { value: digits } : { magnitude: `10^${digits.length - 1}` };
}

function checkCapacity<Id extends string>(capacity: readonly CapacityEntry[], ids: readonly Id[], windows: readonly StageWindow<Id>[]): Schedule<Id>['capacity'] {
  const path: ErrorPath = ['options', 'capacity'];
  const stages: CapacityCheck<Id>[] = capacityAt(capacity, ids, path).map((c) => {
    const { key, reps, perRepPerDay } = c;
    const w = windows[c.stage]!;
    const availableBig = availableIn(c, w.workingDays);
    if (availableBig > MAX_SAFE_BIG) {
      fail('RESULT_TOO_LARGE', { ...CALENDAR, subject: 'capacity', stage: key, ...sized(availableBig), expected: 'teamCapacity' }, [...path, key]);
    }
    const available = Number(availableBig);
    const perRep = perRepPerDay.mul(Ratio.of(w.workingDays));
    const repsNeededBig = perRep.isZero() ? null : Ratio.of(w.total).div(perRep).ceil();
    if (repsNeededBig !== null && repsNeededBig > MAX_SAFE_BIG) {
      fail('RESULT_TOO_LARGE', { ...CALENDAR, subject: 'repsNeeded', stage: key, ...sized(repsNeededBig), expected: 'perRepPerDay' }, [...path, key, 'perRepPerDay']);
    }
    const repsNeeded = repsNeededBig === null ? (w.total === 0 ? 0 : null) : Number(repsNeededBig);
    return {
      stage: key as Id,
      reps,
      perRepPerDay,
      workingDays: w.workingDays,
      available,
      required: w.total,
      fits: w.total <= available,
      shortfall: Math.max(0, w.total - available),
      repsNeeded,
    };
  });
  return { fits: stages.every((c) => c.fits), stages };
}

/**
 * True when `value` is a {@link schedule} result: a plain object whose `kind` is `'schedule'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Schedule}).
 * @example
 * import { isSchedule, schedule } from 'funnel-math';
 * const plan = { stages: [{ stage: 'call', required: 40 }] };
 * const result = schedule(plan, { start: '2026-11-02', end: '2026-11-06' });
 * isSchedule(result); // => true
 * isSchedule(JSON.parse(JSON.stringify(result))); // => true
 * isSchedule({ kind: 'plan' }); // => false
 * @category Calendar
 */
export function isSchedule(value: unknown): value is Schedule {
  return hasKind(value, 'schedule');
}
