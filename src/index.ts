/**
 * funnel-math: the arithmetic of sales funnels, exact and honest.
 * @packageDocumentation
 */
export { ERROR_CODES, FunnelMathError, errorMessage, type ErrorCode, type ErrorPath } from './errors.js';
export { errorMessagesEn } from './messages/errorMessagesEn.js';
export { errorMessagesAr } from './messages/ar.js';
export { errorMessagesFa } from './messages/fa.js';
export { errorMessagesRu } from './messages/ru.js';
export { errorMessagesRo } from './messages/ro.js';
export type { ErrorMessages, ErrorSubject, ErrorExpectation, ReceivedWords } from './messages/types.js';
export type { ErrorParams, Received } from './messages/format.js';
export type { ResultKind } from './kind.js';
export type { QuantileRule } from './numbers/quantile.js';
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
