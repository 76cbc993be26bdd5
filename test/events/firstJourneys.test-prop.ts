import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstJourneys, type FirstJourneys } from '../../src/events/firstJourneys.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 2);
const K = 4;

/** Everything a pass found, durations as sorted lists (their order is not part of the result). */
function summary(r: FirstJourneys | null) {
  if (!r) return null;
  const b = r.bucket;
  const sorted = (d: { values(): Float64Array }) => [...d.values()].sort((x, y) => x - y);
  return {
    used: r.used,
    afterAsOf: r.afterAsOf,
    prospects: r.prospects,
    outside: r.outside,
    latest: r.latest,
    counts: [b.touches, b.count, b.fromPrev, b.fromFirst, b.inbound, b.open].map((a) => [...a]),
    prevDur: b.prevDur.map(sorted),
    firstDur: b.firstDur.map(sorted),
  };
}

// Prospects spread over several blocks of 4096 numbers; hours on a coarse grid, so equal times are common.
const row = fc.record({
  prospect: fc.oneof(fc.nat({ max: 5 }), fc.integer({ min: 4090, max: 4100 }), fc.integer({ min: 3 * 4096, max: 3 * 4096 + 3 })),
  stage: fc.nat({ max: K - 1 }),
  hour: fc.nat({ max: 24 * 6 }),
});

function columns(rows: { prospect: number; stage: number; hour: number }[]) {
  return {
    p: Int32Array.from(rows, (r) => r.prospect),
    s: Uint8Array.from(rows, (r) => r.stage),
    t: Float64Array.from(rows, (r) => T0 + r.hour * HOUR),
  };
}

