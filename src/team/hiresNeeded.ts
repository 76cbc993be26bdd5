import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { hasKind } from '../kind.js';
import { enTeam } from '../messages/enTeam.js';
import { readAmount } from '../input/number.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio, ZERO } from '../numbers/ratio.js';
import { moneyOf, type TeamOptions } from './capacityPlan.js';
import { project } from './project.js';
import { cents, monthLabel, monthPiece, monthStart, teamFields, teamInput, type TeamInput } from './read.js';

/** What the goal of {@link hiresNeeded} is compared with: the deadline month's capacity, or the total from the first month through the deadline. */
export type HiresMeasure = 'month' | 'through-deadline';

/** Options of {@link hiresNeeded}: the team as for {@link capacityPlan}, and when. */
export interface HiresNeededOptions extends TeamOptions {
  /** The month by which capacity must reach the goal, `'YYYY-MM'` (default: the last month of `periods`). */
  readonly deadline?: string;
  /** `'month'` (default): the deadline month's capacity ≥ goal; `'through-deadline'`: Σ capacity from the first month through the deadline ≥ goal. */
  readonly measure?: HiresMeasure;
  /** The earliest month new hires can start, `'YYYY-MM'` (default: the first month of `periods`). */
  readonly hireFrom?: string;
}

/** Fields both outcomes of {@link hiresNeeded} carry. */
interface HiresBase {
  readonly kind: 'hires-needed';
  readonly goal: Decimal;
  readonly measure: HiresMeasure;
  readonly deadline: string;
  /** The measured capacity with the team as planned, no new hires, to the cent. */
  readonly withoutHires: Decimal;
  /** Per start month from `hireFrom` to the deadline: the fewest hires starting then that reach the goal; `null` when a hire starting then adds nothing by the deadline. */
  readonly byStart: readonly { readonly month: string; readonly hires: number | null }[];
  /** New hires start on the 1st of their month, at ramp month 1, and leave and are replaced like everyone else. */
  readonly hireStartsOn: 'first-of-month';
}

/** The goal can be reached: `hires` new reps starting on the 1st of `latestStart`. */
export interface HiresFeasible extends HiresBase {
  readonly feasible: true;
  /** The fewest new hires (0 when the team as planned reaches the goal). */
  readonly hires: number;
  /** The latest month they can start and still reach the goal with `hires`; `null` when no hire is needed. */
  readonly latestStart: string | null;
  /** The measured capacity with them, to the cent (≥ goal). */
  readonly withHires: Decimal;
  /** With one hire fewer, to the cent (< goal); `null` when no hire is needed. */
  readonly withOneFewer: Decimal | null;
  /** What one hire starting in `latestStart` adds, exact; `null` when no hire is needed. */
  readonly perHire: Ratio | null;
}

/** No number of hires reaches the goal by the deadline. */
export interface HiresInfeasible extends HiresBase {
  readonly feasible: false;
  /** Why: no hire starting between `hireFrom` and the deadline adds any capacity by then (the ramp gives nothing so early). */
  readonly reason: 'no-capacity-from-hires-by-deadline';
}

/** What {@link hiresNeeded} returns. JSON-serialisable. */
export type HiresNeeded = HiresFeasible | HiresInfeasible;

const T = { phrases: enTeam } as const;
const MEASURE: z.ZodMiniEnum<{ month: 'month'; 'through-deadline': 'through-deadline' }> = /* @__PURE__ */ z.enum(['month', 'through-deadline']);

const hiresInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    ...teamFields,
    deadline: /* @__PURE__ */ z.optional(/* @__PURE__ */ monthPiece('teamDeadline')),
    measure: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(MEASURE, 'teamMeasure', 'string', T)),
    hireFrom: /* @__PURE__ */ z.optional(/* @__PURE__ */ monthPiece('teamHireFrom')),
  }),
  { ...T, subject: 'options', expected: 'object' },
);

/** The measured capacity of a projection's equivalents, exact. */
function measured(team: TeamInput, equivalents: readonly Ratio[], deadline: number, measure: HiresMeasure): Ratio {
  if (measure === 'month') return moneyOf(team, equivalents[deadline]!);
  let sum = ZERO;
  for (let m = 0; m <= deadline; m++) sum = sum.add(equivalents[m]!);
  return moneyOf(team, sum);
}

