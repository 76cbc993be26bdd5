import { describe, expect, it } from 'vitest';
import { compoundGrowthRate, growthRate, monthlyTotalsByRep } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('growthRate', () => {
  it('period over period, exact; DOMAIN §4: +10% on 700000', () => {
    expect(plain(growthRate({ previous: 700000, current: 770000 }))).toEqual({
      kind: 'growth-step',
      value: '1/10',
      reason: null,
      previous: '700000',
      current: '770000',
      change: '70000',
      label: '+10.0% (700000 → 770000)',
    });
    expect(growthRate({ previous: 1500, current: 1350 }).label).toBe('-10.0% (1500 → 1350)');
  });

  it('prior 0 → null with a reason, the change still given', () => {
    expect(plain(growthRate({ previous: 0, current: 12 }))).toEqual({
      kind: 'growth-step',
      value: null,
      reason: 'zero-prior',
      previous: '0',
      current: '12',
      change: '12',
      label: 'no growth rate: the earlier value is 0 (0 → 12)',
    });
  });

  it('a series: followers month by month (DOMAIN §2.5)', () => {
    const r = growthRate([1200, 1500, 1350, 0, 40]);
    expect(plain(r.steps.map((s) => [s.value, s.reason]))).toEqual([
      ['1/4', null],
      ['-1/10', null],
      ['-1', null],
      [null, 'zero-prior'],
    ]);
    expect(plain(r.overall)).toMatchObject({ value: '-29/30', previous: '1200', current: '40' });
  });

  it('bad input', () => {
    expect(errorOf(() => growthRate([5]))).toMatchObject({ code: 'TOO_FEW_VALUES', path: ['series'], message: 'At least 2 entries are needed in the series; got 1.' });
    expect(errorOf(() => growthRate({ previous: -1, current: 5 }))).toMatchObject({ code: 'NEGATIVE', path: ['input', 'previous'] });
    expect(errorOf(() => growthRate({ previous: 1, currnet: 5 } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['input', 'currnet'], params: { suggestion: 'current' } });
    expect(errorOf(() => growthRate({ previous: 1 } as never))).toMatchObject({ code: 'MISSING_VALUE', path: ['input', 'current'] });
    expect(errorOf(() => growthRate(5 as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['input'] });
    expect(errorOf(() => growthRate([1, 'x']))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['series', 1],
      message: 'Value 2 of the series should be a number of 0 or more, such as 1200; got "x".',
    });
  });
});

describe('compoundGrowthRate', () => {
  it('a perfect power gives an exact rate, and says so', () => {
    expect(plain(compoundGrowthRate({ start: 100, end: 121, periods: 2, period: 'year' }))).toEqual({
      kind: 'compound-growth',
      value: '0.1',
      annual: '0.1',
      exact: true,
      annualExact: true,
      digits: 40,
      period: 'year',
      periods: 2,
      multiple: '121/100',
    });
    const q = compoundGrowthRate({ start: 81, end: 256, periods: 4, period: 'quarter' });
    expect(q.value.toString()).toBe('0.333333333333333333333333333333333333333'); // 4/3 to 40 digits, minus 1
    expect(q.exact).toBe(false); // the root is 4/3: rational, but not a finite decimal
    expect(q.annual.toString()).toBe('2.16049382716049382716049382716049382716');
    expect(compoundGrowthRate({ start: 1, end: '1.1', periods: 1, period: 'month' }).annual.toString()).toBe('2.138428376721');
  });

  it('an irrational root, to 40 significant digits (checked against Python decimal at 100 digits)', () => {
    const m = compoundGrowthRate({ start: 700000, end: 1000000, periods: 12, period: 'month' });
    expect(m.value.toString()).toBe('0.030169046916694964946358567124876122632');
    expect(m.exact).toBe(false);
    expect(m.annual.toString()).toBe('0.428571428571428571428571428571428571429');
    const half = compoundGrowthRate({ start: 2, end: 1, periods: 2, period: 'year' });
    // 1/√2 − 1
    expect(half.value.toString()).toBe('-0.2928932188134524755991556378951509607152');
  });

  it('an end of 0 is exactly −100%', () => {
    expect(plain(compoundGrowthRate({ start: 5, end: 0, periods: 3, period: 'month' }))).toMatchObject({ value: '-1', annual: '-1', exact: true });
  });

  it('bad input: a non-positive start is an error', () => {
    expect(errorOf(() => compoundGrowthRate({ start: 0, end: 5, periods: 3, period: 'month' }))).toMatchObject({ code: 'OUT_OF_RANGE', path: ['input', 'start'] });
    expect(errorOf(() => compoundGrowthRate({ start: -1, end: 5, periods: 3, period: 'month' }))).toMatchObject({ code: 'NEGATIVE', path: ['input', 'start'] });
    expect(errorOf(() => compoundGrowthRate({ start: 1, end: 5, periods: 0, period: 'month' }))).toMatchObject({ code: 'OUT_OF_RANGE', path: ['input', 'periods'] });
    expect(errorOf(() => compoundGrowthRate({ start: 1, end: 5, periods: 2.5, period: 'month' }))).toMatchObject({ code: 'NOT_INTEGER', path: ['input', 'periods'] });
    expect(errorOf(() => compoundGrowthRate({ start: 1, end: 5, periods: 2, period: 'week' } as never))).toMatchObject({ code: 'INVALID_CHOICE', path: ['input', 'period'] });
  });
});

describe('monthlyTotalsByRep', () => {
  const sales = [
    { rep: 'Ana', at: '2026-01-12', amount: 3000 },
    { rep: 'Ana', at: '2026-01-20', amount: '2000.50' },
    { rep: 'Ana', at: '2026-02-03', amount: 4000 },
    { rep: 'Bo', at: '2026-01-15', amount: 6000 },
    { rep: 'Bo', at: new Date(Date.UTC(2026, 2, 31, 23, 30)), amount: 6500 },
  ];

  it('DOMAIN §2.1: per rep and month, change over the previous month, against a benchmark', () => {
    const r = monthlyTotalsByRep(sales, { benchmark: 5000 });
    expect(plain(r)).toEqual({
      kind: 'monthly-totals',
      measure: 'money',
      months: ['2026-01', '2026-02', '2026-03'],
      benchmark: '5000',
      byRep: [
        {
          rep: 'Ana',
          months: [
            { month: '2026-01', total: '5000.5', change: null, changeReason: 'first-month', vsBenchmark: '10001/10000', drop: false },
            { month: '2026-02', total: '4000', change: '-2001/10001', changeReason: null, vsBenchmark: '4/5', drop: true },
            { month: '2026-03', total: '0', change: '-1', changeReason: null, vsBenchmark: '0', drop: true },
          ],
        },
        {
          rep: 'Bo',
          months: [
            { month: '2026-01', total: '6000', change: null, changeReason: 'first-month', vsBenchmark: '6/5', drop: false },
            { month: '2026-02', total: '0', change: '-1', changeReason: null, vsBenchmark: '0', drop: true },
            { month: '2026-03', total: '6500', change: null, changeReason: 'zero-prior', vsBenchmark: '13/10', drop: false },
          ],
        },
      ],
      team: [
        { month: '2026-01', total: '11000.5' },
        { month: '2026-02', total: '4000' },
        { month: '2026-03', total: '6500' },
      ],
      outside: 0,
    });
  });

  it('activities per rep against a benchmark (DOMAIN §2.4), within from..to', () => {
    const calls = [
      { rep: 'Ana', at: '2026-01-05', amount: 120 },
      { rep: 'Ana', at: '2026-02-05', amount: 90 },
      { rep: 'Ana', at: '2026-02-06' },
      { rep: 'Ana', at: '2026-04-01', amount: 10 },
    ];
    const r = monthlyTotalsByRep(calls, { measure: 'count', benchmark: 100, from: '2026-02', to: '2026-03' });
    expect(plain(r.byRep)).toEqual([
      {
        rep: 'Ana',
        months: [
          { month: '2026-02', total: 91, change: null, changeReason: 'first-month', vsBenchmark: '91/100', drop: false },
          { month: '2026-03', total: 0, change: '-1', changeReason: null, vsBenchmark: '0', drop: true },
        ],
      },
    ]);
    expect(r.outside).toBe(2);
    expect(plain(monthlyTotalsByRep([]))).toEqual({ kind: 'monthly-totals', measure: 'money', months: [], benchmark: null, byRep: [], team: [], outside: 0 });
    expect(monthlyTotalsByRep([], { from: '2025-11', to: '2026-01' }).months).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('bad input', () => {
    expect(errorOf(() => monthlyTotalsByRep([{ rep: 'Ana', at: '2026-01-05', amount: 1 }, { rep: 'Ana', at: '2026-01-05' }]))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['records', 1, 'amount'],
      message: 'Nothing was given for the amount of record 2; give an amount of 0 or more, such as 2400 or "23456.78".',
    });
    expect(errorOf(() => monthlyTotalsByRep([{ rep: 'Ana', at: '2026-01-05', amount: 1.5 }], { measure: 'count' }))).toMatchObject({
      code: 'NOT_INTEGER',
      path: ['records', 0, 'amount'],
    });
    expect(errorOf(() => monthlyTotalsByRep([{ rep: 'Ana', at: '5 Jan', amount: 1 }]))).toMatchObject({ code: 'INVALID_DATE', path: ['records', 0, 'at'] });
    expect(errorOf(() => monthlyTotalsByRep([], { from: '2026-13' }))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['options', 'from'],
      message: 'The first month should be a month written YYYY-MM, such as 2026-11; got "2026-13".',
    });
    expect(errorOf(() => monthlyTotalsByRep([], { from: 202601 } as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'from'] });
    expect(errorOf(() => monthlyTotalsByRep([], { from: '2026-03', to: '2026-01' }))).toMatchObject({ code: 'INVALID_RANGE', path: ['options', 'to'] });
    expect(errorOf(() => monthlyTotalsByRep([], { from: '1900-01', to: '2026-01' }))).toMatchObject({
      code: 'TOO_LONG',
      path: ['options'],
      message: 'There are 1513 entries in the report from 1900-01 to 2026-01; at most 1200 are accepted.',
    });
    expect(errorOf(() => monthlyTotalsByRep([{ rep: 'Ana', at: '2026-01-05', amount: -1 }]))).toMatchObject({ code: 'NEGATIVE', path: ['records', 0, 'amount'] });
  });

describe('growthRate on a long series', () => {
  it('compares up to 10,000 values and refuses a longer series (a log, not periods) before reading it', () => {
    expect(growthRate(new Array<number>(10_000).fill(5)).steps.length).toBe(9_999);
    const e = errorOf(() => growthRate(new Array<number>(1_000_000).fill(5)));
    expect([e.code, e.path]).toEqual(['TOO_LONG', ['series']]);
    expect(e.message).toBe('There are 1000000 entries in the series; at most 10000 are accepted.');
  });
});
});
