import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import type { DateInput } from '../calendar/dates.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { readAmount } from '../input/number.js';
import { hasKind } from '../kind.js';
import { enTeam } from '../messages/enTeam.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio, ZERO } from '../numbers/ratio.js';
import { isPlainObject, ownArray } from '../schema.js';
import { project, type Projection } from './project.js';
import { cents, monthLabel, teamFields, teamInput, type PartialMonth, type QuotaPeriod, type TeamInput } from './read.js';

export type { PartialMonth, QuotaPeriod } from './read.js';

/** A rep on the team: an id, the first day, and the last day (inclusive) when the rep leaves as planned. */
export interface TeamRep {
  readonly id: string;
  readonly start: DateInput;
  readonly end?: DateInput;
}

/** Reps to be hired: `count` reps whose first day is `start`. */
export interface PlannedHire {
  readonly start: DateInput;
  readonly count?: number;
}

/** The team, its ramp and the months to project: what {@link capacityPlan} and {@link hiresNeeded} read. */
export interface TeamOptions {
  /** The reps on the team (distinct ids). */
  readonly reps?: readonly TeamRep[];
  /** Share of full productivity in months 1, 2, … of tenure, e.g. `['25%', '50%', '75%']`; 100% after the list. */
  readonly ramp?: readonly NumberInput[];
  /** The quota of a fully ramped rep, money per `quotaPer`. */
  readonly quotaPerRep: NumberInput;
  /** The period `quotaPerRep` and `outcomesPerRep` are given for: `'month'` (default), `'quarter'` (÷ 3 a month), `'year'` (÷ 12). */
  readonly quotaPer?: QuotaPeriod;
  /** The expected share of quota reached, e.g. `'80%'` (default 100%). */
  readonly attainment?: NumberInput;
  /** Outcomes (deals) of a fully ramped rep per `quotaPer`: capacity is then also given in outcomes. */
  readonly outcomesPerRep?: NumberInput;
  /** The monthly share of reps who leave, from 0 up to (not including) 1 (default 0). */
  readonly attrition?: NumberInput;
  /** Months a leaver's seat stays empty before a replacement starts (at ramp month 1); without it, leavers are not replaced. */
  readonly backfillDelayMonths?: number;
  /** Planned hires. */
  readonly hires?: readonly PlannedHire[];
  /** The months: `{ from: '2026-01', months: 12 }`. */
  readonly periods: { readonly from: string; readonly months: number };
  /** How a month a rep is on the team for only part of counts (default `'prorate-days'`). */
  readonly partialMonth?: PartialMonth;
}

/** The goal of a {@link capacityPlan}: an amount each month, one amount per month, or a total over all months. */
export type CapacityGoal = NumberInput | readonly NumberInput[] | { readonly total: NumberInput };

/** Options of {@link capacityPlan}. */
export interface CapacityPlanOptions extends TeamOptions {
  readonly goal?: CapacityGoal;
}

/** One month of a {@link CapacityPlan}. */
export interface CapacityMonth {
  /** `'YYYY-MM'`. */
  readonly month: string;
  /** Whole reps on the roster (listed reps and planned hires), before attrition. */
  readonly headcount: number;
  /** Expected reps present after attrition and backfill, exact (never above `headcount`). */
  readonly expectedHeadcount: Ratio;
  /** Ramped rep equivalents: Σ expected present reps × share of the month × ramp share, exact. */
  readonly equivalents: Ratio;
  /** Capacity in money: equivalents × monthly quota × attainment, to the cent (half-even). */
  readonly capacity: Decimal;
  /** `capacity`, exact. */
  readonly exact: Ratio;
  /** Capacity in outcomes (equivalents × monthly outcomes per rep), exact; `null` without `outcomesPerRep`. */
  readonly outcomes: Ratio | null;
  /** The month's goal; `null` without a monthly goal. */
  readonly goal: Decimal | null;
  /** goal − capacity to the cent: above 0 is short of the goal, 0 or below is covered; `null` without a monthly goal. */
  readonly gap: Decimal | null;
  /** Exact capacity ≥ goal; `null` without a monthly goal. */
  readonly covered: boolean | null;
}

/** Totals over all months of a {@link CapacityPlan} (sums of exact values, rounded once). */
export interface CapacityTotals {
  /** Rep-months: Σ equivalents. */
  readonly equivalents: Ratio;
  readonly capacity: Decimal;
  readonly exact: Ratio;
  readonly outcomes: Ratio | null;
  /** The total goal (given, or Σ of the monthly goals); `null` without a goal. */
  readonly goal: Decimal | null;
  readonly gap: Decimal | null;
  readonly covered: boolean | null;
}

