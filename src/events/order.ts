import type { EngineColumns } from './engine.js';

/**
 * The first step of the journey engine: each prospect's records in the documented order, by
 * blocks of prospects whose journey state stays in the processor's cache.
 *
 * A pass over a log in time order touches every prospect's state in random order; once that state
 * outgrows the caches, each record waits on memory. So a log of many prospects is split by blocks
 * of prospect numbers (a stable counting sort: each block keeps the log's order), and each block is
 * walked with state small enough for the cache. Splitting costs about as much as the walk saves
 * until the state of all prospects is a few megabytes, so a log whose state is smaller is walked
 * at once. A block (or the whole log) that is not in order is sorted alone: grouped by prospect,
 * each prospect's records by the full order ({@link tieOrder}).
 * @internal
 * @module
 */

/** Up to this many bytes of journey state, the log is walked at once, without splitting. */
const FLAT_BYTES = 2 << 20;
/** The journey state of one block stays within this (a second-level cache holds 512 KB or more). */
const BLOCK_BYTES = 256 << 10;
/** Looking back further than this many records at one time, the order check gives up and sorts. */
const TIE_LOOKBACK = 64;

/**
 * The log as the walk reads it: rows [start[b], start[b + 1]) are block b, in an order in which
 * every prospect's records follow the documented order. `local[q]` is the prospect number within
 * the block (prospect = b << shift | local), `record[q]` the row of the caller's columns (null:
 * row q itself).
 */
export interface OrderedLog {
  readonly blocks: number;
  readonly shift: number;
  readonly start: ArrayLike<number>;
  readonly local: ArrayLike<number>;
  readonly stage: ArrayLike<number>;
  readonly at: ArrayLike<number>;
  readonly record: Int32Array | null;
  /** The columns the walk reads at every record, in the order of the rows above. */
  readonly carried: readonly (ArrayLike<number> | null)[];
}

/**
 * The documented total order of two records of one prospect: time, then funnel position, then
 * source, rep, isNew (false, true, unknown), reason, group key and value. Names are compared by
 * their place in plain string order (never the locale's).
 */
export type TieOrder = (a: number, b: number) => number;

