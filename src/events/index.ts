export { analyzeFunnel, isActivityReport } from './analyzeFunnel.js';
export { conversionWithin, isConversionCurve } from './conversionWithin.js';
export type {
  ConversionCurve,
  ConversionInterval,
  ConversionIntervalReason,
  ConversionPoint,
  ConversionShareReason,
  ConversionStep,
  ConversionWithinOptions,
  DroppedTreatment,
  NaiveConversionShare,
} from './conversionWithin.js';
export { analyzeColumns, type ActivityColumns, type CodedColumn, type NumberColumn } from './analyzeColumns.js';
export {
  createFunnelAccumulator,
  funnelAccumulatorFromJSON,
  type FunnelAccumulator,
  type FunnelAccumulatorJSON,
} from './accumulator.js';
export type { FunnelAccumulatorState } from './store.js';
export type { InstantInput } from './time.js';
export type {
  ActivityRecord,
  ActivityReport,
  AnalyzeOptions,
  Attribution,
  DurationStats,
  EventCounting,
  EventGroup,
  EventOrder,
  EventStage,
  EventWarning,
  GroupBy,
  HistogramBin,
  LossReason,
  PerTouch,
  ProspectDetail,
  ReEntry,
  RejectedRecord,
  RepMonth,
  ResolvedOptions,
  StageBreakdown,
  StalledProspect,
} from './types.js';
