/**
 * Custom functions for Excel (Office add-in), backed by funnel-math: the same functions as the
 * Google Sheets example, named FUNNEL.REQUIRED, FUNNEL.PER_DAY, FUNNEL.KPI_WIN_RATE, ... (the
 * namespace is set in manifest.xml). Load dist/funnel-math.global.js (global FunnelMath) before this
 * file; build.mjs writes both into one script and generates functions.json from the comments below.
 *
 * Every result is a matrix (one value spills one cell). An error is a real Excel error that ISERROR
 * and IFERROR see: #VALUE! for a value to fix, #N/A for a quantity undefined for these inputs, with
 * the reason as its message. Dates are Excel dates (serial numbers) or text such as 2026-11-01.
 */

/* global FunnelMath, CustomFunctions */
const excel = FunnelMath.sheets.createExcelFunctions(typeof CustomFunctions === 'undefined' ? undefined : CustomFunctions);

/**
 * The activity a goal needs at every stage (the reverse funnel), top stage first; with a column of goals, one row per goal.
 * @customfunction FUNNEL_REQUIRED REQUIRED
 * @param {any[][]} goal Outcomes wanted at the last stage, such as 50, or a column of them (one per rep).
 * @param {any[][]} rates The stage rates in funnel order, such as 15% and 1/3: a column or a row serving every goal, or one row per goal.
 * @param {string} [rounding] "each-stage" (default: every stage rounded up) or "once".
 * @returns {any[][]} Required counts: a column, or one row per goal.
 */
function FUNNEL_REQUIRED(goal, rates, rounding) {
  return excel.FUNNEL_REQUIRED(goal, rates, rounding);
}

/**
 * Conversion rates from stage counts: count, share of the previous stage, share of the first.
 * @customfunction FUNNEL_RATES RATES
 * @param {any[][]} counts The count at each stage, top first, as a column or a row (empty cells after the last are left out).
 * @returns {any[][]} One row per stage (format the rates as percent).
 */
function FUNNEL_RATES(counts) {
  return excel.FUNNEL_RATES(counts);
}

/**
 * A total spread over the working days (Monday to Friday, minus holidays) from start to end, rounded up: 1000 calls in November is 48 a day.
 * @customfunction FUNNEL_PER_DAY PER_DAY
 * @param {any[][]} total The whole number to spread, or a column of them.
 * @param {any[][]} start The first day: a date, or text such as 2026-11-01; or a column of them.
 * @param {any[][]} end The last day, included; or a column of them.
 * @param {any[][]} [holidays] A range of dates off.
 * @returns {any[][]} The daily figure, or a column of them.
 */
function FUNNEL_PER_DAY(total, start, end, holidays) {
  return excel.FUNNEL_PER_DAY(total, start, end, holidays);
}

/**
 * Checks a SMART goal with numbers: the verdict, then one row per finding.
 * @customfunction FUNNEL_GOAL_CHECK GOAL_CHECK
 * @param {any[][]} goal Two columns, field and value: title, metric, target (+10%, 5000000, below 1%), unit, baseline, baseline period, start, deadline, owner, method, check-in.
 * @param {any[][]} [history] Two columns, past period (2024, 2025-Q3) and value, oldest first.
 * @returns {any[][]} Verdict and findings.
 */
function FUNNEL_GOAL_CHECK(goal, history) {
  return excel.FUNNEL_GOAL_CHECK(goal, history);
}

/**
 * How far the result has come from the baseline to the target, as a fraction (format as percent).
 * @customfunction FUNNEL_ATTAINMENT ATTAINMENT
 * @param {any[][]} actual The result so far, or a column of them.
 * @param {any[][]} target The target: a number, or +10% with a baseline; or a column of them.
 * @param {any[][]} [baseline] Where the goal started (default 0), or a column of them.
 * @returns {any[][]} Attainment.
 */
function FUNNEL_ATTAINMENT(actual, target, baseline) {
  return excel.FUNNEL_ATTAINMENT(actual, target, baseline);
}

