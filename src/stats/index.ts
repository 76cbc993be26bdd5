export { rateInterval, isRateInterval, type IntervalMethod, type RateInterval, type RateIntervalOptions } from './rateInterval.js';
export { compareRates, isRateComparison, type ComparedRate, type ComparisonVerdict, type ObservedCounts, type RateComparison } from './compareRates.js';
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
