import { enGoals } from '../messages/enGoals.js';
import { attainment } from '../goals/attainment.js';
import type { GoalInput } from '../goals/goalTypes.js';
import { validateSmart, type HistoryEntry } from '../goals/validateSmart.js';
import { fail } from '../errors.js';
import { cellDate, cellResult, flatten, optional, type CellInput, type CellOutput } from './cells.js';

const DATE_FIELDS = /* @__PURE__ */ new Set(['start', 'deadline']);

/** Reads a two-column range of field / value pairs into an object (empty values are left out). */
function fields(range: CellInput): Record<string, unknown> {
  if (!Array.isArray(range)) fail('INVALID_INPUT', { phrases: enGoals, subject: 'goalRange', expected: 'goalFieldRange', received: range }, ['goal']);
  const out: Record<string, unknown> = {};
  for (const [i, row] of (range as unknown[][]).entries()) {
    if (!Array.isArray(row) || row.length < 2) fail('INVALID_INPUT', { phrases: enGoals, subject: 'goalRangeRow', row: i + 1, expected: 'goalFieldRow', received: row }, ['goal', i]);
    const [key, value] = row;
    if (key === '' || key === null || key === undefined || value === '' || value === null || value === undefined) continue;
    const name = String(key).trim();
    out[name] = DATE_FIELDS.has(name) ? cellDate(value) : value;
  }
  return out;
}

/** The goal fields of a sheet form: `baseline` and `baseline period` become `{ value, period }`. */
function goalOf(range: CellInput): GoalInput {
  const f = fields(range);
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

function historyOf(range: CellInput): HistoryEntry[] | undefined {
  if (optional(range) === undefined || flatten(range).length === 0) return undefined;
  return (range as unknown[][])
    .filter((row) => Array.isArray(row) && row[0] !== '' && row[0] !== null && row[0] !== undefined)
    .map((row) => ({ period: String(row[0]), value: row[1] as number }));
}

/**
 * `=FUNNEL_GOAL_CHECK(goal, [history])`: checks a SMART goal with numbers.
 *
 * @param goal - a two-column range of fields and values: title, metric, target (`+10%`, `5000000`,
 *   `below 1%`), unit, baseline, baseline period, start, deadline, owner, method, check-in, kind, level, channel.
 * @param history - optional two-column range of past periods and values (`2024`, `640000`), oldest first.
 * @returns the verdict in the first row, then one row per finding: severity and message.
 * @example
 * import { FUNNEL_GOAL_CHECK } from 'funnel-math/sheets';
 * const goal = [['title', 'Grow revenue'], ['metric', 'revenue'], ['unit', 'USD'], ['target', 5000000], ['baseline', 700000], ['baseline period', '2025'],
 *   ['start', '2026-01-01'], ['deadline', '2026-12-31'], ['owner', 'Sales team'], ['method', 'consultative selling'], ['check-in', 'monthly']];
 * (FUNNEL_GOAL_CHECK(goal) as string[][])[0]; // => ['fail', '']
 * @category Spreadsheets
 */
export function FUNNEL_GOAL_CHECK(goal: CellInput, history?: CellInput): CellOutput {
  return cellResult(() => {
    const h = historyOf(history);
    const report = validateSmart(goalOf(goal), h ? { history: h } : undefined);
    return [[report.verdict, ''], ...report.findings.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.message])];
  });
}

/**
 * `=FUNNEL_ATTAINMENT(actual, target, [baseline])`: how far from the baseline to the target the
 * actual result has come: (actual − baseline) / (target − baseline), as a fraction (format as percent).
 *
 * @param actual - the result so far.
 * @param target - the goal's target (a number, or `+10%` with a baseline).
 * @param baseline - where the goal started (default 0).
 * @example
 * import { FUNNEL_ATTAINMENT } from 'funnel-math/sheets';
 * FUNNEL_ATTAINMENT(735000, 770000, 700000); // => 0.5
 * FUNNEL_ATTAINMENT(30, 40); // => 0.75
 * @category Spreadsheets
 */
export function FUNNEL_ATTAINMENT(actual: CellInput, target: CellInput, baseline?: CellInput): CellOutput {
  return cellResult(() => {
    const b = optional(baseline);
    const goal = { title: 'Goal', metric: 'result', target, ...(b === undefined ? {} : { baseline: b }) } as unknown as GoalInput;
    const a = attainment(goal, actual as number);
    if (a.value === null) fail('UNDEFINED_RESULT', { phrases: enGoals, subject: 'goalAttainment' }, ['target']);
    return a.value.toNumber();
  });
}
