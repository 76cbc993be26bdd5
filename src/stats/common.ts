/**
 * Shared readers for the statistics functions: counts under the statistics' limit, confidence
 * levels (as floats) and observed counts. Each is a reader plus a piece for input schemas, so an
 * option and a positional argument are read by the same rule. Validation happens here, once, at
 * the boundary; the math below trusts its inputs.
 * @internal
 * @module
 */
import { enStats } from '../messages/enStats.js';
import { fail, FunnelMathError, type ErrorPath, type FailParams } from '../errors.js';
import { readLevel } from '../input/rate.js';
import { piece, type Piece } from '../input/piece.js';
import type { ErrorExpectation, ErrorSubject } from '../messages/types.js';
import { listKeys, suggestKey } from '../messages/suggest.js';
import { toCount, toRatio } from '../numbers/parse.js';
import { ONE, type Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';

/**
 * The largest count (trials, activity, goal) the statistics accept: the exact methods iterate in
 * time that grows with the square root of the counts, and 10^9 keeps every call in milliseconds.
 */
export const MAX_STAT_COUNT = 1_000_000_000;

/**
 * Reads a count for a statistic: whole, non-negative, at least `min` (0 or 1), at most
 * {@link MAX_STAT_COUNT}. A missing value is `MISSING_VALUE`.
 */
export function statCount(input: unknown, path: ErrorPath, about: FailParams, min = 0): number {
  if (input === undefined) return fail('MISSING_VALUE', { ...about, expected: 'count' }, path);
  const n = toCount(input, path, { ...about, expected: 'count' });
  if (n > MAX_STAT_COUNT || n < min) {
    fail('OUT_OF_RANGE', { ...about, expected: min > 0 ? 'positiveStatCount' : 'statCount', received: input }, path);
  }
  return n;
}

/** A count for a statistic as a piece of an input schema. */
export function statCountPiece(subject: ErrorSubject, min = 0): Piece<number> {
  return piece({ phrases: enStats, subject, expected: 'count' }, (value, path, context) => statCount(value, path, { phrases: enStats, subject, ...context }, min));
}

/**
 * Reads a probability strictly between 0 and 1 (a confidence level, a power, a half-width):
 * `0.95`, `'95%'`, `'19/20'`. Returned as a float: these only feed irreducibly real quantities,
 * so a value that rounds to 0 or 1 as a float is refused too. `about.expected` names what the
 * value is (default `'level'`, read by the shared level reader).
 */
export function readProbability(input: unknown, path: ErrorPath, about: FailParams): number {
  return readProbabilityExactly(input, path, about).toNumber();
}

/**
 * {@link readProbability} keeping the exact value: the same checks (a value that rounds to 0 or 1
 * as a float is refused too), returning the Ratio as given, for formulas evaluated exactly.
 */
export function readProbabilityExactly(input: unknown, path: ErrorPath, about: FailParams): Ratio {
  const expected = about.expected ?? 'level';
  let r: Ratio;
  if (expected === 'level') r = readLevel(input, path, about);
  else {
    r = toRatio(input, path, about);
    if (r.sign() <= 0 || r.compare(ONE) >= 0) fail('OUT_OF_RANGE', { ...about, received: input }, path);
  }
  const v = r.toNumber();
  if (!(v > 0 && v < 1)) fail('OUT_OF_RANGE', { ...about, expected: 'computableProbability', received: input }, path);
  return r;
}

/** A probability strictly between 0 and 1, as a float, as a piece of an input schema. */
export function probabilityPiece(subject: ErrorSubject, expected: ErrorExpectation = 'level'): Piece<number> {
  return piece({ phrases: enStats, subject, expected }, (value, path, context) => readProbability(value, path, { phrases: enStats, subject, expected, ...context }));
}

/** A probability strictly between 0 and 1, exactly (a Ratio), as a piece of an input schema. */
export function exactProbabilityPiece(subject: ErrorSubject, expected: ErrorExpectation = 'level'): Piece<Ratio> {
  return piece({ phrases: enStats, subject, expected }, (value, path, context) => readProbabilityExactly(value, path, { phrases: enStats, subject, expected, ...context }));
}

/** Observed counts: `successes` of `trials`. */
export interface Counts {
  readonly successes: number;
  readonly trials: number;
}

/** What a pair of observed counts is called in messages: the pair, its successes, its trials. */
export interface CountsAbout {
  readonly pair: FailParams;
  readonly successes: FailParams;
  readonly trials: FailParams;
}

const COUNT_KEYS = ['successes', 'trials'];
const COUNT_KEYS_LIST = /* @__PURE__ */ listKeys(COUNT_KEYS);

/**
 * Reads `{ successes, trials }` (exactly those keys): whole, successes ≤ trials, each at most
 * {@link MAX_STAT_COUNT}. The codes are those of every other reader of observed counts.
 */
export function readCounts(input: unknown, path: ErrorPath, about: CountsAbout): Counts {
  let plain: boolean;
  try {
    plain = isPlainObject(input);
  } catch {
    return fail('UNREADABLE_INPUT', about.pair, path);
  }
  if (!plain) return fail('INVALID_INPUT', { ...about.pair, expected: 'observed', received: input }, path);
  const record = input as Record<string, unknown>;
  let successesIn: unknown;
  let trialsIn: unknown;
  try {
    for (const key of Object.keys(record)) {
      if (!COUNT_KEYS.includes(key)) fail('UNKNOWN_OPTION', { ...about.pair, key, suggestion: suggestKey(key, COUNT_KEYS), allowed: COUNT_KEYS_LIST }, [...path, key]);
    }
    successesIn = record['successes'];
    trialsIn = record['trials'];
  } catch (error) {
    if (error instanceof FunnelMathError) throw error;
    return fail('UNREADABLE_INPUT', about.pair, path);
  }
  const trials = statCount(trialsIn, [...path, 'trials'], about.trials);
  const successes = statCount(successesIn, [...path, 'successes'], about.successes);
  if (successes > trials) fail('SUCCESSES_ABOVE_TRIALS', { ...about.pair, successes, trials }, path);
  return { successes, trials };
}

/**
 * The rates of a statistics function, taken as given: they are read against the funnel by the
 * function itself (`readRates` or the outcome model), so the piece only names them.
 */
export function ratesPiece(): Piece<unknown> {
  return piece({ phrases: enStats, subject: 'rates', expected: 'stageRates' }, (value) => value);
}

/** What the two observed rates of a comparison are called in messages ("rate a", "the trials of b"). */
function comparedSide(name: 'a' | 'b'): CountsAbout {
  return {
    pair: { phrases: enStats, subject: 'comparedRate', side: name },
    successes: { phrases: enStats, subject: 'comparedSuccesses', side: name },
    trials: { phrases: enStats, subject: 'comparedTrials', side: name },
  };
}
export const SIDE_A: CountsAbout = /* @__PURE__ */ comparedSide('a');
export const SIDE_B: CountsAbout = /* @__PURE__ */ comparedSide('b');
