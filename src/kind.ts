/**
 * What a result is. Every result object a function of this library returns says so in a literal
 * `kind` field, and functions that accept results (rates given as counts, the renderers) dispatch
 * on it, never on which fields happen to be present.
 * @module
 */
import { isPlainObject } from './schema.js';

/**
 * The `kind` of every result object, one per result type:
 *
 * | kind | returned by |
 * |---|---|
 * | `'counts'` | funnelFromCounts |
 * | `'plan'` | requiredActivity |
 * | `'forecast'` | forecast |
 * | `'schedule'` | schedule |
 * | `'activity-report'` | analyzeFunnel, analyzeColumns, an accumulator's `result()` |
 * | `'table'` | toTable |
 * | `'smart-report'`, `'cascade'`, `'pace'`, `'attainment'` | validateSmart, cascadeGoal, pace, attainment |
 * | `'deal-rate'` | winRate, lossRate |
 * | `'lost-to-created'`, `'average-deal-size'`, `'sales-cycle-length'`, `'pipeline-velocity'`, `'weighted-pipeline'`, `'pipeline-coverage'` | the KPI of that name |
 * | `'churn-rate'`, `'first-year-churn'`, `'ltv'`, `'cac'`, `'ltv-to-cac'`, `'cac-payback'` | the KPI of that name |
 * | `'growth-step'`, `'growth-series'` | growthRate of a pair, of a series |
 * | `'compound-growth'`, `'monthly-totals'`, `'break-even-units'`, `'break-even-revenue'`, `'recurring-revenue'` | the KPI of that name |
 * | `'engagement-per-post'`, `'acceptance-rate'`, `'personalization-share'` | the KPI of that name |
 * | `'interval'`, `'comparison'`, `'sample-size'`, `'detectable-lift'`, `'outliers'` | rateInterval, compareRates, sampleSize, detectableLift, outliers |
 * | `'hit-probability'`, `'activity-for-confidence'`, `'outcome-range'` | hitProbability, activityForConfidence, outcomeRange |
 * | `'sensitivity'`, `'rate-needed'`, `'bottleneck'` | sensitivity, rateNeeded, bottleneck |
 * | `'adjusted-p-values'`, `'homogeneity'`, `'group-comparison'` | adjustPValues, homogeneity, compareGroups |
 * | `'funnel-query'` | funnelQuery |
 * | `'relative-lift'`, `'comparison-sample-size'` | relativeLift, comparisonSampleSize |
 * | `'expected-loss'`, `'sequential-test'`, `'sequential-comparison'` | expectedLoss, sequentialRateTest, sequentialComparison |
 * | `'capacity-plan'`, `'hires-needed'`, `'quota-plan'`, `'quota-reach'` | capacityPlan, hiresNeeded, setQuotas, quotaReach |
 * | `'pipeline-forecast'` | pipelineForecast |
 * | `'forecast-rollup'`, `'pipeline-movement'`, `'forecast-accuracy'` | forecastRollup, pipelineMovement, forecastAccuracy |
 * | `'survival-curve'`, `'cumulative-incidence'`, `'pipeline-history'` | kaplanMeier, cumulativeIncidence, learnFromHistory |
 * | `'conversion-curve'` | conversionWithin |
 *
 * Definitions (a funnel, a goal), `Ratio`s, plain arrays and strings carry no `kind`: they are
 * values, not reports.
 */
export type ResultKind =
  | 'counts'
  | 'plan'
  | 'forecast'
  | 'schedule'
  | 'activity-report'
  | 'table'
  | 'smart-report'
  | 'cascade'
  | 'pace'
  | 'attainment'
  | 'deal-rate'
  | 'lost-to-created'
  | 'average-deal-size'
  | 'sales-cycle-length'
  | 'pipeline-velocity'
  | 'weighted-pipeline'
  | 'pipeline-coverage'
  | 'churn-rate'
  | 'first-year-churn'
  | 'ltv'
  | 'cac'
  | 'ltv-to-cac'
  | 'cac-payback'
  | 'growth-step'
  | 'growth-series'
  | 'compound-growth'
  | 'monthly-totals'
  | 'break-even-units'
  | 'break-even-revenue'
  | 'recurring-revenue'
  | 'engagement-per-post'
  | 'acceptance-rate'
  | 'personalization-share'
  | 'interval'
  | 'comparison'
  | 'sample-size'
  | 'detectable-lift'
  | 'outliers'
  | 'hit-probability'
  | 'activity-for-confidence'
  | 'outcome-range'
  | 'sensitivity'
  | 'rate-needed'
  | 'bottleneck'
  | 'adjusted-p-values'
  | 'homogeneity'
  | 'group-comparison'
  | 'relative-lift'
  | 'comparison-sample-size'
  | 'expected-loss'
  | 'sequential-test'
  | 'sequential-comparison'
  | 'conversion-curve'
  | 'capacity-plan'
  | 'hires-needed'
  | 'quota-plan'
  | 'quota-reach'
  | 'pipeline-forecast'
  | 'forecast-rollup'
  | 'pipeline-movement'
  | 'forecast-accuracy'
  | 'survival-curve'
  | 'cumulative-incidence'
  | 'pipeline-history'
  | 'funnel-query';

/**
 * The `kind` of a plain object, or `undefined` for anything else (a class instance, an array, a
 * value whose property access throws). Never throws. @internal
 */
export function kindOf(value: unknown): string | undefined {
  try {
    if (!isPlainObject(value)) return undefined;
    const kind = value['kind'];
    return typeof kind === 'string' ? kind : undefined;
  } catch {
    return undefined; // a Proxy whose traps throw is not a result
  }
}

/** True when `value` is a plain object whose `kind` is `kind`. Never throws. @internal */
export function hasKind(value: unknown, kind: ResultKind): boolean {
  return kindOf(value) === kind;
}
