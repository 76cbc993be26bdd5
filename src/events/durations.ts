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
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

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

/** The bin of every whole hour below 90 days (the edges of BIN_EDGES are whole hours). */
const BIN_OF_HOUR = /* @__PURE__ */ binsByHour();

function binsByHour(): Uint8Array {
  const t = new Uint8Array(2160);
  for (let h = 0, b = 0; h < 2160; h++) {
    while (b + 1 < BIN_EDGES.length && h * HOUR >= BIN_EDGES[b + 1]!) b++;
    t[h] = b;
  }
  return t;
}

/** The lowest and the highest value (n > 0); min and max rather than branches the processor would mispredict. */
function extremes(a: Float64Array): [number, number] {
  let min = a[0]!;
  let max = min;
  for (let i = 1; i < a.length; i++) {
    const d = a[i]!;
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  return [min, max];
}

/**
 * One pass over the durations: the exact sum (a bigint), the count of each fixed bin, and the
 * count of each of `counts.length` equal-width buckets of [min, max]. The bin comes from a table
 * by whole hours, not from comparisons whose outcome the processor cannot predict. A plain number
 * sum is exact while it stays within 2^53, so it is moved into the bigint only when the next
 * duration could leave that range: one bigint step per ~2^53 ms instead of one per value.
 */
function tally(a: Float64Array, bins: Float64Array, counts: Int32Array, min: number, scale: number): bigint {
  let big = 0n;
  let sum = 0;
  const last = BIN_EDGES.length - 1;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]!;
    if (sum > MAX_SAFE - d) {
      big += BigInt(sum);
      sum = 0;
    }
    sum += d;
    const h = d / HOUR;
    bins[h < 2160 ? BIN_OF_HOUR[h | 0]! : last]!++;
    counts[Math.floor((d - min) * scale)]!++;
  }
  return big + BigInt(sum);
}

/**
 * The values of the (sorted, 0-based) ranks `ks`, given the bucket counts of {@link tally}: the
 * buckets holding the wanted ranks are found from the counts, and only their values are gathered
 * and selected from ({@link selectRanks}), without sorting everything. The bucket of a value never
 * decreases as the value grows (subtraction and scaling by a constant are monotonic), so the
 * rank-r value is in the bucket where the running count passes r. A skewed sample can put most
 * values in one bucket; selecting from it then costs what selecting from all of them would.
 */
function valuesAtRanks(a: Float64Array, ks: readonly number[], counts: Int32Array, min: number, scale: number): number[] {
  const B = counts.length;
  const bucket = ks.map(() => 0);
  const before = ks.map(() => 0);
  const at = new Int32Array(B).fill(-1);
  let size = 0;
  for (let b = 0, seen = 0, x = 0; b < B && x < ks.length; b++) {
    const next = seen + counts[b]!;
    while (x < ks.length && ks[x]! < next) {
      bucket[x] = b;
      before[x] = seen;
      if (at[b]! < 0) {
        at[b] = size;
        size += counts[b]!;
      }
      x++;
    }
    seen = next;
  }
  const picked = new Float64Array(size);
  const fill = at.slice();
  for (let i = 0; i < a.length; i++) {
    const d = a[i]!;
    const b = Math.floor((d - min) * scale);
    const q = fill[b]!;
    if (q >= 0) {
      picked[q] = d;
      fill[b] = q + 1;
    }
  }
  return ks.map((k, x) => {
    const b = bucket[x]!;
    const part = picked.subarray(at[b]!, at[b]! + counts[b]!);
    const r = k - before[x]!;
    selectRanks(part, [r], 0, 1, 0, part.length - 1);
    return part[r]!;
  });
}

/** Statistics of non-negative whole-millisecond durations; `null` when there are none (never NaN). */
export function durationStats(a: Float64Array): DurationStats | null {
  const n = a.length;
  if (n === 0) return null;
  const bins = new Float64Array(BIN_EDGES.length);
  const [min, max] = extremes(a);
  // about one bucket per 4 values, at most 4096 (the counts stay in the fastest cache)
  const B = min === max ? 1 : Math.min(4096, 2 ** Math.ceil(Math.log2(n / 4 + 1)));
  const scale = min === max ? 0 : (B - 1) / (max - min);
  const counts = new Int32Array(B);
  const sum = tally(a, bins, counts, min, scale);
  const ranks = [nearestRank(n, 0.25), nearestRank(n, 0.5), nearestRank(n, 0.75), nearestRank(n, 0.9)];
  const q = min === max ? ranks.map(() => min) : valuesAtRanks(a, ranks, counts, min, scale);
  const mean = Number((2n * sum + BigInt(n)) / (2n * BigInt(n))); // half up
  const histogram: HistogramBin[] = BIN_EDGES.map((from, i) => ({
    label: BIN_LABELS[i]!,
    fromMs: from,
    toMs: i + 1 < BIN_EDGES.length ? BIN_EDGES[i + 1]! : null,
    count: bins[i]!,
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
