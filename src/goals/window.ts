/**
 * A goal's window (start to deadline, both included) and its split into calendar periods, shared
 * by {@link cascadeGoal} and {@link pace}.
 * @internal
 * @module
 */
import { firstOfMonth, isoOf, toDay, weekdayOf, yearMonthOf } from '../calendar/dates.js';
import { countWorkingDays, isWorkingDay, type Calendar } from '../calendar/workingDays.js';
import { fail } from '../errors.js';
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

/** Start and deadline as day numbers; throws when the goal lacks either. */
export function readWindow(goal: Goal): { first: number; last: number } {
  if (goal.start === null) fail('INVALID_DATE', 'The goal has no start date; give start (YYYY-MM-DD) to spread or pace it.', ['goal', 'start']);
  if (goal.deadline === null) fail('INVALID_DATE', 'The goal has no deadline; give deadline (YYYY-MM-DD) to spread or pace it.', ['goal', 'deadline']);
  return { first: toDay(goal.start, ['goal', 'start'], 'The start date'), last: toDay(goal.deadline, ['goal', 'deadline'], 'The deadline') };
}

/** The goal's target value; throws when it is relative without a baseline. */
export function readTarget(goal: Goal): Ratio {
  const t = targetValue(goal);
  if (t === null) fail('INVALID_GOAL', 'The goal is a change from a baseline but has no baseline; give baseline: { value, period }.', ['goal', 'baseline']);
  return t;
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
