import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Ratio, parseRatio } from '../../src/index.js';

function euclid(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const int = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }));
const positive = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.bigInt({ min: 1n, max: 10n ** 25n }));
const safe = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

/** A Ratio built one of the public ways: Ratio.of, parseRatio of every accepted form, or arithmetic. */
const built: fc.Arbitrary<Ratio> = fc.letrec<{ r: Ratio }>((tie) => ({
  r: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(int, positive, fc.boolean()).map(([n, d, neg]) => Ratio.of(BigInt(n), neg ? -BigInt(d) : BigInt(d))),
    fc.tuple(safe, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })).map(([n, d]) => Ratio.of(n, d)),
    fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((x) => parseRatio(x)),
    safe.map((x) => parseRatio(x)),
    fc.tuple(int, fc.integer({ min: 0, max: 12 })).map(([n, k]) => parseRatio(`${BigInt(n)}e-${k}`)),
    fc.tuple(fc.nat({ max: 10 ** 6 }), fc.nat({ max: 99 })).map(([a, b]) => parseRatio(`${a}.${String(b).padStart(2, '0')}%`)),
    fc.tuple(int, positive).map(([n, d]) => parseRatio(`${BigInt(n)}/${BigInt(d)}`)),
    fc.tuple(int, positive).map(([n, d]) => parseRatio({ num: n, den: d })),
    fc.tuple(int, positive).map(([n, d]) => parseRatio({ num: String(n), den: String(d) })),
    int.map((n) => parseRatio(BigInt(n))),
    fc.tuple(int, fc.integer({ min: 0, max: 20 })).map(([n, k]) => parseRatio(new Decimal(`${BigInt(n)}e-${k}`))),
    fc.tuple(tie('r'), tie('r'), fc.constantFrom('add', 'sub', 'mul', 'div') as fc.Arbitrary<'add' | 'sub' | 'mul' | 'div'>).map(([a, b, op]) =>
      op === 'div' && b.isZero() ? a : a[op](b),
    ),
    tie('r').map((r) => parseRatio(r)),
  ),
})).r;

describe('every Ratio is in lowest terms', () => {
  it('however it is built: gcd(num, den) = 1 and den > 0 (0 is 0/1)', () => {
    fc.assert(
      fc.property(built, (r) => {
        expect(r.den > 0n).toBe(true);
        expect(euclid(r.num, r.den)).toBe(1n);
        expect(r.toString()).toBe(r.den === 1n ? `${r.num}` : `${r.num}/${r.den}`);
      }),
      { numRuns: 500 },
    );
  });
  it('equals is equality of values: a.equals(b) ⇔ a.num·b.den = b.num·a.den ⇔ same string', () => {
    fc.assert(
      fc.property(built, built, (a, b) => {
        const same = a.num * b.den === b.num * a.den;
        expect(a.equals(b)).toBe(same);
        expect(b.equals(a)).toBe(same);
        expect(a.compare(b) === 0).toBe(same);
        expect(a.toString() === b.toString()).toBe(same);
      }),
      { numRuns: 500 },
    );
  });
  it('one value built two ways is equal: Ratio.of(n·k, d·k) = parseRatio("n/d") = parseRatio({ num: n·k, den: d·k })', () => {
    fc.assert(
      fc.property(int, positive, fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.bigInt({ min: 1n, max: 10n ** 20n })), (n, d, k) => {
        const scaled = Ratio.of(BigInt(n) * BigInt(k), BigInt(d) * BigInt(k));
        const typed = parseRatio(`${BigInt(n)}/${BigInt(d)}`);
        const object = parseRatio({ num: BigInt(n) * BigInt(k), den: BigInt(d) * BigInt(k) });
        expect(scaled.equals(typed)).toBe(true);
        expect(object.equals(typed)).toBe(true);
        expect(scaled.toString()).toBe(typed.toString());
      }),
    );
  });
});
