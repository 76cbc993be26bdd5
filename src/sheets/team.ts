import { capacityPlan } from '../team/capacityPlan.js';
import { hiresNeeded } from '../team/hiresNeeded.js';
import { blank, dateReader, face, list, optional, sheet, single, type CellInput, type CellOutput, type SheetResult, type SheetValue } from './cells.js';
import { moneyCell } from './forecast.js';
import { readTable, textCell, withRows } from './table.js';

const MONTH = /^\s*(\d{4})-(\d{2})(?:-\d{2})?\s*$/;

/** A month cell: "2026-01", or any day of it (a date cell, an Excel serial number, "2026-01-15"). */
function monthOf(cell: unknown, date: (cell: unknown) => unknown): unknown {
  const v = date(single(cell));
  const m = typeof v === 'string' ? MONTH.exec(v) : null;
  return m ? `${m[1]}-${m[2]}` : v;
}

/** Months from `from` through `to` ("2026-01" to "2026-06" is 6); 1 when either is not a month, or `to` is earlier, so the plan's reader names the problem. */
function monthsThrough(from: unknown, to: unknown): number {
  const a = typeof from === 'string' ? MONTH.exec(from) : null;
  const b = typeof to === 'string' ? MONTH.exec(to) : null;
  if (!a || !b) return 1;
  const n = (Number(b[1]) - Number(a[1])) * 12 + Number(b[2]) - Number(a[2]) + 1;
  return n >= 1 ? n : 1;
}

/** The cells every team function takes, as `TeamOptions` (empty optional cells left out). */
interface TeamCells {
  readonly reps: unknown;
  readonly ramp: unknown;
  readonly quotaPerRep: unknown;
  readonly from: unknown;
  readonly months: unknown;
  readonly attainment: unknown;
  readonly attrition: unknown;
  readonly backfillDelayMonths: unknown;
  readonly hires: unknown;
  readonly quotaPer: unknown;
}

