import { fail, type ErrorPath } from '../errors.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { toCount, type NumberInput } from '../numbers/parse.js';
import { fromBigParts, fromSafe, fromSafeParts, partDen, partNum, type Ratio, safeDen, safeNum } from '../numbers/ratio.js';
import { productOf, SafeProduct } from '../numbers/product.js';
import { gcd } from '../numbers/gcd.js';
import { readRates, type RatesInput } from '../rates/readRates.js';
import * as z from 'zod/mini';
import { isPlainObject, ownKeyCount } from '../schema.js';
import { amountPiece, countPiece, quickAmount, quickCount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { choicePiece } from '../input/choice.js';
import { setOwn } from '../funnel/setOwn.js';
import { ceilDivBig, ceilDivSafe, ceilOfRatio, ceilOverRate } from '../numbers/ceilDiv.js';
import { hasKind } from '../kind.js';

/**
 * How a plan turns exact requirements into whole numbers.
 * - `'each-stage'` (default): walking up from the goal, every stage is rounded up, so each stage's
 *   target at the expected rate yields at least the next stage's target (13 deals at
 *   10/35/50/40% → 1890 calls).
 * - `'once'`: every stage is the goal divided by the exact product of the rates below it, rounded up
 *   once (13 deals → 1858 calls): the smallest top that reaches the goal on average.
 */
export type Rounding = 'each-stage' | 'once';

// typed from Rounding (and checked against it by the compiler), so the published type stays explicit
/** The rounding option, one schema for every function that takes it. @internal */
export const roundingSchema: z.ZodMiniEnum<{ [K in Rounding]: K }> = /* @__PURE__ */ z.enum(['each-stage', 'once']);

/** What the plan is for: a count at the last stage, a count at a stage, or revenue. */
export type PlanGoalInput<Id extends string> =
  | NumberInput
  | { readonly count: NumberInput; readonly at?: Id }
  | { readonly revenue: NumberInput; readonly averageDealSize: NumberInput; readonly at?: Id };

/** Options of {@link requiredActivity}. */
export interface RequiredActivityOptions<Id extends string> {
  readonly goal: PlanGoalInput<Id>;
  readonly rates: RatesInput<Id>;
  readonly rounding?: Rounding;
}

/** One stage of an {@link ActivityPlan}. */
export interface PlannedStage<Id extends string = string> {
  readonly stage: Id;
  /** Whole number needed at this stage. */
  readonly required: number;
  /** The exact, un-rounded requirement this stage's `required` was rounded up from. */
  readonly exact: Ratio;
  /** Rate from the previous stage into this one (denominator: `ofStage`); `null` on the top stage. */
  readonly rate: Ratio | null;
  /** The stage `rate` is a share of; `null` on the top stage. */
  readonly ofStage: Id | null;
}

/** The goal a plan was built for, as read. */
export interface PlanGoal<Id extends string = string> {
  readonly count: number;
  readonly at: Id;
  /** The revenue goal, exactly as a decimal string (`'1000000'`); wrap in a Decimal to compute with it. */
  readonly revenue?: string;
  /** The average deal size, exactly as a decimal string (`'23456.78'`). */
  readonly averageDealSize?: string;
}

/** What {@link requiredActivity} returns: JSON-serialisable (Ratios become strings like `'1/3'`). */
export interface ActivityPlan<Id extends string = string> {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'plan';
  readonly goal: PlanGoal<Id>;
  /** Whole number needed per stage, from the top down to the goal's stage. */
  readonly required: { readonly [K in Id]: number };
  readonly stages: readonly PlannedStage<Id>[];
  /** The top stage and its requirement: the activity the goal takes. */
  readonly top: { readonly stage: Id; readonly required: number };
  /** Exact product of the rates from the top to the goal's stage. */
  readonly overallRate: Ratio;
  readonly rounding: Rounding;
  /** The rounding policy, in words. */
  readonly roundingPolicy: string;
}

const POLICY: Record<Rounding, string> = {
  'each-stage':
    'Walking up from the goal, each stage is rounded up to a whole number, so every stage target at the expected rate yields at least the next target.',
  once: 'Each stage is the goal divided by the exact product of the rates below it, rounded up once; no intermediate rounding.',
};

/**
 * The goal as written: a count at the last stage, `{ count, at }`, or `{ revenue, averageDealSize, at }`;
 * the stage is resolved against the funnel by the core.
 */
type GoalRead = number | { readonly count: number; readonly at?: unknown } | { readonly revenue: Ratio; readonly averageDealSize: Ratio; readonly at?: unknown };

const countGoal = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ count: /* @__PURE__ */ countPiece('goalCount'), at: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()) }),
  { subject: 'goal', expected: 'goal' },
);
const revenueGoal = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    revenue: /* @__PURE__ */ amountPiece('revenueGoal'),
    averageDealSize: /* @__PURE__ */ amountPiece('averageDealSize'),
    at: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  }),
  { subject: 'goal', expected: 'goal' },
);