describe('firstJourneys properties', () => {
  it('walking the log in blocks of prospects gives exactly the single walk, for any record order and asOf', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 150 }), fc.constantFrom('time', 'time, ties shuffled', 'any'), fc.option(fc.nat({ max: 24 * 7 }), { nil: undefined }), (rows, order, asOfHour) => {
        // 'time, ties shuffled': a log in time order whose records at one time come in any stage order
        const ordered = order === 'any' ? rows : [...rows].sort((x, y) => x.hour - y.hour || (order === 'time' ? x.stage - y.stage : 0));
        const c = columns(ordered);
        const asOf = asOfHour === undefined ? Number.POSITIVE_INFINITY : T0 + asOfHour * HOUR;
        const single = summary(firstJourneys(c.p, c.s, c.t, rows.length, 1 << 20, K, asOf));
        const blocks = summary(firstJourneys(c.p, c.s, c.t, rows.length, 1 << 20, K, asOf, 0));
        expect(blocks).toEqual(single);
        expect(single).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('a record after asOf between two records of one time does not hide their wrong stage order', () => {
    // found by the property above: 12291 at b, then a record after asOf, then 12291 at a, all three at or
    // after hour 2; asOf hour 2 leaves the middle one out, and a then b at hour 2 is entry at a, move to b
    const c = columns([
      { prospect: 12291, stage: 1, hour: 2 },
      { prospect: 0, stage: 0, hour: 3 },
      { prospect: 12291, stage: 0, hour: 2 },
    ]);
    const asOf = T0 + 2 * HOUR;
    for (const limit of [0, 1 << 20]) {
      const r = summary(firstJourneys(c.p, c.s, c.t, 3, 1 << 20, K, asOf, limit))!;
      expect(r.counts[1]).toEqual([1, 1, 0, 0]); // reached: a and b
      expect(r.counts[4]).toEqual([0, 0, 0, 0]); // nobody inbound
      expect(r.prevDur[1]).toEqual([0]);
      expect([r.used, r.afterAsOf]).toEqual([2, 1]);
    }
  });

  it('a log in time order and the same log in any order give the same result', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 150 }), fc.infiniteStream(fc.nat()), fc.boolean(), (rows, rand, split) => {
        const inTime = [...rows].sort((x, y) => x.hour - y.hour || x.stage - y.stage);
        const shuffled = inTime.map((r) => [rand.next().value, r] as const).sort((x, y) => x[0] - y[0]).map(([, r]) => r);
        const a = columns(inTime);
        const b = columns(shuffled);
        const limit = split ? 0 : 1 << 20;
        expect(summary(firstJourneys(b.p, b.s, b.t, rows.length, 1 << 20, K, Infinity, limit))).toEqual(summary(firstJourneys(a.p, a.s, a.t, rows.length, 1 << 20, K, Infinity, limit)));
      }),
      { numRuns: 300 },
    );
  });

  it('a record it cannot take gives null (the general path then names it), whichever walk meets it', () => {
    const day = 24 * HOUR;
    const p = Int32Array.from([0, 1, 5000, 0]);
    const s = Uint8Array.from([0, 0, 0, 1]);
    for (const limit of [0, 1 << 20]) {
      expect(firstJourneys(p, s, Float64Array.from([T0, T0 + 0.5, T0, T0 + day]), 4, 1 << 20, K, Infinity, limit)).toBeNull();
      expect(firstJourneys(p, s, Float64Array.from([T0, T0, T0, 1e300]), 4, 1 << 20, K, Infinity, limit)).toBeNull();
      expect(firstJourneys(p, Uint8Array.from([0, 0, 4, 1]), Float64Array.from([T0, T0, T0, T0]), 4, 1 << 20, K, Infinity, limit)).toBeNull();
      expect(firstJourneys(p, s, Float64Array.from([T0, T0, T0, T0]), 4, 5000, K, Infinity, limit)).toBeNull();
      expect(firstJourneys([0, 1.5, 2, 0], s, Float64Array.from([T0, T0, T0, T0]), 4, 1 << 20, K, Infinity, limit)).toBeNull();
      expect(firstJourneys(p, [0, 0.5, 0, 1], Float64Array.from([T0, T0, T0, T0]), 4, 1 << 20, K, Infinity, limit)).toBeNull();
      expect(firstJourneys(p, ['0', '0', '0', '1'] as unknown as number[], Float64Array.from([T0, T0, T0, T0]), 4, 1 << 20, K, Infinity, limit)).toBeNull();
      // text in a plain array, in a log out of time order (so that the walk meets it only in a block's copy)
      expect(firstJourneys([0, 0, 0, 0], [0, 0, 0, 0], [T0 + HOUR, T0, String(T0), T0] as unknown as number[], 4, 1 << 20, K, Infinity, limit)).toBeNull();
    }
  });

  it('by hand: entry, moves, an inbound prospect, a record after the journey ended, and ties in the wrong stage order', () => {
    const day = 24 * HOUR;
    // prospect 0: a → b → c → d, then c again (outside); prospect 1 enters at b; prospect 7: b and a at the same time, b first in the log
    const rows = [
      [0, 0, 0],
      [7, 1, 0],
      [7, 0, 0],
      [0, 1, 1],
      [1, 1, 1],
      [0, 2, 3],
      [0, 3, 4],
      [7, 2, 5],
      [0, 2, 6],
    ] as const;
    const p = Int32Array.from(rows, (r) => r[0]);
    const s = Uint8Array.from(rows, (r) => r[1]);
    const t = Float64Array.from(rows, (r) => T0 + r[2] * day);
    const r = summary(firstJourneys(p, s, t, rows.length, 1 << 20, K, Infinity))!;
    expect(r.counts).toEqual([
      [2, 3, 3, 1], // touches
      [2, 3, 2, 1], // reached: 0 and 7 at a; 0, 7 and inbound 1 at b; 0 and 7 at c; 0 at d
      [0, 2, 2, 1], // from the previous stage
      [2, 2, 2, 1], // from the first stage
      [0, 1, 0, 0], // inbound
      [0, 0, 1, 1], // open: 1 stopped at b, 7 at c
    ]);
    expect(r.prevDur).toEqual([[], [0, day], [2 * day, 5 * day], [day]]);
    expect(r.firstDur).toEqual([[], [0, day], [3 * day, 5 * day], [4 * day]]);
    expect([r.used, r.prospects, r.outside, r.latest]).toEqual([9, 3, 1, T0 + 6 * day]);
  });
});