/**
 * The fewest new hires, and the latest month they can start, for capacity to reach a goal by a deadline.
 *
 * Method: capacity is linear in hires starting in the same month (each hire is an independent
 * expected value), so for each start month h the fewest hires is ⌈(goal − capacity without
 * hires) ÷ capacity one hire starting in h adds⌉, exact. The answer is the smallest of these, and
 * the latest h that needs no more; the plan is then re-projected with that many hires and with one
 * fewer (`withHires` ≥ goal > `withOneFewer`). When no hire starting from `hireFrom` to the
 * deadline adds anything by the deadline (a ramp that starts at 0%), the result says so:
 * `feasible: false` with a reason, never an infinite number.
 *
 * @param goal - the capacity to reach, money (the deadline month's, or the total through it: `measure`).
 * @param options - the team ({@link HiresNeededOptions}), the deadline, the measure, the earliest hiring month.
 * @returns the hires and their latest start month, or `feasible: false` with a reason.
 * @throws FunnelMathError `OUT_OF_RANGE` (a deadline or hiring month outside the periods, or a hiring month after the deadline),
 *   `RESULT_TOO_LARGE`, and the errors of {@link capacityPlan}.
 * @example
 * import { hiresNeeded } from 'funnel-math';
 * const team = {
 *   reps: Array.from({ length: 8 }, (_, i) => ({ id: `rep${i + 1}`, start: '2025-01-01' })),
 *   ramp: ['25%', '50%', '75%'], quotaPerRep: 150000, quotaPer: 'quarter',
 *   periods: { from: '2026-01', months: 12 },
 * } as const;
 * const need = hiresNeeded(500000, { ...team, deadline: '2026-06' });
 * [need.feasible, need.feasible && need.hires, need.feasible && need.latestStart]; // => [true, 2, '2026-03']
 * const late = hiresNeeded(500000, { ...team, ramp: ['0%', '0%', '50%'], deadline: '2026-02' });
 * [late.feasible, !late.feasible && late.reason]; // => [false, 'no-capacity-from-hires-by-deadline']
 * @category Team capacity
 */
export function hiresNeeded(goal: NumberInput, options: HiresNeededOptions): HiresNeeded {
  const target = readAmount(goal, ['goal'], { ...T, subject: 'teamGoal', expected: 'amount' });
  const o = hiresInput.read(options, ['options']);
  const team = teamInput(o);
  const last = team.months - 1;
  const inPlan = (month: number | undefined, fallback: number, subject: 'teamDeadline' | 'teamHireFrom', key: string, label: string | undefined): number => {
    if (month === undefined) return fallback;
    const m = month - team.first;
    if (m < 0 || m > last) fail('OUT_OF_RANGE', { ...T, subject, expected: 'teamMonthInPlan', received: label }, ['options', key]);
    return m;
  };
  const deadline = inPlan(o.deadline, last, 'teamDeadline', 'deadline', options.deadline);
  const hireFrom = inPlan(o.hireFrom, 0, 'teamHireFrom', 'hireFrom', options.hireFrom);
  if (hireFrom > deadline) fail('OUT_OF_RANGE', { ...T, subject: 'teamHireFrom', expected: 'teamMonthInPlan', received: options.hireFrom }, ['options', 'hireFrom']);
  const measure = o.measure ?? 'month';

  const base = measured(team, project(team).equivalents, deadline, measure);
  // one hire starting on the 1st of the first month: what it adds k months later (time-shift invariant)
  const alone: TeamInput = { ...team, reps: [], hires: [] };
  const one = project(alone, [{ id: null, start: monthStart(team.first), end: null, count: 1 }]).equivalents;
  const short = target.sub(base);
  const byStart: { month: string; hires: number | null }[] = [];
  let best: { n: number; h: number; per: Ratio } | null = null;
  for (let h = hireFrom; h <= deadline; h++) {
    const shifted = one.slice(0, deadline - h + 1);
    const per = measured(team, [...new Array<Ratio>(h).fill(ZERO), ...shifted], deadline, measure);
    if (per.isZero()) {
      byStart.push({ month: monthLabel(team.first + h), hires: short.sign() <= 0 ? 0 : null });
      continue;
    }
    const n = short.sign() <= 0 ? 0n : short.div(per).ceil();
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) fail('RESULT_TOO_LARGE', { ...T, subject: 'teamHires', value: cents(target).toString() }, ['goal']);
    byStart.push({ month: monthLabel(team.first + h), hires: Number(n) });
    if (best === null || Number(n) <= best.n) best = { n: Number(n), h, per };
  }
  const common = { kind: 'hires-needed', goal: cents(target), measure, deadline: monthLabel(team.first + deadline), withoutHires: cents(base), byStart, hireStartsOn: 'first-of-month' } as const;
  if (short.sign() <= 0) return { ...common, feasible: true, hires: 0, latestStart: null, withHires: cents(base), withOneFewer: null, perHire: null };
  if (best === null) return { ...common, feasible: false, reason: 'no-capacity-from-hires-by-deadline' };
  const start = monthStart(team.first + best.h);
  const withHires = measured(team, project(team, [{ id: null, start, end: null, count: best.n }]).equivalents, deadline, measure);
  const withOneFewer = measured(team, project(team, [{ id: null, start, end: null, count: best.n - 1 }]).equivalents, deadline, measure);
  return { ...common, feasible: true, hires: best.n, latestStart: monthLabel(team.first + best.h), withHires: cents(withHires), withOneFewer: cents(withOneFewer), perHire: best.per };
}

/**
 * True when `value` is a {@link hiresNeeded} result (also after a JSON round trip). Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is a {@link HiresNeeded}.
 * @example
 * import { isHiresNeeded, hiresNeeded } from 'funnel-math';
 * const need = hiresNeeded(100000, { quotaPerRep: 50000, periods: { from: '2026-01', months: 3 } });
 * isHiresNeeded(need); // => true
 * isHiresNeeded({ kind: 'capacity-plan' }); // => false
 * @category Team capacity
 */
export function isHiresNeeded(value: unknown): value is HiresNeeded {
  return hasKind(value, 'hires-needed');
}
