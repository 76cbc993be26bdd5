import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FunnelMathError, isPipelineForecast, pipelineForecast, type ForecastAmount, type ForecastDeal, type ForecastProbability } from '../../src/index.js';

const ref = JSON.parse(readFileSync(new URL('../fixtures/pipeline_reference.json', import.meta.url), 'utf8'));
const team = ref.team;
const teamDeals = team.deals as ForecastDeal[];
const teamOptions = { asOf: '2026-11-02', period: 'quarter', probabilities: team.probabilities, quota: team.quota } as const;

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

function exactValue(p: ForecastProbability): number {
  if (!p.resolved) throw new Error('expected an exact probability');
  return p.value.toNumber();
}

function contains(p: ForecastProbability, value: number): void {
  if (p.resolved) return close(p.value.toNumber(), value);
  expect(p.lower).toBeLessThanOrEqual(value + 1e-12);
  expect(p.upper).toBeGreaterThanOrEqual(value - 1e-12);
}

function amount(a: ForecastAmount): string {
  if (!a.resolved) throw new Error('expected an exact amount');
  return a.value.toString();
}

describe('pipelineForecast: will we make the quarter? (40 open deals)', () => {
  const f = pipelineForecast(teamDeals, teamOptions);

  it('is the fiscal quarter containing the as-of date, with won, lost and out-of-period deals sorted', () => {
    expect(isPipelineForecast(f)).toBe(true);
    expect(f.period).toEqual({ start: '2026-10-01', end: '2026-12-31', basis: 'quarter', fiscalYearStart: 1 });
    expect(f.openDeals).toBe(40);
    expect(f.wonDeals).toBe(3);
    expect(f.wonAmount.toString()).toBe('24500');
    expect(f.excluded).toEqual({ lost: 2, wonOutsidePeriod: 1 });
  });

  it('has the exact count distribution of scipy.stats.poisson_binom, summing to exactly 1', () => {
    expect(f.count.method).toBe('exact-rational');
    if (f.count.method !== 'exact-rational') return;
    expect(f.count.distribution).toHaveLength(41);
    f.count.distribution.forEach((d, k) => {
      expect(d.wins).toBe(3 + k);
      close(d.probability.toNumber(), team.count[k]);
    });
    expect(f.count.distribution.reduce((s, d) => s.add(d.probability), f.count.expected.sub(f.count.expected)).toString()).toBe('1');
  });

  it('has the won amount exactly on the 500 lattice, as numpy convolution gives it', () => {
    expect(f.amountMethod).toBe('exact-lattice');
    expect(f.amountUnit?.toString()).toBe('500');
    close(f.expected.toNumber(), team.team.expected);
    expect(amount(f.percentiles.p10)).toBe(String(team.team.p10));
    expect(amount(f.percentiles.p50)).toBe(String(team.team.p50));
    expect(amount(f.percentiles.p90)).toBe(String(team.team.p90));
    close(exactValue(f.quota!.probability), team.team.atLeastQuota);
    close(exactValue(f.quota!.withoutBiggestDeal!.probability), team.team.withoutBiggest);
  });

  it('states the numbers of the guide', () => {
    expect(f.weightedPipeline.toString()).toBe(WORD.weighted);
    expect(f.expected.toString()).toBe(WORD.expected);
    expect(f.quota!.gap.toString()).toBe(WORD.gap);
    expect(amount(f.percentiles.p10)).toBe(WORD.p10);
    expect(amount(f.percentiles.p50)).toBe(WORD.p50);
    expect(amount(f.percentiles.p90)).toBe(WORD.p90);
    expect(exactValue(f.quota!.probability).toFixed(4)).toBe(WORD.chance);
    expect(f.quota!.withoutBiggestDeal!.id).toBe(WORD.biggest);
    expect(exactValue(f.quota!.withoutBiggestDeal!.probability).toFixed(4)).toBe(WORD.chanceWithout);
    expect(f.concentration.map((c) => c.share!.toPercent(1))).toEqual(WORD.concentration);
    expect(f.count.expected.toString()).toBe('2189/100');
    expect(f.byRep.map((r) => [r.name, r.expected.toString()])).toEqual([
      ['Amira', '66675'],
      ['Bogdan', '56665'],
      ['Daria', '94875'],
      ['Reza', '64410'],
    ]);
  });

  it('summarises each rep as its own distribution', () => {
    expect(f.byRep.map((r) => r.name)).toEqual(['Amira', 'Bogdan', 'Daria', 'Reza']);
    for (const r of f.byRep) {
      const want = team.byRep[r.name!];
      close(r.expected.toNumber(), want.expected);
      expect(amount(r.percentiles.p10)).toBe(String(want.p10));
      expect(amount(r.percentiles.p50)).toBe(String(want.p50));
      expect(amount(r.percentiles.p90)).toBe(String(want.p90));
    }
    expect(f.byCategory.map((c) => c.name).sort()).toEqual(['best-case', 'commit', 'pipeline']);
    const sum = f.byRep.reduce((s, r) => s.add(r.expectedExact), f.expectedExact.sub(f.expectedExact));
    expect(sum.equals(f.expectedExact)).toBe(true);
  });
});

