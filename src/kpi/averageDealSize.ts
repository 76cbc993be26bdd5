import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import type { NumberInput } from '../numbers/parse.js';
import { medianOfSorted, type QuantileRule } from '../numbers/quantile.js';
import { quantilePiece } from '../input/quantile.js';
import { Ratio } from '../numbers/ratio.js';
import { fail } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { readAmount } from '../input/number.js';
import { toRatio } from '../numbers/parse.js';
import { isPlainObject } from '../schema.js';
import { inDeal, money, readDeal, readList, rowPiece, sortRatios, sum, type Deal } from './read.js';
import { hasKind } from '../kind.js';

/** Options of {@link averageDealSize}. */
export interface AverageDealSizeOptions {
  /** Which deals count: `'won'` (default: the size of deals actually closed) or `'all'`. Plain amounts always count. */
  readonly status?: z.output<typeof statusSchema>;
  /** Share cut from each end for the trimmed mean, from 0 to just under 1/2; default 0.1 (a 10% trimmed mean). */
  readonly trim?: NumberInput;
  /**
   * How the median is taken: `'averaged'` (default: the middle value, or for an even count the
   * mean of the two middle values, as Excel's MEDIAN; Hyndman & Fan definition 2) or
   * `'nearest-rank'` (always one of the values: the lower middle one for an even count; definition
   * 1, the rule of the activity-log reports).
   */
  readonly quantile?: 'averaged' | 'nearest-rank';
}

/** What {@link averageDealSize} returns. Money is decimal.js (JSON: a string); `exact` holds the same values as exact fractions. */
export interface AverageDealSize {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'average-deal-size';
  /** How many deals were averaged. */
  readonly n: number;
  /** Σ value. */
  readonly total: Decimal;
  /** Σ value / n; `null` for no deals. */
  readonly mean: Decimal | null;
  /** Middle value by `quantileRule` (by default, for even n the mean of the two middle values). `null` for no deals. */
  readonly median: Decimal | null;
  /** Mean after cutting ⌊trim × n⌋ deals from each end; `null` for no deals. */
  readonly trimmedMean: Decimal | null;
  /** The share cut from each end. */
  readonly trim: Ratio;
  /** How many deals were cut from each end (⌊trim × n⌋). */
  readonly trimmedEach: number;
  /** The statistics as exact fractions (the Decimals above are exact whenever these terminate). */
  readonly exact: { readonly mean: Ratio | null; readonly median: Ratio | null; readonly trimmedMean: Ratio | null };
  readonly status: 'won' | 'all';
  /** The quantile rule the median was taken by (the `quantile` option). */
  readonly quantileRule: 'averaged' | 'nearest-rank';
  readonly reason: 'no-deals' | null;
}

const HALF = /* @__PURE__ */ Ratio.of(1, 2);

/** The trim: a share from 0 to just below 1/2 (so that some deals are left). */
const trimPiece = /* @__PURE__ */ rowPiece('trim', 'trim', (value, path, about) => {
  const r = toRatio(value, path, about);
  if (r.sign() < 0 || r.compare(HALF) >= 0) fail('OUT_OF_RANGE', { ...about, received: value }, path);
  return r;
});

const statusSchema: z.ZodMiniEnum<{ won: 'won'; all: 'all' }> = /* @__PURE__ */ z.enum(['won', 'all']);

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    status: /* @__PURE__ */ z.optional(statusSchema),
    trim: /* @__PURE__ */ z.optional(trimPiece),
    quantile: /* @__PURE__ */ z.optional(quantilePiece),
  }),
);

