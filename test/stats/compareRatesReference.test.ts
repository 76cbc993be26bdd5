import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRates } from '../../src/index.js';

/**
 * Reference values: test/fixtures/compare_rates_reference.py (P(b > a) as the exact finite sum in
 * 60-digit mpmath; one-sided z-tests and Newcombe bounds from statsmodels).
 */
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'compare_rates_reference.json'), 'utf8')) as {
  posterior: { a: [number, number]; b: [number, number]; greater: string; less: string }[];
  oneSided: ({ a: [number, number]; b: [number, number]; level: number; twoSided: { z: number; pValue: number } } & Record<'greater' | 'less', { z: number; pValue: number; scoreZ: number; scorePValue: number; bound: number }>)[];
};

const SMALLEST_NORMAL = 2.2250738585072014e-308;
const counts = ([successes, trials]: [number, number]) => ({ successes, trials });

describe('P(b > a) keeps its documented accuracy against 60-digit mpmath', () => {
  const rows = ref.posterior;
  it(`covers ${rows.length} pairs, from 0 of 1 to 10^9 of 10^9, tails below the smallest double, and the quadrature's range`, () => {
    expect(rows.length).toBe(917);
    expect(rows.some((r) => r.a[1] === 1e9 && Number(r.less) === 0 && r.less !== '0.0')).toBe(true);
  });
  it('exact sum: the smaller tail to 1e-9 relative down to the smallest normal double, the larger is 1 minus it', () => {
    let worstRelative = 0;
    let worstAbsolute = 0;
    let summed = 0;
    for (const r of rows) {
      const c = compareRates(counts(r.a), counts(r.b));
      if (c.probabilityAccuracy!.method !== 'exact-sum') continue;
      summed++;
      const where = `${r.a} vs ${r.b}`;
      const greater = Number(r.greater);
      const less = Number(r.less);
      const got = c.probabilityBHigher!;
      // the smaller tail as returned: P(b > a) itself, or 1 − P(b > a) (the sum gave it directly)
      const smallTrue = Math.min(greater, less);
      worstAbsolute = Math.max(worstAbsolute, Math.abs(got - greater));
      // 1e-9 of the smaller tail, plus the rounding of 1 − it
      expect(Math.abs(got - greater), where).toBeLessThanOrEqual(1e-9 * smallTrue + 2.3e-16);
      const smallGot = greater <= less ? got : 1 - got;
      if (smallTrue >= SMALLEST_NORMAL) {
        expect(c.probabilityAccuracy!.resolved, where).toBe(true);
        if (greater <= less) {
          const rel = Math.abs(smallGot - smallTrue) / smallTrue;
          worstRelative = Math.max(worstRelative, rel);
          expect(rel, `${where}: ${smallGot} vs ${smallTrue}`).toBeLessThanOrEqual(1e-9);
        } else {
          // the sum gave P(a > b); the result carries 1 − it, whose rounding is 2^-53 absolute
          expect(Math.abs(smallGot - smallTrue), where).toBeLessThanOrEqual(1e-9 * smallTrue + 2.3e-16);
        }
      } else {
        expect(c.probabilityAccuracy!.resolved, where).toBe(false);
        expect(smallGot, where).toBeLessThan(SMALLEST_NORMAL);
      }
    }
    expect(summed).toBe(908);
    console.log(`exact sum: ${summed} pairs, worst relative error of P(b > a) as the smaller tail ${worstRelative.toExponential(2)}, worst absolute ${worstAbsolute.toExponential(2)}`);
  });
  it('the smaller tail as P(a > b) keeps its relative accuracy too (b and a exchanged)', () => {
    let worst = 0;
    for (const r of rows) {
      const c = compareRates(counts(r.b), counts(r.a));
      if (c.probabilityAccuracy!.method !== 'exact-sum') continue;
      const greater = Number(r.less); // exchanged
      if (greater >= SMALLEST_NORMAL && greater <= 0.5) {
        const rel = Math.abs(c.probabilityBHigher! - greater) / greater;
        worst = Math.max(worst, rel);
        expect(rel, `${r.b} vs ${r.a}`).toBeLessThanOrEqual(1e-9);
      }
    }
    console.log(`exact sum, a and b exchanged: worst relative error of the smaller tail ${worst.toExponential(2)}`);
  });
  it('quadrature (beyond the sum): 1e-9 absolute; a smaller tail below 1e-9 is marked unresolved', () => {
    let quadrature = 0;
    let worst = 0;
    for (const r of rows) {
      const c = compareRates(counts(r.a), counts(r.b));
      if (c.probabilityAccuracy!.method !== 'quadrature') continue;
      quadrature++;
      const greater = Number(r.greater);
      worst = Math.max(worst, Math.abs(c.probabilityBHigher! - greater));
      expect(Math.abs(c.probabilityBHigher! - greater), `${r.a} vs ${r.b}`).toBeLessThanOrEqual(1e-9);
      expect(c.probabilityAccuracy!.resolved).toBe(Math.min(c.probabilityBHigher!, 1 - c.probabilityBHigher!) >= 1e-9);
    }
    expect(quadrature).toBe(9);
    console.log(`quadrature: ${quadrature} pairs, worst absolute error ${worst.toExponential(2)}`);
  });
  it('the cases of the issue: 10^6 of 10^6 twice is 0.5, and 100 of 100 against 500 of 1000 is 3.8728e-29', () => {
    expect(compareRates({ successes: 1e6, trials: 1e6 }, { successes: 1e6, trials: 1e6 }).probabilityBHigher).toBe(0.5);
    const tail = compareRates({ successes: 100, trials: 100 }, { successes: 500, trials: 1000 });
    expect(tail.probabilityBHigher!.toPrecision(5)).toBe('3.8728e-29');
    expect(tail.probabilityAccuracy).toEqual({ method: 'exact-sum', resolved: true, below: SMALLEST_NORMAL });
  });
});

