import { dealRate, type DealRate, type DealRateOptions, type DealTally } from './dealRate.js';
import type { Deal } from './read.js';

/**
 * Loss rate: the share of deals that were lost, against a denominator you name.
 *
 * Formula: lost / (won + lost) with `denominator: 'decided'` (the default; then win rate + loss
 * rate = 1), or lost / (won + lost + open) with `denominator: 'all'`. `basis: 'value'` weighs each
 * deal by its value. Exact; never above 1.
 *
 * Edge cases: as {@link winRate}: `null` with `reason: 'no-deals'` or `'zero-value'`.
 *
 * @param deals - deals `{ status, value?, … }` or a tally `{ won, lost, open? }`.
 * @param options.denominator - `'decided'` (default) or `'all'`.
 * @param options.basis - `'count'` (default) or `'value'`.
 * @returns the exact rate, what it divides and by what, and the convention used.
 * @throws FunnelMathError as {@link winRate}: `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `INVALID_CHOICE`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`, `INVALID_DATE`.
 * @example
 * import { lossRate } from 'funnel-math';
 * lossRate({ won: 10, lost: 5 }).value; // => '1/3'
 * lossRate({ won: 10, lost: 5, open: 5 }, { denominator: 'all' }).value; // => '1/4'
 * lossRate({ won: 900, lost: 300 }, { basis: 'value' }).label; // => '25.0% of decided deals by value (300 of 1200)'
 * @category KPIs
 */
export function lossRate(deals: readonly Deal[] | DealTally, options?: DealRateOptions): DealRate {
  return dealRate('lost', deals, options);
}
