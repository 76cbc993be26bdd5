import { FunnelMathError, fail } from '../errors.js';
import type { ErrorCode } from '../messages/codes.js';
import { enSheets } from '../messages/enSheets.js';

/** A spreadsheet cell value as custom functions receive it. */
export type Cell = string | number | boolean | Date | null | undefined;
/** A cell or a range (rows of cells), as Google Sheets and Excel pass arguments. */
export type CellInput = Cell | readonly (readonly Cell[])[];
/** What a custom function returns: a value, or rows of values spilling into the sheet. */
export type CellOutput = string | number | (string | number)[][];

/**
 * A cell that has no value, and why: the typed error of the sheet core, shown by each face in its
 * host's way (`#FUNNEL! …` text in Google Sheets, a `#VALUE!` or `#N/A` error in Excel).
 * `notAvailable` marks a quantity that is undefined for the inputs (Excel's `#N/A`); any other error is
 * a value to fix (`#VALUE!`). `text`, when given, is what Google Sheets shows instead of the message.
 * @internal
 */
export class SheetError {
  declare readonly code: ErrorCode | null;
  declare readonly message: string;
  declare readonly notAvailable: boolean;
  declare readonly text?: string;
  constructor(code: ErrorCode | null, message: string, notAvailable: boolean, text?: string) {
    Object.assign(this, { code, message, notAvailable, text });
  }
}

/** A value of the sheet core: a number, a text, or the error that stands in a cell. @internal */
export type SheetValue = string | number | SheetError;
/** What a core sheet function returns: one value, or rows of values. @internal */
export type SheetResult = SheetValue | SheetValue[][];

/** Runs a core sheet function: an error becomes the {@link SheetError} of the whole result. @internal */
export function sheet(run: () => SheetResult): SheetResult {
  try {
    return run();
  } catch (error) {
    if (error instanceof FunnelMathError) return new SheetError(error.code, error.message, error.code === 'UNDEFINED_RESULT');
    return new SheetError(null, `unexpected error: ${error instanceof Error ? error.message : String(error)}`, false);
  }
}

/**
 * The Google Sheets face of a core result: an error is the text `#FUNNEL! <message>` (custom
 * functions must never throw, or the cell shows a generic error with no reason).
 * @internal
 */
export function forSheets(result: SheetResult): CellOutput {
  return Array.isArray(result) ? result.map((row) => row.map(sheetsCell)) : sheetsCell(result);
}

/** A Google Sheets function made from its core. @internal */
export function face(core: (...args: never[]) => SheetResult): (...args: CellInput[]) => CellOutput {
  return (...args) => forSheets(core(...(args as never[])));
}

function sheetsCell(value: SheetValue): string | number {
  return value instanceof SheetError ? (value.text ?? `#FUNNEL! ${value.message}`) : value;
}

/**
 * The most cells a range argument may hold: 100,000 (a column of 100,000 reps or deals), so every
 * call finishes in bounded time; a longer range is TOO_LONG. @internal
 */
export const MAX_CELLS = 100_000;

/** Refuses a range longer than a sheet can hold, before anything walks it. @internal */
export function bounded(cells: readonly unknown[], range: string): void {
  if (cells.length > MAX_CELLS) fail('TOO_LONG', { phrases: enSheets, subject: 'sheetColumn', range, length: cells.length, max: MAX_CELLS }, [range]);
}

/** An empty cell: what Google Sheets and Excel pass for a blank cell or an omitted argument. @internal */
export function blank(cell: unknown): cell is null | undefined | '' {
  return cell === null || cell === undefined || cell === '';
}

/** An optional argument: an empty cell or a missing argument is absent. @internal */
export function optional(cell: unknown): unknown {
  return blank(cell) ? undefined : cell;
}

/** A one-cell range (`[[x]]`, as Excel passes a cell to a range parameter) is that cell. @internal */
export function single(input: unknown): unknown {
  return Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1 ? input[0][0] : input;
}

/**
 * A range read as a list, keeping positions: a column, a row or a single cell (a block is read row
 * by row). Empty cells at the end are left out (a range selected with room to grow); an empty cell
 * before a value is `EMPTY_CELL`, naming the cell in the words of the sheet ("Row 2 of rates").
 * `rowOffset` counts rows already above the range (a row of a larger range). @internal
 */
export function list(input: unknown, range: string, path: (string | number)[] = [range], rowOffset = 0): unknown[] {
  if (!Array.isArray(input)) return blank(input) ? [] : [input];
  const rows = input as unknown[];
  bounded(rows, range);
  for (const row of rows) if (Array.isArray(row)) bounded(row, range);
  const cells: [unknown, number, number][] = [];
  let width = 1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (Array.isArray(row)) {
      width = Math.max(width, row.length);
      for (let c = 0; c < row.length; c++) cells.push([row[c], r, c]);
    } else cells.push([row, r, 0]);
  }
  let end = cells.length;
  while (end > 0 && blank(cells[end - 1]![0])) end--;
  const out: unknown[] = [];
  for (let i = 0; i < end; i++) {
    const [value, r, c] = cells[i]!;
    if (blank(value)) {
      const at = { row: r + 1 + rowOffset, column: c + 1, range };
      const subject = rowOffset > 0 || (rows.length > 1 && width > 1) ? 'sheetCellBlock' : width > 1 ? 'sheetCellColumn' : 'sheetCellRow';
      fail('EMPTY_CELL', { phrases: enSheets, subject, ...at }, Array.isArray(rows[r]) ? [...path, r + rowOffset, c] : [...path, r + rowOffset]);
    }
    out.push(value);
  }
  return out;
}

