/**
 * Flat functions for spreadsheet custom formulas: cells and ranges in, numbers and rows out. The
 * functions exported by name are the Google Sheets face (errors as `#FUNNEL!` text);
 * {@link createExcelFunctions} gives the same functions as Excel custom functions (matrices, errors
 * as `CustomFunctions.Error`).
 * @module
 */
export { FUNNEL_PER_DAY, FUNNEL_RATES, FUNNEL_REQUIRED } from './functions.js';
export { FUNNEL_ATTAINMENT, FUNNEL_GOAL_CHECK } from './goals.js';
export { FUNNEL_FORECAST } from './forecast.js';
export { FUNNEL_CAPACITY, FUNNEL_HIRES_NEEDED } from './team.js';
export { RATE_CI } from './stats.js';
export type { Cell, CellInput, CellOutput } from './cells.js';
export { createExcelFunctions, type CustomFunctionsErrors, type ExcelCell, type ExcelFunction, type ExcelFunctions, type SheetFunctionName } from './excel.js';
export {
  KPI_ACCEPTANCE_RATE,
  KPI_AVERAGE_DEAL_SIZE,
  KPI_BREAK_EVEN_REVENUE,
  KPI_BREAK_EVEN_UNITS,
  KPI_CAC,
  KPI_CAC_PAYBACK_MONTHS,
  KPI_CHURN_RATE,
  KPI_COMPOUND_GROWTH_RATE,
  KPI_ENGAGEMENT_PER_POST,
  KPI_GROWTH_RATE,
  KPI_LOSS_RATE,
  KPI_LTV,
  KPI_LTV_TO_CAC,
  KPI_PERSONALIZATION_SHARE,
  KPI_PIPELINE_COVERAGE,
  KPI_PIPELINE_VELOCITY,
  KPI_RECURRING_REVENUE,
  KPI_WEIGHTED_PIPELINE,
  KPI_WIN_RATE,
} from './kpis.js';
