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
  it('no durations: null, never NaN', () => {
    expect(durationStats(new Float64Array(0))).toBeNull();
  });
});
