import { enGoals } from '../messages/enGoals.js';
import type { DateInput } from '../calendar/dates.js';
import { readCalendar, type Weekday } from '../calendar/workingDays.js';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { toRatio, type NumberInput } from '../numbers/parse.js';
import type { RatesInput } from '../rates/readRates.js';
import * as z from 'zod/mini';
import { isPlainObject } from '../schema.js';
import type { Ratio } from '../numbers/ratio.js';
import { readAmount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import { withParams } from './withParams.js';
import type { StageCapacity } from '../calendar/schedule.js';
import { checkAchievable, type HistoryPoint } from './achievable.js';
import { isDefinedGoal } from './defineGoal.js';
import type { Emit } from './emit.js';
import { SMART_FINDINGS, type FindingSeverity, type SmartCriterion, type SmartFinding } from './findings.js';
import { readLocale, render } from './format.js';
import type { Goal, GoalInput } from './goalTypes.js';
import type { GoalMessages } from './messages/types.js';
import { metricInfo } from './metrics.js';
import { readPeriod, type PeriodUnit } from './periods.js';
import { readGoal, resolveTarget, type DraftGoal } from './readGoal.js';
import { checkRealistic } from './realistic.js';
import { checkPipeline, checkTeam, type SmartPipeline, type SmartTeam } from './forecastCheck.js';
import { SMART_DEFAULTS, type SmartThresholds } from './thresholds.js';
import { firstOfMonth, isoOf, yearMonthOf } from '../calendar/dates.js';
import { readDay } from '../calendar/dayPiece.js';
import { hasKind } from '../kind.js';

/** A value of a metric in a past period: `{ period: '2025', value: 700000 }`. */
export interface HistoryEntry {
  /** `'2025'`, `'2025-Q3'`, `'2025-07'`, `'2025-W31'` or `'2025-07-14'`; all of one kind, in order. */
  readonly period: string;
  readonly value: NumberInput;
}

/** What {@link validateSmart} checks a goal against. Every field is optional. */
export interface SmartContext {
  /** The goal metric's past values, oldest first (for achievable). */
  readonly history?: readonly HistoryEntry[];
  /** The funnel an outcome goal runs through (for realistic). */
  readonly funnel?: Funnel;
  /** Its conversion rates, as {@link requiredActivity} takes them; observed `{ successes, trials }` also give intervals. */
  readonly rates?: RatesInput<string>;
  /** Per activity stage: `{ call: { reps: 3, perRepPerDay: 40 } }`, as {@link schedule} takes it. */
  readonly capacity?: { readonly [stage: string]: StageCapacity };
  /** Turns a revenue goal into deals for the funnel. */
  readonly averageDealSize?: NumberInput;
  /** Past results per channel (`{ phone: [...], email: [...] }`); a goal on a channel absent here warns. */
  readonly channels?: { readonly [channel: string]: readonly HistoryEntry[] };
  /** Days off every week for working-day counts; default Saturday and Sunday. */
  readonly weekend?: readonly Weekday[];
  readonly holidays?: readonly DateInput[];
  /**
   * The open pipeline an outcome goal (revenue, deals) is forecast from: `{ deals, asOf,
   * probabilities?, history? }` ({@link SmartPipeline}); the forecast runs from `asOf` to the deadline.
   */
  readonly pipeline?: SmartPipeline;
  /**
   * The team a goal is checked against ({@link SmartTeam}): the options of {@link hiresNeeded} but
   * `deadline` and `measure`. A revenue goal: its quota capacity from the first month of `periods`
   * (default the goal's) through the goal's deadline month against the target. With `funnel` and
   * `capacity`: each activity stage's reps with the team's ramp, attrition and backfill, and the
   * hires (from `hireFrom`) that close a shortfall.
   */
  readonly team?: SmartTeam;
  /** Overrides of {@link SMART_DEFAULTS}. */
  readonly thresholds?: Partial<SmartThresholds>;
  /** Month the fiscal year starts (1–12, default 1): annual, quarterly and monthly goals should cover whole fiscal periods. */
  readonly fiscalYearStart?: number;
  /** `'en'` (default) or a message catalog: `goalMessagesAr`, `goalMessagesFa`, `goalMessagesRu`, `goalMessagesRo`. */
  readonly locale?: string | GoalMessages;
}

/** A verdict: the worst severity found (`info` findings do not count). */
export type SmartVerdict = 'pass' | 'warn' | 'fail';

/** One criterion's verdict and findings. */
export interface CriterionResult {
  readonly verdict: SmartVerdict;
  /** False when the numbers it needs were not given (see its `…_UNCHECKED` finding). */
  readonly checked: boolean;
  readonly findings: readonly SmartFinding[];
}

/** What {@link validateSmart} returns. JSON-serialisable. */
export interface SmartReport {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'smart-report';
  readonly verdict: SmartVerdict;
  readonly criteria: { readonly [C in SmartCriterion]: CriterionResult };
  /** All findings, by criterion (S, M, A, R, T). */
  readonly findings: readonly SmartFinding[];
}

const CRITERIA: readonly SmartCriterion[] = ['specific', 'measurable', 'achievable', 'realistic', 'timeBound'];

/** A value read later, by the reader that knows what it is (a history, a funnel, a calendar). */
const later = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown());

