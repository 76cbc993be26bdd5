import { describe, expectTypeOf, it } from 'vitest';
import type {
  AcceptanceRate,
  ActivityForConfidence,
  ActivityPlan,
  ActivityReport,
  Attainment,
  AverageDealSize,
  Bottleneck,
  RelativeLift,
  ComparisonSampleSize,
  ExpectedLoss,
  SequentialRateTest,
  SequentialComparison,
  CapacityPlan,
  HiresNeeded,
  QuotaPlan,
  QuotaReach,
  PipelineForecast,
  ForecastRollup,
  PipelineMovement,
  ForecastAccuracy,
  SurvivalCurve,
  CumulativeIncidence,
  PipelineHistory,
  FunnelQuery,
  BreakEvenRevenue,
  BreakEvenUnits,
  Cac,
  CacPayback,
  Cascade,
  ChurnRate,
  CompoundGrowth,
  DealRate,
  DetectableLift,
  EngagementPerPost,
  FirstYearChurnReport,
  Forecast,
  FunnelCounts,
  GrowthSeries,
  GrowthStep,
  HitProbability,
  LostToCreatedReport,
  Ltv,
  LtvToCac,
  MonthlyTotals,
  OutcomeRange,
  Outliers,
  Pace,
  PersonalizationReport,
  PipelineCoverage,
  PipelineVelocity,
  RateComparison,
  RateInterval,
  RateNeeded,
  RecurringRevenue,
  SalesCycleLength,
  SampleSize,
  Schedule,
  Sensitivity,
  SmartReport,
  Table,
  WeightedPipeline,
  ResultKind,
  AdjustedPValues,
  Homogeneity,
  GroupComparison,
  ConversionCurve,
} from '../src/index.js';

describe('ResultKind', () => {
  it('is exactly the kinds the result types carry, each a literal', () => {
    type Carried =
      | FunnelCounts['kind']
      | ActivityPlan['kind']
      | Forecast['kind']
      | Schedule['kind']
      | Table['kind']
      | SmartReport['kind']
      | Cascade['kind']
      | Pace['kind']
      | Attainment['kind']
      | ActivityReport['kind']
      | DealRate['kind']
      | LostToCreatedReport['kind']
      | AverageDealSize['kind']
      | SalesCycleLength['kind']
      | PipelineVelocity['kind']
      | WeightedPipeline['kind']
      | PipelineCoverage['kind']
      | ChurnRate['kind']
      | FirstYearChurnReport['kind']
      | Ltv['kind']
      | Cac['kind']
      | LtvToCac['kind']
      | CacPayback['kind']
      | GrowthStep['kind']
      | GrowthSeries['kind']
      | CompoundGrowth['kind']
      | MonthlyTotals['kind']
      | BreakEvenUnits['kind']
      | BreakEvenRevenue['kind']
      | RecurringRevenue['kind']
      | EngagementPerPost['kind']
      | AcceptanceRate['kind']
      | PersonalizationReport['kind']
      | RateInterval['kind']
      | RateComparison['kind']
      | SampleSize['kind']
      | DetectableLift['kind']
      | Outliers['kind']
      | HitProbability['kind']
      | ActivityForConfidence['kind']
      | OutcomeRange['kind']
      | Sensitivity['kind']
      | RateNeeded['kind']
      | Bottleneck['kind']
      | AdjustedPValues['kind']
      | Homogeneity['kind']
      | GroupComparison['kind']
      | RelativeLift['kind']
      | ComparisonSampleSize['kind']
      | ExpectedLoss['kind']
      | SequentialRateTest['kind']
      | SequentialComparison['kind']
      | ConversionCurve['kind']
      | CapacityPlan['kind']
      | HiresNeeded['kind']
      | QuotaPlan['kind']
      | QuotaReach['kind']
      | PipelineForecast['kind']
      | ForecastRollup['kind']
      | PipelineMovement['kind']
      | ForecastAccuracy['kind']
      | SurvivalCurve['kind']
      | CumulativeIncidence['kind']
      | PipelineHistory['kind']
      | FunnelQuery['kind'];
    expectTypeOf<Carried>().toEqualTypeOf<ResultKind>();
    expectTypeOf<ActivityPlan['kind']>().toEqualTypeOf<'plan'>();
    expectTypeOf<FunnelCounts<'call' | 'sale'>['kind']>().toEqualTypeOf<'counts'>();
  });
});
