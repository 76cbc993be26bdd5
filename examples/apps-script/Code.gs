/**
 * Custom functions for Google Sheets, backed by funnel-math.
 *
 * Setup: in Extensions → Apps Script, add a script file named "funnel-math" and paste the contents
 * of dist/funnel-math.global.js into it (it defines the global FunnelMath); then add this file.
 * Errors show in the cell as "#FUNNEL! <what to fix>".
 *
 * Ranges keep their positions: an empty cell between values is an error naming it ("Row 2 of rates
 * is empty"); empty cells after the last value of a range are left out, so a range can be selected
 * with room to grow. Every value may also be a column (one row per rep, month or campaign), and the
 * result spills one row per row.
 *
 * Dates: Google Sheets passes a date cell as the moment of its midnight in the spreadsheet's time
 * zone (File → Settings → Time zone). The functions below pass that zone to FunnelMath, so a date is
 * read as the day the cell shows whatever the script's own zone is (the "timeZone" of
 * appsscript.json, which only the Dates a script makes for itself are in).
 */

/** The spreadsheet's time zone, in which date cells are read. */
function sheetTimeZone_() {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}

/**
 * The activity a goal needs at every stage (the reverse funnel), top stage first; with a column of goals, one row per goal.
 *
 * @param {number|string|Date|Array<Array<*>>} goal outcomes wanted at the last stage, such as 50, or a column of them (one per rep)
 * @param {number|string|Date|Array<Array<*>>} rates the stage rates in funnel order, such as 15% and 1/3: a column or a row serving every goal, or one row per goal
 * @param {string} rounding "each-stage" (default: every stage rounded up) or "once"
 * @return required counts: a column, or one row per goal
 * @customfunction
 */
function FUNNEL_REQUIRED(goal, rates, rounding) {
  return FunnelMath.sheets.FUNNEL_REQUIRED(goal, rates, rounding);
}

/**
 * Conversion rates from stage counts: count, share of the previous stage, share of the first.
 *
 * @param {number|string|Date|Array<Array<*>>} counts the count at each stage, top first, as a column or a row (empty cells after the last are left out)
 * @return one row per stage (format the rates as percent)
 * @customfunction
 */
function FUNNEL_RATES(counts) {
  return FunnelMath.sheets.FUNNEL_RATES(counts);
}

/**
 * A total spread over the working days (Monday to Friday, minus holidays) from start to end, rounded up: 1000 calls in November is 48 a day.
 *
 * @param {number|string|Date|Array<Array<*>>} total the whole number to spread, or a column of them
 * @param {number|string|Date|Array<Array<*>>} start the first day: a date, or text such as 2026-11-01; or a column of them
 * @param {number|string|Date|Array<Array<*>>} end the last day, included; or a column of them
 * @param {number|string|Date|Array<Array<*>>} holidays a range of dates off
 * @return the daily figure, or a column of them
 * @customfunction
 */
function FUNNEL_PER_DAY(total, start, end, holidays) {
  return FunnelMath.sheets.FUNNEL_PER_DAY(total, start, end, holidays, sheetTimeZone_());
}

/**
 * Checks a SMART goal with numbers: the verdict, then one row per finding.
 *
 * @param {number|string|Date|Array<Array<*>>} goal two columns, field and value: title, metric, target (+10%, 5000000, below 1%), unit, baseline, baseline period, start, deadline, owner, method, check-in
 * @param {number|string|Date|Array<Array<*>>} history two columns, past period (2024, 2025-Q3) and value, oldest first
 * @return verdict and findings
 * @customfunction
 */
function FUNNEL_GOAL_CHECK(goal, history) {
  return FunnelMath.sheets.FUNNEL_GOAL_CHECK(goal, history, sheetTimeZone_());
}

/**
 * How far the result has come from the baseline to the target, as a fraction (format as percent).
 *
 * @param {number|string|Date|Array<Array<*>>} actual the result so far, or a column of them
 * @param {number|string|Date|Array<Array<*>>} target the target: a number, or +10% with a baseline; or a column of them
 * @param {number|string|Date|Array<Array<*>>} baseline where the goal started (default 0), or a column of them
 * @return attainment
 * @customfunction
 */
function FUNNEL_ATTAINMENT(actual, target, baseline) {
  return FunnelMath.sheets.FUNNEL_ATTAINMENT(actual, target, baseline);
}