/** A threshold: a plain finite number of 0 or more. */
function readThreshold(value: unknown, path: ErrorPath, key: string): number {
  const about: FailParams = { phrases: enGoals, subject: 'smartThreshold', key };
  if (typeof value !== 'number') return fail('INVALID_INPUT', { ...about, expected: 'smartThresholdNumber', received: value }, path);
  if (!Number.isFinite(value)) fail('NOT_FINITE', { ...about, received: value }, path);
  if (value < 0) fail('NEGATIVE', { ...about, received: value }, path);
  return value;
}

function thresholdPiece(key: keyof SmartThresholds): z.ZodMiniOptional<Piece<number>> {
  return z.optional(piece({ phrases: enGoals, subject: 'smartThreshold', expected: 'smartThresholdNumber' }, (value, path) => readThreshold(value, path, key)));
}

function readFiscalMonth(value: unknown, path: ErrorPath): number {
  const about: FailParams = { phrases: enGoals, subject: 'fiscalYearStart', expected: 'fiscalMonth', received: value };
  if (typeof value !== 'number') return fail('INVALID_INPUT', about, path);
  if (!Number.isFinite(value)) fail('NOT_FINITE', about, path);
  if (!Number.isInteger(value)) fail('NOT_INTEGER', about, path);
  if (value < 1 || value > 12) fail('OUT_OF_RANGE', about, path);
  return value;
}

function readDealSize(value: unknown, path: ErrorPath): Ratio {
  const about: FailParams = { phrases: enGoals, subject: 'averageDealSize', expected: 'goalPositiveAmount' };
  const size = readAmount(value, path, about);
  if (size.isZero()) fail('INVALID_GOAL', { ...about, received: value }, path);
  return size;
}

const contextInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    history: later,
    funnel: later,
    rates: later,
    capacity: later,
    averageDealSize: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ phrases: enGoals, subject: 'averageDealSize', expected: 'goalPositiveAmount' }, readDealSize)),
    channels: later,
    pipeline: later,
    team: later,
    weekend: later,
    holidays: later,
    thresholds: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        warnZ: /* @__PURE__ */ thresholdPiece('warnZ'),
        failZ: /* @__PURE__ */ thresholdPiece('failZ'),
        minSd: /* @__PURE__ */ thresholdPiece('minSd'),
        priorSd: /* @__PURE__ */ thresholdPiece('priorSd'),
        capacityWarn: /* @__PURE__ */ thresholdPiece('capacityWarn'),
        level: /* @__PURE__ */ thresholdPiece('level'),
        minHorizonDays: /* @__PURE__ */ thresholdPiece('minHorizonDays'),
        maxHorizonDays: /* @__PURE__ */ thresholdPiece('maxHorizonDays'),
        minCheckIns: /* @__PURE__ */ thresholdPiece('minCheckIns'),
        forecastWarn: /* @__PURE__ */ thresholdPiece('forecastWarn'),
        forecastFail: /* @__PURE__ */ thresholdPiece('forecastFail'),
      }),
    ),
    fiscalYearStart: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ phrases: enGoals, subject: 'fiscalYearStart', expected: 'fiscalMonth' }, readFiscalMonth)),
    locale: later,
  }),
  { phrases: enGoals, subject: 'smartContext', expected: 'object' },
);

