export { rateInterval, isRateInterval, type IntervalMethod, type RateInterval, type RateIntervalOptions } from './rateInterval.js';
export { compareRates, isRateComparison, type Alternative, type ComparedRate, type ComparisonVerdict, type ObservedCounts, type ProbabilityMethod, type RateComparison } from './compareRates.js';
export { sampleSize, isSampleSize, type SampleSize } from './sampleSize.js';
export { detectableLift, isDetectableLift, type DetectableLift } from './detectableLift.js';
export { outliers, isOutliers, type ControlLimit, type OutlierGroup, type Outliers } from './outliers.js';
export { hitProbability, isHitProbability, type HitProbability, type HitProbabilityOptions } from './hitProbability.js';
export { activityForConfidence, isActivityForConfidence, type ActivityForConfidence, type ActivityForConfidenceOptions } from './activityForConfidence.js';
export { outcomeRange, isOutcomeRange, type OutcomeRange } from './outcomeRange.js';
export type { OutcomeMethod } from './model.js';
export { sensitivity, isSensitivity, type RateChange, type Sensitivity, type StageSensitivity } from './sensitivity.js';
export { rateNeeded, isRateNeeded, type RateNeeded } from './rateNeeded.js';
export { bottleneck, isBottleneck, type Bottleneck, type BottleneckStage } from './bottleneck.js';
export { adjustPValues, isAdjustedPValues, type AdjustMethod, type AdjustedPValues } from './adjustPValues.js';
export { homogeneity, isHomogeneity, type ChiSquareTest, type ContinuityCorrection, type ExactTest, type Homogeneity, type HomogeneityGroup } from './homogeneity.js';
export { compareGroups, isGroupComparison, type ComparedGroup, type CompareGroupsOptions, type GroupComparison, type GroupReference, type GroupVerdict } from './compareGroups.js';
export type { GroupCounts } from './groupCounts.js'
export { relativeLift, isRelativeLift, type LiftIntervalMethod, type LiftMeasure, type LiftMeasureMethod, type LiftReason, type RelativeLift } from './relativeLift.js';
export { comparisonSampleSize, isComparisonSampleSize, type ComparisonSampleSize, type ComparisonSampleSizeMethod, type LiftType, type SampleSizeAlternative } from './comparisonSampleSize.js'
export { expectedLoss, isExpectedLoss, type ExpectedLoss } from './expectedLoss.js';
export {
  sequentialRateTest,
  sequentialComparison,
  isSequentialRateTest,
  isSequentialComparison,
  MAX_LOOKS,
  type Looks,
  type SequentialRateTest,
  type SequentialRateTestOptions,
  type SequentialRateVerdict,
  type SequentialComparison,
  type SequentialComparisonOptions,
  type SequentialComparisonVerdict,
} from './sequential.js';
