/**
 * Flat functions for spreadsheet custom formulas (Google Sheets Apps Script, Excel custom
 * functions): cells and ranges in, numbers and rows out, errors as `#FUNNEL!` strings.
 * @module
 */
export { FUNNEL_PER_DAY, FUNNEL_RATES, FUNNEL_REQUIRED } from './functions.js';
export { FUNNEL_ATTAINMENT, FUNNEL_GOAL_CHECK } from './goals.js';
export type { Cell, CellInput, CellOutput } from './cells.js';