/**
 * Will we make the quarter? What the open pipeline wins in the period, deal by deal: expected amount, weighted pipeline, P10/P50/P90 and the chance of reaching the quota.
 * @customfunction FUNNEL_FORECAST FORECAST
 * @param {any[][]} deals A range whose first row names the columns: id, amount, stage, and optionally status (open, won, lost), probability, closed at, rep, category.
 * @param {any[][]} asOf The day the pipeline is looked at: a date, or text such as 2026-11-02.
 * @param {any[][]} period "month", "quarter" or "year" (the fiscal one containing asOf), or the period's last day.
 * @param {any[][]} probabilities Two columns: stage and its probability of winning in the period, such as 20%.
 * @param {any[][]} [quota] The amount to reach in the period (adds the chance of reaching it and the gap).
 * @param {any[][]} [fiscalYearStart] The first month of the fiscal year, 1 to 12 (default 1, January).
 * @returns {any[][]} Rows of label and value; a bound-only figure as "between X and Y".
 */
function FUNNEL_FORECAST(deals, asOf, period, probabilities, quota, fiscalYearStart) {
  return excel.FUNNEL_FORECAST(deals, asOf, period, probabilities, quota, fiscalYearStart);
}

/**
 * Sales capacity month by month: headcount, expected headcount after attrition, ramped rep equivalents and capacity.
 * @customfunction FUNNEL_CAPACITY CAPACITY
 * @param {any[][]} reps A range whose first row names the columns id, start and optionally end.
 * @param {any[][]} ramp The share of full productivity in months 1, 2, ... of tenure, such as 25%, 50%, 75%; 100% after it.
 * @param {any[][]} quotaPerRep The quota of a fully ramped rep, per month (or per quotaPer).
 * @param {any[][]} from The first month, such as 2026-01, or any day of it.
 * @param {any[][]} months How many months to plan.
 * @param {any[][]} [attainment] The expected share of quota reached (default 100%).
 * @param {any[][]} [attrition] The monthly share of reps who leave (default 0).
 * @param {any[][]} [backfillDelayMonths] Months a leaver's seat stays empty before a replacement starts (empty: not replaced).
 * @param {any[][]} [hires] A range whose first row names the columns start and optionally count: planned hires.
 * @param {string} [quotaPer] The period quotaPerRep is given for: "month" (default), "quarter" or "year".
 * @returns {any[][]} A header row, one row per month, then the totals.
 */
function FUNNEL_CAPACITY(reps, ramp, quotaPerRep, from, months, attainment, attrition, backfillDelayMonths, hires, quotaPer) {
  return excel.FUNNEL_CAPACITY(reps, ramp, quotaPerRep, from, months, attainment, attrition, backfillDelayMonths, hires, quotaPer);
}

/**
 * The fewest new hires, and the latest month they can start, for capacity to reach a goal by a deadline; or the reason no number of hires can.
 * @customfunction FUNNEL_HIRES_NEEDED HIRES_NEEDED
 * @param {any[][]} goal The capacity to reach: the deadline month's, or the total through it (measure "through-deadline").
 * @param {any[][]} deadline The month by which capacity must reach the goal, such as 2026-06.
 * @param {any[][]} reps A range whose first row names the columns id, start and optionally end.
 * @param {any[][]} ramp The share of full productivity in months 1, 2, ... of tenure; 100% after it.
 * @param {any[][]} quotaPerRep The quota of a fully ramped rep, per month (or per quotaPer).
 * @param {any[][]} from The first month of the plan, such as 2026-01.
 * @param {any[][]} [attainment] The expected share of quota reached (default 100%).
 * @param {any[][]} [attrition] The monthly share of reps who leave (default 0).
 * @param {any[][]} [backfillDelayMonths] Months a leaver's seat stays empty before a replacement starts (empty: not replaced).
 * @param {any[][]} [hires] A range whose first row names the columns start and optionally count: hires already planned.
 * @param {string} [quotaPer] The period quotaPerRep is given for: "month" (default), "quarter" or "year".
 * @param {string} [measure] "month" (default: the deadline month's capacity) or "through-deadline" (the total from the first month).
 * @param {any[][]} [hireFrom] The earliest month new hires can start (default: the first month).
 * @returns {any[][]} Hires, latest start and capacity without and with them; or the reason no number of hires reaches the goal.
 */
