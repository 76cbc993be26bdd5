import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  activityForConfidence,
  compareRates,
  defineFunnel,
  detectableLift,
  hitProbability,
  outcomeRange,
  outliers,
  rateInterval,
  sampleSize,
  type IntervalMethod,
} from '../../src/index.js';
import { binomialQuantile, binomialTails } from '../../src/special/functions.js';
import { betaBinomialAtLeast } from '../../src/stats/model.js';
import { close } from '../helpers/close.js';

/** Reference values: test/fixtures/stats_reference.py (scipy 1.17; conventions documented there). */
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'stats_reference.json'), 'utf8'));


describe('rateInterval matches the scipy reference for every method (1e-9 relative)', () => {
  type Row = { successes: number; trials: number; level: number; method: IntervalMethod; lower: number; upper: number };
  const rows = ref.intervals as Row[];
  it(`covers ${rows.length} cases including 0, trials, 1 and n = 10^6`, () => {
    expect(rows.length).toBe(920);
    expect(rows.some((r) => r.trials === 1_000_000 && r.successes === 1 && r.method === 'clopper-pearson')).toBe(true);
  });
  for (const method of ['wilson', 'jeffreys', 'clopper-pearson', 'agresti-coull'] as const) {
    it(method, () => {
      for (const r of rows.filter((x) => x.method === method)) {
        const got = rateInterval(r.successes, r.trials, { level: r.level, method });
        const where = `${method} ${r.successes}/${r.trials} @${r.level}`;
        close(got.lower, r.lower, `${where} lower`);
        close(got.upper, r.upper, `${where} upper`);
      }
    });
  }
});

describe('compareRates matches the reference', () => {
  type Row = { a: [number, number]; b: [number, number]; level: number; difference: number; lower: number; upper: number; z: number; pValue: number; probabilityBHigher: number };
  it('Newcombe interval, z-test and P(b > a) (exact sum in 50-digit arithmetic)', () => {
    for (const r of ref.comparisons as Row[]) {
      const c = compareRates({ successes: r.a[0], trials: r.a[1] }, { successes: r.b[0], trials: r.b[1] }, { level: r.level });
      const where = `${r.a} vs ${r.b} @${r.level}`;
      close(c.difference, r.difference, `${where} difference`);
      close(c.interval!.lower, r.lower, `${where} lower`);
      close(c.interval!.upper, r.upper, `${where} upper`);
      close(c.zTest!.z, r.z, `${where} z`);
      close(c.zTest!.pValue, r.pValue, `${where} p`);
      close(c.probabilityBHigher, r.probabilityBHigher, `${where} P(b > a)`);
    }
  });
});

describe('binomial and beta-binomial tails, quantiles', () => {
  it('P(X ≥ goal) for Binomial(n, p) — scipy binom.sf', () => {
    for (const r of ref.binomial as { n: number; p: number; goal: number; atLeast: number }[]) {
      close(binomialTails(r.goal, r.n, r.p).atLeast, r.atLeast, `${r.goal} of ${r.n} at ${r.p}`);
    }
  });
  it('hitProbability on a two-stage funnel is the same tail', () => {
    const f = defineFunnel(['call', 'sale'] as const);
    for (const r of (ref.binomial as { n: number; p: number; goal: number; atLeast: number }[]).filter((x) => x.p === 0.05 || x.p === 0.01)) {
      close(hitProbability(f, { activity: r.n, rates: { sale: r.p }, goal: r.goal }).probability, r.atLeast, `${r.goal} of ${r.n}`);
    }
  });
  it('binomial quantiles — scipy binom.ppf', () => {
    for (const r of ref.binomialQuantiles as { n: number; p: number; q: number; x: number }[]) {
      expect(binomialQuantile(r.q, r.n, r.p)).toBe(r.x);
    }
  });
  it('beta-binomial P(X ≥ goal) — scipy betabinom.sf with Beta(s + 1, t − s + 1)', () => {
    for (const r of ref.betaBinomial as { successes: number; trials: number; n: number; goal: number; atLeast: number }[]) {
      close(betaBinomialAtLeast(r.goal, r.n, r.successes + 1, r.trials - r.successes + 1), r.atLeast, `${r.goal} of ${r.n} after ${r.successes}/${r.trials}`);
    }
  });
  it('beta-binomial quantiles through outcomeRange — scipy betabinom.ppf', () => {
    const f = defineFunnel(['call', 'sale'] as const);
    const rows = ref.betaBinomialQuantiles as { successes: number; trials: number; n: number; q: number; x: number }[];
    for (const [s, t] of [[5, 100], [50, 1000]] as const) {
      const r = outcomeRange(f, { activity: 1000, rates: { sale: { successes: s, trials: t } } });
      const want = rows.filter((x) => x.successes === s).map((x) => x.x);
      expect([r.p10, r.p50, r.p90]).toEqual(want);
      expect(r.method).toBe('beta-binomial');
    }
  });
  it('activityForConfidence — the minimal n by scipy search', () => {
    const f = defineFunnel(['call', 'sale'] as const);
    for (const r of ref.activityForConfidence as { goal: number; p: number; confidence: number; activity: number }[]) {
      const rate = r.p === 2 / 3 ? '2/3' : r.p;
      expect(activityForConfidence(f, { goal: r.goal, rates: { sale: rate }, confidence: r.confidence }).activity).toBe(r.activity);
    }
  });
});

