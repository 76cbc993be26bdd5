import * as z from 'zod/mini';
import { isoOf } from '../calendar/dates.js';
import { dayPiece, readDay } from '../calendar/dayPiece.js';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { hasKind } from '../kind.js';
import { enForecast } from '../messages/enForecast.js';
import { toCount, toRatio } from '../numbers/parse.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { cumulativeIncidenceOf, type CumulativeIncidence } from '../survival/cumulativeIncidence.js';
import { kaplanMeierOf, type SurvivalCurve } from '../survival/kaplanMeier.js';
import { DEFAULT_CONFIDENCE, forecastPiece } from '../survival/read.js';
import { rowOf } from '../input/piece.js';
import type { DateInput } from '../calendar/dates.js';

/** One past or open deal of a {@link learnFromHistory} history. */
export interface HistoryDeal {
  readonly id: string;
  /** The stage the deal is at now (open) or was at when it closed (won or lost). */
  readonly stage: string;
  readonly status: 'open' | 'won' | 'lost';
  readonly createdAt: DateInput;
  /** When the deal entered `stage`; default `createdAt`. */
  readonly stageEnteredAt?: DateInput;
  /** When the deal was won or lost; required for those. Not read for an open deal. */
  readonly closedAt?: DateInput;
  /** The stages the deal went through (its `stage` counts as reached too); default every stage up to `stage` in the funnel's order. */
  readonly stagesReached?: readonly string[];
  /** Accepted and not read, so the same deal list serves other functions. */
  readonly value?: unknown;
  /** Accepted and not read. */
  readonly rep?: unknown;
}

/** Options of {@link learnFromHistory}. */
export interface LearnFromHistoryOptions {
  /** The day the history was taken: open deals are censored at it. */
  readonly asOf: DateInput;
  /** The funnel's stages in order (at least one, distinct). */
  readonly stages: readonly string[];
}

/** A win rate of a stage that names its denominator, or `null` with a reason. */
export type StageWinRate =
  | { readonly rate: Ratio; readonly denominator: 'reached' | 'decided'; readonly of: number }
  | { readonly rate: null; readonly denominator: 'reached' | 'decided'; readonly of: 0; readonly reason: 'no-deals' | 'none-decided' };

/** What the history says about one stage. */
export interface StageHistory {
  readonly stage: string;
  /** Deals that reached the stage, and how they stand now. */
  readonly reached: number;
  readonly won: number;
  readonly lost: number;
  readonly open: number;
  /** Deals whose day of entering the stage is not known (a stage they went through, or no `stageEnteredAt`), measured from `createdAt` instead. */
  readonly entryFromCreatedAt: number;
  /** Cumulative incidence of `'won'` and `'lost'` over days since entering the stage (open deals censored at asOf − entered). */
  readonly incidence: CumulativeIncidence;
  /** P(won eventually | reached the stage), within the observed window: F_won at the last observed day, exact; `null` with `'no-deals'`. */
  readonly eventualWin: { readonly probability: Ratio; readonly within: 'observed-window'; readonly windowDays: number } | { readonly probability: null; readonly reason: 'no-deals' };
  /** The naive CRM win rate won / reached, counting open deals as not won. */
  readonly wonOfReached: StageWinRate;
  /** The naive win rate won / (won + lost), dropping open deals. */
  readonly wonOfDecided: StageWinRate;
  /** Kaplan–Meier of the days from entering the stage to any close (won or lost). */
  readonly timeToClose: SurvivalCurve;
}

/** What {@link learnFromHistory} returns. JSON-serialisable. */
export interface PipelineHistory {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'pipeline-history';
  readonly asOf: string;
  readonly stages: readonly StageHistory[];
  readonly deals: number;
  /** Open deals are censored (still open at their age), never counted as lost. */
  readonly openDeals: 'censored';
  /** The day a deal entered a stage when it is not given: its creation day. */
  readonly entryWhenUnknown: 'created-at';
  readonly estimator: 'aalen-johansen';
}

interface ReadHistoryDeal {
  readonly id: string;
  readonly stage: string;
  readonly status: 'open' | 'won' | 'lost';
  readonly createdAt: number;
  readonly stageEnteredAt?: number | undefined;
  readonly closedAt?: number | undefined;
  readonly stagesReached?: readonly string[] | undefined;
}