/** One argument of a function that spreads over columns: its name (as the help shows it), its value, and whether it may be left empty. @internal */
export type Spread = readonly [name: string, value: unknown, optional?: boolean];

/**
 * Runs `compute` once, or once per row when any argument is a column (or a row) of cells: a
 * one-value argument serves every row. Each row's result is one row of the output (a value, or the
 * cells of a one-row result), and a row whose input is bad shows its error in its first cell while
 * the other rows still compute. A row empty in every spread argument gives an empty row (a range
 * selected with room to grow); an empty cell beside filled ones is `EMPTY_CELL` for that row,
 * unless the argument is optional.
 * @internal
 */
export function spread(args: readonly Spread[], compute: (...values: unknown[]) => SheetResult): SheetResult {
  // compute gets the row's values, then the row's index (0-based) when there are rows
  let rows = -1;
  let first = '';
  const scalars = args.map(([, value]) => single(value));
  const across: boolean[] = [];
  const columns = scalars.map((v, i) => {
    if (!Array.isArray(v)) return null;
    const name = args[i]![0];
    bounded(v, name);
    across[i] = v.length === 1 && Array.isArray(v[0]);
    if (across[i]) bounded(v[0] as unknown[], name);
    const cells = across[i] ? (v[0] as unknown[]) : (v as unknown[]).map((row) => (Array.isArray(row) && row.length === 1 ? row[0] : row));
    if (cells.some(Array.isArray)) fail('INVALID_INPUT', { phrases: enSheets, subject: 'sheetColumn', range: name, expected: 'sheetColumn', received: v }, [name]);
    if (cells.length === 0) {
      scalars[i] = undefined;
      return null;
    }
    if (rows === -1) [rows, first] = [cells.length, name];
    else if (cells.length !== rows) fail('INVALID_INPUT', { phrases: enSheets, subject: 'sheetColumn', range: name, expected: 'sheetRows', other: first, count: rows, received: v }, [name]);
    return cells;
  });
  if (rows === -1) return compute(...scalars);
  const out: SheetValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const values = scalars.map((v, i) => (columns[i] ? columns[i]![r] : v));
    if (columns.every((c) => c === null || blank(c[r]))) {
      out.push(['']);
      continue;
    }
    const result = sheet(() => {
      for (const [i, [name, , canBeEmpty]] of args.entries()) {
        if (columns[i] && !canBeEmpty && blank(values[i])) {
          const at = across[i] ? { subject: 'sheetCellColumn' as const, column: r + 1 } : { subject: 'sheetCellRow' as const, row: r + 1 };
          fail('EMPTY_CELL', { phrases: enSheets, ...at, range: name }, across[i] ? [name, 0, r] : [name, r, 0]);
        }
      }
      return compute(...values, r);
    });
    out.push(Array.isArray(result) ? [...(result[0] ?? [''])] : [result]);
  }
  const width = Math.max(...out.map((row) => row.length));
  for (const row of out) while (row.length < width) row.push('');
  return out;
}

/**
 * Reads date cells in the spreadsheet's time zone. Google Sheets passes a date cell as the Date of
 * its midnight in the spreadsheet's time zone, and the script reads Dates in its own zone (the
 * manifest's `timeZone`): with the spreadsheet's zone given (`timeZone`, such as "Asia/Tokyo"), a
 * Date is read in it, so the two zones need not agree; without it, in the zone the script runs in.
 * Excel passes a serial number (days since 1899-12-30, a time of day after the point ignored); text
 * may be an ISO date. Anything else is left for the calendar's reader to refuse.
 * @internal
 */
export function dateReader(timeZone: unknown): (cell: unknown) => unknown {
  const zone = optional(timeZone);
  let format: Intl.DateTimeFormat | undefined;
  if (zone !== undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: String(zone), year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      fail('INVALID_INPUT', { phrases: enSheets, subject: 'sheetTimeZone', expected: 'timeZone', received: zone }, ['timeZone']);
    }
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return (cell) => {
    if (cell instanceof Date && Number.isFinite(cell.getTime())) {
      if (!format) return `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}`;
      const parts = format.formatToParts(cell);
      const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
      return `${String(part('year')).padStart(4, '0')}-${pad(part('month'))}-${pad(part('day'))}`;
    }
    if (typeof cell === 'number' && cell >= 1 && cell < 2_958_466) {
      return new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10);
    }
    return cell;
  };
}

/** Generic stage ids for a funnel of `n` stages read from a range. @internal */
export function stageIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `stage ${i + 1}`);
}
