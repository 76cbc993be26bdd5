/**
 * A calendar date (`'2026-11-30'` or a Date) as a day number, with a message in the words of the
 * person who typed it. The calendar's own reader decides what a date is; this piece only names it.
 * @internal
 * @module
 */
import { toDay } from './dates.js';
import { fail, FunnelMathError, type ErrorPath, type FailParams } from '../errors.js';
import type { ErrorSubject, PhrasePart } from '../messages/types.js';
import { piece, type Piece } from '../input/piece.js';

/** Reads a date; anything that is not a real ISO calendar date is `INVALID_DATE` about `about`. */
export function readDay(value: unknown, path: ErrorPath, about: FailParams): number {
  try {
    return toDay(value, path, about);
  } catch (error) {
    if (!(error instanceof FunnelMathError)) throw error;
    return fail('INVALID_DATE', { ...about, expected: 'date', received: value }, path);
  }
}

/** A date piece: the day number of `'YYYY-MM-DD'` or a Date. */
export function dayPiece(subject: ErrorSubject, phrases?: PhrasePart): Piece<number> {
  const about: FailParams = phrases ? { subject, phrases } : { subject };
  return piece({ ...about, subject, expected: 'date' }, (value, path) => readDay(value, path, about));
}
