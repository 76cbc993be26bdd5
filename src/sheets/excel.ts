import { SheetError, type SheetResult, type SheetValue } from './cells.js';
import { funnelPerDay, funnelRates, funnelRequired } from './functions.js';
import { funnelForecast } from './forecast.js';
import { funnelAttainment, funnelGoalCheck } from './goals.js';
import * as kpi from './kpis.js';
import { rateCi } from './stats.js';
import { funnelCapacity, funnelHiresNeeded } from './team.js';

/**
 * What an Excel add-in's `CustomFunctions` object offers for errors: `new CustomFunctions.Error(code,
 * message)` and the codes `ErrorCode.invalidValue` (`#VALUE!`) and `ErrorCode.notAvailable` (`#N/A`).
 */
export interface CustomFunctionsErrors {
  readonly Error: new (code: never, message: string) => unknown;
  readonly ErrorCode: { readonly invalidValue: unknown; readonly notAvailable: unknown };
}

/** A value Excel shows in a cell: a number, a text, or an error it sees with `ISERROR`. */
export type ExcelCell = string | number | object;

/** One Excel custom function: cells and ranges in (`any[][]` for a range), a matrix out. */
export type ExcelFunction = (...args: unknown[]) => ExcelCell[][];

/** The name of a spreadsheet function, the same in Google Sheets and Excel. */
export type SheetFunctionName =
  | 'FUNNEL_REQUIRED'
  | 'FUNNEL_RATES'
  | 'FUNNEL_PER_DAY'
  | 'FUNNEL_GOAL_CHECK'
  | 'FUNNEL_ATTAINMENT'
  | 'FUNNEL_FORECAST'
  | 'FUNNEL_CAPACITY'
  | 'FUNNEL_HIRES_NEEDED'
  | 'RATE_CI'
  | `KPI_${'WIN_RATE' | 'LOSS_RATE' | 'AVERAGE_DEAL_SIZE' | 'PIPELINE_VELOCITY' | 'WEIGHTED_PIPELINE' | 'PIPELINE_COVERAGE' | 'CHURN_RATE' | 'LTV' | 'CAC'}`
  | `KPI_${'LTV_TO_CAC' | 'CAC_PAYBACK_MONTHS' | 'GROWTH_RATE' | 'COMPOUND_GROWTH_RATE' | 'BREAK_EVEN_UNITS' | 'BREAK_EVEN_REVENUE' | 'RECURRING_REVENUE'}`
  | `KPI_${'ACCEPTANCE_RATE' | 'PERSONALIZATION_SHARE' | 'ENGAGEMENT_PER_POST'}`;

// each face renders the same core; the names are the formulas' names in both hosts
const core: { readonly [K in SheetFunctionName]: (...args: never[]) => SheetResult } = {
  FUNNEL_REQUIRED: funnelRequired,
  FUNNEL_RATES: funnelRates,
  FUNNEL_PER_DAY: funnelPerDay,
  FUNNEL_GOAL_CHECK: funnelGoalCheck,
  FUNNEL_ATTAINMENT: funnelAttainment,
  FUNNEL_FORECAST: funnelForecast,
  FUNNEL_CAPACITY: funnelCapacity,
  FUNNEL_HIRES_NEEDED: funnelHiresNeeded,
  RATE_CI: rateCi,
  KPI_WIN_RATE: kpi.kpiWinRate,
  KPI_LOSS_RATE: kpi.kpiLossRate,
  KPI_AVERAGE_DEAL_SIZE: kpi.kpiAverageDealSize,
  KPI_PIPELINE_VELOCITY: kpi.kpiPipelineVelocity,
  KPI_WEIGHTED_PIPELINE: kpi.kpiWeightedPipeline,
  KPI_PIPELINE_COVERAGE: kpi.kpiPipelineCoverage,
  KPI_CHURN_RATE: kpi.kpiChurnRate,
  KPI_LTV: kpi.kpiLtv,
  KPI_CAC: kpi.kpiCac,
  KPI_LTV_TO_CAC: kpi.kpiLtvToCac,
  KPI_CAC_PAYBACK_MONTHS: kpi.kpiCacPaybackMonths,
  KPI_GROWTH_RATE: kpi.kpiGrowthRate,
  KPI_COMPOUND_GROWTH_RATE: kpi.kpiCompoundGrowthRate,
  KPI_BREAK_EVEN_UNITS: kpi.kpiBreakEvenUnits,
  KPI_BREAK_EVEN_REVENUE: kpi.kpiBreakEvenRevenue,
  KPI_RECURRING_REVENUE: kpi.kpiRecurringRevenue,
  KPI_ACCEPTANCE_RATE: kpi.kpiAcceptanceRate,
  KPI_PERSONALIZATION_SHARE: kpi.kpiPersonalizationShare,
  KPI_ENGAGEMENT_PER_POST: kpi.kpiEngagementPerPost,
};

/** The spreadsheet functions as Excel custom functions, by formula name. */
export type ExcelFunctions = { readonly [K in SheetFunctionName]: ExcelFunction };

/**
 * The spreadsheet functions for an Excel add-in (Office custom functions), the same functions and
 * arguments as in Google Sheets: every result is a matrix (declare `@returns {any[][]}`; one value
 * is `[[value]]`), dates are Excel serial numbers or ISO text, and an error is
 * `new CustomFunctions.Error(ErrorCode.invalidValue, message)` (`#VALUE!`, a value to fix) or
 * `ErrorCode.notAvailable` (`#N/A`, a quantity undefined for these inputs), so `ISERROR` and
 * `IFERROR` see it and the cell shows the message. The host's `CustomFunctions` is passed in, so
 * nothing global is read; without it, errors are the `#FUNNEL!` text of the Google Sheets face.
 *
 * @param customFunctions - the add-in's `CustomFunctions` object.
 * @example
 * import { createExcelFunctions } from 'funnel-math/sheets';
 * class CellError { constructor(readonly code: string, readonly message: string) {} }
 * const excel = createExcelFunctions({ Error: CellError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } });
 * excel.FUNNEL_PER_DAY(1000, 46327, 46356); // => [[48]]
 * excel.FUNNEL_REQUIRED([[50]], [[0.15], ['1/3']]); // => [[1000], [150], [50]]
 * excel.KPI_GROWTH_RATE(0, 12)[0][0]; // => new CellError('#N/A', 'The growth rate (zero prior) is undefined for these inputs, and a number was asked for.')
 * createExcelFunctions().KPI_CAC(50000, 0); // => [['#FUNNEL! The CAC (no new customers) is undefined for these inputs, and a number was asked for.']]
 * @category Spreadsheets
 */
export function createExcelFunctions(customFunctions?: CustomFunctionsErrors): ExcelFunctions {
  const cf = customFunctions && typeof customFunctions.Error === 'function' && customFunctions.ErrorCode ? customFunctions : undefined;
  const cell = (value: SheetValue): ExcelCell => {
    if (!(value instanceof SheetError)) return value;
    if (!cf) return value.text ?? `#FUNNEL! ${value.message}`;
    return new cf.Error((value.notAvailable ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue) as never, value.message) as object;
  };
  const face =
    (fn: (...args: unknown[]) => SheetResult): ExcelFunction =>
    (...args) => {
      const result = fn(...args);
      return Array.isArray(result) ? result.map((row) => row.map(cell)) : [[cell(result)]];
    };
  return Object.freeze(Object.fromEntries(Object.entries(core).map(([name, fn]) => [name, face(fn as (...args: unknown[]) => SheetResult)]))) as ExcelFunctions;
}
