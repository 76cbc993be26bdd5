import { enKpi } from '../messages/enKpi.js';
import { enSheets } from '../messages/enSheets.js';
import { readAmount } from '../input/number.js';
import { readShare } from '../input/rate.js';
import { ZERO, type Ratio } from '../numbers/ratio.js';
import { fail } from '../errors.js';
import { acceptanceRate } from '../kpi/acceptanceRate.js';
import { averageDealSize } from '../kpi/averageDealSize.js';
import { breakEvenRevenue } from '../kpi/breakEvenRevenue.js';
import { breakEvenUnits } from '../kpi/breakEvenUnits.js';
import { cac } from '../kpi/cac.js';
import { cacPaybackMonths } from '../kpi/cacPaybackMonths.js';
import { churnRate } from '../kpi/churnRate.js';
import { compoundGrowthRate } from '../kpi/compoundGrowthRate.js';
import { engagementPerPost } from '../kpi/engagementPerPost.js';
import { growthRate } from '../kpi/growthRate.js';
import { lossRate } from '../kpi/lossRate.js';
import { ltv } from '../kpi/ltv.js';
import { ltvToCac } from '../kpi/ltvToCac.js';
import { personalizationShare } from '../kpi/personalizationShare.js';
import { pipelineCoverage } from '../kpi/pipelineCoverage.js';
import { pipelineVelocity } from '../kpi/pipelineVelocity.js';
import { recurringRevenue } from '../kpi/recurringRevenue.js';
import { winRate } from '../kpi/winRate.js';
import { face, list, optional, sheet, single, spread, type CellInput, type CellOutput, type SheetResult } from './cells.js';

type Exact = { toNumber(): number };

/** A KPI's value for a cell: its number, or the reason it has none (as a `#FUNNEL!` message). */
function valueOf(result: { value: Exact | null; reason?: string | null }, what: string): number {
  return result.value === null ? undefinedResult(what, result.reason) : result.value.toNumber();
}

/** Throws `UNDEFINED_RESULT` for a KPI with no value, saying why (`'no-deals'` → "no deals"). */
function undefinedResult(kpi: string, reason: string | null | undefined, path: (string | number)[] = []): never {
  return fail('UNDEFINED_RESULT', { phrases: enKpi, subject: 'kpiResult', kpi, reason: reason?.replace(/-/g, ' ') }, path);
}

/**
 * A KPI's core: its arguments, named as the KPI's input and the formula help name them (a trailing
 * `?` marks one that may be left empty), each one value or a column; `compute` gets one row's
 * values as the KPI's input, empty ones left out.
 */
function kpi(names: string, compute: (input: Record<string, unknown>) => SheetResult): (...values: unknown[]) => SheetResult {
  const args = names.split(' ').map((name) => [name.replace('?', ''), name.endsWith('?')] as const);
  return (...values) =>
    sheet(() =>
      spread(
        args.map(([name, canBeEmpty], i) => [name, values[i], canBeEmpty]),
        (...row) => compute(Object.fromEntries(args.flatMap(([name], i) => (optional(row[i]) === undefined ? [] : [[name, row[i]]])))),
      ),
    );
}

/** The core of KPI_WIN_RATE. @internal */
export const kpiWinRate = /* @__PURE__ */ kpi('won lost open? denominator?', ({ denominator, ...counts }) => valueOf(winRate(counts as never, (denominator === undefined ? {} : { denominator }) as never), 'win rate'));

/**
 * `=KPI_WIN_RATE(won, lost, [open], [denominator])`: won deals as a share of decided deals
 * (`"decided"`, default) or of all deals (`"all"`, counting open ones). A fraction: format as percent.
 * @example
 * import { KPI_WIN_RATE } from 'funnel-math/sheets';
 * KPI_WIN_RATE(10, 5); // => 0.6666666666666666
 * KPI_WIN_RATE(10, 5, 45, 'all'); // => 0.16666666666666666
 * @category Spreadsheets
 */
export const KPI_WIN_RATE: (won: CellInput, lost: CellInput, open?: CellInput, denominator?: CellInput) => CellOutput = /* @__PURE__ */ face(kpiWinRate);

