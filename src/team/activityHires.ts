/**
 * The reps an activity stage (calls, meetings) needs to do a goal's activity by its deadline, with
 * the team's ramp, attrition and backfill: the inverse of the capacity check, in activity instead of
 * money. Exact, trusting its input but for the team options, which it reads.
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { enTeam } from '../messages/enTeam.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import { project } from './project.js';
import { monthLabel, monthPiece, monthStart, teamFields, type PartialMonth, type TeamInput } from './read.js';

/** The team options an activity stage uses: ramp, attrition, backfill and when hiring can start. */
export interface ActivityTeam {
  readonly ramp: readonly Ratio[];
  readonly attrition: Ratio;
  readonly backfillDelayMonths: number | null;
  readonly partialMonth: PartialMonth;
  /** The earliest month new reps can start (year × 12 + month), or null for the goal's first month. */
  readonly hireFrom: number | null;
}

const T = { phrases: enTeam } as const;

// the same object as a revenue goal's team: its quota fields are allowed, and read, but not used here
const activityTeamInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    ...teamFields,
    quotaPerRep: /* @__PURE__ */ z.optional(teamFields.quotaPerRep),
    periods: /* @__PURE__ */ z.optional(teamFields.periods),
    hireFrom: /* @__PURE__ */ z.optional(/* @__PURE__ */ monthPiece('teamHireFrom')),
  }),
  { ...T, subject: 'options', expected: 'object' },
);

/** Reads the team options an activity stage uses. */
export function readActivityTeam(raw: unknown, path: ErrorPath): ActivityTeam {
  const o = activityTeamInput.read(raw, path);
  return {
    ramp: o.ramp ?? [],
    attrition: o.attrition ?? ZERO,
    backfillDelayMonths: o.backfillDelayMonths ?? null,
    partialMonth: o.partialMonth ?? 'prorate-days',
    hireFrom: o.hireFrom ?? null,
  };
}

const MAX_HIRING_MONTHS = 1200;

/**
 * The first month of the hiring check: `hireFrom` when it is before the goal's first month (hires
 * ramp ahead of it), else the goal's first month. A `hireFrom` after the deadline month is refused.
 */
export function firstHiringMonth(team: ActivityTeam, startMonth: number, lastMonth: number, path: ErrorPath): number {
  const hireFrom = team.hireFrom ?? startMonth;
  if (hireFrom > lastMonth || lastMonth - hireFrom >= MAX_HIRING_MONTHS) {
    fail('OUT_OF_RANGE', { ...T, subject: 'teamHireFrom', expected: 'teamMonthByDeadline', received: monthLabel(hireFrom) }, path);
  }
  return Math.min(hireFrom, startMonth);
}

/** A stage's people and what a fully ramped one does per working day. */
export interface StageTeam {
  readonly reps: Ratio;
  readonly perRepPerDay: Ratio;
}

/** What an activity stage is expected to do, and the hires that close a shortfall. */
export interface ActivityHires {
  /** The activity the stage's reps are expected to do from the goal's start to its deadline (attrition and backfill applied), exact. */
  readonly expected: Ratio;
  /** The first month of `byStart` (year × 12 + month). */
  readonly first: number;
  /** Per start month: the fewest hires starting then that do the activity, or null when one starting then adds nothing by the deadline. */
  readonly byStart: readonly (number | null)[];
  /** False when no hire from `hireFrom` adds anything by the deadline and the team falls short. */
  readonly feasible: boolean;
  /** The fewest hires (0 when the team does the activity as it is). */
  readonly hires: number;
  /** The latest start month (year × 12 + month) that needs no more hires, or null when none is needed or none helps. */
  readonly latestStart: number | null;
  /** What one hire starting in `latestStart` does by the deadline, exact; null when none is needed or none helps. */
  readonly perHire: Ratio | null;
  /** Expected with the hires, exact (≥ the need); null when infeasible. */
  readonly withHires: Ratio | null;
}

/**
 * The fewest new reps for a stage to do `need` activities over the goal's working days, and the
 * latest month they can start. `workingDays[m]` are the goal's working days in month `first + m`
 * (0 for a month before the goal starts, where a hire only ramps).
 *
 * The stage's current reps count as fully ramped from the first month; each leaves at a month's end
 * with the team's attrition and is replaced after the backfill delay by a rep who ramps again, as in
 * the capacity plan. A hire starts on the 1st of its month at ramp month 1. Activity is linear in
 * hires starting in the same month, so per start month the fewest hires is one exact ceiling; the
 * answer is the smallest, at the latest month that needs no more.
 */
export function activityHires(need: Ratio, stage: StageTeam, team: ActivityTeam, first: number, workingDays: readonly number[], startMonth: number): ActivityHires {
  const M = workingDays.length;
  const base: TeamInput = {
    reps: [],
    hires: [],
    ramp: team.ramp,
    monthlyQuota: ONE,
    quotaPer: 'month',
    attainment: ONE,
    monthlyOutcomes: null,
    attrition: team.attrition,
    backfillDelayMonths: team.backfillDelayMonths,
    first,
    months: M,
    partialMonth: team.partialMonth,
  };
  // activity of ramped equivalents per month, over the goal's working days in each
  const activity = (equivalents: readonly Ratio[], shift = 0): Ratio => {
    let sum = ZERO;
    for (let m = shift; m < M; m++) if (workingDays[m]! > 0) sum = sum.add(equivalents[m - shift]!.mul(Ratio.of(workingDays[m]!)));
    return sum.mul(stage.perRepPerDay);
  };
  // a current rep: on the team since before the ramp could apply (and present only from the goal's first month)
  const seated = project({ ...base, reps: [{ id: 'stage', start: monthStart(first - team.ramp.length - 1), end: null, count: 1 }] }).equivalents;
  const fromStart = seated.map((e, m) => (first + m < startMonth ? ZERO : e));
  const expected = activity(fromStart).mul(stage.reps);
  const one = project(base, [{ id: null, start: monthStart(first), end: null, count: 1 }]).equivalents;
  const short = need.sub(expected);
  const from = team.hireFrom === null ? startMonth - first : team.hireFrom - first;
  const byStart: (number | null)[] = [];
  let best: { n: number; h: number; per: Ratio } | null = null;
  for (let h = from; h < M; h++) {
    const per = activity(one, h);
    if (per.isZero()) {
      byStart.push(short.sign() <= 0 ? 0 : null);
      continue;
    }
    const n = short.sign() <= 0 ? 0n : short.div(per).ceil();
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) fail('RESULT_TOO_LARGE', { ...T, subject: 'teamHires', value: need.toString() }, ['goal', 'target']);
    byStart.push(Number(n));
    if (best === null || Number(n) <= best.n) best = { n: Number(n), h, per };
  }
  const common = { expected, first: first + from, byStart };
  if (short.sign() <= 0) return { ...common, feasible: true, hires: 0, latestStart: null, perHire: null, withHires: expected };
  if (best === null) return { ...common, feasible: false, hires: 0, latestStart: null, perHire: null, withHires: null };
  return { ...common, feasible: true, hires: best.n, latestStart: first + best.h, perHire: best.per, withHires: expected.add(best.per.mul(Ratio.of(best.n))) };
}
