import { describe, expect, it } from 'vitest';
import { workingDays } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

describe('workingDays', () => {
  it('counts Mon–Fri by default, both ends included', () => {
    expect(workingDays('2026-11-01', '2026-11-30').length).toBe(21);
    expect(workingDays('2026-02-01', '2026-02-28').length).toBe(20);
    expect(workingDays('2026-11-23', '2026-11-23')).toEqual(['2026-11-23']);
    expect(workingDays('2026-11-22', '2026-11-22')).toEqual([]);
  });
  it('honours other weekends and holidays', () => {
    expect(workingDays('2026-11-01', '2026-11-07', { weekend: ['fri', 'sat'] })).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']);
    expect(workingDays('2026-11-01', '2026-11-07', { weekend: [5, 6] })).toEqual(workingDays('2026-11-01', '2026-11-07', { weekend: ['Friday', 'Saturday'] as never }));
    expect(workingDays('2026-12-21', '2026-12-27', { holidays: ['2026-12-24', '2026-12-25', '2027-01-01'] })).toEqual(['2026-12-21', '2026-12-22', '2026-12-23']);
  });
  it('reads a Date as its UTC calendar date, so the machine time zone never matters', () => {
    expect(workingDays(new Date(Date.UTC(2026, 10, 20, 23, 30)), new Date('2026-11-23T00:10:00Z'))).toEqual(['2026-11-20', '2026-11-23']);
  });
  it('crosses leap days and years', () => {
    expect(workingDays('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(workingDays('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
  });
  it.each([
    [['2026-02-30', '2026-03-01'], 'INVALID_DATE', ['start']],
    [['2026-11-01', '30/11/2026'], 'INVALID_DATE', ['end']],
    [['2026-11-01', new Date('nope')], 'INVALID_DATE', ['end']],
    [['2026-11-30', '2026-11-01'], 'INVALID_RANGE', ['end']],
    [['2026-01-01', '2226-01-01'], 'RANGE_TOO_LONG', ['end']],
    [['2026-11-01', '2026-11-30', { weekend: ['funday'] }], 'INVALID_CHOICE', ['options', 'weekend', 0]],
    [['2026-11-01', '2026-11-30', { weekend: [7] }], 'INVALID_CHOICE', ['options', 'weekend', 0]],
    [['2026-11-01', '2026-11-30', { holidays: ['xmas'] }], 'INVALID_DATE', ['options', 'holidays', 0]],
    [['2026-11-01', '2026-11-30', { holidays: '2026-11-05' }], 'INVALID_INPUT', ['options', 'holidays']],
  ])('%j → %s at %j', (args, code, path) => {
    const e = errorOf(() => (workingDays as (...a: unknown[]) => unknown)(...args));
    expect([e.code, e.path]).toEqual([code, path]);
  });
  it('refuses a weekend longer than a week and a holiday list longer than the longest range at once, without reading them', () => {
    const started = Date.now();
    const sparse = errorOf(() => workingDays('2026-11-01', '2026-11-30', { weekend: new Array(1e6) }));
    expect([sparse.code, sparse.path, sparse.message]).toEqual([
      'TOO_LONG',
      ['options', 'weekend'],
      'There are 1000000 entries in the weekend; at most 7 are accepted.',
    ]);
    const holidays = errorOf(() => workingDays('2026-11-01', '2026-11-30', { holidays: new Array(1e6).fill('2026-11-03') }));
    expect([holidays.code, holidays.path, holidays.message]).toEqual(['TOO_LONG', ['options', 'holidays'], 'There are 1000000 entries in the holidays; at most 36600 are accepted.']);
    expect(Date.now() - started).toBeLessThan(1000);
    // a weekend of seven days (every day off) is still a weekend
    expect(workingDays('2026-11-01', '2026-11-30', { weekend: [0, 1, 2, 3, 4, 5, 6] })).toEqual([]);
  });
});