/**
 * Will we make the quarter? What the open pipeline wins in the period, deal by deal: expected amount, weighted pipeline, P10/P50/P90 and the chance of reaching the quota.
 *
 * @param {number|string|Date|Array<Array<*>>} deals a range whose first row names the columns: id, amount, stage, and optionally status (open, won, lost), probability, closed at, rep, category
 * @param {number|string|Date|Array<Array<*>>} asOf the day the pipeline is looked at, such as 2026-11-02
 * @param {number|string|Date|Array<Array<*>>} period "month", "quarter" or "year" (the fiscal one containing asOf), or the period's last day
 * @param {number|string|Date|Array<Array<*>>} probabilities two columns: stage and its probability of winning in the period, such as 20%
 * @param {number|string|Date|Array<Array<*>>} quota the amount to reach in the period (adds the chance of reaching it and the gap)
 * @param {number|string|Date|Array<Array<*>>} fiscalYearStart the first month of the fiscal year, 1 to 12 (default 1, January)
 * @return rows of label and value; a bound-only figure as "between X and Y"
 * @customfunction
 */
function FUNNEL_FORECAST(deals, asOf, period, probabilities, quota, fiscalYearStart) {
  return FunnelMath.sheets.FUNNEL_FORECAST(deals, asOf, period, probabilities, quota, fiscalYearStart, sheetTimeZone_());
}

/**
 * Sales capacity month by month: headcount, expected headcount after attrition, ramped rep equivalents and capacity.
 *
 * @param {number|string|Date|Array<Array<*>>} reps a range whose first row names the columns id, start and optionally end
 * @param {number|string|Date|Array<Array<*>>} ramp the share of full productivity in months 1, 2, ... of tenure, such as 25%, 50%, 75%; 100% after it
 * @param {number|string|Date|Array<Array<*>>} quotaPerRep the quota of a fully ramped rep, per month (or per quotaPer)
 * @param {number|string|Date|Array<Array<*>>} from the first month, such as 2026-01, or any day of it
 * @param {number|string|Date|Array<Array<*>>} months how many months to plan
 * @param {number|string|Date|Array<Array<*>>} attainment the expected share of quota reached (default 100%)
 * @param {number|string|Date|Array<Array<*>>} attrition the monthly share of reps who leave (default 0)
 * @param {number|string|Date|Array<Array<*>>} backfillDelayMonths months a leaver's seat stays empty before a replacement starts (empty: not replaced)
 * @param {number|string|Date|Array<Array<*>>} hires a range whose first row names the columns start and optionally count: planned hires
 * @param {string} quotaPer the period quotaPerRep is given for: "month" (default), "quarter" or "year"
 * @return a header row, one row per month, then the totals
 * @customfunction
 */
function FUNNEL_CAPACITY(reps, ramp, quotaPerRep, from, months, attainment, attrition, backfillDelayMonths, hires, quotaPer) {
  return FunnelMath.sheets.FUNNEL_CAPACITY(reps, ramp, quotaPerRep, from, months, attainment, attrition, backfillDelayMonths, hires, quotaPer, sheetTimeZone_());
}

/**
 * The fewest new hires, and the latest month they can start, for capacity to reach a goal by a deadline; or the reason no number of hires can.
 *
 * @param {number|string|Date|Array<Array<*>>} goal the capacity to reach: the deadline month's, or the total through it (measure "through-deadline")
 * @param {number|string|Date|Array<Array<*>>} deadline the month by which capacity must reach the goal, such as 2026-06
 * @param {number|string|Date|Array<Array<*>>} reps a range whose first row names the columns id, start and optionally end
 * @param {number|string|Date|Array<Array<*>>} ramp the share of full productivity in months 1, 2, ... of tenure; 100% after it
 * @param {number|string|Date|Array<Array<*>>} quotaPerRep the quota of a fully ramped rep, per month (or per quotaPer)
 * @param {number|string|Date|Array<Array<*>>} from the first month of the plan, such as 2026-01
 * @param {number|string|Date|Array<Array<*>>} attainment the expected share of quota reached (default 100%)
 * @param {number|string|Date|Array<Array<*>>} attrition the monthly share of reps who leave (default 0)
 * @param {number|string|Date|Array<Array<*>>} backfillDelayMonths months a leaver's seat stays empty before a replacement starts (empty: not replaced)
 * @param {number|string|Date|Array<Array<*>>} hires a range whose first row names the columns start and optionally count: hires already planned
 * @param {string} quotaPer the period quotaPerRep is given for: "month" (default), "quarter" or "year"
 * @param {string} measure "month" (default: the deadline month's capacity) or "through-deadline" (the total from the first month)
 * @param {number|string|Date|Array<Array<*>>} hireFrom the earliest month new hires can start (default: the first month)
 * @return hires, latest start and capacity without and with them; or the reason no number of hires reaches the goal
 * @customfunction
 */