/**
 * The goal piece's fast check, for the forms people write: a whole count, `{ count, at }` and
 * `{ revenue, averageDealSize, at? }` with plain numbers or short strings and a stage name. It reads
 * what the schemas above would and nothing else (any other key, type or value goes to them).
 * @internal
 */
export function quickGoal(value: unknown): GoalRead | undefined {
  if (typeof value === 'number') return quickCount(value);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const v = value as Record<string, unknown>;
  const hasAt = Object.hasOwn(v, 'at');
  const at = hasAt ? v['at'] : undefined;
  if (at !== undefined && typeof at !== 'string') return undefined;
  const keys = ownKeyCount(v);
  if (Object.hasOwn(v, 'count')) {
    const count = quickCount(v['count']);
    return count !== undefined && keys === (hasAt ? 2 : 1) ? { count, at } : undefined;
  }
  if (keys !== (hasAt ? 3 : 2) || !Object.hasOwn(v, 'revenue') || !Object.hasOwn(v, 'averageDealSize')) return undefined;
  const revenue = quickAmount(v['revenue']);
  const averageDealSize = revenue === undefined ? undefined : quickAmount(v['averageDealSize']);
  return averageDealSize !== undefined ? { revenue: revenue!, averageDealSize, at } : undefined;
}

/** The goal piece's reader: a count, `{ count, at? }` or `{ revenue, averageDealSize, at? }`. @internal */
export function readPlanGoal(value: unknown, path: ErrorPath): GoalRead {
  if (!isPlainObject(value)) return toCount(value, path, { subject: 'goal', expected: 'count' });
  if (Object.hasOwn(value, 'count')) return countGoal.read(value, path);
  if (Object.hasOwn(value, 'revenue') || Object.hasOwn(value, 'averageDealSize')) return revenueGoal.read(value, path);
  return fail('INVALID_GOAL', { subject: 'goal', expected: 'goal', received: value }, path);
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    goal: /* @__PURE__ */ piece({ subject: 'goal', expected: 'goal' }, readPlanGoal, quickGoal),
    rates: /* @__PURE__ */ piece({ subject: 'rates', expected: 'stageKeyed' }, (value) => value, (value) => value),
    rounding: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(roundingSchema, 'rounding')),
  }),
);

const MAX_SAFE_BIG = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);
const GOAL_PATH: ErrorPath = /* @__PURE__ */ Object.freeze(['goal']);

/** The index of the goal's stage: the last by default, or `at` (a stage below the top). */
function goalStage(funnel: Funnel, goal: GoalRead, path: ErrorPath): number {
  const last = funnel.ids.length - 1;
  if (typeof goal === 'number' || goal.at === undefined) return last;
  const at = typeof goal.at === 'string' ? funnel.ids.indexOf(goal.at) : -1;
  if (at === -1) fail('UNKNOWN_STAGE', { subject: 'goalStage', key: String(goal.at), stages: funnel.ids.join(', ') }, [...path, 'at']);
  if (at === 0) fail('GOAL_AT_TOP', { subject: 'goal', stage: funnel.ids[0]! }, [...path, 'at']);
  return at;
}

/** The goal as the plan reports it: a count at the stage with index `at` (revenue → ⌈revenue / size⌉ wins). */
function planGoal(funnel: Funnel, goal: GoalRead, at: number, path: ErrorPath): PlanGoal {
  const stage = funnel.ids[at]!;
  if (typeof goal === 'number') return { count: goal, at: stage };
  if ('count' in goal) return { count: goal.count, at: stage };
  const revenue = goal.revenue;
  const size = goal.averageDealSize;
  if (size.isZero()) fail('INVALID_GOAL', { subject: 'averageDealSize', expected: 'amount', received: 0 }, [...path, 'averageDealSize']);
  const deals = ceilOfRatio(revenue.div(size));
  if (deals > Number.MAX_SAFE_INTEGER) fail('RESULT_TOO_LARGE', { subject: 'goalCount', value: String(deals), stage }, path);
  return { count: Number(deals), at: stage, revenue: revenue.toDecimalString(), averageDealSize: size.toDecimalString() };
}

