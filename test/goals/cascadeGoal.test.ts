import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { cascadeGoal, type CascadeOptions, type GoalInput } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const json = (x: unknown) => JSON.parse(JSON.stringify(x));
const revenue = {
  title: 'Revenue 2026',
  metric: 'revenue',
  target: '+10%',
  baseline: { value: 700_000, period: '2025' },
  unit: 'USD',
  start: '2026-01-01',
  deadline: '2026-12-31',
} as const;

describe('cascadeGoal: metrics that add up', () => {
  it('splits +10% on $700,000 into quarters by working days, to the cent, and per rep', () => {
    const c = cascadeGoal(revenue, { into: 'quarter', reps: { Ana: 2, Bo: 1 } });
    expect(json(c.total)).toBe('770000');
    expect(json(c.reps)).toEqual({ Ana: '513333.33', Bo: '256666.67' });
    expect(json(c.subGoals.map((s) => [s.start, s.end, s.workingDays, s.share, s.target, s.byRep]))).toEqual([
      ['2026-01-01', '2026-03-31', 64, '64/261', '188812.26', { Ana: '125874.84', Bo: '62937.42' }],
      ['2026-04-01', '2026-06-30', 65, '65/261', '191762.45', { Ana: '127841.63', Bo: '63920.82' }],
      ['2026-07-01', '2026-09-30', 66, '22/87', '194712.65', { Ana: '129808.43', Bo: '64904.22' }],
      ['2026-10-01', '2026-12-31', 66, '22/87', '194712.64', { Ana: '129808.43', Bo: '64904.21' }],
    ]);
    const sum = c.subGoals.reduce((a, s) => a.add(s.target as Decimal), new Decimal(0));
    expect(sum.toString()).toBe('770000');
    expect(json(c.subGoals[3]!.cumulative)).toBe('770000');
  });

  it('"annual / 12 for monthly": equal weights give twelfths; the remainder cent goes to the earliest', () => {
    const c = cascadeGoal({ ...revenue, target: { value: 1_000_000, unit: 'USD' } }, { into: 'month', weights: Array(12).fill(1) });
    expect(json(c.subGoals.map((s) => s.target))).toEqual([
      '83333.34', '83333.34', '83333.34', '83333.34', '83333.33', '83333.33',
      '83333.33', '83333.33', '83333.33', '83333.33', '83333.33', '83333.33',
    ]);
  });

  it('+15% MQLs in six months from 130: 149.5 is rounded up to 150 whole MQLs, by seasonality weights', () => {
    const c = cascadeGoal({ title: 'MQLs', metric: 'MQLs', target: '+15%', baseline: 130, start: '2026-01-01', deadline: '2026-06-30' }, { into: 'month', weights: [1, 1, 2, 2, 3, 3] });
    expect(c.total).toBe(150);
    expect(c.subGoals.map((s) => [s.target, s.cumulative])).toEqual([[13, 13], [13, 26], [25, 51], [25, 76], [37, 113], [37, 150]]);
    expect(c.policy).toBe('Split by the weights given with the largest-remainder method, in whole units; the parts sum exactly to the total, which was rounded up to a whole number.');
  });

  it('an at-most count is rounded down', () => {
    const c = cascadeGoal({ title: 'Lost deals', metric: 'lost deals', unit: 'deals', target: '-5%', baseline: 30, start: '2026-01-01', deadline: '2026-03-31' }, { into: 'month' });
    expect(c.total).toBe(28); // 28.5 at most → 28
  });

  it('1000 calls in November 2026 by ISO week, as schedule() spreads them, and by working day', () => {
    const calls = { title: 'Calls', metric: 'calls', target: 1000, start: '2026-11-01', deadline: '2026-11-30' };
    expect(cascadeGoal(calls, { into: 'week' }).subGoals.map((s) => [s.start, s.end, s.target])).toEqual([
      ['2026-11-01', '2026-11-01', 0],
      ['2026-11-02', '2026-11-08', 238],
      ['2026-11-09', '2026-11-15', 238],
      ['2026-11-16', '2026-11-22', 238],
      ['2026-11-23', '2026-11-29', 238],
      ['2026-11-30', '2026-11-30', 48],
    ]);
    const days = cascadeGoal(calls, { into: 'day', holidays: ['2026-11-26'] }).subGoals;
    expect(days.length).toBe(20);
    expect(days.map((s) => s.target)).toEqual(Array(20).fill(50));
    expect(days.some((s) => s.start === '2026-11-26')).toBe(false);
    expect(cascadeGoal(calls, { into: 'week', reps: ['Ana', 'Bo', 'Cy'] }).reps).toEqual({ Ana: 334, Bo: 333, Cy: 333 });
  });
});

