import { enStats } from '../messages/enStats.js';
import { fail } from '../errors.js';
import { asFunnel } from '../funnel/defineFunnel.js';
import { readRate } from '../input/rate.js';
import { toCount } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { isActivityPlan, requiredActivity, type ActivityPlan } from '../plan/requiredActivity.js';
import { isPlainObject } from '../schema.js';
import { hasKind, kindOf } from '../kind.js';

/** The effect of one improvement on one stage. */
export interface RateChange {
  /** The improved rate, exactly (capped at 1). */
  readonly rate: Ratio;
  /** Top-of-funnel activity the goal needs with that rate. */
  readonly top: number;
  /** Top-of-funnel activity saved against the plan (≥ 0). */
  readonly saved: number;
}

/** One stage of a {@link Sensitivity}. */
export interface StageSensitivity<Id extends string = string> {
  readonly stage: Id;
  /** The plan's rate into this stage. */
  readonly rate: Ratio;
  /** +1 percentage point (15% → 16%). */
  readonly plusOnePoint: RateChange;
  /** +10% relative (15% → 16.5%). */
  readonly plusTenPercent: RateChange;
}

/** What {@link sensitivity} returns. */
export interface Sensitivity<Id extends string = string> {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'sensitivity';
  /** The plan's top-of-funnel activity. */
  readonly top: number;
  readonly stages: readonly StageSensitivity<Id>[];
  /** The stage where +1 point saves the most activity (the first on a tie). */
  readonly best: Id;
}

const POINT = /* @__PURE__ */ Ratio.of(1, 100);
const TEN_PERCENT = /* @__PURE__ */ Ratio.of(11, 10);

/**
 * Where a point of conversion is worth the most: for each stage of a plan from
 * {@link requiredActivity}, the top-of-funnel activity saved by +1 percentage point and by +10%
 * relative on that stage alone, every other rate and the rounding unchanged. All arithmetic is
 * exact (the plan is recomputed with rational rates), so the savings are whole numbers.
 *
 * A relative +10% saves about the same on every stage (the top scales with the product of the
 * rates); +1 point saves most where the rate is lowest: at 15% and 1/3 (DOMAIN §1) it is the
 * call→appointment step.
 *
 * @param plan - a plan from {@link requiredActivity} (or its JSON).
 * @throws FunnelMathError `INVALID_INPUT` for something that is not a plan; for a plan's rates and goal the
 *   codes of {@link requiredActivity} (`ZERO_RATE`, `RATE_ABOVE_ONE`, `NOT_INTEGER`, ...) at their place in the plan.
 * @example
 * import { defineFunnel, requiredActivity, sensitivity } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const s = sensitivity(requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } }));
 * s.stages.map((x) => [x.stage, x.plusOnePoint.saved, x.plusTenPercent.saved]); // => [['appointment', 62, 90], ['sale', 26, 86]]
 * s.best; // => 'appointment'
 * @category Uncertainty
 */
export function sensitivity<Id extends string>(plan: ActivityPlan<Id>): Sensitivity<Id> {
  if (!isActivityPlan(plan)) {
    const kind = kindOf(plan);
    if (kind === undefined) fail('INVALID_INPUT', { phrases: enStats, subject: 'plan', expected: 'activityPlan', received: plan }, ['plan']);
    fail('INVALID_INPUT', { phrases: enStats, subject: 'planKind', expected: 'planKind', received: kind }, ['plan', 'kind']);
  }
  // a plan is a result (or its JSON), not options: it is read by its shape, and extra fields are fine
  if (!Array.isArray(plan['stages']) || !isPlainObject(plan['goal'])) {
    fail('INVALID_INPUT', { phrases: enStats, subject: 'plan', expected: 'activityPlan', received: plan }, ['plan']);
  }
  const stages = plan['stages'] as unknown[];
  const ids = stages.map((s, i) => {
    if (!isPlainObject(s)) fail('INVALID_INPUT', { phrases: enStats, subject: 'planStage', position: i + 1, expected: 'planStage', received: s }, ['plan', 'stages', i]);
    return s['stage'] as string;
  });
  const funnel = asFunnel(ids as never, ['plan', 'stages']);
  const rates = stages.slice(1).map((s, i) => readRate((s as Record<string, unknown>)['rate'], ['plan', 'stages', i + 1, 'rate'], { phrases: enStats, subject: 'rateInto', stage: ids[i + 1]! }));
  const goal = toCount((plan['goal'] as Record<string, unknown>)['count'], ['plan', 'goal', 'count'], { phrases: enStats, subject: 'planGoal', expected: 'count' });
  const rounding = plan['rounding'] === 'once' ? 'once' : 'each-stage';
  const topFor = (rs: Ratio[]) => requiredActivity(funnel, { goal, rates: rs, rounding }).top.required;
  const top = topFor(rates);
  const change = (i: number, r: Ratio): RateChange => {
    const rate = r.compare(ONE) > 0 ? ONE : r;
    const next = rates.slice();
    next[i] = rate;
    const t = topFor(next);
    return { rate, top: t, saved: Math.max(0, top - t) };
  };
  const out = rates.map((rate, i) => ({
    stage: ids[i + 1] as Id,
    rate,
    plusOnePoint: change(i, rate.add(POINT)),
    plusTenPercent: change(i, rate.mul(TEN_PERCENT)),
  }));
  let best = out[0]!;
  for (const s of out) if (s.plusOnePoint.saved > best.plusOnePoint.saved) best = s;
  return { kind: 'sensitivity', top, stages: out, best: best.stage };
}

/**
 * True when `value` is a {@link sensitivity} result: a plain object whose `kind` is `'sensitivity'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Sensitivity}).
 * @example
 * import { defineFunnel, isSensitivity, requiredActivity, sensitivity } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const result = sensitivity(requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } }));
 * isSensitivity(result); // => true
 * isSensitivity(JSON.parse(JSON.stringify(result))); // => true
 * isSensitivity({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isSensitivity(value: unknown): value is Sensitivity {
  return hasKind(value, 'sensitivity');
}
