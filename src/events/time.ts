import { fail, type ErrorPath } from '../errors.js';
import { subjectOf, type Subject } from '../numbers/parse.js';
import { isoOf, MS_PER_DAY } from '../calendar/dates.js';
import { piece, type Piece } from '../input/piece.js';
import { enEvents } from '../messages/enEvents.js';
import type { ErrorSubject } from '../messages/types.js';

/**
 * Instants as whole epoch milliseconds (UTC), read from ISO strings, epoch numbers or Dates, and
 * the calendar keys (month, ISO week) reports group by. Never depends on the machine's time zone.
 * @internal
 * @module
 */

/** An instant: an ISO date or date-time string, epoch milliseconds, or a Date. */
export type InstantInput = string | number | Date;

/** 1000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: the four-digit ISO years, the instants every reader accepts. */
export const MIN_MS = -30_610_224_000_000;
export const MAX_MS = 253_402_300_799_999;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The instant `input` names, as epoch milliseconds: `NaN` when it is not an instant, `Infinity`
 * when it is one outside the years 1000 to 9999. The one rule of what an instant is; it allocates
 * nothing for numbers and Dates, so the record reader can call it before it builds any path.
 */
export function instantOf(input: unknown): number {
  let ms: number;
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input)) return Number.NaN;
    ms = input;
  } else if (typeof input === 'string') {
    ms = isoMs(input);
    if (ms !== ms) return ms;
  } else if (input instanceof Date) {
    ms = input.getTime();
    if (!Number.isFinite(ms)) return Number.NaN;
  } else {
    return Number.NaN;
  }
  return ms < MIN_MS || ms > MAX_MS ? Number.POSITIVE_INFINITY : ms;
}

/** An ISO date or date-time as epoch milliseconds, or NaN. */
function isoMs(input: string): number {
  const m = ISO.exec(input.trim());
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4] ?? 0);
  const mi = Number(m[5] ?? 0);
  const s = Number(m[6] ?? 0);
  const frac = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return Number.NaN;
  const day = Date.UTC(y, mo - 1, d);
  const check = new Date(day);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return Number.NaN;
  let offset = 0;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const digits = zone.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 23 || om > 59) return Number.NaN;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return day + ((h * 60 + mi) * 60 + s) * 1000 + frac - offset;
}

/**
 * Reads an instant as epoch milliseconds. A date alone is its UTC midnight; a date-time without a
 * zone is read as UTC (never as the machine's local time).
 * @throws FunnelMathError `INVALID_DATE`.
 */
export function toInstant(input: unknown, path: ErrorPath, what: Subject): number {
  const ms = instantOf(input);
  if (Number.isFinite(ms)) return ms;
  return fail('INVALID_DATE', { ...subjectOf(what), expected: ms !== ms ? 'instant' : 'instantInRange', received: input }, path);
}

/** An instant piece: epoch milliseconds from an ISO string, epoch milliseconds or a Date. */
export function instantPiece(subject: ErrorSubject): Piece<number> {
  return piece(
    { subject, expected: 'instant', phrases: enEvents },
    (value, path, context) => toInstant(value, path, { phrases: enEvents, subject, ...context }),
    (value) => {
      const ms = instantOf(value);
      return Number.isFinite(ms) ? ms : undefined;
    },
  );
}

/** Epoch ms → `'2026-11-23T09:30:00.000Z'`. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** The UTC calendar month of an instant: `'2026-11'`. */
export function monthKey(ms: number): string {
  return isoOf(Math.floor(ms / MS_PER_DAY)).slice(0, 7);
}

/** The ISO-8601 week of an instant (weeks start on Monday, week 1 holds the year's first Thursday): `'2026-W48'`. */
export function weekKey(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  const mondayBased = (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: 0 = Monday
  const thursday = day - mondayBased + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / MS_PER_DAY;
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
