/**
 * forecast
 * @module
 */
export {};
export { forecastRollup, isForecastRollup, type CategorizedDeal, type ForecastCategory, type ForecastRollup, type ForecastRollupOptions, type RollupColumn, type RollupMethod, type RollupTotal, type RollupTotals } from './rollup.js';
export { isPipelineMovement, pipelineMovement, type DealMovement, type MissingDealRule, type MovementStep, type MovementStepTotal, type PipelineMovement, type PipelineMovementOptions, type SnapshotDeal, type Slippage } from './movement.js';
export { forecastAccuracy, isForecastAccuracy, type AccuracyFigures, type AccuracyMeasure, type ForecastAccuracy, type ForecastAccuracyOptions, type ForecastEntry } from './accuracy.js';
export type { CloseDatePeriod } from './dealList.js';
