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

/**
 * won deals as a share of decided deals (`"decided"`, default) or of all deals (`"all"`, counting open ones). A fraction: format as percent.
 *
 * @param {number|string} won
 * @param {number|string} lost
 * @param {number|string} open
 * @param {number|string} denominator
 * @return the KPI
 * @customfunction
 */
function KPI_WIN_RATE(won, lost, open, denominator) {
  return FunnelMath.sheets.KPI_WIN_RATE(won, lost, open, denominator);
}
/**
 * lost deals as a share of decided (default) or all deals.
 *
 * @param {number|string} won
 * @param {number|string} lost
 * @param {number|string} open
 * @param {number|string} denominator
 * @return the KPI
 * @customfunction
 */
function KPI_LOSS_RATE(won, lost, open, denominator) {
  return FunnelMath.sheets.KPI_LOSS_RATE(won, lost, open, denominator);
}
/**
 * mean, median and trimmed mean (default trim 0.1 from each end) of a range of deal amounts, as one row.
 *
 * @param {number|string} amounts
 * @param {number|string} trim
 * @return the KPI
 * @customfunction
 */
function KPI_AVERAGE_DEAL_SIZE(amounts, trim) {
  return FunnelMath.sheets.KPI_AVERAGE_DEAL_SIZE(amounts, trim);
}
/**
 * revenue per day the pipeline produces, opportunities × win rate × deal size / cycle days.
 *
 * @param {number|string} opportunities
 * @param {number|string} rate
 * @param {number|string} averageDealSize
 * @param {number|string} cycleDays
 * @return the KPI
 * @customfunction
 */
function KPI_PIPELINE_VELOCITY(opportunities, rate, averageDealSize, cycleDays) {
  return FunnelMath.sheets.KPI_PIPELINE_VELOCITY(opportunities, rate, averageDealSize, cycleDays);
}
/**
 * Σ amount × probability over open deals, the two ranges row by row.
 *
 * @param {number|string} amounts
 * @param {number|string} probabilities
 * @return the KPI
 * @customfunction
 */
function KPI_WEIGHTED_PIPELINE(amounts, probabilities) {
  return FunnelMath.sheets.KPI_WEIGHTED_PIPELINE(amounts, probabilities);
}
/**
 * open pipeline as a multiple of quota (3 = 3×).
 *
 * @param {number|string} openPipeline
 * @param {number|string} quota
 * @return the KPI
 * @customfunction
 */
function KPI_PIPELINE_COVERAGE(openPipeline, quota) {
  return FunnelMath.sheets.KPI_PIPELINE_COVERAGE(openPipeline, quota);
}
/**
 * customers lost in the period / customers at its start.
 *
 * @param {number|string} atStart
 * @param {number|string} lost
 * @return the KPI
 * @customfunction
 */
function KPI_CHURN_RATE(atStart, lost) {
  return FunnelMath.sheets.KPI_CHURN_RATE(atStart, lost);
}
/**
 * customer lifetime value, ARPA × margin / churn (or summed over `horizon` periods; required when churn is 0).
 *
 * @param {number|string} arpa
 * @param {number|string} grossMargin
 * @param {number|string} churn
 * @param {number|string} horizon
 * @return the KPI
 * @customfunction
 */
function KPI_LTV(arpa, grossMargin, churn, horizon) {
  return FunnelMath.sheets.KPI_LTV(arpa, grossMargin, churn, horizon);
}
/**
 * customer acquisition cost.
 *
 * @param {number|string} spend
 * @param {number|string} newCustomers
 * @return the KPI
 * @customfunction
 */
function KPI_CAC(spend, newCustomers) {
  return FunnelMath.sheets.KPI_CAC(spend, newCustomers);
}
/**
 * the LTV:CAC ratio (3.2 means 3.2 : 1).
 *
 * @param {number|string} ltvValue
 * @param {number|string} cacValue
 * @return the KPI
 * @customfunction
 */
function KPI_LTV_TO_CAC(ltvValue, cacValue) {
  return FunnelMath.sheets.KPI_LTV_TO_CAC(ltvValue, cacValue);
}
/**
 * months of (gross-margin) revenue to earn back CAC.
 *
 * @param {number|string} cacValue
 * @param {number|string} arpa
 * @param {number|string} grossMargin
 * @return the KPI
 * @customfunction
 */
