/**
 * forecast
 * @module
 */
export {};
export { forecastRollup, isForecastRollup, type CategorizedDeal, type ForecastCategory, type ForecastRollup, type ForecastRollupOptions, type RollupColumn, type RollupMethod, type RollupTotal, type RollupTotals } from './rollup.js';
