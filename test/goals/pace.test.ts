import { describe, expect, it } from 'vitest';
import { pace, type GoalInput, type PaceOptions } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const json = (x: unknown) => JSON.parse(JSON.stringify(x));
const calls = { title: 'Calls', metric: 'calls', target: 1000, start: '2026-11-02', deadline: '2026-11-27' } as const;
const revenue = { title: 'Revenue 2026', metric: 'revenue', target: '+10%', baseline: 700_000, unit: 'USD', start: '2026-01-01', deadline: '2026-12-31' } as const;

describe('pace', () => {
  it('1000 calls over 20 working days: after 8 days 400 are expected', () => {
    expect(json(pace(calls, { actual: 380, asOf: '2026-11-11' }))).toEqual({
      kind: 'pace',
      asOf: '2026-11-11',
      status: 'on-track',
      elapsed: '2/5',
      workingDaysElapsed: 8,
      workingDaysLeft: 12,
      target: '1000',
      actual: '380',
      expected: '400',
      gap: '-20',
      projection: '950',
      requiredPerWorkingDay: '155/3',
      reason: null,
    });
  });

  it('status thresholds: 5% behind is on track, 20% behind at risk, more is off track', () => {
    const status = (actual: number) => pace(calls, { actual, asOf: '2026-11-11' }).status;
    expect([status(380), status(379), status(320), status(319), status(0), status(1000)]).toEqual([
      'on-track', 'at-risk', 'at-risk', 'off-track', 'off-track', 'on-track',
    ]);
    const custom = (actual: number) => pace(calls, { actual, asOf: '2026-11-11', thresholds: { onTrack: 1, atRisk: 0.5 } }).status;
    expect([custom(400), custom(399), custom(200), custom(199)]).toEqual(['on-track', 'at-risk', 'at-risk', 'off-track']);
  });

  it('a level going down: churn from 2% to below 1%, at 1.6% halfway', () => {
    const churn = { title: 'Churn', metric: 'churn', target: 'below 1%', baseline: '2%', start: '2026-01-05', deadline: '2026-03-27' };
    expect(json(pace(churn, { actual: '1.6%', asOf: '2026-02-13' }))).toEqual({
      kind: 'pace',
      asOf: '2026-02-13',
      status: 'at-risk',
      elapsed: '1/2',
      workingDaysElapsed: 30,
      workingDaysLeft: 30,
      target: '1/100',
      actual: '2/125',
      expected: '3/200',
      gap: '1/1000',
      projection: '3/250',
      requiredPerWorkingDay: '-1/5000',
      reason: null,
    });
    expect(pace(churn, { actual: '1.5%', asOf: '2026-02-13' }).status).toBe('on-track');
    expect(pace(churn, { actual: '0.9%', asOf: '2026-01-06' }).status).toBe('on-track');
  });

  it('money to the cent; seasonality weights move what is expected', () => {
    expect(json(pace(revenue, { actual: 400_000, asOf: '2026-06-30' }))).toMatchObject({
      elapsed: '43/87',
      expected: '380574.71',
      gap: '19425.29',
      projection: '809302.33',
      requiredPerWorkingDay: '2803.03',
      status: 'on-track',
    });
    const seasonal = pace(revenue, { actual: 300_000, asOf: '2026-06-30', weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3], by: 'month' });
    expect(json([seasonal.elapsed, seasonal.expected, seasonal.status])).toEqual(['2/5', '308000', 'on-track']);
    expect(pace(revenue, { actual: 300_000, asOf: '2026-06-30' }).status).toBe('off-track');
  });

  it('before the start and after the deadline', () => {
    expect(json(pace(revenue, { actual: 0, asOf: '2025-12-01' }))).toMatchObject({ status: 'on-track', elapsed: '0', projection: null, reason: 'not-started' });
    expect(json(pace(revenue, { actual: 800_000, asOf: '2027-01-15' }))).toMatchObject({ status: 'on-track', elapsed: '1', requiredPerWorkingDay: null, reason: 'no-days-left' });
    expect(pace(revenue, { actual: 700_000, asOf: '2027-01-15' }).status).toBe('at-risk'); // 9% short
    expect(pace(revenue, { actual: 600_000, asOf: '2027-01-15' }).status).toBe('off-track'); // 22% short
  });

  it('throws a FunnelMathError with a path for each problem', () => {
    const err = (goal: unknown, options: unknown) => {
      const e = errorOf(() => pace(goal as GoalInput, options as PaceOptions));
      return [e.code, e.path];
    };
    expect(err(calls, { actual: 1, asOf: 'today' })).toEqual(['INVALID_DATE', ['options', 'asOf']]);
    expect(err(calls, { actual: -1, asOf: '2026-11-11' })).toEqual(['NEGATIVE', ['options', 'actual']]);
    expect(err(calls, { actual: 'x', asOf: '2026-11-11' })).toEqual(['INVALID_NUMBER', ['options', 'actual']]);
    expect(err(calls, { asOf: '2026-11-11' })).toEqual(['MISSING_VALUE', ['options', 'actual']]);
    expect(err(calls, { actual: 1, asOf: '2026-11-11', weights: [1, 2] })).toEqual(['WEIGHTS_COUNT', ['options', 'weights']]);
    expect(err(calls, { actual: 1, asOf: '2026-11-11', weights: [0] })).toEqual(['ZERO_WEIGHTS', ['options', 'weights']]);
    expect(err(calls, { actual: 1, asOf: '2026-11-11', by: 'day' })).toEqual(['INVALID_CHOICE', ['options', 'by']]);
    expect(err(calls, { actual: 1, asOf: '2026-11-11', thresholds: { onTrack: 2 } })).toEqual(['OUT_OF_RANGE', ['options', 'thresholds', 'onTrack']]);
    expect(err(calls, { actual: 1, asOf: '2026-11-11', thresholds: { onTrack: 0.5, atRisk: 0.6 } })).toEqual(['OUT_OF_RANGE', ['options', 'thresholds', 'atRisk']]);
    expect(err({ ...calls, start: undefined }, { actual: 1, asOf: '2026-11-11' })).toEqual(['MISSING_VALUE', ['goal', 'start']]);
    expect(err({ title: 'Win', metric: 'win rate', target: '40%', start: '2026-01-01', deadline: '2026-02-01' }, { actual: 0.3, asOf: '2026-01-10' })).toEqual([
      'MISSING_VALUE',
      ['goal', 'baseline'],
    ]);
    expect(err({ ...calls, start: '2026-11-28', deadline: '2026-11-29' }, { actual: 1, asOf: '2026-11-28' })).toEqual(['NO_WORKING_DAYS', ['goal']]);
  });

  it('words its errors from the catalog', () => {
    const message = (options: unknown) => errorOf(() => pace(calls as GoalInput, options as PaceOptions)).message;
    expect(message({ actual: 1, asOf: 'today' })).toBe('The as-of date should be a calendar date written YYYY-MM-DD, such as 2026-11-30; got "today".');
    expect(message({ asOf: '2026-11-11' })).toBe("Nothing was given for the actual value; give a value of 0 or more, such as 700000 or '30%'.");
    expect(message({ actual: 1, asOf: '2026-11-11', thresholds: { onTrack: 2 } })).toBe("The on-track threshold should be a share from 0 to 1, such as 0.15 or '15%'; got 2.");
    expect(message({ actual: 1, asOf: '2026-11-11', thresholds: { onTrack: 0.5, atRisk: 0.6 } })).toBe(
      'The at-risk threshold should be a share no higher than the on-track threshold (50.0%); got "60.0%".',
    );
    expect(message({ actual: 1, asOf: '2026-11-11', weights: 'even' })).toBe('The weights should be a list of 1 weight(s), one per period; got "even".');
  });
});