const WORD = {
  weighted: '258125',
  expected: '282625',
  gap: '17375',
  p10: '227000',
  p50: '282500',
  p90: '338500',
  chance: '0.3456',
  biggest: 'D23',
  chanceWithout: '0.3193',
  concentration: ['1.1%', '16.1%', '23.6%'],
};

describe('pipelineForecast against references beyond the exact limits', () => {
  it('300 deals: still exact, equal to scipy to 1e-9', () => {
    const c = ref.count300;
    const f = pipelineForecast(c.deals, { asOf: '2026-11-02', period: 'quarter', quota: c.quota });
    expect(f.count.method).toBe('exact-rational');
    if (f.count.method === 'exact-rational') f.count.distribution.forEach((d, k) => close(d.probability.toNumber(), c.count[k]));
    close(f.expected.toNumber(), c.team.expected);
    contains(f.quota!.probability, c.team.atLeastQuota);
  });

  it('1200 deals: the count in floats as intervals holding scipy, the amount on the float lattice', () => {
    const c = ref.float1200;
    const f = pipelineForecast(c.deals, { asOf: '2026-11-02', period: 'quarter', quota: c.quota });
    expect(f.count.method).toBe('float-recurrence');
    if (f.count.method === 'float-recurrence') {
      f.count.distribution.forEach((d, k) => {
        expect(d.lower).toBeLessThanOrEqual(d.upper);
        expect(d.lower).toBeLessThanOrEqual(c.count[k] + 1e-12);
        expect(d.upper).toBeGreaterThanOrEqual(c.count[k] - 1e-12);
        expect(d.upper - d.lower).toBeLessThanOrEqual(1e-9);
      });
    }
    expect(f.amountMethod).toBe('float-lattice');
    const p = f.quota!.probability;
    expect(p.resolved).toBe(false);
    contains(p, c.team.atLeastQuota);
    if (!p.resolved) expect(p.upper - p.lower).toBeLessThan(1e-9);
    for (const key of ['p10', 'p50', 'p90'] as const) {
      const q = f.percentiles[key];
      expect(q.resolved).toBe(false);
      if (!q.resolved) {
        expect(q.lower.toNumber()).toBeLessThanOrEqual(c.team[key]);
        expect(q.upper.toNumber()).toBeGreaterThanOrEqual(c.team[key]);
      }
    }
  });

  it('14 deals in cents: too fine a lattice, bounded on both sides around the exact enumeration', () => {
    const c = ref.cents14;
    const f = pipelineForecast(c.deals, { asOf: '2026-11-02', period: 'quarter', quota: c.quota });
    expect(['bracketed-lattice', 'normal-berry-esseen']).toContain(f.amountMethod);
    const p = f.quota!.probability;
    expect(p.resolved).toBe(false);
    contains(p, c.atLeastQuota);
  });
});

