import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ratio, defineFunnel, funnelFromCounts } from '../../src/index.js';

const funnel = defineFunnel(['a', 'b', 'c', 'd'] as const);
const counts = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 4, maxLength: 4 });

describe('funnelFromCounts properties', () => {
  it('every defined rate is numerator/denominator exactly and lies in [0, 1]', () => {
    fc.assert(
      fc.property(counts, (c) => {
        for (const s of funnelFromCounts(funnel, c).stages) {
          for (const rate of [s.ofPrevious, s.ofFirst, s.dropRate]) {
            if (!rate || rate.value === null) continue;
            expect(rate.value.equals(Ratio.of(rate.numerator, rate.denominator))).toBe(true);
            expect(rate.value.compare(Ratio.of(0))).toBeGreaterThanOrEqual(0);
            expect(rate.value.compare(Ratio.of(1))).toBeLessThanOrEqual(0);
          }
        }
      }),
    );
  });
  it('sums close: count + dropped = previous count, and ofPrevious + dropRate = 1', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const stages = funnelFromCounts(funnel, c).stages;
        for (let i = 1; i < stages.length; i++) {
          const s = stages[i]!;
          if (s.dropped === null) {
            expect(c[i]!).toBeGreaterThan(c[i - 1]!);
            continue;
          }
          expect(s.count + s.dropped).toBe(c[i - 1]);
          if (s.ofPrevious!.value) expect(s.ofPrevious!.value.add(s.dropRate!.value!).equals(Ratio.of(1))).toBe(true);
        }
      }),
    );
  });
  it('ofFirst is the product of the ofPrevious rates along a narrowing funnel', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const sorted = [...c].sort((x, y) => y - x);
        fc.pre(sorted[3]! > 0);
        const stages = funnelFromCounts(funnel, sorted).stages;
        let product = Ratio.of(1);
        for (const s of stages.slice(1)) {
          product = product.mul(s.ofPrevious!.value!);
          expect(s.ofFirst.value!.equals(product)).toBe(true);
        }
      }),
    );
  });
});
