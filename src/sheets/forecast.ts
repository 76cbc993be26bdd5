import type { Decimal } from 'decimal.js';
import { fail } from '../errors.js';
import { pipelineForecast, type ForecastAmount, type ForecastDeal, type ForecastProbability } from '../forecast/pipelineForecast.js';
import { enSheets } from '../messages/enSheets.js';
import { blank, bounded, dateReader, face, optional, sheet, single, type CellInput, type CellOutput, type SheetResult, type SheetValue } from './cells.js';
import { readTable, textCell, withRows, type HeaderColumn } from './table.js';

// decimal.js rounding modes, by number so that only the type is imported
const HALF_EVEN = 6;
const FLOOR = 3;
const CEIL = 2;

/** Money for a cell: to the cent, halves to even (the exact amount rounded once, at the end). @internal */
export function moneyCell(amount: Decimal, rounding = HALF_EVEN): number {
  return amount.toDecimalPlaces(2, rounding as Decimal.Rounding).toNumber();
}

/**
 * An amount, or the two bounds it is known to lie between, as text: never one made-up number. The
 * bounds are rounded outward to the cent, so the text still holds the amount.
 */
function amountCell(a: ForecastAmount): SheetValue {
  return a.resolved ? moneyCell(a.value) : `between ${moneyCell(a.lower, FLOOR)} and ${moneyCell(a.upper, CEIL)}`;
}

/** A probability, or the bounds it lies between (rigorous, rounded outward), as text. */
function probabilityCell(p: ForecastProbability): SheetValue {
  return p.resolved ? p.value.toNumber() : `between ${p.lower} and ${p.upper}`;
}

const NAMED_PERIODS = /* @__PURE__ */ new Set(['month', 'quarter', 'year']);

/** The period cell: a period's name, or its last day (a date cell, an Excel serial, ISO text). */
function periodOf(cell: unknown, date: (cell: unknown) => unknown): unknown {
  const v = single(cell);
  if (typeof v === 'string' && NAMED_PERIODS.has(v.trim().toLowerCase())) return v.trim().toLowerCase();
  // other text is left for the forecast to refuse, in its words
  if (blank(v) || (typeof v === 'string' && !/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(v))) return v;
  return { end: date(v) };
}

/**
 * The stage probabilities: rows of stage and probability (a first row "stage | probability" is a
 * header and left out); empty rows after the last are left out, an empty cell above them is an
 * error naming it, and a stage given twice is refused.
 */
function probabilitiesOf(input: unknown): Record<string, unknown> {
  const rows = (Array.isArray(input) ? input : blank(input) ? [] : [[input]]) as unknown[];
  bounded(rows, 'probabilities');
  let end = rows.length;
  while (end > 0 && (!Array.isArray(rows[end - 1]) || (rows[end - 1] as unknown[]).every(blank))) end--;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const seen = new Map<string, number>();
  for (let r = 0; r < end; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length < 2) fail('INVALID_INPUT', { phrases: enSheets, subject: 'sheetColumn', range: 'probabilities', expected: 'sheetStageColumns', received: input }, ['probabilities']);
    bounded(row, 'probabilities');
    if (r === 0 && typeof row[0] === 'string' && typeof row[1] === 'string' && row[0].trim().toLowerCase() === 'stage' && row[1].trim().toLowerCase() === 'probability') continue;
    for (const c of [0, 1]) if (blank(row[c])) fail('EMPTY_CELL', { phrases: enSheets, subject: 'sheetCellBlock', row: r + 1, column: c + 1, range: 'probabilities' }, ['probabilities', r, c]);
    const stage = String(textCell(row[0]));
    const first = seen.get(stage);
    if (first !== undefined) fail('DUPLICATE_ID', { phrases: enSheets, subject: 'sheetStages', range: 'probabilities', id: stage, first: `row ${first + 1}`, second: `row ${r + 1}` }, ['probabilities', r, 0]);
    seen.set(stage, r);
    out[stage] = row[1];
  }
  return { ...out };
}

/** The columns of the deals range, as the forecast names a deal's fields. */
function dealColumns(date: (cell: unknown) => unknown): HeaderColumn[] {
  const status = (cell: unknown) => (typeof cell === 'string' ? cell.trim().toLowerCase() : cell);
  return [
    { name: 'id', required: true, read: textCell },
    { name: 'amount', required: true },
    { name: 'stage', required: true, read: textCell },
    { name: 'status', read: status },
    { name: 'probability' },
    { name: 'closedAt', read: date },
    { name: 'rep', read: textCell },
    { name: 'category', read: textCell },
    { name: 'createdAt', read: date },
    { name: 'stageEnteredAt', read: date },
    { name: 'expectedCloseAt', read: date },
  ];
}

