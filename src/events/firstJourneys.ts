import { Bucket, Durations } from './bucket.js';

/**
 * The report of default options (ordered steps, each prospect's first journey, no window, no
 * grouping) in one pass over a log in time order, with four bytes of state and two times per
 * prospect instead of per-prospect journey tables. The rules are those of the general loop of the
 * engine, specialised: in ordered mode a journey reaches stages one after another, so it is
 * described by its entry and its furthest stage, and it ends only when it reaches the last stage.
 * @internal
 * @module
 */

const MIN_MS = -30_610_224_000_000;
const MAX_MS = 253_402_300_799_999;
/** The log is not in (time, stage) order for some prospect: group and sort, then walk again. */
const NOT_IN_ORDER = -1;
/** A time, stage or prospect number the pass cannot take: the caller's general path says which. */
const INVALID = -2;

/** What one pass found, besides the counts in `bucket`. */
export interface FirstJourneys {
  readonly bucket: Bucket;
  /** Records at or before `asOf`. */
  readonly used: number;
  readonly afterAsOf: number;
  /** Prospects with a record at or before `asOf` (one first journey each). */
  readonly prospects: number;
  /** Records after their prospect's journey had ended without a return to the first stage. */
  readonly outside: number;
  /** The latest time among the records used. */
  readonly latest: number;
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
  // NaN passes neither comparison; fractions are refused by the callers' column types
  if (!(lo >= 0 && hi < K)) return false;
  for (let k = 0; k < K; k++) totals[k] = c[k]! + c[K + k]! + c[2 * K + k]! + c[3 * K + k]!;
  return true;
}

/** Whether an earlier record of prospect p at time t, just before row e, has a stage above s (the log's order at t is then not the (time, stage) order the pass needs). */
function higherStageBefore(PR: ArrayLike<number>, S: ArrayLike<number>, T: ArrayLike<number>, e: number, p: number, s: number, t: number): boolean {
  for (let x = e - 1; x >= 0 && T[x] === t; x--) {
    // a very long run of equal times: give up and let the caller sort
    if (e - x > 64) return true;
    if (PR[x] === p && S[x]! > s) return true;
  }
  return false;
}

/** Where {@link walk} keeps its results. */
interface Walk {
  /** Records per stage; records after asOf are taken off again. */
  readonly touches: Float64Array;
  /** Entries at a later stage than the first (index 0: entries at the first stage). */
  readonly entries: Float64Array;
  /** Durations from the previous and from the first stage, stage k in [start[k], end[k]). */
  readonly prevDur: Float64Array;
  readonly firstDur: Float64Array;
  readonly start: Int32Array;
  readonly prevEnd: Int32Array;
  readonly firstEnd: Int32Array;
  outside: number;
  afterAsOf: number;
  latest: number;
}

function newWalk(totals: Float64Array, n: number, K: number): Walk {
  const start = new Int32Array(K);
  for (let k = 1; k < K; k++) start[k] = start[k - 1]! + totals[k - 1]!;
  return {
    touches: totals.slice(),
    entries: new Float64Array(K),
    // stage k has at most totals[k] durations of each kind; pages never written are never touched
    prevDur: new Float64Array(n),
    firstDur: new Float64Array(n),
    start,
    prevEnd: start.slice(),
    firstEnd: start.slice(),
    outside: 0,
    afterAsOf: 0,
    latest: Number.NEGATIVE_INFINITY,
  };
}

/**
 * The pass. Prospect numbers are indexes below `cap`. With `check`, records must come in time
 * order, and records of one prospect at the same time in stage order (logs exported in time order
 * have it, except that records at the same time may come in any stage order); the pass returns
 * NOT_IN_ORDER at the first violation. Without `check`, each prospect's records come together,
 * in (time, stage) order. Returns INVALID at a time that is not whole epoch milliseconds in the
 * supported range or a prospect number outside [0, cap), else the number of records used.
 *
 * State per prospect p, in st[p]: bits 0–5 the current journey's furthest stage, bit 6 AT_FIRST
 * (the first journey entered at the first stage), bit 7 LATER (a later journey is current), bits
 * 8–14 one more than the stage of the prospect's latest record (0 before its first). Next to it,
 * times[2p] and times[2p + 1]: when the first journey reached the first stage and its furthest.
 */
