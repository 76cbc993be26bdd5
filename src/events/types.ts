import type { Ratio } from '../numbers/ratio.js';
import type { NumberInput } from '../numbers/parse.js';
import type { StageRate } from '../rates/funnelFromCounts.js';
import type { InstantInput } from './time.js';

/**
 * One activity from a CRM or dialer export: a prospect reached a stage at an instant.
 * @category Activity logs
 */
export interface ActivityRecord<Id extends string = string> {
  /** Who: a string or a number; `1` and `'1'` are the same prospect (ids are compared as text). */
  readonly prospect: string | number;
  /** The funnel stage this activity belongs to. */
  readonly stage: Id;
  /** When: an ISO date or date-time (no zone = UTC), epoch milliseconds, or a Date. */
  readonly at: InstantInput;
  /** Where the prospect came from ('cold call', 'inbound', 'referral'). */
  readonly source?: string;
  /** The rep who did the activity. */
  readonly rep?: string;
  /** `true` for a prospect new to the company, `false` for an existing one; unknown when absent. */
  readonly isNew?: boolean;
  /** A deal value (money), non-negative. */
  readonly value?: NumberInput;
  /** Why the prospect was lost at this stage ('not interested'); a record with a reason closes the journey. */
  readonly reason?: string;
}

/** How stages must follow each other to count. @category Activity logs */
export type EventOrder = 'ordered' | 'strict' | 'any';
/** Count each prospect once per stage, or every journey (re-entries) separately. @category Activity logs */
export type EventCounting = 'unique' | 'total';
/** Which journeys of a prospect who came back to the first stage count. @category Activity logs */
export type ReEntry = 'first' | 'last' | 'each';
/** Which event's key a journey is grouped under. @category Activity logs */
export type Attribution<Id extends string = string> = 'first' | 'last' | { readonly stage: Id };
/** What to group by: a record field, the calendar, or a function of the record. @category Activity logs */
export type GroupBy<Id extends string = string> =
  | 'rep'
  | 'source'
  | 'month'
  | 'week'
  | ((record: ActivityRecord<Id>, index: number) => string | null | undefined);

/** Options of {@link analyzeFunnel}, {@link analyzeColumns} and {@link createFunnelAccumulator}. @category Activity logs */
export interface AnalyzeOptions<Id extends string = string> {
  /** Default `'ordered'`. */
  readonly order?: EventOrder;
  /** Default `'unique'`. */
  readonly counting?: EventCounting;
  /** Default `'first'`. */
  readonly reEntry?: ReEntry;
  /** Conversion windows in days (fractions allowed: 0.5 = 12 hours); none by default. */
  readonly window?: { readonly fromFirst?: NumberInput; readonly perStep?: NumberInput };
  /** Stages to leave out; their records are counted in `ignored.excludedStage`. */
  readonly exclude?: readonly Id[];
  /** The instant the report is "as of"; default: the latest record's time. */
  readonly asOf?: InstantInput;
  readonly by?: GroupBy<Id>;
  /** Default `'first'`. */
  readonly attribution?: Attribution<Id>;
  /** List prospects with no activity for more than this many days at `asOf`. */
  readonly stalledAfterDays?: NumberInput;
  /** Add a per-prospect list (stage reached, time in each stage). Default `false`. */
  readonly perProspect?: boolean;
  /** Default `'throw'`. */
  readonly onInvalid?: 'throw' | 'skip';
  /**
   * How the duration quantiles (p25, median, p75, p90) are taken: `'nearest-rank'` (default:
   * always an observed duration; Hyndman & Fan definition 1) or
   * `'averaged'` (definition 2: the median of an even count is the mean of the two middle
   * durations, as the KPIs take it). Each {@link DurationStats} names the rule in `quantileRule`.
   */
  readonly quantile?: 'nearest-rank' | 'averaged';
  /**
   * Default `true`. `false` leaves out the time-to-convert figures (every stage's `timeFromPrevious`
   * and `timeFromFirst` is then `null`, and the report's `options.timeToConvert` says so): for the
   * largest logs, when the counts are all that is wanted.
   */
  readonly timeToConvert?: boolean;
}

