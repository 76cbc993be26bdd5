import { fail } from '../errors.js';
import type { Ratio } from '../numbers/ratio.js';
import type { Goal, GoalInput } from './goalTypes.js';
import { readGoal, resolveTarget, type DraftGoal } from './readGoal.js';

const DEFINED = /* @__PURE__ */ Symbol('funnel-math.goal');

/** True for an object {@link defineGoal} made (so it is not read again). @internal */
export function isDefinedGoal(value: unknown): value is Goal {
  return value !== null && typeof value === 'object' && (value as Record<symbol, unknown>)[DEFINED] === true;
}

/** Reads a goal strictly: the first problem throws. @internal */
export function strictGoal(input: unknown, path: (string | number)[] = []): Goal {
  if (isDefinedGoal(input)) return input;
  const draft: DraftGoal = readGoal(input, path, (p) => {
    if (p.absent) return;
    if (p.cause) throw p.cause;
    fail(p.error, p.about, p.path);
  });
  const { kindGiven: _given, ...goal } = draft;
  const out = { ...goal, baseline: goal.baseline && Object.freeze({ ...goal.baseline }), target: Object.freeze({ ...goal.target! }) };
  Object.defineProperty(out, DEFINED, { value: true });
  return Object.freeze(out) as Goal;
}

/**
 * The value a goal's target stands for: the absolute value, or the baseline changed by the
 * relative target (`+10%` of 700,000 is 770,000); `null` when the target is relative and the goal
 * has no baseline. Exact. @internal
 */
export function targetValue(goal: Goal): Ratio | null {
  return resolveTarget(goal.target, goal.baseline?.value ?? null);
}

/**
 * Defines a goal: reads every field, canonicalises the metric, makes numbers exact and dates ISO,
 * and fills defaults (the kind and direction a metric implies). Throws on a goal that cannot be
 * read; a goal that reads but is not SMART is for {@link validateSmart} to judge, so `method`,
 * `owner`, `baseline`, `start`, `deadline` and `checkIn` are optional here.
 *
 * Targets: a number is an absolute target (at least, or at most for metrics where lower is better:
 * churn, CAC, cycle length); `'+10%'`/`'-5%'` change the baseline by a percent of it; `'+8pp'`
 * adds percentage points; `'below 1%'`/`'at least 50'` set the direction. Rates are fractions:
 * `'1%'` is `1/100`.
 *
 * @param input - the goal; `title`, `metric` and `target` are required.
 * @returns a frozen {@link Goal}, JSON-serialisable; its JSON reads back through `defineGoal`.
 * @throws FunnelMathError `INVALID_INPUT` (not an object, a field of the wrong type, a target with
 *   both `value` and `change`), `UNKNOWN_OPTION` (a misspelt field), `INVALID_CHOICE` (kind, level,
 *   check-in, …), `MISSING_VALUE` (no title, metric or target), `INVALID_NUMBER`/`NOT_FINITE`
 *   (target or baseline not a number), `NEGATIVE` (a negative target or baseline), `OUT_OF_RANGE`
 *   (a rate above 100%, a change that leaves the range), `INVALID_DATE`, `INVALID_RANGE` (deadline
 *   before start), `DEADLINE_ON_START`.
 * @example
 * import { defineGoal } from 'funnel-math';
 * const goal = defineGoal({ title: 'Grow revenue', metric: 'Revenue', target: '+10%', baseline: { value: 700000, period: '2025' }, unit: 'USD', start: '2026-01-01', deadline: '2026-12-31' });
 * goal.target; // => { type: 'relative', change: '1/10', basis: 'relative', direction: 'at-least' }
 * goal.kind; // => 'outcome'
 * defineGoal({ title: 'Churn', metric: 'churn', target: 'below 1%' }).target; // => { type: 'absolute', value: '1/100', direction: 'at-most' }
 * defineGoal({ title: 'Win rate', metric: 'Win rate', target: '+8pp', baseline: '30%' }).target.basis; // => 'additive'
 * @category Goals
 */
export function defineGoal(input: GoalInput): Goal {
  return strictGoal(input);
}
