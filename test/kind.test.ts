import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import type { ResultKind } from '../src/index.js';

/** Every guard and the one kind it accepts. */
const GUARDS = {
  isFunnelCounts: 'counts',
  isActivityPlan: 'plan',
  isForecast: 'forecast',
  isSchedule: 'schedule',
  isTable: 'table',
  isSmartReport: 'smart-report',
  isCascade: 'cascade',
  isPace: 'pace',
  isAttainment: 'attainment',
  isActivityReport: 'activity-report',
  isDealRate: 'deal-rate',
  isLostToCreatedReport: 'lost-to-created',
  isAverageDealSize: 'average-deal-size',
  isSalesCycleLength: 'sales-cycle-length',
  isPipelineVelocity: 'pipeline-velocity',
  isWeightedPipeline: 'weighted-pipeline',
  isPipelineCoverage: 'pipeline-coverage',
  isChurnRate: 'churn-rate',
  isFirstYearChurnReport: 'first-year-churn',
  isLtv: 'ltv',
  isCac: 'cac',
  isLtvToCac: 'ltv-to-cac',
  isCacPayback: 'cac-payback',
  isGrowthStep: 'growth-step',
  isGrowthSeries: 'growth-series',
  isCompoundGrowth: 'compound-growth',
  isMonthlyTotals: 'monthly-totals',
  isBreakEvenUnits: 'break-even-units',
  isBreakEvenRevenue: 'break-even-revenue',
  isRecurringRevenue: 'recurring-revenue',
  isEngagementPerPost: 'engagement-per-post',
  isAcceptanceRate: 'acceptance-rate',
  isPersonalizationReport: 'personalization-share',
  isRateInterval: 'interval',
  isRateComparison: 'comparison',
  isSampleSize: 'sample-size',
  isDetectableLift: 'detectable-lift',
  isOutliers: 'outliers',
  isHitProbability: 'hit-probability',
  isActivityForConfidence: 'activity-for-confidence',
  isOutcomeRange: 'outcome-range',
  isSensitivity: 'sensitivity',
  isRateNeeded: 'rate-needed',
  isBottleneck: 'bottleneck',
  isAdjustedPValues: 'adjusted-p-values',
  isHomogeneity: 'homogeneity',
  isGroupComparison: 'group-comparison',
  isRelativeLift: 'relative-lift',
  isComparisonSampleSize: 'comparison-sample-size',
  isExpectedLoss: 'expected-loss',
  isSequentialRateTest: 'sequential-test',
  isSequentialComparison: 'sequential-comparison',
  isConversionCurve: 'conversion-curve',
  isCapacityPlan: 'capacity-plan',
  isHiresNeeded: 'hires-needed',
  isQuotaPlan: 'quota-plan',
  isQuotaReach: 'quota-reach',
  isPipelineForecast: 'pipeline-forecast',
  isForecastRollup: 'forecast-rollup',
  isPipelineMovement: 'pipeline-movement',
  isForecastAccuracy: 'forecast-accuracy',
  isSurvivalCurve: 'survival-curve',
  isCumulativeIncidence: 'cumulative-incidence',
  isPipelineHistory: 'pipeline-history',
  isFunnelQuery: 'funnel-query',
} as const satisfies Record<string, ResultKind>;

const KINDS = Object.values(GUARDS);
const guards = Object.entries(api).filter(([name, v]) => /^is[A-Z]/.test(name) && typeof v === 'function') as [string, (v: unknown) => boolean][];

describe('result kinds and their guards', () => {
  it('every exported guard is listed, and every kind has one guard', () => {
    expect(guards.map(([name]) => name).sort()).toEqual(Object.keys(GUARDS).sort());
    expect(new Set(KINDS).size).toBe(KINDS.length);
  });
  it('each guard accepts its own kind and no other', () => {
    for (const [name, guard] of guards) {
      expect(KINDS.filter((kind) => guard({ kind }))).toEqual([GUARDS[name as keyof typeof GUARDS]]);
    }
  });
  it('a guard looks at the kind, not the shape, and never throws', () => {
    const plan = api.requiredActivity(api.defineFunnel(['call', 'sale'] as const), { goal: 5, rates: { sale: '50%' } });
    const { kind: _, ...shape } = plan;
    const boom = () => {
      throw new Error('boom');
    };
    const throwing = new Proxy({}, { get: boom, getPrototypeOf: boom });
    for (const [, guard] of guards) {
      for (const v of [shape, throwing, null, undefined, 'plan', ['plan'], new Map([['kind', 'plan']]), { kind: 'PLAN' }]) expect(guard(v)).toBe(false);
    }
    expect(api.isActivityPlan(Object.assign(Object.create(null) as object, { kind: 'plan' }))).toBe(true);
    expect(api.isActivityPlan(new (class { kind = 'plan'; })())).toBe(false);
  });
});
