import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { setOwn } from '../funnel/setOwn.js';
import { countPiece } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import type { NumberInput } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { givenAsCounts } from '../rates/givenAsCounts.js';
import { readRates, type RatesInput } from '../rates/readRates.js';
import { isPlainObject } from '../schema.js';
import { ratesPiece } from './common.js';
import { hasKind } from '../kind.js';

/** What {@link rateNeeded} returns. */
export interface RateNeeded<Id extends string = string> {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'rate-needed';
  readonly stage: Id;
  /** The stage the rate is a share of (the one before `stage`). */
  readonly of: Id;
  /** The exact rate needed; `null` when no rate helps (see `reason`). */
  readonly needed: Ratio | null;
  /** The stage's current rate, if `rates` gave one. */
  readonly current: Ratio | null;
  /** needed − current, exactly, when both exist. */
  readonly change: Ratio | null;
  /** True when `needed` is at most 100%. */
  readonly reachable: boolean;
  /** `'above-100%'` (needed is given but no stage converts above 1), `'no-activity'`, `'zero-rate'` (another stage is 0). */
  readonly reason: 'above-100%' | 'no-activity' | 'zero-rate' | null;
}

function readStageName(value: unknown, path: ErrorPath): string {
  return typeof value === 'string' ? value : fail('INVALID_INPUT', { phrases: enStats, subject: 'rateStage', expected: 'string', received: value }, path);
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    goal: /* @__PURE__ */ countPiece('goal'),
    activity: /* @__PURE__ */ countPiece('activity'),
    rates: /* @__PURE__ */ ratesPiece(),
    // a stage name; which stages are allowed depends on the funnel, checked below
    stage: /* @__PURE__ */ piece({ phrases: enStats, subject: 'rateStage', expected: 'string' }, readStageName),
  }),
);

/**
 * The rate one stage must reach for the activity the team can do to meet the goal on average,
 * every other rate unchanged: needed = goal / (activity × Π other rates), exactly. The rate for
 * `stage` may be left out of `rates`; if given, `change` says how far it is.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param options.goal - outcomes wanted at the last stage.
 * @param options.activity - top-of-funnel attempts the team can make.
 * @param options.rates - the other stages' rates (fractions, not percents).
 * @param options.stage - the stage whose rate is solved for (not the first stage).
 * @throws FunnelMathError `UNKNOWN_STAGE`, `TOP_STAGE_RATE` (the rate into the first stage), `MISSING_VALUE`,
 *   `UNKNOWN_OPTION`, `MISSING_RATE`, `RATE_ABOVE_ONE`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`, `INVALID_INPUT`.
 * @example
 * import { defineFunnel, rateNeeded } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const r = rateNeeded(funnel, { goal: 50, activity: 800, rates: { appointment: '15%', sale: '1/3' }, stage: 'appointment' });
 * r.needed!.toString(); // => '3/16'
 * r.needed!.toPercent(2); // => '18.75%'
 * r.change!.toString(); // => '3/80'
 * @category Uncertainty
 */
export function rateNeeded<Id extends string>(
  funnel: Funnel<Id>,
  options: { readonly goal: NumberInput; readonly activity: NumberInput; readonly rates: RatesInput<NoInfer<Id>>; readonly stage: NoInfer<Id> },
): RateNeeded<Id> {
  const f = asFunnel(funnel);
  const opts = input.read(options);
  const index = f.ids.indexOf(opts.stage as Id);
  if (index === -1) fail('UNKNOWN_STAGE', { phrases: enStats, subject: 'rateStage', key: opts.stage, stages: f.ids.join(', ') }, ['stage']);
  if (index === 0) fail('TOP_STAGE_RATE', { phrases: enStats, subject: 'rateStage', key: opts.stage }, ['stage']);
  const { goal, activity } = opts;
  let rates: unknown = opts.rates;
  let given = true;
  if (isPlainObject(rates) && !givenAsCounts(f, rates, ['rates']) && !Object.hasOwn(rates, opts.stage)) {
    const copy: Record<string, unknown> = { ...rates };
    setOwn(copy, opts.stage, 1);
    rates = copy;
    given = false;
  }
  const all = readRates(f, rates, f.ids.length - 1, { allowZero: true });
  let others = ONE;
  for (let i = 1; i < all.length; i++) if (i !== index) others = others.mul(all[i]!);
  const current = given ? all[index]! : null;
  const base = { stage: f.ids[index]! as Id, of: f.ids[index - 1]! as Id, current };
  if (goal === 0) return { kind: 'rate-needed', ...base, needed: Ratio.of(0), change: current ? Ratio.of(0).sub(current) : null, reachable: true, reason: null };
  if (activity === 0) return { kind: 'rate-needed', ...base, needed: null, change: null, reachable: false, reason: 'no-activity' };
  if (others.isZero()) return { kind: 'rate-needed', ...base, needed: null, change: null, reachable: false, reason: 'zero-rate' };
  const needed = Ratio.of(goal).div(others.mul(Ratio.of(activity)));
  const reachable = needed.compare(ONE) <= 0;
  return { kind: 'rate-needed', ...base, needed, change: current ? needed.sub(current) : null, reachable, reason: reachable ? null : 'above-100%' };
}

/**
 * True when `value` is a {@link rateNeeded} result: a plain object whose `kind` is `'rate-needed'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link RateNeeded}).
 * @example
 * import { defineFunnel, isRateNeeded, rateNeeded } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const result = rateNeeded(funnel, { goal: 10, activity: 100, rates: { sale: '5%' }, stage: 'sale' });
 * isRateNeeded(result); // => true
 * isRateNeeded(JSON.parse(JSON.stringify(result))); // => true
 * isRateNeeded({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isRateNeeded(value: unknown): value is RateNeeded {
  return hasKind(value, 'rate-needed');
}