function KPI_CAC_PAYBACK_MONTHS(cacValue, arpa, grossMargin) {
  return FunnelMath.sheets.KPI_CAC_PAYBACK_MONTHS(cacValue, arpa, grossMargin);
}
/**
 * period-over-period growth, (current − previous) / previous.
 *
 * @param {number|string} previous
 * @param {number|string} current
 * @return the KPI
 * @customfunction
 */
function KPI_GROWTH_RATE(previous, current) {
  return FunnelMath.sheets.KPI_GROWTH_RATE(previous, current);
}
/**
 * the steady growth per period that turns start into end, (end / start)^(1 / periods) − 1.
 *
 * @param {number|string} start
 * @param {number|string} end
 * @param {number|string} periods
 * @return the KPI
 * @customfunction
 */
function KPI_COMPOUND_GROWTH_RATE(start, end, periods) {
  return FunnelMath.sheets.KPI_COMPOUND_GROWTH_RATE(start, end, periods);
}
/**
 * whole units to sell to cover fixed costs.
 *
 * @param {number|string} fixedCosts
 * @param {number|string} price
 * @param {number|string} variableCost
 * @return the KPI
 * @customfunction
 */
function KPI_BREAK_EVEN_UNITS(fixedCosts, price, variableCost) {
  return FunnelMath.sheets.KPI_BREAK_EVEN_UNITS(fixedCosts, price, variableCost);
}
/**
 * revenue that covers fixed costs.
 *
 * @param {number|string} fixedCosts
 * @param {number|string} contributionMarginRatio
 * @return the KPI
 * @customfunction
 */
function KPI_BREAK_EVEN_REVENUE(fixedCosts, contributionMarginRatio) {
  return FunnelMath.sheets.KPI_BREAK_EVEN_REVENUE(fixedCosts, contributionMarginRatio);
}
/**
 * adding `newMrr` of monthly recurring revenue every month for `months` months, as one row: revenue recognised over the period, and the exit run-rate ARR (two different goals, never to be confused).
 *
 * @param {number|string} newMrr
 * @param {number|string} months
 * @param {number|string} churn
 * @return the KPI
 * @customfunction
 */
function KPI_RECURRING_REVENUE(newMrr, months, churn) {
  return FunnelMath.sheets.KPI_RECURRING_REVENUE(newMrr, months, churn);
}
/**
 * connection requests accepted / sent.
 *
 * @param {number|string} sent
 * @param {number|string} accepted
 * @return the KPI
 * @customfunction
 */
function KPI_ACCEPTANCE_RATE(sent, accepted) {
  return FunnelMath.sheets.KPI_ACCEPTANCE_RATE(sent, accepted);
}
/**
 * personalised touches / all touches.
 *
 * @param {number|string} personalized
 * @param {number|string} generic
 * @return the KPI
 * @customfunction
 */
function KPI_PERSONALIZATION_SHARE(personalized, generic) {
  return FunnelMath.sheets.KPI_PERSONALIZATION_SHARE(personalized, generic);
}
/**
 * shares, comments and likes per post, as one row.
 *
 * @param {number|string} posts
 * @param {number|string} shares
 * @param {number|string} comments
 * @param {number|string} likes
 * @return the KPI
 * @customfunction
 */
function KPI_ENGAGEMENT_PER_POST(posts, shares, comments, likes) {
  return FunnelMath.sheets.KPI_ENGAGEMENT_PER_POST(posts, shares, comments, likes);
}

/**
 * The confidence interval of a conversion rate, as one row: lower, upper.
 *
 * @param {number} successes how many converted
 * @param {number} trials how many tried
 * @param {number} level confidence level, default 0.95
 * @param {string} method "wilson" (default), "jeffreys", "clopper-pearson" or "agresti-coull"
 * @return lower and upper bound
 * @customfunction
 */
function RATE_CI(successes, trials, level, method) {
  return FunnelMath.sheets.RATE_CI(successes, trials, level, method);
}
