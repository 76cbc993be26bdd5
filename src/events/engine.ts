import { setOwn } from '../funnel/setOwn.js';
import { Ratio, safeDen, safeNum } from '../numbers/ratio.js';
import { Bucket } from './bucket.js';
import { firstJourneys, type FirstJourneys } from './firstJourneys.js';
import { assemble, type Tally } from './report.js';
import type { Settings } from './options.js';
import { isoInstant, monthKey, weekKey } from './time.js';
import type { ActivityReport, ProspectDetail, RejectedRecord, StalledProspect } from './types.js';

/**
 * The journey engine: orders each prospect's records, cuts them into journeys, decides for every
 * stage whether it was reached, from where, and whether a prospect that has not moved on is
 * dropped or still open at `asOf`, then adds everything up per group. Every entry point
 * (records, accumulator, typed arrays) ends here, so they agree by construction.
 * @internal
 * @module
 */

/** Records as columns; indexes into the name lists, -1 = absent. */
export interface EngineColumns {
  readonly n: number;
  /** Dense prospect index, 0 … prospectCount − 1. */
  readonly prospect: ArrayLike<number>;
  readonly prospectCount: number;
  prospectName(i: number): string;
  /** Stage index after exclusion. */
  readonly stage: ArrayLike<number>;
  /** Epoch milliseconds. */
  readonly at: ArrayLike<number>;
  readonly source: ArrayLike<number> | null;
  readonly sourceNames: readonly string[];
  readonly rep: ArrayLike<number> | null;
  readonly repNames: readonly string[];
  readonly reason: ArrayLike<number> | null;
  readonly reasonNames: readonly string[];
  readonly key: ArrayLike<number> | null;
  readonly keyNames: readonly string[];
  /** 1 new, 0 existing, −1 unknown (as in {@link ActivityColumns}). */
  readonly isNew: ArrayLike<number> | null;
  value(e: number): Ratio | null;
  readonly hasValues: boolean;
}

