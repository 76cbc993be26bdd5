import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ratio } from '../../src/index.js';
import { divRoundHalfUp } from '../../src/numbers/roundHalfUp.js';

describe('divRoundHalfUp', () => {
  it('known values', () => {
    expect([divRoundHalfUp(5n, 2n), divRoundHalfUp(7n, 2n), divRoundHalfUp(7n, 3n), divRoundHalfUp(8n, 3n), divRoundHalfUp(0n, 9n)]).toEqual([3n, 4n, 2n, 3n, 0n]);
  });
  it('is the nearest integer, halves up: −½ ≤ a/b − q < ½', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 20n }), (a, b) => {
        const q = divRoundHalfUp(a, b);
        const gap = Ratio.of(a, b).sub(Ratio.of(q)); // a/b − q: halves go up, so it lies in [−½, ½)
        expect(gap.compare(Ratio.of(-1, 2)) >= 0 && gap.compare(Ratio.of(1, 2)) < 0).toBe(true);
      }),
    );
  });
});
