export * from './all.js';
/**
 * The sales KPIs as one namespace: `kpi.winRate(deals)`, `kpi.ltv({ ... })`. The same functions
 * are exported one by one.
 * @category KPIs
 */
export * as kpi from './all.js';
export type { Deal, DealStatus } from './read.js';
export type { DealRate, DealRateOptions, DealTally, RateBasis, RateDenominator } from './dealRate.js';
export type { LostToCreated, LostToCreatedOptions, LostToCreatedReport } from './lostToCreatedRatio.js';
export type { AverageDealSize, AverageDealSizeOptions } from './averageDealSize.js';
export type { SalesCycleLength, SalesCycleOptions } from './salesCycleLength.js';
export type { PipelineVelocity, PipelineVelocityInput } from './pipelineVelocity.js';
export type { WeightedPipeline, WeightedPipelineOptions, WeightedStage } from './weightedPipeline.js';
export type { CoverageBand, PipelineCoverage, PipelineCoverageInput, PipelineCoverageOptions } from './pipelineCoverage.js';
export type { ChurnInput, ChurnRate } from './churnRate.js';
export type { FirstYearChurn, FirstYearChurnOptions, FirstYearChurnReport, WonCustomer } from './firstYearChurnByRep.js';
export type { Ltv, LtvInput } from './ltv.js';
export type { Cac, CacInput } from './cac.js';
export type { LtvToCac, LtvToCacInput } from './ltvToCac.js';
export type { CacPayback, CacPaybackInput } from './cacPaybackMonths.js';
export type { GrowthPair, GrowthSeries, GrowthStep } from './growthRate.js';
export type { CompoundGrowth, CompoundGrowthInput } from './compoundGrowthRate.js';
export type { DatedRecord, MonthlyTotals, MonthlyTotalsOptions, RepMonthTotal } from './monthlyTotalsByRep.js';
export type { BreakEvenUnits, BreakEvenUnitsInput } from './breakEvenUnits.js';
export type { BreakEvenRevenue, BreakEvenRevenueInput } from './breakEvenRevenue.js';
export type { ExitRunRate, RecognizedRevenue, RecurringRevenue, RecurringRevenueInput } from './recurringRevenue.js';
export type { EngagementPerPost, PerPost, PostCounts } from './engagementPerPost.js';
export type { AcceptanceInput, AcceptanceRate } from './acceptanceRate.js';
export type { OutreachTouches, PersonalizationLine, PersonalizationOptions, PersonalizationReport } from './personalizationShare.js';
export { isDealRate } from './dealRate.js';
export { isLostToCreatedReport } from './lostToCreatedRatio.js';
export { isAverageDealSize } from './averageDealSize.js';
export { isSalesCycleLength } from './salesCycleLength.js';
export { isPipelineVelocity } from './pipelineVelocity.js';
export { isWeightedPipeline } from './weightedPipeline.js';
export { isPipelineCoverage } from './pipelineCoverage.js';
export { isChurnRate } from './churnRate.js';
export { isFirstYearChurnReport } from './firstYearChurnByRep.js';
export { isLtv } from './ltv.js';
export { isCac } from './cac.js';
export { isLtvToCac } from './ltvToCac.js';
export { isCacPayback } from './cacPaybackMonths.js';
export { isGrowthStep, isGrowthSeries } from './growthRate.js';
export { isCompoundGrowth } from './compoundGrowthRate.js';
export { isMonthlyTotals } from './monthlyTotalsByRep.js';
export { isBreakEvenUnits } from './breakEvenUnits.js';
export { isBreakEvenRevenue } from './breakEvenRevenue.js';
export { isRecurringRevenue } from './recurringRevenue.js';
export { isEngagementPerPost } from './engagementPerPost.js';
export { isAcceptanceRate } from './acceptanceRate.js';
export { isPersonalizationReport } from './personalizationShare.js';
