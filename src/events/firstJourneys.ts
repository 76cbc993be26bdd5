import { Bucket, Durations } from './bucket.js';
import { atOk } from './rows.js';
import { MIN_MS } from './time.js';

/**
 * The report of default options (ordered steps, each prospect's first journey, no window, no
 * grouping) with a few bytes of state per prospect instead of per-prospect journey tables. The
 * rules are those of the general loop of the engine, specialised: in ordered mode a journey
 * reaches stages one after another, so it is described by its entry and its furthest stage, and it
 * ends only when it reaches the last stage.
 *
 * Speed comes from memory: a pass over a log in time order touches every prospect's state in
 * random order, and once that state outgrows the processor's caches each record waits on memory.
 * So a log of many prospects is first split by blocks of BLOCK prospect numbers (a stable counting
 * sort: each block keeps the log's order), and each block is walked with state small enough for
 * the cache. Splitting costs about as much as the walk saves until the state of all prospects
 * is several megabytes (measured with 18 bytes per prospect: 200k prospects, 3.6 MB, the same time
 * either way; 600k, 11 MB, half the time in blocks; 2M, 36 MB, 37%), so fewer prospects than
 * FLAT_LIMIT are walked at once.
 * @internal
 * @module
 */

/** Prospects per block: their state (18 bytes each) stays within the processor's second-level cache. */
const SHIFT = 12;
const BLOCK = 1 << SHIFT;
/** Up to this many prospect numbers, the log is walked at once, without splitting. */
const FLAT_LIMIT = 1 << 18;
/** Why {@link walk} stopped early (in `scalars[3]`). */
const NOT_IN_ORDER = 1;
const INVALID = 2;

/** What the pass found, besides the counts in `bucket`. */
export interface FirstJourneys {
  readonly bucket: Bucket;
  /** Records at or before `asOf`. */
  readonly used: number;
  readonly afterAsOf: number;
  /** Prospects with a record at or before `asOf` (one first journey each). */
  readonly prospects: number;
  /** Records after their prospect's journey had ended without a return to the first stage. */
  readonly outside: number;
  /** The latest time among the records used (−Infinity when none). */
  readonly latest: number;
}

/** The log split by blocks of prospects: block b holds rows [start[b], start[b + 1]) in the log's order. */
interface Blocks {
  readonly start: Int32Array;
  /** Prospect number within its block. */
  readonly local: Int32Array;
  readonly stage: Uint8Array;
  readonly at: Float64Array;
}

/**
 * Whether a column holds numbers only. A typed array always does; a plain array may hold text
 * such as '1', which compares, indexes and copies into a typed array as 1 would.
 */
function numbersOnly(col: ArrayLike<number>, n: number): boolean {
  if (ArrayBuffer.isView(col)) return true;
  for (let i = 0; i < n; i++) if (typeof col[i] !== 'number') return false;
  return true;
}

/** The highest prospect number (−1 when there are none); NaN when one is not a whole number from 0 to cap − 1. */
function highestProspect(PR: ArrayLike<number>, n: number, cap: number): number {
  let hi = -1;
  for (let e = 0; e < n; e++) {
    const p = PR[e]!;
    if (!(p >= 0 && p < cap && p === Math.floor(p))) return Number.NaN;
    hi = Math.max(hi, p);
  }
  return hi;
}

/**
 * Records per stage, in `totals[0 … K − 1]`; false when a stage is not a whole number from 0 to
 * K − 1. Four sets of counters, so that runs of one stage do not wait on the count they just
 * wrote; the range is checked once, on the lowest and highest stage seen.
 */
function stageTotals(S: ArrayLike<number>, n: number, K: number, totals: Float64Array): boolean {
  const c = new Float64Array(4 * K);
  let lo = 0;
  let hi = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const a = S[i]!;
    const b = S[i + 1]!;
    const d = S[i + 2]!;
    const e = S[i + 3]!;
    lo = Math.min(lo, a, b, d, e);
    hi = Math.max(hi, a, b, d, e);
    c[a]!++;
    c[K + b]!++;
    c[2 * K + d]!++;
    c[3 * K + e]!++;
  }
  for (; i < n; i++) {
    const a = S[i]!;
    lo = Math.min(lo, a);
    hi = Math.max(hi, a);
    c[a]!++;
  }
  // NaN passes neither comparison; a fraction is counted nowhere, so the counts fall short
  if (!(lo >= 0 && hi < K)) return false;
  let sum = 0;
  for (let k = 0; k < K; k++) sum += totals[k] = c[k]! + c[K + k]! + c[2 * K + k]! + c[3 * K + k]!;
  return sum === n;
}

