import { dealRate, type DealRate, type DealRateOptions, type DealTally } from './dealRate.js';
import type { Deal } from './read.js';

/**
 * Win rate: the share of deals that were won, against a denominator you name.
 *
 * Formula: won / (won + lost) with `denominator: 'decided'` (the default, the usual "win rate";
 * many teams call it "close rate"), or won / (won + lost + open) with `denominator: 'all'` (a rate
 * of everything created, which still-open deals pull down). `basis: 'value'` weighs each deal by
 * its value (Σ won value / Σ value) instead of counting it. Exact; never above 1.
 *
 * Edge cases: no deal in the denominator gives `value: null, reason: 'no-deals'`; deals that are
 * all worth 0 (by value) give `reason: 'zero-value'` — never NaN and never a silent 0.
 *
 * @param deals - deals `{ status: 'won' | 'lost' | 'open', value?, createdAt?, closedAt?, rep? }`,
 *   or a tally `{ won, lost, open? }` (counts, or amounts of money with `basis: 'value'`).
 * @param options.denominator - `'decided'` (default) or `'all'`.
 * @param options.basis - `'count'` (default) or `'value'` (every deal then needs a `value`).
 * @returns the exact rate, what it divides and by what, and the convention used.
 * @throws FunnelMathError `INVALID_INPUT` (not deals or a tally), `INVALID_CHOICE` (an unknown
 *   status or option value), `UNKNOWN_OPTION` (a misspelt key), `MISSING_VALUE` (a deal without
 *   value by value), `TOO_LONG`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`, `INVALID_DATE`.
 * @example
 * import { winRate } from 'funnel-math';
 * winRate({ won: 10, lost: 5 }).value; // => '2/3'
 * winRate({ won: 10, lost: 5, open: 45 }, { denominator: 'all' }).value; // => '1/6'
 * const deals = [{ status: 'won', value: 900 }, { status: 'lost', value: 100 }, { status: 'lost', value: 200 }] as const;
 * winRate(deals).label; // => '33.3% of decided deals (1 of 3)'
 * winRate(deals, { basis: 'value' }).value; // => '3/4'
 * winRate([]).reason; // => 'no-deals'
 * @category KPIs
 */
export function winRate(deals: readonly Deal[] | DealTally, options?: DealRateOptions): DealRate {
  return dealRate('won', deals, options);
}
