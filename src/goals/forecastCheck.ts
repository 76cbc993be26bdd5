/**
 * Realistic, forward-looking: an outcome goal against the open pipeline's forecast (coverage and
 * the chance of reaching the target by the deadline), and a revenue goal against the team's quota
 * capacity (the hires it would take, and when they must start).
 * @internal
 * @module
 */
import type { DateInput } from '../calendar/dates.js';
import { isoOf, yearMonthOf } from '../calendar/dates.js';
import { readDay } from '../calendar/dayPiece.js';
import { fail, FunnelMathError, type ErrorPath } from '../errors.js';
import { pipelineForecast, type ForecastDeal, type PipelineForecast } from '../forecast/pipelineForecast.js';
import { readForecastDeals } from '../forecast/readDeals.js';
import type { PipelineHistory } from '../forecast/learnFromHistory.js';
import { enGoals } from '../messages/enGoals.js';
import { toRatio, type NumberInput } from '../numbers/parse.js';
import { Ratio, ZERO } from '../numbers/ratio.js';
import { displayRatio } from '../numbers/roundFloat.js';
import { isPlainObject } from '../schema.js';
import { hiresNeeded, type HiresNeededOptions } from '../team/hiresNeeded.js';
import type { Emit } from './emit.js';
import type { FindingValue } from './findings.js';
import type { Param } from './format.js';
import type { DraftGoal } from './readGoal.js';
import type { SmartThresholds } from './thresholds.js';

/**
 * The open pipeline an outcome goal is forecast from: the deals as {@link pipelineForecast} takes
 * them, the day they were looked at, and where their probabilities come from.
 */
export interface SmartPipeline {
  /** The deals: open ones with a stage (and their own `probability`, or their stage's), won ones with `closedAt`. */
  readonly deals: readonly ForecastDeal[];
  /** The day the pipeline was looked at; the forecast runs from it to the goal's deadline. */
  readonly asOf: DateInput;
  /** The probability that a deal at a stage is won by the deadline, keyed by stage (`{ proposal: '50%' }`). */
  readonly probabilities?: { readonly [stage: string]: NumberInput };
  /**
   * Instead of `probabilities`: a {@link learnFromHistory} result, as {@link pipelineForecast} takes
   * it: an open deal without its own `probability` gets its chance of being won in the days left to
   * the deadline, at its age in its stage (`stageEnteredAt`, else `createdAt`; {@link winWithin}).
   */
  readonly history?: PipelineHistory;
}

/**
 * The team a goal is checked against: the options of {@link hiresNeeded}, the deadline and measure
 * coming from the goal, `periods` defaulting to the goal's months. A revenue goal uses its quota
 * fields (`quotaPerRep` required); an activity stage of `capacity` uses `ramp`, `attrition`,
 * `backfillDelayMonths`, `partialMonth` and `hireFrom` (which may be before the goal starts).
 */
export type SmartTeam = Omit<HiresNeededOptions, 'deadline' | 'measure' | 'quotaPerRep' | 'periods'> & {
  readonly quotaPerRep?: HiresNeededOptions['quotaPerRep'];
  readonly periods?: HiresNeededOptions['periods'];
};

const PIPELINE_KEYS = ['deals', 'asOf', 'probabilities', 'history'] as const;

/** Runs `run`; an error it throws is re-thrown with its path moved to where the caller typed the value. */
function movedTo<T>(move: (path: ErrorPath) => ErrorPath, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof FunnelMathError) throw new FunnelMathError(error.code, error.message, move(error.path), error.params);
    throw error;
  }
}

function pipelinePath(path: ErrorPath): ErrorPath {
  const [head, ...rest] = path;
  if (head === 'deals') return ['context', 'pipeline', 'deals', ...rest];
  // the period ends at the deadline: an end before asOf is an asOf after the deadline
  if (head === 'options' && rest[0] === 'period') return ['context', 'pipeline', 'asOf'];
  if (head === 'options' && rest[0] === 'quota') return ['goal', 'target'];
  if (head === 'options') return ['context', 'pipeline', ...rest];
  return ['context', 'pipeline', ...path];
}

