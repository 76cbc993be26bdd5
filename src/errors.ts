/**
 * The one error type every public function throws on bad input, and the stable list of its codes.
 *
 * Programs match on `code` (stable across versions); people read `message` (it says what to fix);
 * `path` points at the offending value inside the input, like a zod issue path.
 * @module
 */

/** Where in the input a problem is: property names and array indexes from the argument down. */
export type ErrorPath = readonly (string | number)[];

import { errorMessagesEn } from './messages/en.js';
import { formatMessage, summarize, type ErrorParams } from './messages/format.js';
import type { ErrorExpectation, ErrorMessages, ErrorSubject } from './messages/types.js';

/**
 * Every code a {@link FunnelMathError} can carry, with what it means. Codes never change meaning;
 * new ones may be added.
 */
export const ERROR_CODES = {
  INVALID_INPUT: 'The value has the wrong shape or type.',
  MISSING_VALUE: 'A required value is missing.',
  UNKNOWN_OPTION: 'An object has a key the function does not take (often a misspelling).',
  INVALID_CHOICE: 'A text value is not one of the values the parameter allows.',
  TOO_LONG: 'A list or text is longer than the function accepts.',
  UNREADABLE_INPUT: 'Reading the value raised an error (a throwing getter or Proxy).',
  INVALID_NUMBER: 'The value is not a number, a numeric string, a percent, a fraction or a Decimal.',
  NOT_FINITE: 'The number is NaN or infinite.',
  NOT_INTEGER: 'A whole number was expected.',
  NEGATIVE: 'The number must not be negative.',
  NUMBER_TOO_LARGE: 'The number is larger than this library computes exactly with.',
  FUNNEL_TOO_SHORT: 'A funnel needs at least two stages.',
  INVALID_STAGE_ID: 'A stage id must be a non-empty string.',
  DUPLICATE_STAGE: 'Two stages have the same id.',
  UNKNOWN_STAGE: 'The key or value names a stage the funnel does not have.',
  TOP_STAGE_RATE: 'A rate is keyed by the top stage, which nothing converts into.',
  MISSING_RATE: 'A stage has no conversion rate.',
  ZERO_RATE: 'A conversion rate of 0 makes every goal unreachable.',
  RATE_ABOVE_ONE: 'A conversion rate above 100% is not a share of the previous stage.',
  SUCCESSES_ABOVE_TRIALS: 'Observed counts have more successes than trials.',
  NO_TRIALS: 'Observed counts have 0 trials, so they give no rate.',
  INVALID_GOAL: 'The goal is not a count, { count, at } or { revenue, averageDealSize }, or its deal size is 0.',
  GOAL_AT_TOP: 'The goal is at the top stage, so there is nothing to plan above it.',
  RESULT_TOO_LARGE: 'The result would exceed the largest whole number JavaScript counts exactly.',
  INVALID_DATE: 'The date is not a valid ISO calendar date (YYYY-MM-DD) or Date.',
  INVALID_RANGE: 'The end date is before the start date, or the range is longer than allowed.',
  NO_WORKING_DAYS: 'The period has no working days to spread activity over.',
  OUT_OF_RANGE: 'The number is outside the range this parameter allows (e.g. a confidence level of 1.5).',
  UNDEFINED_RESULT: 'The quantity is undefined for these inputs (e.g. LTV with 0 churn) and a number was asked for.',
  INCOMPATIBLE: 'Two values that must match do not (e.g. merging accumulators of different funnels).',
  // stats
  // kpi
  // goals
  INVALID_PERIOD: 'A text is not a period label (2025, 2025-Q3, 2025-07, 2025-W31, 2025-07-14).',
  MIXED_PERIODS: 'A history mixes kinds of period (years and quarters).',
  PERIOD_ORDER: 'A history period is not after the one before it.',
  WEIGHTS_COUNT: 'There is not one weight per period of the goal.',
  ZERO_WEIGHTS: 'Every weight is 0.',
  DEADLINE_ON_START: 'The deadline is the start day, so the goal spans no time.',
  GOAL_TOO_LONG: 'The goal spans more than 100 years.',
  // events
} as const;

