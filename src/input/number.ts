/**
 * Numbers in every accepted form (`0.15`, `'15%'`, `'1/3'`, `{ num, den }`, bigint, Decimal,
 * Ratio) → an exact Ratio, read once; and whole counts.
 * @internal
 * @module
 */
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { quickRatio, toCount, toRatio } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import type { ErrorSubject } from '../messages/types.js';
import { piece, type Piece } from './piece.js';

/** Any number, exactly. */
export function numberPiece(subject: ErrorSubject = 'value'): Piece<Ratio> {
  return piece({ subject, expected: 'number' }, (value, path, context) => toRatio(value, path, { subject, expected: 'number', ...context }));
}

/** The fast check of a count: a safe integer of 0 or more as a number. */
export function quickCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** A whole count of 0 or more, as a safe integer. */
export function countPiece(subject: ErrorSubject = 'count'): Piece<number> {
  return piece({ subject, expected: 'count' }, (value, path, context) => toCount(value, path, { subject, expected: 'count', ...context }), quickCount);
}

/** An amount of money or revenue of 0 or more, exactly (a rational; money arithmetic wraps it in decimal.js). */
export function amountPiece(subject: ErrorSubject = 'amount'): Piece<Ratio> {
  return piece({ subject, expected: 'amount' }, (value, path, context) => readAmount(value, path, { subject, expected: 'amount', ...context }), quickAmount);
}

/** The fast check of an amount: a number, short decimal string or Ratio of 0 or more. */
export function quickAmount(value: unknown): Ratio | undefined {
  const r = quickRatio(value);
  return r !== undefined && r.sign() >= 0 ? r : undefined;
}

/** Reads an amount of 0 or more. */
export function readAmount(value: unknown, path: ErrorPath, about: FailParams): Ratio {
  const r = toRatio(value, path, about);
  if (r.sign() < 0) fail('NEGATIVE', { ...about, received: value }, path);
  return r;
}