function FUNNEL_HIRES_NEEDED(goal, deadline, reps, ramp, quotaPerRep, from, attainment, attrition, backfillDelayMonths, hires, quotaPer, measure, hireFrom) {
  return excel.FUNNEL_HIRES_NEEDED(goal, deadline, reps, ramp, quotaPerRep, from, attainment, attrition, backfillDelayMonths, hires, quotaPer, measure, hireFrom);
}

/**
 * Won deals as a share of decided deals (default) or of all deals, open ones included (format as percent).
 * @customfunction KPI_WIN_RATE KPI_WIN_RATE
 * @param {any[][]} won Deals won, or a column of them.
 * @param {any[][]} lost Deals lost, or a column of them.
 * @param {any[][]} [open] Deals still open (counted only with denominator "all"), or a column of them.
 * @param {string} [denominator] "decided" (default: won + lost) or "all" (won + lost + open).
 * @returns {any[][]} The win rate, or a column of them.
 */
function KPI_WIN_RATE(won, lost, open, denominator) {
  return excel.KPI_WIN_RATE(won, lost, open, denominator);
}

/**
 * Lost deals as a share of decided deals (default) or of all deals (format as percent).
 * @customfunction KPI_LOSS_RATE KPI_LOSS_RATE
 * @param {any[][]} won Deals won, or a column of them.
 * @param {any[][]} lost Deals lost, or a column of them.
 * @param {any[][]} [open] Deals still open (counted only with denominator "all"), or a column of them.
 * @param {string} [denominator] "decided" (default: won + lost) or "all" (won + lost + open).
 * @returns {any[][]} The loss rate, or a column of them.
 */
function KPI_LOSS_RATE(won, lost, open, denominator) {
  return excel.KPI_LOSS_RATE(won, lost, open, denominator);
}

/**
 * Mean, median and trimmed mean of a range of deal amounts, as one row.
 * @customfunction KPI_AVERAGE_DEAL_SIZE KPI_AVERAGE_DEAL_SIZE
 * @param {any[][]} amounts The deal amounts, a column or a row (empty cells after the last are left out).
 * @param {number} [trim] The share trimmed from each end for the trimmed mean (default 0.1).
 * @returns {any[][]} Mean, median, trimmed mean.
 */
function KPI_AVERAGE_DEAL_SIZE(amounts, trim) {
  return excel.KPI_AVERAGE_DEAL_SIZE(amounts, trim);
}

/**
 * Revenue per day the pipeline produces: opportunities × win rate × deal size / cycle days.
 * @customfunction KPI_PIPELINE_VELOCITY KPI_PIPELINE_VELOCITY
 * @param {any[][]} opportunities Open opportunities, or a column of them.
 * @param {any[][]} rate The win rate, such as 25%; or a column of them.
 * @param {any[][]} averageDealSize The average deal size, or a column of them.
 * @param {any[][]} cycleDays The sales cycle in days, or a column of them.
 * @returns {any[][]} Revenue per day, or a column of them.
 */
function KPI_PIPELINE_VELOCITY(opportunities, rate, averageDealSize, cycleDays) {
  return excel.KPI_PIPELINE_VELOCITY(opportunities, rate, averageDealSize, cycleDays);
}

/**
 * The sum of amount × probability over open deals, the two ranges row by row.
 * @customfunction KPI_WEIGHTED_PIPELINE KPI_WEIGHTED_PIPELINE
 * @param {any[][]} amounts The open deals' amounts, a column.
 * @param {any[][]} probabilities Each deal's probability to close, such as 20%, in the same rows.
 * @returns {any[][]} The weighted pipeline.
 */
function KPI_WEIGHTED_PIPELINE(amounts, probabilities) {
  return excel.KPI_WEIGHTED_PIPELINE(amounts, probabilities);
}

