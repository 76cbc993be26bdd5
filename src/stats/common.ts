/**
 * Shared readers for the statistics functions: confidence levels, observed counts and the count
 * limit. Validation happens here, once, at the boundary; the math below trusts its inputs.
 * @internal
 * @module
 */
import { describe, fail, showPath, type ErrorPath } from '../errors.js';
import { toCount, toRatio } from '../numbers/parse.js';
import { ONE as ONE_RATIO } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';

/**
 * The largest count (trials, activity, goal) the statistics accept: the exact methods iterate in
 * time that grows with the square root of the counts, and 10^9 keeps every call in milliseconds.
 */
export const MAX_STAT_COUNT = 1_000_000_000;

/** Reads a count for a statistic: whole, non-negative, at most {@link MAX_STAT_COUNT}. */
export function statCount(input: unknown, path: ErrorPath, what: string): number {
  const n = toCount(input, path, what);
  if (n > MAX_STAT_COUNT) {
    fail('OUT_OF_RANGE', `${what} at ${showPath(path)} is ${n}; the statistics accept counts up to ${MAX_STAT_COUNT.toLocaleString('en-US')}.`, path);
  }
  return n;
}

/**
 * Reads a probability strictly between 0 and 1 (a confidence level, a power): `0.95`, `'95%'`,
 * `'19/20'`. Returned as a float: levels only feed irreducibly real quantities.
 */
export function readProbability(input: unknown, fallback: number, path: ErrorPath, what: string): number {
  if (input === undefined) return fallback;
  const r = toRatio(input, path, what);
  if (r.sign() <= 0 || r.compare(ONE_RATIO) >= 0) {
    fail('OUT_OF_RANGE', `${what} at ${showPath(path)} is ${r.toString()}; give a value strictly between 0 and 1, such as 0.95 or '95%'.`, path);
  }
  const v = r.toNumber();
  if (!(v > 0 && v < 1)) fail('OUT_OF_RANGE', `${what} at ${showPath(path)} is too close to 0 or 1 to compute with.`, path);
  return v;
}

/** Observed counts: `successes` of `trials`. */
export interface Counts {
  readonly successes: number;
  readonly trials: number;
}

/** Reads `{ successes, trials }`: whole, successes ≤ trials, trials ≤ {@link MAX_STAT_COUNT}. */
export function readCounts(input: unknown, path: ErrorPath, what: string): Counts {
  if (!isPlainObject(input)) {
    fail('INVALID_INPUT', `${what} at ${showPath(path)} should be { successes, trials }, such as { successes: 10, trials: 15 }; got ${describe(input)}.`, path);
  }
  for (const key of Object.keys(input)) {
    if (key !== 'successes' && key !== 'trials') {
      fail('INVALID_INPUT', `${what} at ${showPath(path)} has an unknown field "${key}"; give successes and trials.`, [...path, key]);
    }
  }
  const trials = statCount(input['trials'], [...path, 'trials'], `The trials of ${what}`);
  const successes = statCount(input['successes'], [...path, 'successes'], `The successes of ${what}`);
  checkPair(successes, trials, path);
  return { successes, trials };
}

/** Throws when successes exceed trials. */
export function checkPair(successes: number, trials: number, path: ErrorPath): void {
  if (successes > trials) {
    fail('OUT_OF_RANGE', `There are more successes (${successes}) than trials (${trials}) at ${showPath(path)}; successes are a part of the trials.`, [...path, 'successes']);
  }
}