/** The core of FUNNEL_FORECAST. @internal */
export function funnelForecast(deals: unknown, asOf: unknown, period: unknown, probabilities: unknown, quota?: unknown, fiscalYearStart?: unknown, timeZone?: unknown): SheetResult {
  return sheet(() => {
    const date = dateReader(single(timeZone));
    const list = readTable(deals, 'deals', dealColumns(date)) as unknown as ForecastDeal[];
    const q = optional(single(quota));
    const fiscal = optional(single(fiscalYearStart));
    const options = {
      asOf: date(single(asOf)),
      period: periodOf(period, date),
      probabilities: probabilitiesOf(probabilities),
      ...(q === undefined ? {} : { quota: q }),
      ...(fiscal === undefined ? {} : { fiscalYearStart: fiscal }),
    } as never;
    const f = withRows(['deals'], 'Deal', 'deals', () => pipelineForecast(list, options));
    const rows: SheetValue[][] = [
      ['period', `${f.period.start} to ${f.period.end}`],
      ['expected won amount', moneyCell(f.expected)],
      ['weighted pipeline', moneyCell(f.weightedPipeline)],
      ['won in the period', moneyCell(f.wonAmount)],
      ['P10', amountCell(f.percentiles.p10)],
      ['P50', amountCell(f.percentiles.p50)],
      ['P90', amountCell(f.percentiles.p90)],
    ];
    if (f.quota) rows.push(['P(won ≥ quota)', probabilityCell(f.quota.probability)], ['gap to quota', moneyCell(f.quota.gap)]);
    rows.push(['method', f.amountMethod]);
    return rows;
  });
}

/**
 * `=FUNNEL_FORECAST(deals, asOf, period, probabilities, [quota], [fiscalYearStart], [timeZone])`:
 * will we make the quarter? What the open pipeline wins in the period, deal by deal (see
 * `pipelineForecast`): each open deal is won with its own probability, or its stage's; deals won
 * inside the period count in full; lost deals and deals won outside it are left out.
 *
 * @param deals - a range whose first row names the columns: id, amount, stage, and optionally
 *   status (open, won, lost), probability, closedAt, rep, category (case, spaces and underscores in
 *   the names ignored: "Closed at" is closedAt; other columns are left out). Empty rows after the
 *   last are left out; an empty id, amount or stage above them is an error naming its cell.
 * @param asOf - the day the pipeline is looked at (a date cell, an Excel serial number or "2026-11-02").
 * @param period - "month", "quarter" or "year" (the fiscal one containing asOf), or the period's last day.
 * @param probabilities - two columns, stage and probability of winning in the period ("20%", 0.2, "1/5").
 * @param quota - the amount to reach in the period: adds the chance of reaching it and the gap to it.
 * @param fiscalYearStart - the first month of the fiscal year, 1–12 (default 1, January).
 * @param timeZone - the spreadsheet's time zone ("Asia/Tokyo"), in which date cells are read; the
 *   Apps Script example passes it for you.
 * @returns rows of label and value: the period; expected won amount; weighted pipeline; won in the
 *   period; P10, P50, P90 of the won amount; with a quota, P(won ≥ quota) and the gap (quota −
 *   expected); and the method. Amounts are to the cent. A percentile or probability known only
 *   between two bounds is the text "between X and Y", never one number.
 * @example
 * import { FUNNEL_FORECAST } from 'funnel-math/sheets';
 * const deals = [['id', 'amount', 'stage', 'status', 'closed at'], ['a', 1000, 'demo', '', ''], ['b', 3000, 'proposal', '', ''], ['c', 2000, 'won', 'won', '2026-10-05']];
 * FUNNEL_FORECAST(deals, '2026-11-02', 'quarter', [['demo', '20%'], ['proposal', '50%']], 4000); // => [['period', '2026-10-01 to 2026-12-31'], ['expected won amount', 3700], ['weighted pipeline', 1700], ['won in the period', 2000], ['P10', 2000], ['P50', 3000], ['P90', 5000], ['P(won ≥ quota)', 0.5], ['gap to quota', 300], ['method', 'exact-lattice']]
 * FUNNEL_FORECAST([['id', 'amount', 'stage'], ['a', '', 'demo']], '2026-11-02', 'quarter', [['demo', '20%']]); // => '#FUNNEL! Row 2, column 2 of deals is empty; give a value there, or select a range without gaps.'
 * @category Spreadsheets
 */
export const FUNNEL_FORECAST: (deals: CellInput, asOf: CellInput, period: CellInput, probabilities: CellInput, quota?: CellInput, fiscalYearStart?: CellInput, timeZone?: CellInput) => CellOutput = /* @__PURE__ */ face(funnelForecast);
