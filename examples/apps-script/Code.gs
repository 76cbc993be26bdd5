/**
 * Custom functions for Google Sheets, backed by funnel-math.
 *
 * Setup: in Extensions → Apps Script, add a script file named "funnel-math" and paste the contents
 * of dist/funnel-math.global.js into it (it defines the global FunnelMath); then add this file.
 * Errors show in the cell as "#FUNNEL! <what to fix>".
 */

/**
 * The activity a goal needs at every stage (the reverse funnel), top stage first.
 *
 * @param {number|Array<Array<number>>} goal outcomes wanted at the last stage (or a column, one per rep)
 * @param {Array<Array<number|string>>} rates the stage rates in funnel order, e.g. 15% and 1/3
 * @param {string} rounding "each-stage" (default) or "once"
 * @return required counts
 * @customfunction
 */
function FUNNEL_REQUIRED(goal, rates, rounding) {
  return FunnelMath.sheets.FUNNEL_REQUIRED(goal, rates, rounding);
}

/**
 * Conversion rates from stage counts: count, share of the previous stage, share of the first.
 *
 * @param {Array<Array<number>>} counts the count at each stage, top first
 * @return one row per stage
 * @customfunction
 */
function FUNNEL_RATES(counts) {
  return FunnelMath.sheets.FUNNEL_RATES(counts);
}

/**
 * A total spread over the working days (Monday to Friday, minus holidays) from start to end.
 *
 * @param {number} total the whole number to spread
 * @param {Date} start first day
 * @param {Date} end last day, included
 * @param {Array<Array<Date>>} holidays days off
 * @return the daily figure, rounded up
 * @customfunction
 */
function FUNNEL_PER_DAY(total, start, end, holidays) {
  return FunnelMath.sheets.FUNNEL_PER_DAY(total, start, end, holidays);
}

/**
 * Checks a SMART goal with numbers: the verdict, then one row per finding.
 *
 * @param {Array<Array<string|number|Date>>} goal two columns: field (title, metric, target, unit, baseline, baseline period, start, deadline, owner, method, check-in) and value
 * @param {Array<Array<string|number>>} history two columns: past period and value, oldest first
 * @return verdict and findings
 * @customfunction
 */
function FUNNEL_GOAL_CHECK(goal, history) {
  return FunnelMath.sheets.FUNNEL_GOAL_CHECK(goal, history);
}

/**
 * How far the result has come from the baseline to the target, as a fraction.
 *
 * @param {number} actual the result so far
 * @param {number|string} target the target (a number, or +10% with a baseline)
 * @param {number} baseline where the goal started (default 0)
 * @return attainment (format as percent)
 * @customfunction
 */
function FUNNEL_ATTAINMENT(actual, target, baseline) {
  return FunnelMath.sheets.FUNNEL_ATTAINMENT(actual, target, baseline);
}
