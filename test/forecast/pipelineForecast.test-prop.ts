import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipelineForecast, Ratio, type ForecastDeal, type ForecastProbability } from '../../src/index.js';
import { everyModel } from '../../src/forecast/amountDistribution.js';

/** Open deals with amounts in steps of 250 and probabilities in whole percents. */
const dealsArb = fc.array(fc.record({ amount: fc.integer({ min: 0, max: 40 }), percent: fc.integer({ min: 0, max: 100 }) }), { minLength: 0, maxLength: 12 });
const toDeals = (list: { amount: number; percent: number }[]): ForecastDeal[] => list.map((d, i) => ({ id: `d${i}`, amount: d.amount * 250, stage: 's', probability: `${d.percent}%` }));
const options = (quota: number) => ({ asOf: '2026-11-02', period: 'quarter', quota }) as const;

function exact(p: ForecastProbability): Ratio {
  if (!p.resolved) throw new Error('expected exact');
  return p.value;
}

describe('pipelineForecast properties', () => {
  it('the count distribution sums to exactly 1 and is never negative: Σ P(K = k) = 1, P(K = k) ≥ 0', () => {
    fc.assert(
      fc.property(dealsArb, (list) => {
        const f = pipelineForecast(toDeals(list), options(0));
        expect(f.count.method).toBe('exact-rational');
        if (f.count.method !== 'exact-rational') return;
        let total = Ratio.of(0);
        for (const d of f.count.distribution) {
          expect(d.probability.sign()).toBeGreaterThanOrEqual(0);
          total = total.add(d.probability);
        }
        expect(total.toString()).toBe('1');
      }),
    );
  });

  it('the expected amount is Σ amount × p exactly', () => {
    fc.assert(
      fc.property(dealsArb, (list) => {
        const f = pipelineForecast(toDeals(list), options(0));
        const want = list.reduce((s, d) => s.add(Ratio.of(d.amount * 250 * d.percent, 100)), Ratio.of(0));
        expect(f.expectedExact.equals(want)).toBe(true);
        expect(f.weightedPipeline.toString()).toBe(want.toDecimalString());
      }),
    );
  });

  it('adding a deal never lowers the chance of the quota: P(W + a·X ≥ q) ≥ P(W ≥ q)', () => {
    fc.assert(
      fc.property(dealsArb, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 120_000 }), (list, amount, percent, quota) => {
        const before = exact(pipelineForecast(toDeals(list), options(quota)).quota!.probability);
        const after = exact(pipelineForecast(toDeals([...list, { amount, percent }]), options(quota)).quota!.probability);
        expect(after.compare(before)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('raising a probability never lowers the chance of the quota: p′ ≥ p ⇒ P′(W ≥ q) ≥ P(W ≥ q)', () => {
    fc.assert(
      fc.property(dealsArb.filter((l) => l.length > 0), fc.nat(), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 120_000 }), (list, at, raise, quota) => {
        const i = at % list.length;
        const raised = list.map((d, j) => (j === i ? { ...d, percent: Math.min(100, d.percent + raise) } : d));
        const before = exact(pipelineForecast(toDeals(list), options(quota)).quota!.probability);
        const after = exact(pipelineForecast(toDeals(raised), options(quota)).quota!.probability);
        expect(after.compare(before)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('every bound contains the exact value: lower ≤ P(W ≥ q) ≤ upper, and each quantile inside its interval', () => {
    fc.assert(
      fc.property(dealsArb.filter((l) => l.length > 0), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 120_000 }), (list, factor, quota) => {
        const amounts = list.map((d) => Ratio.of(d.amount * 250 + 1)); // + 1: a fine lattice, so a coarse bracket rounds
        const p = list.map((d) => Ratio.of(d.percent, 100));
        const [truth, ...bounded] = everyModel(amounts, p, BigInt(factor));
        const q = Ratio.of(quota);
        const want = exact(truth!.atLeast(q));
        for (const m of bounded) {
          const b = m.atLeast(q);
          if (b.resolved) expect(b.value.equals(want)).toBe(true);
          else {
            expect(b.lower).toBeLessThanOrEqual(want.toNumber());
            expect(b.upper).toBeGreaterThanOrEqual(want.toNumber());
          }
          for (const level of [Ratio.of(1, 10), Ratio.of(1, 2), Ratio.of(9, 10)]) {
            for (const rule of ['nearest-rank', 'averaged'] as const) {
              const t = truth!.quantile(level, rule);
              const w = m.quantile(level, rule);
              if (!t.resolved) throw new Error('expected exact');
              if (w.resolved) expect(w.value.equals(t.value)).toBe(true);
              else {
                expect(w.lower.compare(t.value)).toBeLessThanOrEqual(0);
                expect(w.upper.compare(t.value)).toBeGreaterThanOrEqual(0);
              }
            }
          }
        }
      }),
    );
  });
});
