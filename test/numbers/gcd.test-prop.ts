import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gcd, gcdBig, lcmBig } from '../../src/numbers/gcd.js';

// every size: small (int32), past int32, near 2^53, and 0
const part = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: 2 ** 31 + 10 }),
  fc.integer({ min: 2 ** 31 - 10, max: 2 ** 40 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.constant(0),
);

describe('gcd', () => {
  it('known values', () => {
    expect(gcd(12, 18)).toBe(6);
    expect(gcd(0, 7)).toBe(7);
    expect(gcd(7, 0)).toBe(7);
    expect(gcd(0, 0)).toBe(0);
    expect(gcd(2 ** 52, 10 ** 15)).toBe(2 ** 15);
    // past int32 on one side, or both, and with 0: the hand-over to integer remainders
    expect(gcd(2 ** 40, 0)).toBe(2 ** 40);
    expect(gcd(0, 2 ** 40)).toBe(2 ** 40);
    expect(gcd(3 * 2 ** 40, 6)).toBe(6);
    expect(gcd(6, 3 * 2 ** 40)).toBe(6);
    expect(gcd(2 ** 31, 2 ** 31)).toBe(2 ** 31);
    expect(gcd(10 ** 15, 125)).toBe(125);
    expect(gcdBig(-12n, 18n)).toBe(6n);
    expect(gcdBig(10n ** 30n, -(2n ** 40n))).toBe(2n ** 30n);
    expect(lcmBig(4n, 6n)).toBe(12n);
    expect(lcmBig(10n ** 20n, 3n)).toBe(3n * 10n ** 20n);
  });
  it('divides both and is the greatest such: a/g and b/g have gcd 1; the number and bigint versions agree', () => {
    fc.assert(
      fc.property(part, part, (a, b) => {
        const g = gcd(a, b);
        expect(gcdBig(BigInt(a), BigInt(b))).toBe(BigInt(g));
        if (g === 0) {
          expect(a + b).toBe(0);
          return;
        }
        expect(a % g).toBe(0);
        expect(b % g).toBe(0);
        expect(gcd(a / g, b / g)).toBe(1);
      }),
    );
  });
  it('lcm is a common multiple that divides every other: lcm(a, b) · gcd(a, b) = a · b', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n }), (a, b) => {
        expect(lcmBig(a, b) * gcdBig(a, b)).toBe(a * b);
      }),
    );
  });
});
