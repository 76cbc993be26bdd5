import { describe, expect, it } from 'vitest';
import { pace, sequentialRateTest } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const winRate = { title: 'Win rate', metric: 'win rate', target: '30%', baseline: { value: '20%', period: '2025' }, start: '2026-11-02', deadline: '2026-11-27' } as const;
const asOf = '2026-11-13';

describe("pace with monitoring: 'always-valid'", () => {
  it('leaves the result as it was without the option (no monitoring field)', () => {
    const p = pace(winRate, { actual: '8/40', asOf });
    expect('monitoring' in p).toBe(false);
    expect(pace(winRate, { actual: '8/40', asOf, monitoring: 'point' })).toEqual(p);
  });
  it('judges at the most favourable rate the confidence sequence allows, and names the method', () => {
    const p = pace(winRate, { actual: '8/40', asOf, monitoring: 'always-valid', observed: { successes: 8, trials: 40 } });
    expect(p.status).toBe('on-track');
    const t = sequentialRateTest({ successes: 8, trials: 40 }, { target: '1/4' });
    expect(p.monitoring).toMatchObject({ monitoring: 'always-valid', method: 'beta-binomial-mixture', level: 0.95, pValue: t.pValue, interval: t.interval });
    expect(p.monitoring!.judged.toNumber()).toBe(t.interval!.upper);
    expect(p.expected.toString()).toBe('1/4');
  });
  it('a rate clearly behind stays behind; never a better status than the point one allows worse', () => {
    const p = pace(winRate, { actual: '40/400', asOf, monitoring: 'always-valid', observed: { successes: 40, trials: 400 } });
    expect(p.status).toBe('off-track');
    expect(p.monitoring!.pValue!).toBeLessThan(0.05);
  });
  it('takes cumulative counts at each check-in', () => {
    const p = pace(winRate, { actual: '60/300', asOf, monitoring: 'always-valid', observed: [{ successes: 10, trials: 100 }, { successes: 60, trials: 300 }] });
    const t = sequentialRateTest([{ successes: 10, trials: 100 }, { successes: 60, trials: 300 }], { target: '1/4' });
    expect(p.monitoring!.pValue).toBe(t.pValue);
    expect(p.monitoring!.interval).toEqual(t.interval);
  });
  it('a goal that is met stays on track; an at-most goal is judged at the lower bound', () => {
    const churn = { title: 'Churn', metric: 'churn', target: 'below 5%', baseline: { value: '10%', period: '2025' }, start: '2026-11-02', deadline: '2026-11-27' } as const;
    const point = pace(churn, { actual: '9/100', asOf });
    const av = pace(churn, { actual: '9/100', asOf, monitoring: 'always-valid', observed: { successes: 9, trials: 100 } });
    expect(point.status).not.toBe('on-track');
    expect(av.status).toBe('on-track');
    expect(av.monitoring!.judged.toNumber()).toBe(av.monitoring!.interval!.lower);
  });
  it('refuses it for a goal not on a rate, and without observed counts', () => {
    const calls = { title: 'Calls', metric: 'calls', target: 1000, start: '2026-11-02', deadline: '2026-11-27' } as const;
    const e = errorOf(() => pace(calls, { actual: 3, asOf, monitoring: 'always-valid', observed: { successes: 1, trials: 2 } }));
    expect([e.code, e.path]).toEqual(['INVALID_INPUT', ['options', 'monitoring']]);
    const m = errorOf(() => pace(winRate, { actual: '8/40', asOf, monitoring: 'always-valid' }));
    expect([m.code, m.path]).toEqual(['MISSING_VALUE', ['options', 'observed']]);
    expect(errorOf(() => pace(winRate, { actual: '8/40', asOf, monitoring: 'sometimes' as never })).code).toBe('INVALID_CHOICE');
    expect(errorOf(() => pace(winRate, { actual: '8/40', asOf, monitoring: 'always-valid', observed: { successes: 9, trials: 4 } })).code).toBe('SUCCESSES_ABOVE_TRIALS');
  });
});
