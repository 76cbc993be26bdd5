/**
 * A conversion rate: a share of the previous stage in (0, 1] (or [0, 1] where 0 is allowed), from a
 * number, `'15%'`, `'1/3'`, `{ num, den }`, a Ratio, or observed `{ successes, trials }` (exact: 5 of
 * 15 is 1/3). One reader, one code per condition, everywhere a rate is read.
 * @internal
 * @module
 */
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { quickRatio, quickWholeText, toRatio } from '../numbers/parse.js';
import { fromSafeParts, ONE, Ratio } from '../numbers/ratio.js';
import { isPlainObject, ownKeyCount } from '../schema.js';
import { piece, type Piece } from './piece.js';

/** Whole successes of whole trials, successes ≤ trials. */
export interface Observed {
  readonly successes: number;
  readonly trials: number;
}

/** Reads observed counts `{ successes, trials }` (exactly those two keys). */
export function readObserved(value: unknown, path: ErrorPath, about: FailParams = { subject: 'rate' }): Observed {
  if (!isPlainObject(value)) return fail('INVALID_INPUT', { ...about, expected: 'observed', received: value }, path);
  for (const key of Object.keys(value)) {
    if (key !== 'successes' && key !== 'trials') fail('UNKNOWN_OPTION', { ...about, key, allowed: '"successes", "trials"' }, [...path, key]);
  }
  const stage = about['stage'];
  const successes = readWhole(value['successes'], [...path, 'successes'], stage === undefined ? { subject: 'successes' } : { subject: 'successesInto', stage });
  const trials = readWhole(value['trials'], [...path, 'trials'], stage === undefined ? { subject: 'trials' } : { subject: 'trialsInto', stage });
  if (successes > trials) fail('SUCCESSES_ABOVE_TRIALS', { ...about, successes, trials }, path);
  return { successes, trials };
}

function readWhole(value: unknown, path: ErrorPath, about: FailParams): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (value === undefined) return fail('MISSING_VALUE', { ...about, expected: 'count' }, path);
  const r = toRatio(value, path, { ...about, expected: 'count' });
  if (r.sign() < 0) fail('NEGATIVE', { ...about, received: value }, path);
  if (r.den !== 1n) fail('NOT_INTEGER', { ...about, received: value }, path);
  if (r.num > BigInt(Number.MAX_SAFE_INTEGER)) fail('NUMBER_TOO_LARGE', { ...about, expected: 'countLimit', received: value }, path);
  return Number(r.num);
}

/** True for an object that is written as observed counts (has `successes` or `trials`). */
export function looksObserved(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && (Object.hasOwn(value, 'successes') || Object.hasOwn(value, 'trials'));
}

/** The fast check of a rate: a number, short string or Ratio already in (0, 1]; otherwise undefined. */
export function quickRate(value: unknown): Ratio | undefined {
  // a plain object is `{ successes, trials }` or `{ num, den }`; a Ratio (not plain) is read below
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) return quickPair(value);
  const quick = quickRatio(value);
  return quick !== undefined && quick.sign() > 0 && quick.compare(ONE) <= 0 ? quick : undefined;
}

/**
 * `{ successes, trials }` or `{ num, den }` (a plain object) as two safe integers 0 < top ≤ bottom,
 * and no other key: the rate they give; otherwise undefined.
 */
function quickPair(value: object): Ratio | undefined {
  const v = value as Record<string, unknown>;
  let top: unknown;
  let bottom: unknown;
  if (Object.hasOwn(v, 'successes')) {
    top = v['successes'];
    bottom = v['trials'];
  } else {
    top = v['num'];
    bottom = v['den'];
  }
  // `{ num: '3', den: '40' }`, as JSON from a form or a CSV gives it: digits only
  if (typeof top === 'string') top = quickWholeText(top);
  if (typeof bottom === 'string') bottom = quickWholeText(bottom);
  if (typeof top !== 'number' || typeof bottom !== 'number' || !Number.isSafeInteger(top) || !Number.isSafeInteger(bottom)) return undefined;
  if (!(top > 0 && top <= bottom)) return undefined;
  const keys = ownKeyCount(v);
  if (keys !== 2 || (!Object.hasOwn(v, 'trials') && !Object.hasOwn(v, 'den'))) return undefined;
  return fromSafeParts(top, bottom);
}

/**
 * Reads a rate. `allowZero` accepts 0 (where a zero rate means something, such as a forecast);
 * otherwise 0 is `ZERO_RATE`, since no activity reaches a stage at rate 0.
 */
export function readRate(value: unknown, path: ErrorPath, about: FailParams, allowZero = false): Ratio {
  const quick = quickRatio(value);
  // the common case, a valid rate in (0, 1] as a number or short string: nothing to report
  if (quick !== undefined && quick.sign() > 0 && quick.compare(ONE) <= 0) return quick;
  return slowRate(quick, value, path, about, allowZero);
}

function slowRate(quick: Ratio | undefined, value: unknown, path: ErrorPath, about: FailParams, allowZero: boolean): Ratio {
  const subject: FailParams = about['stage'] === undefined ? about : { subject: 'rateInto', ...about };
  let r: Ratio;
  if (looksObserved(value)) {
    const o = readObserved(value, path, subject);
    if (o.trials === 0) fail('NO_TRIALS', subject, path);
    r = Ratio.of(o.successes, o.trials);
  } else {
    r = quick ?? toRatio(value, path, { expected: 'rate', ...subject });
  }
  const sign = r.sign();
  if (sign < 0) fail('NEGATIVE', { ...subject, received: value }, path);
  if (sign === 0 && !allowZero) fail('ZERO_RATE', subject, path);
  if (r.compare(ONE) > 0) fail('RATE_ABOVE_ONE', { ...subject, percent: r.toPercent(2) }, path);
  return r;
}

/** A rate piece (0 refused). */
export function ratePiece(): Piece<Ratio> {
  return piece({ subject: 'rate', expected: 'rate' }, (value, path, context) => readRate(value, path, { subject: 'rate', ...context }), quickRate);
}

/** A share of a whole from 0 to 1 inclusive (a win rate, a probability). */
export function readShare(value: unknown, path: ErrorPath, about: FailParams): Ratio {
  const r = toRatio(value, path, { expected: 'share', ...about });
  if (r.sign() < 0 || r.compare(ONE) > 0) fail('OUT_OF_RANGE', { ...about, expected: 'share', received: value }, path);
  return r;
}

/** A level strictly between 0 and 1 (a confidence level, a probability to reach). */
export function readLevel(value: unknown, path: ErrorPath, about: FailParams = { subject: 'level' }): Ratio {
  const r = toRatio(value, path, { expected: 'level', ...about });
  if (r.sign() <= 0 || r.compare(ONE) >= 0) fail('OUT_OF_RANGE', { ...about, expected: 'level', received: value }, path);
  return r;
}

/** A share piece, [0, 1]. */
export function sharePiece(): Piece<Ratio> {
  return piece({ subject: 'share', expected: 'share' }, (value, path, context) => readShare(value, path, { subject: 'share', ...context }));
}

/** A level piece, (0, 1). */
export function levelPiece(): Piece<Ratio> {
  return piece({ subject: 'level', expected: 'level' }, (value, path, context) => readLevel(value, path, { subject: 'level', ...context }));
}
