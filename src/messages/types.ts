import type { ErrorCode } from './codes.js';

/**
 * What an error message talks about, in the words of the person who typed the value. Each key has
 * a phrase in every catalog (`'The goal'`, `'The rate into "{stage}"'`); the phrase may use the
 * error's parameters.
 */
export type ErrorSubject =
  | 'value'
  | 'quantile'
  | 'result'
  | 'weekendDay'
  | 'custom'
  | 'goal'
  | 'goalCount'
  | 'goalStage'
  | 'revenueGoal'
  | 'averageDealSize'
  | 'rates'
  | 'rateInto'
  | 'successesInto'
  | 'trialsInto'
  | 'counts'
  | 'countAt'
  | 'options'
  | 'option'
  | 'funnel'
  | 'stage'
  | 'stageId'
  | 'stageLabel'
  | 'stageKind'
  | 'rounding'
  | 'count'
  | 'successes'
  | 'trials'
  | 'rate'
  | 'share'
  | 'level'
  | 'amount'
  | 'date'
  | 'instant'
  | 'capacity'
  | 'reps'
  | 'perRepPerDay'
  // stats
  | 'activity'
  | 'confidence'
  | 'power'
  | 'expectedRate'
  | 'halfWidth'
  | 'trialsPerGroup'
  | 'levels'
  | 'levelAt'
  | 'groups'
  | 'group'
  | 'groupSuccesses'
  | 'groupTrials'
  | 'comparedRate'
  | 'comparedSuccesses'
  | 'comparedTrials'
  | 'observation'
  | 'overallRate'
  | 'countedOverall'
  | 'benchmarks'
  | 'benchmarkFor'
  | 'rateStage'
  | 'plan'
  | 'planStage'
  | 'planGoal'
  | 'emptyInterval'
  | 'planKind'
  // kpi
  | 'input'
  | 'deals'
  | 'deal'
  | 'dealStatus'
  | 'dealValue'
  | 'dealStage'
  | 'dealCreatedAt'
  | 'dealClosedAt'
  | 'wonCount'
  | 'lostCount'
  | 'openCount'
  | 'wonValue'
  | 'lostValue'
  | 'openValue'
  | 'trim'
  | 'opportunities'
  | 'winRate'
  | 'cycleDays'
  | 'winProbabilities'
  | 'probabilitiesAndHistory'
  | 'probabilities'
  | 'probability'
  | 'unreachedStage'
  | 'history'
  | 'historyAt'
  | 'openPipeline'
  | 'quota'
  | 'healthyFrom'
  | 'healthyTo'
  | 'customersAtStart'
  | 'customersLost'
  | 'revenueAtStart'
  | 'revenueLost'
  | 'expansion'
  | 'expansionWithCounts'
  | 'customers'
  | 'customer'
  | 'wonAt'
  | 'churnedAt'
  | 'asOf'
  | 'periodStart'
  | 'periodEnd'
  | 'arpa'
  | 'grossMargin'
  | 'churn'
  | 'horizon'
  | 'lifetimeWithoutChurn'
  | 'spend'
  | 'newCustomers'
  | 'ltv'
  | 'cac'
  | 'series'
  | 'seriesValue'
  | 'previousValue'
  | 'currentValue'
  | 'startValue'
  | 'endValue'
  | 'periods'
  | 'records'
  | 'record'
  | 'recordAt'
  | 'recordAmount'
  | 'activityCount'
  | 'benchmark'
  | 'firstMonth'
  | 'lastMonth'
  | 'monthSpan'
  | 'fixedCosts'
  | 'price'
  | 'variableCost'
  | 'contributionMarginRatio'
  | 'contributionMargin'
  | 'marginAndPrice'
  | 'newMrr'
  | 'months'
  | 'monthlyChurn'
  | 'posts'
  | 'postCount'
  | 'post'
  | 'shares'
  | 'comments'
  | 'likes'
  | 'outreachRows'
  | 'outreachRow'
  | 'personalized'
  | 'generic'
  | 'touchBenchmark'
  | 'requestsSent'
  | 'requestsAccepted'
  | 'kpiResult'
  | 'probabilityRange'
  // goals
  | 'goalField'
  | 'goalTitle'
  | 'goalMetric'
  | 'goalTarget'
  | 'targetField'
  | 'goalBaseline'
  | 'baselineField'
  | 'goalStart'
  | 'goalDeadline'
  | 'paceAsOf'
  | 'goalActual'
  | 'stretchThreshold'
  | 'paceOnTrack'
  | 'paceAtRisk'
  | 'goalWeights'
  | 'goalWeight'
  | 'cascadeInto'
  | 'paceBy'
  | 'goalHistory'
  | 'goalHistoryRow'
  | 'goalHistoryPeriod'
  | 'goalHistoryValue'
  | 'goalChannels'
  | 'goalCapacityAt'
  | 'smartThreshold'
  | 'fiscalYearStart'
  | 'goalLocale'
  | 'catalogText'
  | 'catalogWord'
  | 'catalogLocale'
  | 'goalRange'
  | 'goalRangeRow'
  | 'goalAttainment'
  | 'smartContext'
  // events
  // (each area adds its own above this line)
  ;