describe('the beta-binomial chain over two observed stages agrees with a 2-D quadrature', () => {
  it('|chain − quadrature| ≤ 1e-5 (the quadrature is the looser of the two, 1.1e-6 off at 5 of 15; chain.test.ts holds the tight reference)', () => {
    const f = defineFunnel(['call', 'appointment', 'sale'] as const);
    const rows = ref.twoStagePosterior as { stages: [number, number][]; activity: number; goal: number; atLeast: number }[];
    expect(rows.length).toBe(4);
    for (const r of rows) {
      const rates = { appointment: { successes: r.stages[0]![0], trials: r.stages[0]![1] }, sale: { successes: r.stages[1]![0], trials: r.stages[1]![1] } };
      const hit = hitProbability(f, { activity: r.activity, rates, goal: r.goal });
      expect(hit.method).toBe('beta-binomial-chain');
      expect(hit.errorBound).toBeLessThan(1e-9);
      expect(Math.abs(hit.probability - r.atLeast), JSON.stringify(r)).toBeLessThanOrEqual(1e-5);
    }
  });
});

describe('sample sizes, detectable lifts, funnel-plot limits', () => {
  it('sampleSize — ceil(z² p(1 − p)/h²)', () => {
    for (const r of ref.sampleSizes as { rate: number; halfWidth: number; level: number; trials: number }[]) {
      const rate = r.rate === 1 / 3 ? '1/3' : r.rate;
      expect(sampleSize({ rate, halfWidth: r.halfWidth, level: r.level }).trials, `${r.rate} ±${r.halfWidth} @${r.level}`).toBe(r.trials);
    }
  });
  it('detectableLift — brentq on the Fleiss power equation', () => {
    for (const r of ref.detectableLifts as { rate: number; trials: number; level: number; power: number; lift: number }[]) {
      close(detectableLift({ rate: r.rate, trials: r.trials, level: r.level, power: r.power }).lift, r.lift, `${r.rate} n=${r.trials}`);
    }
  });
  it('outliers — p₀ ± z √(p₀(1 − p₀)/n)', () => {
    const groups = Object.fromEntries(Object.entries(ref.outliers.groups as Record<string, [number, number]>).map(([k, [s, n]]) => [k, { successes: s, trials: n }]));
    const plot = outliers(groups);
    for (const r of ref.outliers.limits as { name: string; level: number; lower: number; upper: number }[]) {
      const lim = plot.groups.find((g) => g.name === r.name)!.limits.find((l) => l.level === r.level)!;
      close(lim.lower, r.lower, `${r.name} lower @${r.level}`);
      close(lim.upper, r.upper, `${r.name} upper @${r.level}`);
    }
  });
});