function text(subject: 'historyDealId' | 'historyDealStage') {
  return forecastPiece(subject, 'string', (value, path, about) => (typeof value === 'string' && value !== '' ? value : fail('INVALID_INPUT', { ...about, received: value }, path)));
}

const statusPiece = /* @__PURE__ */ forecastPiece('historyDealStatus', 'string', (value, path, about) =>
  value === 'open' || value === 'won' || value === 'lost' ? value : fail('INVALID_CHOICE', { ...about, allowed: "'open', 'won', 'lost'", received: value }, path),
);

function readStageList(value: unknown, path: ErrorPath, about: FailParams): string[] {
  if (!Array.isArray(value)) return fail('INVALID_INPUT', { ...about, expected: 'array', received: value }, path);
  return value.map((v: unknown, i) => (typeof v === 'string' && v !== '' ? v : fail('INVALID_INPUT', { phrases: enForecast, subject: 'historyStageName', expected: 'string', row: i + 1, received: v }, [...path, i])));
}

function datePiece(subject: 'historyDealCreatedAt' | 'historyDealStageEnteredAt' | 'historyDealClosedAt') {
  return forecastPiece(subject, 'date', readDay);
}

const dealInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    id: /* @__PURE__ */ text('historyDealId'),
    stage: /* @__PURE__ */ text('historyDealStage'),
    status: statusPiece,
    createdAt: /* @__PURE__ */ datePiece('historyDealCreatedAt'),
    stageEnteredAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ datePiece('historyDealStageEnteredAt')),
    closedAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ datePiece('historyDealClosedAt')),
    stagesReached: /* @__PURE__ */ z.optional(/* @__PURE__ */ forecastPiece('historyDealStagesReached', 'array', readStageList)),
    value: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    rep: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  }),
  { phrases: enForecast, subject: 'historyDeal', expected: 'object' },
);

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    asOf: /* @__PURE__ */ dayPiece('historyAsOf', enForecast),
    stages: /* @__PURE__ */ forecastPiece('historyStages', 'array', readStageList),
  }),
  { phrases: enForecast, subject: 'historyOptions', expected: 'object' },
);

/** Fails with INVALID_RANGE when `end` is before `start` (the path names the later field). */
function inOrder(start: number, end: number, path: ErrorPath): void {
  if (end < start) fail('INVALID_RANGE', { phrases: enForecast, subject: 'historyDeal', start: isoOf(start), end: isoOf(end), row: rowOf(path) }, path);
}

function readHistory(deals: unknown, options: unknown): { list: ReadHistoryDeal[]; asOf: number; stages: string[] } {
  const o = optionsInput.read(options, ['options']);
  const stages = o.stages;
  if (stages.length === 0) fail('EMPTY_LIST', { phrases: enForecast, subject: 'historyStages', expected: 'array' }, ['options', 'stages']);
  stages.forEach((s, i) => {
    const first = stages.indexOf(s);
    if (first !== i) fail('DUPLICATE_STAGE', { phrases: enForecast, subject: 'historyStages', stage: s, first: first + 1, second: i + 1 }, ['options', 'stages', i]);
  });
  if (!Array.isArray(deals)) fail('INVALID_INPUT', { phrases: enForecast, subject: 'historyDeals', expected: 'array', received: deals }, ['deals']);
  const ids = new Map<string, number>();
  const known = stages.join(', ');
  const list = Array.from(deals as unknown[], (raw, i): ReadHistoryDeal => {
    const path = ['deals', i];
    if (!isPlainObject(raw)) fail('INVALID_INPUT', { phrases: enForecast, subject: 'historyDeal', expected: 'object', row: i + 1, received: raw }, path);
    const d = dealInput.read(raw, path, { row: i + 1 }) as ReadHistoryDeal;
    const before = ids.get(d.id);
    if (before !== undefined) fail('DUPLICATE_ID', { phrases: enForecast, subject: 'historyDeals', id: d.id, first: before + 1, second: i + 1 }, [...path, 'id']);
    ids.set(d.id, i);
    if (!stages.includes(d.stage)) fail('UNKNOWN_STAGE', { phrases: enForecast, subject: 'historyDealStage', row: i + 1, key: d.stage, stages: known }, [...path, 'stage']);
    d.stagesReached?.forEach((s, j) => {
      if (!stages.includes(s)) fail('UNKNOWN_STAGE', { phrases: enForecast, subject: 'historyDealStagesReached', row: i + 1, key: s, stages: known }, [...path, 'stagesReached', j]);
    });
    const entered = d.stageEnteredAt ?? d.createdAt;
    inOrder(d.createdAt, entered, [...path, 'stageEnteredAt']);
    if (d.status === 'open') inOrder(entered, o.asOf, ['options', 'asOf']);
    else {
      if (d.closedAt === undefined) fail('MISSING_VALUE', { phrases: enForecast, subject: 'historyDealClosedAt', expected: 'date', row: i + 1 }, [...path, 'closedAt']);
      inOrder(entered, d.closedAt, [...path, 'closedAt']);
      inOrder(d.closedAt, o.asOf, ['options', 'asOf']);
    }
    return d;
  });
  return { list, asOf: o.asOf, stages };
}

