/**
 * Realistic: an outcome goal turned through the funnel into the activity it needs
 * ({@link requiredActivity}), compared with the team's capacity in the goal's working days; the
 * conversion rate the goal silently assumes, compared with the interval history supports; and
 * the goal's channel, against that channel's track record.
 * @internal
 * @module
 */
import { enGoals } from '../messages/enGoals.js';
import { availableIn, readCapacity, type StageCapacity } from '../calendar/capacity.js';
import { countWorkingDays, type Calendar } from '../calendar/workingDays.js';
import { fail, FunnelMathError } from '../errors.js';
import type { Funnel } from '../funnel/defineFunnel.js';
import { toRatio } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { DISPLAY_PLACES, displayRatio, roundFloat } from '../numbers/roundFloat.js';
import { requiredActivity } from '../plan/requiredActivity.js';
import { givenAsCounts } from '../rates/givenAsCounts.js';
import { readRates } from '../rates/readRates.js';
import { readStageKeyed } from '../funnel/stageKeyed.js';
import { looksObserved, readObserved } from '../input/rate.js';
import type { HistoryPoint } from './achievable.js';
import type { Emit } from './emit.js';
import type { DraftGoal } from './readGoal.js';
import type { SmartThresholds } from './thresholds.js';
import { wilsonBounds } from '../special/wilson.js';
import { yearMonthOf } from '../calendar/dates.js';
import { activityHires, firstHiringMonth, readActivityTeam, type ActivityTeam } from '../team/activityHires.js';
import { monthLabel, monthStart } from '../team/read.js';
import type { Param } from './format.js';

/** What the realistic checks need from the context, read. */
export interface RealisticContext {
  readonly funnel: Funnel | null;
  readonly rates: unknown;
  readonly capacity: unknown;
  readonly averageDealSize: Ratio | null;
  readonly channels: Readonly<Record<string, readonly HistoryPoint[]>> | null;
  readonly calendar: Calendar;
  readonly startDay: number | null;
  readonly deadlineDay: number | null;
  /** The team's ramp, attrition and hiring (`context.team`), as written, or undefined. */
  readonly team?: unknown;
}

/** The goal's months for the hiring check: the first (hiring may start before the goal), the goal's first, and the working days of each. */
interface GoalMonths {
  readonly team: ActivityTeam;
  readonly first: number;
  readonly startMonth: number;
  readonly workingDays: readonly number[];
}

function goalMonths(raw: unknown, cal: Calendar, startDay: number, deadlineDay: number): GoalMonths {
  const team = readActivityTeam(raw, ['context', 'team']);
  const month = (day: number) => {
    const { year, month: m } = yearMonthOf(day);
    return year * 12 + m;
  };
  const startMonth = month(startDay);
  const last = month(deadlineDay);
  const first = firstHiringMonth(team, startMonth, last, ['context', 'team', 'hireFrom']);
  const workingDays: number[] = [];
  for (let m = first; m <= last; m++) {
    const lo = Math.max(startDay, monthStart(m));
    const hi = Math.min(deadlineDay, monthStart(m + 1) - 1);
    workingDays.push(lo <= hi ? countWorkingDays(cal, lo, hi) : 0);
  }
  return { team, first, startMonth, workingDays };
}

/**
 * With a team: a stage's activity against what its reps are expected to do with attrition and
 * backfill, and the hires (with ramp) that close a shortfall and the latest month they can start.
 * Returns false when the team does the activity as it is (the plain capacity findings then apply).
 */
function checkHires(need: number, c: StageCapacity, stage: string, days: number, months: GoalMonths, params: Readonly<Record<string, Param>>, emit: Emit): boolean {
  const r = activityHires(Ratio.of(need), c, months.team, months.first, months.workingDays, months.startMonth);
  if (r.feasible && r.hires === 0) return false;
  const at = ['context', 'capacity', stage];
  const num = (x: Ratio) => ({ num: x, style: 'number' as const });
  const data = { stage, required: need, workingDays: days, expected: r.expected.toString(), perRepPerDay: c.perRepPerDay.toString(), hireStartsOn: 'first-of-month' };
  const shown = { ...params, expected: num(r.expected) };
  if (!r.feasible) {
    emit('CAPACITY_HIRES_INFEASIBLE', at, shown, { ...data, reason: 'no-activity-from-hires-by-deadline' });
    return true;
  }
  const latestStart = `${monthLabel(r.latestStart!)}-01`;
  emit(
    'CAPACITY_HIRES_NEEDED',
    at,
    { ...shown, hires: num(Ratio.of(r.hires)), latestStart: { text: latestStart } },
    { ...data, hires: r.hires, latestStart, perHire: r.perHire!.toString(), withHires: r.withHires!.toString() },
  );
  return true;
}

