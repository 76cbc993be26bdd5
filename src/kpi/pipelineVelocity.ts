import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { amountOf, bounded, countOf, money, shareOf } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link pipelineVelocity}. */
export interface PipelineVelocityInput {
  /** Open opportunities in the pipeline (a whole number). */
  readonly opportunities: NumberInput;
  /** Win rate as a fraction from 0 to 1 (`'25%'`, `0.25`, or a {@link winRate} `value`). */
  readonly winRate: NumberInput;
  /** Average deal size, an amount of money (e.g. an {@link averageDealSize} `mean`). */
  readonly averageDealSize: NumberInput;
  /** Sales cycle length in days (e.g. a {@link salesCycleLength} `mean`). */
  readonly cycleDays: NumberInput;
}

/** What {@link pipelineVelocity} returns. JSON-serialisable. */
export interface PipelineVelocity {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'pipeline-velocity';
  /** Revenue the pipeline yields per day; `null` when `cycleDays` is 0 (`reason: 'zero-cycle'`). */
  readonly value: Decimal | null;
  /** The same, as an exact fraction. */
  readonly exact: Ratio | null;
  readonly reason: 'zero-cycle' | null;
  readonly unit: 'money per day';
  readonly opportunities: number;
  readonly winRate: Ratio;
  readonly averageDealSize: Decimal;
  readonly cycleDays: Ratio;
}

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    opportunities: /* @__PURE__ */ countOf('opportunities'),
    winRate: /* @__PURE__ */ shareOf('winRate'),
    averageDealSize: /* @__PURE__ */ amountOf('averageDealSize'),
    cycleDays: /* @__PURE__ */ amountOf('cycleDays', 'days'),
  }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);

/**
 * Pipeline (sales) velocity: how much revenue the current pipeline turns into per day.
 *
 * Formula: opportunities × win rate × average deal size / sales cycle days. Exact, and linear in
 * each of the first three factors (double the opportunities, double the velocity). Give all four
 * for the same population (e.g. qualified opportunities with the win rate of qualified ones).
 *
 * Edge cases: a cycle of 0 days gives `value: null, reason: 'zero-cycle'` (no Infinity).
 *
 * @param input.opportunities - open opportunities, a whole number.
 * @param input.winRate - a fraction from 0 to 1, not a percent number (`0.25` or `'25%'`, not 25).
 * @param input.averageDealSize - money per won deal.
 * @param input.cycleDays - days from creation to close.
 * @returns revenue per day as money (decimal.js) and as an exact fraction, with the factors used.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `NOT_INTEGER`, `OUT_OF_RANGE` (win rate outside 0..1), `INVALID_NUMBER`,
 *   `RESULT_TOO_LARGE` (beyond 10^300).
 * @example
 * import { pipelineVelocity } from 'funnel-math';
 * pipelineVelocity({ opportunities: 50, winRate: '25%', averageDealSize: 2000, cycleDays: 40 }).value; // => '625'
 * pipelineVelocity({ opportunities: 10, winRate: '1/3', averageDealSize: 1000, cycleDays: 30 }).exact; // => '1000/9'
 * pipelineVelocity({ opportunities: 10, winRate: 0.2, averageDealSize: 1000, cycleDays: 0 }).reason; // => 'zero-cycle'
 * @category KPIs
 */
export function pipelineVelocity(input: PipelineVelocityInput): PipelineVelocity {
  const { opportunities, winRate, averageDealSize: size, cycleDays } = reader.read(input ?? {}, ['input']);
  const base = { unit: 'money per day' as const, opportunities, winRate, averageDealSize: money(size), cycleDays };
  if (cycleDays.isZero()) return { kind: 'pipeline-velocity', value: null, exact: null, reason: 'zero-cycle', ...base };
  const exact = bounded(Ratio.of(opportunities).mul(winRate).mul(size).div(cycleDays), ['input', 'cycleDays'], 'velocity');
  return { kind: 'pipeline-velocity', value: money(exact), exact, reason: null, ...base };
}

/**
 * True when `value` is a {@link pipelineVelocity} result: a plain object whose `kind` is `'pipeline-velocity'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link PipelineVelocity}).
 * @example
 * import { isPipelineVelocity, pipelineVelocity } from 'funnel-math';
 * const result = pipelineVelocity({ opportunities: 50, winRate: '25%', averageDealSize: 2000, cycleDays: 40 });
 * isPipelineVelocity(result); // => true
 * isPipelineVelocity(JSON.parse(JSON.stringify(result))); // => true
 * isPipelineVelocity({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isPipelineVelocity(value: unknown): value is PipelineVelocity {
  return hasKind(value, 'pipeline-velocity');
}