/** Why a goal cannot be forecast from a pipeline, or null when it can. */
function whyNotForecast(goal: DraftGoal, target: Ratio | null, startDay: number | null, deadlineDay: number | null): string | null {
  if (goal.kind !== 'outcome') return 'not-outcome';
  if (target === null) return 'no-target';
  if (startDay === null || deadlineDay === null || deadlineDay < startDay) return 'no-dates';
  if (goal.target?.direction === 'at-most') return 'at-most';
  if (goal.aggregate === 'level' || (goal.measure !== 'money' && goal.measure !== 'count')) return 'level-metric';
  return null;
}

/** P(wins ≥ need) from the count distribution: exact, or the sum of each term's bounds. */
function countAtLeast(f: PipelineForecast, need: bigint): { resolved: true; value: Ratio } | { resolved: false; lower: number; upper: number } {
  const c = f.count;
  if (c.method === 'exact-rational') {
    let p = ZERO;
    for (const d of c.distribution) if (BigInt(d.wins) >= need) p = p.add(d.probability);
    return { resolved: true, value: p };
  }
  let lower = 0;
  let upper = 0;
  for (const d of c.distribution) {
    if (BigInt(d.wins) >= need) {
      lower += d.lower;
      upper += d.upper;
    }
  }
  // each term is a bound; their float sum is widened by one ulp per term, outward
  const n = c.distribution.length;
  return { resolved: false, lower: Math.max(0, lower * (1 - n * 2 ** -52)), upper: Math.min(1, upper * (1 + n * 2 ** -52)) };
}

/**
 * Reports the pipeline's coverage of what is still to win and the forecast chance of reaching the
 * target. Returns whether it ran.
 */
