import type { DurationStats, HistogramBin } from './types.js';

/**
 * Summary statistics of durations (whole milliseconds): nearest-rank quantiles, an exact mean
 * rounded to the millisecond, and a histogram with fixed bins, so reports from different data or
 * different shards line up bin for bin.
 * @internal
 * @module
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Lower edges of the fixed bins, in milliseconds. */
export const BIN_EDGES: readonly number[] = [0, HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 60 * DAY, 90 * DAY];
const BIN_LABELS = ['under 1 hour', '1 hour to 1 day', '1 to 2 days', '2 to 7 days', '7 to 14 days', '14 to 30 days', '30 to 60 days', '60 to 90 days', '90 days or more'];
const SPLIT = 2 ** 24;

/** Rank (0-based) of the p-quantile by nearest rank: the smallest observation with at least a share p of all observations at or below it. */
function nearestRank(n: number, p: number): number {
  return Math.max(0, Math.ceil(p * n) - 1);
}

/**
 * Puts the values of ranks `ks[from..to)` (sorted, 0-based) in their sorted places within
 * `a[lo..hi]`: Hoare partitioning that only recurses into parts holding a wanted rank, so four
 * quantiles cost about one selection, without sorting everything.
 */
function selectRanks(a: Float64Array, ks: readonly number[], from: number, to: number, lo: number, hi: number): void {
  while (from < to && hi > lo) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    // a[lo..j] <= pivot, a[j+1..i-1] == pivot, a[i..hi] >= pivot
    let mid = from;
    while (mid < to && ks[mid]! <= j) mid++;
    let right = mid;
    while (right < to && ks[right]! < i) right++;
    if (mid - from < to - right) {
      selectRanks(a, ks, from, mid, lo, j);
      from = right;
      lo = i;
    } else {
      selectRanks(a, ks, right, to, i, hi);
      to = mid;
      hi = j;
    }
  }
}

/** The bin of a duration: three comparisons instead of a search (the edges are those of BIN_EDGES). */
function binOf(d: number): number {
  if (d < DAY) return d < HOUR ? 0 : 1;
  if (d < 7 * DAY) return d < 2 * DAY ? 2 : 3;
  if (d < 30 * DAY) return d < 14 * DAY ? 4 : 5;
  return d < 60 * DAY ? 6 : d < 90 * DAY ? 7 : 8;
}

/** Statistics of non-negative whole-millisecond durations; `null` when there are none (never NaN). Reorders `a`. */
export function durationStats(a: Float64Array): DurationStats | null {
  const n = a.length;
  if (n === 0) return null;
  // Exact sum beyond 2^53: high and low parts summed separately, joined as a bigint.
  let hi = 0;
  let lo = 0;
  const counts = new Float64Array(BIN_EDGES.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]!;
    const h = Math.floor(d / SPLIT);
    hi += h;
    lo += d - h * SPLIT;
    counts[binOf(d)]!++;
  }
  const ranks = [nearestRank(n, 0.25), nearestRank(n, 0.5), nearestRank(n, 0.75), nearestRank(n, 0.9)];
  selectRanks(a, ranks, 0, ranks.length, 0, n - 1);
  const q = ranks.map((r) => a[r]!);
  const sum = BigInt(hi) * BigInt(SPLIT) + BigInt(lo);
  const mean = Number((2n * sum + BigInt(n)) / (2n * BigInt(n))); // half up
  const histogram: HistogramBin[] = BIN_EDGES.map((from, i) => ({
    label: BIN_LABELS[i]!,
    fromMs: from,
    toMs: i + 1 < BIN_EDGES.length ? BIN_EDGES[i + 1]! : null,
    count: counts[i]!,
  }));
  return {
    count: n,
    p25: q[0]!,
    median: q[1]!,
    p75: q[2]!,
    p90: q[3]!,
    mean,
    histogram,
  };
}
