import { describe, expect, it } from 'vitest';
import { attainment, type GoalInput } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const json = (x: unknown) => JSON.parse(JSON.stringify(x));
const revenue = { title: 'Revenue', metric: 'revenue', target: '+10%', baseline: 700_000, unit: 'USD' } as const;

describe('attainment', () => {
  it('is (actual − baseline) / (target − baseline), exact', () => {
    expect(json(attainment(revenue, 735_000))).toEqual({ kind: 'attainment', value: '1/2', reason: null, threshold: '1', met: false });
    expect(json(attainment(revenue, 770_000))).toEqual({ kind: 'attainment', value: '1', reason: null, threshold: '1', met: true });
    expect(json(attainment(revenue, 700_000)).value).toBe('0');
    expect(json(attainment(revenue, 650_000)).value).toBe('-5/7');
    expect(json(attainment({ title: 'Calls', metric: 'calls', target: 300 }, 100)).value).toBe('1/3');
  });

  it('works for goals that go down: churn 2% → 1%, at 1.5%', () => {
    expect(json(attainment({ title: 'Churn', metric: 'churn', target: 'below 1%', baseline: '2%' }, '1.5%'))).toEqual({ kind: 'attainment', value: '1/2', reason: null, threshold: '1', met: false });
  });

  it('stretch goals count as met at 0.7 (configurable)', () => {
    const stretch = { ...revenue, level: 'stretch', target: '+20%' } as const;
    expect(json(attainment(stretch, 798_000))).toEqual({ kind: 'attainment', value: '7/10', reason: null, threshold: '7/10', met: true });
    expect(attainment(stretch, 797_999).met).toBe(false);
    expect(json(attainment(stretch, 798_000, { stretchThreshold: '80%' }))).toMatchObject({ threshold: '4/5', met: false });
  });

  it('is null with a reason when the target equals the baseline', () => {
    const keep = { title: 'Keep churn', metric: 'churn', target: '2%', baseline: '2%' };
    expect(json(attainment(keep, '1.9%'))).toEqual({ kind: 'attainment', value: null, reason: 'target-equals-baseline', threshold: '1', met: true });
    expect(attainment(keep, '2.1%').met).toBe(false);
  });

  it('throws a FunnelMathError with a path for each problem', () => {
    const err = (goal: unknown, actual: unknown, options?: unknown) => {
      const e = errorOf(() => attainment(goal as GoalInput, actual as number, options as { stretchThreshold: number }));
      return [e.code, e.path];
    };
    expect(err(revenue, -1)).toEqual(['NEGATIVE', ['actual']]);
    expect(err(revenue, Number.NaN)).toEqual(['NOT_FINITE', ['actual']]);
    expect(err(revenue, 1, { stretchThreshold: 0 })).toEqual(['OUT_OF_RANGE', ['options', 'stretchThreshold']]);
    expect(err(revenue, 1, { stretch: 0.7 })).toEqual(['UNKNOWN_OPTION', ['options', 'stretch']]);
    expect(err({ ...revenue, baseline: undefined }, 1)).toEqual(['MISSING_VALUE', ['goal', 'baseline']]);
    expect(errorOf(() => attainment(revenue as GoalInput, 1, { stretchThreshold: 0 })).message).toBe('The stretch threshold should be a share above 0 and at most 1, such as 0.7; got 0.');
    expect(errorOf(() => attainment(revenue as GoalInput, -1)).message).toBe('The actual value cannot be negative; got -1.');
    expect(errorOf(() => attainment({ ...revenue, baseline: undefined } as GoalInput, 1)).message).toBe(
      'Nothing was given for the baseline; give the value the change starts from, such as 700000.',
    );
  });
});