function walk(PR: ArrayLike<number>, S: ArrayLike<number>, T: ArrayLike<number>, n: number, cap: number, K: number, asOfMs: number, check: boolean, w: Walk): number {
  const AT_FIRST = 64;
  const LATER = 128;
  const st = new Uint16Array(cap);
  const times = new Float64Array(2 * cap);
  const touches = w.touches;
  const entries = w.entries;
  const prevDur = w.prevDur;
  const firstDur = w.firstDur;
  const prevEnd = w.prevEnd;
  const firstEnd = w.firstEnd;
  const last = K - 1;
  let outside = 0;
  let afterAsOf = 0;
  let prevT = MIN_MS;
  let latest = Number.NEGATIVE_INFINITY;
  for (let e = 0; e < n; e++) {
    const t = T[e]!;
    const s = S[e]!;
    const p = PR[e]!;
    if (!(t === Math.floor(t) && t >= MIN_MS && t <= MAX_MS && p >= 0 && p < cap)) return INVALID;
    if (t > asOfMs) {
      afterAsOf++;
      touches[s]!--;
      continue;
    }
    if (check) {
      if (t < prevT) return NOT_IN_ORDER;
      prevT = t;
    } else if (t > latest) latest = t;
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
    if (check && s < (state >> 8) - 1 && higherStageBefore(PR, S, T, e, p, s, t)) return NOT_IN_ORDER;
    const low = state & 255;
    const c = state & 63;
    if (c === last) {
      // the journey is complete: a record at the first stage starts a new one, any other is outside
      if (s === 0) st[p] = (state & AT_FIRST) | LATER | seenStage;
      else {
        outside++;
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
  w.outside = outside;
  w.afterAsOf = afterAsOf;
  w.latest = check ? (n - afterAsOf > 0 ? prevT : Number.NEGATIVE_INFINITY) : latest;
  return n - afterAsOf;
}

/**
 * The records grouped by prospect (a stable counting sort) and each prospect's records ordered by
 * (time, stage): the order {@link walk} needs without `check`. Null when a prospect number is
 * outside [0, cap).
 */
function groupInTimeOrder(PR: ArrayLike<number>, S: ArrayLike<number>, T: ArrayLike<number>, n: number, cap: number) {
  const start = new Int32Array(cap + 1);
  for (let e = 0; e < n; e++) {
    const p = PR[e]!;
    if (!(p >= 0 && p < cap)) return null;
    start[p + 1]!++;
  }
  for (let i = 0; i < cap; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, cap);
  const oP = new Int32Array(n);
  const oS = new Int32Array(n);
  const oT = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    const p = PR[e]!;
    const q = fill[p]!++;
    oP[q] = p;
    oS[q] = S[e]!;
    oT[q] = T[e]!;
  }
  for (let p = 0; p < cap; p++) {
    const from = start[p]!;
    const to = start[p + 1]!;
    // insertion sort: a prospect has few records, mostly in order already
    for (let i = from + 1; i < to; i++) {
      const s = oS[i]!;
      const t = oT[i]!;
      let j = i - 1;
      while (j >= from && (oT[j]! > t || (oT[j] === t && oS[j]! > s))) {
        oS[j + 1] = oS[j]!;
        oT[j + 1] = oT[j]!;
        j--;
      }
      oS[j + 1] = s;
      oT[j + 1] = t;
    }
  }
  return { oP, oS, oT };
}

/**
 * The first-journey report of records whose prospect numbers are indexes below `cap`, whose
 * stages are stage indexes and whose times are epoch milliseconds; in any order (a log in time
 * order takes one pass, any other order a sort first). Null when some record is invalid: the
 * caller's general path then says which.
 */
export function firstJourneys(PR: ArrayLike<number>, S: ArrayLike<number>, T: ArrayLike<number>, n: number, cap: number, K: number, asOfMs: number): FirstJourneys | null {
  const totals = new Float64Array(K);
  if (!stageTotals(S, n, K, totals)) return null;
  let w = newWalk(totals, n, K);
  let used = walk(PR, S, T, n, cap, K, asOfMs, true, w);
  if (used === NOT_IN_ORDER) {
    const g = groupInTimeOrder(PR, S, T, n, cap);
    if (!g) return null;
    w = newWalk(totals, n, K);
    used = walk(g.oP, g.oS, g.oT, n, cap, K, asOfMs, false, w);
  }
  if (used < 0) return null;
  return finish(w, K, used);
}

/**
 * What follows from the pass: one unit per prospect, its first journey, so unique and total counts
 * agree; every unit is new (isNew unknown on a first journey); a stage is reached by entering
 * there or by moving on from the stage before; and a unit that stopped short of the last stage is
 * open (never dropped: no loss, no broken order, no window).
 */
function finish(w: Walk, K: number, used: number): FirstJourneys {
  const b = new Bucket(K);
  let prospects = 0;
  for (let k = 0; k < K; k++) {
    const moved = w.prevEnd[k]! - w.start[k]!;
    const fromFirst = k === 0 ? w.entries[0]! : w.firstEnd[k]! - w.start[k]!;
    const count = w.entries[k]! + moved;
    prospects += w.entries[k]!;
    b.touches[k] = w.touches[k]!;
    b.count[k] = count;
    b.prospects[k] = count;
    b.journeys[k] = count;
    b.newCount[k] = count;
    b.fromPrev[k] = moved;
    b.fromFirst[k] = fromFirst;
    b.inbound[k] = k === 0 ? 0 : w.entries[k]!;
    if (k > 0) {
      b.open[k] = b.count[k - 1]! - moved;
      b.prevDur[k] = Durations.of(w.prevDur.subarray(w.start[k]!, w.prevEnd[k]!));
      b.firstDur[k] = Durations.of(w.firstDur.subarray(w.start[k]!, w.firstEnd[k]!));
    }
  }
  return { bucket: b, used, afterAsOf: w.afterAsOf, prospects, outside: w.outside, latest: w.latest };
}