function rate(won: number, of: number, denominator: 'reached' | 'decided'): StageWinRate {
  if (of === 0) return { rate: null, denominator, of: 0, reason: denominator === 'reached' ? 'no-deals' : 'none-decided' };
  return { rate: Ratio.of(won, of), denominator, of };
}

function stageHistory(stage: string, index: number, stages: readonly string[], list: readonly ReadHistoryDeal[], asOf: number): StageHistory {
  const times: { time: number; outcome: 'won' | 'lost' | null }[] = [];
  let entryFromCreatedAt = 0;
  for (const d of list) {
    const reached = d.stagesReached ? d.stage === stage || d.stagesReached.includes(stage) : stages.indexOf(d.stage) >= index;
    if (!reached) continue;
    // the day it entered this stage: given for its own stage; its creation day for the first stage;
    // otherwise unknown, and measured from creation (an upper bound on the time in the stage)
    let entered = d.createdAt;
    if (d.stage === stage && d.stageEnteredAt !== undefined) entered = d.stageEnteredAt;
    else if (index > 0) entryFromCreatedAt++;
    const end = d.status === 'open' ? asOf : d.closedAt!;
    times.push({ time: end - entered, outcome: d.status === 'open' ? null : d.status });
  }
  const incidence = cumulativeIncidenceOf(times, ['won', 'lost']);
  const won = times.filter((t) => t.outcome === 'won').length;
  const lost = times.filter((t) => t.outcome === 'lost').length;
  const timeToClose = kaplanMeierOf(
    times.map((t) => ({ time: t.time, event: t.outcome !== null })),
    DEFAULT_CONFIDENCE,
    'log',
    [],
    'first',
  );
  return {
    stage,
    reached: times.length,
    won,
    lost,
    open: times.length - won - lost,
    entryFromCreatedAt,
    incidence,
    eventualWin: incidence.window === null ? { probability: null, reason: 'no-deals' } : { probability: incidence.eventual['won']!, within: 'observed-window', windowDays: incidence.window },
    wonOfReached: rate(won, times.length, 'reached'),
    wonOfDecided: rate(won, won + lost, 'decided'),
    timeToClose,
  };
}