function tooLarge(stage: string, value: bigint | number): never {
  return fail('RESULT_TOO_LARGE', { subject: 'planNeed', value: String(value), stage, expected: 'goalAndRates' }, ['goal']);
}

/**
 * The activity a goal requires at every stage: the reverse funnel. "50 sales at 15%
 * call→appointment and 1/3 appointment→sale → 150 appointments → 1000 calls."
 *
 * Formula: with rates r₁…rₖ into stages 1…k and goal g at stage k, `'each-stage'` rounding gives
 * nₖ = g, nᵢ₋₁ = ⌈nᵢ / rᵢ⌉; `'once'` gives nᵢ = ⌈g / (rᵢ₊₁ ⋯ rₖ)⌉. All arithmetic is exact
 * (rationals over integers), so 5 of 15 is exactly 1/3 and 50 sales need exactly 150 appointments.
 * Rates keyed by a stage below the goal's stage are read but not needed.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param options.goal - a count at the last stage (`50`), `{ count, at: stage }`, or
 *   `{ revenue, averageDealSize }` (→ ⌈revenue / size⌉ wins).
 * @param options.rates - rates as fractions, not percents: keyed by the stage they convert into
 *   (`{ appointment: '15%', sale: '1/3' }`), or a {@link funnelFromCounts} result.
 * @param options.rounding - `'each-stage'` (default) or `'once'`; see {@link Rounding}.
 * @returns the whole number needed per stage, the exact values they were rounded from, and the policy.
 * @throws FunnelMathError `MISSING_RATE`, `ZERO_RATE`, `RATE_ABOVE_ONE`, `NEGATIVE`,
 *   `INVALID_NUMBER`, `UNKNOWN_STAGE`, `INVALID_GOAL`, `RESULT_TOO_LARGE` (never Infinity).
 * @example
 * import { defineFunnel, requiredActivity } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
 * plan.required; // => { call: 1000, appointment: 150, sale: 50 }
 * plan.overallRate.toString(); // => '1/20'
 *
 * const deals = defineFunnel(['call', 'meeting', 'demo', 'proposal', 'deal'] as const);
 * const rates = { meeting: 0.1, demo: 0.35, proposal: 0.5, deal: 0.4 };
 * requiredActivity(deals, { goal: 13, rates }).top.required; // => 1890
 * requiredActivity(deals, { goal: 13, rates, rounding: 'once' }).top.required; // => 1858
 * requiredActivity(funnel, { goal: { revenue: 100000, averageDealSize: 2400 }, rates: { appointment: '15%', sale: '1/3' } }).required.sale; // => 42
 * @category Planning
 */
export function requiredActivity<Id extends string>(funnel: Funnel<Id>, options: RequiredActivityOptions<NoInfer<Id>>): ActivityPlan<Id> {
  const f = asFunnel(funnel);
  const opts = input.read(options);
  const rounding: Rounding = opts.rounding ?? 'each-stage';
  const atIndex = goalStage(f, opts.goal, GOAL_PATH);
  const goal = planGoal(f, opts.goal, atIndex, GOAL_PATH);
  const rates = readRates(f, opts.rates, atIndex);

  const required: number[] = new Array(atIndex + 1);
  const exact: Ratio[] = new Array(atIndex + 1);
  required[atIndex] = goal.count;
  exact[atIndex] = fromSafe(goal.count, 1);
  let overall: Ratio | undefined;
  if (rounding === 'each-stage') {
    for (let i = atIndex; i > 0; i--) {
      const r = rates[i]!;
      const next = ceilOverRate(required[i]!, r);
      if (typeof next === 'bigint') {
        if (next > MAX_SAFE_BIG) tooLarge(f.ids[i - 1]!, next);
        required[i - 1] = Number(next);
      } else {
        if (next > Number.MAX_SAFE_INTEGER) tooLarge(f.ids[i - 1]!, next);
        required[i - 1] = next;
      }
      exact[i - 1] = exactOver(required[i]!, r);
    }
    overall = productOf(rates, 1, atIndex);
  } else {
    overall = onceSafe(goal.count, rates, atIndex, required, exact);
    if (overall === undefined) {
      // product of the rates from stage i+1 to the goal's stage, kept exact
      let num = 1n;
      let den = 1n;
      const g = BigInt(goal.count);
      for (let i = atIndex; i > 0; i--) {
        num *= rates[i]!.num;
        den *= rates[i]!.den;
        const top = ceilDivBig(g * den, num);
        if (top > MAX_SAFE_BIG) tooLarge(f.ids[i - 1]!, top);
        required[i - 1] = Number(top);
        exact[i - 1] = fromBigParts(g * den, num);
      }
      overall = fromBigParts(num, den);
    }
  }
  return buildPlan(f as Funnel<Id>, goal as PlanGoal<Id>, required, exact, rates, overall, rounding);
}

