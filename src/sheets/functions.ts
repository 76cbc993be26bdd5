import { workingDays } from '../calendar/workingDays.js';
import { fail } from '../errors.js';
import { defineFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { toCount } from '../numbers/parse.js';
import { enSheets } from '../messages/enSheets.js';
import { requiredActivity, type Rounding } from '../plan/requiredActivity.js';
import { ceilDiv } from '../numbers/ceilDiv.js';
import { funnelFromCounts } from '../rates/funnelFromCounts.js';
import { bounded, dateReader, face, list, optional, sheet, SheetError, single, spread, stageIds, type CellInput, type CellOutput, type SheetResult, type SheetValue } from './cells.js';

/** The core of FUNNEL_REQUIRED. @internal */
export function funnelRequired(goal: unknown, rates: unknown, rounding?: unknown): SheetResult {
  return sheet(() => {
    const policy = optional(single(rounding)) as Rounding | undefined;
    const funnels = new Map<number, Funnel>(); // one funnel per number of rates, for this call only
    const g = single(goal);
    if (!Array.isArray(g)) return plan(g, list(rates, 'rates'), policy, funnels).map((n) => [n]);
    const goals = g.length === 1 ? (g[0] as unknown[]).length : g.length;
    const rows = Array.isArray(rates) ? (rates as unknown[]) : [rates];
    bounded(rows, 'rates');
    let shared: unknown[] | undefined;
    if (rows.length !== goals) {
      // one list of rates (a row, or a column of single rates) serves every goal
      if (rows.length > 1 && rows.some((row) => Array.isArray(row) && row.length > 1)) {
        fail('INVALID_INPUT', { subject: 'sheetRateRows', expected: 'rateRows', count: goals, received: rates }, ['rates']);
      }
      shared = list(rates, 'rates');
    }
    return spread([['goal', g]], (x, r) => [plan(x, shared ?? list([rows[r as number]], 'rates', ['rates'], r as number), policy, funnels)]);
  });
}

/**
 * `=FUNNEL_REQUIRED(goal, rates, [rounding])`: the activity a goal needs at every stage.
 *
 * One goal: `rates` is a column or row of stage rates in funnel order, and the result is a column
 * of required counts, top stage first. Many goals (a column of goals, one per rep): `rates` is one
 * row (or column) of rates serving every goal, or one row of rates per goal; the result has one row
 * per goal, top stage first, and a row whose input is bad shows its `#FUNNEL!` reason while the
 * others still compute. An empty goal gives an empty row. Empty cells after the last rate of a row
 * are left out (rows of different lengths); an empty cell between rates is an error naming it.
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
 * FUNNEL_REQUIRED([[50], [20]], [['15%', '1/3']]); // => [[1000, 150, 50], [400, 60, 20]]
 * FUNNEL_REQUIRED(50, [[0.15, '', '1/3']]); // => '#FUNNEL! Column 2 of rates is empty; give a value there, or select a range without gaps.'
 * FUNNEL_REQUIRED(50, [[0], ['1/3']]); // => '#FUNNEL! The rate into "stage 2" is 0, so no amount of activity reaches it; give a rate above 0.'
 * @category Spreadsheets
 */
export const FUNNEL_REQUIRED: (goal: CellInput, rates: CellInput, rounding?: CellInput) => CellOutput = /* @__PURE__ */ face(funnelRequired);

function plan(goal: unknown, rates: unknown[], rounding: Rounding | undefined, funnels: Map<number, Funnel>): number[] {
  if (rates.length === 0) fail('MISSING_RATE', { stage: 'stage 2', previous: 'stage 1', example: '15%' }, ['rates']);
  let funnel = funnels.get(rates.length);
  if (!funnel) funnels.set(rates.length, (funnel = defineFunnel(stageIds(rates.length + 1))));
  return requiredActivity(funnel, { goal: goal as never, rates: rates as never, rounding }).stages.map((s) => s.required);
}

/** The core of FUNNEL_RATES. @internal */
export function funnelRates(counts: unknown): SheetResult {
  return sheet(() => {
    const c = list(counts, 'counts');
    const report = funnelFromCounts(defineFunnel(stageIds(c.length)), c as never);
    const rate = (r: { value: { toNumber(): number } | null; reason: string | null } | null): SheetValue => {
      if (r === null) return '';
      if (r.value) return r.value.toNumber();
      const why = r.reason === 'zero-denominator' ? 'zero denominator' : 'exceeds previous';
      return new SheetError('UNDEFINED_RESULT', why, true, `n/a: ${why}`);
    };
    return report.stages.map((s) => [s.count, rate(s.ofPrevious), rate(s.ofFirst)]);
  });
}

/**
 * `=FUNNEL_RATES(counts)`: conversion rates from stage counts.
 *
 * @param counts - the count at each stage in funnel order, as a column or row. Empty cells after the
 *   last count are left out; an empty cell between counts is an error naming it.
 * @returns one row per stage: count, share of the previous stage, share of the first stage (as
 *   fractions: format the cells as percent). The first stage has no previous rate (""); an undefined
 *   rate says why ("n/a: zero denominator", "n/a: exceeds previous").
 * @example
 * import { FUNNEL_RATES } from 'funnel-math/sheets';
 * FUNNEL_RATES([[60], [15], [10]]); // => [[60, '', 1], [15, 0.25, 0.25], [10, 0.6666666666666666, 0.16666666666666666]]
 * FUNNEL_RATES([[20], [25]]); // => [[20, '', 1], [25, 'n/a: exceeds previous', 'n/a: exceeds previous']]
 * FUNNEL_RATES([[100], [''], [5]]); // => '#FUNNEL! Row 2 of counts is empty; give a value there, or select a range without gaps.'
 * @category Spreadsheets
 */
export const FUNNEL_RATES: (counts: CellInput) => CellOutput = /* @__PURE__ */ face(funnelRates);

/** The core of FUNNEL_PER_DAY. @internal */
export function funnelPerDay(total: unknown, start: unknown, end: unknown, holidays?: unknown, timeZone?: unknown): SheetResult {
  return sheet(() => {
    const date = dateReader(single(timeZone));
    const off = list(holidays, 'holidays').map(date) as string[];
    return spread(
      [
        ['total', total],
        ['start', start],
        ['end', end],
      ],
      (t, s, e) => {
        const n = toCount(t, ['total'], { subject: 'total', expected: 'count' });
        const from = date(s) as string;
        const to = date(e) as string;
        const days = workingDays(from, to, { holidays: off }).length;
        if (days === 0) fail('NO_WORKING_DAYS', { start: String(from).trim(), end: String(to).trim() }, ['end']);
        return ceilDiv(n, days);
      },
    );
  });
}

/**
 * `=FUNNEL_PER_DAY(total, start, end, [holidays], [timeZone])`: ⌈total / working days⌉ from start to
 * end (both included, Monday to Friday, minus holidays): "1000 calls in November → 48 a day". Each of
 * total, start and end may be a column (one row per rep or per month), and the result spills a
 * column.
 *
 * @param total - the whole number to spread, or a column of them.
 * @param start - first day (a date cell, an Excel serial number or "2026-11-01"), or a column of them.
 * @param end - last day, included, or a column of them.
 * @param holidays - a range of dates off (empty cells after the last date are left out).
 * @param timeZone - the spreadsheet's time zone ("Asia/Tokyo"), in which date cells are read; the
 *   Apps Script example passes it for you. Without it, a date cell is read in the zone the script runs in.
 * @example
 * import { FUNNEL_PER_DAY } from 'funnel-math/sheets';
 * FUNNEL_PER_DAY(1000, '2026-11-01', '2026-11-30'); // => 48
 * FUNNEL_PER_DAY(1000, 46327, 46356); // => 48
 * FUNNEL_PER_DAY(1000, new Date('2026-10-31T15:00:00Z'), new Date('2026-11-29T15:00:00Z'), [], 'Asia/Tokyo'); // => 48
 * FUNNEL_PER_DAY([[1000], [500]], '2026-11-01', [['2026-11-30'], ['2026-11-13']]); // => [[48], [50]]
 * FUNNEL_PER_DAY(1000, '2026-11-30', '2026-11-01'); // => '#FUNNEL! The end date 2026-11-01 is before the start date 2026-11-30.'
 * @category Spreadsheets
 */
export const FUNNEL_PER_DAY: (total: CellInput, start: CellInput, end: CellInput, holidays?: CellInput, timeZone?: CellInput) => CellOutput = /* @__PURE__ */ face(funnelPerDay);
