import type { GoalMessages } from './types.js';

/**
 * English messages for SMART findings (the default).
 * @example
 * import { goalMessagesEn } from 'funnel-math';
 * goalMessagesEn.locale; // => 'en'
 * @category Goals
 */
export const goalMessagesEn: GoalMessages = /* @__PURE__ */ Object.freeze({
  locale: 'en',
  findings: /* @__PURE__ */ Object.freeze({
    TITLE_MISSING: 'The goal has no title; name it so people know what it is about.',
    METRIC_MISSING: 'The goal names no metric; say what is measured (revenue, calls, win rate, …).',
    METHOD_MISSING: 'The goal does not say how it will be reached; add a method, e.g. "consultative selling of the core product".',
    OWNER_MISSING: 'The goal has no owner; name the person or team responsible for it.',
    KIND_MISMATCH: '"{metric}" is an {expected} metric, but the goal is marked as an {kind} goal.',
    TARGET_MISSING: 'The goal has no target; give a number (5,000,000 USD) or a change from a baseline (+10%).',
    TARGET_NOT_NUMERIC: 'The target {received} is not a number; write a number, a percent, or a change such as +10%.',
    TARGET_OUT_OF_RANGE: 'The target {target} cannot be reached by "{metric}": a rate lies between 0% and 100%, and nothing here is below 0.',
    UNIT_MISSING: 'The target has no unit; say the currency (USD) or what is counted.',
    BASELINE_MISSING: 'The target is a change ({change}) but there is no baseline to change from; add the baseline value and its period.',
    BASELINE_INVALID: 'The baseline {received} is not a number of 0 or more.',
    NO_CHANGE: 'The target equals the baseline ({baseline}): this goal keeps the current level.',
    ACHIEVABLE_UNCHECKED: 'Achievability was not checked: give the metric’s history or a baseline.',
    GROWTH_UNDEFINED: 'A change from {baseline} to {target} cannot be measured as growth (one of them is 0), so it cannot be compared with history.',
    GROWTH_STRETCH: 'The target needs a change of {growth} (from {baseline} to {target}) where history suggests about {expected}; that is a stretch (z = {z}).',
    GROWTH_ABOVE_HISTORY: 'The target needs a change of {growth} (from {baseline} to {target}) where history suggests about {expected}; that is far beyond the record (z = {z}).',
    REALISTIC_UNCHECKED: 'Realism was not checked against the funnel and capacity: give the funnel, its rates and the team’s capacity.',
    CAPACITY_TIGHT: 'The goal needs {required} "{stage}" in {days} working days, {share} of the {available} the team can do: little room for sick days or slow weeks.',
    CAPACITY_SHORTFALL: 'The goal needs {required} "{stage}" in {days} working days, but the team can do only {available}: {shortfall} short.',
    CAPACITY_HIRES_NEEDED: 'The goal needs {required} "{stage}" in {days} working days, and the team is expected to do {expected}: new reps needed: {hires}, starting on {latestStart} at the latest.',
    CAPACITY_HIRES_INFEASIBLE: 'The goal needs {required} "{stage}" in {days} working days, the team is expected to do {expected}, and no new rep adds any by the deadline: the ramp gives nothing so early.',
    ASSUMED_RATE_ABOVE_ESTIMATE: 'With the capacity available, the goal assumes {assumed} of "{from}" become "{to}", above the historical {estimate} (interval {lower} to {upper}).',
    ASSUMED_RATE_ABOVE_INTERVAL: 'With the capacity available, the goal assumes {assumed} of "{from}" become "{to}", above even the top of the historical interval ({lower} to {upper}).',
    CHANNEL_WITHOUT_HISTORY: 'There are no past results on the channel "{channel}"; a goal on a channel you have never sold on is a guess.',
    TARGET_ALREADY_WON: 'Already won: {won}, which reaches the target {target}; the pipeline has nothing left to bring.',
    PIPELINE_COVERAGE: 'The open pipeline of {open} against the {remaining} still to win: a coverage of {coverage}× (target {target}, {won} won so far).',
    FORECAST_LIKELY: 'The pipeline forecast gives a {probability} chance of reaching the target {target} by {deadline}: at least {warn}.',
    FORECAST_UNLIKELY: 'The pipeline forecast gives only a {probability} chance of reaching the target {target} by {deadline}, below {warn}: say where the rest will come from.',
    FORECAST_VERY_UNLIKELY: 'The pipeline forecast gives only a {probability} chance of reaching the target {target} by {deadline}, below {fail}: the pipeline cannot carry this goal.',
    FORECAST_BRACKET_LIKELY: 'The pipeline forecast puts the chance of reaching the target {target} by {deadline} between {lower} and {upper} (bounds, not one exact number); even the lower bound is at least {warn}.',
    FORECAST_BRACKET_UNLIKELY: 'The pipeline forecast puts the chance of reaching the target {target} by {deadline} between {lower} and {upper} (bounds, not one exact number); even the upper bound is below {warn}: say where the rest will come from.',
    FORECAST_BRACKET_VERY_UNLIKELY: 'The pipeline forecast puts the chance of reaching the target {target} by {deadline} between {lower} and {upper} (bounds, not one exact number); even the upper bound is below {fail}: the pipeline cannot carry this goal.',
    FORECAST_BRACKET_UNDECIDED: 'The pipeline forecast puts the chance of reaching the target {target} by {deadline} between {lower} and {upper} (bounds, not one exact number); that cannot tell whether it is at least {warn}.',
    TEAM_HIRES_NEEDED: 'The team’s quota capacity through {deadline} is {capacity}, short of the target {target}: new reps needed: {hires}, starting by {latestStart} at the latest.',
    TEAM_HIRES_INFEASIBLE: 'The team’s quota capacity through {deadline} is {capacity}, short of the target {target}, and no new rep adds capacity by then: the ramp gives nothing so early.',
    START_MISSING: 'The goal has no start date; progress cannot be paced without one.',
    DEADLINE_MISSING: 'The goal has no deadline; give the date by which it must be reached.',
    DATE_INVALID: 'The {field} {received} is not a date; write it as YYYY-MM-DD.',
    DEADLINE_NOT_AFTER_START: 'The deadline {deadline} is not after the start {start}.',
    HORIZON_TOO_SHORT: 'The goal spans {days} days; under {min} days it is a task rather than a goal.',
    HORIZON_TOO_LONG: 'The goal spans {days} days; beyond {max} days, set yearly goals that lead to it.',
    CHECK_IN_MISSING: 'The goal has no check-in cadence; say how often progress is reviewed.',
    CHECK_IN_TOO_SPARSE: 'A check-in every {every} days allows only {count} before the deadline; at least {min} leave time to correct course.',
    PERIOD_MISALIGNED: 'The goal runs from {start} to {deadline}, not over a whole fiscal period of its level; the one it falls in runs from {periodStart} to {periodEnd}.',
  }),
  words: /* @__PURE__ */ Object.freeze({ activity: 'activity', outcome: 'outcome', start: 'start date', deadline: 'deadline' }),
});
