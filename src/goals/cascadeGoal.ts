import { enGoals } from '../messages/enGoals.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import type { DateInput } from '../calendar/dates.js';
import { readCalendar, type Weekday } from '../calendar/workingDays.js';
import { fail } from '../errors.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { cascadeIntoSchema } from './choices.js';
import { readReps } from '../calendar/reps.js';
import { apportionIntegers, integerWeights } from '../numbers/apportion.js';
import { Money, ratioToMoney } from '../numbers/money.js';
import type { NumberInput } from '../numbers/parse.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import { roundHalfEven } from '../numbers/roundHalfEven.js';
import { strictGoal } from './defineGoal.js';
import type { Goal, GoalInput } from './goalTypes.js';
import { isoOf, periodsOf, readTarget, readWeights, readWindow, type CascadeInto } from './window.js';
import { hasKind } from '../kind.js';

export type { CascadeInto };

/** A value of a goal: whole units (a number), money or hundredths (a Decimal), or an exact rate or level (a Ratio). */
export type GoalAmount = number | Decimal | Ratio;

/** Options of {@link cascadeGoal}. */
export interface CascadeOptions {
  readonly into: CascadeInto;
  readonly weekend?: readonly Weekday[];
  readonly holidays?: readonly DateInput[];
  /** Seasonality: one non-negative weight per sub-period, in order (default: their working days). */
  readonly weights?: readonly NumberInput[];
  /** Split each part per rep: names (equal shares) or `{ name: weight }`. */
  readonly reps?: readonly string[] | { readonly [rep: string]: NumberInput };
}

/** One sub-goal of a {@link Cascade}. */
export interface SubGoal {
  readonly start: string;
  readonly end: string;
  readonly workingDays: number;
  /** Its share of the parent: weight / sum of weights (exact). */
  readonly share: Ratio;
  /**
   * A metric that adds up (revenue, calls): this period's part, summing exactly to the parent.
   * A level (win rate, LTV): the level to reach by the end of this period.
   */
  readonly target: GoalAmount;
  /** Running total of `target` for a metric that adds up; the same as `target` for a level. */
  readonly cumulative: GoalAmount;
  /**
   * For a relative goal: this period's change of the level, compounding to the parent's change
   * ((1.1)^(1/12) − 1 a month for +10% a year; Decimal, 60 significant digits); for an additive
   * change, its linear share (Ratio). `null` for absolute goals.
   */
  readonly stepChange: Decimal | Ratio | null;
  /** Per rep, when `reps` was given; sums to `target` for a metric that adds up. */
  readonly byRep: { readonly [rep: string]: GoalAmount } | null;
}

/** What {@link cascadeGoal} returns. JSON-serialisable. */
export interface Cascade {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'cascade';
  readonly goal: Goal;
  readonly into: CascadeInto;
  /** The parent's total as split: whole units, money to the cent, or the target level. */
  readonly total: GoalAmount;
  readonly subGoals: readonly SubGoal[];
  /** Per rep totals, when `reps` was given. */
  readonly reps: { readonly [rep: string]: GoalAmount } | null;
  /** How the numbers were rounded and spread, in words. */
  readonly policy: string;
}

/** A value read later, by the reader that knows what it is (a calendar, weights, reps). */
const later = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown());

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    into: /* @__PURE__ */ choicePiece(cascadeIntoSchema, 'cascadeInto', 'cascadeInto', { phrases: enGoals }),
    weekend: later,
    holidays: later,
    weights: later,
    reps: later,
  }),
);

const MAX_SAFE_BIG = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);

/** x^(p/q) for x > 0 at 60 significant digits: exp(ln(x) · p / q). */
function powRatio(x: Ratio, e: Ratio): Decimal {
  if (e.isZero()) return new Money(1);
  return ratioToMoney(x).ln().mul(e.num.toString()).div(e.den.toString()).exp();
}