/** A stable machine-readable error code; see {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * The error every public function throws for input it cannot use.
 *
 * @example
 * import { requiredActivity, defineFunnel, FunnelMathError } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * let caught: unknown;
 * try { requiredActivity(funnel, { goal: 10, rates: { sale: 0 } }); } catch (e) { caught = e; }
 * caught instanceof FunnelMathError; // => true
 * (caught as FunnelMathError).code; // => 'ZERO_RATE'
 * (caught as FunnelMathError).path; // => ['rates', 'sale']
 * @category Errors
 */
export class FunnelMathError extends Error {
  override readonly name = 'FunnelMathError';
  /** Stable code to match on; see {@link ERROR_CODES}. */
  readonly code: ErrorCode;
  /** Where the problem is in the input, e.g. `['rates', 'sale']`. */
  readonly path: ErrorPath;
  /** What the message is made of (subject, expectation, what was received, values), for other languages. */
  readonly params: ErrorParams;

  constructor(code: ErrorCode, message: string, path: ErrorPath = [], params: ErrorParams = {}) {
    super(message);
    this.code = code;
    this.path = path;
    this.params = params;
  }

  /** A plain, JSON-friendly copy (for logs, HTTP answers and spreadsheet cells). */
  toJSON(): { name: string; code: ErrorCode; path: ErrorPath; message: string; params: ErrorParams } {
    return { name: this.name, code: this.code, path: this.path, message: this.message, params: this.params };
  }
}

/**
 * The message of an error in another language: `errorMessage(error, errorMessagesRu)`. Errors
 * thrown with parameters are worded from the catalog; any other keeps its English message.
 *
 * @param error - a {@link FunnelMathError}.
 * @param catalog - a message catalog such as `errorMessagesEn`.
 * @example
 * import { defineFunnel, errorMessage, errorMessagesEn, requiredActivity } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * let caught: unknown;
 * try { requiredActivity(funnel, { goal: 'fifty', rates: { sale: '5%' } }); } catch (e) { caught = e; }
 * errorMessage(caught as FunnelMathError, errorMessagesEn); // => 'The goal should be a whole number such as 50; got "fifty".'
 * @category Errors
 */
export function errorMessage(error: FunnelMathError, catalog: ErrorMessages): string {
  const params = error.params;
  return params && params.subject !== undefined ? formatMessage(catalog, error.code, params) : error.message;
}

/**
 * Throws a {@link FunnelMathError}. With parameters, the message comes from the catalog (one
 * template per code); `received` is the raw value, summarised here (bounded, no getter called).
 * A plain string is the older form, kept while modules move to the catalog.
 * @internal
 */
export function fail(code: ErrorCode, detail: string | FailParams, path: ErrorPath = []): never {
  if (typeof detail === 'string') throw new FunnelMathError(code, detail, path);
  const params = errorParams(detail);
  throw new FunnelMathError(code, formatMessage(errorMessagesEn, code, params), path, params);
}

/** Parameters as call sites give them: `received` is the value itself. @internal */
export interface FailParams {
  readonly subject?: ErrorSubject;
  readonly expected?: ErrorExpectation;
  readonly received?: unknown;
  readonly [name: string]: unknown;
}

function errorParams(detail: FailParams): ErrorParams {
  if (!('received' in detail)) return detail as ErrorParams;
  return { ...detail, received: summarize(detail.received) } as ErrorParams;
}

/** Renders a path for messages: `rates.sale`, `records[3].at`; empty path → `input`. @internal */
export function showPath(path: ErrorPath): string {
  if (path.length === 0) return 'input';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

/** A short, safe description of a received value for messages (never the whole value). @internal */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}..."` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (value instanceof Date) return 'a Date';
  return 'an object';
}
