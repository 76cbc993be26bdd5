import { enStats } from '../messages/enStats.js';
import { fail } from '../errors.js';
import { rateInterval, type IntervalMethod } from '../stats/rateInterval.js';
import { cellResult, optional, type CellInput, type CellOutput } from './cells.js';

/**
 * `=RATE_CI(successes, trials, [level], [method])`: the confidence interval of a conversion rate,
 * as one row: lower, upper. Methods: "wilson" (default), "jeffreys", "clopper-pearson",
 * "agresti-coull"; level as a fraction (0.95 or 95%).
 *
 * @example
 * import { RATE_CI } from 'funnel-math/sheets';
 * RATE_CI(10, 15); // => [[0.41713547738519774, 0.8482367556028526]]
 * RATE_CI(0, 20, 0.95, 'clopper-pearson'); // => [[0, 0.16843347098308525]]
 * RATE_CI(0, 0); // => '#FUNNEL! The interval of 0 trials is undefined for these inputs, and a number was asked for.'
 * @category Spreadsheets
 */
export function RATE_CI(successes: CellInput, trials: CellInput, level?: CellInput, method?: CellInput): CellOutput {
  return cellResult(() => {
    const options: { level?: never; method?: IntervalMethod } = {};
    if (optional(level) !== undefined) options.level = level as never;
    if (optional(method) !== undefined) options.method = method as IntervalMethod;
    const r = rateInterval(successes as never, trials as never, options);
    if (r.lower === null || r.upper === null) fail('UNDEFINED_RESULT', { phrases: enStats, subject: 'emptyInterval' }, ['trials']);
    return [[r.lower, r.upper]];
  });
}
