/**
 * team
 * @module
 */
export { capacityPlan, isCapacityPlan } from './capacityPlan.js';
export type { CapacityPlan, CapacityPlanOptions, CapacityMonth, CapacityTotals, CapacityGoal, TeamOptions, TeamRep, PlannedHire, PartialMonth, QuotaPeriod } from './capacityPlan.js';
export { hiresNeeded, isHiresNeeded } from './hiresNeeded.js';
export type { HiresNeeded, HiresNeededOptions, HiresFeasible, HiresInfeasible, HiresMeasure } from './hiresNeeded.js';
export { setQuotas, isQuotaPlan } from './setQuotas.js';
export type { QuotaPlan, RepQuota, SetQuotasOptions } from './setQuotas.js';
export { quotaReach, isQuotaReach } from './quotaReach.js';
export type { QuotaReach, QuotaReachOptions } from './quotaReach.js';