/** What the caller counted before the engine: all records, those at excluded stages, rejected ones. */
export interface EngineMeta {
  readonly records: number;
  readonly excludedStage: number;
  readonly rejected: readonly RejectedRecord[];
  /** The latest time among the records, when the caller already knows it. */
  readonly latest?: number;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Plain string order (by UTF-16 code units, never the locale's). */
function textOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The name record `e` has in a coded column, or `null` (no column, or code −1). */
function nameAt(col: ArrayLike<number> | null, names: readonly string[], e: number): string | null {
  const c = col ? col[e]! : -1;
  return c < 0 ? null : names[c]!;
}

/** isNew's place in the tie order: false, true, unknown. */
function newRank(col: ArrayLike<number> | null, e: number): number {
  const x = col ? col[e]! : -1;
  return x < 0 ? 2 : x;
}

/** Adds one to the count under `key`. */
function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Code → rank of its name in plain string order (−1 stays lowest), so ties never depend on arrival order. */
function ranks(names: readonly string[]): Int32Array {
  const order = names.map((n, i) => [n, i] as const).sort((a, b) => textOrder(a[0], b[0]));
  const r = new Int32Array(names.length);
  order.forEach(([, i], k) => (r[i] = k));
  return r;
}

/** The latest time in a column. */
function latest(T: ArrayLike<number>, n: number): number {
  let max = -Infinity;
  for (let e = 0; e < n; e++) if (T[e]! > max) max = T[e]!;
  return max;
}

/**
 * Groups records by prospect (a stable counting sort, so a log in time order stays in time order
 * within each prospect), leaving out those after `asOf`; stage and time are copied into prospect
 * order too, so later passes read memory in sequence.
 */
function byProspect(PR: ArrayLike<number>, S: ArrayLike<number>, T: ArrayLike<number>, n: number, P: number, asOfMs: number) {
  const start = new Int32Array(P + 1);
  let afterAsOf = 0;
  for (let e = 0; e < n; e++) {
    if (T[e]! > asOfMs) afterAsOf++;
    else start[PR[e]! + 1]!++;
  }
  for (let i = 0; i < P; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, P);
  const m = n - afterAsOf;
  const ord = new Int32Array(m);
  const oS = new Int32Array(m);
  const oT = new Float64Array(m);
  for (let e = 0; e < n; e++) {
    const t = T[e]!;
    if (t <= asOfMs) {
      const q = fill[PR[e]!]!++;
      ord[q] = e;
      oS[q] = S[e]!;
      oT[q] = t;
    }
  }
  return { start, ord, oS, oT, afterAsOf };
}

/**
 * Whether the options leave the report to {@link firstJourneys}: ordered steps, the first journey,
 * no window, grouping, stall or per-prospect lists. The records must then carry no loss reasons,
 * isNew or values either; records of one prospect with the same time and stage are then
 * interchangeable (only the tie-breakers source, rep, isNew, reason and value tell them apart, and
 * none of them shows in the report), so ordering by (time, stage) is enough.
 */
export function firstJourneysOnly(set: Settings): boolean {
  return set.order === 'ordered' && set.reEntry === 'first' && set.fromFirst === null && set.perStep === null && set.by === null && set.stalledAfter === null && !set.perProspect;
}

function defaultsOnly(cols: EngineColumns, set: Settings): boolean {
  if (!firstJourneysOnly(set) || cols.hasValues) return false;
  const n = cols.n;
  const R = cols.reason;
  if (R) for (let e = 0; e < n; e++) if (R[e]! >= 0) return false;
  const NW = cols.isNew;
  if (NW) for (let e = 0; e < n; e++) if (NW[e] !== -1) return false;
  return true;
}

/** Runs the engine. Trusts its inputs: callers validated them. */
export function runEngine(cols: EngineColumns, set: Settings, meta: EngineMeta): ActivityReport {
  const K = set.ids.length;
  const n = cols.n;
  const P = cols.prospectCount;
  const S = cols.stage;
  const T = cols.at;
  const R = cols.reason;
  const NW = cols.isNew;
  const PR = cols.prospect;
  const ordered = set.order !== 'any';
  const reEntry = set.reEntry;
  const countTotal = set.total;
  const strict = set.order === 'strict';
  const fromFirstW = set.fromFirst;
  const perStepW = set.perStep;

  const asOf = set.asOf ?? (n > 0 ? (meta.latest ?? latest(T, n)) : null);
  const asOfMs = asOf ?? 0;

  // --- group keys -----------------------------------------------------------------------------
  const by = set.by;
  const srcCol = cols.source;
  const repCol = cols.rep;
  const keyCol = cols.key;
  const keyOf = (e: number): string | null => {
    switch (by) {
      case 'rep':
        return nameAt(repCol, cols.repNames, e);
      case 'source':
        return nameAt(srcCol, cols.sourceNames, e);
      case 'month':
        return monthKey(T[e]!);
      case 'week':
        return weekKey(T[e]!);
      case 'function':
        return nameAt(keyCol, cols.keyNames, e);
      default:
        return null;
    }
  };

  if (defaultsOnly(cols, set)) {
    // plain arrays (from record objects) become the typed arrays analyzeColumns usually gets, so
    // the walk sees one kind of column whichever function calls it and stays fast for both
    const pr = Array.isArray(PR) ? Int32Array.from(PR) : PR;
    const s = Array.isArray(S) ? Uint8Array.from(S) : S;
    const t = Array.isArray(T) ? Float64Array.from(T) : T;
    const one = firstJourneys(pr, s, t, n, P, K, asOfMs);
    if (one) return firstJourneysReport(set, meta, asOf, one);
  }

  // --- counting sort by prospect, leaving out records after asOf ---------------------------------
  const { start, ord, oS, oT, afterAsOf } = byProspect(PR, S, T, n, P, asOfMs);

  const srcRank = ranks(cols.sourceNames);
  const repRank = ranks(cols.repNames);
  const reasonRank = ranks(cols.reasonNames);
  const keyRank = ranks(cols.keyNames);
  const rk = (col: ArrayLike<number> | null, table: Int32Array, e: number) => {
    const c = col ? col[e]! : -1;
    return c < 0 ? -1 : table[c]!;
  };
  /** The documented total order of one prospect's records. */
  const cmp = (a: number, b: number): number => {
    let d = T[a]! - T[b]!;
    if (d !== 0) return d;
    d = S[a]! - S[b]!;
    if (d !== 0) return d;
    d = rk(srcCol, srcRank, a) - rk(srcCol, srcRank, b);
    if (d !== 0) return d;
    d = rk(repCol, repRank, a) - rk(repCol, repRank, b);
    if (d !== 0) return d;
    // isNew in the documented order false, true, unknown
    d = newRank(NW, a) - newRank(NW, b);
    if (d !== 0) return d;
    d = rk(R, reasonRank, a) - rk(R, reasonRank, b);
    if (d !== 0) return d;
    d = rk(keyCol, keyRank, a) - rk(keyCol, keyRank, b);
    if (d !== 0) return d;
    if (!cols.hasValues) return 0;
    const va = cols.value(a);
    const vb = cols.value(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? -1 : 1;
    return va.compare(vb);
  };

  // --- journey scratch ------------------------------------------------------------------------
  // a prospect has at most as many journeys as records: size the scratch once
  let cap = 1;
  for (let p = 0; p < P; p++) if (start[p + 1]! - start[p]! > cap) cap = start[p + 1]! - start[p]!;
  const reachE = new Int32Array(cap * K);
  const reachT = new Float64Array(cap * K);
  const jStart = new Float64Array(cap);
  const jEntry = new Int32Array(cap);
  const jFirstE = new Int32Array(cap);
  const jLastE = new Int32Array(cap);
  const jLastT = new Float64Array(cap);
  const jFurthest = new Int32Array(cap);
  const jReached = new Int32Array(cap);
  const jFlags = new Uint8Array(cap); // 1 complete, 2 lost, 4 broken, 8 new
  const jLostStage = new Int32Array(cap);
  const jLostReason = new Int32Array(cap);
  const reach = (a: number, st: number, e: number, time: number) => {
    reachE[a * K + st] = e;
    reachT[a * K + st] = time;
    jReached[a]!++;
    if (st > jFurthest[a]!) jFurthest[a] = st;
    if (ordered ? st === K - 1 : jReached[a] === K) jFlags[a]! |= 1;
  };
  const closedAt = (a: number, time: number): boolean =>
    (jFlags[a]! & 7) !== 0 ||
    (fromFirstW !== null && time - jStart[a]! > fromFirstW) ||
    (perStepW !== null && time - reachT[a * K + jFurthest[a]!]! > perStepW);
  const windowClosedAtAsOf = (a: number): boolean =>
    (fromFirstW !== null && asOfMs - jStart[a]! > fromFirstW) || (perStepW !== null && asOfMs - reachT[a * K + jFurthest[a]!]! > perStepW);

  // --- unit scratch (a unit is a prospect, or a journey when counting 'total') -------------------
  const uReach = new Uint8Array(K);
  const uE = new Int32Array(K);
  const uT = new Float64Array(K);
  const uFromPrev = new Uint8Array(K);
  const uPrevDur = new Float64Array(K);
  const uFromFirst = new Uint8Array(K);
  const uFirstDur = new Float64Array(K);
  const uStatus = new Uint8Array(K); // 1 open, 2 dropped
  const pReach = new Uint8Array(K); // distinct-prospect reach within one bucket

  const total = new Bucket(K);
  const groups = new Map<string | null, Bucket>();
  const bucketOf = (key: string | null): Bucket => {
    let b = groups.get(key);
    if (!b) groups.set(key, (b = new Bucket(K)));
    return b;
  };
  const lostKey = (stage: number, reason: number) => `${stage}\u0000${cols.reasonNames[reason]}`;

  const stalled: StalledProspect[] = [];
  const stall = (prospect: number, furthest: number, lastT: number) => {
    stalled.push({ prospect: cols.prospectName(prospect), stage: set.ids[furthest]!, lastActivity: isoInstant(lastT), idleMs: asOfMs - lastT });
  };
  const details: ProspectDetail[] = [];
  const mom = by === 'rep' ? new Map<string | null, Map<string, Float64Array>>() : null;
  let outside = 0;
  let prospectsSeen = 0;
  let journeysCounted = 0;
  const selected = new Int32Array(cap);
  let ns = 0;
  const perGroupReach = new Map<string | null, Uint8Array>();

  const addValue = (b: Bucket, k: number, v: Ratio) => {
    b.hasValue[k] = 1;
    const n = safeNum(v);
    if (safeDen(v) === 1 && b.valueInt[k]! + n <= MAX_SAFE) b.valueInt[k]! += n;
    else b.valueRest[k] = b.valueRest[k] ? b.valueRest[k]!.add(v) : v;
  };

  /** Month over month: the record `e` reached stage `k` at `time`, for its rep. */
  const countMonth = (e: number, time: number, k: number) => {
    const rep = nameAt(repCol, cols.repNames, e);
    let months = mom!.get(rep);
    if (!months) mom!.set(rep, (months = new Map()));
    const m = monthKey(time);
    let c = months.get(m);
    if (!c) months.set(m, (c = new Float64Array(K)));
    c[k]!++;
  };

  /** Folds journeys `js` into one unit and adds it to bucket `b`. */
  const addUnit = (js: Int32Array, nj: number, b: Bucket, isTotal: boolean, prospect: number) => {
    for (let k = 0; k < K; k++) {
      uReach[k] = 0;
      uFromPrev[k] = 0;
      uFromFirst[k] = 0;
      uStatus[k] = 0;
      uPrevDur[k] = -1;
      uFirstDur[k] = -1;
    }
    let lastT = -Infinity;
    for (let x = 0; x < nj; x++) {
      const a = js[x]!;
      const base = a * K;
      if (jLastT[a]! > lastT) lastT = jLastT[a]!;
      for (let k = 0; k < K; k++) {
        const e = reachE[base + k]!;
        if (e < 0) continue;
        if (!uReach[k]) {
          uReach[k] = 1;
          uE[k] = e;
          uT[k] = reachT[base + k]!;
        }
        if (k > 0 && reachE[base + k - 1]! >= 0 && !uFromPrev[k]) {
          uFromPrev[k] = 1;
          const d = reachT[base + k]! - reachT[base + k - 1]!;
          if (d >= 0) uPrevDur[k] = d;
        }
        if (k > 0 && reachE[base]! >= 0 && !uFromFirst[k]) {
          uFromFirst[k] = 1;
          const d = reachT[base + k]! - reachT[base]!;
          if (d >= 0) uFirstDur[k] = d;
        }
      }
    }
    // pending transitions: reached k−1, not k from k−1: open if any such journey is still inside its window
    for (let x = 0; x < nj; x++) {
      const a = js[x]!;
      const base = a * K;
      const dead = (jFlags[a]! & 6) !== 0 || windowClosedAtAsOf(a);
      for (let k = 1; k < K; k++) {
        if (reachE[base + k - 1]! >= 0 && reachE[base + k]! < 0 && !uFromPrev[k]) {
          if (!dead) uStatus[k] = 1;
          else if (uStatus[k] === 0) uStatus[k] = 2;
        }
      }
    }
    const isNew = (jFlags[js[0]!]! & 8) !== 0;
    let openAny = false;
    for (let k = 0; k < K; k++) {
      if (uReach[k]) {
        b.count[k]!++;
        if (isNew) b.newCount[k]!++;
        if (k > 0 && !uFromPrev[k]) b.inbound[k]!++;
        if (cols.hasValues) {
          const v = cols.value(uE[k]!);
          if (v) addValue(b, k, v);
        }
        if (mom && isTotal) countMonth(uE[k]!, uT[k]!, k);
      }
      if (k === 0) {
        if (uReach[0]) b.fromFirst[0]!++;
        continue;
      }
      if (uFromPrev[k]) {
        b.fromPrev[k]!++;
        if (uPrevDur[k]! >= 0) b.prevDur[k]!.push(uPrevDur[k]!);
      }
      if (uFromFirst[k]) {
        b.fromFirst[k]!++;
        if (uFirstDur[k]! >= 0) b.firstDur[k]!.push(uFirstDur[k]!);
      }
      if (uStatus[k] === 1) {
        b.open[k]!++;
        openAny = true;
        if (set.stalledAfter !== null && asOfMs - lastT > set.stalledAfter) b.stalled[k]!++;
      } else if (uStatus[k] === 2) b.dropped[k]!++;
    }
    for (let i = 0; i < nj; i++) {
      const a = js[i]!;
      if ((jFlags[a]! & 2) === 0) continue;
      let seen = false; // count a (stage, reason) once per unit
      for (let h = 0; h < i && !seen; h++) {
        const o = js[h]!;
        seen = (jFlags[o]! & 2) !== 0 && jLostStage[o] === jLostStage[a] && cols.reasonNames[jLostReason[o]!] === cols.reasonNames[jLostReason[a]!];
      }
      if (seen) continue;
      bump(b.lost, lostKey(jLostStage[a]!, jLostReason[a]!));
    }
    if (isTotal && openAny && set.stalledAfter !== null && asOfMs - lastT > set.stalledAfter) {
      let furthest = 0;
      for (let k = 0; k < K; k++) if (uReach[k]) furthest = k;
      stall(prospect, furthest, lastT);
    }
  };

  /**
   * {@link addUnit} for a unit of one journey (every unit when counting 'total', and most prospects):
   * the same rules, read straight from the journey without the merging scratch.
   */
  const addJourney = (a: number, b: Bucket, isTotal: boolean, prospect: number) => {
    const base = a * K;
    const lastT = jLastT[a]!;
    const flags = jFlags[a]!;
    const dead = (flags & 6) !== 0 || windowClosedAtAsOf(a);
    const isNew = (flags & 8) !== 0;
    const stalledNow = set.stalledAfter !== null && asOfMs - lastT > set.stalledAfter;
    const firstReached = reachE[base]! >= 0;
    let openAny = false;
    let furthest = 0;
    let prevReached = false;
    for (let k = 0; k < K; k++) {
      const e = reachE[base + k]!;
      const reached = e >= 0;
      if (reached) {
        furthest = k;
        b.count[k]!++;
        if (isNew) b.newCount[k]!++;
        if (k > 0 && !prevReached) b.inbound[k]!++;
        if (cols.hasValues) {
          const v = cols.value(e);
          if (v) addValue(b, k, v);
        }
        if (mom && isTotal) countMonth(e, reachT[base + k]!, k);
        if (k === 0) b.fromFirst[0]!++;
        else {
          if (prevReached) {
            b.fromPrev[k]!++;
            const d = reachT[base + k]! - reachT[base + k - 1]!;
            if (d >= 0) b.prevDur[k]!.push(d);
          }
          if (firstReached) {
            b.fromFirst[k]!++;
            const d = reachT[base + k]! - reachT[base]!;
            if (d >= 0) b.firstDur[k]!.push(d);
          }
        }
      } else if (prevReached) {
        if (dead) b.dropped[k]!++;
        else {
          b.open[k]!++;
          openAny = true;
          if (stalledNow) b.stalled[k]!++;
        }
      }
      prevReached = reached;
    }
    if ((flags & 2) !== 0) {
      bump(b.lost, lostKey(jLostStage[a]!, jLostReason[a]!));
    }
    if (isTotal && openAny && stalledNow) {
      stall(prospect, furthest, lastT);
    }
  };

  const unitKey = (js: Int32Array, nj: number): string | null => {
    if (by === null) return null;
    if (set.attribution === -1) return keyOf(jFirstE[js[0]!]!);
    if (set.attribution === -2) return keyOf(jLastE[js[nj - 1]!]!);
    for (let x = 0; x < nj; x++) {
      const e = reachE[js[x]! * K + set.attribution]!;
      if (e >= 0) return keyOf(e);
    }
    return null;
  };

  const one = new Int32Array(1);
  for (let p = 0; p < P; p++) {
    const from = start[p]!;
    const to = start[p + 1]!;
    if (from === to) continue;
    prospectsSeen++;
    // order this prospect's records (insertion sort: a prospect has few records)
    for (let i = from + 1; i < to; i++) {
      if (oT[i - 1]! < oT[i]!) continue; // already in order (the common case: logs come in time order)
      const e = ord[i]!;
      const es = oS[i]!;
      const et = oT[i]!;
      let j = i - 1;
      while (j >= from && cmp(ord[j]!, e) > 0) {
        ord[j + 1] = ord[j]!;
        oS[j + 1] = oS[j]!;
        oT[j + 1] = oT[j]!;
        j--;
      }
      ord[j + 1] = e;
      oS[j + 1] = es;
      oT[j + 1] = et;
    }
    // cut into journeys
    let J = 0;
    let active = -1;
    for (let q = from; q < to; q++) {
      const e = ord[q]!;
      const st = oS[q]!;
      const time = oT[q]!;
      // touches (by the record's own key in groups)
      total.touches[st]!++;
      const r = R ? R[e]! : -1;
      if (r >= 0) bump(total.lossTouches, lostKey(st, r));
      if (by !== null) {
        const g = bucketOf(keyOf(e));
        g.touches[st]!++;
        if (r >= 0) bump(g.lossTouches, lostKey(st, r));
      }
      let target = -1;
      if (active >= 0 && !closedAt(active, time)) {
        const f = jFurthest[active]!;
        if (ordered) {
          if (st === f + 1) reach(active, st, e, time);
          else if (strict && st !== f) jFlags[active]! |= 4;
          if ((jFlags[active]! & 4) === 0) target = active;
        } else {
          if (reachE[active * K + st]! < 0) reach(active, st, e, time);
          target = active;
        }
      }
      if (target < 0) {
        active = -1;
        if (J === 0 || st === 0) {
          const a = J++;
          for (let k = a * K; k < a * K + K; k++) reachE[k] = -1;
          jStart[a] = time;
          jEntry[a] = st;
          jFirstE[a] = e;
          jFurthest[a] = st;
          jReached[a] = 0;
          const nw = NW ? NW[e]! : -1;
          jFlags[a] = nw === 1 || (nw === -1 && a === 0) ? 8 : 0;
          reach(a, st, e, time);
          target = active = a;
        } else {
          outside++;
          continue;
        }
      }
      jLastE[target] = e;
      jLastT[target] = time;
      if (r >= 0) {
        jFlags[target]! |= 2;
        jLostStage[target] = jFurthest[target]!;
        jLostReason[target] = r;
      }
    }
    // which journeys count
    ns = 0;
    if (reEntry === 'first') selected[ns++] = 0;
    else if (reEntry === 'last') selected[ns++] = J - 1;
    else for (let a = 0; a < J; a++) selected[ns++] = a;
    journeysCounted += ns;

    // distinct prospects per bucket, and journeys per bucket
    if (ns === 1 && by === null) {
      const base = selected[0]! * K;
      for (let k = 0; k < K; k++) {
        if (reachE[base + k]! >= 0) {
          total.journeys[k]!++;
          total.prospects[k]!++;
        }
      }
    } else {
      for (let k = 0; k < K; k++) pReach[k] = 0;
      if (by !== null) perGroupReach.clear();
      for (let x = 0; x < ns; x++) {
        const a = selected[x]!;
        one[0] = a;
        const g = by === null ? null : set.total ? unitKey(one, 1) : unitKey(selected, ns);
        let gr: Uint8Array | undefined;
        if (by !== null) {
          gr = perGroupReach.get(g);
          if (!gr) perGroupReach.set(g, (gr = new Uint8Array(K)));
        }
        for (let k = 0; k < K; k++) {
          if (reachE[a * K + k]! < 0) continue;
          pReach[k] = 1;
          total.journeys[k]!++;
          if (gr) {
            gr[k] = 1;
            bucketOf(g).journeys[k]!++;
          }
        }
      }
      for (let k = 0; k < K; k++) if (pReach[k]) total.prospects[k]!++;
      if (by !== null) {
        for (const [g, gr] of perGroupReach) {
          const b = bucketOf(g);
          for (let k = 0; k < K; k++) if (gr[k]) b.prospects[k]!++;
        }
      }
    }
    // units
    if (countTotal || ns === 1) {
      for (let x = 0; x < ns; x++) {
        one[0] = selected[x]!;
        addJourney(one[0], total, true, p);
        if (by !== null) addJourney(one[0], bucketOf(unitKey(one, 1)), false, p);
      }
    } else {
      addUnit(selected, ns, total, true, p);
      if (by !== null) addUnit(selected, ns, bucketOf(unitKey(selected, ns)), false, p);
    }
    if (set.perProspect) details.push(detailOf(selected[ns - 1]!, J, p));
  }

  function detailOf(a: number, J: number, p: number): ProspectDetail {
    const base = a * K;
    const complete = (jFlags[a]! & 1) !== 0;
    const dead = (jFlags[a]! & 6) !== 0 || windowClosedAtAsOf(a);
    const status = complete ? 'completed' : dead ? 'dropped' : 'open';
    const reached: Record<string, string> = {};
    const timeIn: Record<string, number> = {};
    const lastT = jLastT[a]!;
    for (let k = 0; k < K; k++) {
      if (reachE[base + k]! < 0) continue;
      setOwn(reached, set.ids[k]!, isoInstant(reachT[base + k]!));
      let next = -1;
      for (let k2 = k + 1; k2 < K; k2++) {
        if (reachE[base + k2]! >= 0) {
          next = k2;
          break;
        }
      }
      if (next >= 0) {
        const d = reachT[base + next]! - reachT[base + k]!;
        if (d >= 0) setOwn(timeIn, set.ids[k]!, d);
      } else if (!complete) {
        setOwn(timeIn, set.ids[k]!, (status === 'open' ? asOfMs : lastT) - reachT[base + k]!);
      }
    }
    return {
      prospect: cols.prospectName(p),
      journeys: J,
      entered: set.ids[jEntry[a]!]!,
      stage: set.ids[jFurthest[a]!]!,
      status,
      reached,
      timeInStage: timeIn,
    };
  }

  return assemble(set, meta, asOf, total, by === null ? null : groups, { mom, stalled, details }, {
    used: n - afterAsOf,
    prospects: prospectsSeen,
    journeys: journeysCounted,
    afterAsOf,
    outside,
  });
}

/** The report of a {@link firstJourneys} pass. */
export function firstJourneysReport(set: Settings, meta: EngineMeta, asOf: number | null, one: FirstJourneys): ActivityReport {
  const tally: Tally = { used: one.used, prospects: one.prospects, journeys: one.prospects, afterAsOf: one.afterAsOf, outside: one.outside };
  return assemble(set, meta, asOf, one.bucket, null, { mom: null, stalled: [], details: [] }, tally);
}

