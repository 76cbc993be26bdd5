import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateInterval, sequentialComparison, sequentialRateTest } from '../../src/index.js';

const counts = fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const target = fc.integer({ min: 1, max: 999 }).map((k) => k / 1000);
const level = fc.constantFrom(0.8, 0.9, 0.95, 0.99);
/** Cumulative looks: batches of successes and failures added one after another. */
const looks = fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 12 }).map((batches) => {
  let s = 0;
  let n = 0;
  return batches.map(([x, y]) => {
    s += x;
    n += x + y;
    return { successes: s, trials: n };
  });
});

describe('always-valid rate test properties', () => {
  it('the p-value is a probability: 0 ≤ p ≤ 1', () => {
    fc.assert(
      fc.property(looks, target, level, (l, t, lv) => {
        const p = sequentialRateTest(l, { target: t, level: lv }).pValue;
        expect(p >= 0 && p <= 1).toBe(true);
      }),
    );
  });
  it('fed cumulatively, the p-value never rises: p(looks 1..k+1) ≤ p(looks 1..k)', () => {
    fc.assert(
      fc.property(looks, target, (l, t) => {
        let before = 1;
        for (let k = 1; k <= l.length; k++) {
          const p = sequentialRateTest(l.slice(0, k), { target: t }).pValue;
          expect(p).toBeLessThanOrEqual(before);
          before = p;
        }
      }),
      { numRuns: 50 },
    );
  });
  it('p ≤ 1 − level ⇔ the target lies outside the confidence sequence', () => {
    fc.assert(
      fc.property(looks, target, level, (l, t, lv) => {
        const r = sequentialRateTest(l, { target: t, level: lv });
        const outside = r.interval === null || t < r.interval.lower || t > r.interval.upper;
        expect(r.pValue <= 1 - lv).toBe(outside);
      }),
    );
  });
  it('one look: the interval contains the observed rate, lower ≤ s/n ≤ upper', () => {
    fc.assert(
      fc.property(counts, level, ([s, n], lv) => {
        const r = sequentialRateTest({ successes: s, trials: n }, { target: 0.5, level: lv });
        expect(r.interval!.lower <= s / n && s / n <= r.interval!.upper).toBe(true);
      }),
    );
  });
  it('one look: wider than the fixed-sample Wilson interval at the same level, [wilson] ⊆ [sequence]', () => {
    fc.assert(
      fc.property(counts, level, ([s, n], lv) => {
        const r = sequentialRateTest({ successes: s, trials: n }, { target: 0.5, level: lv });
        const w = rateInterval(s, n, { level: lv });
        expect(r.interval!.lower).toBeLessThanOrEqual(w.lower! + 1e-12);
        expect(r.interval!.upper).toBeGreaterThanOrEqual(w.upper! - 1e-12);
      }),
    );
  });
});

describe('always-valid comparison properties', () => {
  const pair = fc.tuple(looks, looks).map(([a, b]) => {
    const k = Math.min(a.length, b.length);
    return [a.slice(0, k), b.slice(0, k)] as const;
  });
  it('0 ≤ p ≤ 1, and p never rises as looks are added', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        let before = 1;
        for (let k = 1; k <= a.length; k++) {
          const p = sequentialComparison(a.slice(0, k), b.slice(0, k)).pValue;
          expect(p >= 0 && p <= before).toBe(true);
          before = p;
        }
      }),
      { numRuns: 50 },
    );
  });
  it('p ≤ 1 − level ⇔ 0 lies outside the confidence sequence for b − a', () => {
    fc.assert(
      fc.property(pair, level, ([a, b], lv) => {
        const r = sequentialComparison(a, b, { level: lv });
        fc.pre(r.reason !== 'insufficient-data');
        const outside = r.interval === null || r.interval.lower > 0 || r.interval.upper < 0;
        expect(r.pValue <= 1 - lv).toBe(outside);
      }),
    );
  });
});