function FUNNEL_HIRES_NEEDED(goal, deadline, reps, ramp, quotaPerRep, from, attainment, attrition, backfillDelayMonths, hires, quotaPer, measure, hireFrom) {
  return FunnelMath.sheets.FUNNEL_HIRES_NEEDED(goal, deadline, reps, ramp, quotaPerRep, from, attainment, attrition, backfillDelayMonths, hires, quotaPer, measure, hireFrom, sheetTimeZone_());
}

/**
 * Won deals as a share of decided deals (default) or of all deals, open ones included (format as percent).
 *
 * @param {number|string|Date|Array<Array<*>>} won deals won, or a column of them
 * @param {number|string|Date|Array<Array<*>>} lost deals lost, or a column of them
 * @param {number|string|Date|Array<Array<*>>} open deals still open (counted only with denominator "all"), or a column of them
 * @param {string} denominator "decided" (default: won + lost) or "all" (won + lost + open)
 * @return the win rate, or a column of them
 * @customfunction
 */
function KPI_WIN_RATE(won, lost, open, denominator) {
  return FunnelMath.sheets.KPI_WIN_RATE(won, lost, open, denominator);
}

/**
 * Lost deals as a share of decided deals (default) or of all deals (format as percent).
 *
 * @param {number|string|Date|Array<Array<*>>} won deals won, or a column of them
 * @param {number|string|Date|Array<Array<*>>} lost deals lost, or a column of them
 * @param {number|string|Date|Array<Array<*>>} open deals still open (counted only with denominator "all"), or a column of them
 * @param {string} denominator "decided" (default: won + lost) or "all" (won + lost + open)
 * @return the loss rate, or a column of them
 * @customfunction
 */
function KPI_LOSS_RATE(won, lost, open, denominator) {
  return FunnelMath.sheets.KPI_LOSS_RATE(won, lost, open, denominator);
}

/**
 * Mean, median and trimmed mean of a range of deal amounts, as one row.
 *
 * @param {number|string|Date|Array<Array<*>>} amounts the deal amounts, a column or a row (empty cells after the last are left out)
 * @param {number} trim the share trimmed from each end for the trimmed mean (default 0.1)
 * @return mean, median, trimmed mean
 * @customfunction
 */
function KPI_AVERAGE_DEAL_SIZE(amounts, trim) {
  return FunnelMath.sheets.KPI_AVERAGE_DEAL_SIZE(amounts, trim);
}

/**
 * Revenue per day the pipeline produces: opportunities × win rate × deal size / cycle days.
 *
 * @param {number|string|Date|Array<Array<*>>} opportunities open opportunities, or a column of them
 * @param {number|string|Date|Array<Array<*>>} rate the win rate, such as 25%; or a column of them
 * @param {number|string|Date|Array<Array<*>>} averageDealSize the average deal size, or a column of them
 * @param {number|string|Date|Array<Array<*>>} cycleDays the sales cycle in days, or a column of them
 * @return revenue per day, or a column of them
 * @customfunction
 */
function KPI_PIPELINE_VELOCITY(opportunities, rate, averageDealSize, cycleDays) {
  return FunnelMath.sheets.KPI_PIPELINE_VELOCITY(opportunities, rate, averageDealSize, cycleDays);
}

/**
 * The sum of amount × probability over open deals, the two ranges row by row.
 *
 * @param {number|string|Date|Array<Array<*>>} amounts the open deals' amounts, a column
 * @param {number|string|Date|Array<Array<*>>} probabilities each deal's probability to close, such as 20%, in the same rows
 * @return the weighted pipeline
 * @customfunction
 */
function KPI_WEIGHTED_PIPELINE(amounts, probabilities) {
  return FunnelMath.sheets.KPI_WEIGHTED_PIPELINE(amounts, probabilities);
}

