/**
 * The one error type every public function throws on bad input, and the stable list of its codes.
 *
 * Programs match on `code` (stable across versions); people read `message` (it says what to fix);
 * `path` points at the offending value inside the input, like a zod issue path.
 * @module
 */

/** Where in the input a problem is: property names and array indexes from the argument down. */
export type ErrorPath = readonly (string | number)[];

import { enCore } from './messages/en.js';
import { formatMessage, summarize, type ErrorParams } from './messages/format.js';
import type { ErrorExpectation, ErrorMessages, ErrorSubject, PhrasePart } from './messages/types.js';

export { ERROR_CODES, type ErrorCode } from './messages/codes.js';
import type { ErrorCode } from './messages/codes.js';

/**
 * The brand on `FunnelMathError.prototype`, registered so that every copy of the library (the ESM
 * and the CommonJS build loaded in one process) recognises the others' errors.
 */
const ERROR_BRAND: symbol = /* @__PURE__ */ Symbol.for('funnel-math.FunnelMathError');

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
 * @category Errors and messages
 */
export class FunnelMathError extends Error {
  // a static field, not a static block (see Ratio): the brand on every copy's prototype
  static #branded: true = Object.defineProperty(FunnelMathError.prototype, ERROR_BRAND, { value: true }) && true;

  /**
   * `e instanceof FunnelMathError`: true for an error of this library from this copy or from
   * another build of it loaded beside this one (an ESM and a CommonJS copy in one process).
   */
  static override [Symbol.hasInstance](x: unknown): x is FunnelMathError {
    if (this !== FunnelMathError) return Function.prototype[Symbol.hasInstance].call(this, x);
    return typeof x === 'object' && x !== null && (x as { [key: symbol]: unknown })[ERROR_BRAND] === true;
  }

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
 * @category Errors and messages
 */
export function errorMessage(error: FunnelMathError, catalog: ErrorMessages): string {
  if (!(error instanceof FunnelMathError)) fail('INVALID_INPUT', { subject: 'value', expected: 'error', received: error }, ['error']);
  const params = error.params;
  if (!isCatalog(catalog)) fail('INVALID_INPUT', { subject: 'value', expected: 'catalog', received: catalog }, ['catalog']);
  return params && params.subject !== undefined ? formatMessage(catalog, error.code, params) : error.message;
}

function isCatalog(value: unknown): value is ErrorMessages {
  const v = value as Partial<ErrorMessages> | null;
  return typeof v === 'object' && v !== null && typeof v.errors === 'object' && typeof v.subjects === 'object' && typeof v.expected === 'object' && typeof v.received === 'object';
}

/**
 * Throws a {@link FunnelMathError}. With parameters, the message comes from the catalog (one
 * template per code); `received` is the raw value, summarised here (bounded, no getter called).
 * @internal
 */
export function fail(code: ErrorCode, detail: FailParams, path: ErrorPath = []): never {
  const params = errorParams(detail);
  throw new FunnelMathError(code, formatMessage(enCore, code, params, detail.phrases), path, params);
}

/** Parameters as call sites give them: `received` is the value itself. @internal */
export interface FailParams {
  readonly subject?: ErrorSubject;
  readonly expected?: ErrorExpectation;
  readonly received?: unknown;
  /** The words of the area the error is about (kept out of the error's JSON-safe params). */
  readonly phrases?: PhrasePart;
  readonly [name: string]: unknown;
}

function errorParams(detail: FailParams): ErrorParams {
  // the area's words shape the message only; the error keeps plain, JSON-safe values
  const { phrases: _words, ...rest } = detail;
  if (!('received' in rest)) return rest as ErrorParams;
  return { ...rest, received: summarize(rest.received) } as ErrorParams;
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
