import type { ErrorMessages } from './types.js';

/**
 * English messages for {@link FunnelMathError} (built in: every error's `message` is in English).
 * Pass another catalog to {@link errorMessage} to show an error in another language.
 * @example
 * import { errorMessagesEn } from 'funnel-math';
 * errorMessagesEn.errors.NOT_INTEGER; // => '{subject} should be a whole number; got {received}.'
 * @category Errors
 */
export const errorMessagesEn: ErrorMessages = /* @__PURE__ */ Object.freeze({
  locale: 'en',
  errors: /* @__PURE__ */ Object.freeze({
    INVALID_INPUT: '{subject} should be {expected}; got {received}.',
    MISSING_VALUE: '{subject} is missing; give {expected}.',
    UNKNOWN_OPTION: 'The key "{key}" is not one that is taken here[ (it takes {allowed})].[ Did you mean "{suggestion}"?]',
    INVALID_CHOICE: '{subject} should be one of {allowed}; got {received}.',
    TOO_LONG: '{subject} has {length} entries; at most {max} are accepted.',
    WRONG_LENGTH: '{subject} as a list needs {needed} values, one for each of {stages}; got {length}.',
    UNREADABLE_INPUT: '{subject} could not be read: reading it raised an error. Pass plain data (numbers, text, arrays, objects).',
    INVALID_NUMBER: '{subject} should be {expected}; got {received}.',
    NOT_FINITE: '{subject} is {received}; give a finite number.',
    NOT_INTEGER: '{subject} should be a whole number; got {received}.',
    NEGATIVE: '{subject} cannot be negative; got {received}.',
    NUMBER_TOO_LARGE: '{subject} is too large to compute with exactly: {received}. Give {expected}.',
    FUNNEL_TOO_SHORT: 'A funnel needs at least two stages (an activity and what it converts into); got {length}.',
    INVALID_STAGE_ID: 'Stage {position} needs a name, a non-empty text such as "call"; got {received}.',
    DUPLICATE_STAGE: 'The stage "{stage}" appears twice (stages {first} and {second}); give each stage its own name.',
    UNKNOWN_STAGE: '{subject} names "{key}", which is not a stage of this funnel ({stages}).',
    TOP_STAGE_RATE: '{subject} names "{key}", the top stage: a rate is keyed by the stage it converts into, and nothing converts into the top stage.',
    MISSING_RATE: 'There is no rate into "{stage}" (from "{previous}"); give one, such as {example}.',
    ZERO_RATE: '{subject} is 0, so no amount of activity reaches it; give a rate above 0.',
    RATE_ABOVE_ONE: '{subject} is {percent}, above 100%: a rate is a share of the stage before. Write 15% as 0.15 or \'15%\', not 15.',
    SUCCESSES_ABOVE_TRIALS: '{subject} has more successes ({successes}) than trials ({trials}); successes are a part of the trials.',
    NO_TRIALS: '{subject} has 0 trials, so there is no rate yet; give a rate or more data.',
    INVALID_GOAL: '{subject} should be {expected}; got {received}.',
    GOAL_AT_TOP: 'The goal is at the top stage "{stage}": there is nothing to plan above it. Put the goal at a later stage.',
    RESULT_TOO_LARGE: 'The plan needs {value} at "{stage}", more than can be counted exactly; check the goal and the rates.',
    INVALID_DATE: '{subject} should be {expected}; got {received}.',
    INVALID_RANGE: 'The end ({end}) is before the start ({start}).',
    NO_WORKING_DAYS: 'There are no working days from {start} to {end}, so there is nothing to spread the activity over.',
    OUT_OF_RANGE: '{subject} should be {expected}; got {received}.',
    UNDEFINED_RESULT: '{subject} is undefined for these inputs, and a number was asked for.',
    INCOMPATIBLE: '{subject} does not match: {detail}.',
    // stats
    // kpi
    // goals
    // events
  }),
  subjects: /* @__PURE__ */ Object.freeze({
    value: 'The value',
    custom: '{what}',
    goal: 'The goal',
    goalCount: 'The goal',
    goalStage: 'The stage of the goal',
    revenueGoal: 'The revenue goal',
    averageDealSize: 'The average deal size',
    rates: 'The rates',
    rateInto: 'The rate into "{stage}"',
    successesInto: 'The successes into "{stage}"',
    trialsInto: 'The trials into "{stage}"',
    counts: 'The counts',
    countAt: 'The count at "{stage}"',
    options: 'The options',
    option: 'The option "{key}"',
    funnel: 'The funnel',
    stage: 'Stage {position}',
    stageId: 'The name of stage {position}',
    stageLabel: 'The label of stage "{stage}"',
    stageKind: 'The kind of stage "{stage}"',
    rounding: 'The rounding',
    count: 'The count',
    successes: 'The successes',
    trials: 'The trials',
    rate: 'The rate',
    share: 'The share',
    level: 'The confidence level',
    amount: 'The amount',
    date: 'The date',
    instant: 'The time',
    capacity: 'The capacity',
    reps: 'The number of reps',
    perRepPerDay: 'The activity per rep per day',
    // stats
    // kpi
    // goals
    // events
  }),
  expected: /* @__PURE__ */ Object.freeze({
    number: "a number such as 12, 0.15, '15%' or '1/3'",
    count: 'a whole number such as 50',
    exactNumber: 'a number below 10^300 with at most 400 digits',
    countLimit: 'a whole number up to 9007199254740991',
    fraction: "a fraction whose bottom is not 0, such as '1/3'",
    plainNumber: 'a number with a dot for decimals and no thousands separators (1500 or 0.15, not 1,500 or 0,15)',
    countOf: 'a whole number of "{stage}", such as 50',
    rate: "a share of the stage before, such as 0.15, '15%', '1/3' or { successes: 5, trials: 15 }",
    share: "a share from 0 to 1, such as 0.15 or '15%'",
    level: "a level strictly between 0 and 1, such as 0.95 or '95%'",
    amount: 'an amount of 0 or more, such as 2400 or "23456.78"',
    date: 'a calendar date written YYYY-MM-DD, such as 2026-11-30',
    realDate: 'a date that exists on the calendar, written YYYY-MM-DD, such as 2026-11-30',
    dateInRange: 'a date in the years 1000 to 9999',
    instantInRange: 'a time in the years 1000 to 9999',
    instant: 'a time: an ISO date-time such as 2026-11-30T09:15:00Z, or milliseconds since 1970',
    object: 'an object',
    stageKeyed: 'an object keyed by stage, such as {example}',
    array: 'a list',
    string: 'a text',
    boolean: 'true or false',
    funnel: "a funnel from defineFunnel(['call', 'sale']) or a list of stages",
    stage: 'a text naming a stage, such as "call", or { id, label?, kind? }',
    observed: 'whole numbers of successes and trials, such as { successes: 5, trials: 15 }',
    goal: 'a count (50), { count, at } or { revenue, averageDealSize }',
    value: 'a value for it',
    error: 'an error this library threw (a FunnelMathError)',
    catalog: 'a message catalog such as errorMessagesEn',
    // stats
    // kpi
    // goals
    // events
  }),
  received: /* @__PURE__ */ Object.freeze({
    nothing: 'nothing',
    null: 'null',
    object: 'an object',
    array: 'a list of {length}',
    function: 'a function',
    symbol: 'a symbol',
    date: 'a Date',
    text: '"{text}"',
    emptyText: 'an empty text',
  }),
});
