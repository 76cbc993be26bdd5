/**
 * forecast
 * @module
 */
export {};
export { learnFromHistory, isPipelineHistory, winWithin } from './learnFromHistory.js';
export type { HistoryDeal, LearnFromHistoryOptions, PipelineHistory, StageHistory, StageWinRate, WinWithin, WinWithinReason } from './learnFromHistory.js';
