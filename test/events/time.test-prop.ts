import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInstant, MAX_MS, MIN_MS } from '../../src/events/time.js';

describe('isoInstant', () => {
  it('writes every whole-millisecond instant of the four-digit years as Date#toISOString does: isoInstant(ms) = new Date(ms).toISOString()', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_MS, max: MAX_MS }), (ms) => {
        expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
  });
  it('agrees at the edges: the range ends, leap days, the turn of each century, fractions and years beyond', () => {
    const edges = [MIN_MS, MAX_MS, 0, -1, 951_782_400_000, 4_107_542_400_000, Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(1900, 2, 1), Date.UTC(2100, 1, 28, 12)];
    for (const ms of [...edges, MIN_MS - 1, MAX_MS + 1, 1.5, -0.5, 8.64e15]) expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
    expect(isoInstant(Date.UTC(2026, 10, 23, 9, 30))).toBe('2026-11-23T09:30:00.000Z');
  });
});
