/**
 * warehouse
 * @module
 */
export { funnelQuery, isFunnelQuery, type FunnelQuery, type SqlDialect, type WarehouseColumns, type WarehouseTarget } from './funnelQuery.js';
export { reportFromQuery, type QueryRow } from './reportFromQuery.js';
export type { WarehousePlan, PlanParam, PlanStep } from './plan.js';
