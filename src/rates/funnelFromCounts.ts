import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { toCount, type NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { readStageKeyed } from '../funnel/stageKeyed.js';
import { wilson95 } from '../special/wilson.js';
import { hasKind } from '../kind.js';

/** Why a rate has no value: nothing reached its denominator stage, or more reached this stage than it. */
export type UndefinedRateReason = 'zero-denominator' | 'exceeds-denominator';

/**
 * A conversion rate that names its denominator: `numerator` of `denominator` prospects at stage
 * `of`. `value` is exact, or `null` with a `reason` when the rate is undefined — never NaN, never
 * silently 0 and never above 100%.
 */
export interface StageRate<Id extends string = string> {
  /** The exact rate, or `null` when undefined (see `reason`). */
  readonly value: Ratio | null;
  /** Why `value` is null; `null` when it is not. */
  readonly reason: UndefinedRateReason | null;
  /** How many reached the stage the rate is for. */
  readonly numerator: number;
  /** How many were at the denominator stage. */
  readonly denominator: number;
  /** The denominator stage's id: the rate is "of `of`". */
  readonly of: Id;
  /** For people: `'16.7% of contact (10 of 60)'`, or why there is no rate. */
  readonly label: string;
  /**
   * The Wilson 95% interval for the rate (floats: interval bounds are irreducibly real); `null`
   * when the rate is undefined.
   */
  readonly interval: RateInterval95 | null;
  /**
   * True when the rate rests on fewer than 5 successes or fewer than 5 failures (numerator < 5 or
   * denominator − numerator < 5, undefined rates included): read it as a rough guide, not a fact.
   */
  readonly smallSample: boolean;
}

/** A 95% Wilson interval carried by a counted rate. */
export interface RateInterval95 {
  readonly lower: number;
  readonly upper: number;
  readonly level: 0.95;
  readonly method: 'wilson';
}

/** One stage of a {@link FunnelCounts} result. */
export interface CountedStage<Id extends string = string> {
  readonly stage: Id;
  readonly count: number;
  /** Share of the previous stage that reached this one; `null` on the first stage. */
  readonly ofPrevious: StageRate<Id> | null;
  /** Share of the first stage that reached this one (the first stage is 1 of itself when non-zero). */
  readonly ofFirst: StageRate<Id>;
  /** How many of the previous stage did not reach this one; `null` on the first stage or when this stage is larger. */
  readonly dropped: number | null;
  /** `dropped` as a share of the previous stage; `null` where `dropped` is. */
  readonly dropRate: StageRate<Id> | null;
}

/** Something a result wants a person to look at; `code` is stable, `message` is for people. */
export interface FunnelWarning<Id extends string = string> {
  readonly code: 'EXCEEDS_PREVIOUS' | 'EXCEEDS_FIRST';
  readonly stage: Id;
  readonly message: string;
}

/** What {@link funnelFromCounts} returns. JSON-serialisable (rates become exact strings like `'1/3'`). */
export interface FunnelCounts<Id extends string = string> {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'counts';
  readonly stages: readonly CountedStage<Id>[];
  /** Last stage of first stage: the end-to-end conversion. */
  readonly overall: StageRate<Id>;
  readonly warnings: readonly FunnelWarning<Id>[];
}

/** Counts per stage: keyed by stage id, or an array in funnel order. */
export type CountsInput<Id extends string> = { readonly [K in Id]: NumberInput } | readonly NumberInput[];

/** Fewer successes or failures than this make a rate a small sample (see {@link StageRate.smallSample}). */
const SMALL_SAMPLE = 5;

/** Builds a rate `numerator / denominator` of stage `of`, undefined rather than above 1 or over 0. @internal */
export function stageRate<Id extends string>(numerator: number, denominator: number, of: Id, ofLabel: string): StageRate<Id> {
  const smallSample = numerator < SMALL_SAMPLE || denominator - numerator < SMALL_SAMPLE;
  if (denominator === 0) {
    return { value: null, reason: 'zero-denominator', numerator, denominator, of, label: `no rate: no ${ofLabel} to divide by`, interval: null, smallSample };
  }
  if (numerator > denominator) {
    return {
      value: null,
      reason: 'exceeds-denominator',
      numerator,
      denominator,
      of,
      label: `no rate: ${numerator} is more than the ${denominator} ${ofLabel}`,
      interval: null,
      smallSample,
    };
  }
  const value = Ratio.of(numerator, denominator);
  const { lower, upper } = wilson95(numerator, denominator);
  return {
    value,
    reason: null,
    numerator,
    denominator,
    of,
    label: `${value.toPercent(1)} of ${ofLabel} (${numerator} of ${denominator})`,
    interval: { lower, upper, level: 0.95, method: 'wilson' },
    smallSample,
  };
}

const readStageCount = (value: unknown, path: ErrorPath, context?: FailParams): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : toCount(value, path, { subject: 'countAt', expected: 'countOf', ...context });

/**
 * Conversion rates from stage counts, each against a named denominator: the previous stage
 * (`ofPrevious`) and the first stage (`ofFirst`).
 *
 * Every defined rate carries a Wilson 95% interval (`interval`, floats) and a `smallSample` flag
 * (fewer than 5 successes or fewer than 5 failures).
 *
 * Edge cases: a zero denominator gives `value: null` with `reason: 'zero-denominator'` (never NaN,
 * Infinity or 0). A stage larger than the one before it — typically prospects who came in by
 * themselves counted against cold calls (DOMAIN §3) — gives `reason: 'exceeds-denominator'` and a
 * warning instead of a rate above 100%.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param counts - a whole, non-negative count per stage, keyed by id or in funnel order.
 * @throws FunnelMathError `INVALID_INPUT` for a missing count, `UNKNOWN_STAGE`, `NEGATIVE`,
 *   `NOT_INTEGER`, `INVALID_NUMBER`.
 * @example
 * import { defineFunnel, funnelFromCounts } from 'funnel-math';
 * const funnel = defineFunnel(['contact', 'meeting', 'sale'] as const);
 * const report = funnelFromCounts(funnel, { contact: 60, meeting: 15, sale: 10 });
 * report.stages[2]!.ofPrevious!.label; // => '66.7% of meeting (10 of 15)'
 * report.stages[2]!.ofFirst.label; // => '16.7% of contact (10 of 60)'
 * report.stages[2]!.ofPrevious!.value!.toString(); // => '2/3'
 * report.stages[1]!.dropped; // => 45
 * report.stages[2]!.ofPrevious!.smallSample; // => false
 * report.stages[2]!.ofPrevious!.interval!.lower.toFixed(3); // => '0.417'
 * @category Funnels and rates
 */
export function funnelFromCounts<Id extends string>(funnel: Funnel<Id>, counts: CountsInput<NoInfer<Id>>): FunnelCounts<Id> {
  const f = asFunnel(funnel);
  const path: ErrorPath = ['counts'];
  const values = readStageKeyed(f, counts, path, readStageCount, { from: 0, about: { subject: 'counts', expected: 'stageKeyed' } });
  for (let i = 0; i < values.length; i++) {
    if (values[i] === undefined) fail('MISSING_VALUE', { subject: 'countAt', stage: f.ids[i]!, expected: 'countOf' }, [...path, Array.isArray(counts) ? i : f.ids[i]!]);
  }
  const first = f.stages[0]!;
  const warnings: FunnelWarning<Id>[] = [];
  const stages: CountedStage<Id>[] = f.stages.map((stage, i) => {
    const count = values[i]!;
    const ofFirst = stageRate(count, values[0]!, first.id, first.label);
    if (i === 0) return { stage: stage.id, count, ofPrevious: null, ofFirst, dropped: null, dropRate: null };
    const prev = f.stages[i - 1]!;
    const prevCount = values[i - 1]!;
    const ofPrevious = stageRate(count, prevCount, prev.id, prev.label);
    if (ofPrevious.reason === 'exceeds-denominator') {
      warnings.push({
        code: 'EXCEEDS_PREVIOUS',
        stage: stage.id,
        message:
          `"${stage.label}" (${count}) is larger than "${prev.label}" (${prevCount}): some ${stage.label} did not come from ${prev.label} ` +
          `(inbound or another source?). No rate is given; count them separately so each rate has the right denominator.`,
      });
    } else if (ofFirst.reason === 'exceeds-denominator') {
      warnings.push({
        code: 'EXCEEDS_FIRST',
        stage: stage.id,
        message: `"${stage.label}" (${count}) is larger than "${first.label}" (${values[0]}): no rate of the first stage is given.`,
      });
    }
    const dropped = ofPrevious.reason === 'exceeds-denominator' ? null : prevCount - count;
    const dropRate = dropped === null ? null : stageRate(dropped, prevCount, prev.id, prev.label);
    return { stage: stage.id, count, ofPrevious, ofFirst, dropped, dropRate };
  });
  const last = stages[stages.length - 1]!;
  return { kind: 'counts', stages, overall: last.ofFirst, warnings };
}

/**
 * True when `value` is a {@link funnelFromCounts} result: a plain object whose `kind` is `'counts'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link FunnelCounts}).
 * @example
 * import { defineFunnel, funnelFromCounts, isFunnelCounts } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const result = funnelFromCounts(funnel, { call: 40, sale: 4 });
 * isFunnelCounts(result); // => true
 * isFunnelCounts(JSON.parse(JSON.stringify(result))); // => true
 * isFunnelCounts({ kind: 'plan' }); // => false
 * @category Funnels and rates
 */
export function isFunnelCounts(value: unknown): value is FunnelCounts {
  return hasKind(value, 'counts');
}
