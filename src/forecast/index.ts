/**
 * forecast
 * @module
 */
export { pipelineForecast, isPipelineForecast, EXACT_COUNT_WORK } from './pipelineForecast.js';
export type { PipelineForecast, PipelineForecastOptions, ForecastAmount, ForecastPercentiles, ForecastSummary, ForecastGroup, ForecastCount, ForecastConcentration, ForecastQuota, ForecastDeal, ForecastDealStatus, AmountMethod, ForecastProbability, PeriodName } from './pipelineForecast.js';
