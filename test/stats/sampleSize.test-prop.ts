import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSize } from '../../src/index.js';
import { floatValue } from '../../src/numbers/floatValue.js';
import { toRatio } from '../../src/numbers/parse.js';
import { zFor } from '../../src/special/functions.js';

/** A decimal strictly between 0 and 1 with up to `digits` places, as text: '0.0371'. */
const decimal = (digits: number) =>
  fc.integer({ min: 1, max: 10 ** digits - 1 }).map((k) => `0.${String(k).padStart(digits, '0')}`);
const level = fc.constantFrom('0.8', '0.9', '0.95', '0.99', '0.999', '0.5', '0.6826894921370859');

describe('sampleSize is the least count that meets the formula, evaluated exactly', () => {
  it('f(n) ≥ target > f(n − 1) with f(n) = n·h² and target = z²·p(1 − p), in integers (n ≥ 1)', () => {
    fc.assert(
      fc.property(decimal(6), fc.integer({ min: 2, max: 9 }).chain(decimal), level, (rate, halfWidth, l) => {
        let n: number;
        try {
          n = sampleSize({ rate, halfWidth, level: l }).trials;
        } catch (error) {
          // only a count beyond 2^53 − 1 is refused
          expect((error as { code?: string }).code).toBe('OUT_OF_RANGE');
          return;
        }
        const z = floatValue(zFor(Number(l)));
        const p = toRatio(rate);
        const h = toRatio(halfWidth);
        // target = z.num²·p.num·(p.den − p.num) / (z.den²·p.den²); f(n) = n·h.num²/h.den²
        const target = z.num * z.num * p.num * (p.den - p.num) * h.den * h.den;
        const scale = z.den * z.den * p.den * p.den * h.num * h.num;
        expect(BigInt(n) * scale >= target).toBe(true);
        if (n > 1) expect(BigInt(n - 1) * scale < target).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  it('a wider margin never needs more trials: h₁ < h₂ ⇒ n(h₁) ≥ n(h₂)', () => {
    fc.assert(
      fc.property(decimal(4), decimal(6), decimal(6), level, (rate, a, b, l) => {
        const [lo, hi] = toRatio(a).compare(toRatio(b)) < 0 ? [a, b] : [b, a];
        expect(sampleSize({ rate, halfWidth: lo, level: l }).trials).toBeGreaterThanOrEqual(sampleSize({ rate, halfWidth: hi, level: l }).trials);
      }),
      { numRuns: 300 },
    );
  });
});