/** The options a report was computed with, every default filled in (JSON-friendly). @category Activity logs */
export interface ResolvedOptions<Id extends string = string> {
  readonly order: EventOrder;
  readonly counting: EventCounting;
  readonly reEntry: ReEntry;
  /** Windows in milliseconds; `null` = no window. */
  readonly window: { readonly fromFirst: number | null; readonly perStep: number | null };
  readonly exclude: readonly Id[];
  readonly asOf: string | null;
  readonly asOfFrom: 'option' | 'latest record';
  readonly by: 'rep' | 'source' | 'month' | 'week' | 'function' | null;
  readonly attribution: Attribution<Id>;
  /** `stalledAfterDays` in milliseconds; `null` when not asked for. */
  readonly stalledAfter: number | null;
  readonly perProspect: boolean;
  readonly onInvalid: 'throw' | 'skip';
  /** The tie-breaking rule for equal timestamps, in words. */
  readonly tieBreak: string;
  /** The rule the duration quantiles were taken by. */
  readonly quantile: 'nearest-rank' | 'averaged';
  /**
   * Whether the time-to-convert figures were computed. When `false`, a `null` `timeFromPrevious` or
   * `timeFromFirst` means "not computed", not "nothing converted".
   */
  readonly timeToConvert: boolean;
}

/** Durations in whole milliseconds. @category Activity logs */
export interface DurationStats {
  readonly count: number;
  /**
   * Quantiles by `quantileRule`: by nearest rank (the default) an observed duration, never
   * interpolated; by `'averaged'` the mean of two observed durations where a share p of them lies
   * at or below one and as much at or above the other (so possibly a half millisecond).
   */
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly p90: number;
  /** The exact mean rounded half up to a whole millisecond. */
  readonly mean: number;
  readonly histogram: readonly HistogramBin[];
  /** The rule the quantiles were taken by (the `quantile` option). */
  readonly quantileRule: 'nearest-rank' | 'averaged';
}

/** One fixed bin of a duration histogram: `[fromMs, toMs)`, `toMs` null for the last bin. @category Activity logs */
export interface HistogramBin {
  readonly label: string;
  readonly fromMs: number;
  readonly toMs: number | null;
  readonly count: number;
}

/**
 * How many reached a stage for each touch (record) at another stage: `numerator` per `touches`
 * records at stage `of`. It is what a system that counts contacts instead of prospects reports as
 * its close rate (DOMAIN §5: 10 sales after 60 contact touches is 0.167 per touch, while 10 of the 15
 * meetings closed), shown beside the rates so the two can be told apart. It is **not** a conversion
 * rate: a prospect touched five times counts five times in the denominator, and prospects who came
 * in by themselves count in the numerator, so it may exceed 1, and it carries no interval.
 * `value` is exact, or `null` with a `reason` when the stage `of` has no touches.
 * @category Activity logs
 */
export interface PerTouch<Id extends string = string> {
  /** The exact figure per touch, or `null` when there are no touches to divide by. */
  readonly value: Ratio | null;
  /** Why `value` is null (`'no-touches'`); `null` when it is not. */
  readonly reason: 'no-touches' | null;
  /** Counted units that reached this stage (its `count`, in the counting unit). */
  readonly numerator: number;
  /** Records at stage `of`, repeats included (its `touches`). */
  readonly touches: number;
  /** The stage whose touches are the denominator. */
  readonly of: Id;
  /** For people: `'0.167 per touch of contact (10 per 60 touches)'`, or why there is no figure. */
  readonly label: string;
}

/** One stage of an {@link ActivityReport}. Counts are prospects (counting `'unique'`) or journeys (`'total'`). @category Activity logs */
export interface EventStage<Id extends string = string> {
  readonly stage: Id;
  /** Records at this stage (every touch, repeats included). */
  readonly touches: number;
  /** Distinct prospects that reached the stage (always unique). */
  readonly prospects: number;
  /** Journeys that reached the stage (differs from `prospects` only with re-entries). */
  readonly journeys: number;
  /** Counted units that reached the stage, in the counting unit. */
  readonly count: number;
  readonly newProspects: number;
  readonly existingProspects: number;
  /** Reached this stage from the previous one (`null` on the first stage). */
  readonly fromPrevious: number | null;
  /** Reached this stage without the previous one (came in by themselves, another source): not conversions. */
  readonly inbound: number;
  /** Reached both the first stage and this one. */
  readonly fromFirst: number;
  /** `fromPrevious` of the previous stage's `count`. */
  readonly ofPrevious: StageRate<Id> | null;
  /** `fromFirst` of the first stage's `count`. */
  readonly ofFirst: StageRate<Id>;
  /** `count` per touch of the previous stage (`null` on the first stage): not a rate, see {@link PerTouch}. */
  readonly perTouchOfPrevious: PerTouch<Id> | null;
  /**
   * `count` per touch of the first stage: the figure a count of contacts gives (DOMAIN §5). On the
   * first stage, its prospects per touch. Not a rate, see {@link PerTouch}.
   */
  readonly perTouchOfFirst: PerTouch<Id>;
  /** Reached the previous stage, not this one, and can no longer (lost, broke the order, or window closed at asOf). */
  readonly dropped: number | null;
  /** Reached the previous stage, not this one, still inside their window at `asOf`: right-censored, not dropped. */
  readonly open: number | null;
  /** Among `open`, those with no activity for more than `stalledAfterDays`. */
  readonly stalled: number | null;
  /** Sum of `value` on the records that reached this stage; `null` when none carried one. */
  readonly value: Ratio | null;
  /**
   * From the previous stage to this one, over `fromPrevious`; `null` on the first stage, when nothing
   * converted, or when the report was asked for counts only (`options.timeToConvert` false).
   */
  readonly timeFromPrevious: DurationStats | null;
  /** From the first stage to this one, over `fromFirst`; `null` as `timeFromPrevious` is. */
  readonly timeFromFirst: DurationStats | null;
}

