/**
 * funnel-math: the arithmetic of sales funnels, exact and honest.
 * @packageDocumentation
 */
export { ERROR_CODES, FunnelMathError, type ErrorCode, type ErrorPath } from './errors.js';
export type { ResultKind } from './kind.js';
export * from './numbers/index.js';
export * from './funnel/index.js';
export * from './rates/index.js';
export * from './plan/index.js';
export * from './calendar/index.js';
export * from './render/index.js';
export * from './goals/index.js';
export * from './events/index.js';
export * from './kpi/index.js';
export * from './stats/index.js';
