import { setOwn } from '../funnel/setOwn.js';
import { safeDen, safeNum, type Ratio } from '../numbers/ratio.js';
import { Bucket } from './bucket.js';
import { blockShift, orderLog, tieOrder, type OrderedLog } from './order.js';
import { assemble } from './report.js';
import type { Settings } from './options.js';
import { isoInstant, monthKey, weekKey } from './time.js';
import type { ActivityReport, ProspectDetail, RejectedRecord, StalledProspect } from './types.js';

/**
 * The journey engine, the one implementation of the rules of docs/activity-logs.md, in the steps
 * they are stated in:
 * 1. **order** each prospect's records (order.ts: by time, then the tie-break order), in blocks of
 *    prospects whose state stays in the cache;
 * 2. **cut** them into journeys ({@link cut}: one pass over a block, the state of every prospect's
 *    current journey in typed arrays);
 * 3. **select** the journeys that count (`reEntry`) and 4. **fold** them into units — a prospect,
 *    or a journey when counting `'total'` — added to the buckets of the total and the groups
 *    ({@link Fold});
 * 5. **assemble** the report from the buckets (report.ts).
 * Every entry point (records, accumulator, typed columns, the command line) ends here, so they
 * agree by construction.
 * @internal
 * @module
 */

/** Records as columns; codes are indexes into the name lists, −1 = absent. */
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
  /** 1 new, 0 existing, −1 unknown (as in analyzeColumns' columns). */
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
/** The reach time of a stage a journey has not reached. */
const NOT_REACHED = Number.NEGATIVE_INFINITY;

/** A journey's flags. A journey that is complete, lost or broken is over. */
const COMPLETE = 1;
const LOST = 2;
const BROKEN = 4;
const OVER = COMPLETE | LOST | BROKEN;
/** The prospect counts as new in this journey. */
const NEW = 8;

/** Which journeys of a prospect count: `reEntry`. */
const FIRST = 0;
const LAST = 1;
const EACH = 2;

const DAY = 86_400_000;
/** More than the months of the years 1000 to 9999 ({@link monthIndex}): a key of rep and month. */
const MONTHS = 1 << 17;

/** The latest time in a column. */
function latestOf(T: ArrayLike<number>, n: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let e = 0; e < n; e++) if (T[e]! > max) max = T[e]!;
  return max;
}

/**
 * Names as canonical codes: the first code of each distinct name (a name list may hold a name
 * twice; the report counts by name).
 */
function canonical(names: readonly string[]): Int32Array {
  const first = new Map<string, number>();
  return Int32Array.from(names, (name, i) => {
    const c = first.get(name);
    if (c !== undefined) return c;
    first.set(name, i);
    return i;
  });
}

/** The group of every record (a code into `names`, −1 = no group) for `by`. */
interface GroupCodes {
  readonly code: Int32Array;
  readonly names: string[];
}

/** Dense month or week numbers of the records, named once per distinct number. */
function calendarGroups(T: ArrayLike<number>, n: number, week: boolean): GroupCodes {
  const code = new Int32Array(n);
  const names: string[] = [];
  const seen = new Map<number, number>();
  let lastDay = Number.NaN;
  let c = -1;
  for (let e = 0; e < n; e++) {
    const t = T[e]!;
    const day = Math.floor(t / DAY);
    // a log in time order has long runs of one day
    if (day !== lastDay) {
      lastDay = day;
      // a week from Monday (1970-01-01 was a Thursday), or a month (any day of it has the same key)
      const unit = week ? Math.floor((day + 3) / 7) : monthIndex(day);
      const known = seen.get(unit);
      if (known === undefined) {
        c = names.length;
        names.push(week ? weekKey(t) : monthKey(t));
        seen.set(unit, c);
      } else c = known;
    }
    code[e] = c;
  }
  return { code, names };
}

