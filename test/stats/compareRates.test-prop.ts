import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRates } from '../../src/index.js';

const side = fc.integer({ min: 1, max: 3000 }).chain((n) => fc.record({ successes: fc.integer({ min: 0, max: n }), trials: fc.constant(n) }));
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe('one-sided comparisons', () => {
  it('on the matching side the one-sided p-value is half the two-sided: z > 0 ⇒ p(greater) = p(two-sided)/2, z < 0 ⇒ p(less) = p(two-sided)/2', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const two = compareRates(a, b).zTest!;
        fc.pre(two.z !== 0);
        const matching = compareRates(a, b, { alternative: two.z > 0 ? 'greater' : 'less' }).zTest!;
        expect(Math.abs(matching.pValue - two.pValue / 2)).toBeLessThanOrEqual(1e-15 + 1e-13 * two.pValue);
      }),
      { numRuns: 300 },
    );
  });
  it('the two one-sided p-values add up to 1: p(greater) + p(less) = 1', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const g = compareRates(a, b, { alternative: 'greater' }).zTest!;
        fc.pre(g.z !== 0);
        const l = compareRates(a, b, { alternative: 'less' }).zTest!;
        expect(Math.abs(g.pValue + l.pValue - 1)).toBeLessThanOrEqual(1e-14);
      }),
      { numRuns: 300 },
    );
  });
  it('a one-sided bound at level L is the two-sided bound at 2L − 1, and tighter than the two-sided one at L', () => {
    fc.assert(
      fc.property(side, side, level, (a, b, l) => {
        const g = compareRates(a, b, { alternative: 'greater', level: l }).interval!;
        const two = compareRates(a, b, { level: 2 * l - 1 > 0 ? 2 * l - 1 : l }).interval!;
        if (2 * l - 1 > 1e-9) expect(Math.abs(g.lower - two.lower)).toBeLessThanOrEqual(1e-9);
        const same = compareRates(a, b, { level: l }).interval!;
        expect(g.lower).toBeGreaterThanOrEqual(same.lower - 1e-15);
        const s = compareRates(a, b, { alternative: 'less', level: l }).interval!;
        expect(s.upper).toBeLessThanOrEqual(same.upper + 1e-15);
        expect([g.upper, s.lower]).toEqual([1, -1]);
      }),
      { numRuns: 200 },
    );
  });
  it("the verdict follows the bound: 'greater' says b-higher exactly when the lower bound is above 0", () => {
    fc.assert(
      fc.property(side, side, level, (a, b, l) => {
        const c = compareRates(a, b, { alternative: 'greater', level: l });
        expect(c.verdict).toBe(c.interval!.lower > 0 ? 'b-higher' : 'no-clear-difference');
      }),
      { numRuns: 200 },
    );
  });
});

describe('P(b > a)', () => {
  it('exchanging a and b gives the complement: P(b > a) + P(a > b) = 1', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const ab = compareRates(a, b).probabilityBHigher!;
        const ba = compareRates(b, a).probabilityBHigher!;
        expect(Math.abs(ab + ba - 1)).toBeLessThanOrEqual(1e-14);
      }),
      { numRuns: 200 },
    );
  });
  it('mirrors under successes ↔ failures: P(b > a) for (s, n) equals P(a > b) for (n − s, n)', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const p = compareRates(a, b).probabilityBHigher!;
        const mirrored = compareRates({ successes: a.trials - a.successes, trials: a.trials }, { successes: b.trials - b.successes, trials: b.trials }).probabilityBHigher!;
        const small = Math.min(p, 1 - p);
        expect(Math.abs(p - (1 - mirrored))).toBeLessThanOrEqual(1e-14 + 1e-9 * small);
      }),
      { numRuns: 200 },
    );
  });
});
