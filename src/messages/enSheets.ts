import type { PhrasePart } from './types.js';

/**
 * The English subjects and expectations of the spreadsheet functions' errors (cells of a range, the
 * spreadsheet's time zone): passed with the error's parameters (`phrases`), so only bundles that use
 * the spreadsheet functions hold them. `{range}` is the name of the function's parameter, as the
 * formula help shows it.
 * @internal
 */
export const enSheets: PhrasePart = /* @__PURE__ */ Object.freeze({
  subjects: /* @__PURE__ */ Object.freeze({
    sheetCellRow: 'Row {row} of {range}',
    sheetCellColumn: 'Column {column} of {range}',
    sheetCellBlock: 'Row {row}, column {column} of {range}',
    sheetColumn: 'The cells given for {range}',
    sheetTimeZone: 'The time zone',
    sheetHeader: 'The header row of {range}',
    sheetStages: 'The stages of {range}',
  }),
  expected: /* @__PURE__ */ Object.freeze({
    sheetColumn: 'one cell, a column or a row',
    sheetRows: 'one cell, or a column as long as the one given for {other} ({count} rows)',
    timeZone: 'a time zone name such as "Asia/Tokyo" or "Etc/UTC"',
    sheetHeaderColumns: 'a row of column names with {columns}, each once',
    sheetStageColumns: 'two columns: the stage and its probability',
  }),
});