/** Year × 12 + month of a day number (days since 1970-01-01, UTC), without a Date. */
function monthIndex(day: number): number {
  // civil-from-days (H. Hinnant): exact over the proleptic Gregorian calendar
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** The group code of every record for `by`, or null without grouping. */
function groupCodes(cols: EngineColumns, by: Settings['by']): GroupCodes | null {
  const coded = (col: ArrayLike<number> | null, names: readonly string[]): GroupCodes => {
    const canon = canonical(names);
    const code = new Int32Array(cols.n);
    if (col) for (let e = 0; e < cols.n; e++) code[e] = col[e]! < 0 ? -1 : canon[col[e]!]!;
    else code.fill(-1);
    return { code, names: [...names] };
  };
  switch (by) {
    case 'rep':
      return coded(cols.rep, cols.repNames);
    case 'source':
      return coded(cols.source, cols.sourceNames);
    case 'function':
      return coded(cols.key, cols.keyNames);
    case 'month':
      return calendarGroups(cols.at, cols.n, false);
    case 'week':
      return calendarGroups(cols.at, cols.n, true);
    default:
      return null;
  }
}

/** A journey's small fields, side by side in `Journeys.info` (so a record reads one cache line for them). */
const FURTHEST = 0;
const ENTRY = 1;
const REACHED = 2;
const FLAGS = 3;
const INFO = 4;

/**
 * The journeys of one block, as columns: journey j's small fields at info[j × INFO + field], its
 * stages at [j × K + k] (`reachT` is {@link NOT_REACHED} for a stage not reached; the time of its
 * entry stage is its start). With `reEntry` `'first'` a prospect p has two places (p for its first
 * journey, size + p for the current later one), with `'last'` one (each journey takes the place of
 * the one before), with `'each'` one per journey, chained by `next`.
 */
class Journeys {
  readonly info: Uint8Array;
  readonly lastT: Float64Array;
  /** The group of a journey's first and latest record (with `by`). */
  readonly firstG: Int32Array;
  readonly lastG: Int32Array;
  readonly lostStage: Uint8Array;
  readonly lostReason: Int32Array;
  readonly next: Int32Array;
  readonly reachT: Float64Array;
  /** The record that reached each stage (with values), and its group (with `by`). */
  readonly reachE: Int32Array;
  readonly reachG: Int32Array;
  constructor(
    readonly size: number,
    K: number,
    values: boolean,
    groups: boolean,
  ) {
    this.info = new Uint8Array(size * INFO);
    this.lastT = new Float64Array(size);
    this.firstG = new Int32Array(groups ? size : 0);
    this.lastG = new Int32Array(groups ? size : 0);
    this.lostStage = new Uint8Array(size);
    this.lostReason = new Int32Array(size);
    this.next = new Int32Array(size);
    this.reachT = new Float64Array(size * K);
    this.reachE = new Int32Array(values ? size * K : 0);
    this.reachG = new Int32Array(groups ? size * K : 0);
  }
  flags(j: number): number {
    return this.info[j * INFO + FLAGS]!;
  }
  furthest(j: number): number {
    return this.info[j * INFO + FURTHEST]!;
  }
  entry(j: number): number {
    return this.info[j * INFO + ENTRY]!;
  }
}

/** Bytes of journey state per prospect that a pass over a log in time order touches (for the block size). */
function stateBytes(K: number, values: boolean, groups: boolean): number {
  return 8 * K + INFO + 4 + (values ? 4 * K : 0) + (groups ? 4 * K + 8 : 0);
}

/**
 * What {@link cut} needs besides the rows: the journey rules' settings as plain values, the
 * per-prospect state (`count[p]`: journeys so far; with reEntry 'each', `current[p]` the place of
 * the current journey and `head[p]` of the first), and the counts it adds to. One shape for every
 * call.
 */
class Cutter {
  constructor(
    readonly K: number,
    readonly asOfMs: number,
    readonly ordered: boolean,
    readonly strict: boolean,
    readonly fromFirst: number,
    readonly perStep: number,
    readonly select: number,
    readonly keepValues: boolean,
    readonly keepLast: boolean,
    readonly reason: ArrayLike<number> | null,
    readonly reasonCount: number,
    readonly isNew: ArrayLike<number> | null,
    readonly group: ArrayLike<number> | null,
    readonly touches: Float64Array,
    readonly lossTouches: Float64Array,
    readonly groupTouches: Float64Array,
    readonly groupLossTouches: Map<number, number>,
    /** [records after asOf, records outside a journey, places used (reEntry 'each')] */
    readonly scalars: Float64Array,
    readonly count: Int32Array,
    readonly current: Int32Array,
    readonly head: Int32Array,
    public j: Journeys,
  ) {}
}

/**
 * Step 2: cuts the rows [from, to) of a block into journeys. Each record, in order:
 * - after asOf: left out (counted);
 * - a touch of its stage (of its own group too, and of its loss reason);
 * - if the prospect's current journey is not over (complete, lost, broken, or past a window at
 *   this record's time): in ordered steps the record reaches the next stage, or (strict) a stage
 *   other than the current one breaks the journey; in any order it reaches its stage if not yet
 *   reached;
 * - otherwise a prospect's first record, or a record at the first stage, starts a new journey (a
 *   first record at a later stage enters there: inbound); any other record is outside a journey;
 * - a record with a loss reason ends its journey as lost at the journey's furthest stage.
 *
 * Nothing follows the loop: code after a hot loop has no type feedback when the loop is first
 * compiled, and on this engine such code was seen to throw the compiled loop away at the end of
 * every call. The loop reads only local variables, so it depends on no object's shape.
 */
function cut(c: Cutter, LP: ArrayLike<number>, S: ArrayLike<number>, T: ArrayLike<number>, REC: Int32Array | null, from: number, to: number, places: number): void {
  const K = c.K;
  const last = K - 1;
  const asOfMs = c.asOfMs;
  const ordered = c.ordered;
  const strict = c.strict;
  const fromFirst = c.fromFirst;
  const perStep = c.perStep;
  const select = c.select;
  const values = c.keepValues;
  const keepLast = c.keepLast;
  const R = c.reason;
  const RN = c.reasonCount;
  const NW = c.isNew;
  const G = c.group;
  const touches = c.touches;
  const lossTouches = c.lossTouches;
  const groupTouches = c.groupTouches;
  const groupLoss = c.groupLossTouches;
  const scalars = c.scalars;
  const count = c.count;
  const current = c.current;
  const head = c.head;
  const { info, lastT, firstG, lastG, lostStage, lostReason, next, reachT, reachE, reachG } = c.j;
  let used = scalars[2]!;
  for (let q = from; q < to; q++) {
    const t = T[q]!;
    if (t > asOfMs) {
      scalars[0]!++;
      continue;
    }
    const s = S[q]!;
    const p = LP[q]!;
    const e = REC === null ? q : REC[q]!;
    touches[s]!++;
    const r = R === null ? -1 : R[q]!;
    if (r >= 0) lossTouches[s * RN + r]!++;
    const g = G === null ? -1 : G[q]!;
    if (G !== null) {
      groupTouches[(g + 1) * K + s]!++;
      if (r >= 0) {
        const key = ((g + 1) * K + s) * RN + r;
        groupLoss.set(key, (groupLoss.get(key) ?? 0) + 1);
      }
    }
    const J = count[p]!;
    // the current journey's place
    const j = J === 0 ? -1 : select === EACH ? current[p]! : select === FIRST && J > 1 ? places + p : p;
    let target = -1;
    if (j >= 0) {
      const base = j * K;
      const x = j * INFO;
      const f = info[x + FURTHEST]!;
      const over =
        (info[x + FLAGS]! & OVER) !== 0 || (fromFirst >= 0 && t - reachT[base + info[x + ENTRY]!]! > fromFirst) || (perStep >= 0 && t - reachT[base + f]! > perStep);
      if (!over) {
        if (ordered) {
          if (s === f + 1) {
            reachT[base + s] = t;
            if (values) reachE[base + s] = e;
            if (G !== null) reachG[base + s] = g;
            info[x + REACHED]!++;
            info[x + FURTHEST] = s;
            if (s === last) info[x + FLAGS]! |= COMPLETE;
          } else if (strict && s !== f) info[x + FLAGS]! |= BROKEN;
          if ((info[x + FLAGS]! & BROKEN) === 0) target = j;
        } else {
          if (reachT[base + s] === NOT_REACHED) {
            reachT[base + s] = t;
            if (values) reachE[base + s] = e;
            if (G !== null) reachG[base + s] = g;
            if (s > f) info[x + FURTHEST] = s;
            if (++info[x + REACHED]! === K) info[x + FLAGS]! |= COMPLETE;
          }
          target = j;
        }
      }
    }
    if (target < 0) {
      if (J > 0 && s !== 0) {
        scalars[1]!++;
        continue;
      }
      // a new journey: its place by reEntry
      if (select === EACH) {
        target = used++;
        next[target] = -1;
        if (J > 0) next[j] = target;
        else head[p] = target;
        current[p] = target;
      } else target = select === FIRST && J > 0 ? places + p : p;
      const base = target * K;
      for (let k = base; k < base + K; k++) reachT[k] = NOT_REACHED;
      reachT[base + s] = t;
      if (values) reachE[base + s] = e;
      if (G !== null) {
        reachG[base + s] = g;
        firstG[target] = g;
      }
      const x = target * INFO;
      info[x + FURTHEST] = s;
      info[x + ENTRY] = s;
      info[x + REACHED] = 1;
      const nw = NW === null ? -1 : NW[q]!;
      info[x + FLAGS] = (nw === 1 || (nw === -1 && J === 0) ? NEW : 0) | ((ordered ? s === last : K === 1) ? COMPLETE : 0);
      count[p] = J + 1;
    }
    if (keepLast) lastT[target] = t;
    if (G !== null) lastG[target] = g;
    if (r >= 0) {
      info[target * INFO + FLAGS]! |= LOST;
      lostStage[target] = info[target * INFO + FURTHEST]!;
      lostReason[target] = r;
    }
  }
  scalars[2] = used;
}

/**
 * Steps 3 and 4: the journeys that count, folded into units and added to the buckets. A unit is
 * a prospect (its selected journeys merged: a stage is reached, reached from the stage before,
 * reached from the first stage, if any selected journey did; the time to convert is that of the
 * first journey that did) or, when counting `'total'`, each selected journey alone. A stage a unit
 * reached the stage before of but not this one is open if a journey that stopped there is still
 * inside its window at asOf and neither lost nor broken, else dropped.
 */
class Fold {
  readonly total: Bucket;
  readonly groups: (Bucket | null)[] = [];
  readonly stalled: StalledProspect[] = [];
  readonly details: ProspectDetail[] = [];
  /** Month over month (by rep): stage counts by (rep code + 1) × {@link MONTHS} + month ({@link monthIndex}). */
  readonly mom: Map<number, Float64Array> | null;
  prospects = 0;
  journeys = 0;
  private readonly K: number;
  private readonly pReach: Uint8Array;
  private readonly dead: Uint8Array;
  /** Stages reached per group within one prospect, at (group + 1) × K + k, and the groups touched. */
  private readonly groupReach: Uint8Array;
  private readonly groupMarked: Uint8Array;
  private readonly touchedGroups: Int32Array;
  private readonly times: boolean;
  private readonly reasonCount: number;

  constructor(
    private readonly set: Settings,
    private readonly cols: EngineColumns,
    private readonly group: GroupCodes | null,
    private readonly asOfMs: number,
    /** The journeys of the block being folded. */
    public j: Journeys,
    cap: number,
  ) {
    const K = set.ids.length;
    this.K = K;
    this.total = new Bucket(K);
    this.pReach = new Uint8Array(K);
    const groups = group ? group.names.length + 1 : 0;
    this.groupReach = new Uint8Array(groups * K);
    this.groupMarked = new Uint8Array(groups);
    this.touchedGroups = new Int32Array(groups);
    this.dead = new Uint8Array(cap);
    this.mom = set.by === 'rep' ? new Map() : null;
    this.times = set.timeToConvert;
    this.reasonCount = cols.reasonNames.length;
  }

  bucket(g: number): Bucket {
    let b = this.groups[g + 1];
    if (!b) this.groups[g + 1] = b = new Bucket(this.K);
    return b;
  }

  /** The group of a unit of journeys `js[0..nj)` by the attribution rule; −1 = no group. */
  private unitGroup(js: Int32Array, from: number, nj: number): number {
    const att = this.set.attribution;
    const j = this.j;
    if (att === -1) return j.firstG[js[from]!]!;
    if (att === -2) return j.lastG[js[from + nj - 1]!]!;
    for (let x = from; x < from + nj; x++) {
      const a = js[x]!;
      if (j.reachT[a * this.K + att] !== NOT_REACHED) return j.reachG[a * this.K + att]!;
    }
    return -1;
  }

  private overAtAsOf(a: number): boolean {
    const j = this.j;
    const set = this.set;
    if ((j.flags(a) & (LOST | BROKEN)) !== 0) return true;
    if (set.fromFirst !== null && this.asOfMs - j.reachT[a * this.K + j.entry(a)]! > set.fromFirst) return true;
    return set.perStep !== null && this.asOfMs - j.reachT[a * this.K + j.furthest(a)]! > set.perStep;
  }

  /** Folds the selected journeys `js[0..ns)` of prospect `p` (of `J` journeys in all). */
  prospect(p: number, js: Int32Array, ns: number, J: number): void {
    const K = this.K;
    const j = this.j;
    const set = this.set;
    const by = this.group !== null;
    this.prospects++;
    this.journeys += ns;
    for (let x = 0; x < ns; x++) this.dead[x] = this.overAtAsOf(js[x]!) ? 1 : 0;
    // distinct prospects and journeys per stage, in the total and in each group: a prospect's only
    // unit gives them as it is added (below)
    const total = this.total;
    const distinct = ns === 1;
    if (!distinct) {
      const pReach = this.pReach.fill(0);
      const reach = this.groupReach;
      const touched = this.touchedGroups;
      let nt = 0;
      const unitG = by && !set.total ? this.unitGroup(js, 0, ns) : -1;
      for (let x = 0; x < ns; x++) {
        const a = js[x]!;
        let g = -1;
        let gb: Bucket | undefined;
        if (by) {
          g = set.total ? this.unitGroup(js, x, 1) : unitG;
          gb = this.bucket(g);
          if (!this.groupMarked[g + 1]) {
            this.groupMarked[g + 1] = 1;
            touched[nt++] = g;
          }
        }
        for (let k = 0; k < K; k++) {
          if (j.reachT[a * K + k] === NOT_REACHED) continue;
          pReach[k] = 1;
          total.journeys[k]!++;
          if (gb) {
            reach[(g + 1) * K + k] = 1;
            gb.journeys[k]!++;
          }
        }
      }
      for (let k = 0; k < K; k++) if (pReach[k]) total.prospects[k]!++;
      for (let i = 0; i < nt; i++) {
        const g = touched[i]!;
        const b = this.bucket(g);
        const at = (g + 1) * K;
        for (let k = 0; k < K; k++) {
          if (reach[at + k]) b.prospects[k]!++;
          reach[at + k] = 0;
        }
        this.groupMarked[g + 1] = 0;
      }
    }
    // the units
    if (set.total || ns === 1) {
      for (let x = 0; x < ns; x++) {
        this.unit(js, x, 1, total, true, p, distinct);
        if (by) this.unit(js, x, 1, this.bucket(this.unitGroup(js, x, 1)), false, p, distinct);
      }
    } else {
      this.unit(js, 0, ns, total, true, p, false);
      if (by) this.unit(js, 0, ns, this.bucket(this.unitGroup(js, 0, ns)), false, p, false);
    }
    if (set.perProspect) this.details.push(this.detail(js[ns - 1]!, J, p));
  }

  /**
   * Adds the unit of journeys `js[from .. from + nj)` to bucket `b`, stage by stage: what the unit
   * did at a stage is read from its journeys (the first that did it gives the record and the time),
   * and counted at once. `distinct`: the unit is its prospect's only one (of one journey), so its
   * stages are also the prospect's and the journey's (see {@link Fold.prospect}).
   */
  private unit(js: Int32Array, from: number, nj: number, b: Bucket, isTotal: boolean, p: number, distinct: boolean): void {
    const K = this.K;
    const j = this.j;
    const set = this.set;
    const RT = j.reachT;
    const RE = j.reachE;
    const RG = j.reachG;
    const withValues = RE.length > 0;
    const dead = this.dead;
    const to = from + nj;
    let lastT = Number.NEGATIVE_INFINITY;
    if (set.stalledAfter !== null) for (let x = from; x < to; x++) if (j.lastT[js[x]!]! > lastT) lastT = j.lastT[js[x]!]!;
    const isNew = (j.flags(js[from]!) & NEW) !== 0;
    const stalledNow = set.stalledAfter !== null && this.asOfMs - lastT > set.stalledAfter;
    const times = this.times;
    const values = this.cols.hasValues;
    const mom = isTotal && this.mom !== null;
    const { count, newCount, inbound, fromPrev, fromFirst, prevDur, firstDur, open, dropped, stalled, journeys, prospects } = b;
    let openAny = false;
    let furthest = 0;
    for (let k = 0; k < K; k++) {
      let reached = false;
      let e = -1;
      let g = -1;
      let t = 0;
      let prev = false;
      let prevD = -1;
      let first = false;
      let firstD = -1;
      for (let x = from; x < to; x++) {
        const base = js[x]! * K;
        const tk = RT[base + k]!;
        if (tk === NOT_REACHED) continue;
        if (!reached) {
          reached = true;
          t = tk;
          if (withValues) e = RE[base + k]!;
          if (mom) g = RG[base + k]!;
        }
        if (k === 0) break;
        if (!prev && RT[base + k - 1] !== NOT_REACHED) {
          prev = true;
          prevD = tk - RT[base + k - 1]!;
        }
        if (!first && RT[base] !== NOT_REACHED) {
          first = true;
          firstD = tk - RT[base]!;
        }
      }
      if (reached) {
        furthest = k;
        count[k]!++;
        if (distinct) {
          journeys[k]!++;
          prospects[k]!++;
        }
        if (isNew) newCount[k]!++;
        if (k > 0 && !prev) inbound[k]!++;
        if (values) {
          const v = this.cols.value(e);
          if (v) addValue(b, k, v);
        }
        if (mom) this.countMonth(g, t, k);
      }
      if (k === 0) {
        if (reached) fromFirst[0]!++;
        continue;
      }
      if (prev) {
        fromPrev[k]!++;
        if (times && prevD >= 0) prevDur[k]!.push(prevD);
        if (first) {
          fromFirst[k]!++;
          if (times && firstD >= 0) firstDur[k]!.push(firstD);
        }
        continue;
      }
      if (first) {
        fromFirst[k]!++;
        if (times && firstD >= 0) firstDur[k]!.push(firstD);
      }
      // reached the stage before but not this one: open if such a journey may still move on
      let status = 0;
      for (let x = from; x < to && status !== 1; x++) {
        const base = js[x]! * K;
        if (RT[base + k - 1] === NOT_REACHED || RT[base + k] !== NOT_REACHED) continue;
        status = dead[x] ? 2 : 1;
      }
      if (status === 1) {
        open[k]!++;
        openAny = true;
        if (stalledNow) stalled[k]!++;
      } else if (status === 2) dropped[k]!++;
    }
    // a loss counts once per unit and (stage, reason); reason codes are canonical (one per name)
    const RN = this.reasonCount;
    for (let x = from; x < from + nj; x++) {
      const a = js[x]!;
      if ((j.flags(a) & LOST) === 0) continue;
      const key = j.lostStage[a]! * RN + j.lostReason[a]!;
      let seen = false;
      for (let h = from; h < x && !seen; h++) {
        const o = js[h]!;
        seen = (j.flags(o) & LOST) !== 0 && j.lostStage[o]! * RN + j.lostReason[o]! === key;
      }
      if (!seen) b.lostCodes.set(key, (b.lostCodes.get(key) ?? 0) + 1);
    }
    if (isTotal && openAny && stalledNow) {
      this.stalled.push({ prospect: this.cols.prospectName(p), stage: set.ids[furthest]!, lastActivity: isoInstant(lastT), idleMs: this.asOfMs - lastT });
    }
  }

  /** Month over month: a record of rep `rep` reached stage `k` at `time`. */
  private countMonth(rep: number, time: number, k: number): void {
    // a prospect's stages are often reached on one day, by one rep: remember the last day and row
    const day = Math.floor(time / DAY);
    if (day !== this.lastDay) {
      this.lastDay = day;
      this.lastMonth = monthIndex(day);
    }
    const key = (rep + 1) * MONTHS + this.lastMonth;
    if (key !== this.lastKey) {
      let c = this.mom!.get(key);
      if (!c) this.mom!.set(key, (c = new Float64Array(this.K)));
      this.lastKey = key;
      this.lastCounts = c;
    }
    this.lastCounts[k]!++;
  }
  private lastDay = Number.NaN;
  private lastMonth = 0;
  private lastKey = -1;
  private lastCounts: Float64Array = new Float64Array(0);

  private detail(a: number, J: number, p: number): ProspectDetail {
    const K = this.K;
    const j = this.j;
    const set = this.set;
    const base = a * K;
    const complete = (j.flags(a) & COMPLETE) !== 0;
    const status = complete ? 'completed' : this.overAtAsOf(a) ? 'dropped' : 'open';
    const reached: Record<string, string> = {};
    const timeIn: Record<string, number> = {};
    const lastT = j.lastT[a]!;
    for (let k = 0; k < K; k++) {
      const t = j.reachT[base + k]!;
      if (t === NOT_REACHED) continue;
      setOwn(reached, set.ids[k]!, isoInstant(t));
      let next = -1;
      for (let k2 = k + 1; k2 < K && next < 0; k2++) if (j.reachT[base + k2] !== NOT_REACHED) next = k2;
      if (next >= 0) {
        const d = j.reachT[base + next]! - t;
        if (d >= 0) setOwn(timeIn, set.ids[k]!, d);
      } else if (!complete) {
        setOwn(timeIn, set.ids[k]!, (status === 'open' ? this.asOfMs : lastT) - t);
      }
    }
    return { prospect: this.cols.prospectName(p), journeys: J, entered: set.ids[j.entry(a)]!, stage: set.ids[j.furthest(a)]!, status, reached, timeInStage: timeIn };
  }
}

function addValue(b: Bucket, k: number, v: Ratio): void {
  b.hasValue[k] = 1;
  const n = safeNum(v);
  if (safeDen(v) === 1 && b.valueInt[k]! + n <= MAX_SAFE) b.valueInt[k]! += n;
  else b.valueRest[k] = b.valueRest[k] ? b.valueRest[k]!.add(v) : v;
}

/**
 * Runs the engine. Trusts its inputs: callers validated them.
 * @param shift - for tests: blocks of 2^shift prospect numbers whatever the state's size.
 */
export function runEngine(cols: EngineColumns, set: Settings, meta: EngineMeta, shift?: number): ActivityReport {
  const K = set.ids.length;
  const n = cols.n;
  const asOf = set.asOf ?? (n > 0 ? (meta.latest ?? latestOf(cols.at, n)) : null);
  const asOfMs = asOf ?? 0;
  const select = set.reEntry === 'first' ? FIRST : set.reEntry === 'last' ? LAST : EACH;
  const group = groupCodes(cols, set.by);
  // the record that reached a stage gives its value
  const keepValues = cols.hasValues;
  const places = select === FIRST ? 2 : 1;
  const keepLast = set.stalledAfter !== null || set.perProspect;
  // the walk reads a record's other columns, or the order needs them to break ties
  const withRecords = keepValues || group !== null || cols.source !== null || cols.rep !== null || cols.isNew !== null || cols.reason !== null || cols.key !== null;

  // 1. order
  const order = tieOrder(cols);
  const RN = cols.reasonNames.length;
  const canonR = canonical(cols.reasonNames);
  const reason = cols.reason && RN > 0 ? Int32Array.from({ length: n }, (_, e) => (cols.reason![e]! < 0 ? -1 : canonR[cols.reason![e]!]!)) : null;
  const isNew = cols.isNew ? (cols.isNew instanceof Int8Array ? cols.isNew : Int8Array.from(cols.isNew)) : null;
  const log: OrderedLog = orderLog(cols, shift ?? blockShift(cols.prospectCount, stateBytes(K, keepValues, group !== null)), order, withRecords, [reason, isNew, group ? group.code : null]);
  const [reasonQ, isNewQ, groupQ] = log.carried;
  const size = log.blocks === 1 ? Math.max(cols.prospectCount, 1) : 1 << log.shift;
  const groupCount = group ? group.names.length : 0;
  const c = new Cutter(
    K,
    asOfMs,
    set.order !== 'any',
    set.order === 'strict',
    set.fromFirst ?? -1,
    set.perStep ?? -1,
    select,
    keepValues,
    keepLast,
    reasonQ ?? null,
    RN,
    isNewQ ?? null,
    (groupQ as Int32Array | null | undefined) ?? null,
    new Float64Array(K),
    new Float64Array(reason ? K * RN : 0),
    new Float64Array(group ? (groupCount + 1) * K : 0),
    new Map(),
    new Float64Array(3),
    new Int32Array(size),
    new Int32Array(select === EACH ? size : 0),
    new Int32Array(select === EACH ? size : 0),
    new Journeys(select === EACH ? 0 : places * size, K, keepValues, group !== null),
  );
  // a prospect has one selected journey, or with reEntry 'each' at most as many as records
  const most = select === EACH ? Math.max(n, 1) : 1;
  const fold = new Fold(set, cols, group, asOfMs, c.j, most);
  const selected = new Int32Array(most);
  for (let b = 0; b < log.blocks; b++) {
    const from = log.start[b]!;
    const to = log.start[b + 1]!;
    if (from === to) continue;
    c.count.fill(0);
    c.scalars[2] = 0;
    if (select === EACH) {
      // a journey starts at a prospect's first record or at a first-stage record
      let zeros = 0;
      for (let q = from; q < to; q++) if (log.stage[q] === 0) zeros++;
      const cap = Math.min(to - from, zeros + size);
      if (c.j.size < cap) {
        c.j = new Journeys(cap, K, keepValues, group !== null);
        fold.j = c.j;
      }
    }
    // 2. cut
    cut(c, log.local, log.stage, log.at, log.record, from, to, size);
    // 3 and 4. select and fold, prospect by prospect
    const base = log.blocks === 1 ? 0 : b << log.shift;
    for (let p = 0; p < size; p++) {
      const J = c.count[p]!;
      if (J === 0) continue;
      let ns = 0;
      // reEntry 'first' and 'last' keep the journey that counts at the prospect's own place
      if (select !== EACH) selected[ns++] = p;
      else {
        // the chain of journeys from the first (the first place used by this prospect)
        let a = c.head[p]!;
        while (a >= 0) {
          selected[ns++] = a;
          a = c.j.next[a]!;
        }
      }
      fold.prospect(base + p, selected, ns, J);
    }
  }

  // 5. assemble
  const { total, groups, mom } = bucketsOf(c, fold, group, cols.reasonNames);
  const s = c.scalars;
  return assemble(set, meta, asOf, total, groups, { mom, stalled: fold.stalled, details: fold.details }, {
    used: n - s[0]!,
    prospects: fold.prospects,
    journeys: fold.journeys,
    afterAsOf: s[0]!,
    outside: s[1]!,
  });
}

/** The buckets as the report reads them: touches from the walk, losses by name, groups and month over month named. */
function bucketsOf(c: Cutter, fold: Fold, group: GroupCodes | null, reasonNames: readonly string[]) {
  // the touches, loss touches and losses by code, as the report's buckets hold them
  const K = c.K;
  const RN = reasonNames.length;
  const total = fold.total;
  for (let k = 0; k < K; k++) total.touches[k] = c.touches[k]!;
  if (c.reason) {
    for (let s = 0; s < K; s++) for (let r = 0; r < RN; r++) if (c.lossTouches[s * RN + r]! > 0) total.lossTouchCodes.set(s * RN + r, c.lossTouches[s * RN + r]!);
  }
  let groups: Map<string | null, Bucket> | null = null;
  if (group) {
    for (let g = 0; g <= group.names.length; g++) {
      let any = false;
      for (let k = 0; k < K; k++) if (c.groupTouches[g * K + k]! > 0) any = true;
      if (!any) continue;
      const b = fold.bucket(g - 1);
      for (let k = 0; k < K; k++) b.touches[k] = c.groupTouches[g * K + k]!;
    }
    for (const [key, v] of c.groupLossTouches) {
      const sr = key % (K * RN);
      fold.bucket(Math.floor(key / (K * RN)) - 1).lossTouchCodes.set(sr, v);
    }
    // group codes are canonical: one bucket per name
    const named = new Map<string | null, Bucket>();
    fold.groups.forEach((b, i) => {
      if (b) named.set(i === 0 ? null : group.names[i - 1]!, b);
    });
    groups = named;
  }
  for (const b of [total, ...(groups ? groups.values() : [])]) b.nameLosses(reasonNames);
  let mom: Map<string | null, Map<string, Float64Array>> | null = null;
  if (fold.mom) {
    mom = new Map();
    for (const [key, counts] of fold.mom) {
      const rep = Math.floor(key / MONTHS) - 1;
      const name = rep < 0 ? null : group!.names[rep]!;
      let named = mom.get(name);
      if (!named) mom.set(name, (named = new Map()));
      const m = key % MONTHS;
      named.set(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, counts);
    }
  }
  return { total, groups, mom };
}