/**
 * 'once' rounding in safe integers: fills `required` and `exact` and returns the overall rate when
 * every step stays below 2^53 (then each is exact), undefined to let the bigint path redo it. With
 * the running product P = num/den, goal / P = goal · den / num.
 */
function onceSafe(goal: number, rates: Ratio[], atIndex: number, required: number[], exact: Ratio[]): Ratio | undefined {
  const p = new SafeProduct();
  for (let i = atIndex; i > 0; i--) {
    p.times(rates[i]!);
    if (!p.fits) return undefined;
    let top = goal * p.den;
    let bottom = p.num;
    if (top + bottom > Number.MAX_SAFE_INTEGER) {
      // in lowest terms, gcd(goal · den, num) = gcd(goal, num): cancel it and try again
      p.reduce();
      const g = gcd(goal, p.num) || 1;
      top = (goal / g) * p.den;
      bottom = p.num / g;
      if (top + bottom > Number.MAX_SAFE_INTEGER) return undefined;
    }
    required[i - 1] = ceilDivSafe(top, bottom);
    exact[i - 1] = fromSafeParts(top, bottom);
  }
  return fromSafeParts(p.num, p.den);
}

/**
 * count / r = count · d / n (reduced when first shown); when that is past the safe range, with
 * n/d in lowest terms gcd(count · d, n) = gcd(count, n) cancels first.
 */
function exactOver(count: number, r: Ratio): Ratio {
  if (partDen(r) !== 0) {
    const top = count * partDen(r);
    if (top <= Number.MAX_SAFE_INTEGER) return fromSafeParts(top, partNum(r));
    const n = safeNum(r);
    const g = gcd(count, n) || 1;
    const reduced = (count / g) * safeDen(r);
    if (reduced <= Number.MAX_SAFE_INTEGER) return fromSafeParts(reduced, n / g);
  }
  return fromBigParts(BigInt(count) * r.den, r.num);
}

function buildPlan<Id extends string>(
  f: Funnel<Id>,
  goal: PlanGoal<Id>,
  required: number[],
  exact: Ratio[],
  rates: Ratio[],
  overall: Ratio,
  rounding: Rounding,
): ActivityPlan<Id> {
  const stages: PlannedStage<Id>[] = new Array(required.length);
  const byStage = {} as Record<string, number>;
  for (let i = 0; i < required.length; i++) {
    const stage = f.ids[i]!;
    stages[i] = {
      stage,
      required: required[i]!,
      exact: exact[i]!,
      rate: i === 0 ? null : rates[i]!,
      ofStage: i === 0 ? null : f.ids[i - 1]!,
    };
    setOwn(byStage, stage, required[i]!);
  }
  return {
    kind: 'plan',
    goal,
    required: byStage as { [K in Id]: number },
    stages,
    top: { stage: f.ids[0]!, required: required[0]! },
    overallRate: overall,
    rounding,
    roundingPolicy: rounding === 'once' ? POLICY.once : POLICY['each-stage'],
  };
}

/**
 * True when `value` is a {@link requiredActivity} result: a plain object whose `kind` is `'plan'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link ActivityPlan}).
 * @example
 * import { defineFunnel, isActivityPlan, requiredActivity } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const result = requiredActivity(funnel, { goal: 5, rates: { sale: '10%' } });
 * isActivityPlan(result); // => true
 * isActivityPlan(JSON.parse(JSON.stringify(result))); // => true
 * isActivityPlan({ kind: 'counts' }); // => false
 * @category Planning
 */
export function isActivityPlan(value: unknown): value is ActivityPlan {
  return hasKind(value, 'plan');
}
