import { FunnelMathError } from '../errors.js';

/** A spreadsheet cell value as custom functions receive it. */
export type Cell = string | number | boolean | Date | null | undefined;
/** A cell or a range (rows of cells), as Google Sheets and Excel pass arguments. */
export type CellInput = Cell | readonly (readonly Cell[])[];
/** What a custom function returns: a value, or rows of values spilling into the sheet. */
export type CellOutput = string | number | (string | number)[][];

/**
 * Runs a sheet function, turning any error into the `#FUNNEL!` string a cell shows: custom
 * functions must never throw, or the sheet shows a generic error with no reason.
 * @internal
 */
export function cellResult(run: () => CellOutput): CellOutput {
  try {
    return run();
  } catch (error) {
    if (error instanceof FunnelMathError) return `#FUNNEL! ${error.message}`;
    return `#FUNNEL! unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** A range flattened to its non-empty cells, row by row (a column or a row both work). @internal */
export function flatten(input: CellInput): Cell[] {
  if (!Array.isArray(input)) return input === null || input === undefined || input === '' ? [] : [input as Cell];
  const out: Cell[] = [];
  for (const row of input as unknown[]) {
    if (Array.isArray(row)) {
      for (const c of row) if (c !== null && c !== undefined && c !== '') out.push(c as Cell);
    } else if (row !== null && row !== undefined && row !== '') out.push(row as Cell);
  }
  return out;
}

/** An optional argument: an empty cell or a missing argument is absent. @internal */
export function optional(cell: unknown): unknown {
  return cell === null || cell === undefined || cell === '' ? undefined : cell;
}

/**
 * A date cell as an ISO date. Google Sheets passes a Date at midnight of the spreadsheet's time
 * zone (which the script runs in), so its local calendar date is the cell's date; Excel passes a
 * serial number (days since 1899-12-30); text may be an ISO date.
 * @internal
 */
export function cellDate(cell: unknown): unknown {
  if (cell instanceof Date && Number.isFinite(cell.getTime())) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())}`;
  }
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 2_958_466) {
    return new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
  }
  return cell;
}

/** Generic stage ids for a funnel of `n` stages read from a range. @internal */
export function stageIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `stage ${i + 1}`);
}
