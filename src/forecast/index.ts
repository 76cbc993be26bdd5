/**
 * forecast
 * @module
 */
export { pipelineForecast, isPipelineForecast, EXACT_COUNT_WORK } from './pipelineForecast.js';
export type { PipelineForecast, PipelineForecastOptions, ForecastAmount, ForecastPercentiles, ForecastSummary, ForecastGroup, ForecastCount, ForecastConcentration, ForecastQuota, ForecastDeal, ForecastDealStatus, AmountMethod, ForecastProbability, ForecastProbabilitySource, PeriodName } from './pipelineForecast.js';
export { forecastRollup, isForecastRollup, type CategorizedDeal, type ForecastCategory, type ForecastRollup, type ForecastRollupOptions, type RollupColumn, type RollupMethod, type RollupTotal, type RollupTotals } from './rollup.js';
export { isPipelineMovement, pipelineMovement, type DealMovement, type MissingDealRule, type MovementStep, type MovementStepTotal, type PipelineMovement, type PipelineMovementOptions, type SnapshotDeal, type Slippage } from './movement.js';
export { forecastAccuracy, isForecastAccuracy, type AccuracyFigures, type AccuracyMeasure, type ForecastAccuracy, type ForecastAccuracyOptions, type ForecastEntry } from './accuracy.js';
export type { CloseDatePeriod } from './dealList.js';
export { learnFromHistory, isPipelineHistory, winWithin } from './learnFromHistory.js';
export type { HistoryDeal, LearnFromHistoryOptions, PipelineHistory, StageHistory, StageWinRate, WinWithin, WinWithinReason } from './learnFromHistory.js';
