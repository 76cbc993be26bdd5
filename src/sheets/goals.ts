import { enGoals } from '../messages/enGoals.js';
import { attainment } from '../goals/attainment.js';
import type { GoalInput } from '../goals/goalTypes.js';
import { validateSmart, type HistoryEntry } from '../goals/validateSmart.js';
import { fail } from '../errors.js';
import { enSheets } from '../messages/enSheets.js';
import { blank, bounded, dateReader, face, optional, sheet, single, spread, type CellInput, type CellOutput, type SheetResult } from './cells.js';

const DATE_FIELDS = /* @__PURE__ */ new Set(['start', 'deadline']);

/** Reads a two-column range of field / value pairs into an object (empty values are left out). */
function fields(range: unknown, date: (cell: unknown) => unknown): Record<string, unknown> {
  if (!Array.isArray(range)) fail('INVALID_INPUT', { phrases: enGoals, subject: 'goalRange', expected: 'goalFieldRange', received: range }, ['goal']);
  bounded(range as unknown[], 'goal');
  const out: Record<string, unknown> = {};
  for (const [i, row] of (range as unknown[][]).entries()) {
    if (!Array.isArray(row) || row.length < 2) fail('INVALID_INPUT', { phrases: enGoals, subject: 'goalRangeRow', row: i + 1, expected: 'goalFieldRow', received: row }, ['goal', i]);
    const [key, value] = row;
    if (key === '' || key === null || key === undefined || value === '' || value === null || value === undefined) continue;
    const name = String(key).trim();
    out[name] = DATE_FIELDS.has(name) ? date(value) : value;
  }
  return out;
}

/** The goal fields of a sheet form: `baseline` and `baseline period` become `{ value, period }`. */
function goalOf(range: unknown, date: (cell: unknown) => unknown): GoalInput {
  const f = fields(range, date);
  const goal: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(f)) {
    if (key === 'baseline period') continue;
    goal[key === 'check-in' || key === 'check in' ? 'checkIn' : key] = value;
  }
  if (f['baseline'] !== undefined) {
    goal['baseline'] = f['baseline period'] !== undefined ? { value: f['baseline'], period: String(f['baseline period']) } : f['baseline'];
  }
  return goal as unknown as GoalInput;
}

/**
 * The history's rows of period and value, oldest first. Empty rows after the last are left out; an
 * empty cell in or before a filled row is an error naming it.
 */
function historyOf(range: unknown): HistoryEntry[] | undefined {
  if (optional(range) === undefined) return undefined;
  const rows = (Array.isArray(range) ? range : [[range]]) as unknown[];
  bounded(rows, 'history');
  for (const row of rows) if (Array.isArray(row)) bounded(row, 'history');
  let end = rows.length;
  while (end > 0 && (!Array.isArray(rows[end - 1]) || (rows[end - 1] as unknown[]).every(blank))) end--;
  if (end === 0) return undefined;
  return rows.slice(0, end).map((row, r) => {
    const cells = (Array.isArray(row) ? row : [row]) as unknown[];
    for (const c of [0, 1]) {
      if (blank(cells[c])) fail('EMPTY_CELL', { phrases: enSheets, subject: 'sheetCellBlock', row: r + 1, column: c + 1, range: 'history' }, ['history', r, c]);
    }
    return { period: String(cells[0]), value: cells[1] as number };
  });
}

/** The core of FUNNEL_GOAL_CHECK. @internal */
export function funnelGoalCheck(goal: unknown, history?: unknown, timeZone?: unknown): SheetResult {
  return sheet(() => {
    const h = historyOf(history);
    const report = validateSmart(goalOf(goal, dateReader(single(timeZone))), h ? { history: h } : undefined);
    return [[report.verdict, ''], ...report.findings.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.message])];
  });
}

/**
 * `=FUNNEL_GOAL_CHECK(goal, [history], [timeZone])`: checks a SMART goal with numbers.
 *
 * @param goal - a two-column range of fields and values: title, metric, target (`+10%`, `5000000`,
 *   `below 1%`), unit, baseline, baseline period, start, deadline, owner, method, check-in, kind, level, channel;
 *   a field whose value is empty is not given.
 * @param history - optional two-column range of past periods and values (`2024`, `640000`), oldest
 *   first; empty rows after the last are left out, an empty cell before them is an error naming it.
 * @param timeZone - the spreadsheet's time zone ("Asia/Tokyo"), in which the start and deadline
 *   date cells are read; the Apps Script example passes it for you.
 * @returns the verdict in the first row, then one row per finding: severity and message.
 * @example
 * import { FUNNEL_GOAL_CHECK } from 'funnel-math/sheets';
 * const goal = [['title', 'Grow revenue'], ['metric', 'revenue'], ['unit', 'USD'], ['target', 5000000], ['baseline', 700000], ['baseline period', '2025'],
 *   ['start', '2026-01-01'], ['deadline', '2026-12-31'], ['owner', 'Sales team'], ['method', 'consultative selling'], ['check-in', 'monthly']];
 * (FUNNEL_GOAL_CHECK(goal) as string[][])[0]; // => ['fail', '']
 * @category Spreadsheets
 */
export const FUNNEL_GOAL_CHECK: (goal: CellInput, history?: CellInput, timeZone?: CellInput) => CellOutput = /* @__PURE__ */ face(funnelGoalCheck);

/** The core of FUNNEL_ATTAINMENT. @internal */
export function funnelAttainment(actual: unknown, target: unknown, baseline?: unknown): SheetResult {
  return sheet(() =>
    spread(
      [
        ['actual', actual],
        ['target', target],
        ['baseline', baseline, true],
      ],
      (a, t, base) => {
        const b = optional(base);
        const goal = { title: 'Goal', metric: 'result', target: t, ...(b === undefined ? {} : { baseline: b }) } as unknown as GoalInput;
        const result = attainment(goal, a as number);
        if (result.value === null) fail('UNDEFINED_RESULT', { phrases: enGoals, subject: 'goalAttainment' }, ['target']);
        return result.value.toNumber();
      },
    ),
  );
}

/**
 * `=FUNNEL_ATTAINMENT(actual, target, [baseline])`: how far from the baseline to the target the
 * actual result has come: (actual − baseline) / (target − baseline), as a fraction (format as percent).
 * Each argument may be a column (one row per goal), and the result spills a column.
 *
 * @param actual - the result so far, or a column of them.
 * @param target - the goal's target (a number, or `+10%` with a baseline), or a column of them.
 * @param baseline - where the goal started (default 0), or a column of them (an empty cell is 0).
 * @example
 * import { FUNNEL_ATTAINMENT } from 'funnel-math/sheets';
 * FUNNEL_ATTAINMENT(735000, 770000, 700000); // => 0.5
 * FUNNEL_ATTAINMENT(30, 40); // => 0.75
 * FUNNEL_ATTAINMENT([[30], [10]], 40); // => [[0.75], [0.25]]
 * @category Spreadsheets
 */
export const FUNNEL_ATTAINMENT: (actual: CellInput, target: CellInput, baseline?: CellInput) => CellOutput = /* @__PURE__ */ face(funnelAttainment);
