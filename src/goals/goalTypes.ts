/**
 * The shapes of a goal: what callers write ({@link GoalInput}) and what {@link defineGoal} returns
 * ({@link Goal}).
 * @module
 */
import type { DateInput } from '../calendar/dates.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import type { GoalAggregate, GoalMeasure, KnownMetric } from './metrics.js';

/** An activity goal names what a rep does (calls); an outcome goal names what it yields (revenue). */
export type GoalKind = 'activity' | 'outcome';

/** Where a goal sits in the layers of DOMAIN.md §4. */
export type GoalLevel = 'annual' | 'quarterly' | 'monthly' | 'weekly' | 'team' | 'individual' | 'stretch';

/** How often progress is reviewed. */
export type CheckInCadence = 'daily' | 'weekly' | 'biweekly' | 'monthly' | 'quarterly';

/** `'at-least'`: reach the target or more; `'at-most'`: stay at or below it ("churn below 1%"). */
export type GoalDirection = 'at-least' | 'at-most';

/**
 * How a change applies to the baseline: `'relative'` multiplies (+10% of 700,000 is 770,000; a win
 * rate of 30% "+8%" is 32.4%); `'additive'` adds in the metric's own unit (a win rate "+8pp" is 38%).
 */
export type ChangeBasis = 'relative' | 'additive';

/**
 * A target as written: a number (`5_000_000`), a shorthand string (`'+10%'`, `'-5%'`, `'+8pp'`,
 * `'below 1%'`, `'at least 50'`), or an object: absolute `{ value, unit?, direction? }` or relative
 * `{ change, basis?, unit?, direction? }`.
 */
export type TargetInput =
  | NumberInput
  | { readonly value: NumberInput; readonly unit?: string | null; readonly direction?: GoalDirection; readonly type?: 'absolute' }
  | {
      readonly change: NumberInput;
      readonly basis?: ChangeBasis;
      readonly unit?: string | null;
      readonly direction?: GoalDirection;
      readonly type?: 'relative';
    };

/** The value a relative target changes from, and the period it was measured over (`'2025'`, `'2025-Q4'`). */
export type BaselineInput = NumberInput | { readonly value: NumberInput; readonly period?: string | null };

/** A goal as written by a manager. Only `title`, `metric` and `target` are required by {@link defineGoal}. */
export interface GoalInput {
  readonly id?: string | null;
  readonly title: string;
  /** A known metric (`'revenue'`, `'calls'`, `'win rate'`, `'churn'`, `'LTV'`, …) or any other name. */
  readonly metric: KnownMetric | (string & {});
  /** Default: the metric's usual kind (`'outcome'` for revenue, `'activity'` for calls). */
  readonly kind?: GoalKind | null;
  readonly level?: GoalLevel | null;
  /** For custom metrics: how values are measured (default `'count'`). Known metrics fix it. */
  readonly measure?: GoalMeasure | null;
  /** For custom metrics: whether values add up over time (default `'sum'`, `'level'` for rates). */
  readonly aggregate?: GoalAggregate | null;
  readonly target: TargetInput;
  /** The unit, when the target does not carry one: a currency (`'USD'`) or what is counted. */
  readonly unit?: string | null;
  readonly baseline?: BaselineInput | null;
  /** First day of the goal, ISO `YYYY-MM-DD` or a Date. */
  readonly start?: DateInput | null;
  /** Last day of the goal (included). */
  readonly deadline?: DateInput | null;
  readonly checkIn?: CheckInCadence | null;
  readonly owner?: string | null;
  /** The "how" that makes a goal specific ("consultative selling of the core product"). */
  readonly method?: string | null;
  /** The channel the goal's results come from (`'phone'`, `'instagram'`). */
  readonly channel?: string | null;
  /** The id or title of the goal this one contributes to. */
  readonly parent?: string | null;
  /** The funnel stage the goal counts (default: the funnel's last stage for outcome goals). */
  readonly stage?: string | null;
  /** Accepted (and ignored) so a serialised {@link Goal} reads back. */
  readonly known?: boolean;
}

/** An absolute target: reach `value` (at least, or at most). */
export interface AbsoluteTarget {
  readonly type: 'absolute';
  /** Exact; a rate is a fraction (1% is `'1/100'`), money is in `unit`. */
  readonly value: Ratio;
  readonly direction: GoalDirection;
}

/** A target relative to the goal's baseline. */
export interface RelativeTarget {
  readonly type: 'relative';
  /** Exact change: `'1/10'` for +10% (relative basis), `'2/25'` for +8pp (additive basis). */
  readonly change: Ratio;
  readonly basis: ChangeBasis;
  readonly direction: GoalDirection;
}

/** A defined goal: every field read, checked and exact. JSON-serialisable; reads back through {@link defineGoal}. */
export interface Goal {
  readonly id: string | null;
  readonly title: string;
  /** Canonical metric name: lower case, words joined by `-` (`'win-rate'`). */
  readonly metric: string;
  /** True when the metric is one of {@link KNOWN_METRICS}. */
  readonly known: boolean;
  readonly measure: GoalMeasure;
  readonly aggregate: GoalAggregate;
  readonly kind: GoalKind;
  readonly level: GoalLevel | null;
  readonly target: AbsoluteTarget | RelativeTarget;
  readonly unit: string | null;
  readonly baseline: { readonly value: Ratio; readonly period: string | null } | null;
  readonly start: string | null;
  readonly deadline: string | null;
  readonly checkIn: CheckInCadence | null;
  readonly owner: string | null;
  readonly method: string | null;
  readonly channel: string | null;
  readonly parent: string | null;
  readonly stage: string | null;
}