/** The core of KPI_LOSS_RATE. @internal */
export const kpiLossRate = /* @__PURE__ */ kpi('won lost open? denominator?', ({ denominator, ...counts }) => valueOf(lossRate(counts as never, (denominator === undefined ? {} : { denominator }) as never), 'loss rate'));

/**
 * `=KPI_LOSS_RATE(won, lost, [open], [denominator])`: lost deals as a share of decided (default) or all deals.
 * @example
 * import { KPI_LOSS_RATE } from 'funnel-math/sheets';
 * KPI_LOSS_RATE(10, 5); // => 0.3333333333333333
 * @category Spreadsheets
 */
export const KPI_LOSS_RATE: (won: CellInput, lost: CellInput, open?: CellInput, denominator?: CellInput) => CellOutput = /* @__PURE__ */ face(kpiLossRate);

/** The core of KPI_AVERAGE_DEAL_SIZE. @internal */
export function kpiAverageDealSize(amounts: unknown, trim?: unknown): SheetResult {
  return sheet(() => {
    const t = optional(single(trim));
    const a = averageDealSize(list(amounts, 'amounts') as never, (t === undefined ? {} : { trim: t }) as never);
    if (a.mean === null || a.median === null || a.trimmedMean === null) undefinedResult('deal size', 'no deals', ['amounts']);
    return [[a.mean.toNumber(), a.median.toNumber(), a.trimmedMean.toNumber()]];
  });
}

/**
 * `=KPI_AVERAGE_DEAL_SIZE(amounts, [trim])`: mean, median and trimmed mean (default trim 0.1 from
 * each end) of a range of deal amounts, as one row.
 * @example
 * import { KPI_AVERAGE_DEAL_SIZE } from 'funnel-math/sheets';
 * KPI_AVERAGE_DEAL_SIZE([[1000], [1200], [900], [50000]], 0.25); // => [[13275, 1100, 1100]]
 * @category Spreadsheets
 */
export const KPI_AVERAGE_DEAL_SIZE: (amounts: CellInput, trim?: CellInput) => CellOutput = /* @__PURE__ */ face(kpiAverageDealSize);

/** The core of KPI_PIPELINE_VELOCITY. @internal */
export const kpiPipelineVelocity = /* @__PURE__ */ kpi('opportunities winRate averageDealSize cycleDays', (o) => valueOf(pipelineVelocity(o as never), 'pipeline velocity'));

/**
 * `=KPI_PIPELINE_VELOCITY(opportunities, winRate, averageDealSize, cycleDays)`: revenue per day the
 * pipeline produces, opportunities × win rate × deal size / cycle days.
 * @example
 * import { KPI_PIPELINE_VELOCITY } from 'funnel-math/sheets';
 * KPI_PIPELINE_VELOCITY(50, '25%', 2000, 40); // => 625
 * @category Spreadsheets
 */
export const KPI_PIPELINE_VELOCITY: (opportunities: CellInput, winRate: CellInput, averageDealSize: CellInput, cycleDays: CellInput) => CellOutput = /* @__PURE__ */ face(kpiPipelineVelocity);

/** The core of KPI_WEIGHTED_PIPELINE. @internal */
export function kpiWeightedPipeline(amounts: unknown, probabilities: unknown): SheetResult {
  return sheet(() => {
    const a = list(amounts, 'amounts');
    const p = list(probabilities, 'probabilities');
    if (a.length !== p.length) {
      fail('INCOMPATIBLE', { phrases: enKpi, subject: 'probabilityRange', detail: `${a.length} amounts need ${a.length} probabilities; got ${p.length}` }, ['probabilities']);
    }
    // Σ amount × probability, each cell read by the shared amount and share readers and named as the sheet shows it
    const at = (range: string, input: unknown, i: number) => ({ phrases: enSheets, range, ...(single(input) === input && Array.isArray(input) && input.length === 1 ? { subject: 'sheetCellColumn' as const, column: i + 1 } : { subject: 'sheetCellRow' as const, row: i + 1 }) });
    return a.reduce((sum: Ratio, v, i) => sum.add(readAmount(v, ['amounts', i], at('amounts', amounts, i)).mul(readShare(p[i], ['probabilities', i], at('probabilities', probabilities, i)))), ZERO).toNumber();
  });
}

