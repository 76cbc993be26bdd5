import { describe, expect, it } from 'vitest';
import { forecastAccuracy, isForecastAccuracy } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

// Word problem: Ana forecast 100,000 and sold 80,000 in Q1, forecast 90,000 and sold 100,000 in
// Q2; Ben forecast 50,000 and sold 40,000 in Q1, forecast 60,000 and sold nothing in Q2.
const entries = [
  { rep: 'Ana', period: '2026-Q1', forecast: 100000, actual: 80000 },
  { rep: 'Ana', period: '2026-Q2', forecast: 90000, actual: 100000 },
  { rep: 'Ben', period: '2026-Q1', forecast: 50000, actual: 40000 },
  { rep: 'Ben', period: '2026-Q2', forecast: 60000, actual: 0 },
] as const;

describe('forecastAccuracy', () => {
  it('error, absolute error, bias and WAPE per rep and team, exact', () => {
    const r = plain(forecastAccuracy(entries));
    expect(r.kind).toBe('forecast-accuracy');
    expect([r.measure, r.denominator]).toEqual(['wape', 'total actual']);
    expect(r.team).toEqual({
      periods: 4,
      forecast: '300000',
      actual: '220000',
      error: '80000',
      absoluteError: '100000',
      bias: '4/11',
      biasReason: null,
      biasDenominator: 'total actual',
      value: '5/11',
      reason: null,
      zeroActualPeriods: ['Ben 2026-Q2'],
    });
    expect(r.byRep.map((x: { rep: string; error: string; bias: string; value: string }) => [x.rep, x.error, x.bias, x.value])).toEqual([
      ['Ana', '10000', '1/18', '1/6'],
      ['Ben', '70000', '7/4', '7/4'],
    ]);
  });

  it('MAPE is the mean of the periods, and null with a reason when a period sold nothing', () => {
    const r = forecastAccuracy(entries, { measure: 'mape' });
    expect(r.denominator).toBe('actual of each period');
    expect(plain(r.byRep.map((x) => [x.rep, x.value, x.reason, x.zeroActualPeriods]))).toEqual([
      ['Ana', '7/40', null, []],
      ['Ben', null, 'actual-zero-in-a-period', ['2026-Q2']],
    ]);
    expect([r.team.value, r.team.reason]).toEqual([null, 'actual-zero-in-a-period']);
  });

  it('nothing sold at all: bias and WAPE are null with a reason, never Infinity', () => {
    const r = forecastAccuracy([{ rep: 'Cy', period: '2026-Q1', forecast: 5000, actual: 0 }]);
    expect([r.team.bias, r.team.biasReason, r.team.value, r.team.reason]).toEqual([null, 'no-actual', null, 'no-actual']);
    const none = forecastAccuracy([]);
    expect([none.team.periods, none.team.value, none.team.reason]).toEqual([0, null, 'no-actual']);
  });

  it('refuses bad input', () => {
    const twice = errorOf(() => forecastAccuracy([...entries, { rep: 'Ana', period: '2026-Q1', forecast: 1, actual: 1 }]));
    expect([twice.code, twice.path, twice.message]).toEqual(['DUPLICATE_ID', ['entries', 4, 'period'], 'The forecast entries have the id "Ana 2026-Q1" twice (at 1 and 5); give each its own id.']);
    expect(errorOf(() => forecastAccuracy(entries, { measure: 'rmse' as 'wape' })).code).toBe('INVALID_CHOICE');
    const negative = errorOf(() => forecastAccuracy([{ rep: 'Ana', period: 'Q1', forecast: 1, actual: -1 }]));
    expect([negative.code, negative.path]).toEqual(['NEGATIVE', ['entries', 0, 'actual']]);
    expect(errorOf(() => forecastAccuracy([{ rep: 'Ana', period: 'Q1', forecast: 1 } as never])).code).toBe('MISSING_VALUE');
  });

  it('is recognised by its guard', () => {
    expect(isForecastAccuracy(plain(forecastAccuracy(entries)))).toBe(true);
  });
});