/**
 * Average deal size three ways — mean, median and trimmed mean — so one "whale" deal cannot pass
 * for the typical deal.
 *
 * Formulas, over the n deal values x₁ ≤ … ≤ xₙ: mean = Σx / n; median = x₍ₙ₊₁₎/₂ for odd n and
 * (xₙ/₂ + xₙ/₂₊₁) / 2 for even n (the usual convention, as Excel's MEDIAN; with
 * `quantile: 'nearest-rank'`, xₙ/₂, always one of the deals); trimmed mean = the
 * mean of the values left after removing k = ⌊trim × n⌋ values from each end (scipy's
 * `trim_mean` rule; default trim 0.1, so fewer than 10 deals are not trimmed — pass 0.2 or 0.25
 * for small samples). All exact: the median is always an exact decimal; a mean that does not
 * terminate (1000 / 3) is given to 60 significant digits, with the exact fraction in `exact`.
 *
 * Edge cases: no deals gives `null` statistics with `reason: 'no-deals'`.
 *
 * @param deals - amounts of money, or deals `{ status, value }` (only `won` ones unless `status: 'all'`).
 * @param options.status - `'won'` (default) or `'all'`.
 * @param options.trim - share cut from each end, 0 ≤ trim < 1/2; default 0.1.
 * @param options.quantile - the median's rule: `'averaged'` (default) or `'nearest-rank'`; the result names it in `quantileRule`.
 * @returns the three statistics as money, with n, total and the trimming used.
 * @throws FunnelMathError `MISSING_VALUE` (a counted deal without value), `INVALID_INPUT`,
 *   `UNKNOWN_OPTION`, `INVALID_CHOICE`, `TOO_LONG`, `NEGATIVE`, `OUT_OF_RANGE` (trim not below 1/2),
 *   `INVALID_NUMBER`.
 * @example
 * import { averageDealSize } from 'funnel-math';
 * const sizes = [1000, 1200, 900, 1100, 1000, 950, 1050, 1000, 1150, 50000];
 * const a = averageDealSize(sizes);
 * a.mean; // => '5935'
 * a.median; // => '1025'
 * a.quantileRule; // => 'averaged'
 * averageDealSize(sizes, { quantile: 'nearest-rank' }).median; // => '1000'
 * a.trimmedMean; // => '1056.25'
 * averageDealSize([100, 200, 400]).exact.mean; // => '700/3'
 * averageDealSize([{ status: 'won', value: 300 }, { status: 'lost', value: 9000 }]).mean; // => '300'
 * @category KPIs
 */
export function averageDealSize(deals: readonly (Deal | NumberInput)[], options?: AverageDealSizeOptions): AverageDealSize {
  const opts = optionsInput.read(options ?? {}, ['options']);
  const status = opts.status ?? 'won';
  const quantileRule: QuantileRule = opts.quantile ?? 'averaged';
  const trim = opts.trim ?? Ratio.of(1, 10);
  const list = readList(deals, ['deals'], { phrases: enKpi, subject: 'deals', expected: 'deals' });
  const values: Ratio[] = [];
  list.forEach((item, i) => {
    if (isPlainObject(item) && 'status' in item) {
      const d = readDeal(item, ['deals', i]);
      if (status === 'won' && d.status !== 'won') return;
      if (d.value === undefined) fail('MISSING_VALUE', inDeal('dealValue', 'amount', i), ['deals', i, 'value']);
      values.push(d.value);
    } else values.push(readAmount(item, ['deals', i], inDeal('dealValue', 'amount', i)));
  });
  const n = values.length;
  const total = sum(values);
  const trimmedEach = Number(trim.mul(Ratio.of(n)).floor());
  if (n === 0) {
    const exact = { mean: null, median: null, trimmedMean: null };
    return { kind: 'average-deal-size', n, total: money(total), mean: null, median: null, trimmedMean: null, trim, trimmedEach, exact, status, quantileRule, reason: 'no-deals' };
  }
  const sorted = sortRatios(values);
  const mean = total.div(Ratio.of(n));
  const median = medianOfSorted(quantileRule, sorted)!;
  const kept = sorted.slice(trimmedEach, n - trimmedEach);
  const trimmedMean = sum(kept).div(Ratio.of(kept.length));
  return {
    kind: 'average-deal-size',
    n,
    total: money(total),
    mean: money(mean),
    median: money(median),
    trimmedMean: money(trimmedMean),
    trim,
    trimmedEach,
    exact: { mean, median, trimmedMean },
    status,
    quantileRule,
    reason: null,
  };
}

/**
 * True when `value` is an {@link averageDealSize} result: a plain object whose `kind` is `'average-deal-size'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link AverageDealSize}).
 * @example
 * import { averageDealSize, isAverageDealSize } from 'funnel-math';
 * const result = averageDealSize([100, 200, 400]);
 * isAverageDealSize(result); // => true
 * isAverageDealSize(JSON.parse(JSON.stringify(result))); // => true
 * isAverageDealSize({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isAverageDealSize(value: unknown): value is AverageDealSize {
  return hasKind(value, 'average-deal-size');
}