/** What {@link capacityPlan} returns. JSON-serialisable. */
export interface CapacityPlan {
  readonly kind: 'capacity-plan';
  readonly months: readonly CapacityMonth[];
  readonly totals: CapacityTotals;
  /** Per listed rep: expected ramped equivalents over all months (the rep's own tenure; usable as quota weights). */
  readonly reps: readonly { readonly id: string; readonly equivalents: Ratio }[];
  /** The quota of a fully ramped rep per month, exact (`quotaPerRep` ÷ months of `quotaPer`). */
  readonly monthlyQuota: Ratio;
  readonly quotaPer: QuotaPeriod;
  readonly attainment: Ratio;
  /** How a month a rep is present for only part of counts: by days present, from the next full month, or in full. */
  readonly partialMonth: PartialMonth;
  /** Attrition as expected value: each rep present in a month leaves at its end with the monthly share, so the expected reps are the survival (1 − a)^k, exact. */
  readonly attritionModel: 'expected-survival';
  /** `null` when leavers are not replaced. */
  readonly backfillDelayMonths: number | null;
  /** Amounts are exact (`exact`) and shown to the cent, halves to even; totals and `covered` use exact values. */
  readonly rounding: 'half-even-to-cent';
}

const T = { phrases: enTeam } as const;

type ReadGoal = { perMonth: Ratio[] | null; total: Ratio | null };

function readGoalOption(value: unknown, path: ErrorPath, months: number): ReadGoal {
  const amount = (v: unknown, at: ErrorPath, row?: number) =>
    readAmount(v, at, row === undefined ? { ...T, subject: 'teamGoal', expected: 'amount' } : { ...T, subject: 'teamGoalMonth', row, expected: 'amount' });
  if (Array.isArray(value)) {
    const list = ownArray(value as unknown[]);
    if (list.length !== months) fail('INVALID_INPUT', { ...T, subject: 'teamGoal', expected: 'teamGoalInput', received: value }, path);
    return { perMonth: list.map((v, i) => amount(v, [...path, i], i + 1)), total: null };
  }
  if (isPlainObject(value) && !('num' in value)) {
    for (const key of Object.keys(value)) {
      if (key !== 'total') fail('UNKNOWN_OPTION', { ...T, subject: 'teamGoal', key, allowed: '"total"' }, [...path, key]);
    }
    if (value['total'] === undefined) fail('MISSING_VALUE', { ...T, subject: 'teamGoal', expected: 'teamGoalInput' }, [...path, 'total']);
    return { perMonth: null, total: amount(value['total'], [...path, 'total']) };
  }
  const each = amount(value, path);
  return { perMonth: Array.from({ length: months }, () => each), total: null };
}

const planInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ ...teamFields, goal: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ ...T, subject: 'teamGoal', expected: 'teamGoalInput' }, (value) => value)) }),
  { ...T, subject: 'options', expected: 'object' },
);

/** Reads capacity-plan options (the shared team fields and a goal). @internal */
export function readPlanOptions(options: unknown): { team: TeamInput; goal: ReadGoal } {
  const o = planInput.read(options, ['options']);
  const team = teamInput(o);
  const goal = o.goal === undefined ? { perMonth: null, total: null } : readGoalOption(o.goal, ['options', 'goal'], team.months);
  return { team, goal };
}

/** Capacity in money of a month's equivalents, exact. @internal */
export function moneyOf(team: TeamInput, equivalents: Ratio): Ratio {
  return equivalents.mul(team.monthlyQuota).mul(team.attainment);
}

