/**
 * team
 * @module
 */
export { capacityPlan, isCapacityPlan } from './capacityPlan.js';
export type { CapacityPlan, CapacityPlanOptions, CapacityMonth, CapacityTotals, CapacityGoal, TeamOptions, TeamRep, PlannedHire, PartialMonth, QuotaPeriod } from './capacityPlan.js';