/**
 * Open pipeline as a multiple of quota (3 means 3×).
 *
 * @param {number|string|Date|Array<Array<*>>} openPipeline the value of the open pipeline, or a column of them
 * @param {number|string|Date|Array<Array<*>>} quota the quota for the period, or a column of them
 * @return the coverage, or a column of them
 * @customfunction
 */
function KPI_PIPELINE_COVERAGE(openPipeline, quota) {
  return FunnelMath.sheets.KPI_PIPELINE_COVERAGE(openPipeline, quota);
}

/**
 * Customers lost in the period as a share of the customers at its start.
 *
 * @param {number|string|Date|Array<Array<*>>} atStart customers at the start of the period, or a column of them
 * @param {number|string|Date|Array<Array<*>>} lost customers lost during the period, or a column of them
 * @return the churn rate, or a column of them
 * @customfunction
 */
function KPI_CHURN_RATE(atStart, lost) {
  return FunnelMath.sheets.KPI_CHURN_RATE(atStart, lost);
}

/**
 * Customer lifetime value: ARPA × gross margin / churn, or summed over a horizon.
 *
 * @param {number|string|Date|Array<Array<*>>} arpa average revenue per account per period, or a column of them
 * @param {number|string|Date|Array<Array<*>>} grossMargin the gross margin, such as 80%; or a column of them
 * @param {number|string|Date|Array<Array<*>>} churn the churn per period, such as 2%; or a column of them
 * @param {number|string|Date|Array<Array<*>>} horizon the number of periods to sum over (needed when churn is 0), or a column of them
 * @return the lifetime value, or a column of them
 * @customfunction
 */
function KPI_LTV(arpa, grossMargin, churn, horizon) {
  return FunnelMath.sheets.KPI_LTV(arpa, grossMargin, churn, horizon);
}

/**
 * Customer acquisition cost: sales and marketing spend per new customer.
 *
 * @param {number|string|Date|Array<Array<*>>} spend sales and marketing spend in the period, or a column of them
 * @param {number|string|Date|Array<Array<*>>} newCustomers customers won in the period, or a column of them
 * @return the CAC, or a column of them
 * @customfunction
 */
function KPI_CAC(spend, newCustomers) {
  return FunnelMath.sheets.KPI_CAC(spend, newCustomers);
}

/**
 * The LTV:CAC ratio (3.2 means 3.2 : 1).
 *
 * @param {number|string|Date|Array<Array<*>>} ltv the customer lifetime value, or a column of them
 * @param {number|string|Date|Array<Array<*>>} cac the customer acquisition cost, or a column of them
 * @return the ratio, or a column of them
 * @customfunction
 */
function KPI_LTV_TO_CAC(ltv, cac) {
  return FunnelMath.sheets.KPI_LTV_TO_CAC(ltv, cac);
}

/**
 * Months of (gross-margin) revenue it takes to earn back the acquisition cost.
 *
 * @param {number|string|Date|Array<Array<*>>} cac the customer acquisition cost, or a column of them
 * @param {number|string|Date|Array<Array<*>>} arpa average monthly revenue per account, or a column of them
 * @param {number|string|Date|Array<Array<*>>} grossMargin the gross margin, such as 80% (default 100%), or a column of them
 * @return months, or a column of them
 * @customfunction
 */
function KPI_CAC_PAYBACK_MONTHS(cac, arpa, grossMargin) {
  return FunnelMath.sheets.KPI_CAC_PAYBACK_MONTHS(cac, arpa, grossMargin);
}

/**
 * Period-over-period growth: (current − previous) / previous.
 *
 * @param {number|string|Date|Array<Array<*>>} previous the value of the previous period, or a column of them
 * @param {number|string|Date|Array<Array<*>>} current the value of this period, or a column of them
 * @return the growth rate, or a column of them
 * @customfunction
 */
function KPI_GROWTH_RATE(previous, current) {
  return FunnelMath.sheets.KPI_GROWTH_RATE(previous, current);
}

/**
 * The steady growth per period that turns start into end: (end / start)^(1 / periods) − 1.
 *
 * @param {number|string|Date|Array<Array<*>>} start the value at the start, or a column of them
 * @param {number|string|Date|Array<Array<*>>} end the value at the end, or a column of them
 * @param {number|string|Date|Array<Array<*>>} periods the number of periods between them, or a column of them
 * @return the growth per period, or a column of them
 * @customfunction
 */
function KPI_COMPOUND_GROWTH_RATE(start, end, periods) {
  return FunnelMath.sheets.KPI_COMPOUND_GROWTH_RATE(start, end, periods);
}