/** A period label as typed, with its unit and index. */
interface PeriodRead {
  readonly label: string;
  readonly unit: PeriodUnit;
  readonly index: number;
}

const historyRow = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    period: /* @__PURE__ */ piece({ phrases: enGoals, subject: 'goalHistoryPeriod', expected: 'periodLabel' }, (value, path): PeriodRead => {
      if (typeof value !== 'string') return fail('INVALID_INPUT', { phrases: enGoals, subject: 'goalHistoryPeriod', expected: 'periodLabel', received: value }, path);
      return { label: value, ...readPeriod(value, path, { phrases: enGoals, subject: 'goalHistoryPeriod' }) };
    }),
    value: /* @__PURE__ */ piece({ phrases: enGoals, subject: 'goalHistoryValue', expected: 'goalMetricValue' }, (value, path) =>
      readAmount(value, path, { phrases: enGoals, subject: 'goalHistoryValue', expected: 'goalMetricValue' }),
    ),
  }),
  { phrases: enGoals, subject: 'goalHistoryRow', expected: 'goalHistoryRow' },
);

const CHECK_IN_DAYS = { daily: 1, weekly: 7, biweekly: 14, monthly: 30, quarterly: 91 } as const;

function readThresholds(raw: Partial<SmartThresholds> | undefined): SmartThresholds {
  if (raw === undefined) return SMART_DEFAULTS;
  const path: ErrorPath = ['context', 'thresholds'];
  const t = { ...SMART_DEFAULTS, ...raw };
  for (const key of ['minSd', 'priorSd', 'minHorizonDays'] as const) {
    if (t[key] <= 0) fail('OUT_OF_RANGE', { phrases: enGoals, subject: 'smartThreshold', key, expected: 'goalPositiveNumber', received: t[key] }, [...path, key]);
  }
  if (t.level <= 0 || t.level >= 1) fail('OUT_OF_RANGE', { phrases: enGoals, subject: 'smartThreshold', key: 'level', expected: 'level', received: t.level }, [...path, 'level']);
  if (t.capacityWarn > 1) fail('OUT_OF_RANGE', { phrases: enGoals, subject: 'smartThreshold', key: 'capacityWarn', expected: 'share', received: t.capacityWarn }, [...path, 'capacityWarn']);
  for (const key of ['forecastWarn', 'forecastFail'] as const) {
    if (t[key] > 1) fail('OUT_OF_RANGE', { phrases: enGoals, subject: 'smartThreshold', key, expected: 'share', received: t[key] }, [...path, key]);
  }
  if (t.forecastFail > t.forecastWarn) fail('OUT_OF_RANGE', { phrases: enGoals, subject: 'smartThreshold', key: 'forecastFail', expected: 'share', received: t.forecastFail }, [...path, 'forecastFail']);
  return t;
}

/**
 * Reads a history: entries of one period kind, strictly in order, values 0 or more; messages count
 * rows from 1. @internal
 */
export function readHistory(raw: unknown, path: ErrorPath, channel?: string): HistoryPoint[] {
  const about: Record<string, string> = channel === undefined ? {} : { channel };
  if (!Array.isArray(raw)) fail('INVALID_INPUT', { phrases: enGoals, subject: 'goalHistory', ...about, expected: 'goalHistory', received: raw }, path);
  const out: HistoryPoint[] = [];
  let previous: PeriodRead | undefined;
  raw.forEach((entry, i) => {
    const row = i + 1;
    const e = withParams({ ...about, row }, () => historyRow.read(entry, [...path, i]));
    const p = e.period;
    if (previous) {
      const at: ErrorPath = [...path, i, 'period'];
      const params = { phrases: enGoals, subject: 'goalHistory' as const, ...about, previous: previous.label, previousRow: row - 1, period: p.label, row };
      if (previous.unit !== p.unit) fail('MIXED_PERIODS', params, at);
      if (p.index <= previous.index) fail('PERIOD_ORDER', params, at);
    }
    previous = p;
    out.push({ unit: p.unit, index: p.index, value: e.value });
  });
  return out;
}