/**
 * Open pipeline as a multiple of quota (3 means 3×).
 * @customfunction KPI_PIPELINE_COVERAGE KPI_PIPELINE_COVERAGE
 * @param {any[][]} openPipeline The value of the open pipeline, or a column of them.
 * @param {any[][]} quota The quota for the period, or a column of them.
 * @returns {any[][]} The coverage, or a column of them.
 */
function KPI_PIPELINE_COVERAGE(openPipeline, quota) {
  return excel.KPI_PIPELINE_COVERAGE(openPipeline, quota);
}

/**
 * Customers lost in the period as a share of the customers at its start.
 * @customfunction KPI_CHURN_RATE KPI_CHURN_RATE
 * @param {any[][]} atStart Customers at the start of the period, or a column of them.
 * @param {any[][]} lost Customers lost during the period, or a column of them.
 * @returns {any[][]} The churn rate, or a column of them.
 */
function KPI_CHURN_RATE(atStart, lost) {
  return excel.KPI_CHURN_RATE(atStart, lost);
}

/**
 * Customer lifetime value: ARPA × gross margin / churn, or summed over a horizon.
 * @customfunction KPI_LTV KPI_LTV
 * @param {any[][]} arpa Average revenue per account per period, or a column of them.
 * @param {any[][]} grossMargin The gross margin, such as 80%; or a column of them.
 * @param {any[][]} churn The churn per period, such as 2%; or a column of them.
 * @param {any[][]} [horizon] The number of periods to sum over (needed when churn is 0), or a column of them.
 * @returns {any[][]} The lifetime value, or a column of them.
 */
function KPI_LTV(arpa, grossMargin, churn, horizon) {
  return excel.KPI_LTV(arpa, grossMargin, churn, horizon);
}

/**
 * Customer acquisition cost: sales and marketing spend per new customer.
 * @customfunction KPI_CAC KPI_CAC
 * @param {any[][]} spend Sales and marketing spend in the period, or a column of them.
 * @param {any[][]} newCustomers Customers won in the period, or a column of them.
 * @returns {any[][]} The CAC, or a column of them.
 */
function KPI_CAC(spend, newCustomers) {
  return excel.KPI_CAC(spend, newCustomers);
}

/**
 * The LTV:CAC ratio (3.2 means 3.2 : 1).
 * @customfunction KPI_LTV_TO_CAC KPI_LTV_TO_CAC
 * @param {any[][]} ltv The customer lifetime value, or a column of them.
 * @param {any[][]} cac The customer acquisition cost, or a column of them.
 * @returns {any[][]} The ratio, or a column of them.
 */
function KPI_LTV_TO_CAC(ltv, cac) {
  return excel.KPI_LTV_TO_CAC(ltv, cac);
}

/**
 * Months of (gross-margin) revenue it takes to earn back the acquisition cost.
 * @customfunction KPI_CAC_PAYBACK_MONTHS KPI_CAC_PAYBACK_MONTHS
 * @param {any[][]} cac The customer acquisition cost, or a column of them.
 * @param {any[][]} arpa Average monthly revenue per account, or a column of them.
 * @param {any[][]} [grossMargin] The gross margin, such as 80% (default 100%), or a column of them.
 * @returns {any[][]} Months, or a column of them.
 */
function KPI_CAC_PAYBACK_MONTHS(cac, arpa, grossMargin) {
  return excel.KPI_CAC_PAYBACK_MONTHS(cac, arpa, grossMargin);
}

/**
 * Period-over-period growth: (current − previous) / previous.
 * @customfunction KPI_GROWTH_RATE KPI_GROWTH_RATE
 * @param {any[][]} previous The value of the previous period, or a column of them.
 * @param {any[][]} current The value of this period, or a column of them.
 * @returns {any[][]} The growth rate, or a column of them.
 */
function KPI_GROWTH_RATE(previous, current) {
  return excel.KPI_GROWTH_RATE(previous, current);
}

