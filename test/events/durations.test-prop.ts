import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIN_EDGES, durationStats } from '../../src/events/durations.js';

describe('durationStats properties', () => {
  it('quantiles by selection equal nearest rank on the sorted values: q(p) = sorted[ceil(p·n) − 1]; bins sum to n; mean = round(sum / n)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat({ max: 10 }), fc.nat({ max: 200 * 86_400_000 })), { minLength: 1, maxLength: 300 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * xs.length) - 1)];
        const s = durationStats(Float64Array.from(xs))!;
        expect([s.p25, s.median, s.p75, s.p90]).toEqual([rank(0.25), rank(0.5), rank(0.75), rank(0.9)]);
        expect(s.histogram.reduce((t, b) => t + b.count, 0)).toBe(xs.length);
        s.histogram.forEach((b, i) => expect(b.count).toBe(xs.filter((x) => x >= BIN_EDGES[i]! && (b.toMs === null || x < b.toMs)).length));
        const sum = xs.reduce((t, x) => t + BigInt(x), 0n);
        expect(BigInt(s.mean)).toBe((2n * sum + BigInt(xs.length)) / (2n * BigInt(xs.length)));
      }),
      { numRuns: 500 },
    );
  });
  it('values at, just below and just above the bin edges land in the right bin, and quantiles stay exact', () => {
    const near = fc.tuple(fc.constantFrom(...BIN_EDGES), fc.integer({ min: -2, max: 2 })).map(([e, d]) => Math.max(0, e + d));
    fc.assert(
      fc.property(fc.array(fc.oneof(near, fc.nat({ max: 100 * 86_400_000 })), { minLength: 1, maxLength: 200 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * xs.length) - 1)];
        const s = durationStats(Float64Array.from(xs))!;
        expect([s.p25, s.median, s.p75, s.p90]).toEqual([rank(0.25), rank(0.5), rank(0.75), rank(0.9)]);
        s.histogram.forEach((b, i) => expect(b.count).toBe(xs.filter((x) => x >= BIN_EDGES[i]! && (b.toMs === null || x < b.toMs)).length));
      }),
      { numRuns: 500 },
    );
  });
  it('bins by hand: 59 min 59.999 s is under an hour, one hour is not; 90 days or more is the last bin', () => {
    const h = 3_600_000;
    const s = durationStats(Float64Array.from([h - 1, h, 24 * h - 1, 24 * h, 90 * 24 * h - 1, 90 * 24 * h, 2 ** 53 - 1]))!;
    expect(s.histogram.map((b) => b.count)).toEqual([1, 2, 1, 0, 0, 0, 0, 1, 2]);
    expect([s.p25, s.median, s.p75, s.p90]).toEqual([h, 24 * h, 90 * 24 * h, 2 ** 53 - 1]);
  });
  it("averaged quantiles (Hyndman & Fan 2) equal the sorted reference: q(p) = (sorted[np − 1] + sorted[np]) / 2 when np is whole, else sorted[ceil(np) − 1]", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat({ max: 10 }), fc.nat({ max: 200 * 86_400_000 })), { minLength: 1, maxLength: 300 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const n = xs.length;
        // p as a whole number of hundredths, so np is decided exactly
        const q = (hundredths: number) => {
          const whole = (hundredths * n) % 100 === 0;
          const j = Math.ceil((hundredths * n) / 100);
          if (!whole) return sorted[j - 1];
          return (sorted[Math.max(0, j - 1)]! + sorted[Math.min(n - 1, j)]!) / 2;
        };
        const s = durationStats(Float64Array.from(xs), 'averaged')!;
        expect([s.p25, s.median, s.p75, s.p90, s.quantileRule]).toEqual([q(25), q(50), q(75), q(90), 'averaged']);
        expect(durationStats(Float64Array.from(xs))!.quantileRule).toBe('nearest-rank');
      }),
      { numRuns: 300 },
    );
  });
  it('no durations: null, never NaN', () => {
    expect(durationStats(new Float64Array(0))).toBeNull();
  });
});