/**
 * Learns each stage's win probability and time to close from deal history without counting open
 * deals as lost. Per stage, the days from entering it to the close are competing outcomes (won,
 * lost); a deal still open is censored at its age (asOf − entered), so it counts as "not closed
 * yet", never as "not won". The eventual win probability is the Aalen–Johansen cumulative
 * incidence of 'won' at the last observed day (within the observed window), shown next to the
 * naive CRM rates won / reached (which counts open deals as not won) and won / decided (which
 * drops them), so the bias is visible. Time to close is the Kaplan–Meier curve of the time to any
 * close, with its median or `null` 'not-reached'.
 *
 * A deal reached a stage when its `stagesReached` names it or it is its `stage`; without
 * `stagesReached`, every stage up to its `stage` in the funnel's order. The day it entered its own
 * stage is `stageEnteredAt` (default `createdAt`); for a stage it went through, the day is not
 * known and its creation day is used (counted in `entryFromCreatedAt`).
 *
 * @param deals - `{ id, stage, status, createdAt, stageEnteredAt?, closedAt?, stagesReached? }`;
 *   won and lost deals need `closedAt`.
 * @param options - `{ asOf, stages }`: the day of the history and the funnel's stage order.
 * @returns a line per stage: counts, incidence curves, eventual and naive win rates, time to close.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE` (a won or lost deal without `closedAt`),
 *   `UNKNOWN_OPTION`, `INVALID_CHOICE` (a status), `INVALID_DATE`, `INVALID_RANGE` (dates out of
 *   order: created, entered, closed, asOf), `UNKNOWN_STAGE`, `DUPLICATE_ID`, `DUPLICATE_STAGE`, `EMPTY_LIST`.
 * @example
 * import { learnFromHistory } from 'funnel-math';
 * const history = learnFromHistory([
 *   { id: 'a', stage: 'proposal', status: 'won', createdAt: '2026-01-01', closedAt: '2026-01-11' },
 *   { id: 'b', stage: 'proposal', status: 'lost', createdAt: '2026-01-01', closedAt: '2026-01-21' },
 *   { id: 'c', stage: 'proposal', status: 'open', createdAt: '2026-01-26' },
 *   { id: 'd', stage: 'proposal', status: 'won', createdAt: '2026-01-01', closedAt: '2026-01-31' },
 * ], { asOf: '2026-01-31', stages: ['proposal'] });
 * const proposal = history.stages[0];
 * proposal.eventualWin.probability; // => '2/3'
 * [proposal.wonOfReached.rate, proposal.wonOfDecided.rate]; // => ['1/2', '2/3']
 * proposal.timeToClose.median.time; // => 20
 * @category Forecasting
 */
export function learnFromHistory(deals: readonly HistoryDeal[], options: LearnFromHistoryOptions): PipelineHistory {
  const { list, asOf, stages } = readHistory(deals, options);
  return {
    kind: 'pipeline-history',
    asOf: isoOf(asOf),
    stages: stages.map((s, i) => stageHistory(s, i, stages, list, asOf)),
    deals: list.length,
    openDeals: 'censored',
    entryWhenUnknown: 'created-at',
    estimator: 'aalen-johansen',
  };
}

/** Why {@link winWithin} has no probability, or a caveat on the one it has. */
export type WinWithinReason = 'no-deals' | 'none-open-at-age' | 'beyond-observed-window' | 'horizon-beyond-observed-window';

/** What {@link winWithin} returns. */
export type WinWithin =
  | {
      /** P(won within the horizon | still open at the age), exact. */
      readonly probability: Ratio;
      /** `'horizon-beyond-observed-window'`: age + horizon passes the last observed day, so wins after it are not seen. */
      readonly reason?: 'horizon-beyond-observed-window';
    }
  | { readonly probability: null; readonly reason: Exclude<WinWithinReason, 'horizon-beyond-observed-window'> };

/** F_won and S at day t from the steps (step functions, right-continuous; 0 and 1 before the first step). */
function at(steps: readonly { time: number; won: Ratio; survival: Ratio }[], t: number): { won: Ratio; survival: Ratio } {
  let v = { won: ZERO, survival: ONE };
  for (const s of steps) {
    if (s.time > t) break;
    v = s;
  }
  return v;
}

function ratioAt(value: unknown, path: ErrorPath): Ratio {
  return value instanceof Ratio ? value : toRatio(value, path, { phrases: enForecast, subject: 'pipelineHistory', expected: 'object' });
}

