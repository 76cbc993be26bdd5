import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Ratio, parseRatio } from '../../src/index.js';
import { fromBigParts, fromSafeParts } from '../../src/numbers/ratio.js';

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

/** The value num/den reduced with bigints only: the reference the safe-integer paths must match. */
function reduced(num: bigint, den: bigint): string {
  if (den < 0n) [num, den] = [-num, -den];
  const g = euclid(num, den) || 1n;
  return den / g === 1n ? `${num / g}` : `${num / g}/${den / g}`;
}

/** n/d with `digits` places, halves away from zero, in bigints. */
function fixedReference(r: Ratio, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const abs = r.num < 0n ? -r.num : r.num;
  const twice = (2n * abs * scale) / r.den;
  const q = (twice + 1n) / 2n;
  let text = q.toString();
  if (digits > 0) {
    text = text.padStart(digits + 1, '0');
    text = `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  }
  return r.num < 0n && q !== 0n ? `-${text}` : text;
}

// parts near the edge of the safe range too, where the number paths must hand over to bigints
const edge = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
  fc.integer({ min: 2 ** 52, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: -(2 ** 52) }),
);
const edgeDen = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 2 ** 26, max: Number.MAX_SAFE_INTEGER }));
const safeRatio = fc.tuple(edge, edgeDen).map(([n, d]) => Ratio.of(n, d));
const anyRatio = fc.oneof(safeRatio, built);

describe('arithmetic is exact on every path (safe integers and bigints)', () => {
  it('add, sub, mul and div give the reduced bigint fraction', () => {
    fc.assert(
      fc.property(anyRatio, anyRatio, (a, b) => {
        expect(a.add(b).toString()).toBe(reduced(a.num * b.den + b.num * a.den, a.den * b.den));
        expect(a.sub(b).toString()).toBe(reduced(a.num * b.den - b.num * a.den, a.den * b.den));
        expect(a.mul(b).toString()).toBe(reduced(a.num * b.num, a.den * b.den));
        if (!b.isZero()) expect(a.div(b).toString()).toBe(reduced(a.num * b.den, a.den * b.num));
      }),
      { numRuns: 1000 },
    );
  });
  it('toFixed rounds halves away from zero, exactly, for 0 to 20 places', () => {
    fc.assert(
      fc.property(anyRatio, fc.integer({ min: 0, max: 20 }), (r, digits) => {
        expect(r.toFixed(digits)).toBe(fixedReference(r, digits));
      }),
      { numRuns: 1000 },
    );
  });
  it('toDecimalString is the exact decimal when the denominator is 2^a·5^b, the fraction otherwise', () => {
    const decimal = fc.tuple(edge, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 25 })).map(([n, a, b]) => Ratio.of(BigInt(n), 2n ** BigInt(a) * 5n ** BigInt(b)));
    fc.assert(
      fc.property(fc.oneof(decimal, anyRatio), (r) => {
        let d = r.den;
        let twos = 0;
        let fives = 0;
        for (; d % 2n === 0n; d /= 2n) twos++;
        for (; d % 5n === 0n; d /= 5n) fives++;
        expect(r.toDecimalString()).toBe(d === 1n ? fixedReference(r, Math.max(twos, fives)) : r.toString());
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a Ratio held before it is reduced cannot be told from one in lowest terms', () => {
  const parts = fc.tuple(edge, edgeDen, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 7 }));
  const observations: [string, (r: Ratio, other: Ratio) => unknown][] = [
    ['toString', (r) => r.toString()],
    ['num and den', (r) => `${r.num}/${r.den}`],
    ['equals', (r, o) => [r.equals(o), o.equals(r)]],
    ['compare', (r, o) => [r.compare(o), o.compare(r)]],
    ['JSON', (r) => JSON.stringify({ r })],
    ['toNumber', (r) => r.toNumber()],
    ['toFixed(6)', (r) => r.toFixed(6)],
    ['toDecimalString', (r) => r.toDecimalString()],
    ['mul, add and div by the other', (r, o) => [r.mul(o).toString(), r.add(o).toString(), o.isZero() ? null : r.div(o).toString()]],
    ['sign and isZero', (r) => [r.sign(), r.isZero()]],
  ];
  it('whatever is asked first: every observation of fromSafeParts(n·k, d·k) equals that of Ratio.of(n, d)', () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 0, max: observations.length - 1 }), ([n, d, k, j], first) => {
        if (Math.abs(n * k) > Number.MAX_SAFE_INTEGER || d * k > Number.MAX_SAFE_INTEGER) return;
        const reference = Ratio.of(n, d);
        const other = Ratio.of(j, 7);
        const held = fromSafeParts(n * k, d * k);
        const order = [observations[first]!, ...observations];
        for (const [name, look] of order) expect([name, look(held, other)]).toEqual([name, look(reference, other)]);
      }),
      { numRuns: 1000 },
    );
  });
  it('bigint parts too (as the bigint path of a plan makes them): fromBigParts(n·k, d·k) is observed as Ratio.of(n, d)', () => {
    const big = fc.tuple(int, positive, fc.bigInt({ min: 1n, max: 10n ** 20n }), fc.integer({ min: 0, max: observations.length - 1 }));
    fc.assert(
      fc.property(big, ([n, d, k, first]) => {
        const reference = Ratio.of(BigInt(n), BigInt(d));
        const other = Ratio.of(3, 7);
        const held = fromBigParts(BigInt(n) * k, BigInt(d) * k);
        for (const [name, look] of [observations[first]!, ...observations]) expect([name, look(held, other)]).toEqual([name, look(reference, other)]);
      }),
      { numRuns: 1000 },
    );
  });
});