/**
 * `=KPI_WEIGHTED_PIPELINE(amounts, probabilities)`: Σ amount × probability over open deals, the two
 * ranges row by row.
 * @example
 * import { KPI_WEIGHTED_PIPELINE } from 'funnel-math/sheets';
 * KPI_WEIGHTED_PIPELINE([[10000], [20000]], [['20%'], ['50%']]); // => 12000
 * @category Spreadsheets
 */
export const KPI_WEIGHTED_PIPELINE: (amounts: CellInput, probabilities: CellInput) => CellOutput = /* @__PURE__ */ face(kpiWeightedPipeline);

/** The core of KPI_PIPELINE_COVERAGE. @internal */
export const kpiPipelineCoverage = /* @__PURE__ */ kpi('openPipeline quota', (o) => valueOf(pipelineCoverage(o as never), 'coverage'));

/**
 * `=KPI_PIPELINE_COVERAGE(openPipeline, quota)`: open pipeline as a multiple of quota (3 = 3×).
 * @example
 * import { KPI_PIPELINE_COVERAGE } from 'funnel-math/sheets';
 * KPI_PIPELINE_COVERAGE(325000, 100000); // => 3.25
 * @category Spreadsheets
 */
export const KPI_PIPELINE_COVERAGE: (openPipeline: CellInput, quota: CellInput) => CellOutput = /* @__PURE__ */ face(kpiPipelineCoverage);

/** The core of KPI_CHURN_RATE. @internal */
export const kpiChurnRate = /* @__PURE__ */ kpi('atStart lost', (o) => valueOf(churnRate(o as never), 'churn rate'));

/**
 * `=KPI_CHURN_RATE(atStart, lost)`: customers lost in the period / customers at its start.
 * @example
 * import { KPI_CHURN_RATE } from 'funnel-math/sheets';
 * KPI_CHURN_RATE(200, 3); // => 0.015
 * @category Spreadsheets
 */
export const KPI_CHURN_RATE: (atStart: CellInput, lost: CellInput) => CellOutput = /* @__PURE__ */ face(kpiChurnRate);

/** The core of KPI_LTV. @internal */
export const kpiLtv = /* @__PURE__ */ kpi('arpa grossMargin churn horizon?', (o) => ltv(o as never).value.toNumber());

/**
 * `=KPI_LTV(arpa, grossMargin, churn, [horizon])`: customer lifetime value, ARPA × margin / churn
 * (or summed over `horizon` periods; required when churn is 0).
 * @example
 * import { KPI_LTV } from 'funnel-math/sheets';
 * KPI_LTV(100, '80%', '2%'); // => 4000
 * @category Spreadsheets
 */
export const KPI_LTV: (arpa: CellInput, grossMargin: CellInput, churn: CellInput, horizon?: CellInput) => CellOutput = /* @__PURE__ */ face(kpiLtv);

/** The core of KPI_CAC. @internal */
export const kpiCac = /* @__PURE__ */ kpi('spend newCustomers', (o) => valueOf(cac(o as never), 'CAC'));

/**
 * `=KPI_CAC(spend, newCustomers)`: customer acquisition cost.
 * @example
 * import { KPI_CAC } from 'funnel-math/sheets';
 * KPI_CAC(50000, 40); // => 1250
 * @category Spreadsheets
 */
export const KPI_CAC: (spend: CellInput, newCustomers: CellInput) => CellOutput = /* @__PURE__ */ face(kpiCac);

/** The core of KPI_LTV_TO_CAC. @internal */
export const kpiLtvToCac = /* @__PURE__ */ kpi('ltv cac', (o) => valueOf(ltvToCac(o as never), 'LTV:CAC'));

/**
 * `=KPI_LTV_TO_CAC(ltv, cac)`: the LTV:CAC ratio (3.2 means 3.2 : 1).
 * @example
 * import { KPI_LTV_TO_CAC } from 'funnel-math/sheets';
 * KPI_LTV_TO_CAC(4000, 1250); // => 3.2
 * @category Spreadsheets
 */