export function checkPipeline(
  goal: DraftGoal,
  target: Ratio | null,
  raw: unknown,
  startDay: number | null,
  deadlineDay: number | null,
  t: SmartThresholds,
  emit: Emit,
): boolean {
  const at: ErrorPath = ['context', 'pipeline'];
  if (!isPlainObject(raw)) return fail('INVALID_INPUT', { phrases: enGoals, subject: 'smartContext', expected: 'object', received: raw }, at);
  for (const key of Object.keys(raw)) {
    if (!(PIPELINE_KEYS as readonly string[]).includes(key)) fail('UNKNOWN_OPTION', { phrases: enGoals, subject: 'smartContext', key, allowed: PIPELINE_KEYS.map((k) => `"${k}"`).join(', ') }, [...at, key]);
  }
  if (raw['deals'] === undefined) fail('MISSING_VALUE', { phrases: enGoals, subject: 'smartContext', key: 'deals', expected: 'object' }, [...at, 'deals']);
  if (raw['asOf'] === undefined) fail('MISSING_VALUE', { phrases: enGoals, subject: 'paceAsOf', expected: 'date' }, [...at, 'asOf']);
  const why = whyNotForecast(goal, target, startDay, deadlineDay);
  if (why !== null) {
    emit('REALISTIC_UNCHECKED', at, {}, { reason: why });
    return true;
  }
  const asOf = readDay(raw['asOf'], [...at, 'asOf'], { phrases: enGoals, subject: 'paceAsOf' });
  const list = movedTo(pipelinePath, () => readForecastDeals(raw['deals'], ['deals']));
  // won before the as-of day but inside the goal: already counted toward it
  let wonBeforeAmount = ZERO;
  let wonBeforeCount = 0;
  let openAmount = ZERO;
  let openCount = 0;
  for (const d of list) {
    const status = d.status ?? 'open';
    if (status === 'won' && d.closedAt !== undefined && d.closedAt >= startDay! && d.closedAt < asOf) {
      wonBeforeAmount = wonBeforeAmount.add(d.amount);
      wonBeforeCount++;
    }
    if (status === 'open') {
      openAmount = openAmount.add(d.amount);
      openCount++;
    }
  }
  const money = goal.measure === 'money';
  const tgt = target!;
  const quota = money ? tgt.sub(wonBeforeAmount) : ZERO;
  const forecast = movedTo(pipelinePath, () =>
    pipelineForecast(raw['deals'] as readonly ForecastDeal[], {
      asOf: isoOf(asOf),
      period: { end: isoOf(deadlineDay!) },
      ...(raw['probabilities'] === undefined ? {} : { probabilities: raw['probabilities'] as SmartPipeline['probabilities'] & object }),
      ...(raw['history'] === undefined ? {} : { history: raw['history'] as PipelineHistory }),
      ...(money ? { quota: quota.sign() < 0 ? ZERO : quota } : {}),
    }),
  );
  const fromHistory = forecast.probabilitySource.method === 'history' ? forecast.probabilitySource.deals.length : 0;
  const won = money ? wonBeforeAmount.add(toRatio(forecast.wonAmount)) : Ratio.of(wonBeforeCount + forecast.count.certain);
  const remaining = tgt.sub(won);
  const style = money ? ('money' as const) : ('number' as const);
  const num = (r: Ratio): Param => ({ num: r, style, unit: goal.unit });
  const common: Record<string, FindingValue> = { target: tgt.toString(), won: won.toString(), asOf: isoOf(asOf), deadline: isoOf(deadlineDay!), fromHistory };
  if (remaining.sign() <= 0) {
    emit('TARGET_ALREADY_WON', at, { target: num(tgt), won: num(won) }, common);
    return true;
  }
  const open = money ? openAmount : Ratio.of(openCount);
  const coverage = open.div(remaining);
  emit(
    'PIPELINE_COVERAGE',
    [...at, 'deals'],
    { open: num(open), remaining: num(remaining), target: num(tgt), won: num(won), coverage: { num: coverage, style: 'number' } },
    { ...common, open: open.toString(), remaining: remaining.toString(), coverage: coverage.toString() },
  );
  const probability = money ? forecast.quota!.probability : countAtLeast(forecast, tgt.ceil() - BigInt(wonBeforeCount));
  const method = money ? forecast.amountMethod : forecast.count.method;
  judge(probability, { target: num(tgt), deadline: { text: isoOf(deadlineDay!) } }, { ...common, method }, t, emit);
  return true;
}

/** The finding for the forecast chance, by the thresholds; a bracket by the bound that decides. */
function judge(
  p: { resolved: true; value: Ratio } | { resolved: false; lower: number; upper: number },
  base: Record<string, Param>,
  data: Record<string, FindingValue>,
  t: SmartThresholds,
  emit: Emit,
): void {
  const at: ErrorPath = ['goal', 'target'];
  const warn = toRatio(t.forecastWarn, ['context', 'thresholds', 'forecastWarn']);
  const failAt = toRatio(t.forecastFail, ['context', 'thresholds', 'forecastFail']);
  const params = { ...base, warn: { num: warn, style: 'percent' as const }, fail: { num: failAt, style: 'percent' as const } };
  const limits = { forecastWarn: t.forecastWarn, forecastFail: t.forecastFail };
  if (p.resolved) {
    const d = { ...data, ...limits, probability: p.value.toString(), resolved: true };
    const shown = { ...params, probability: { num: p.value, style: 'percent' as const } };
    if (p.value.compare(warn) >= 0) emit('FORECAST_LIKELY', at, shown, d);
    else if (p.value.compare(failAt) >= 0) emit('FORECAST_UNLIKELY', at, shown, d);
    else emit('FORECAST_VERY_UNLIKELY', at, shown, d);
    return;
  }
  const d = { ...data, ...limits, lower: p.lower, upper: p.upper, resolved: false };
  const shown = { ...params, lower: { num: displayRatio(p.lower), style: 'percent' as const }, upper: { num: displayRatio(p.upper), style: 'percent' as const } };
  if (p.upper < t.forecastFail) emit('FORECAST_BRACKET_VERY_UNLIKELY', at, shown, d);
  else if (p.lower >= t.forecastWarn) emit('FORECAST_BRACKET_LIKELY', at, shown, d);
  else if (p.lower >= t.forecastFail && p.upper < t.forecastWarn) emit('FORECAST_BRACKET_UNLIKELY', at, shown, d);
  else emit('FORECAST_BRACKET_UNDECIDED', at, shown, d);
}