/**
 * The steady growth per period that turns start into end: (end / start)^(1 / periods) − 1.
 * @customfunction KPI_COMPOUND_GROWTH_RATE KPI_COMPOUND_GROWTH_RATE
 * @param {any[][]} start The value at the start, or a column of them.
 * @param {any[][]} end The value at the end, or a column of them.
 * @param {any[][]} periods The number of periods between them, or a column of them.
 * @returns {any[][]} The growth per period, or a column of them.
 */
function KPI_COMPOUND_GROWTH_RATE(start, end, periods) {
  return excel.KPI_COMPOUND_GROWTH_RATE(start, end, periods);
}

/**
 * Whole units to sell to cover the fixed costs.
 * @customfunction KPI_BREAK_EVEN_UNITS KPI_BREAK_EVEN_UNITS
 * @param {any[][]} fixedCosts The fixed costs, or a column of them.
 * @param {any[][]} price The price per unit, or a column of them.
 * @param {any[][]} variableCost The variable cost per unit, or a column of them.
 * @returns {any[][]} Units, or a column of them.
 */
function KPI_BREAK_EVEN_UNITS(fixedCosts, price, variableCost) {
  return excel.KPI_BREAK_EVEN_UNITS(fixedCosts, price, variableCost);
}

/**
 * The revenue that covers the fixed costs.
 * @customfunction KPI_BREAK_EVEN_REVENUE KPI_BREAK_EVEN_REVENUE
 * @param {any[][]} fixedCosts The fixed costs, or a column of them.
 * @param {any[][]} contributionMarginRatio The contribution margin ratio, such as 40%; or a column of them.
 * @returns {any[][]} Revenue, or a column of them.
 */
function KPI_BREAK_EVEN_REVENUE(fixedCosts, contributionMarginRatio) {
  return excel.KPI_BREAK_EVEN_REVENUE(fixedCosts, contributionMarginRatio);
}

/**
 * Adding new monthly recurring revenue every month: the revenue recognised over the months and the exit run-rate ARR, as one row.
 * @customfunction KPI_RECURRING_REVENUE KPI_RECURRING_REVENUE
 * @param {any[][]} newMrr New monthly recurring revenue added each month, or a column of them.
 * @param {any[][]} months The number of months, or a column of them.
 * @param {any[][]} [churn] The monthly revenue churn, such as 2% (default 0), or a column of them.
 * @returns {any[][]} Recognised revenue, exit ARR.
 */
function KPI_RECURRING_REVENUE(newMrr, months, churn) {
  return excel.KPI_RECURRING_REVENUE(newMrr, months, churn);
}

/**
 * Connection requests accepted as a share of those sent.
 * @customfunction KPI_ACCEPTANCE_RATE KPI_ACCEPTANCE_RATE
 * @param {any[][]} sent Requests sent, or a column of them.
 * @param {any[][]} accepted Requests accepted, or a column of them.
 * @returns {any[][]} The acceptance rate, or a column of them.
 */
function KPI_ACCEPTANCE_RATE(sent, accepted) {
  return excel.KPI_ACCEPTANCE_RATE(sent, accepted);
}

/**
 * Personalised touches as a share of all touches.
 * @customfunction KPI_PERSONALIZATION_SHARE KPI_PERSONALIZATION_SHARE
 * @param {any[][]} personalized Personalised emails or messages, or a column of them.
 * @param {any[][]} generic Generic ones, or a column of them.
 * @returns {any[][]} The share, or a column of them.
 */
function KPI_PERSONALIZATION_SHARE(personalized, generic) {
  return excel.KPI_PERSONALIZATION_SHARE(personalized, generic);
}

/**
 * Shares, comments and likes per post, as one row.
 * @customfunction KPI_ENGAGEMENT_PER_POST KPI_ENGAGEMENT_PER_POST
 * @param {any[][]} posts Posts published, or a column of them.
 * @param {any[][]} shares Shares received, or a column of them.
 * @param {any[][]} comments Comments received, or a column of them.
 * @param {any[][]} likes Likes received, or a column of them.
 * @returns {any[][]} Shares, comments and likes per post.
 */