/** The records split by blocks of prospect numbers (0 … hi), each block in the log's order. */
function splitByBlock(PR: ArrayLike<number>, S: ArrayLike<number>, T: ArrayLike<number>, n: number, hi: number): Blocks {
  const blocks = (hi >> SHIFT) + 1;
  const start = new Int32Array(blocks + 1);
  for (let e = 0; e < n; e++) start[(PR[e]! >> SHIFT) + 1]!++;
  for (let b = 0; b < blocks; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, blocks);
  const local = new Int32Array(n);
  const stage = new Uint8Array(n);
  const at = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    const p = PR[e]!;
    const q = fill[p >> SHIFT]!++;
    local[q] = p & (BLOCK - 1);
    stage[q] = S[e]!;
    at[q] = T[e]!;
  }
  return { start, local, stage, at };
}

/** Where {@link walk} keeps its results, over all blocks. */
interface Walk {
  /** Records per stage; records after asOf are taken off again. */
  readonly touches: Float64Array;
  /** First records per stage: entries at the first stage, and inbound ones at later stages. */
  readonly entries: Float64Array;
  /** Durations from the previous and from the first stage, stage k's in [start[k], end[k]). */
  readonly prevDur: Float64Array;
  readonly firstDur: Float64Array;
  readonly start: Int32Array;
  readonly prevEnd: Int32Array;
  readonly firstEnd: Int32Array;
  /** [outside, afterAsOf, latest, why the last walk stopped early] */
  readonly scalars: Float64Array;
  /** State per prospect (of one block, reused from block to block): see {@link walk}. */
  readonly st: Uint16Array;
  readonly times: Float64Array;
}

function newWalk(totals: Float64Array, K: number, prospects: number): Walk {
  // stage k > 0 has at most totals[k] durations of each kind, the first stage none; pages never
  // written are never touched
  const start = new Int32Array(K);
  for (let k = 2; k < K; k++) start[k] = start[k - 1]! + totals[k - 1]!;
  const size = K > 1 ? start[K - 1]! + totals[K - 1]! : 0;
  return {
    touches: totals.slice(),
    entries: new Float64Array(K),
    prevDur: new Float64Array(size),
    firstDur: new Float64Array(size),
    start,
    prevEnd: start.slice(),
    firstEnd: start.slice(),
    scalars: Float64Array.of(0, 0, Number.NEGATIVE_INFINITY, 0),
    st: new Uint16Array(prospects),
    times: new Float64Array(2 * prospects),
  };
}

/**
 * Whether an earlier record of prospect p at time t, in rows [from, e), has a stage above s (the
 * order at t is then not the (time, stage) order the walk needs). In time order the walk's records
 * at time t come just before e, but rows after asOf, which the walk leaves out, may stand between
 * them: those are passed over.
 */
function higherStageBefore(LP: ArrayLike<number>, S: ArrayLike<number>, T: ArrayLike<number>, from: number, e: number, p: number, s: number, t: number, asOfMs: number): boolean {
  for (let x = e - 1; x >= from; x--) {
    // a very long run of equal times: give up and let the caller sort
    if (e - x > 64) return true;
    const tx = T[x]!;
    if (tx > asOfMs) continue;
    if (tx !== t) return false;
    if (LP[x] === p && S[x]! > s) return true;
  }
  return false;
}

/**
 * Rows [from, to): the whole log, or one block of it. Returns the latest time among the rows used
 * (−Infinity when none), or NaN when it stops early, with the reason in `scalars[3]`: INVALID at a
 * time that is not whole epoch milliseconds in the supported range; with `check`, NOT_IN_ORDER
 * when rows are not in time order, or rows of one prospect at the same time not in stage order
 * (logs exported in time order have it, except that records at the same time may come in any
 * stage order). Without `check`, each prospect's rows come together, in (time, stage) order.
 *
 * Everything the walk counts is stored in the loop itself, and nothing but `return` follows it:
 * code after a hot loop has no type feedback when the loop is first compiled (on stack
 * replacement), and on this engine such code was seen to throw the compiled loop away at the end
 * of every call, which made the walk half again as slow.
 *
 * State per prospect p, in st[p]: bits 0–5 the current journey's furthest stage, bit 6 AT_FIRST
 * (the first journey entered at the first stage), bit 7 LATER (a later journey is current), bits
 * 8–14 one more than the stage of the prospect's latest record (0 before its first). Next to it,
 * times[2p] and times[2p + 1]: when the first journey reached the first stage and its furthest.
 */
