/**
 * The one error type every public function throws on bad input, and the stable list of its codes.
 *
 * Programs match on `code` (stable across versions); people read `message` (it says what to fix);
 * `path` points at the offending value inside the input, like a zod issue path.
 * @module
 */

/** Where in the input a problem is: property names and array indexes from the argument down. */
export type ErrorPath = readonly (string | number)[];

/**
 * Every code a {@link FunnelMathError} can carry, with what it means. Codes never change meaning;
 * new ones may be added.
 */
export const ERROR_CODES = {
  INVALID_INPUT: 'The value has the wrong shape or type.',
  INVALID_NUMBER: 'The value is not a number, a numeric string, a percent, a fraction or a Decimal.',
  NOT_FINITE: 'The number is NaN or infinite.',
  NOT_INTEGER: 'A whole number was expected.',
  NEGATIVE: 'The number must not be negative.',
  NUMBER_TOO_LARGE: 'The number is larger than this library computes exactly with.',
  FUNNEL_TOO_SHORT: 'A funnel needs at least two stages.',
  INVALID_STAGE_ID: 'A stage id must be a non-empty string.',
  DUPLICATE_STAGE: 'Two stages have the same id.',
  UNKNOWN_STAGE: 'The key or value names a stage the funnel does not have.',
  MISSING_RATE: 'A stage has no conversion rate.',
  ZERO_RATE: 'A conversion rate of 0 makes every goal unreachable.',
  RATE_ABOVE_ONE: 'A conversion rate above 100% is not a share of the previous stage.',
  INVALID_GOAL: 'The goal is not a whole, non-negative count, or not a positive amount of revenue.',
  RESULT_TOO_LARGE: 'The result would exceed the largest whole number JavaScript counts exactly.',
  INVALID_DATE: 'The date is not a valid ISO calendar date (YYYY-MM-DD) or Date.',
  INVALID_RANGE: 'The end date is before the start date, or the range is longer than allowed.',
  NO_WORKING_DAYS: 'The period has no working days to spread activity over.',
  OUT_OF_RANGE: 'The number is outside the range this parameter allows (e.g. a confidence level of 1.5).',
  UNDEFINED_RESULT: 'The quantity is undefined for these inputs (e.g. LTV with 0 churn) and a number was asked for.',
  INCOMPATIBLE: 'Two values that must match do not (e.g. merging accumulators of different funnels).',
} as const;

/** A stable machine-readable error code; see {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;

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
 * @category Errors
 */
export class FunnelMathError extends Error {
  static {
    Object.defineProperty(FunnelMathError.prototype, ERROR_BRAND, { value: true });
  }

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

  constructor(code: ErrorCode, message: string, path: ErrorPath = []) {
    super(message);
    this.code = code;
    this.path = path;
  }

  /** A plain, JSON-friendly copy (for logs, HTTP answers and spreadsheet cells). */
  toJSON(): { name: string; code: ErrorCode; path: ErrorPath; message: string } {
    return { name: this.name, code: this.code, path: this.path, message: this.message };
  }
}

/** Throws a {@link FunnelMathError}; a helper so call sites stay one line. @internal */
export function fail(code: ErrorCode, message: string, path: ErrorPath = []): never {
  throw new FunnelMathError(code, message, path);
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
