import { describe, expect, it } from 'vitest';
import { averagedRanks } from '../../src/numbers/quantileAveraged.js';
import { nearestRankRanks } from '../../src/numbers/quantileNearestRank.js';
import { medianOfSorted, quantileOfSorted, quantileRanks } from '../../src/numbers/quantile.js';
import { Ratio } from '../../src/numbers/ratio.js';

const tenths = [0, 1, 2.5, 5, 7, 9, 10].map((t) => Ratio.of(Math.round(t * 10), 100)); // 0, 0.1, 0.25, 0.5, 0.7, 0.9, 1
const oneToTen = Array.from({ length: 10 }, (_, i) => Ratio.of(i + 1));
const show = (r: Ratio | null) => (r === null ? null : r.toString());

describe('quantile rules (Hyndman & Fan 1996)', () => {
  it("nearest rank, definition 1: R's quantile(1:10, c(0, .1, .25, .5, .7, .9, 1), type = 1) = 1 1 3 5 7 9 10", () => {
    expect(tenths.map((p) => show(quantileOfSorted('nearest-rank', oneToTen, p)))).toEqual(['1', '1', '3', '5', '7', '9', '10']);
  });

  it("averaged, definition 2: R's quantile(1:10, c(0, .1, .25, .5, .7, .9, 1), type = 2) = 1 1.5 3 5.5 7.5 9.5 10", () => {
    expect(tenths.map((p) => show(quantileOfSorted('averaged', oneToTen, p)))).toEqual(['1', '3/2', '3', '11/2', '15/2', '19/2', '10']);
  });

  it('np is exact: 0.7 × 10 is 7 (a float product, 7.000000000000001, would take the 8th value)', () => {
    expect(nearestRankRanks(10, Ratio.of(7, 10))).toEqual([6, 6]);
    expect(averagedRanks(10, Ratio.of(7, 10))).toEqual([6, 7]);
  });

  it('ranks at the ends and for one value', () => {
    expect([nearestRankRanks(5, Ratio.of(0)), nearestRankRanks(5, Ratio.of(1))]).toEqual([[0, 0], [4, 4]]);
    expect([averagedRanks(5, Ratio.of(0)), averagedRanks(5, Ratio.of(1))]).toEqual([[0, 0], [4, 4]]);
    expect([nearestRankRanks(1, Ratio.of(1, 2)), averagedRanks(1, Ratio.of(1, 2))]).toEqual([[0, 0], [0, 0]]);
    expect(quantileRanks('averaged', 4, Ratio.of(1, 2))).toEqual([1, 2]);
    expect(quantileRanks('nearest-rank', 4, Ratio.of(1, 2))).toEqual([1, 1]);
  });

  it('the median: odd n the middle value by both rules; even n the lower middle value or the mean of the two', () => {
    const odd = [1, 3, 5].map((x) => Ratio.of(x));
    const even = [1, 2, 3, 4].map((x) => Ratio.of(x));
    expect([show(medianOfSorted('nearest-rank', odd)), show(medianOfSorted('averaged', odd))]).toEqual(['3', '3']);
    expect([show(medianOfSorted('nearest-rank', even)), show(medianOfSorted('averaged', even))]).toEqual(['2', '5/2']);
    expect([medianOfSorted('nearest-rank', []), medianOfSorted('averaged', [])]).toEqual([null, null]);
  });
});
