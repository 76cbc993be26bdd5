/**
 * Period labels of a history (`'2025'`, `'2025-Q3'`, `'2025-07'`, `'2025-W31'`, `'2025-07-14'`) as
 * a unit and a consecutive index, so growth is measured per period and gaps are seen.
 * @internal
 * @module
 */
import { MS_PER_DAY } from '../calendar/dates.js';
import { fail, type ErrorPath, type FailParams } from '../errors.js';

export type PeriodUnit = 'year' | 'quarter' | 'month' | 'week' | 'day';

/** Mean length of each unit in days (the Gregorian year is 365.2425 days). */
export const UNIT_DAYS: Readonly<Record<PeriodUnit, number>> = { year: 365.2425, quarter: 365.2425 / 4, month: 365.2425 / 12, week: 7, day: 1 };

/** Days in the mean Gregorian year. */
export const YEAR_DAYS = 365.2425;

/** Reads a period label; `about` names it for messages. */
export function readPeriod(label: unknown, path: ErrorPath, about: FailParams): { unit: PeriodUnit; index: number } {
  if (typeof label === 'string') {
    const s = label.trim();
    let m: RegExpExecArray | null;
    if ((m = /^(\d{4})$/.exec(s))) return { unit: 'year', index: Number(m[1]) };
    if ((m = /^(\d{4})-?Q([1-4])$/i.exec(s))) return { unit: 'quarter', index: Number(m[1]) * 4 + Number(m[2]) - 1 };
    if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(s))) return { unit: 'month', index: Number(m[1]) * 12 + Number(m[2]) - 1 };
    if ((m = /^(\d{4})-?W(0[1-9]|[1-4]\d|5[0-3])$/i.exec(s))) {
      const year = Number(m[1]);
      const jan4 = Date.UTC(year, 0, 4) / MS_PER_DAY;
      const monday = jan4 - ((((jan4 + 3) % 7) + 7) % 7); // 1970-01-01 was a Thursday: (day + 3) % 7 is days since Monday
      return { unit: 'week', index: Math.floor((monday + 7 * (Number(m[2]) - 1) + 3) / 7) };
    }
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
      const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      const d = new Date(t);
      if (d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])) return { unit: 'day', index: t / MS_PER_DAY };
    }
  }
  return fail('INVALID_PERIOD', { ...about, expected: 'periodLabel', received: label }, path);
}
