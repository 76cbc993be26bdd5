import { fail, type ErrorPath } from '../errors.js';
import { subjectOf, type Subject } from '../numbers/parse.js';
import { isoOf, MS_PER_DAY } from '../calendar/dates.js';

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

function bad(input: unknown, path: ErrorPath, what: Subject): never {
  return fail('INVALID_DATE', { ...subjectOf(what), expected: 'instant', received: input }, path);
}

/**
 * Reads an instant as epoch milliseconds. A date alone is its UTC midnight; a date-time without a
 * zone is read as UTC (never as the machine's local time).
 * @throws FunnelMathError `INVALID_DATE`.
 */
export function toInstant(input: unknown, path: ErrorPath, what: Subject): number {
  let ms: number;
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input)) return bad(input, path, what);
    ms = input;
  } else if (input instanceof Date) {
    ms = input.getTime();
    if (!Number.isFinite(ms)) return bad(input, path, what);
  } else if (typeof input === 'string') {
    const m = ISO.exec(input.trim());
    if (!m) return bad(input, path, what);
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
    const frac = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return bad(input, path, what);
    const day = Date.UTC(y, mo - 1, d);
    const check = new Date(day);
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return bad(input, path, what);
    let offset = 0;
    const zone = m[8];
    if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
      const digits = zone.replace(':', '');
      const oh = Number(digits.slice(1, 3));
      const om = Number(digits.slice(3, 5));
      if (oh > 23 || om > 59) return bad(input, path, what);
      offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
    }
    ms = day + ((h * 60 + mi) * 60 + s) * 1000 + frac - offset;
  } else {
    return bad(input, path, what);
  }
  if (ms < MIN_MS || ms > MAX_MS) {
    fail('INVALID_DATE', { ...subjectOf(what), expected: 'instantInRange', received: input }, path);
  }
  return ms;
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