function goalStage(goal: DraftGoal, funnel: Funnel): number {
  if (goal.stage !== null) {
    const i = funnel.ids.indexOf(goal.stage);
    if (i === -1) fail('UNKNOWN_STAGE', { phrases: enGoals, subject: 'goalStage', key: goal.stage, stages: funnel.ids.join(', ') }, ['goal', 'stage']);
    return i;
  }
  // a stage named like the metric ('meetings' → 'meeting'), else the last stage for an outcome, the first for an activity
  const metric = goal.metric ?? '';
  for (const name of [metric, metric.replace(/s$/, '')]) {
    const i = funnel.ids.indexOf(name);
    if (i !== -1) return i;
  }
  return goal.kind === 'outcome' ? funnel.ids.length - 1 : 0;
}

/** Observed successes/trials into each stage, where the rates carry them. */
function observedCounts(funnel: Funnel, rates: unknown, upTo: number): ({ successes: number; trials: number } | null)[] {
  const out: ({ successes: number; trials: number } | null)[] = funnel.ids.map(() => null);
  if (givenAsCounts(funnel, rates, ['context', 'rates'])) {
    for (const s of rates.stages) {
      const i = funnel.ids.indexOf(s.stage);
      if (i > 0 && i <= upTo && s.ofPrevious && s.ofPrevious.value !== null) out[i] = { successes: s.ofPrevious.numerator, trials: s.ofPrevious.denominator };
    }
    return out;
  }
  // observed rates are read (and checked) by the shared reader; a rate given as a number has no counts
  const observed = readStageKeyed(funnel, rates, ['context', 'rates'], (value, path, context) => (looksObserved(value) ? readObserved(value, path, { subject: 'rateInto', ...context }) : null), {
    from: 1,
    about: { subject: 'rates', expected: 'stageKeyed' },
  });
  for (let i = 1; i <= upTo; i++) out[i] = observed[i] ?? null;
  return out;
}

const MAX_SAFE_BIG = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);

