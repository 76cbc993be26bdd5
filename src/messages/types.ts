import type { ErrorCode } from '../errors.js';

/**
 * What an error message talks about, in the words of the person who typed the value. Each key has
 * a phrase in every catalog (`'The goal'`, `'The rate into "{stage}"'`); the phrase may use the
 * error's parameters.
 */
export type ErrorSubject =
  | 'value'
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
  // kpi
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
  | 'instant'
  | 'object'
  | 'stageKeyed'
  | 'array'
  | 'string'
  | 'boolean'
  | 'funnel'
  | 'stage'
  | 'observed'
  | 'goal'
  // stats
  // kpi
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
