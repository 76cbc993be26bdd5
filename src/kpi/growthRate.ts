import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import { readAmount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { amountOf, bounded, readList, shown } from './read.js';
import { hasKind } from '../kind.js';

/** Two consecutive values of a metric for {@link growthRate}. */
export interface GrowthPair {
  /** The value of the earlier period (revenue, followers, profile views…), 0 or more. */
  readonly previous: NumberInput;
  /** The value of the later period, in the same unit. */
  readonly current: NumberInput;
}

/** Growth from one period to the next. JSON-serialisable. */
export interface GrowthStep {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'growth-step';
  /** (current − previous) / previous, exact (`'1/10'` is +10%); `null` when previous is 0. */
  readonly value: Ratio | null;
  readonly reason: 'zero-prior' | null;
  readonly previous: Ratio;
  readonly current: Ratio;
  /** current − previous. */
  readonly change: Ratio;
  /** For people: `'+10.0% (700000 → 770000)'`. */
  readonly label: string;
}

const MAX_SERIES = 10_000;

/** Growth along a series: each step, and first to last. */
export interface GrowthSeries {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'growth-series';
  /** `steps[i]` is from `series[i]` to `series[i + 1]`. */
  readonly steps: readonly GrowthStep[];
  /** From the first value to the last (not compounded: see {@link compoundGrowthRate}). */
  readonly overall: GrowthStep;
}

const INPUT = { phrases: enKpi, subject: 'input', expected: 'growthInput' } as const;

const pairInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    previous: /* @__PURE__ */ amountOf('previousValue', 'nonNegative'),
    current: /* @__PURE__ */ amountOf('currentValue', 'nonNegative'),
  }),
  INPUT,
);

/** @internal */
export function growthStep(previous: Ratio, current: Ratio, path: ErrorPath = ['input']): GrowthStep {
  const change = current.sub(previous);
  const arrow = `(${shown(previous)} → ${shown(current)})`;
  if (previous.isZero()) return { kind: 'growth-step', value: null, reason: 'zero-prior', previous, current, change, label: `no growth rate: the earlier value is 0 ${arrow}` };
  const value = bounded(change.div(previous), path, 'growthRate');
  return { kind: 'growth-step', value, reason: null, previous, current, change, label: `${value.sign() >= 0 ? '+' : ''}${value.toPercent(1)} ${arrow}` };
}

/**
 * Period-over-period growth: how much a metric grew from one period to the next — revenue month
 * over month, followers or profile views over time (DOMAIN.md §2.1, §2.5).
 *
 * Formula: (current − previous) / previous, exact; negative for a fall. Given an array, the growth
 * of each step and of first → last (a plain change, not compounded; for an average per-period rate
 * use {@link compoundGrowthRate}).
 *
 * Edge cases: a previous value of 0 gives `value: null, reason: 'zero-prior'` (growth from nothing
 * has no rate; `change` still says how much was added).
 *
 * @param input - `{ previous, current }`, or a series of 2 to 10,000 values, oldest first.
 * @returns one {@link GrowthStep}, or `{ steps, overall }` for a series.
 * @throws FunnelMathError `TOO_FEW_VALUES` (fewer than two values), `INVALID_INPUT`, `MISSING_VALUE`,
 *   `UNKNOWN_OPTION`, `NEGATIVE`, `INVALID_NUMBER`,
 *   `RESULT_TOO_LARGE` (a rate beyond 10^300, from a tiny previous value).
 * @example
 * import { growthRate } from 'funnel-math';
 * growthRate({ previous: 700000, current: 770000 }).value; // => '1/10'
 * growthRate({ previous: 700000, current: 770000 }).label; // => '+10.0% (700000 → 770000)'
 * growthRate({ previous: 0, current: 12 }).reason; // => 'zero-prior'
 * growthRate([1200, 1500, 1350]).steps.map((s) => s.value); // => ['1/4', '-1/10']
 * growthRate([1200, 1500, 1350]).overall.value; // => '1/8'
 * @category KPIs
 */
export function growthRate(input: GrowthPair): GrowthStep;
export function growthRate(input: readonly NumberInput[]): GrowthSeries;
export function growthRate(input: GrowthPair | readonly NumberInput[]): GrowthStep | GrowthSeries {
  if (Array.isArray(input)) {
    // a series is periods (months, quarters), not a log: a longer one is refused before any value is read
    if (input.length > MAX_SERIES) fail('TOO_LONG', { phrases: enKpi, subject: 'series', length: input.length, max: MAX_SERIES }, ['series']);
    const list = readList(input, ['series'], { phrases: enKpi, subject: 'series', expected: 'array' });
    if (list.length < 2) fail('TOO_FEW_VALUES', { phrases: enKpi, subject: 'series', length: list.length, min: 2 }, ['series']);
    const values = list.map((v, i) => readAmount(v, ['series', i], { phrases: enKpi, subject: 'seriesValue', expected: 'nonNegative', row: i + 1 }));
    const steps = values.slice(1).map((v, i) => growthStep(values[i]!, v, ['series', i + 1]));
    return { kind: 'growth-series', steps, overall: growthStep(values[0]!, values[values.length - 1]!, ['series']) };
  }
  if (!isPlainObject(input)) fail('INVALID_INPUT', { ...INPUT, received: input }, ['input']);
  const { previous, current } = pairInput.read(input, ['input']);
  return growthStep(previous, current);
}

/**
 * True when `value` is a {@link growthRate} result for a pair: a plain object whose `kind` is `'growth-step'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link GrowthStep}).
 * @example
 * import { growthRate, isGrowthStep } from 'funnel-math';
 * const result = growthRate({ previous: 700000, current: 770000 });
 * isGrowthStep(result); // => true
 * isGrowthStep(JSON.parse(JSON.stringify(result))); // => true
 * isGrowthStep({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isGrowthStep(value: unknown): value is GrowthStep {
  return hasKind(value, 'growth-step');
}

/**
 * True when `value` is a {@link growthRate} result for a series: a plain object whose `kind` is `'growth-series'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link GrowthSeries}).
 * @example
 * import { growthRate, isGrowthSeries } from 'funnel-math';
 * const result = growthRate([1200, 1500, 1350]);
 * isGrowthSeries(result); // => true
 * isGrowthSeries(JSON.parse(JSON.stringify(result))); // => true
 * isGrowthSeries({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isGrowthSeries(value: unknown): value is GrowthSeries {
  return hasKind(value, 'growth-series');
}
