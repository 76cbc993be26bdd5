/**
 * The public API in English: everything but the translated message catalogs (`locales.ts`). The
 * global file is built from this, so Apps Script projects do not carry four languages they may
 * not show; `index.ts` adds the translations.
 * @internal
 * @module
 */
export { ERROR_CODES, FunnelMathError, errorMessage, type ErrorCode, type ErrorPath } from './errors.js';
export { errorMessagesEn } from './messages/errorMessagesEn.js';
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
export * from './survival/index.js';
export * from './forecast/index.js';
export * from './team/index.js';
export * from './warehouse/index.js';
