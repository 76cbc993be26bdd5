/**
 * The stable codes of {@link FunnelMathError}, each with what it means, beside the catalogs that
 * word them (`en.ts`, …): one template per code.
 * @module
 */

/**
 * Every code a {@link FunnelMathError} can carry, with what it means. Codes never change meaning;
 * new ones may be added.
 */
export const ERROR_CODES = {
  INVALID_INPUT: 'The value has the wrong shape or type.',
  MISSING_VALUE: 'A required value is missing.',
  UNKNOWN_OPTION: 'An object has a key the function does not take (often a misspelling).',
  INVALID_CHOICE: 'A text value is not one of the values the parameter allows.',
  TOO_LONG: 'A list or text is longer than the function accepts.',
  WRONG_LENGTH: 'A list per stage has a different number of entries than the stages it is for.',
  UNREADABLE_INPUT: 'Reading the value raised an error (a throwing getter or Proxy).',
  INVALID_NUMBER: 'The value is not a number, a numeric string, a percent, a fraction or a Decimal.',
  NOT_FINITE: 'The number is NaN or infinite.',
  NOT_INTEGER: 'A whole number was expected.',
  NEGATIVE: 'The number must not be negative.',
  NUMBER_TOO_LARGE: 'The number is larger than this library computes exactly with.',
  FUNNEL_TOO_SHORT: 'A funnel needs at least two stages.',
  INVALID_STAGE_ID: 'A stage id must be a non-empty string.',
  DUPLICATE_STAGE: 'Two stages have the same id.',
  DUPLICATE_ID: 'Two items of a list that must have distinct ids (deals, reps) have the same id.',
  UNKNOWN_STAGE: 'The key or value names a stage the funnel does not have.',
  TOP_STAGE_RATE: 'A rate is keyed by the top stage, which nothing converts into.',
  MISSING_RATE: 'A stage has no conversion rate.',
  ZERO_RATE: 'A conversion rate of 0 makes every goal unreachable.',
  RATE_ABOVE_ONE: 'A conversion rate above 100% is not a share of the previous stage.',
  SUCCESSES_ABOVE_TRIALS: 'Observed counts have more successes than trials.',
  NO_TRIALS: 'Observed counts have 0 trials, so they give no rate.',
  INVALID_GOAL: 'The goal is not a count, { count, at } or { revenue, averageDealSize }, or its deal size is 0.',
  GOAL_AT_TOP: 'The goal is at the top stage, so there is nothing to plan above it.',
  RESULT_TOO_LARGE: 'The result would exceed what is counted or computed exactly (a count beyond 2^53 − 1, a value beyond 10^300 or beyond a double).',
  INVALID_DATE: 'The date is not a valid ISO calendar date (YYYY-MM-DD) or Date.',
  INVALID_RANGE: 'The end date is before the start date, or the range is longer than allowed.',
  RANGE_TOO_LONG: 'A date range is longer than the library plans over.',
  NO_WORKING_DAYS: 'The period has no working days to spread activity over.',
  OUT_OF_RANGE: 'The number is outside the range this parameter allows (e.g. a confidence level of 1.5).',
  UNDEFINED_RESULT: 'The quantity is undefined for these inputs (e.g. LTV with 0 churn) and a number was asked for.',
  INCOMPATIBLE: 'Two values that must match do not (e.g. merging accumulators of different funnels).',
  // stats
  ACTIVITY_TOO_LARGE: 'The activity a plan needs is more than the statistics compute (10^9 attempts; 10^6 with observed rates).',
  EMPTY_LIST: 'A list that needs at least one entry is empty.',
  // kpi
  CONFLICTING_OPTIONS: 'Values were given together that exclude each other; one or the other is taken.',
  TOO_FEW_VALUES: 'A list has fewer entries than the calculation needs.',
  // goals
  INVALID_PERIOD: 'A text is not a period label (2025, 2025-Q3, 2025-07, 2025-W31, 2025-07-14).',
  MIXED_PERIODS: 'A history mixes kinds of period (years and quarters).',
  PERIOD_ORDER: 'A history period is not after the one before it.',
  WEIGHTS_COUNT: 'There is not one weight per period of the goal.',
  ZERO_WEIGHTS: 'Every weight is 0.',
  DEADLINE_ON_START: 'The deadline is the start day, so the goal spans no time.',
  GOAL_TOO_LONG: 'The goal spans more than 100 years.',
  // events
  CALLBACK_FAILED: 'A function given as an option (such as a grouping function) threw an error.',
  // warehouse
  NOT_IN_SQL: 'An option or column mapping cannot be computed by the generated SQL query (a grouping function, or an option the query does not map).',
  // sheets
  EMPTY_CELL: 'A cell inside a range is empty, and the function gives no meaning to an empty cell there.',
} as const;

/** A stable machine-readable error code; see {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;
