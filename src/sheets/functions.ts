import { workingDays } from '../calendar/workingDays.js';
import { fail } from '../errors.js';
import { defineFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { toCount } from '../numbers/parse.js';
import { requiredActivity, type Rounding } from '../plan/requiredActivity.js';
import { ceilDiv } from '../numbers/ceilDiv.js';
import { funnelFromCounts } from '../rates/funnelFromCounts.js';
import { cellDate, cellResult, flatten, optional, stageIds, type CellInput, type CellOutput } from './cells.js';

/**
 * `=FUNNEL_REQUIRED(goal, rates, [rounding])`: the activity a goal needs at every stage.
 *
 * One goal: `rates` is a column or row of stage rates in funnel order, and the result is a column
 * of required counts, top stage first. Many goals (a column of goals, one per rep, with `rates`
 * holding one row of rates per goal): the result has one row per goal, top stage first, and a
 * row whose input is bad shows its `#FUNNEL!` reason while the others still compute.
 *
 * @param goal - the number of outcomes wanted at the last stage, or a column of them.
 * @param rates - the stage rates (0.15, "15%", "1/3"): a column or row, or one row per goal.
 * @param rounding - "each-stage" (default) or "once".
 * @returns required counts; or a `#FUNNEL!` message.
 * @example
 * import { FUNNEL_REQUIRED } from 'funnel-math/sheets';
 * FUNNEL_REQUIRED(50, [[0.15], ['1/3']]); // => [[1000], [150], [50]]
 * FUNNEL_REQUIRED(13, [['10%', '35%', '50%', '40%']], 'once'); // => [[1858], [186], [65], [33], [13]]
 * FUNNEL_REQUIRED([[50], [20]], [['15%', '1/3'], ['20%', '1/2']]); // => [[1000, 150, 50], [200, 40, 20]]
 * FUNNEL_REQUIRED(50, [[0], ['1/3']]); // => '#FUNNEL! The rate into "stage 2" is 0, so no amount of activity reaches it; give a rate above 0.'
 * @category Spreadsheets
 */
export function FUNNEL_REQUIRED(goal: CellInput, rates: CellInput, rounding?: CellInput): CellOutput {
  return cellResult(() => {
    const policy = optional(rounding) as Rounding | undefined;
    const goals = flatten(goal);
    if (goals.length > 1) {
      const rows = Array.isArray(rates) ? (rates as unknown[]) : [];
      if (rows.length !== goals.length) {
        fail('INVALID_INPUT', { subject: 'sheetRateRows', expected: 'rateRows', count: goals.length, received: rates }, ['rates']);
      }
      const width = Math.max(...rows.map((row) => flatten([row as never]).length)) + 1;
      const funnels = new Map<number, Funnel>(); // one funnel per row length, for this call only
      return goals.map((g, i) => {
        const row = cellResult(() => [plan(g, flatten([rows[i] as never]), policy, funnels).map((r) => r[0]!)]);
        if (!Array.isArray(row)) return [row, ...new Array<string>(width - 1).fill('')];
        const counts = row[0]!;
        return [...counts, ...new Array<string>(width - counts.length).fill('')];
      });
    }
    return plan(goal, flatten(rates), policy);
  });
}

function plan(goal: unknown, rates: unknown[], rounding: Rounding | undefined, funnels = new Map<number, Funnel>()): number[][] {
  if (rates.length === 0) fail('MISSING_RATE', { stage: 'stage 2', previous: 'stage 1', example: '15%' }, ['rates']);
  let funnel = funnels.get(rates.length);
  if (!funnel) funnels.set(rates.length, (funnel = defineFunnel(stageIds(rates.length + 1))));
  return requiredActivity(funnel, { goal: goal as never, rates: rates as never, rounding }).stages.map((s) => [s.required]);
}

/**
 * `=FUNNEL_RATES(counts)`: conversion rates from stage counts.
 *
 * @param counts - the count at each stage in funnel order, as a column or row.
 * @returns one row per stage: count, share of the previous stage, share of the first stage (as
 *   fractions: format the cells as percent). The first stage has no previous rate (""); an undefined
 *   rate says why ("n/a: zero denominator", "n/a: exceeds previous").
 * @example
 * import { FUNNEL_RATES } from 'funnel-math/sheets';
 * FUNNEL_RATES([[60], [15], [10]]); // => [[60, '', 1], [15, 0.25, 0.25], [10, 0.6666666666666666, 0.16666666666666666]]
 * FUNNEL_RATES([[20], [25]]); // => [[20, '', 1], [25, 'n/a: exceeds previous', 'n/a: exceeds previous']]
 * @category Spreadsheets
 */
export function FUNNEL_RATES(counts: CellInput): CellOutput {
  return cellResult(() => {
    const c = flatten(counts);
    const funnel = defineFunnel(stageIds(c.length));
    const report = funnelFromCounts(funnel, c as never);
    const rate = (r: { value: { toNumber(): number } | null; reason: string | null } | null): string | number =>
      r === null ? '' : r.value ? r.value.toNumber() : r.reason === 'zero-denominator' ? 'n/a: zero denominator' : 'n/a: exceeds previous';
    return report.stages.map((s) => [s.count, rate(s.ofPrevious), rate(s.ofFirst)]);
  });
}

/**
 * `=FUNNEL_PER_DAY(total, start, end, [holidays])`: ⌈total / working days⌉ from start to end
 * (both included, Monday to Friday, minus holidays): "1000 calls in November → 48 a day".
 *
 * @param total - the whole number to spread.
 * @param start - first day (a date cell, an Excel serial number or "2026-11-01").
 * @param end - last day, included.
 * @param holidays - a range of dates off.
 * @example
 * import { FUNNEL_PER_DAY } from 'funnel-math/sheets';
 * FUNNEL_PER_DAY(1000, '2026-11-01', '2026-11-30'); // => 48
 * FUNNEL_PER_DAY(1000, 46327, 46356); // => 48
 * FUNNEL_PER_DAY(1000, '2026-11-30', '2026-11-01'); // => '#FUNNEL! The end date 2026-11-01 is before the start date 2026-11-30.'
 * @category Spreadsheets
 */
export function FUNNEL_PER_DAY(total: CellInput, start: CellInput, end: CellInput, holidays?: CellInput): CellOutput {
  return cellResult(() => {
    const n = toCount(total, ['total'], { subject: 'total', expected: 'count' });
    const from = cellDate(start) as string;
    const to = cellDate(end) as string;
    const days = workingDays(from, to, { holidays: flatten(holidays).map(cellDate) as string[] }).length;
    if (days === 0) fail('NO_WORKING_DAYS', { start: String(from).trim(), end: String(to).trim() }, ['end']);
    return ceilDiv(n, days);
  });
}
