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
    ms = isoInto(input, scratch, 0) ? scratch[0]! : isoMs(input);
    if (ms !== ms) return ms;
  } else if (input instanceof Date) {
    ms = input.getTime();
    if (!Number.isFinite(ms)) return Number.NaN;
  } else {
    return Number.NaN;
  }
  return ms < MIN_MS || ms > MAX_MS ? Number.POSITIVE_INFINITY : ms;
}

/** Where {@link instantOf} has {@link isoInto} put an instant: a return value would be a new number object. */
const scratch = /* @__PURE__ */ new Float64Array(1);

/** Digit `k` of `s`, or a large negative number when it is not a digit (so any sum with it is out of range). */
function digit(s: string, k: number): number {
  const d = s.charCodeAt(k) - 48;
  return d >= 0 && d <= 9 ? d : -1e6;
}

/** Two digits from `k`. */
function two(s: string, k: number): number {
  return digit(s, k) * 10 + digit(s, k + 1);
}

/**
 * The instant of the common ISO forms, `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM]` in
 * the years 1000 to 9999, written to `out[at]`; false for anything else (then the full reader
 * decides: other forms, invalid dates, instants out of range). It reads the text once, makes
 * nothing, and gives exactly what the full reader gives for these forms (a test compares them).
 */
export function isoInto(s: string, out: Float64Array, at: number): boolean {
  const len = s.length;
  if (len !== 10 && len < 16) return false;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + two(s, 2);
  const mo = two(s, 5);
  const d = two(s, 8);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  // days in the month: February by the leap rule, the others alternate 31, 30 with July and August both 31
  if (d > (mo === 2 ? (leap ? 29 : 28) : 30 + ((mo + (mo >> 3)) & 1))) return false;
  let ms = daysFromCivil(y, mo, d) * MS_PER_DAY;
  if (len === 10) {
    out[at] = ms;
    return true;
  }
  const h = two(s, 11);
  const mi = two(s, 14);
  if (s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || h < 0 || h > 23 || mi < 0 || mi > 59) return false;
  ms += (h * 60 + mi) * 60_000;
  let k = 16;
  if (k < len && s.charCodeAt(k) === 58) {
    const sec = two(s, k + 1);
    if (k + 3 > len || sec < 0 || sec > 59) return false;
    ms += sec * 1000;
    k += 3;
    if (k < len && s.charCodeAt(k) === 46) {
      const frac = digit(s, k + 1) * 100 + two(s, k + 2);
      // exactly three digits here; other fractions take the full reader
      if (k + 4 > len || frac < 0 || (k + 4 < len && digit(s, k + 4) >= 0)) return false;
      ms += frac;
      k += 4;
    }
  }
  if (k < len) {
    const z = s.charCodeAt(k);
    if (z === 90 && k + 1 === len) {
      // Z: UTC
    } else if ((z === 43 || z === 45) && k + 6 === len && s.charCodeAt(k + 3) === 58) {
      const oh = two(s, k + 1);
      const om = two(s, k + 4);
      if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;
      ms -= (z === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
    } else {
      return false;
    }
  }
  if (ms < MIN_MS || ms > MAX_MS) return false;
  out[at] = ms;
  return true;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar, for years from 1 on. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** An ISO date or date-time as epoch milliseconds, or NaN: the full reader, by the pattern. */
export function isoMs(input: string): number {
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

const PAD2: readonly string[] = /* @__PURE__ */ Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);

/**
 * Epoch ms → `'2026-11-23T09:30:00.000Z'`, as `Date#toISOString` writes it. Reports write one per
 * stalled prospect and per stage a prospect reached, so the civil date is computed by arithmetic
 * (H. Hinnant's days → civil algorithm) instead of through a Date, about 5× faster; outside the
 * four-digit years, or for a fraction of a millisecond, the Date writes it.
 */
export function isoInstant(ms: number): string {
  if (!(ms >= MIN_MS && ms <= MAX_MS) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / MS_PER_DAY);
  let rest = ms - day * MS_PER_DAY;
  const z = day + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const y = PAD2[Math.floor(year / 100)]! + PAD2[year % 100]!;
  const m3 = (milli < 10 ? '00' : milli < 100 ? '0' : '') + milli;
  return `${y}-${PAD2[month]!}-${PAD2[date]!}T${PAD2[hour]!}:${PAD2[minute]!}:${PAD2[second]!}.${m3}Z`;
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