/**
 * Whole units to sell to cover the fixed costs.
 *
 * @param {number|string|Date|Array<Array<*>>} fixedCosts the fixed costs, or a column of them
 * @param {number|string|Date|Array<Array<*>>} price the price per unit, or a column of them
 * @param {number|string|Date|Array<Array<*>>} variableCost the variable cost per unit, or a column of them
 * @return units, or a column of them
 * @customfunction
 */
function KPI_BREAK_EVEN_UNITS(fixedCosts, price, variableCost) {
  return FunnelMath.sheets.KPI_BREAK_EVEN_UNITS(fixedCosts, price, variableCost);
}

/**
 * The revenue that covers the fixed costs.
 *
 * @param {number|string|Date|Array<Array<*>>} fixedCosts the fixed costs, or a column of them
 * @param {number|string|Date|Array<Array<*>>} contributionMarginRatio the contribution margin ratio, such as 40%; or a column of them
 * @return revenue, or a column of them
 * @customfunction
 */
function KPI_BREAK_EVEN_REVENUE(fixedCosts, contributionMarginRatio) {
  return FunnelMath.sheets.KPI_BREAK_EVEN_REVENUE(fixedCosts, contributionMarginRatio);
}

/**
 * Adding new monthly recurring revenue every month: the revenue recognised over the months and the exit run-rate ARR, as one row.
 *
 * @param {number|string|Date|Array<Array<*>>} newMrr new monthly recurring revenue added each month, or a column of them
 * @param {number|string|Date|Array<Array<*>>} months the number of months, or a column of them
 * @param {number|string|Date|Array<Array<*>>} churn the monthly revenue churn, such as 2% (default 0), or a column of them
 * @return recognised revenue, exit ARR
 * @customfunction
 */
function KPI_RECURRING_REVENUE(newMrr, months, churn) {
  return FunnelMath.sheets.KPI_RECURRING_REVENUE(newMrr, months, churn);
}

/**
 * Connection requests accepted as a share of those sent.
 *
 * @param {number|string|Date|Array<Array<*>>} sent requests sent, or a column of them
 * @param {number|string|Date|Array<Array<*>>} accepted requests accepted, or a column of them
 * @return the acceptance rate, or a column of them
 * @customfunction
 */
function KPI_ACCEPTANCE_RATE(sent, accepted) {
  return FunnelMath.sheets.KPI_ACCEPTANCE_RATE(sent, accepted);
}

/**
 * Personalised touches as a share of all touches.
 *
 * @param {number|string|Date|Array<Array<*>>} personalized personalised emails or messages, or a column of them
 * @param {number|string|Date|Array<Array<*>>} generic generic ones, or a column of them
 * @return the share, or a column of them
 * @customfunction
 */
function KPI_PERSONALIZATION_SHARE(personalized, generic) {
  return FunnelMath.sheets.KPI_PERSONALIZATION_SHARE(personalized, generic);
}

/**
 * Shares, comments and likes per post, as one row.
 *
 * @param {number|string|Date|Array<Array<*>>} posts posts published, or a column of them
 * @param {number|string|Date|Array<Array<*>>} shares shares received, or a column of them
 * @param {number|string|Date|Array<Array<*>>} comments comments received, or a column of them
 * @param {number|string|Date|Array<Array<*>>} likes likes received, or a column of them
 * @return shares, comments and likes per post
 * @customfunction
 */
function KPI_ENGAGEMENT_PER_POST(posts, shares, comments, likes) {
  return FunnelMath.sheets.KPI_ENGAGEMENT_PER_POST(posts, shares, comments, likes);
}

/**
 * The confidence interval of a conversion rate, as one row: lower, upper (one row per row of columns).
 *
 * @param {number|string|Date|Array<Array<*>>} successes how many converted, or a column of them
 * @param {number|string|Date|Array<Array<*>>} trials how many tried, or a column of them
 * @param {number|string|Date|Array<Array<*>>} level the confidence level, such as 95% (default), or a column of them
 * @param {number|string|Date|Array<Array<*>>} method "wilson" (default), "jeffreys", "clopper-pearson" or "agresti-coull"
 * @return lower and upper bound
 * @customfunction
 */
function RATE_CI(successes, trials, level, method) {
  return FunnelMath.sheets.RATE_CI(successes, trials, level, method);
}
