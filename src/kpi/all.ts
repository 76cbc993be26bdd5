/**
 * Every KPI function, for the `kpi` namespace (`kpi.winRate(...)`). Functions only: a bundler
 * keeps just the members a program uses.
 * @module
 */
export { winRate } from './winRate.js';
export { lossRate } from './lossRate.js';
export { lostToCreatedRatio } from './lostToCreatedRatio.js';
export { averageDealSize } from './averageDealSize.js';
export { salesCycleLength } from './salesCycleLength.js';
export { pipelineVelocity } from './pipelineVelocity.js';
export { weightedPipeline } from './weightedPipeline.js';
export { pipelineCoverage } from './pipelineCoverage.js';
export { churnRate } from './churnRate.js';
export { firstYearChurnByRep } from './firstYearChurnByRep.js';
export { ltv } from './ltv.js';
export { cac } from './cac.js';
export { ltvToCac } from './ltvToCac.js';
export { cacPaybackMonths } from './cacPaybackMonths.js';
export { growthRate } from './growthRate.js';
export { compoundGrowthRate } from './compoundGrowthRate.js';
export { monthlyTotalsByRep } from './monthlyTotalsByRep.js';
export { breakEvenUnits } from './breakEvenUnits.js';
export { breakEvenRevenue } from './breakEvenRevenue.js';
export { recurringRevenue } from './recurringRevenue.js';
export { engagementPerPost } from './engagementPerPost.js';
export { acceptanceRate } from './acceptanceRate.js';
export { personalizationShare } from './personalizationShare.js';