/**
 * Splits a goal into sub-goals per quarter, month, ISO week or working day that add up exactly to
 * it, optionally per rep.
 *
 * - A metric that adds up (revenue, calls, MQLs) is split in proportion to `weights` (default: the
 *   working days in each sub-period; give monthly seasonality weights instead) by largest
 *   remainder: whole units for counts (a fractional total, such as +15% of 130 MQLs = 149.5, is
 *   first rounded up for an at-least goal, down for an at-most one), cents for money, hundredths
 *   for amounts such as hours. With `reps`, the total is split over reps by weight first, then
 *   each rep's share over the sub-periods, so reps and sub-periods both sum exactly.
 * - A level (win rate, churn, LTV) is not split: each sub-goal is the level to reach by its end
 *   (with `reps`, every rep gets that level).
 *   A relative change compounds: with sᵢ the share of the window's time sub-period i covers (a
 *   whole month is 1/12 of a year; a part month counts by calendar days), its step is
 *   (1 + g)^sᵢ − 1 — for +10% a year, (1.1)^(1/12) − 1 ≈ 0.797% a month, not 10%/12 — and the
 *   level after it is baseline × (1 + g)^(s₁ + … + sᵢ). These powers are irrational: decimal.js at
 *   60 significant digits; the last level is the target exactly. An additive change ('+8pp') and
 *   an absolute target with a baseline move linearly; an absolute level without a baseline is
 *   simply held. The same steps are reported for relative goals on metrics that add up: the
 *   per-period growth that compounds to the goal's.
 *
 * @param goal - a {@link defineGoal} result or goal object, with start, deadline and a target
 *   (a relative target needs its baseline).
 * @param options.into - `'quarter'`, `'month'`, `'week'` (ISO, Monday–Sunday) or `'day'` (working days).
 * @param options.weights - one non-negative weight per sub-period, in order.
 * @param options.reps - names or `{ name: weight }`.
 * @returns the sub-goals, the total as split and the policy in words.
 * @throws FunnelMathError `MISSING_VALUE` (no start, deadline or `into`; a relative target
 *   without baseline), `INVALID_CHOICE` (`into`), `UNKNOWN_OPTION`, `GOAL_TOO_LONG` (over 100
 *   years), `NO_WORKING_DAYS`, `WEIGHTS_COUNT` (not one weight per period), `ZERO_WEIGHTS`,
 *   `INVALID_INPUT` (weights not a list, bad reps), `NEGATIVE`, `RESULT_TOO_LARGE`, and those of
 *   {@link defineGoal}.
 * @example
 * import { cascadeGoal } from 'funnel-math';
 * const goal = { title: 'Q1 revenue', metric: 'revenue', target: { value: 100000, unit: 'USD' }, start: '2026-01-01', deadline: '2026-03-31' };
 * cascadeGoal(goal, { into: 'month' }).subGoals.map((s) => s.target); // => ['34375', '31250', '34375']
 * cascadeGoal(goal, { into: 'month', weights: [1, 1, 1] }).subGoals.map((s) => s.target); // => ['33333.34', '33333.33', '33333.33']
 * const ltv = { title: 'LTV', metric: 'LTV', target: '+10%', baseline: 1000, unit: 'USD', start: '2026-01-01', deadline: '2026-12-31' };
 * cascadeGoal(ltv, { into: 'month' }).subGoals[0]!.stepChange!.toFixed(10); // => '0.0079741404'
 * cascadeGoal(ltv, { into: 'quarter' }).subGoals[3]!.target; // => '1100'
 * @category Goals
 */
