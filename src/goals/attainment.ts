import { enGoals } from '../messages/enGoals.js';
import * as z from 'zod/mini';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { toRatio, type NumberInput } from '../numbers/parse.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import { readAmount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { strictGoal } from './defineGoal.js';
import type { Goal, GoalInput } from './goalTypes.js';
import { readTarget } from './window.js';
import { hasKind } from '../kind.js';

/** Options of {@link attainment}. */
export interface AttainmentOptions {
  /** Attainment from which a stretch goal counts as met; default 0.7. */
  readonly stretchThreshold?: NumberInput;
}

/** What {@link attainment} returns. */
export interface Attainment {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'attainment';
  /** (actual − baseline) / (target − baseline), exact; `null` when the target equals the baseline. */
  readonly value: Ratio | null;
  readonly reason: 'target-equals-baseline' | null;
  /** The attainment that counts as met: 1, or `stretchThreshold` (0.7) for a goal of level `'stretch'`. */
  readonly threshold: Ratio;
  /** `value ≥ threshold`; for a target equal to its baseline, whether actual is on the right side of it. */
  readonly met: boolean;
}

/** A share above 0 and at most 1. */
function readStretch(value: unknown, path: ErrorPath): Ratio {
  const about: FailParams = { phrases: enGoals, subject: 'stretchThreshold', expected: 'stretchShare' };
  const r = toRatio(value, path, about);
  if (r.sign() <= 0 || r.compare(ONE) > 0) fail('OUT_OF_RANGE', { ...about, received: value }, path);
  return r;
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    stretchThreshold: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ phrases: enGoals, subject: 'stretchThreshold', expected: 'stretchShare' }, readStretch)),
  }),
);

/**
 * How much of the way from baseline to target the actual value has gone:
 * (actual − baseline) / (target − baseline), exact. 0 at the baseline, 1 at the target, above 1
 * beyond it, below 0 when going the wrong way; it works the same for goals that go down (churn
 * from 2% to 1% with 1.5% actual is 1/2). A goal without a baseline measures from 0.
 *
 * Stretch goals (level `'stretch'`) follow the OKR convention: they are set so that full
 * attainment is unlikely, and 0.7 counts as met (`stretchThreshold`).
 *
 * @param goal - a {@link defineGoal} result or goal object.
 * @param actual - the value reached, in the goal's unit (a rate as a fraction, not a percent).
 * @param options.stretchThreshold - default 0.7.
 * @returns the exact attainment (or `null` and a reason) and whether it counts as met.
 * @throws FunnelMathError `MISSING_VALUE` (relative target without baseline), `INVALID_NUMBER`,
 *   `NOT_FINITE`, `NEGATIVE`, `OUT_OF_RANGE` (a stretch threshold outside (0, 1]), `UNKNOWN_OPTION`,
 *   and those of {@link defineGoal}.
 * @example
 * import { attainment } from 'funnel-math';
 * const goal = { title: 'Revenue', metric: 'revenue', target: '+10%', baseline: 700000, unit: 'USD' };
 * attainment(goal, 735000).value; // => '1/2'
 * attainment(goal, 700000).value; // => '0'
 * attainment({ title: 'Churn', metric: 'churn', target: 'below 1%', baseline: '2%' }, '1.5%').value; // => '1/2'
 * attainment({ ...goal, level: 'stretch', target: '+20%' }, 800000).met; // => true
 * @category Goals
 */
export function attainment(goal: GoalInput | Goal, actual: NumberInput, options?: AttainmentOptions): Attainment {
  const g = strictGoal(goal, ['goal']);
  const a = readAmount(actual, ['actual'], { phrases: enGoals, subject: 'goalActual', expected: 'goalMetricValue' });
  const opts = input.read(options ?? {}, ['options']);
  const stretch = opts.stretchThreshold ?? Ratio.of(7, 10);
  const target = readTarget(g);
  const baseline = g.baseline?.value ?? ZERO;
  const threshold = g.level === 'stretch' ? stretch : Ratio.of(1);
  const span = target.sub(baseline);
  if (span.isZero()) {
    const met = g.target.direction === 'at-most' ? a.compare(target) <= 0 : a.compare(target) >= 0;
    return { kind: 'attainment', value: null, reason: 'target-equals-baseline', threshold, met };
  }
  const value = a.sub(baseline).div(span);
  return { kind: 'attainment', value, reason: null, threshold, met: value.compare(threshold) >= 0 };
}

/**
 * True when `value` is an {@link attainment} result: a plain object whose `kind` is `'attainment'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Attainment}).
 * @example
 * import { attainment, isAttainment } from 'funnel-math';
 * const result = attainment({ title: 'Revenue', metric: 'revenue', target: '+10%', baseline: 700000, unit: 'USD' }, 735000);
 * isAttainment(result); // => true
 * isAttainment(JSON.parse(JSON.stringify(result))); // => true
 * isAttainment({ kind: 'plan' }); // => false
 * @category Goals
 */
export function isAttainment(value: unknown): value is Attainment {
  return hasKind(value, 'attainment');
}
