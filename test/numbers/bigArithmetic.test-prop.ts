import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ratio } from '../../src/index.js';
import { bitLength, gcdBig } from '../../src/numbers/gcd.js';

/** The textbook gcd: Euclid on bigints, one remainder at a time (the reference for the faster one). */
function euclid(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** num/den reduced the straightforward way, as its string. */
function reduced(num: bigint, den: bigint): string {
  if (den < 0n) [num, den] = [-num, -den];
  const g = euclid(num, den) || 1n;
  return den / g === 1n ? `${num / g}` : `${num / g}/${den / g}`;
}

/** Random bits: up to `bits` long (a few thousand bits reaches the Lehmer steps, which start at 640). */
const magnitude = (bits: number) =>
  fc.array(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), { minLength: 1, maxLength: Math.ceil(bits / 64), size: 'max' }).map((words) => words.reduce((acc, w) => (acc << 64n) | w, 0n));

/** Every size and sign, 0, and values built with shared factors (a common factor is what a gcd must find). */
const big: fc.Arbitrary<bigint> = fc.oneof(
  fc.constant(0n),
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }),
  fc.tuple(magnitude(3000), fc.boolean()).map(([m, neg]) => (neg ? -m : m)),
);
const positive = fc.oneof(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 2n ** 60n }), magnitude(3000).map((m) => m + 1n));
/** Factors that give two operands a large common divisor, and products of many small numbers (as a survival curve's parts are). */
const factor = fc.oneof(positive, fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 300, size: 'max' }).map((xs) => xs.reduce((p, x) => p * BigInt(x), 1n)));

/** Consecutive Fibonacci numbers: every Euclid quotient is 1, the hardest case for agreeing on the leading bits. */
function fibonacci(n: number): [bigint, bigint] {
  let a = 0n;
  let b = 1n;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return [b, a];
}

describe('gcdBig agrees with plain Euclid on bigints of every size', () => {
  it('known hard cases: Fibonacci neighbours, powers of two, equal operands, one operand 0 or 1', () => {
    for (const n of [10, 100, 1000, 5000]) expect(gcdBig(...fibonacci(n))).toBe(1n);
    const [f, g] = fibonacci(3000);
    expect(gcdBig(f * 7919n, g * 7919n)).toBe(7919n);
    expect(gcdBig(2n ** 4000n, 2n ** 3000n * 3n)).toBe(2n ** 3000n);
    expect(gcdBig(3n ** 2000n, 3n ** 2000n)).toBe(3n ** 2000n);
    expect(gcdBig(-(5n ** 1500n), 0n)).toBe(5n ** 1500n);
    expect(gcdBig(0n, -(5n ** 1500n))).toBe(5n ** 1500n);
    expect(gcdBig(5n ** 1500n, 1n)).toBe(1n);
    expect(gcdBig(0n, 0n)).toBe(0n);
  });
  it('random operands of any sign with a random common factor', () => {
    fc.assert(
      fc.property(big, big, factor, (a, b, k) => {
        expect(gcdBig(a, b)).toBe(euclid(a, b));
        expect(gcdBig(a * k, b * k)).toBe(euclid(a * k, b * k));
        expect(gcdBig(b * k, a)).toBe(euclid(b * k, a));
      }),
      { numRuns: 300 },
    );
  });
});

describe('bitLength', () => {
  it('is the length of the binary digits (0 for 0), at every size', () => {
    expect([0n, 1n, 2n, 15n, 16n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 4000n].map(bitLength)).toEqual([0, 1, 2, 4, 5, 53, 54, 4001]);
    fc.assert(
      fc.property(magnitude(3000), (x) => {
        expect(bitLength(x)).toBe(x === 0n ? 0 : x.toString(2).length);
      }),
    );
  });
});

describe('Ratio arithmetic on huge parts agrees with the straightforward formulas', () => {
  const ratio = fc.tuple(big, positive, factor).map(([n, d, k]) => ({ n: n * k, d: d * k, r: Ratio.of(n * k, d * k) }));
  it('add, sub, mul, div, and a square, give the reduced a·d ± c·b over b·d and a·c over b·d', () => {
    fc.assert(
      fc.property(ratio, ratio, (x, y) => {
        expect(x.r.add(y.r).toString()).toBe(reduced(x.n * y.d + y.n * x.d, x.d * y.d));
        expect(x.r.sub(y.r).toString()).toBe(reduced(x.n * y.d - y.n * x.d, x.d * y.d));
        expect(x.r.mul(y.r).toString()).toBe(reduced(x.n * y.n, x.d * y.d));
        expect(x.r.mul(x.r).toString()).toBe(reduced(x.n * x.n, x.d * x.d));
        if (y.n !== 0n) expect(x.r.div(y.r).toString()).toBe(reduced(x.n * y.d, x.d * y.n));
        // a sum with itself and a difference to itself: the shared-denominator cases
        expect(x.r.add(x.r).toString()).toBe(reduced(2n * x.n, x.d));
        expect(x.r.sub(x.r).toString()).toBe('0');
      }),
      { numRuns: 200 },
    );
  });
  it('the parts stay coprime with a positive denominator, so equals and compare see the value', () => {
    fc.assert(
      fc.property(ratio, ratio, (x, y) => {
        for (const r of [x.r.add(y.r), x.r.mul(y.r), x.r.mul(x.r), y.n === 0n ? x.r : x.r.div(y.r)]) {
          expect(r.den > 0n).toBe(true);
          expect(euclid(r.num, r.den)).toBe(1n);
          expect(r.equals(Ratio.of(r.num * 3n, r.den * 3n))).toBe(true);
        }
        expect(x.r.mul(y.r).compare(y.r.mul(x.r))).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