export const KPI_LTV_TO_CAC: (ltv: CellInput, cac: CellInput) => CellOutput = /* @__PURE__ */ face(kpiLtvToCac);

/** The core of KPI_CAC_PAYBACK_MONTHS. @internal */
export const kpiCacPaybackMonths = /* @__PURE__ */ kpi('cac arpa grossMargin?', (o) => valueOf(cacPaybackMonths(o as never), 'payback'));

/**
 * `=KPI_CAC_PAYBACK_MONTHS(cac, arpa, [grossMargin])`: months of (gross-margin) revenue to earn back CAC.
 * @example
 * import { KPI_CAC_PAYBACK_MONTHS } from 'funnel-math/sheets';
 * KPI_CAC_PAYBACK_MONTHS(1250, 125, '80%'); // => 12.5
 * @category Spreadsheets
 */
export const KPI_CAC_PAYBACK_MONTHS: (cac: CellInput, arpa: CellInput, grossMargin?: CellInput) => CellOutput = /* @__PURE__ */ face(kpiCacPaybackMonths);

/** The core of KPI_GROWTH_RATE. @internal */
export const kpiGrowthRate = /* @__PURE__ */ kpi('previous current', (o) => valueOf(growthRate(o as never), 'growth rate'));

/**
 * `=KPI_GROWTH_RATE(previous, current)`: period-over-period growth, (current − previous) / previous.
 * @example
 * import { KPI_GROWTH_RATE } from 'funnel-math/sheets';
 * KPI_GROWTH_RATE(700000, 770000); // => 0.1
 * KPI_GROWTH_RATE(0, 12); // => '#FUNNEL! The growth rate (zero prior) is undefined for these inputs, and a number was asked for.'
 * @category Spreadsheets
 */
export const KPI_GROWTH_RATE: (previous: CellInput, current: CellInput) => CellOutput = /* @__PURE__ */ face(kpiGrowthRate);

/** The core of KPI_COMPOUND_GROWTH_RATE. @internal */
export const kpiCompoundGrowthRate = /* @__PURE__ */ kpi('start end periods', (o) => compoundGrowthRate({ ...o, period: 'year' } as never).value.toNumber());

/**
 * `=KPI_COMPOUND_GROWTH_RATE(start, end, periods)`: the steady growth per period that turns start
 * into end, (end / start)^(1 / periods) − 1.
 * @example
 * import { KPI_COMPOUND_GROWTH_RATE } from 'funnel-math/sheets';
 * KPI_COMPOUND_GROWTH_RATE(100, 121, 2); // => 0.1
 * @category Spreadsheets
 */
export const KPI_COMPOUND_GROWTH_RATE: (start: CellInput, end: CellInput, periods: CellInput) => CellOutput = /* @__PURE__ */ face(kpiCompoundGrowthRate);

/** The core of KPI_BREAK_EVEN_UNITS. @internal */
export const kpiBreakEvenUnits = /* @__PURE__ */ kpi('fixedCosts price variableCost', (o) => {
  const r = breakEvenUnits(o as never);
  return r.units ?? undefinedResult('break-even', r.reason);
});

/**
 * `=KPI_BREAK_EVEN_UNITS(fixedCosts, price, variableCost)`: whole units to sell to cover fixed costs.
 * @example
 * import { KPI_BREAK_EVEN_UNITS } from 'funnel-math/sheets';
 * KPI_BREAK_EVEN_UNITS(1000, 10, 7); // => 334
 * @category Spreadsheets
 */
export const KPI_BREAK_EVEN_UNITS: (fixedCosts: CellInput, price: CellInput, variableCost: CellInput) => CellOutput = /* @__PURE__ */ face(kpiBreakEvenUnits);

/** The core of KPI_BREAK_EVEN_REVENUE. @internal */
export const kpiBreakEvenRevenue = /* @__PURE__ */ kpi('fixedCosts contributionMarginRatio', (o) => valueOf(breakEvenRevenue(o as never), 'break-even revenue'));