/** What a value should have been, as a phrase that completes "should be …". */
export type ErrorExpectation =
  | 'number'
  | 'count'
  | 'plainNumber'
  | 'exactNumber'
  | 'countLimit'
  | 'fraction'
  | 'countOf'
  | 'rate'
  | 'share'
  | 'level'
  | 'amount'
  | 'date'
  | 'realDate'
  | 'dateInRange'
  | 'instant'
  | 'instantInRange'
  | 'object'
  | 'stageKeyed'
  | 'array'
  | 'string'
  | 'boolean'
  | 'funnel'
  | 'stage'
  | 'observed'
  | 'goal'
  | 'value'
  | 'error'
  | 'catalog'
  // stats
  | 'statCount'
  | 'positiveStatCount'
  | 'computableProbability'
  | 'expectedRate'
  | 'halfWidth'
  | 'power'
  | 'rateBelowOne'
  | 'observedActivity'
  | 'stageRates'
  | 'benchmarkRates'
  | 'countableHalfWidth'
  | 'groupCounts'
  | 'levels'
  | 'countedFunnel'
  | 'activityPlan'
  | 'planKind'
  | 'planStage'
  // kpi
  | 'dealStatus'
  | 'deals'
  | 'dealsOrTally'
  | 'stageName'
  | 'trim'
  | 'days'
  | 'multiple'
  | 'bandEnd'
  | 'nonNegative'
  | 'positive'
  | 'countBetween'
  | 'month'
  | 'probabilitiesOrHistory'
  | 'marginOrPrice'
  | 'expansionBasis'
  | 'postsOrTotals'
  | 'growthInput'
  | 'records'
  // goals
  | 'goalObject'
  | 'goalTitle'
  | 'goalMetric'
  | 'goalTarget'
  | 'goalTargetObject'
  | 'goalMetricValue'
  | 'changeKeepsValue'
  | 'changeKeepsShare'
  | 'baselineForChange'
  | 'baselineForLevel'
  | 'periodLabel'
  | 'goalHistory'
  | 'goalHistoryRow'
  | 'goalChannels'
  | 'goalCapacity'
  | 'goalCapacityAt'
  | 'goalCapacityNumber'
  | 'goalWeights'
  | 'goalWeight'
  | 'stretchShare'
  | 'atMostOnTrack'
  | 'smartThresholdNumber'
  | 'goalPositiveNumber'
  | 'fiscalMonth'
  | 'goalPositiveAmount'
  | 'goalLocale'
  | 'goalLanguageTag'
  | 'goalFieldRange'
  | 'goalFieldRow'
  | 'cascadeInto'
  | 'paceBy'
  // events
  // (each area adds its own above this line)
  ;

/** Words for what was received, so a message can say "got an object" in every language. */
export interface ReceivedWords {
  readonly nothing: string;
  readonly null: string;
  readonly object: string;
  readonly array: string;
  readonly function: string;
  readonly symbol: string;
  readonly date: string;
  readonly text: string;
  readonly emptyText: string;
}

/**
 * A message catalog for {@link FunnelMathError}: one template per error code with `{name}`
 * placeholders, the subjects and expectations templates insert, and words for received values.
 *
 * English is built in (`errorMessagesEn`); `errorMessagesAr`, `errorMessagesFa`, `errorMessagesRu` and
 * `errorMessagesRo` are separate exports, so a bundle holds only the languages it imports. The
 * `code` and `path` of an error never depend on the language.
 */
export interface ErrorMessages {
  /** BCP 47 language tag. */
  readonly locale: string;
  /** One template per code. */
  readonly errors: { readonly [C in ErrorCode]: string };
  /** The subject phrases, capitalised as at the start of a sentence. */
  readonly subjects: { readonly [S in ErrorSubject]: string };
  /** Phrases completing "should be …". */
  readonly expected: { readonly [E in ErrorExpectation]: string };
  /** Words for received values. */
  readonly received: ReceivedWords;
}

/** The words an area brings for its own errors: subjects and expectations. */
export interface PhrasePart {
  readonly subjects: { readonly [S in ErrorSubject]?: string };
  readonly expected: { readonly [E in ErrorExpectation]?: string };
}

/** The templates and core words every error is worded with; areas add a {@link PhrasePart}. */
export interface CoreMessages extends PhrasePart {
  readonly locale: string;
  readonly errors: ErrorMessages['errors'];
  readonly received: ReceivedWords;
}
