import { UsageError } from './args.js';

/**
 * Dates as CRM exports write them, turned into the ISO instants the activity-log reader takes.
 * ISO dates and date-times pass as they are; a day-month or month-day date is read only in the
 * order the user named (`--date-format DD/MM/YYYY`), because `11/03/2026` is 11 March in London
 * and November 3 in New York. Times without a zone are wall-clock times in `--time-zone`
 * (UTC unless given); a date alone stays that calendar day.
 */

/** The orders a date can be written in, as the user names them (separators `/`, `.` or `-`). */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';

export interface DateReading {
  readonly order: DateOrder | null;
  /** The format as the user wrote it, for messages. */
  readonly format: string | null;
  /** `null` for UTC, else an IANA zone name or a fixed offset such as `+01:00`. */
  readonly timeZone: string | null;
}

const FORMAT = /^(DD|MM|YYYY)([/.-])(DD|MM|YYYY)\2(DD|MM|YYYY)(?:[ T]HH:mm(?::ss)?)?$/;
const ORDERS: Readonly<Record<string, DateOrder>> = { 'DD MM YYYY': 'DMY', 'MM DD YYYY': 'MDY', 'YYYY MM DD': 'YMD' };

/** The date formats `--date-format` takes, for help and messages. */
export const DATE_FORMATS = 'DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD (also with . or - between the parts, and HH:mm or HH:mm:ss after)';

/** Reads a `--date-format` value; `undefined` for a wrong one. */
export function dateOrderOf(format: string): DateOrder | undefined {
  const m = FORMAT.exec(format.trim());
  return m ? ORDERS[`${m[1]} ${m[3]} ${m[4]}`] : undefined;
}

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/** Checks a `--time-zone` value: `UTC`, a fixed offset (`+01:00`) or an IANA name (`Europe/London`). */
export function checkTimeZone(zone: string, option: string): string | null {
  const z = zone.trim();
  if (/^(utc|gmt|z)$/i.test(z)) return null;
  const m = OFFSET.exec(z);
  if (m) {
    if (Number(m[2]) > 23 || Number(m[3]) > 59) throw new UsageError(`${option} "${zone}" is not an offset: write it as +HH:MM, from -23:59 to +23:59`);
    return `${m[1]}${m[2]}:${m[3]}`;
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: z });
  } catch {
    throw new UsageError(`${option} "${zone}" is not a time zone: give UTC, an offset such as +01:00, or a name such as Europe/London`);
  }
  return z;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})?)?$/;
// day, month and year in some order, then an optional time with optional seconds and AM/PM
const PARTS = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4}),?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a date cell was not read: `ambiguous` and `needs-format` mean the whole file needs `--date-format`. */
export type DateProblem =
  | { readonly kind: 'ambiguous'; readonly readings: readonly string[] }
  | { readonly kind: 'needs-format'; readonly reading: string; readonly format: string }
  | { readonly kind: 'not-in-format' }
  | { readonly kind: 'no-such-day' };

/**
 * A date cell as the text the activity-log reader takes (ISO, with a zone when a time was
 * given), or why it cannot be read. A cell that looks like no date at all is passed on as it is,
 * so the reader's own message names it.
 */
export function readDate(cell: string, how: DateReading): string | DateProblem {
  // the common case, an ISO date read as written: the activity-log reader checks the rest
  if (how.timeZone === null && how.order !== 'YMD' && cell.length >= 10 && cell.charCodeAt(4) === 45 && cell.charCodeAt(7) === 45 && cell.charCodeAt(0) !== 32) return cell;
  const text = cell.trim();
  const iso = ISO.exec(text);
  if (iso) {
    // a zone, or a date alone, is already what it says; a zone-less time is wall-clock time
    if (iso[8] !== undefined || iso[4] === undefined || how.timeZone === null) return text;
    return zoned(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), iso[7] ?? '', how.timeZone);
  }
  const m = PARTS.exec(text);
  if (!m) return how.order === null ? text : { kind: 'not-in-format' };
  const [a, b, c] = [m[1]!, m[3]!, m[4]!];
  if (how.order === null) {
    if (a.length === 4) return { kind: 'needs-format', reading: spoken(Number(a), Number(b), Number(c)), format: `YYYY${m[2]}MM${m[2]}DD` };
    const dmy = valid(Number(c), Number(b), Number(a)) ? spoken(Number(c), Number(b), Number(a)) : null;
    const mdy = valid(Number(c), Number(a), Number(b)) ? spoken(Number(c), Number(a), Number(b)) : null;
    const sep = m[2]!;
    if (dmy && mdy && dmy !== mdy) return { kind: 'ambiguous', readings: [`${dmy} (--date-format DD${sep}MM${sep}YYYY)`, `${mdy} (--date-format MM${sep}DD${sep}YYYY)`] };
    if (dmy) return { kind: 'needs-format', reading: dmy, format: `DD${sep}MM${sep}YYYY` };
    if (mdy) return { kind: 'needs-format', reading: mdy, format: `MM${sep}DD${sep}YYYY` };
    return text;
  }
  const [y, mo, d] = how.order === 'YMD' ? [a, b, c] : how.order === 'DMY' ? [c, b, a] : [c, a, b];
  if (y.length !== 4 || d.length > 2) return { kind: 'not-in-format' };
  if (!valid(Number(y), Number(mo), Number(d))) return { kind: 'no-such-day' };
  const day = `${y}-${pad(Number(mo))}-${pad(Number(d))}`;
  if (m[5] === undefined) return day;
  let h = Number(m[5]);
  const ampm = m[8]?.toLowerCase();
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return { kind: 'not-in-format' };
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  const mi = Number(m[6]);
  const s = Number(m[7] ?? 0);
  if (h > 23 || mi > 59 || s > 59) return { kind: 'not-in-format' };
  if (how.timeZone === null) return `${day}T${pad(h)}:${pad(mi)}:${pad(s)}Z`;
  return zoned(Number(y), Number(mo), Number(d), h, mi, s, '', how.timeZone);
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number): boolean {
  if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const spoken = (y: number, mo: number, d: number) => `${d} ${MONTHS[mo - 1]} ${y}`;

/** A wall-clock time in `zone` as an ISO instant in UTC. */
function zoned(y: number, mo: number, d: number, h: number, mi: number, s: number, frac: string, zone: string): string {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, Number(frac.slice(0, 3).padEnd(3, '0')));
  const fixed = OFFSET.exec(zone);
  let utc: number;
  if (fixed) {
    utc = wall - (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) * 60_000;
  } else {
    // the zone's offset at the guess, then at the corrected guess (right on both sides of a change)
    const first = wall - offsetAt(wall, zone);
    utc = wall - offsetAt(first, zone);
  }
  return new Date(utc).toISOString();
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** How far `zone`'s wall clock is ahead of UTC at the instant `ms`, in milliseconds. */
function offsetAt(ms: number, zone: string): number {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']), Number(p['minute']), Number(p['second']));
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}