describe('cascadeGoal: levels and compounding', () => {
  it('+10% a year compounds to (1.1)^(1/12) − 1 a month, not 10%/12', () => {
    const ltv = { title: 'LTV', metric: 'LTV', target: '+10%', baseline: 1000, unit: 'USD', start: '2026-01-01', deadline: '2026-12-31' };
    const c = cascadeGoal(ltv, { into: 'month' });
    const step = c.subGoals[0]!.stepChange as Decimal;
    // reference: Python decimal at 60 digits, exp(ln(1.1) / 12) - 1
    expect(step.toString()).toBe('0.00797414042890374106603184422323033318250514514397579143354');
    expect(c.subGoals.every((s) => (s.stepChange as Decimal).eq(step))).toBe(true);
    expect(step.eq(new Decimal(0.1).div(12))).toBe(false);
    // twelve steps compound back to +10% (to 55 digits)
    expect(step.add(1).pow(12).toSignificantDigits(55).toString()).toBe('1.1');
    expect(json(c.subGoals[11]!.target)).toBe('1100');
    expect((c.subGoals[5]!.target as Decimal).toString()).toBe('1048.80884817015154699145351367993759847527185768150398487576');
    expect(c.subGoals.map((s) => s.share.toString())).toEqual(Array(12).fill('1/12'));
  });

  it('a part month counts by calendar days in the compounding', () => {
    const c = cascadeGoal({ title: 'LTV', metric: 'LTV', target: '+10%', baseline: 1000, unit: 'USD', start: '2026-01-16', deadline: '2026-03-31' }, { into: 'month' });
    expect(c.subGoals.map((s) => s.share.toString())).toEqual(['8/39', '31/78', '31/78']);
    expect((c.subGoals[0]!.stepChange as Decimal).toFixed(12)).toBe(new Decimal(1.1).pow(new Decimal(16).div(78)).minus(1).toFixed(12));
  });

  it('+8pp win rate moves linearly; churn below 1% from 2% moves linearly; without a baseline the level is held', () => {
    const win = cascadeGoal({ title: 'Win rate', metric: 'win rate', target: '+8pp', baseline: '30%', start: '2026-01-01', deadline: '2026-12-31' }, { into: 'quarter' });
    expect(json(win.subGoals.map((s) => [s.target, s.stepChange]))).toEqual([['8/25', '1/50'], ['17/50', '1/50'], ['9/25', '1/50'], ['19/50', '1/50']]);
    const churn = cascadeGoal({ title: 'Churn', metric: 'churn', target: 'below 1%', baseline: '2%', start: '2026-01-01', deadline: '2026-06-30' }, { into: 'month' });
    expect(json(churn.subGoals.map((s) => s.target))).toEqual(['11/600', '1/60', '3/200', '1/75', '7/600', '1/100']);
    const hold = cascadeGoal({ title: 'Churn', metric: 'churn', target: 'below 1%', start: '2026-01-15', deadline: '2026-03-31' }, { into: 'month', reps: ['Ana'] });
    expect(json(hold.subGoals.map((s) => [s.target, s.byRep]))).toEqual([['1/100', { Ana: '1/100' }], ['1/100', { Ana: '1/100' }], ['1/100', { Ana: '1/100' }]]);
  });
});

