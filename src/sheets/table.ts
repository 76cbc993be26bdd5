import { FunnelMathError, fail } from '../errors.js';
import { enSheets } from '../messages/enSheets.js';
import { blank, bounded } from './cells.js';

/** A column a range with a header row may have: its name, whether every row needs it, and how a cell is read. @internal */
export interface HeaderColumn {
  readonly name: string;
  readonly required?: boolean;
  readonly read?: (cell: unknown) => unknown;
}

/** A header name as it is matched: case, spaces, underscores and hyphens ignored ("Closed at" is closedAt). */
function headerKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** A text cell: a number typed as an id or a name (1001) is its text; text is trimmed. @internal */
export function textCell(cell: unknown): unknown {
  if (typeof cell === 'number') return String(cell);
  return typeof cell === 'string' ? cell.trim() : cell;
}

/**
 * Reads a range whose first row names its columns (matched without regard to case, spaces,
 * underscores or hyphens), one object per row below it, keyed by the columns' names. Columns
 * with other names are left out (an account name beside the deals); a required column missing
 * from the header, or a column named twice, is `INVALID_INPUT` naming the header row. Rows empty
 * in every column read come after the last are left out (a range selected with room to grow); an
 * empty required cell above them is `EMPTY_CELL` naming its row and column in the range (the
 * header is row 1), and an empty optional cell is not given.
 * @internal
 */
export function readTable(input: unknown, range: string, columns: readonly HeaderColumn[]): Record<string, unknown>[] {
  const rows = (Array.isArray(input) ? input : blank(input) ? [] : [[input]]) as unknown[];
  bounded(rows, range);
  const cellsOf = (row: unknown): unknown[] => (Array.isArray(row) ? row : [row]);
  for (const row of rows) bounded(cellsOf(row), range);
  const wanted = columns.filter((c) => c.required).map((c) => c.name);
  const refuse = (): never =>
    fail('INVALID_INPUT', { phrases: enSheets, subject: 'sheetHeader', range, expected: 'sheetHeaderColumns', columns: wanted.join(', '), received: rows[0] ?? input }, [range, 0]);
  if (rows.length === 0) refuse();
  const at = new Map<HeaderColumn, number>();
  for (const [c, cell] of cellsOf(rows[0]).entries()) {
    if (blank(cell) || typeof cell !== 'string') continue;
    const column = columns.find((k) => headerKey(k.name) === headerKey(cell));
    if (!column) continue;
    if (at.has(column)) refuse();
    at.set(column, c);
  }
  if (columns.some((c) => c.required && !at.has(c))) refuse();
  const read = [...at];
  let end = rows.length;
  while (end > 1 && read.every(([, c]) => blank(cellsOf(rows[end - 1])[c]))) end--;
  const out: Record<string, unknown>[] = [];
  for (let r = 1; r < end; r++) {
    const cells = cellsOf(rows[r]);
    const record: Record<string, unknown> = {};
    for (const [column, c] of read) {
      const cell = cells[c];
      if (blank(cell)) {
        if (column.required) fail('EMPTY_CELL', { phrases: enSheets, subject: 'sheetCellBlock', row: r + 1, column: c + 1, range }, [range, r, c]);
        continue;
      }
      record[column.name] = column.read ? column.read(cell) : cell;
    }
    out.push(record);
  }
  return out;
}

/**
 * Runs `run`; an error about the i-th item of a list read from a range (its path `[...list, i, …]`)
 * also names the item's row in the range, whose row 1 is the header ("Deal 3 is row 4 of deals.").
 * @internal
 */
export function withRows<T>(list: readonly (string | number)[], item: string, range: string, run: () => T): T {
  // `item` as the sentence starts it ("Deal"); the library's message counts items from 1
  try {
    return run();
  } catch (error) {
    if (!(error instanceof FunnelMathError) || !list.every((part, i) => error.path[i] === part)) throw error;
    const i = error.path[list.length];
    if (typeof i !== 'number') throw error;
    throw new FunnelMathError(error.code, `${error.message} ${item} ${i + 1} is row ${i + 2} of ${range}.`, error.path, error.params);
  }
}
