import { enStats } from '../messages/enStats.js';
import { fail } from '../errors.js';
import { rateInterval, type IntervalMethod } from '../stats/rateInterval.js';
import { face, optional, sheet, spread, type CellInput, type CellOutput, type SheetResult } from './cells.js';

/** The core of RATE_CI. @internal */
export function rateCi(successes: unknown, trials: unknown, level?: unknown, method?: unknown): SheetResult {
  return sheet(() =>
    spread(
      [
        ['successes', successes],
        ['trials', trials],
        ['level', level, true],
        ['method', method, true],
      ],
      (s, t, l, m) => {
        const options: { level?: never; method?: IntervalMethod } = {};
        if (optional(l) !== undefined) options.level = l as never;
        if (optional(m) !== undefined) options.method = m as IntervalMethod;
        const r = rateInterval(s as never, t as never, options);
        if (r.lower === null || r.upper === null) fail('UNDEFINED_RESULT', { phrases: enStats, subject: 'emptyInterval' }, ['trials']);
        return [[r.lower, r.upper]];
      },
    ),
  );
}

/**
 * `=RATE_CI(successes, trials, [level], [method])`: the confidence interval of a conversion rate,
 * as one row: lower, upper. Methods: "wilson" (default), "jeffreys", "clopper-pearson",
 * "agresti-coull"; level as a fraction (0.95 or 95%). Successes and trials may be columns (one row
 * per rep or per campaign): the result has one row of lower, upper per row.
 *
 * @example
 * import { RATE_CI } from 'funnel-math/sheets';
 * RATE_CI(10, 15); // => [[0.41713547738519774, 0.8482367556028526]]
 * RATE_CI(0, 20, 0.95, 'clopper-pearson'); // => [[0, 0.16843347098308525]]
 * RATE_CI([[10], [0]], [[15], [20]], 0.95, 'clopper-pearson'); // => [[0.3838037325411542, 0.8817588966331191], [0, 0.16843347098308525]]
 * RATE_CI(0, 0); // => '#FUNNEL! The interval of 0 trials is undefined for these inputs, and a number was asked for.'
 * @category Spreadsheets
 */
export const RATE_CI: (successes: CellInput, trials: CellInput, level?: CellInput, method?: CellInput) => CellOutput = /* @__PURE__ */ face(rateCi);