/** Counts of a loss reason at a stage. @category Activity logs */
export interface LossReason<Id extends string = string> {
  /** The furthest stage reached when the prospect was lost. */
  readonly stage: Id;
  readonly reason: string;
  /** Counted units lost with this reason. */
  readonly lost: number;
  /** Records at `stage` carrying this reason. */
  readonly touches: number;
}

/** Something to look at; `code` is stable. @category Activity logs */
export interface EventWarning<Id extends string = string> {
  readonly code: 'EXCEEDS_PREVIOUS' | 'OUTSIDE_JOURNEY';
  readonly stage: Id | null;
  readonly message: string;
}

/** A record that was not used, with why. @category Activity logs */
export interface RejectedRecord {
  readonly index: number;
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly reason: string;
}

/** The stage-level part of a report (total or one group). @category Activity logs */
export interface StageBreakdown<Id extends string = string> {
  readonly stages: readonly EventStage<Id>[];
  readonly lossReasons: readonly LossReason<Id>[];
  readonly warnings: readonly EventWarning<Id>[];
}

/** One group of a grouped report; `key` null = records without the field, or journeys that never reached the attribution stage. @category Activity logs */
export interface EventGroup<Id extends string = string> extends StageBreakdown<Id> {
  readonly key: string | null;
}

/** Per rep and calendar month: counted units reaching each stage that month, and the change from the month before. @category Activity logs */
export interface RepMonth<Id extends string = string> {
  readonly rep: string | null;
  readonly month: string;
  readonly counts: { readonly [K in Id]: number };
  readonly change: { readonly [K in Id]: number } | null;
}

/** A prospect with no activity for longer than `stalledAfterDays` at `asOf`. @category Activity logs */
export interface StalledProspect<Id extends string = string> {
  readonly prospect: string;
  readonly stage: Id;
  readonly lastActivity: string;
  readonly idleMs: number;
}

/** Per prospect (latest counted journey): how far it got and how long it spent in each stage. @category Activity logs */
export interface ProspectDetail<Id extends string = string> {
  readonly prospect: string;
  readonly journeys: number;
  readonly entered: Id;
  readonly stage: Id;
  readonly status: 'completed' | 'open' | 'dropped';
  readonly reached: { readonly [K in Id]?: string };
  /** Milliseconds from reaching a stage to reaching the next (or to asOf while open, or to the last activity once dropped). */
  readonly timeInStage: { readonly [K in Id]?: number };
}

/** What {@link analyzeFunnel} returns. JSON-serialisable. @category Activity logs */
export interface ActivityReport<Id extends string = string> extends StageBreakdown<Id> {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'activity-report';
  /** End to end: last stage of first stage. */
  readonly overall: StageRate<Id>;
  readonly groups?: readonly EventGroup<Id>[];
  readonly monthOverMonth?: readonly RepMonth<Id>[];
  readonly stalled?: readonly StalledProspect<Id>[];
  readonly prospects?: readonly ProspectDetail<Id>[];
  readonly totals: { readonly records: number; readonly used: number; readonly prospects: number; readonly journeys: number };
  /** Valid records not counted, by why: at an excluded stage, after asOf, or touches outside any journey. */
  readonly ignored: { readonly excludedStage: number; readonly afterAsOf: number; readonly outsideJourney: number };
  readonly rejected: readonly RejectedRecord[];
  readonly options: ResolvedOptions<Id>;
}
