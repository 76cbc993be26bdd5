import { describe, expect, it } from 'vitest';
import { averageDealSize, salesCycleLength } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('averageDealSize', () => {
  it('one whale moves the mean, not the median or the trimmed mean', () => {
    const typical = [1000, 1200, 900, 1100, 1000, 950, 1050, 1000, 1150];
    const a = averageDealSize([...typical, 50000]);
    expect(plain(a)).toEqual({
      kind: 'average-deal-size',
      n: 10,
      total: '59350',
      mean: '5935',
      median: '1025',
      trimmedMean: '1056.25',
      trim: '1/10',
      trimmedEach: 1,
      exact: { mean: '5935', median: '1025', trimmedMean: '4225/4' },
      status: 'won',
      quantileRule: 'averaged',
      reason: null,
    });
  });

  it('median convention: odd n the middle value, even n the mean of the two middle values', () => {
    expect(averageDealSize([5, 1, 3]).median!.toString()).toBe('3');
    expect(averageDealSize([4, 1, 3, 2]).median!.toString()).toBe('2.5');
    expect(averageDealSize(['0.01', '0.02']).median!.toString()).toBe('0.015');
  });

  it("quantile: 'nearest-rank' takes the lower middle deal for even n, and the result names the rule", () => {
    const a = averageDealSize([4, 1, 3, 2], { quantile: 'nearest-rank' });
    expect([a.median!.toString(), a.exact.median!.toString(), a.quantileRule]).toEqual(['2', '2', 'nearest-rank']);
    expect(averageDealSize([5, 1, 3], { quantile: 'nearest-rank' }).median!.toString()).toBe('3');
    expect(averageDealSize(['0.01', '0.02'], { quantile: 'averaged' }).median!.toString()).toBe('0.015');
    expect(plain(averageDealSize([], { quantile: 'nearest-rank' }))).toMatchObject({ median: null, quantileRule: 'nearest-rank', reason: 'no-deals' });
    expect(errorOf(() => averageDealSize([1], { quantile: 'median' as never }))).toMatchObject({ code: 'INVALID_CHOICE', path: ['options', 'quantile'] });
  });

  it('trimming rule: ⌊trim × n⌋ from each end', () => {
    const v = [1, 2, 3, 4, 100];
    expect(averageDealSize(v).trimmedEach).toBe(0);
    expect(averageDealSize(v).trimmedMean!.toString()).toBe('22');
    expect(averageDealSize(v, { trim: '20%' }).trimmedMean!.toString()).toBe('3');
    expect(averageDealSize(v, { trim: 0.49 }).trimmedEach).toBe(2);
    expect(averageDealSize(v, { trim: 0.49 }).trimmedMean!.toString()).toBe('3');
  });

  it('exact money: a mean that does not terminate keeps its fraction', () => {
    const a = averageDealSize([100, 200, 400]);
    expect(a.exact.mean!.toString()).toBe('700/3');
    expect(a.mean!.toString()).toBe('233.333333333333333333333333333333333333333333333333333333333');
    expect(averageDealSize(['0.1', '0.2']).mean!.toString()).toBe('0.15');
  });

  it('deals: won only by default, all on request', () => {
    const deals = [
      { status: 'won', value: 300 },
      { status: 'lost', value: 9000 },
      { status: 'open' },
    ] as const;
    expect(averageDealSize(deals).mean!.toString()).toBe('300');
    expect(errorOf(() => averageDealSize(deals, { status: 'all' }))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['deals', 2, 'value'],
      message: 'Nothing was given for the value of deal 3; give an amount of 0 or more, such as 2400 or "23456.78".',
    });
    expect(averageDealSize(deals.slice(0, 2), { status: 'all' }).mean!.toString()).toBe('4650');
  });

  it('no deals → null statistics with a reason', () => {
    expect(plain(averageDealSize([]))).toMatchObject({ n: 0, total: '0', mean: null, median: null, trimmedMean: null, reason: 'no-deals' });
  });

  it('bad input', () => {
    expect(errorOf(() => averageDealSize([1, -2]))).toMatchObject({ code: 'NEGATIVE', path: ['deals', 1], message: 'The value of deal 2 cannot be negative; got -2.' });
    expect(errorOf(() => averageDealSize([1], { trim: 0.5 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['options', 'trim'],
      message: 'The trim should be a share from 0 to below 1/2, such as 0.1; got 0.5.',
    });
    expect(errorOf(() => averageDealSize([1], { trim: 2 }))).toMatchObject({ code: 'OUT_OF_RANGE', path: ['options', 'trim'] });
    expect(errorOf(() => averageDealSize([1], { trimm: 0.1 } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['options', 'trimm'] });
    expect(errorOf(() => averageDealSize(['1,5']))).toMatchObject({ code: 'INVALID_NUMBER', path: ['deals', 0] });
    // a hole in a sparse array is reported, not skipped
    // eslint-disable-next-line no-sparse-arrays
    expect(errorOf(() => averageDealSize([1, , 3] as never))).toMatchObject({ code: 'INVALID_NUMBER', path: ['deals', 1] });
  });
});

describe('salesCycleLength', () => {
  const deals = [
    { status: 'won', createdAt: '2026-01-01', closedAt: '2026-01-31' },
    { status: 'won', createdAt: '2026-01-10', closedAt: '2026-02-19' },
    { status: 'lost', createdAt: '2026-01-05', closedAt: '2026-01-15' },
    { status: 'lost', createdAt: '2026-03-01', closedAt: '2026-03-01' },
    { status: 'open', createdAt: '2026-02-01' },
  ] as const;

  it('over won deals (default): open and lost ones excluded and counted', () => {
    expect(plain(salesCycleLength(deals))).toEqual({ kind: 'sales-cycle-length', mean: '35', median: '35', n: 2, over: 'won', excludedOpen: 1, excludedOther: 2, unit: 'days', quantileRule: 'averaged', reason: null });
  });

  it('over decided deals: a same-day close is 0 days; even n median is the mean of the middle two', () => {
    expect(plain(salesCycleLength(deals, { over: 'decided' }))).toEqual({
      kind: 'sales-cycle-length',
      mean: '20',
      median: '20',
      n: 4,
      over: 'decided',
      excludedOpen: 1,
      excludedOther: 0,
      unit: 'days',
      quantileRule: 'averaged',
      reason: null,
    });
    expect(salesCycleLength(deals.slice(0, 3), { over: 'decided' }).mean!.toString()).toBe('80/3');
  });

  it("quantile: 'nearest-rank': the median is one deal's cycle (the lower middle one for even n)", () => {
    // decided cycles: 0, 10, 30, 40 days
    const r = salesCycleLength(deals, { over: 'decided', quantile: 'nearest-rank' });
    expect([r.median!.toString(), r.mean!.toString(), r.quantileRule]).toEqual(['10', '20', 'nearest-rank']);
    expect(salesCycleLength(deals, { quantile: 'nearest-rank' }).median!.toString()).toBe('30');
    expect(salesCycleLength(deals.slice(0, 3), { over: 'decided', quantile: 'nearest-rank' }).median!.toString()).toBe('30');
  });

  it('counts calendar days in UTC, across a leap day', () => {
    expect(salesCycleLength([{ status: 'won', createdAt: '2028-02-28', closedAt: new Date(Date.UTC(2028, 2, 1, 23)) }]).mean!.toString()).toBe('2');
  });

  it('no closed deal → null with a reason', () => {
    expect(plain(salesCycleLength([{ status: 'open' }]))).toMatchObject({ mean: null, median: null, n: 0, excludedOpen: 1, reason: 'no-deals' });
  });

  it('bad input', () => {
    expect(errorOf(() => salesCycleLength([{ status: 'won', createdAt: '2026-01-01' }]))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['deals', 0, 'closedAt'],
      message: 'Nothing was given for the close date of deal 1; give a calendar date written YYYY-MM-DD, such as 2026-11-30.',
    });
    expect(errorOf(() => salesCycleLength([{ status: 'won', createdAt: '2026-01-02', closedAt: '2026-01-01' }]))).toMatchObject({
      code: 'INVALID_RANGE',
      path: ['deals', 0, 'closedAt'],
    });
    expect(errorOf(() => salesCycleLength([{ status: 'won', createdAt: '01/02/2026', closedAt: '2026-01-05' }]))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['deals', 0, 'createdAt'],
    });
    expect(errorOf(() => salesCycleLength([], { over: 'all' } as never))).toMatchObject({ code: 'INVALID_CHOICE', path: ['options', 'over'] });
  });
});