/** The fiscal year, quarter or month that contains `day`, for a goal of `level`. */
function fiscalPeriod(day: number, level: 'annual' | 'quarterly' | 'monthly', firstMonth: number): { first: number; last: number } {
  const { year, month } = yearMonthOf(day);
  const fm = firstMonth - 1;
  const size = level === 'annual' ? 12 : level === 'quarterly' ? 3 : 1;
  const start = month - ((((month - fm) % size) + size) % size);
  return { first: firstOfMonth(year, start), last: firstOfMonth(year, start + size) - 1 };
}

function verdictOf(findings: readonly SmartFinding[]): SmartVerdict {
  if (findings.some((f) => f.severity === 'fail')) return 'fail';
  if (findings.some((f) => f.severity === 'warn')) return 'warn';
  return 'pass';
}

function draftOf(goal: Goal): DraftGoal {
  return { ...goal, kindGiven: true };
}

/**
 * Checks a goal against SMART with numbers, not just words. Each criterion gets a verdict and its
 * findings; each finding has a stable `code` (see {@link SMART_FINDINGS}), a `severity`, a `message`
 * in the chosen language, a `path` into the input and the `data` behind it. A goal that fails a
 * check is a result, not an error.
 *
 * - Specific: a metric, a method (the "how") and an owner; the kind fits the metric.
 * - Measurable: a numeric target with a unit; a baseline for a relative target.
 * - Achievable (with `history` or a baseline): the growth the goal needs against the history's
 *   compound growth (thresholds in {@link SMART_DEFAULTS}): after $700,000, $5M (+614%) fails and
 *   +10% passes.
 * - Realistic (with `funnel`, `rates`, `capacity`; or `channels`): the activity the goal needs
 *   ({@link requiredActivity}) against reps × per day × working days from start to deadline; the
 *   conversion the goal silently assumes (its count over the top stage's capacity) against the
 *   historical rates' interval (Wilson, at `thresholds.level`; a chain of stages takes the product
 *   of each stage's bounds, a conservative box); a goal on a channel without results warns.
 * - Realistic, forward (with `pipeline`): the open pipeline's coverage of what is still to win
 *   (its amount, or its count of deals, over target − won) and the {@link pipelineForecast}
 *   chance of reaching the target by the deadline (deals won from the start to `asOf` count as
 *   won): `FORECAST_LIKELY` at `thresholds.forecastWarn` or more, `FORECAST_UNLIKELY` below it,
 *   `FORECAST_VERY_UNLIKELY` below `forecastFail`; a chance known only as bounds is judged by the
 *   bound that decides, else `FORECAST_BRACKET_UNDECIDED`. With `team`, a revenue goal against the
 *   team's quota capacity through the deadline month ({@link hiresNeeded}, `'through-deadline'`):
 *   the hires it takes and the latest month they can start, or why no hire helps in time.
 *   With `team`, `funnel` and `capacity`, each activity stage short of reps is turned into hires:
 *   the stage's reps with the team's attrition and backfill, new reps with its ramp from `hireFrom`
 *   (`CAPACITY_HIRES_NEEDED` with the fewest hires and the latest date they can start, in place of
 *   `CAPACITY_SHORTFALL`; `CAPACITY_HIRES_INFEASIBLE` when no hire adds anything by the deadline).
 * - Time-bound: start and deadline, deadline after start, horizon within bounds, check-ins; an
 *   annual, quarterly or monthly goal covers a whole fiscal period (`fiscalYearStart`, default January).
 *
 * @param goal - a {@link defineGoal} result or a goal object as written (read leniently: what is
 *   missing or unreadable becomes a finding).
 * @param context - what to check against; see {@link SmartContext}.
 * @returns the verdict (`'fail'` if any finding fails, else `'warn'` if any warns, else `'pass'`).
 * @throws FunnelMathError for misuse: `INVALID_INPUT` (not an object, a field of the wrong type),
 *   `UNKNOWN_OPTION` (a misspelt field), `INVALID_CHOICE` (a locale without built-in messages),
 *   `INVALID_PERIOD`, `MIXED_PERIODS`, `PERIOD_ORDER` (history), `OUT_OF_RANGE`/`NOT_FINITE`/
 *   `NEGATIVE` (thresholds, fiscal year start), and the codes of the context's numbers, dates and stages.
 * @example
 * import { validateSmart } from 'funnel-math';
 * const goal = { title: 'Revenue 2026', metric: 'revenue', target: { value: 5000000, unit: 'USD' }, baseline: { value: 700000, period: '2025' }, start: '2026-01-01', deadline: '2026-12-31', method: 'consultative selling of the core product', owner: 'Sales team', checkIn: 'monthly' };
 * const report = validateSmart(goal);
 * report.verdict; // => 'fail'
 * report.criteria.achievable.findings.map((f) => f.code); // => ['GROWTH_ABOVE_HISTORY']
 * validateSmart({ ...goal, target: { change: '+10%', unit: 'USD' } }).verdict; // => 'pass'
 * @category Goals
 */