/** The plan result from a projection. @internal */
export function planFrom(team: TeamInput, goal: ReadGoal, p: Projection): CapacityPlan {
  let sumEq = ZERO;
  let sumMoney = ZERO;
  let sumGoal: Ratio | null = goal.total ?? (goal.perMonth ? ZERO : null);
  const months: CapacityMonth[] = p.equivalents.map((eq, m) => {
    const exact = moneyOf(team, eq);
    sumEq = sumEq.add(eq);
    sumMoney = sumMoney.add(exact);
    const g = goal.perMonth ? goal.perMonth[m]! : null;
    if (g && goal.total === null) sumGoal = sumGoal!.add(g);
    return {
      month: monthLabel(team.first + m),
      headcount: p.headcount[m]!,
      expectedHeadcount: p.expected[m]!,
      equivalents: eq,
      capacity: cents(exact),
      exact,
      outcomes: team.monthlyOutcomes ? eq.mul(team.monthlyOutcomes) : null,
      goal: g ? cents(g) : null,
      gap: g ? cents(g.sub(exact)) : null,
      covered: g ? exact.compare(g) >= 0 : null,
    };
  });
  const totals: CapacityTotals = {
    equivalents: sumEq,
    capacity: cents(sumMoney),
    exact: sumMoney,
    outcomes: team.monthlyOutcomes ? sumEq.mul(team.monthlyOutcomes) : null,
    goal: sumGoal ? cents(sumGoal) : null,
    gap: sumGoal ? cents(sumGoal.sub(sumMoney)) : null,
    covered: sumGoal ? sumMoney.compare(sumGoal) >= 0 : null,
  };
  return {
    kind: 'capacity-plan',
    months,
    totals,
    reps: team.reps.map((r, i) => ({ id: r.id!, equivalents: p.repEquivalents[i]! })),
    monthlyQuota: team.monthlyQuota,
    quotaPer: team.quotaPer,
    attainment: team.attainment,
    partialMonth: team.partialMonth,
    attritionModel: 'expected-survival',
    backfillDelayMonths: team.attrition.sign() > 0 ? team.backfillDelayMonths : null,
    rounding: 'half-even-to-cent',
  };
}

/**
 * Sales capacity month by month: headcount, ramped rep equivalents, and what they can sell.
 *
 * Formula: for each month, equivalents = Σ over reps of P(present) × share of the month × ramp
 * share (month k of tenure: `ramp[k − 1]`, 100% after the list); capacity = equivalents × monthly
 * quota × attainment. Attrition is an expected value: a rep present in a month leaves at its end
 * with probability `attrition`, so P(present k months after the first month in the plan) =
 * (1 − attrition)^k, exact. With `backfillDelayMonths` a leaver's seat is filled again that many
 * months later by a rep who starts on the 1st at ramp month 1 (and leaves the same way; when the
 * seat's planned end comes, so does the replacement). A rep starting or ending mid-month counts
 * by `partialMonth`: `'prorate-days'` (days present ÷ days in the month; tenure month 1 is the
 * start month), `'from-next-month'` (only whole months count; tenure month 1 is the first whole
 * month) or `'full'` (any day counts as the month). Exact throughout; money is shown to the cent.
 *
 * @param options - the team ({@link CapacityPlanOptions}): reps, ramp, quota, attrition, hires, periods, goal.
 * @returns months, totals and per-rep equivalents, naming the conventions used.
 * @throws FunnelMathError `DUPLICATE_ID` (two reps with one id), `INVALID_DATE`, `OUT_OF_RANGE`
 *   (a ramp share outside 0..1, attrition of 100% or more, an end before the start, months outside 1..1200),
 *   `MISSING_VALUE`, `UNKNOWN_OPTION`, `INVALID_CHOICE`, `INVALID_INPUT`, `NEGATIVE`, `NOT_INTEGER`.
 * @example
 * import { capacityPlan } from 'funnel-math';
 * const plan = capacityPlan({
 *   reps: [{ id: 'ana', start: '2025-06-01' }, { id: 'ben', start: '2026-01-01' }],
 *   ramp: ['25%', '50%', '75%'],
 *   quotaPerRep: 150000, quotaPer: 'quarter',
 *   periods: { from: '2026-01', months: 3 },
 *   goal: 80000,
 * });
 * plan.months.map((m) => m.equivalents); // => ['5/4', '3/2', '7/4']
 * plan.months.map((m) => m.capacity.toString()); // => ['62500', '75000', '87500']
 * plan.months.map((m) => m.covered); // => [false, false, true]
 * plan.totals.capacity.toString(); // => '225000'
 * @category Team capacity
 */
export function capacityPlan(options: CapacityPlanOptions): CapacityPlan {
  const { team, goal } = readPlanOptions(options);
  return planFrom(team, goal, project(team));
}

/**
 * True when `value` is a {@link capacityPlan} result (also after a JSON round trip). Checks the
 * kind, not every field. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is a {@link CapacityPlan}.
 * @example
 * import { isCapacityPlan, capacityPlan } from 'funnel-math';
 * const plan = capacityPlan({ reps: [{ id: 'ana', start: '2026-01-01' }], quotaPerRep: 50000, periods: { from: '2026-01', months: 1 } });
 * isCapacityPlan(plan); // => true
 * isCapacityPlan(JSON.parse(JSON.stringify(plan))); // => true
 * isCapacityPlan({ kind: 'plan' }); // => false
 * @category Team capacity
 */
export function isCapacityPlan(value: unknown): value is CapacityPlan {
  return hasKind(value, 'capacity-plan');
}
