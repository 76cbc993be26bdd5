export { defineGoal } from './defineGoal.js';
export { goalSchema } from './goalSchema.js';
export type {
  AbsoluteTarget,
  BaselineInput,
  ChangeBasis,
  CheckInCadence,
  Goal,
  GoalDirection,
  GoalInput,
  GoalKind,
  GoalLevel,
  RelativeTarget,
  TargetInput,
} from './goalTypes.js';
export { KNOWN_METRICS, type Better, type GoalAggregate, type GoalMeasure, type KnownMetric, type MetricInfo } from './metrics.js';
export { SMART_FINDINGS, type FindingCode, type FindingSeverity, type FindingValue, type SmartCriterion, type SmartFinding } from './findings.js';
export { SMART_DEFAULTS, type SmartThresholds } from './thresholds.js';
export {
  validateSmart,
  type CriterionResult,
  type HistoryEntry,
  type SmartContext,
  type SmartReport,
  type SmartVerdict,
  isSmartReport,
} from './validateSmart.js';
export type { GoalMessages } from './messages/types.js';
export type { SmartPipeline, SmartTeam } from './forecastCheck.js';
export { goalMessagesEn } from './messages/en.js';
export { cascadeGoal, isCascade, type Cascade, type CascadeInto, type CascadeOptions, type GoalAmount, type SubGoal } from './cascadeGoal.js';
export { pace, isPace, type Pace, type PaceAmount, type PaceOptions, type PaceStatus } from './pace.js';
export type { PaceMonitoring, PaceMonitoringMethod } from './pace.js';
export { attainment, isAttainment, type Attainment, type AttainmentOptions } from './attainment.js';