function teamOptions(cells: TeamCells, date: (cell: unknown) => unknown): Record<string, unknown> {
  const reps = blank(single(cells.reps))
    ? []
    : readTable(cells.reps, 'reps', [
        { name: 'id', required: true, read: textCell },
        { name: 'start', required: true, read: date },
        { name: 'end', read: date },
      ]);
  const ramp = list(cells.ramp, 'ramp');
  const hires = blank(single(cells.hires))
    ? []
    : readTable(cells.hires, 'hires', [
        { name: 'start', required: true, read: date },
        { name: 'count' },
      ]);
  const out: Record<string, unknown> = { reps, quotaPerRep: single(cells.quotaPerRep), periods: { from: monthOf(cells.from, date), months: single(cells.months) } };
  if (ramp.length > 0) out['ramp'] = ramp;
  if (hires.length > 0) out['hires'] = hires;
  for (const key of ['attainment', 'attrition', 'backfillDelayMonths', 'quotaPer'] as const) {
    const v = optional(single(cells[key]));
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** The library's errors about one rep or hire also name its row in the range. */
function withTeamRows<T>(run: () => T): T {
  return withRows(['options', 'reps'], 'Rep', 'reps', () => withRows(['options', 'hires'], 'Hire', 'hires', run));
}

/** The core of FUNNEL_CAPACITY. @internal */
export function funnelCapacity(
  reps: unknown,
  ramp: unknown,
  quotaPerRep: unknown,
  from: unknown,
  months: unknown,
  attainment?: unknown,
  attrition?: unknown,
  backfillDelayMonths?: unknown,
  hires?: unknown,
  quotaPer?: unknown,
  timeZone?: unknown,
): SheetResult {
  return sheet(() => {
    const date = dateReader(single(timeZone));
    const options = teamOptions({ reps, ramp, quotaPerRep, from, months, attainment, attrition, backfillDelayMonths, hires, quotaPer }, date);
    const plan = withTeamRows(() => capacityPlan(options as never));
    const rows: SheetValue[][] = [['month', 'headcount', 'expected headcount', 'ramped equivalents', 'capacity']];
    for (const m of plan.months) rows.push([m.month, m.headcount, m.expectedHeadcount.toNumber(), m.equivalents.toNumber(), moneyCell(m.capacity)]);
    rows.push(['total', '', '', plan.totals.equivalents.toNumber(), moneyCell(plan.totals.capacity)]);
    return rows;
  });
}

/**
 * `=FUNNEL_CAPACITY(reps, ramp, quotaPerRep, from, months, [attainment], [attrition], [backfillDelayMonths], [hires], [quotaPer], [timeZone])`:
 * sales capacity month by month (see `capacityPlan`): each rep counts by the share of the month
 * on the team and the ramp share of their month of tenure; capacity = ramped equivalents ×
 * monthly quota × attainment, exact and shown to the cent.
 *
 * @param reps - a range whose first row names the columns id, start and optionally end (the last
 *   day, for a planned leaver); empty rows after the last are left out. Empty: no reps yet.
 * @param ramp - the share of full productivity in months 1, 2, … of tenure ("25%", "50%", "75%"), a row or a column; 100% after it. Empty: fully productive at once.
 * @param quotaPerRep - the quota of a fully ramped rep, money per month (or per `quotaPer`).
 * @param from - the first month: "2026-01", or any day of it (a date cell).
 * @param months - how many months to plan, 1–1200.
 * @param attainment - the expected share of quota reached (default 100%).
 * @param attrition - the monthly share of reps who leave, below 100% (default 0): expected values, exact.
 * @param backfillDelayMonths - months a leaver's seat stays empty before a replacement starts; empty: leavers are not replaced.
 * @param hires - a range whose first row names the columns start and optionally count (default 1): planned hires.
 * @param quotaPer - the period quotaPerRep is given for: "month" (default), "quarter" or "year".
 * @param timeZone - the spreadsheet's time zone ("Asia/Tokyo"), in which date cells are read; the
 *   Apps Script example passes it for you.
 * @returns a header row, then per month: the month, headcount on the roster, expected headcount
 *   after attrition, ramped rep equivalents, capacity; then the totals.
 * @example
 * import { FUNNEL_CAPACITY } from 'funnel-math/sheets';
 * const reps = [['id', 'start'], ['ana', '2025-06-01'], ['ben', '2026-01-01']];
 * FUNNEL_CAPACITY(reps, [['25%', '50%', '75%']], 150000, '2026-01', 3, '', '', '', '', 'quarter'); // => [['month', 'headcount', 'expected headcount', 'ramped equivalents', 'capacity'], ['2026-01', 2, 2, 1.25, 62500], ['2026-02', 2, 2, 1.5, 75000], ['2026-03', 2, 2, 1.75, 87500], ['total', '', '', 4.5, 225000]]
 * @category Spreadsheets
 */
export const FUNNEL_CAPACITY: (
  reps: CellInput,
  ramp: CellInput,
  quotaPerRep: CellInput,
  from: CellInput,
  months: CellInput,
  attainment?: CellInput,
  attrition?: CellInput,
  backfillDelayMonths?: CellInput,
  hires?: CellInput,
  quotaPer?: CellInput,
  timeZone?: CellInput,
) => CellOutput = /* @__PURE__ */ face(funnelCapacity);

/** The core of FUNNEL_HIRES_NEEDED. @internal */
export function funnelHiresNeeded(
  goal: unknown,
  deadline: unknown,
  reps: unknown,
  ramp: unknown,
  quotaPerRep: unknown,
  from: unknown,
  attainment?: unknown,
  attrition?: unknown,
  backfillDelayMonths?: unknown,
  hires?: unknown,
  quotaPer?: unknown,
  measure?: unknown,
  hireFrom?: unknown,
  timeZone?: unknown,
): SheetResult {
  return sheet(() => {
    const date = dateReader(single(timeZone));
    const first = monthOf(from, date);
    const last = monthOf(deadline, date);
    // the plan runs from the first month through the deadline
    const options = teamOptions({ reps, ramp, quotaPerRep, from, months: monthsThrough(first, last), attainment, attrition, backfillDelayMonths, hires, quotaPer }, date);
    options['deadline'] = last;
    const m = optional(single(measure));
    if (m !== undefined) options['measure'] = m;
    if (optional(single(hireFrom)) !== undefined) options['hireFrom'] = monthOf(hireFrom, date);
    const need = withTeamRows(() => hiresNeeded(single(goal) as never, options as never));
    if (!need.feasible) {
      const start = need.byStart[0]?.month ?? need.deadline;
      return [[`No number of hires reaches ${need.goal.toString()} by ${need.deadline}: a rep hired in ${start} or later adds no capacity by then (the ramp gives nothing so early).`]];
    }
    return [
      ['hires', need.hires],
      ['latest start', need.latestStart ?? 'no hire needed'],
      ['capacity without hires', moneyCell(need.withoutHires)],
      ['capacity with them', moneyCell(need.withHires)],
    ];
  });
}

/**
 * `=FUNNEL_HIRES_NEEDED(goal, deadline, reps, ramp, quotaPerRep, from, [attainment], [attrition], [backfillDelayMonths], [hires], [quotaPer], [measure], [hireFrom], [timeZone])`:
 * the fewest new hires, and the latest month they can start, for capacity to reach a goal by a
 * deadline (see `hiresNeeded`; the team arguments are those of FUNNEL_CAPACITY, the months planned
 * run from `from` through `deadline`). When no number of hires can reach it (a ramp that gives
 * nothing before the deadline), the answer is a sentence saying why, not an error.
 *
 * @param goal - the capacity to reach, money: the deadline month's (default), or the total through it (measure "through-deadline").
 * @param deadline - the month by which capacity must reach the goal: "2026-06", or any day of it.
 * @param reps - a range whose first row names the columns id, start and optionally end; empty: no reps yet.
 * @param ramp - the share of full productivity in months 1, 2, … of tenure, a row or a column; 100% after it.
 * @param quotaPerRep - the quota of a fully ramped rep, money per month (or per `quotaPer`).
 * @param from - the first month of the plan: "2026-01", or any day of it.
 * @param attainment - the expected share of quota reached (default 100%).
 * @param attrition - the monthly share of reps who leave, below 100% (default 0).
 * @param backfillDelayMonths - months a leaver's seat stays empty before a replacement starts; empty: not replaced.
 * @param hires - a range whose first row names the columns start and optionally count: hires already planned.
 * @param quotaPer - the period quotaPerRep is given for: "month" (default), "quarter" or "year".
 * @param measure - "month" (default: the deadline month's capacity) or "through-deadline" (the total from the first month).
 * @param hireFrom - the earliest month new hires can start (default: the first month).
 * @param timeZone - the spreadsheet's time zone ("Asia/Tokyo"), in which date cells are read; the
 *   Apps Script example passes it for you.
 * @returns rows of label and value: hires, latest start, capacity without hires, capacity with
 *   them; or one cell with the sentence saying why no number of hires reaches the goal.
 * @example
 * import { FUNNEL_HIRES_NEEDED } from 'funnel-math/sheets';
 * const reps = [['id', 'start'], ...Array.from({ length: 8 }, (_, i) => [`rep${i + 1}`, '2025-01-01'])];
 * FUNNEL_HIRES_NEEDED(500000, '2026-06', reps, [['25%', '50%', '75%']], 150000, '2026-01', '', '', '', '', 'quarter'); // => [['hires', 2], ['latest start', '2026-03'], ['capacity without hires', 400000], ['capacity with them', 500000]]
 * FUNNEL_HIRES_NEEDED(500000, '2026-02', reps, [['0%', '0%', '50%']], 150000, '2026-01', '', '', '', '', 'quarter'); // => [['No number of hires reaches 500000 by 2026-02: a rep hired in 2026-01 or later adds no capacity by then (the ramp gives nothing so early).']]
 * @category Spreadsheets
 */
export const FUNNEL_HIRES_NEEDED: (
  goal: CellInput,
  deadline: CellInput,
  reps: CellInput,
  ramp: CellInput,
  quotaPerRep: CellInput,
  from: CellInput,
  attainment?: CellInput,
  attrition?: CellInput,
  backfillDelayMonths?: CellInput,
  hires?: CellInput,
  quotaPer?: CellInput,
  measure?: CellInput,
  hireFrom?: CellInput,
  timeZone?: CellInput,
) => CellOutput = /* @__PURE__ */ face(funnelHiresNeeded);