/** |actual − expected| ≤ 1e-9 · |expected| + 1e-13. */
function close(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.abs(expected) + 1e-13);
}

describe('one-sided comparisons match statsmodels (proportions_ztest, confint_proportions_2indep newcomb)', () => {
  const rows = ref.oneSided;
  it(`covers ${rows.length} cases`, () => {
    expect(rows.length).toBeGreaterThan(500);
  });
  it('statsmodels agrees with itself: the pooled z-test is test_proportions_2indep score without correction', () => {
    for (const r of rows) for (const alt of ['greater', 'less'] as const) close(r[alt].scoreZ, r[alt].z, `${r.a} ${r.b} ${alt}`);
  });
  for (const alternative of ['greater', 'less'] as const) {
    it(`alternative '${alternative}': z, the one-sided p-value and the one-sided bound`, () => {
      for (const r of rows) {
        const where = `${r.a} vs ${r.b} at ${r.level}`;
        const c = compareRates(counts(r.a), counts(r.b), { level: r.level, alternative });
        const e = r[alternative];
        expect(c.alternative).toBe(alternative);
        expect(c.zTest!.alternative).toBe(alternative);
        close(c.zTest!.z, e.z, `${where} z`);
        close(c.zTest!.pValue, e.pValue, `${where} p`);
        if (alternative === 'greater') {
          close(c.interval!.lower, e.bound, `${where} lower bound`);
          expect(c.interval!.upper).toBe(1);
        } else {
          close(c.interval!.upper, e.bound, `${where} upper bound`);
          expect(c.interval!.lower).toBe(-1);
        }
      }
    });
  }
  it('two-sided is the default and matches statsmodels', () => {
    for (const r of rows) {
      const c = compareRates(counts(r.a), counts(r.b), { level: r.level });
      expect(c.alternative).toBe('two-sided');
      close(c.zTest!.pValue, r.twoSided.pValue, `${r.a} vs ${r.b}`);
    }
  });
});