function walkOver(LP: ArrayLike<number>, S: ArrayLike<number>, T: ArrayLike<number>, from: number, to: number, K: number, asOfMs: number, check: boolean, w: Walk): number {
  return walk(LP, S, T, from, to, K, asOfMs, check, w.st, w.times, w.touches, w.entries, w.prevDur, w.firstDur, w.prevEnd, w.firstEnd, w.scalars);
}

// The arrays come one by one rather than in the Walk object, so the compiled loop depends on no
// object's shape (a shape the engine had assumed, once changed, discards the compiled loop).
function walk(
  LP: ArrayLike<number>,
  S: ArrayLike<number>,
  T: ArrayLike<number>,
  from: number,
  to: number,
  K: number,
  asOfMs: number,
  check: boolean,
  st: Uint16Array,
  times: Float64Array,
  touches: Float64Array,
  entries: Float64Array,
  prevDur: Float64Array,
  firstDur: Float64Array,
  prevEnd: Int32Array,
  firstEnd: Int32Array,
  scalars: Float64Array,
): number {
  const AT_FIRST = 64;
  const LATER = 128;
  const last = K - 1;
  st.fill(0);
  let prevT = MIN_MS;
  let latest = Number.NEGATIVE_INFINITY;
  for (let e = from; e < to; e++) {
    const t = T[e]!;
    const s = S[e]!;
    const p = LP[e]!;
    if (!atOk(t)) {
      scalars[3] = INVALID;
      return Number.NaN;
    }
    if (t > asOfMs) {
      scalars[1]!++;
      touches[s]!--;
      continue;
    }
    if (check) {
      if (t < prevT) {
        scalars[3] = NOT_IN_ORDER;
        return Number.NaN;
      }
      // in time order the latest time is the last one
      prevT = latest = t;
    } else latest = Math.max(latest, t);
    const state = st[p]!;
    const seenStage = (s + 1) << 8;
    if (state === 0) {
      // the prospect's first record starts the first journey, whatever its stage
      entries[s]!++;
      const q = 2 * p;
      if (s === 0) {
        st[p] = AT_FIRST | seenStage;
        times[q] = t;
      } else st[p] = s | seenStage;
      times[q + 1] = t;
      continue;
    }
    // the stage went down: fine unless an earlier record of this prospect has this very time
    if (check && s < (state >> 8) - 1 && higherStageBefore(LP, S, T, from, e, p, s, t, asOfMs)) {
      scalars[3] = NOT_IN_ORDER;
      return Number.NaN;
    }
    const low = state & 255;
    const c = state & 63;
    if (c === last) {
      // the journey is complete: a record at the first stage starts a new one, any other is outside
      if (s === 0) st[p] = (state & AT_FIRST) | LATER | seenStage;
      else {
        scalars[0]!++;
        st[p] = low | seenStage;
      }
    } else if (s === c + 1) {
      st[p] = (low - c + s) | seenStage;
      if ((state & LATER) === 0) {
        // still the first journey; in (time, stage) order durations are never negative
        const q = 2 * p;
        prevDur[prevEnd[s]!++] = t - times[q + 1]!;
        times[q + 1] = t;
        if ((state & AT_FIRST) !== 0) firstDur[firstEnd[s]!++] = t - times[q]!;
      }
    } else st[p] = low | seenStage;
  }
  return latest;
}

/** The rows [from, to) of a block grouped by prospect, each prospect's in (time, stage) order: what {@link walk} needs without `check`. */
function sortBlock(g: Blocks, from: number, to: number): void {
  const m = to - from;
  const start = new Int32Array(BLOCK + 1);
  for (let e = from; e < to; e++) start[g.local[e]! + 1]!++;
  for (let p = 0; p < BLOCK; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, BLOCK);
  const oP = new Int32Array(m);
  const oS = new Uint8Array(m);
  const oT = new Float64Array(m);
  for (let e = from; e < to; e++) {
    const q = fill[g.local[e]!]!++;
    oP[q] = g.local[e]!;
    oS[q] = g.stage[e]!;
    oT[q] = g.at[e]!;
  }
  for (let p = 0; p < BLOCK; p++) {
    // insertion sort: a prospect has few records, mostly in order already
    for (let i = start[p]! + 1; i < start[p + 1]!; i++) {
      const s = oS[i]!;
      const t = oT[i]!;
      let j = i - 1;
      while (j >= start[p]! && (oT[j]! > t || (oT[j] === t && oS[j]! > s))) {
        oS[j + 1] = oS[j]!;
        oT[j + 1] = oT[j]!;
        j--;
      }
      oS[j + 1] = s;
      oT[j + 1] = t;
    }
  }
  g.local.set(oP, from);
  g.stage.set(oS, from);
  g.at.set(oT, from);
}

