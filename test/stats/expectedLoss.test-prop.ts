import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedLoss } from '../../src/index.js';

const counts = fc.integer({ min: 0, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

describe('expected loss properties', () => {
  it('both losses are non-negative and differ by the posterior means: lossA − lossB = E[p_b] − E[p_a]', () => {
    fc.assert(
      fc.property(counts, counts, ([sa, na], [sb, nb]) => {
        const l = expectedLoss({ successes: sa, trials: na }, { successes: sb, trials: nb });
        expect(l.lossChoosingA >= 0 && l.lossChoosingB >= 0).toBe(true);
        const gap = (sb + 1) / (nb + 2) - (sa + 1) / (na + 2);
        expect(Math.abs(l.lossChoosingA - l.lossChoosingB - gap)).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 60 },
    );
  });
  it('swapping the groups swaps the losses: loss_b(a, b) = loss_a(b, a)', () => {
    fc.assert(
      fc.property(counts, counts, ([sa, na], [sb, nb]) => {
        const ab = expectedLoss({ successes: sa, trials: na }, { successes: sb, trials: nb });
        const ba = expectedLoss({ successes: sb, trials: nb }, { successes: sa, trials: na });
        expect(Math.abs(ab.lossChoosingB - ba.lossChoosingA)).toBeLessThanOrEqual(1e-12 * Math.max(ab.lossChoosingB, 1e-300));
      }),
      { numRuns: 60 },
    );
  });
  it('the loss of choosing b falls as b gains a success: loss_b(a, b + success) ≤ loss_b(a, b)', () => {
    fc.assert(
      fc.property(counts, counts, ([sa, na], [sb, nb]) => {
        fc.pre(sb < nb);
        const before = expectedLoss({ successes: sa, trials: na }, { successes: sb, trials: nb }).lossChoosingB;
        const after = expectedLoss({ successes: sa, trials: na }, { successes: sb + 1, trials: nb }).lossChoosingB;
        expect(after).toBeLessThanOrEqual(before * (1 + 1e-12));
      }),
      { numRuns: 60 },
    );
  });
});