describe('cascadeGoal: bad input', () => {
  const calls = { title: 'Calls', metric: 'calls', target: 1000, start: '2026-11-01', deadline: '2026-11-30' };
  const err = (goal: unknown, options: unknown) => {
    const e = errorOf(() => cascadeGoal(goal as GoalInput, options as CascadeOptions));
    return [e.code, e.path];
  };
  it('throws a FunnelMathError with a path for each problem', () => {
    expect(err({ ...calls, start: undefined }, { into: 'month' })).toEqual(['MISSING_VALUE', ['goal', 'start']]);
    expect(err({ ...calls, deadline: undefined }, { into: 'month' })).toEqual(['MISSING_VALUE', ['goal', 'deadline']]);
    expect(err({ ...calls, target: '+10%' }, { into: 'month' })).toEqual(['MISSING_VALUE', ['goal', 'baseline']]);
    expect(err(calls, { into: 'year' })).toEqual(['INVALID_CHOICE', ['options', 'into']]);
    expect(err(calls, { into: 'month', weigths: [1] })).toEqual(['UNKNOWN_OPTION', ['options', 'weigths']]);
    expect(err(calls, { into: 'month', weights: [1, 2] })).toEqual(['WEIGHTS_COUNT', ['options', 'weights']]);
    expect(err(calls, { into: 'month', weights: 1 })).toEqual(['INVALID_INPUT', ['options', 'weights']]);
    expect(err(calls, {})).toEqual(['MISSING_VALUE', ['options', 'into']]);
    expect(err(calls, { into: 'month', weights: [-1] })).toEqual(['NEGATIVE', ['options', 'weights', 0]]);
    expect(err(calls, { into: 'month', weights: [0] })).toEqual(['ZERO_WEIGHTS', ['options', 'weights']]);
    expect(err({ ...calls, start: '1900-01-01', deadline: '2026-11-30' }, { into: 'month' })).toEqual(['GOAL_TOO_LONG', ['goal', 'deadline']]);
    expect(err(calls, { into: 'month', reps: [] })).toEqual(['EMPTY_LIST', ['options', 'reps']]);
    expect(err(calls, { into: 'month', reps: ['Ana', 'Ana'] })).toEqual(['INVALID_INPUT', ['options', 'reps']]);
    expect(err(calls, { into: 'month', reps: { Ana: -1 } })).toEqual(['NEGATIVE', ['options', 'reps', 'Ana']]);
    expect(err({ ...calls, start: '2026-11-28', deadline: '2026-11-29' }, { into: 'week' })).toEqual(['NO_WORKING_DAYS', ['goal']]);
    expect(err({ ...calls, start: '2026-11-28', deadline: '2026-11-29' }, { into: 'day' })).toEqual(['NO_WORKING_DAYS', ['goal']]);
    expect(err({ ...calls, target: 2 ** 53 }, { into: 'month' })).toEqual(['RESULT_TOO_LARGE', ['goal', 'target']]);
    expect(err('calls', { into: 'month' })).toEqual(['INVALID_INPUT', ['goal']]);
  });
  it('reads a reps array with an own constructor key as names', () => {
    const reps = Object.assign(['a', 'b'], { constructor: 1 });
    const goal = { title: 'Calls', metric: 'calls', target: 100, start: '2026-11-02', deadline: '2026-11-29' };
    expect(cascadeGoal(goal, { into: 'week', reps }).reps).toEqual({ a: 50, b: 50 });
  });

  it('words its errors from the catalog', () => {
    const message = (goal: unknown, options: unknown) => errorOf(() => cascadeGoal(goal as GoalInput, options as CascadeOptions)).message;
    expect(message(calls, { into: 'year' })).toBe('The period to split into should be one of "quarter", "month", "week", "day"; got "year".');
    expect(message(calls, {})).toBe("Nothing was given for the period to split into; give 'quarter', 'month', 'week' or 'day'.");
    expect(message(calls, { into: 'month', weights: [1, 2] })).toBe('There are 2 weights for 1 period(s) from 2026-11-01 to 2026-11-30; give one weight per period.');
    expect(message({ ...calls, deadline: '2027-01-31' }, { into: 'month', weights: [1, -1, 1] })).toBe('The weight of period 2 cannot be negative; got -1.');
    expect(message(calls, { into: 'month', weights: [0] })).toBe('Every weight is 0; give at least one period a weight above 0.');
    expect(message({ ...calls, start: undefined }, { into: 'month' })).toBe('Nothing was given for the start date; give a calendar date written YYYY-MM-DD, such as 2026-11-30.');
    expect(message({ ...calls, start: '2026-11-28', deadline: '2026-11-29' }, { into: 'day' })).toBe(
      'There are no working days from 2026-11-28 to 2026-11-29, so there is nothing to spread the activity over.',
    );
  });
});