/**
 * The first-journey report of records whose prospect numbers are whole numbers below `cap`, whose
 * stages are stage indexes and whose times are epoch milliseconds, in any order: a log (or a
 * block of one) in time order takes one walk, any other is sorted first. Null when some record is
 * invalid: the caller's general path then says which. `flatLimit` is for tests: 0 always splits.
 */
export function firstJourneys(
  PR: ArrayLike<number>,
  S: ArrayLike<number>,
  T: ArrayLike<number>,
  n: number,
  cap: number,
  K: number,
  asOfMs: number,
  flatLimit = FLAT_LIMIT,
): FirstJourneys | null {
  if (!numbersOnly(PR, n) || !numbersOnly(S, n) || !numbersOnly(T, n)) return null;
  const hi = highestProspect(PR, n, cap);
  const totals = new Float64Array(K);
  if (Number.isNaN(hi) || !stageTotals(S, n, K, totals)) return null;
  if (hi < flatLimit) {
    const w = newWalk(totals, K, hi + 1);
    const latest = walkOver(PR, S, T, 0, n, K, asOfMs, true, w);
    if (!Number.isNaN(latest)) {
      w.scalars[2] = latest;
      return finish(w, K);
    }
    if (w.scalars[3] === INVALID) return null;
  }
  const g = splitByBlock(PR, S, T, n, hi);
  const w = newWalk(totals, K, BLOCK);
  const saved = newWalk(new Float64Array(K), K, 0);
  const keep = (from: Walk, to: Walk) => {
    for (const k of ['touches', 'entries', 'prevEnd', 'firstEnd', 'scalars'] as const) to[k].set(from[k]);
  };
  for (let b = 0; b + 1 < g.start.length; b++) {
    const from = g.start[b]!;
    const to = g.start[b + 1]!;
    if (from === to) continue;
    keep(w, saved);
    let latest = walkOver(g.local, g.stage, g.at, from, to, K, asOfMs, true, w);
    if (Number.isNaN(latest)) {
      if (w.scalars[3] === INVALID) return null;
      // this block is not in time order: forget what its walk counted, sort it, walk it again
      keep(saved, w);
      sortBlock(g, from, to);
      latest = walkOver(g.local, g.stage, g.at, from, to, K, asOfMs, false, w);
      if (Number.isNaN(latest)) return null;
    }
    w.scalars[2] = Math.max(w.scalars[2]!, latest);
  }
  return finish(w, K);
}

/**
 * What follows from the walks: one unit per prospect, its first journey, so unique and total counts
 * agree; every unit is new (isNew unknown on a first journey); a stage is reached by entering
 * there or by moving on from the stage before; and a unit that stopped short of the last stage is
 * open (never dropped: no loss, no broken order, no window).
 */
function finish(w: Walk, K: number): FirstJourneys {
  const b = new Bucket(K);
  let prospects = 0;
  let used = 0;
  for (let k = 0; k < K; k++) {
    const moved = w.prevEnd[k]! - w.start[k]!;
    const count = w.entries[k]! + moved;
    prospects += w.entries[k]!;
    used += w.touches[k]!;
    b.touches[k] = w.touches[k]!;
    b.count[k] = count;
    b.prospects[k] = count;
    b.journeys[k] = count;
    b.newCount[k] = count;
    b.fromPrev[k] = moved;
    b.fromFirst[k] = k === 0 ? w.entries[0]! : w.firstEnd[k]! - w.start[k]!;
    b.inbound[k] = k === 0 ? 0 : w.entries[k]!;
    if (k > 0) {
      b.open[k] = b.count[k - 1]! - moved;
      b.prevDur[k] = Durations.of(w.prevDur.subarray(w.start[k]!, w.prevEnd[k]!));
      b.firstDur[k] = Durations.of(w.firstDur.subarray(w.start[k]!, w.firstEnd[k]!));
    }
  }
  return { bucket: b, used, afterAsOf: w.scalars[1]!, prospects, outside: w.scalars[0]!, latest: w.scalars[2]! };
}