/** Code → rank of its name in plain string order (−1 stays lowest), so ties never depend on how names were coded. */
function ranks(names: readonly string[]): Int32Array {
  const order = names.map((n, i) => [n, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const r = new Int32Array(names.length);
  order.forEach(([, i], k) => (r[i] = k));
  return r;
}

/** The order of {@link TieOrder} over the engine's columns. */
export function tieOrder(cols: EngineColumns): TieOrder {
  const { at: T, stage: S, source, rep, isNew, reason, key } = cols;
  const coded: [ArrayLike<number>, Int32Array][] = [];
  for (const [col, names] of [
    [source, cols.sourceNames],
    [rep, cols.repNames],
  ] as const) {
    if (col) coded.push([col, ranks(names)]);
  }
  const later: [ArrayLike<number>, Int32Array][] = [];
  for (const [col, names] of [
    [reason, cols.reasonNames],
    [key, cols.keyNames],
  ] as const) {
    if (col) later.push([col, ranks(names)]);
  }
  const rankOf = (col: ArrayLike<number>, table: Int32Array, e: number) => {
    const c = col[e]!;
    return c < 0 ? -1 : table[c]!;
  };
  const newRank = (e: number) => {
    const x = isNew![e]!;
    return x < 0 ? 2 : x;
  };
  const order: TieOrder = (a, b) => {
    let d = T[a]! - T[b]!;
    if (d !== 0) return d;
    d = S[a]! - S[b]!;
    if (d !== 0) return d;
    for (const [col, table] of coded) {
      d = rankOf(col, table, a) - rankOf(col, table, b);
      if (d !== 0) return d;
    }
    if (isNew) {
      d = newRank(a) - newRank(b);
      if (d !== 0) return d;
    }
    for (const [col, table] of later) {
      d = rankOf(col, table, a) - rankOf(col, table, b);
      if (d !== 0) return d;
    }
    if (!cols.hasValues) return 0;
    const va = cols.value(a);
    const vb = cols.value(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? -1 : 1;
    return va.compare(vb);
  };
  return order;
}

/** The block size (as a shift of prospect numbers) for `bytes` of journey state per prospect; 31 = one block. */
export function blockShift(prospects: number, bytes: number): number {
  if (prospects * bytes <= FLAT_BYTES) return 31;
  let shift = 8;
  while (shift < 16 && (2 << shift) * bytes <= BLOCK_BYTES) shift++;
  return shift;
}

/**
 * Whether rows [from, to) are in order for the walk: times never go down, and records of one
 * prospect at the same time are in {@link TieOrder}. In time order the records at one time stand
 * together, so only those are compared (a very long run of equal times gives up: it is sorted).
 */
function inOrder(LP: ArrayLike<number>, T: ArrayLike<number>, from: number, to: number, order: TieOrder): boolean {
  let prevT = Number.NEGATIVE_INFINITY;
  let runStart = from;
  for (let q = from; q < to; q++) {
    const t = T[q]!;
    if (t < prevT) return false;
    if (t !== prevT) {
      prevT = t;
      runStart = q;
      continue;
    }
    if (q - runStart > TIE_LOOKBACK) return false;
    const p = LP[q]!;
    for (let x = runStart; x < q; x++) if (LP[x] === p && order(x, q) > 0) return false;
  }
  return true;
}

/** A column that moves with its rows. */
type Column = Int32Array | Uint8Array | Int8Array | Float64Array;

/** Rows [from, to) of a block regrouped by prospect, each prospect's records in {@link TieOrder}; every column in `moved` moves with its rows. */
function sortRows(local: Int32Array, moved: readonly Column[], from: number, to: number, prospects: number, order: TieOrder): void {
  const m = to - from;
  const start = new Int32Array(prospects + 1);
  for (let q = from; q < to; q++) start[local[q]! + 1]!++;
  for (let p = 0; p < prospects; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, prospects);
  // places within the block, grouped by prospect (stable: each prospect's in the block's order)
  const place = new Int32Array(m);
  for (let q = from; q < to; q++) place[fill[local[q]!]!++] = q;
  for (let p = 0; p < prospects; p++) {
    // insertion sort: a prospect has few records, mostly in order already
    for (let i = start[p]! + 1; i < start[p + 1]!; i++) {
      const x = place[i]!;
      let j = i - 1;
      while (j >= start[p]! && order(place[j]!, x) > 0) {
        place[j + 1] = place[j]!;
        j--;
      }
      place[j + 1] = x;
    }
  }
  for (const col of [local, ...moved]) {
    const was = col.slice(from, to);
    for (let i = 0; i < m; i++) col[from + i] = was[place[i]! - from]!;
  }
}

/**
 * The log in blocks of 2^shift prospect numbers, each block in order for the walk. A log in one
 * block that is already in order is used as given (no copy); otherwise prospect, stage and time
 * are copied into block order (13 bytes a record), the row (4 more) when `withRecords` (the walk
 * keeps which record reached a stage, or the order needs other columns to break ties), and the
 * `carried` columns the walk reads at every record (so that it reads them in sequence, not
 * scattered over the caller's columns; they need `withRecords`).
 */
export function orderLog(cols: EngineColumns, shift: number, order: TieOrder, withRecords: boolean, carried: readonly (Column | null)[]): OrderedLog {
  const n = cols.n;
  const PR = cols.prospect;
  const S = cols.stage;
  const T = cols.at;
  const blocks = shift >= 31 ? 1 : ((cols.prospectCount - 1) >> shift) + 1;
  if (blocks <= 1 && inOrder(PR, T, 0, n, order)) {
    return { blocks: 1, shift: 31, start: [0, n], local: PR, stage: S, at: T, record: null, carried };
  }
  const flat = blocks <= 1;
  const size = flat ? Math.max(cols.prospectCount, 1) : 1 << shift;
  const by = flat ? 31 : shift;
  const start = new Int32Array(blocks + 1);
  for (let e = 0; e < n; e++) start[(PR[e]! >> by) + 1]!++;
  for (let b = 0; b < blocks; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, blocks);
  const local = new Int32Array(n);
  const stage = new Uint8Array(n);
  const at = new Float64Array(n);
  const record = withRecords ? new Int32Array(n) : null;
  // the carried columns in block order (they come with records)
  const moved = carried.map((col) => (col && record ? new (col.constructor as new (n: number) => Column)(n) : null));
  const mask = flat ? -1 : size - 1;
  for (let e = 0; e < n; e++) {
    const p = PR[e]!;
    const q = fill[p >> by]!++;
    local[q] = p & mask;
    stage[q] = S[e]!;
    at[q] = T[e]!;
    if (record) record[q] = e;
  }
  // each carried column in a pass of its own, read in sequence and written in the blocks' order
  moved.forEach((out, i) => {
    if (!out) return;
    const col = carried[i]!;
    fill.set(start.subarray(0, blocks));
    for (let e = 0; e < n; e++) out[fill[PR[e]! >> by]!++] = col[e]!;
  });
  // the order of two rows of a block: by their records, or by time and stage when nothing else can tell them apart
  const rows: TieOrder = record ? (x, y) => order(record[x]!, record[y]!) : (x, y) => at[x]! - at[y]! || stage[x]! - stage[y]!;
  const all = [stage, at, ...(record ? [record] : []), ...moved.filter((c): c is Column => c !== null)];
  for (let b = 0; b < blocks; b++) {
    const from = start[b]!;
    const to = start[b + 1]!;
    if (!inOrder(local, at, from, to, rows)) sortRows(local, all, from, to, size, rows);
  }
  return { blocks, shift: by, start, local, stage, at, record, carried: moved };
}