/**
 * `=KPI_BREAK_EVEN_REVENUE(fixedCosts, contributionMarginRatio)`: revenue that covers fixed costs.
 * @example
 * import { KPI_BREAK_EVEN_REVENUE } from 'funnel-math/sheets';
 * KPI_BREAK_EVEN_REVENUE(30000, '40%'); // => 75000
 * @category Spreadsheets
 */
export const KPI_BREAK_EVEN_REVENUE: (fixedCosts: CellInput, contributionMarginRatio: CellInput) => CellOutput = /* @__PURE__ */ face(kpiBreakEvenRevenue);

/** The core of KPI_RECURRING_REVENUE. @internal */
export const kpiRecurringRevenue = /* @__PURE__ */ kpi('newMrr months churn?', (o) => {
  const r = recurringRevenue(o as never);
  return [[r.recognizedRevenue.value.toNumber(), r.exitRunRate.arr.toNumber()]];
});

/**
 * `=KPI_RECURRING_REVENUE(newMrr, months, [churn])`: adding `newMrr` of monthly recurring revenue
 * every month for `months` months, as one row: revenue recognised over the period, and the exit
 * run-rate ARR (two different goals, never to be confused).
 * @example
 * import { KPI_RECURRING_REVENUE } from 'funnel-math/sheets';
 * KPI_RECURRING_REVENUE(1000, 12); // => [[78000, 144000]]
 * @category Spreadsheets
 */
export const KPI_RECURRING_REVENUE: (newMrr: CellInput, months: CellInput, churn?: CellInput) => CellOutput = /* @__PURE__ */ face(kpiRecurringRevenue);

/** The core of KPI_ACCEPTANCE_RATE. @internal */
export const kpiAcceptanceRate = /* @__PURE__ */ kpi('sent accepted', (o) => valueOf(acceptanceRate(o as never), 'acceptance rate'));

/**
 * `=KPI_ACCEPTANCE_RATE(sent, accepted)`: connection requests accepted / sent.
 * @example
 * import { KPI_ACCEPTANCE_RATE } from 'funnel-math/sheets';
 * KPI_ACCEPTANCE_RATE(200, 70); // => 0.35
 * @category Spreadsheets
 */
export const KPI_ACCEPTANCE_RATE: (sent: CellInput, accepted: CellInput) => CellOutput = /* @__PURE__ */ face(kpiAcceptanceRate);

/** The core of KPI_PERSONALIZATION_SHARE. @internal */
export const kpiPersonalizationShare = /* @__PURE__ */ kpi('personalized generic', (o) => {
  const share = personalizationShare([o] as never).overall.share;
  return share === null ? undefinedResult('share', 'no touches') : share.toNumber();
});

/**
 * `=KPI_PERSONALIZATION_SHARE(personalized, generic)`: personalised touches / all touches.
 * @example
 * import { KPI_PERSONALIZATION_SHARE } from 'funnel-math/sheets';
 * KPI_PERSONALIZATION_SHARE(60, 140); // => 0.3
 * @category Spreadsheets
 */
export const KPI_PERSONALIZATION_SHARE: (personalized: CellInput, generic: CellInput) => CellOutput = /* @__PURE__ */ face(kpiPersonalizationShare);

/** The core of KPI_ENGAGEMENT_PER_POST. @internal */
export const kpiEngagementPerPost = /* @__PURE__ */ kpi('posts shares comments likes', (o) => {
  const e = engagementPerPost(o as never);
  const per = [e.shares.perPost, e.comments.perPost, e.likes.perPost];
  if (per.some((p) => p === null)) undefinedResult('engagement per post', 'no posts', ['posts']);
  return [per.map((p) => (p as Exact).toNumber())];
});

/**
 * `=KPI_ENGAGEMENT_PER_POST(posts, shares, comments, likes)`: shares, comments and likes per post, as one row.
 * @example
 * import { KPI_ENGAGEMENT_PER_POST } from 'funnel-math/sheets';
 * KPI_ENGAGEMENT_PER_POST(4, 6, 15, 100); // => [[1.5, 3.75, 25]]
 * @category Spreadsheets
 */
export const KPI_ENGAGEMENT_PER_POST: (posts: CellInput, shares: CellInput, comments: CellInput, likes: CellInput) => CellOutput = /* @__PURE__ */ face(kpiEngagementPerPost);