export function validateSmart(goal: GoalInput | Goal, context?: SmartContext): SmartReport {
  const ctx = contextInput.read(context ?? {}, ['context']);
  const catalog = readLocale(ctx.locale, ['context', 'locale']);
  const t = readThresholds(ctx.thresholds);
  const found: SmartFinding[] = [];
  const emit: Emit = (code, path, params, data) => {
    const { criterion, severity } = SMART_FINDINGS[code];
    found.push({ code, criterion, severity: severity as FindingSeverity, message: render(catalog, code, params), path, data });
  };

  const draft: DraftGoal = isDefinedGoal(goal)
    ? draftOf(goal)
    : readGoal(goal, ['goal'], (p) => emit(p.code, p.path, p.params, p.data));

  // context, read once
  const history = ctx.history === undefined ? null : readHistory(ctx.history, ['context', 'history']);
  let channels: Record<string, HistoryPoint[]> | null = null;
  if (ctx.channels !== undefined) {
    const raw = ctx.channels;
    if (!isPlainObject(raw)) fail('INVALID_INPUT', { phrases: enGoals, subject: 'goalChannels', expected: 'goalChannels', received: raw }, ['context', 'channels']);
    channels = Object.fromEntries(Object.keys(raw).map((k) => [k, readHistory(raw[k], ['context', 'channels', k], k)]));
  }
  const funnel = ctx.funnel === undefined ? null : asFunnel(ctx.funnel as Funnel, ['context', 'funnel']);
  const averageDealSize = ctx.averageDealSize ?? null;
  const fiscalYearStart = ctx.fiscalYearStart ?? 1;
  const calendar = readCalendar({ weekend: ctx.weekend, holidays: ctx.holidays }, ['context']);

  // Specific
  if (draft.method === null) emit('METHOD_MISSING', ['goal', 'method'], {}, {});
  if (draft.owner === null) emit('OWNER_MISSING', ['goal', 'owner'], {}, {});
  const info = draft.metric === null ? undefined : metricInfo(draft.metric);
  if (info && info.kind !== 'either' && draft.kindGiven && draft.kind !== info.kind) {
    emit('KIND_MISMATCH', ['goal', 'kind'], { metric: { text: draft.metric! }, expected: { word: info.kind }, kind: { word: draft.kind } }, {
      metric: draft.metric,
      expected: info.kind,
      kind: draft.kind,
    });
  }

  // Measurable
  const target = draft.target === null ? null : resolveTarget(draft.target, draft.baseline?.value ?? null);
  if (draft.target !== null && draft.unit === null && draft.measure !== 'rate') emit('UNIT_MISSING', ['goal', 'unit'], {}, { measure: draft.measure });
  if (target !== null && draft.baseline !== null && target.equals(draft.baseline.value)) {
    emit('NO_CHANGE', ['goal', 'target'], { baseline: { num: target, style: draft.measure === 'rate' ? 'percent' : draft.measure === 'money' ? 'money' : 'number', unit: draft.unit } }, {
      baseline: target.toString(),
    });
  }

  // Time-bound (the reader reported missing and invalid dates)
  const startDay = draft.start === null ? null : readDay(draft.start, ['goal', 'start'], { phrases: enGoals, subject: 'goalStart' });
  const deadlineDay = draft.deadline === null ? null : readDay(draft.deadline, ['goal', 'deadline'], { phrases: enGoals, subject: 'goalDeadline' });
  const horizon = startDay !== null && deadlineDay !== null && deadlineDay > startDay ? deadlineDay - startDay + 1 : null;
  if (horizon !== null) {
    const days = { num: toRatio(horizon), style: 'number' as const };
    if (horizon < t.minHorizonDays) emit('HORIZON_TOO_SHORT', ['goal', 'deadline'], { days, min: { num: toRatio(t.minHorizonDays), style: 'number' } }, { days: horizon, min: t.minHorizonDays });
    if (horizon > t.maxHorizonDays) emit('HORIZON_TOO_LONG', ['goal', 'deadline'], { days, max: { num: toRatio(t.maxHorizonDays), style: 'number' } }, { days: horizon, max: t.maxHorizonDays });
  }
  if (draft.checkIn === null) emit('CHECK_IN_MISSING', ['goal', 'checkIn'], {}, {});
  else if (horizon !== null) {
    const every = CHECK_IN_DAYS[draft.checkIn];
    const count = Math.floor(horizon / every);
    if (count < t.minCheckIns) {
      emit(
        'CHECK_IN_TOO_SPARSE',
        ['goal', 'checkIn'],
        { every: { num: toRatio(every), style: 'number' }, count: { num: toRatio(count), style: 'number' }, min: { num: toRatio(t.minCheckIns), style: 'number' } },
        { every, count, min: t.minCheckIns },
      );
    }
  }

  if (horizon !== null && (draft.level === 'annual' || draft.level === 'quarterly' || draft.level === 'monthly')) {
    const period = fiscalPeriod(startDay!, draft.level, fiscalYearStart);
    if (period.first !== startDay || period.last !== deadlineDay) {
      const data = { level: draft.level, start: draft.start, deadline: draft.deadline, periodStart: isoOf(period.first), periodEnd: isoOf(period.last) };
      emit(
        'PERIOD_MISALIGNED',
        ['goal', 'start'],
        { start: { text: draft.start! }, deadline: { text: draft.deadline! }, periodStart: { text: data.periodStart }, periodEnd: { text: data.periodEnd } },
        data,
      );
    }
  }

  // Achievable and realistic, with numbers
  checkAchievable(draft, target, history, horizon, t, emit);
  // the forward checks run after the funnel's, so the realistic findings read from plan to forecast
  const forward: SmartFinding[] = [];
  const emitForward: Emit = (code, path, params, data) => {
    const { criterion, severity } = SMART_FINDINGS[code];
    forward.push({ code, criterion, severity: severity as FindingSeverity, message: render(catalog, code, params), path, data });
  };
  const pipelineRan = ctx.pipeline !== undefined && checkPipeline(draft, target, ctx.pipeline, startDay, deadlineDay, t, emitForward);
  // an activity stage's capacity reads the team too (ramp, attrition, hiring), given a funnel and capacity
  const teamForActivity = ctx.team !== undefined && funnel !== null && ctx.capacity !== undefined;
  const teamRan = ctx.team !== undefined && checkTeam(draft, target, ctx.team, startDay, deadlineDay, emitForward, teamForActivity);
  checkRealistic(
    draft,
    target,
    { funnel, rates: ctx.rates, capacity: ctx.capacity, averageDealSize, channels, calendar, startDay, deadlineDay, team: teamForActivity ? ctx.team : undefined },
    t,
    emit,
    pipelineRan || teamRan,
  );
  found.push(...forward);

  const criteria = Object.fromEntries(
    CRITERIA.map((c) => {
      const findings = found.filter((f) => f.criterion === c);
      const unchecked = findings.some((f) => f.code === 'ACHIEVABLE_UNCHECKED' || f.code === 'REALISTIC_UNCHECKED');
      return [c, { verdict: verdictOf(findings), checked: !unchecked, findings }];
    }),
  ) as unknown as { [C in SmartCriterion]: CriterionResult };
  const findings = CRITERIA.flatMap((c) => criteria[c].findings);
  return { kind: 'smart-report', verdict: verdictOf(findings), criteria, findings };
}

/**
 * True when `value` is a {@link validateSmart} result: a plain object whose `kind` is `'smart-report'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link SmartReport}).
 * @example
 * import { isSmartReport, validateSmart } from 'funnel-math';
 * const result = validateSmart({ title: 'Calls', metric: 'calls', target: 1000 });
 * isSmartReport(result); // => true
 * isSmartReport(JSON.parse(JSON.stringify(result))); // => true
 * isSmartReport({ kind: 'plan' }); // => false
 * @category Goals
 */
export function isSmartReport(value: unknown): value is SmartReport {
  return hasKind(value, 'smart-report');
}