describe('pipelineForecast: periods, probabilities and refusals', () => {
  const deal = (over: Partial<Record<string, unknown>> = {}) => ({ id: 'a', amount: '1200.50', stage: 'demo', ...over }) as ForecastDeal;

  it('finds fiscal quarters and years, and a period to a given end', () => {
    const at = (period: 'month' | 'quarter' | 'year', fiscalYearStart?: number) =>
      pipelineForecast([deal()], { asOf: '2026-11-02', period, probabilities: { demo: '40%' }, ...(fiscalYearStart ? { fiscalYearStart } : {}) }).period;
    expect(at('month')).toMatchObject({ start: '2026-11-01', end: '2026-11-30' });
    expect(at('quarter', 2)).toMatchObject({ start: '2026-11-01', end: '2027-01-31' });
    expect(at('quarter', 4)).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    expect(at('year', 4)).toMatchObject({ start: '2026-04-01', end: '2027-03-31' });
    expect(at('year', 12)).toMatchObject({ start: '2025-12-01', end: '2026-11-30' });
    const until = pipelineForecast([deal()], { asOf: '2026-11-02', period: { end: '2026-11-15' }, probabilities: { demo: '40%' } });
    expect(until.period).toEqual({ start: '2026-11-02', end: '2026-11-15', basis: 'until-end', fiscalYearStart: 1 });
  });

  it("lets a deal's own probability override its stage's, and reads amounts exactly", () => {
    const f = pipelineForecast([deal(), deal({ id: 'b', probability: '1/3', amount: 300 })], { asOf: '2026-11-02', period: 'month', probabilities: { demo: '40%' } });
    expect(f.weightedPipeline.toString()).toBe('580.2');
    expect(f.count.expected.toString()).toBe('11/15');
  });

  it('refuses a stage without a probability, naming the deal and the stage', () => {
    const e = errorOf(() => pipelineForecast([deal(), deal({ id: 'x9', stage: 'pilot' })], { asOf: '2026-11-02', period: 'month', probabilities: { demo: '40%' } }));
    expect(e.code).toBe('MISSING_VALUE');
    expect(e.path).toEqual(['deals', 1, 'stage']);
    expect(e.message).toContain('deal 2 ("x9")');
    expect(e.message).toContain('"pilot"');
  });

  it('refuses the same id twice', () => {
    const e = errorOf(() => pipelineForecast([deal(), deal()], { asOf: '2026-11-02', period: 'month', probabilities: { demo: '40%' } }));
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.path).toEqual(['deals', 1, 'id']);
    expect(e.message).toBe('The deals have the id "a" twice (at 1 and 2); give each its own id.');
  });

  it('refuses a won deal without a close date, a period ending before the as-of date, a bad fiscal month', () => {
    expect(errorOf(() => pipelineForecast([deal({ status: 'won' })], { asOf: '2026-11-02', period: 'month' })).code).toBe('MISSING_VALUE');
    expect(errorOf(() => pipelineForecast([deal()], { asOf: '2026-11-02', period: { end: '2026-11-01' }, probabilities: { demo: 1 } })).code).toBe('INVALID_RANGE');
    expect(errorOf(() => pipelineForecast([deal()], { asOf: '2026-11-02', period: 'quarter', fiscalYearStart: 13, probabilities: { demo: 1 } })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => pipelineForecast([deal({ probability: '140%' })], { asOf: '2026-11-02', period: 'month' })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => pipelineForecast([deal({ amount: -5 })], { asOf: '2026-11-02', period: 'month' })).code).toBe('NEGATIVE');
    expect(errorOf(() => pipelineForecast([deal()], { asOf: '2026-11-02', period: 'week' as never })).code).toBe('INVALID_INPUT');
  });
});

function errorOf(run: () => unknown): FunnelMathError {
  try {
    run();
  } catch (e) {
    if (e instanceof FunnelMathError) return e;
    throw e;
  }
  throw new Error('expected a FunnelMathError');
}
