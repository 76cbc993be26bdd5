/**
 * A goal's window (start to deadline, both included) and its split into calendar periods, shared
 * by {@link cascadeGoal} and {@link pace}.
 * @internal
 * @module
 */
import { enGoals } from '../messages/enGoals.js';
import { firstOfMonth, isoOf, weekdayOf, yearMonthOf } from '../calendar/dates.js';
import { readDay } from '../calendar/dayPiece.js';
import { countWorkingDays, isWorkingDay, type Calendar } from '../calendar/workingDays.js';
import { fail, type ErrorPath } from '../errors.js';
import { readAmount } from '../input/number.js';
import { Ratio } from '../numbers/ratio.js';
import { targetValue } from './defineGoal.js';
import type { Goal } from './goalTypes.js';

/** The period a goal is split into. Weeks are ISO weeks (Monday to Sunday); `'day'` means working days. */
export type CascadeInto = 'quarter' | 'month' | 'week' | 'day';

export interface Period {
  readonly first: number;
  readonly last: number;
  readonly workingDays: number;
  /** Share of a whole period this one covers (a month cut in half by the start date is 1/2 by calendar days). */
  readonly step: Ratio;
}

/** The longest goal that is split or paced: 100 years. */
const MAX_DAYS = 36_600;

/**
 * Start and deadline as day numbers; throws when the goal lacks either, or spans more than 100
 * years. (A defined goal's deadline is after its start.)
 */
export function readWindow(goal: Goal): { first: number; last: number } {
  if (goal.start === null) fail('MISSING_VALUE', { phrases: enGoals, subject: 'goalStart', expected: 'date' }, ['goal', 'start']);
  if (goal.deadline === null) fail('MISSING_VALUE', { phrases: enGoals, subject: 'goalDeadline', expected: 'date' }, ['goal', 'deadline']);
  const first = readDay(goal.start, ['goal', 'start'], { phrases: enGoals, subject: 'goalStart' });
  const last = readDay(goal.deadline, ['goal', 'deadline'], { phrases: enGoals, subject: 'goalDeadline' });
  if (last - first + 1 > MAX_DAYS) fail('GOAL_TOO_LONG', { start: goal.start, deadline: goal.deadline, years: MAX_DAYS / 366 }, ['goal', 'deadline']);
  return { first, last };
}

/** The goal's target value; throws when it is relative without a baseline. */
export function readTarget(goal: Goal): Ratio {
  const t = targetValue(goal);
  if (t === null) fail('MISSING_VALUE', { phrases: enGoals, subject: 'goalBaseline', expected: 'baselineForChange' }, ['goal', 'baseline']);
  return t;
}

/** One weight of 0 or more per period, in order (seasonality). */
export function readWeights(raw: unknown, periods: readonly Period[], path: ErrorPath): Ratio[] {
  if (!Array.isArray(raw)) fail('INVALID_INPUT', { phrases: enGoals, subject: 'goalWeights', expected: 'goalWeights', count: periods.length, received: raw }, path);
  if (raw.length !== periods.length) {
    fail('WEIGHTS_COUNT', { length: raw.length, count: periods.length, start: isoOf(periods[0]!.first), end: isoOf(periods[periods.length - 1]!.last) }, path);
  }
  return raw.map((w, i) => readAmount(w, [...path, i], { phrases: enGoals, subject: 'goalWeight', position: i + 1, expected: 'goalWeight' }));
}

function unitBounds(day: number, into: Exclude<CascadeInto, 'day'>): { first: number; last: number } {
  if (into === 'week') {
    const first = day - ((weekdayOf(day) + 6) % 7);
    return { first, last: first + 6 };
  }
  const { year, month } = yearMonthOf(day);
  const m0 = into === 'quarter' ? month - (month % 3) : month;
  const first = firstOfMonth(year, m0);
  return { first, last: firstOfMonth(year, m0 + (into === 'quarter' ? 3 : 1)) - 1 };
}

/** The periods from `first` to `last`, clipped to the window. */
export function periodsOf(first: number, last: number, into: CascadeInto, cal: Calendar): Period[] {
  const out: Period[] = [];
  if (into === 'day') {
    for (let d = first; d <= last; d++) if (isWorkingDay(cal, d)) out.push({ first: d, last: d, workingDays: 1, step: Ratio.of(1) });
    return out;
  }
  let day = first;
  while (day <= last) {
    const unit = unitBounds(day, into);
    const to = Math.min(unit.last, last);
    out.push({ first: day, last: to, workingDays: countWorkingDays(cal, day, to), step: Ratio.of(to - day + 1, unit.last - unit.first + 1) });
    day = to + 1;
  }
  return out;
}

export { isoOf };
