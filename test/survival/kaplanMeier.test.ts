import { describe, expect, it } from 'vitest';
import { cumulativeIncidence, isCumulativeIncidence, isSurvivalCurve, kaplanMeier } from '../../src/index.js';
import { expectHonest, errorOf } from '../helpers/honest.js';

const example = [
  { time: 10, event: true },
  { time: 20, event: true },
  { time: 20, event: false },
  { time: 30, event: true },
  { time: 40, event: false },
];

describe('kaplanMeier', () => {
  it('multiplies (1 − d/n) exactly at each event time; the deal censored at day 20 is at risk for the event of day 20', () => {
    const curve = kaplanMeier(example);
    expect(curve.steps.map((s) => [s.time, s.atRisk, s.events, s.censored, s.survival.toString()])).toEqual([
      [10, 5, 1, 0, '4/5'],
      [20, 4, 1, 1, '3/5'],
      [30, 2, 1, 0, '3/10'],
      [40, 1, 0, 1, '3/10'],
    ]);
    expect(curve.steps.map((s) => s.variance?.toString())).toEqual(['4/125', '6/125', '57/1000', '57/1000']);
    expect(curve.steps[0]!.standardError).toBeCloseTo(Math.sqrt(4 / 125), 15);
    expect([curve.estimator, curve.variance, curve.ties, curve.interval, curve.confidence.toString()]).toEqual(['kaplan-meier', 'greenwood', 'events-before-censorings', 'log', '19/20']);
    expect([curve.observations, curve.events, curve.censored]).toEqual([5, 3, 2]);
    expect(JSON.parse(JSON.stringify(curve.median))).toEqual({ probability: '1/2', time: 30, lower: 20, upper: null });
  });

  it('the median is null and "not-reached" when the curve never falls to one half', () => {
    const curve = kaplanMeier([
      { time: 5, event: true },
      { time: 8, event: false },
      { time: 9, event: false },
    ]);
    expect(curve.steps.at(-1)!.survival.toString()).toBe('2/3');
    expect(curve.median).toEqual({ probability: curve.median.probability, time: null, reason: 'not-reached' });
  });

  it('all censored: survival stays 1, with a log interval of [1, 1]', () => {
    const curve = kaplanMeier([{ time: 3, event: false }, { time: 7, event: false }]);
    expect(curve.steps.map((s) => s.survival.toString())).toEqual(['1', '1']);
    expect(curve.steps[0]!.interval).toEqual({ lower: 1, upper: 1 });
    expect(kaplanMeier([{ time: 3, event: false }], { interval: 'log-log' }).steps[0]).toMatchObject({ interval: null, reason: 'survival-one' });
  });

  it('once survival is 0, variance and interval are null with "survival-zero"', () => {
    const curve = kaplanMeier([{ time: 1, event: true }, { time: 2, event: true }]);
    expect(curve.steps[1]).toMatchObject({ variance: null, standardError: null, interval: null, reason: 'survival-zero' });
    expect(curve.steps[1]!.survival.toString()).toBe('0');
    expect(curve.median.time).toBe(1);
  });

  it("quantileRule 'midpoint' takes R's midpoint where the curve is exactly 1/2 over an interval; 'first' takes its start", () => {
    const flat = [1, 2, 3, 4, 6, 8].map((time, i) => ({ time, event: i !== 3 }));
    expect(kaplanMeier(flat).median.time).toBe(3);
    expect(kaplanMeier(flat, { quantileRule: 'midpoint' }).median.time).toBe(4.5);
    expect(kaplanMeier(flat, { quantiles: ['25%', 0.75] }).quantiles.map((q) => q.time)).toEqual([2, 6]);
  });

  it('no observation: no steps, median not reached', () => {
    const curve = kaplanMeier([]);
    expect(curve.steps).toEqual([]);
    expect(curve.median.time).toBeNull();
  });

  it('is honest: no NaN or Infinity anywhere, on every scale', () => {
    for (const interval of ['log', 'log-log', 'plain'] as const) expectHonest(() => kaplanMeier([...example, { time: 40, event: true }], { interval }));
  });

  it('refuses bad input with a code and a path', () => {
    expect(errorOf(() => kaplanMeier([{ time: 1.5, event: true }])).code).toBe('NOT_INTEGER');
    expect(errorOf(() => kaplanMeier([{ time: 1, event: true }, { time: -2, event: false }])).path).toEqual(['observations', 1, 'time']);
    expect(errorOf(() => kaplanMeier([{ time: 1, event: 1 as unknown as boolean }])).code).toBe('INVALID_INPUT');
    expect(errorOf(() => kaplanMeier([{ time: 1 } as never])).code).toBe('MISSING_VALUE');
    expect(errorOf(() => kaplanMeier([{ time: 1, event: true, tiem: 2 } as never])).code).toBe('UNKNOWN_OPTION');
    expect(errorOf(() => kaplanMeier(example, { confidence: 1.5 })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => kaplanMeier(example, { interval: 'arcsine' as never })).code).toBe('INVALID_CHOICE');
    expect(errorOf(() => kaplanMeier('deals' as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => kaplanMeier([{ time: 1.5, event: true }])).message).toBe('The time of observation 1 should be a whole number; got 1.5.');
  });

  it('has a guard', () => {
    expect(isSurvivalCurve(kaplanMeier(example))).toBe(true);
    expect(isSurvivalCurve(cumulativeIncidence([]))).toBe(false);
  });
});

describe('cumulativeIncidence', () => {
  const deals = [
    { time: 10, outcome: 'won' },
    { time: 20, outcome: 'lost' },
    { time: 25, outcome: null },
    { time: 30, outcome: 'won' },
  ] as const;

  it('F_won(t) = Σ S(u−) d/n: the open deal is censored, so the later win counts for it too', () => {
    const result = cumulativeIncidence(deals, { outcomes: ['won', 'lost'] });
    expect(result.steps.map((s) => [s.time, s.atRisk, s.incidence['won']!.toString(), s.incidence['lost']!.toString(), s.survival.toString()])).toEqual([
      [10, 4, '1/4', '0', '3/4'],
      [20, 3, '1/4', '1/4', '1/2'],
      [25, 2, '1/4', '1/4', '1/2'],
      [30, 1, '3/4', '1/4', '0'],
    ]);
    expect(JSON.parse(JSON.stringify(result.eventual))).toEqual({ won: '3/4', lost: '1/4' });
    expect([result.window, result.censored, result.estimator]).toEqual([30, 1, 'aalen-johansen']);
    // counting the open deal as lost would say 2/4
  });

  it('reports outcomes in the order given, and the order they occur by default', () => {
    expect(cumulativeIncidence(deals).outcomes).toEqual(['won', 'lost']);
    expect(cumulativeIncidence(deals, { outcomes: ['lost', 'won', 'stalled'] }).eventual['stalled']!.toString()).toBe('0');
  });

  it('refuses an outcome not listed, a duplicate outcome, and a non-text outcome', () => {
    const e = errorOf(() => cumulativeIncidence(deals, { outcomes: ['won'] }));
    expect([e.code, e.path]).toEqual(['INVALID_CHOICE', ['observations', 1, 'outcome']]);
    expect(errorOf(() => cumulativeIncidence(deals, { outcomes: ['won', 'lost', 'won'] })).code).toBe('DUPLICATE_ID');
    expect(errorOf(() => cumulativeIncidence([{ time: 1, outcome: 3 as never }])).code).toBe('INVALID_INPUT');
  });

  it('has a guard', () => {
    expect(isCumulativeIncidence(cumulativeIncidence(deals))).toBe(true);
    expect(isCumulativeIncidence(kaplanMeier([]))).toBe(false);
  });
});