/** Returns why the funnel check could not run, or null when it ran. */
function checkFunnel(goal: DraftGoal, target: Ratio | null, ctx: RealisticContext, t: SmartThresholds, emit: Emit): string | null {
  const funnel = ctx.funnel!;
  if (ctx.capacity === undefined) return 'no-capacity';
  if (target === null) return 'no-target';
  if (ctx.startDay === null || ctx.deadlineDay === null || ctx.deadlineDay < ctx.startDay) return 'no-dates';
  if (goal.target?.direction === 'at-most') return 'at-most';
  if (goal.aggregate === 'level') return 'level-metric';
  let units = target;
  if (goal.measure === 'money') {
    if (ctx.averageDealSize === null) return 'no-deal-size';
    units = target.div(ctx.averageDealSize);
  }
  const countBig = units.ceil();
  const at = goalStage(goal, funnel);
  if (countBig > MAX_SAFE_BIG) fail('RESULT_TOO_LARGE', { subject: 'planNeed', value: String(countBig), stage: funnel.ids[at]!, expected: 'goalAndRates' }, ['goal', 'target']);
  const count = Number(countBig);
  const capacity = readCapacity(ctx.capacity, funnel.ids, ['context', 'capacity']);

  let required: number[] = [count];
  let rates: Ratio[] = [];
  if (at > 0) {
    if (ctx.rates === undefined) return 'no-rates';
    rates = readRates(funnel, ctx.rates, at, { path: ['context', 'rates'] });
    const byId = Object.fromEntries(rates.map((r, i) => [funnel.ids[i]!, r]).slice(1));
    try {
      required = [...requiredActivity(funnel, { goal: { count, at: funnel.ids[at]! }, rates: byId }).stages.map((s) => s.required)];
    } catch (error) {
      if (error instanceof FunnelMathError) throw new FunnelMathError(error.code, error.message, ['goal', 'target'], error.params);
      throw error;
    }
  }
  const days = countWorkingDays(ctx.calendar, ctx.startDay, ctx.deadlineDay);
  const warnShare = toRatio(t.capacityWarn, ['context', 'thresholds', 'capacityWarn']);
  const months = ctx.team === undefined ? null : goalMonths(ctx.team, ctx.calendar, ctx.startDay, ctx.deadlineDay);
  let top: { stage: number; available: number } | null = null;
  for (const c of [...capacity].sort((a, b) => a.stage - b.stage)) {
    const s = c.stage;
    if (s > at) continue;
    const availableBig = availableIn(c, days);
    if (availableBig > MAX_SAFE_BIG) {
      fail('RESULT_TOO_LARGE', { subject: 'capacity', value: String(availableBig), stage: funnel.ids[s]! }, ['context', 'capacity', funnel.ids[s]!]);
    }
    const available = Number(availableBig);
    const need = required[s]!;
    const stage = funnel.ids[s]!;
    if (top === null && s < at) top = { stage: s, available };
    const data = { stage, required: need, available, workingDays: days, shortfall: Math.max(0, need - available) };
    const params = {
      stage: { text: stage },
      required: { num: Ratio.of(need), style: 'number' as const },
      available: { num: Ratio.of(available), style: 'number' as const },
      days: { num: Ratio.of(days), style: 'number' as const },
      shortfall: { num: Ratio.of(Math.max(0, need - available)), style: 'number' as const },
      share: { num: available === 0 ? ONE : Ratio.of(need, available), style: 'percent' as const },
    };
    if (months !== null && checkHires(need, c, stage, days, months, params, emit)) continue;
    if (need > available) emit('CAPACITY_SHORTFALL', ['context', 'capacity', stage], params, data);
    else if (Ratio.of(need).compare(warnShare.mul(Ratio.of(available))) > 0) emit('CAPACITY_TIGHT', ['context', 'capacity', stage], params, data);
  }

  // the rate the goal silently assumes: its count from what the top capacity stage can do
  if (top !== null && top.available > 0) {
    const counts = observedCounts(funnel, ctx.rates, at);
    let point = ONE;
    let lower = 1;
    let upper = 1;
    let observed = false;
    for (let i = top.stage + 1; i <= at; i++) {
      point = point.mul(rates[i]!);
      const c = counts[i];
      if (c) {
        observed = true;
        const w = wilsonBounds(c.successes, c.trials, t.level);
        lower *= w.lower;
        upper *= w.upper;
      } else {
        lower *= rates[i]!.toNumber();
        upper *= rates[i]!.toNumber();
      }
    }
    if (observed) {
      const assumed = Ratio.of(count, top.available);
      const from = funnel.ids[top.stage]!;
      const to = funnel.ids[at]!;
      const data = {
        from,
        to,
        assumed: assumed.toString(),
        estimate: point.toString(),
        lower: roundFloat(lower, DISPLAY_PLACES),
        upper: roundFloat(upper, DISPLAY_PLACES),
        level: t.level,
      };
      const params = {
        from: { text: from },
        to: { text: to },
        assumed: { num: assumed, style: 'percent' as const },
        estimate: { num: point, style: 'percent' as const },
        lower: { num: displayRatio(lower), style: 'percent' as const },
        upper: { num: displayRatio(upper), style: 'percent' as const },
      };
      if (assumed.toNumber() > upper) emit('ASSUMED_RATE_ABOVE_INTERVAL', ['context', 'rates'], params, data);
      else if (assumed.compare(point) > 0) emit('ASSUMED_RATE_ABOVE_ESTIMATE', ['context', 'rates'], params, data);
    }
  }
  return null;
}

export function checkRealistic(goal: DraftGoal, target: Ratio | null, ctx: RealisticContext, t: SmartThresholds, emit: Emit, checkedForward = false): void {
  // the pipeline or the team already checked realism: no "unchecked" for lack of a funnel
  let ran = checkedForward;
  let reason = 'no-funnel';
  if (ctx.channels !== null && goal.channel !== null) {
    ran = true;
    const history = Object.hasOwn(ctx.channels, goal.channel) ? ctx.channels[goal.channel]! : [];
    if (history.every((p) => p.value.isZero())) {
      emit('CHANNEL_WITHOUT_HISTORY', ['goal', 'channel'], { channel: { text: goal.channel } }, { channel: goal.channel, points: history.length });
    }
  }
  if (ctx.funnel !== null) {
    const why = checkFunnel(goal, target, ctx, t, emit);
    // a funnel that was given but could not be used is always reported
    if (why !== null) emit('REALISTIC_UNCHECKED', ['context', 'funnel'], {}, { reason: why });
    return;
  }
  if (goal.channel !== null && ctx.channels === null) reason = 'no-channels';
  if (!ran) emit('REALISTIC_UNCHECKED', ['context'], {}, { reason });
}