/** The goal's deadline month, `'YYYY-MM'`. */
function monthOf(day: number): string {
  const { year, month } = yearMonthOf(day);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * A revenue goal against the team's quota capacity from the first month of `periods` through the
 * goal's deadline month: the hires it takes and the latest month they can start, or why no hire
 * helps in time. Returns whether it ran.
 */
export function checkTeam(goal: DraftGoal, target: Ratio | null, raw: unknown, startDay: number | null, deadlineDay: number | null, emit: Emit, forActivity = false): boolean {
  const at: ErrorPath = ['context', 'team'];
  if (!isPlainObject(raw)) return fail('INVALID_INPUT', { phrases: enGoals, subject: 'smartContext', expected: 'object', received: raw }, at);
  for (const key of ['deadline', 'measure']) {
    if (Object.hasOwn(raw, key)) fail('UNKNOWN_OPTION', { phrases: enGoals, subject: 'smartContext', key, allowed: 'the options of hiresNeeded but "deadline" and "measure", which come from the goal' }, [...at, key]);
  }
  let why = whyNotForecast(goal, target, startDay, deadlineDay);
  if (why === null && goal.measure !== 'money') why = 'not-money';
  if (why !== null) {
    // not a revenue goal: the funnel's capacity check uses the team for its activity stages
    if (forActivity) return false;
    emit('REALISTIC_UNCHECKED', at, {}, { reason: why });
    return true;
  }
  // a team without quotas given beside a funnel's capacity is there for the activity stages
  if (forActivity && (raw as { quotaPerRep?: unknown }).quotaPerRep === undefined) return false;
  const deadline = monthOf(deadlineDay!);
  // the plan's months default to the goal's, from its start month through its deadline month
  const first = yearMonthOf(startDay!);
  const last = yearMonthOf(deadlineDay!);
  const periods = { from: monthOf(startDay!), months: (last.year - first.year) * 12 + last.month - first.month + 1 };
  const need = movedTo(
    (path) => (path[0] === 'goal' ? ['goal', 'target'] : path[0] === 'options' && path[1] === 'deadline' ? ['goal', 'deadline'] : ['context', 'team', ...path.slice(1)]),
    () => hiresNeeded(target!, { periods, ...(raw as unknown as SmartTeam), deadline, measure: 'through-deadline' } as HiresNeededOptions),
  );
  const capacity = toRatio(need.withoutHires);
  if (capacity.compare(target!) >= 0) return true;
  const money = (r: Ratio): Param => ({ num: r, style: 'money', unit: goal.unit });
  const params = { capacity: money(capacity), target: money(target!), deadline: { text: deadline } };
  const data = { target: target!.toString(), capacity: need.withoutHires.toString(), deadline, measure: need.measure };
  if (need.feasible) {
    emit(
      'TEAM_HIRES_NEEDED',
      at,
      { ...params, hires: { num: Ratio.of(need.hires), style: 'number' }, latestStart: { text: need.latestStart ?? deadline } },
      { ...data, hires: need.hires, latestStart: need.latestStart, withHires: need.withHires.toString() },
    );
  } else {
    emit('TEAM_HIRES_INFEASIBLE', at, params, { ...data, reason: need.reason });
  }
  return true;
}
