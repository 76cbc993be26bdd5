import { describe, expect, it } from 'vitest';
import { pipelineForecast, toSvg } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const texts = (svg: string) => (svg.match(/<text[^>]*>[^<]*<\/text>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'));

describe('toSvg of a pipeline forecast', () => {
  const deals = [
    { id: 'a', amount: 1_000, stage: 'demo' },
    { id: 'b', amount: 3_000, stage: 'proposal' },
    { id: 'w', amount: 500, stage: 'proposal', status: 'won' as const, closedAt: '2026-11-10' },
  ];
  const f = pipelineForecast(deals, { asOf: '2026-11-15', period: 'month', probabilities: { demo: '50%', proposal: '50%' }, quota: 3_500 });

  it('shows P10/P50/P90, the expected amount and the quota with its exact chance', () => {
    // won 500 + {0, 1000, 3000, 4000} each 1/4: P10 = 500, P50 = 1,500, P90 = 4,500; P(≥ 3,500) = 1/2
    const t = texts(toSvg(f));
    expect(t).toContain('Won amount, 2026-11-01 to 2026-11-30');
    expect(t.filter((x) => /^\d[\d,]*$/.test(x)).slice(0, 3)).toEqual(['500', '1,500', '4,500']);
    expect(t).toContain('expected 2,500');
    expect(t).toContain('quota 3,500');
    expect(t).toContain('Chance of reaching the quota of 3,500: 50.0%.');
    expect(t).toContain('Already won in the period: 500. Exact distribution of the won amount.');
  });

  it('draws the same chart from the JSON of the result', () => {
    expect(toSvg(JSON.parse(JSON.stringify(f)))).toBe(toSvg(f));
  });

  it('a bounded percentile is drawn as its bounds and a bounded chance is said to be one, never one number', () => {
    const bounded = { ...JSON.parse(JSON.stringify(f)), amountMethod: 'normal-berry-esseen', percentiles: { p10: { resolved: false, lower: '100', upper: '200' }, p50: { resolved: true, value: '1500' }, p90: { resolved: true, value: '4500' } }, quota: { quota: '3500', probability: { resolved: false, lower: 0.42, upper: 0.58 } } };
    const t = texts(toSvg(bounded));
    expect(t).toContain('between 100 and 200');
    expect(t).toContain('Chance of reaching the quota of 3,500: between 42.0% and 58.0% (bounds of the method; not resolved to one number).');
  });

  it('refuses a malformed forecast naming the field', () => {
    const bad = { ...JSON.parse(JSON.stringify(f)), expected: 'lots' };
    const e = errorOf(() => toSvg(bad));
    expect([e.code, e.path]).toEqual(['INVALID_NUMBER', ['result', 'expected']]);
  });
});
