import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ratio, apportion, parseRatio } from '../../src/index.js';

const ratio = fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 20n })).map(([n, d]) => Ratio.of(n, d));

describe('Ratio properties', () => {
  it('round-trips through its JSON string: parseRatio(JSON(r)) = r', () => {
    fc.assert(fc.property(ratio, (r) => {
      expect(parseRatio(r.toJSON()).equals(r)).toBe(true);
    }));
  });
  it('field laws: (a + b) − b = a, (a · b) / b = a', () => {
    fc.assert(
      fc.property(ratio, ratio, (a, b) => {
        expect(a.add(b).sub(b).equals(a)).toBe(true);
        if (!b.isZero()) expect(a.mul(b).div(b).equals(a)).toBe(true);
      }),
    );
  });
  it('ceil is the least integer ≥ r and floor the greatest ≤ r', () => {
    fc.assert(
      fc.property(ratio, (r) => {
        const c = Ratio.of(r.ceil());
        const f = Ratio.of(r.floor());
        expect(c.compare(r)).toBeGreaterThanOrEqual(0);
        expect(c.sub(Ratio.of(1)).compare(r)).toBe(-1);
        expect(f.compare(r)).toBeLessThanOrEqual(0);
        expect(f.add(Ratio.of(1)).compare(r)).toBe(1);
      }),
    );
  });
  it('a float rate reads as the decimal that prints it: parseRatio(x).toNumber() = x', () => {
    fc.assert(fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
      expect(parseRatio(x).toNumber() === x).toBe(true); // -0 reads as 0
    }));
  });
  it('percent strings are exact: parseRatio(`${k}%`) = k / 100', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }), (k) => {
      expect(parseRatio(`${k}%`).equals(Ratio.of(k, 100))).toBe(true);
    }));
  });
});

describe('apportion (largest remainder)', () => {
  const weights = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }).filter((w) => w.some((x) => x > 0));
  it('parts sum exactly to the total and are never negative', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), weights, (total, w) => {
        const parts = apportion(total, w);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
      }),
    );
  });
  it('each part is the floor or ceiling of its exact quota: |part − total·w/W| < 1', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), weights, (total, w) => {
        const sum = w.reduce((a, b) => a + b, 0);
        apportion(total, w).forEach((p, i) => {
          const quota = Ratio.of(total * w[i]!, sum);
          expect(BigInt(p) === quota.floor() || BigInt(p) === quota.ceil()).toBe(true);
        });
      }),
    );
  });
});

describe('fast paths agree with the general parser', () => {
  it('a float reads the same as the decimal string that prints it: parseRatio(x) = parseRatio(String(x))', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 10 ** 6 }).map((k) => k / 1000)), (x) => {
        expect(parseRatio(x).equals(parseRatio(`${String(x)}`.includes('e') ? String(x) : `${String(x)}`))).toBe(true);
        expect(parseRatio(x).toNumber() === x).toBe(true); // -0 reads as 0
      }),
    );
  });
  it('plain decimal, percent and fraction strings match exact bigint arithmetic', () => {
    const digits = fc.stringMatching(/^\d{1,18}(\.\d{1,18})?$/);
    fc.assert(
      fc.property(digits, digits, (a, b) => {
        const exact = (t: string) => {
          const [i, f = ''] = t.split('.');
          return Ratio.of(BigInt(i! + f), 10n ** BigInt(f.length));
        };
        expect(parseRatio(a).equals(exact(a))).toBe(true);
        expect(parseRatio(`${a}%`).equals(exact(a).div(Ratio.of(100)))).toBe(true);
        if (!exact(b).isZero()) expect(parseRatio(`${a}/${b}`).equals(exact(a).div(exact(b)))).toBe(true);
      }),
    );
  });
});
