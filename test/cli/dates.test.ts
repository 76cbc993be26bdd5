import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTimeZone, dateOrderOf, readDate, type DateReading } from '../../src/cli/dates.js';

const iso: DateReading = { order: null, format: null, timeZone: null };
const dmy: DateReading = { order: 'DMY', format: 'DD/MM/YYYY', timeZone: null };
const mdy: DateReading = { order: 'MDY', format: 'MM/DD/YYYY', timeZone: null };

describe('dates as CRM exports write them', () => {
  it('ISO passes as it is; a zone-less time is read in the time zone given, a date alone stays its day', () => {
    expect(readDate(' 2026-03-11 ', iso)).toBe('2026-03-11');
    expect(readDate('2026-03-11 14:05', iso)).toBe('2026-03-11 14:05');
    expect(readDate('2026-03-11T14:05:00+01:00', { ...iso, timeZone: 'America/New_York' })).toBe('2026-03-11T14:05:00+01:00');
    expect(readDate('2026-03-11', { ...iso, timeZone: 'Asia/Tokyo' })).toBe('2026-03-11');
    // New York is on EST (UTC−5) on 2 March and on EDT (UTC−4) after 8 March 2026
    expect(readDate('2026-03-02 09:15', { ...iso, timeZone: 'America/New_York' })).toBe('2026-03-02T14:15:00.000Z');
    expect(readDate('2026-03-09 09:15', { ...iso, timeZone: 'America/New_York' })).toBe('2026-03-09T13:15:00.000Z');
    expect(readDate('2026-07-01 00:30', { ...iso, timeZone: '+05:30' })).toBe('2026-06-30T19:00:00.000Z');
  });
  it('without a format, 11/03/2026 has two readings and both are named; 25/03/2026 has one and is named', () => {
    expect(readDate('11/03/2026', iso)).toEqual({ kind: 'ambiguous', readings: ['11 March 2026 (--date-format DD/MM/YYYY)', '3 November 2026 (--date-format MM/DD/YYYY)'] });
    expect(readDate('25.03.2026', iso)).toEqual({ kind: 'needs-format', reading: '25 March 2026', format: 'DD.MM.YYYY' });
    expect(readDate('3/25/2026', iso)).toEqual({ kind: 'needs-format', reading: '25 March 2026', format: 'MM/DD/YYYY' });
    expect(readDate('03/03/2026', iso)).toEqual({ kind: 'needs-format', reading: '3 March 2026', format: 'DD/MM/YYYY' });
    expect(readDate('not logged', iso)).toBe('not logged');
  });
  it('with a format: the order named, one or two digits, a time with or without seconds and AM/PM', () => {
    expect(readDate('11/03/2026', dmy)).toBe('2026-03-11');
    expect(readDate('11/03/2026', mdy)).toBe('2026-11-03');
    expect(readDate('3/11/2026 2:30 PM', mdy)).toBe('2026-03-11T14:30:00Z');
    expect(readDate('3/11/2026, 12:05 am', mdy)).toBe('2026-03-11T00:05:00Z');
    expect(readDate('11.03.2026 09:15:30', { ...dmy, timeZone: 'Europe/Berlin' })).toBe('2026-03-11T08:15:30.000Z');
    expect(readDate('2026-03-11', dmy)).toBe('2026-03-11');
    expect(readDate('29/02/2026', dmy)).toEqual({ kind: 'no-such-day' });
    expect(readDate('29/02/2028', dmy)).toBe('2028-02-29');
    expect(readDate('11/03/26', dmy)).toEqual({ kind: 'not-in-format' });
    expect(readDate('13:00 11/03/2026', dmy)).toEqual({ kind: 'not-in-format' });
    expect(readDate('11/03/2026 25:00', dmy)).toEqual({ kind: 'not-in-format' });
  });
  it('formats and zones as typed', () => {
    expect(['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD', 'DD.MM.YYYY HH:mm', 'MM-DD-YYYY HH:mm:ss', 'DD/MM/YY', 'DD/MM.YYYY'].map(dateOrderOf)).toEqual(['DMY', 'MDY', 'YMD', 'DMY', 'MDY', undefined, undefined]);
    expect(['UTC', 'gmt', '+0100', '-05:30', 'Europe/London'].map((z) => checkTimeZone(z, '--time-zone'))).toEqual([null, null, '+01:00', '-05:30', 'Europe/London']);
    expect(() => checkTimeZone('+24:00', '--time-zone')).toThrow('--time-zone "+24:00" is not an offset: write it as +HH:MM, from -23:59 to +23:59');
  });
  it('a day written in an order and read with that order is the same day (DD/MM/YYYY, MM/DD/YYYY, YYYY-MM-DD)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('/', '.', '-'), (date, sep) => {
        const isoDay = date.toISOString().slice(0, 10);
        const [y, m, d] = isoDay.split('-');
        expect(readDate(`${d}${sep}${m}${sep}${y}`, dmy)).toBe(isoDay);
        expect(readDate(`${Number(m)}${sep}${Number(d)}${sep}${y}`, mdy)).toBe(isoDay);
        expect(readDate(`${y}/${m}/${d}`, { ...iso, order: 'YMD', format: 'YYYY/MM/DD' })).toBe(isoDay);
        // without a format, a day-month date is never read silently
        expect(typeof readDate(`${d}/${m}/${y}`, iso)).toBe('object');
      }),
    );
  });
  it('a wall-clock time read in a zone and shown back in that zone is the same time, except in the hour a clock skips', () => {
    const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const wall = new Date(Math.floor(ms / 60_000) * 60_000).toISOString().slice(0, 16).replace('T', ' ');
        const utc = readDate(wall, { ...iso, timeZone: zone }) as string;
        const back = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(utc));
        const skipped = Math.abs(Date.parse(`${back.replace(' ', 'T')}Z`) - Date.parse(`${wall.replace(' ', 'T')}Z`)) <= 3_600_000;
        expect(back === wall || skipped).toBe(true);
      }),
    );
  });
});
