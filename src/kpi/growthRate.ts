import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import { readAmount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { amountOf, bounded, readList, shown } from './read.js';

/** Two consecutive values of a metric for {@link growthRate}. */
export interface GrowthPair {
  /** The value of the earlier period (revenue, followers, profile views…), 0 or more. */
  readonly previous: NumberInput;
  /** The value of the later period, in the same unit. */
  readonly current: NumberInput;
}

/** Growth from one period to the next. JSON-serialisable. */
export interface GrowthStep {
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

/** Growth along a series: each step, and first to last. */
export interface GrowthSeries {
  /** `steps[i]` is from `series[i]` to `series[i + 1]`. */
  readonly steps: readonly GrowthStep[];
  /** From the first value to the last (not compounded: see {@link compoundGrowthRate}). */
  readonly overall: GrowthStep;
}

const INPUT = { subject: 'input', expected: 'growthInput' } as const;

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
  if (previous.isZero()) return { value: null, reason: 'zero-prior', previous, current, change, label: `no growth rate: the earlier value is 0 ${arrow}` };
  const value = bounded(change.div(previous), path, 'The growth rate');
  return { value, reason: null, previous, current, change, label: `${value.sign() >= 0 ? '+' : ''}${value.toPercent(1)} ${arrow}` };
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
 * @param input - `{ previous, current }`, or a series of at least two values, oldest first.
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
    const list = readList(input, ['series'], { subject: 'series', expected: 'array' });
    if (list.length < 2) fail('TOO_FEW_VALUES', { subject: 'series', length: list.length, min: 2 }, ['series']);
    const values = list.map((v, i) => readAmount(v, ['series', i], { subject: 'seriesValue', expected: 'nonNegative', row: i + 1 }));
    const steps = values.slice(1).map((v, i) => growthStep(values[i]!, v, ['series', i + 1]));
    return { steps, overall: growthStep(values[0]!, values[values.length - 1]!, ['series']) };
  }
  if (!isPlainObject(input)) fail('INVALID_INPUT', { ...INPUT, received: input }, ['input']);
  const { previous, current } = pairInput.read(input, ['input']);
  return growthStep(previous, current);
}