function KPI_ENGAGEMENT_PER_POST(posts, shares, comments, likes) {
  return excel.KPI_ENGAGEMENT_PER_POST(posts, shares, comments, likes);
}

/**
 * The confidence interval of a conversion rate, as one row: lower, upper (one row per row of columns).
 * @customfunction RATE_CI RATE_CI
 * @param {any[][]} successes How many converted, or a column of them.
 * @param {any[][]} trials How many tried, or a column of them.
 * @param {any[][]} [level] The confidence level, such as 95% (default), or a column of them.
 * @param {any[][]} [method] "wilson" (default), "jeffreys", "clopper-pearson" or "agresti-coull".
 * @returns {any[][]} Lower and upper bound.
 */
function RATE_CI(successes, trials, level, method) {
  return excel.RATE_CI(successes, trials, level, method);
}

if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.associate === 'function') {
  CustomFunctions.associate('FUNNEL_REQUIRED', FUNNEL_REQUIRED);
  CustomFunctions.associate('FUNNEL_RATES', FUNNEL_RATES);
  CustomFunctions.associate('FUNNEL_PER_DAY', FUNNEL_PER_DAY);
  CustomFunctions.associate('FUNNEL_GOAL_CHECK', FUNNEL_GOAL_CHECK);
  CustomFunctions.associate('FUNNEL_ATTAINMENT', FUNNEL_ATTAINMENT);
  CustomFunctions.associate('FUNNEL_FORECAST', FUNNEL_FORECAST);
  CustomFunctions.associate('FUNNEL_CAPACITY', FUNNEL_CAPACITY);
  CustomFunctions.associate('FUNNEL_HIRES_NEEDED', FUNNEL_HIRES_NEEDED);
  CustomFunctions.associate('KPI_WIN_RATE', KPI_WIN_RATE);
  CustomFunctions.associate('KPI_LOSS_RATE', KPI_LOSS_RATE);
  CustomFunctions.associate('KPI_AVERAGE_DEAL_SIZE', KPI_AVERAGE_DEAL_SIZE);
  CustomFunctions.associate('KPI_PIPELINE_VELOCITY', KPI_PIPELINE_VELOCITY);
  CustomFunctions.associate('KPI_WEIGHTED_PIPELINE', KPI_WEIGHTED_PIPELINE);
  CustomFunctions.associate('KPI_PIPELINE_COVERAGE', KPI_PIPELINE_COVERAGE);
  CustomFunctions.associate('KPI_CHURN_RATE', KPI_CHURN_RATE);
  CustomFunctions.associate('KPI_LTV', KPI_LTV);
  CustomFunctions.associate('KPI_CAC', KPI_CAC);
  CustomFunctions.associate('KPI_LTV_TO_CAC', KPI_LTV_TO_CAC);
  CustomFunctions.associate('KPI_CAC_PAYBACK_MONTHS', KPI_CAC_PAYBACK_MONTHS);
  CustomFunctions.associate('KPI_GROWTH_RATE', KPI_GROWTH_RATE);
  CustomFunctions.associate('KPI_COMPOUND_GROWTH_RATE', KPI_COMPOUND_GROWTH_RATE);
  CustomFunctions.associate('KPI_BREAK_EVEN_UNITS', KPI_BREAK_EVEN_UNITS);
  CustomFunctions.associate('KPI_BREAK_EVEN_REVENUE', KPI_BREAK_EVEN_REVENUE);
  CustomFunctions.associate('KPI_RECURRING_REVENUE', KPI_RECURRING_REVENUE);
  CustomFunctions.associate('KPI_ACCEPTANCE_RATE', KPI_ACCEPTANCE_RATE);
  CustomFunctions.associate('KPI_PERSONALIZATION_SHARE', KPI_PERSONALIZATION_SHARE);
  CustomFunctions.associate('KPI_ENGAGEMENT_PER_POST', KPI_ENGAGEMENT_PER_POST);
  CustomFunctions.associate('RATE_CI', RATE_CI);
}
