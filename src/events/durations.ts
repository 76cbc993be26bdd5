import { quantileRanks, type QuantileRule } from '../numbers/quantile.js';
import { Ratio } from '../numbers/ratio.js';
import { divRoundHalfUp } from '../numbers/roundHalfUp.js';
import type { DurationStats, HistogramBin } from './types.js';

/**
 * Summary statistics of durations (whole milliseconds): quantiles by a named rule (nearest rank
 * unless asked otherwise; numbers/quantile.ts), an exact mean
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

/** The quartiles and the 90th percentile, exactly. */
const QUANTILES = [/* @__PURE__ */ Ratio.of(1, 4), /* @__PURE__ */ Ratio.of(1, 2), /* @__PURE__ */ Ratio.of(3, 4), /* @__PURE__ */ Ratio.of(9, 10)];

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
 * Equal-width buckets of [min, max]: bucket(d) = ⌊(d − min) · scale⌋. The bucket never decreases
 * as the value grows (subtraction and scaling by a constant are monotonic), so the values below any
 * x are those of the buckets below bucket(x) and some of bucket(x) itself; the rank-r value is in
 * the bucket where the running count passes r.
 */
interface Buckets {
  readonly min: number;
  readonly max: number;
  readonly scale: number;
  readonly counts: Int32Array;
}

/**
 * One pass over the durations: the exact sum (a bigint), and the count of each bucket. A plain
 * number sum is exact while it stays within 2^53, so it is moved into the bigint only when the
 * next duration could leave that range: one bigint step per ~2^53 ms instead of one per value.
 */
function tally(a: Float64Array, counts: Int32Array, min: number, scale: number): bigint {
  let big = 0n;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]!;
    if (sum > MAX_SAFE - d) {
      big += BigInt(sum);
      sum = 0;
    }
    sum += d;
    counts[Math.floor((d - min) * scale)]!++;
  }
  return big + BigInt(sum);
}

/**
 * The values of the buckets marked in `wanted`, gathered in one pass: `at[b]` is where bucket b's
 * values start in the result (−1 for a bucket not wanted).
 */
function gather(a: Float64Array, g: Buckets, wanted: Uint8Array): { values: Float64Array; at: Int32Array } {
  const B = g.counts.length;
  const at = new Int32Array(B).fill(-1);
  let size = 0;
  for (let b = 0; b < B; b++) {
    if (wanted[b]) {
      at[b] = size;
      size += g.counts[b]!;
    }
  }
  const values = new Float64Array(size);
  const fill = at.slice();
  const { min, scale } = g;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]!;
    const b = Math.floor((d - min) * scale);
    const q = fill[b]!;
    if (q >= 0) {
      values[q] = d;
      fill[b] = q + 1;
    }
  }
  return { values, at };
}

/**
 * The values of the (sorted, 0-based) ranks `ks`, and how many values lie below each of `edges`,
 * from the bucket counts: only the buckets holding a wanted rank or an edge are gathered, and the
 * ranks are selected within their bucket ({@link selectRanks}), without sorting everything. A
 * skewed sample can put most values in one bucket; selecting from it then costs what selecting
 * from all of them would.
 */
function ranksAndEdges(a: Float64Array, g: Buckets, ks: readonly number[], edges: readonly number[]): { at: number[]; below: number[] } {
  const { counts, min, max, scale } = g;
  if (min === max) return { at: ks.map(() => min), below: edges.map((x) => (x <= min ? 0 : a.length)) };
  const B = counts.length;
  const wanted = new Uint8Array(B);
  // the bucket of each wanted rank, and how many values lie in the buckets before it
  const rankBucket = ks.map(() => 0);
  const rankBefore = ks.map(() => 0);
  for (let b = 0, seen = 0, x = 0; b < B && x < ks.length; b++) {
    const next = seen + counts[b]!;
    while (x < ks.length && ks[x]! < next) {
      rankBucket[x] = b;
      rankBefore[x] = seen;
      wanted[b] = 1;
      x++;
    }
    seen = next;
  }
  const edgeBucket = edges.map((x) => (x <= min || x > max ? -1 : Math.floor((x - min) * scale)));
  for (const b of edgeBucket) if (b >= 0) wanted[b] = 1;
  const { values, at } = gather(a, g, wanted);
  const before = new Float64Array(B + 1);
  for (let b = 0; b < B; b++) before[b + 1] = before[b]! + counts[b]!;
  const atRank = ks.map((k, x) => {
    const b = rankBucket[x]!;
    const part = values.subarray(at[b]!, at[b]! + counts[b]!);
    const r = k - rankBefore[x]!;
    selectRanks(part, [r], 0, 1, 0, part.length - 1);
    return part[r]!;
  });
  const below = edges.map((x, i) => {
    if (x <= min) return 0;
    if (x > max) return a.length;
    const b = edgeBucket[i]!;
    let c = before[b]!;
    for (let q = at[b]!; q < at[b]! + counts[b]!; q++) if (values[q]! < x) c++;
    return c;
  });
  return { at: atRank, below };
}

/**
 * Statistics of non-negative whole-millisecond durations, the quantiles by `rule`; `null` when
 * there are none (never NaN).
 */
export function durationStats(a: Float64Array, rule: QuantileRule = 'nearest-rank'): DurationStats | null {
  const n = a.length;
  if (n === 0) return null;
  const [min, max] = extremes(a);
  // each quantile is the mean of the values at two ranks (one rank twice by nearest rank); each rank is selected once
  const pairs = QUANTILES.map((p) => quantileRanks(rule, n, p));
  const ranks = [...new Set(pairs.flat())]; // ascending, as the pairs are
  // about one bucket per 4 values, at most 4096 (the counts stay in the fastest cache)
  const B = min === max ? 1 : Math.min(4096, 2 ** Math.ceil(Math.log2(n / 4 + 1)));
  const g: Buckets = { min, max, scale: min === max ? 0 : (B - 1) / (max - min), counts: new Int32Array(B) };
  const sum = tally(a, g.counts, g.min, g.scale);
  const found = ranksAndEdges(a, g, ranks, BIN_EDGES.slice(1));
  const valueAt = (k: number) => found.at[ranks.indexOf(k)]!;
  const q = pairs.map(([lo, hi]) => (lo === hi ? valueAt(lo) : (valueAt(lo) + valueAt(hi)) / 2));
  // values below each edge, then per bin the difference
  const below = [0, ...found.below, n];
  const mean = Number(divRoundHalfUp(sum, BigInt(n)));
  const histogram: HistogramBin[] = BIN_EDGES.map((from, i) => ({
    label: BIN_LABELS[i]!,
    fromMs: from,
    toMs: i + 1 < BIN_EDGES.length ? BIN_EDGES[i + 1]! : null,
    count: below[i + 1]! - below[i]!,
  }));
  return {
    count: n,
    p25: q[0]!,
    median: q[1]!,
    p75: q[2]!,
    p90: q[3]!,
    mean,
    histogram,
    quantileRule: rule,
  };
}