export function cascadeGoal(goal: GoalInput | Goal, options: CascadeOptions): Cascade {
  const g = strictGoal(goal, ['goal']);
  const opts = input.read(options, ['options']);
  const cal = readCalendar({ weekend: opts.weekend, holidays: opts.holidays }, ['options']);
  const { first, last } = readWindow(g);
  const target = readTarget(g);
  const periods = periodsOf(first, last, opts.into, cal);
  if (periods.length === 0) fail('NO_WORKING_DAYS', { start: g.start!, end: g.deadline! }, ['goal']);
  const weights = opts.weights === undefined ? periods.map((p) => Ratio.of(p.workingDays)) : readWeights(opts.weights, periods, ['options', 'weights']);
  const reps = readReps(opts.reps, ['options', 'reps']);
  const totalSteps = periods.reduce((a, p) => a.add(p.step), ZERO);
  const shares: Ratio[] = [];
  let cumStep = ZERO;
  const timeShare = periods.map((p) => p.step.div(totalSteps));
  const cumTime = periods.map((p) => (cumStep = cumStep.add(p.step)).div(totalSteps));

  // the change per sub-period, for relative goals
  const t = g.target;
  let stepChange: (i: number) => Decimal | Ratio | null = () => null;
  const growth = t.type === 'relative' && t.basis === 'relative' ? ONE.add(t.change) : null;
  if (t.type === 'relative') {
    if (growth !== null && growth.sign() > 0) stepChange = (i) => powRatio(growth, timeShare[i]!).sub(1);
    else if (t.basis === 'additive') stepChange = (i) => t.change.mul(timeShare[i]!);
  }

  let total: GoalAmount;
  let parts: GoalAmount[];
  let cumulative: GoalAmount[];
  let byRep: ({ [rep: string]: GoalAmount } | null)[] = periods.map(() => null);
  let repTotals: { [rep: string]: GoalAmount } | null = null;
  let policy: string;

  if (g.aggregate === 'sum') {
    const sumW = weights.reduce((a, w) => a.add(w), ZERO);
    if (sumW.isZero() && !target.isZero()) {
      if (opts.weights === undefined) fail('NO_WORKING_DAYS', { start: g.start!, end: g.deadline! }, ['goal']);
      fail('ZERO_WEIGHTS', {}, ['options', 'weights']);
    }
    weights.forEach((w) => shares.push(sumW.isZero() ? ZERO : w.div(sumW)));
    // the total in whole units of 1 (counts) or 1/100 (money, amounts)
    const scale = g.measure === 'count' ? 1n : 100n;
    const scaled = target.mul(Ratio.of(scale, 1n));
    const unitsBig = g.measure === 'count' ? (t.direction === 'at-most' ? scaled.floor() : scaled.ceil()) : roundHalfEven(scaled);
    if (unitsBig > MAX_SAFE_BIG) fail('RESULT_TOO_LARGE', { phrases: enGoals, subject: 'goalTarget', value: scale === 1n ? String(unitsBig) : target.toFixed(2) }, ['goal', 'target']);
    const units = Number(unitsBig);
    const present = (n: number): GoalAmount => (scale === 1n ? n : new Money(n).div(100));
    const w = integerWeights(weights);
    let unitParts: number[];
    if (reps) {
      const repSplit = apportionIntegers(units, reps.weights);
      const perRep = repSplit.map((n) => apportionIntegers(n, w));
      unitParts = periods.map((_, k) => perRep.reduce((a, r) => a + r[k]!, 0));
      byRep = periods.map((_, k) => Object.fromEntries(reps.names.map((name, r) => [name, present(perRep[r]![k]!)])));
      repTotals = Object.fromEntries(reps.names.map((name, r) => [name, present(repSplit[r]!)]));
    } else {
      unitParts = apportionIntegers(units, w);
    }
    let running = 0;
    parts = unitParts.map(present);
    cumulative = unitParts.map((n) => present((running += n)));
    total = present(units);
    policy =
      `Split by ${opts.weights === undefined ? 'working days' : 'the weights given'} with the largest-remainder method, in ${scale === 1n ? 'whole units' : 'hundredths (cents)'}` +
      `${reps ? ', over reps by weight first and then each rep over the periods' : ''}; the parts sum exactly to the total` +
      `${g.measure === 'count' && scaled.den !== 1n ? `, which was rounded ${t.direction === 'at-most' ? 'down' : 'up'} to a whole number` : ''}.`;
  } else {
    timeShare.forEach((s) => shares.push(s));
    const baseline = g.baseline?.value ?? null;
    let levels: GoalAmount[];
    if (growth !== null && growth.sign() > 0 && baseline !== null) {
      levels = cumTime.map((c, i) => (i === periods.length - 1 ? target : ratioToMoney(baseline).mul(powRatio(growth, c))));
      policy = 'Each level compounds from the baseline: baseline × (1 + change)^(share of time elapsed), at 60 significant digits; the last is the target exactly.';
    } else if (baseline !== null) {
      levels = cumTime.map((c) => baseline.add(target.sub(baseline).mul(c)));
      policy = 'Each level moves linearly in time from the baseline to the target, exactly.';
    } else {
      levels = periods.map(() => target);
      policy = 'A level without a baseline is held: every sub-goal is the target.';
    }
    parts = levels;
    cumulative = levels;
    total = target;
    if (reps) {
      byRep = levels.map((l) => Object.fromEntries(reps.names.map((name) => [name, l])));
      repTotals = Object.fromEntries(reps.names.map((name) => [name, target]));
    }
  }

  return {
    kind: 'cascade',
    goal: g,
    into: opts.into,
    total,
    subGoals: periods.map((p, i) => ({
      start: isoOf(p.first),
      end: isoOf(p.last),
      workingDays: p.workingDays,
      share: shares[i]!,
      target: parts[i]!,
      cumulative: cumulative[i]!,
      stepChange: stepChange(i),
      byRep: byRep[i]!,
    })),
    reps: repTotals,
    policy,
  };
}

/**
 * True when `value` is a {@link cascadeGoal} result: a plain object whose `kind` is `'cascade'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Cascade}).
 * @example
 * import { cascadeGoal, isCascade } from 'funnel-math';
 * const goal = { title: 'Q1 revenue', metric: 'revenue', target: { value: 90000, unit: 'USD' }, start: '2026-01-01', deadline: '2026-03-31' };
 * const result = cascadeGoal(goal, { into: 'month' });
 * isCascade(result); // => true
 * isCascade(JSON.parse(JSON.stringify(result))); // => true
 * isCascade({ kind: 'plan' }); // => false
 * @category Goals
 */
export function isCascade(value: unknown): value is Cascade {
  return hasKind(value, 'cascade');
}