/**
 * The probability that a deal open at `ageDays` in `stage` is won within the next `horizonDays`,
 * from a {@link learnFromHistory} history: (F_won(age + h) − F_won(age)) / S(age), with F_won the
 * cumulative incidence of winning and S the share still open, both over days since entering the
 * stage. Exact. An old deal in a stage whose deals close fast is less likely to close soon than a
 * new one: this is the probability a pipeline forecast gives each deal.
 *
 * `null` with a reason when the stage had no deals (`'no-deals'`), when no past deal was still
 * open at that age (`'none-open-at-age'`, S(age) = 0), or when the age is past the last observed
 * day (`'beyond-observed-window'`). When age + horizon is past it, the probability counts the wins
 * seen up to that day and says `'horizon-beyond-observed-window'`.
 *
 * @param history - a {@link learnFromHistory} result (also after a JSON round trip).
 * @param stage - the deal's stage.
 * @param ageDays - whole days the deal has been in the stage.
 * @param horizonDays - whole days ahead.
 * @returns the probability, exact, or `null` with a reason.
 * @throws FunnelMathError `INVALID_INPUT` (not a history), `UNKNOWN_STAGE`, `NOT_INTEGER`, `NEGATIVE`, `INVALID_NUMBER`.
 * @example
 * import { learnFromHistory, winWithin } from 'funnel-math';
 * const history = learnFromHistory([
 *   { id: 'a', stage: 'demo', status: 'won', createdAt: '2026-01-01', closedAt: '2026-01-11' },
 *   { id: 'b', stage: 'demo', status: 'lost', createdAt: '2026-01-01', closedAt: '2026-01-21' },
 *   { id: 'c', stage: 'demo', status: 'won', createdAt: '2026-01-01', closedAt: '2026-02-20' },
 *   { id: 'd', stage: 'demo', status: 'open', createdAt: '2026-01-01' },
 * ], { asOf: '2026-03-02', stages: ['demo'] });
 * winWithin(history, 'demo', 0, 30).probability; // => '1/4'
 * winWithin(history, 'demo', 30, 30).probability; // => '1/2'
 * winWithin(history, 'demo', 90, 30); // => { probability: null, reason: 'beyond-observed-window' }
 * @category Forecasting
 */
export function winWithin(history: PipelineHistory, stage: string, ageDays: number, horizonDays: number): WinWithin {
  if (!isPipelineHistory(history) || !Array.isArray(history.stages)) fail('INVALID_INPUT', { phrases: enForecast, subject: 'pipelineHistory', expected: 'object', received: history }, ['history']);
  const age = toCount(ageDays, ['ageDays'], { phrases: enForecast, subject: 'dealAge', expected: 'count' });
  const horizon = toCount(horizonDays, ['horizonDays'], { phrases: enForecast, subject: 'winHorizon', expected: 'count' });
  const names = history.stages.map((s) => (isPlainObject(s) ? s.stage : undefined));
  const i = names.indexOf(stage);
  if (i < 0) fail('UNKNOWN_STAGE', { phrases: enForecast, subject: 'historyStage', key: stage, stages: names.join(', ') }, ['stage']);
  const incidence = history.stages[i]!.incidence;
  const rawSteps: unknown = isPlainObject(incidence) ? incidence.steps : undefined;
  if (!Array.isArray(rawSteps)) return fail('INVALID_INPUT', { phrases: enForecast, subject: 'pipelineHistory', expected: 'object', received: incidence }, ['history', 'stages', i, 'incidence']);
  const steps = rawSteps.map((s: unknown, j) => {
    const path = ['history', 'stages', i, 'incidence', 'steps', j];
    if (!isPlainObject(s) || !isPlainObject(s.incidence) || typeof s.time !== 'number') return fail('INVALID_INPUT', { phrases: enForecast, subject: 'pipelineHistory', expected: 'object', received: s }, path);
    return { time: s.time, won: ratioAt(s.incidence['won'], [...path, 'incidence', 'won']), survival: ratioAt(s.survival, [...path, 'survival']) };
  });
  if (steps.length === 0) return { probability: null, reason: 'no-deals' };
  const window = steps[steps.length - 1]!.time;
  if (age > window) return { probability: null, reason: 'beyond-observed-window' };
  const now = at(steps, age);
  if (now.survival.isZero()) return { probability: null, reason: 'none-open-at-age' };
  const later = at(steps, age + horizon);
  const probability = later.won.sub(now.won).div(now.survival);
  return age + horizon > window ? { probability, reason: 'horizon-beyond-observed-window' } : { probability };
}

/**
 * True when `value` is a {@link learnFromHistory} result: a plain object whose `kind` is `'pipeline-history'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link PipelineHistory}).
 * @example
 * import { isPipelineHistory, learnFromHistory } from 'funnel-math';
 * const result = learnFromHistory([{ id: 'a', stage: 'demo', status: 'open', createdAt: '2026-01-01' }], { asOf: '2026-01-31', stages: ['demo'] });
 * isPipelineHistory(result); // => true
 * isPipelineHistory(JSON.parse(JSON.stringify(result))); // => true
 * isPipelineHistory({ kind: 'plan' }); // => false
 * @category Forecasting
 */
export function isPipelineHistory(value: unknown): value is PipelineHistory {
  return hasKind(value, 'pipeline-history');
}
