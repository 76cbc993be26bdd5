import { FunnelMathError, describe, fail, type ErrorCode, type ErrorPath, type FailParams } from '../errors.js';
import type { Funnel } from '../funnel/defineFunnel.js';
import { readAmount } from '../input/number.js';
import { enEvents } from '../messages/enEvents.js';
import { listKeys, suggestKey } from '../messages/suggest.js';
import type { ErrorExpectation, ErrorSubject } from '../messages/types.js';
import { toRatio } from '../numbers/parse.js';
import { isPlainObject, ownArray } from '../schema.js';
import { codeOf, codes, emptyColumns, EXACT, isNewColumn, prospectFrom, prospectName, prospectOfNumber, prospectOfText, reserve, setValueText, valueColumn, valueText, type Columns, type Dictionary } from './columns.js';
import type { EngineColumns, EngineMeta } from './engine.js';
import type { Settings } from './options.js';
import { atOk } from './rows.js';
import { instantOf, isoInto, toInstant } from './time.js';
import type { ActivityRecord, RejectedRecord } from './types.js';

/**
 * The one reader of activity records, into typed columns (events/columns.ts) that both
 * {@link analyzeFunnel} and the accumulator fill and the engine reads as they are; and the
 * accumulator's saved state, the same records as plain JSON (one array per field, strings kept once
 * in dictionaries), made from the columns and read back into them only at that boundary.
 * @internal
 * @module
 */

export const STATE_FORMAT = 'funnel-math/activity-state@1';

/**
 * The records an accumulator holds, as plain JSON: one array per field, all of the same length (one
 * entry per used record), strings kept once in the dictionaries. Read it only through
 * {@link funnelAccumulatorFromJSON}, which checks it.
 * @category Activity logs
 */
export interface FunnelAccumulatorState {
  format: typeof STATE_FORMAT;
  prospects: string[];
  sources: string[];
  reps: string[];
  reasons: string[];
  keys: string[];
  /** prospect index, stage index (after exclusion), epoch ms, source/rep/reason/key index or -1, isNew 0/1/2 (2 = unknown), value as exact fraction text or null. */
  p: number[];
  s: number[];
  t: number[];
  src: number[];
  rep: number[];
  reason: number[];
  key: number[];
  nw: number[];
  val: (string | null)[];
  records: number;
  excludedStage: number;
  rejected: RejectedRecord[];
}

/** What the records read so far are: their columns, and the counts of those left out. */
export interface Store {
  readonly cols: Columns;
  /** The latest time among the records held (−Infinity for none). */
  latest: number;
  records: number;
  excludedStage: number;
  readonly rejected: RejectedRecord[];
}

const DICTS = ['prospects', 'sources', 'reps', 'reasons', 'keys'] as const;
const COLUMNS = ['p', 's', 't', 'src', 'rep', 'reason', 'key', 'nw', 'val'] as const;

/**
 * Most records a store makes room for before it sees them: a longer list (a sparse array, say)
 * grows the columns as records come rather than reserving memory for entries that may never be used.
 */
const MAX_RESERVE = 1 << 24;

/** An empty store with room for `records` records. */
export function emptyStore(records = 0): Store {
  return { cols: emptyColumns(Math.min(records, MAX_RESERVE)), latest: Number.NEGATIVE_INFINITY, records: 0, excludedStage: 0, rejected: [] };
}

/** Makes room for `records` more records (at most {@link MAX_RESERVE} at once). */
function reserveRecords(store: Store, records: number): void {
  reserve(store.cols, Math.min(records, MAX_RESERVE));
}

/** The fields a record may have, in the order messages list them. */
const RECORD_FIELDS = ['prospect', 'stage', 'at', 'source', 'rep', 'isNew', 'value', 'reason'];
const EV = { phrases: enEvents } as const;

/**
 * Reads records into the store, numbered on from the records it holds; a bad record throws, or is
 * listed as rejected when `skip`. The common record (fields of the right types, a known stage, a
 * time as epoch milliseconds, a Date or a common ISO form, a whole value or none, no grouping
 * function) is stored in this loop, which makes nothing for a known prospect, source or rep;
 * any other goes to {@link readChecked}, which reads it rule by rule and says what is wrong.
 */
export function addRecords(store: Store, funnel: Funnel, settings: Settings, list: readonly unknown[]): void {
  const count = list.length;
  reserveRecords(store, count);
  const c = store.cols;
  const ids = funnel.ids;
  const stageMap = settings.stageMap;
  const plain = settings.byFn === null;
  // the columns in locals, so that the loop reads no field per record; reloaded after the slow path
  let e = c.n;
  let { cap, p: P, s: S, t: T, src, rep: rp, reason: rsn, nw, val } = c;
  let latest = store.latest;
  for (let i = 0; i < count; i++) {
    const index = store.records++;
    let raw: unknown;
    let prospect: unknown;
    let stageId: unknown;
    let atRaw: unknown;
    let source: unknown;
    let rep: unknown;
    let reason: unknown;
    let isNew: unknown;
    let valueRaw: unknown;
    let extra: string | undefined;
    let object = false;
    let taken = false;
    let unreadable: unknown = null;
    // the one step that touches the caller's objects: a throwing getter or Proxy trap here is the
    // caller's data, not a fault of this reader
    try {
      raw = list[i];
      taken = true;
      if (isPlainObject(raw)) {
        object = true;
        prospect = raw['prospect'];
        stageId = raw['stage'];
        atRaw = raw['at'];
        source = raw['source'];
        rep = raw['rep'];
        reason = raw['reason'];
        isNew = raw['isNew'];
        valueRaw = raw['value'];
        for (const k in raw) {
          if (!isRecordField(k) && Object.hasOwn(raw, k)) {
            extra = k;
            break;
          }
        }
      }
    } catch (error) {
      // an error of this library from taking the record out of the list is not about the record
      if (error instanceof FunnelMathError && !taken) throw error;
      unreadable = error;
    }
    if (unreadable === null && object && plain && extra === undefined) {
      const original = stageOf(ids, stageId);
      if (
        original >= 0 &&
        (typeof prospect === 'string' ? prospect !== '' : typeof prospect === 'number' && Number.isFinite(prospect)) &&
        (source === undefined || typeof source === 'string') &&
        (rep === undefined || typeof rep === 'string') &&
        (reason === undefined || typeof reason === 'string') &&
        (isNew === undefined || typeof isNew === 'boolean') &&
        (valueRaw === undefined || (typeof valueRaw === 'number' && Number.isSafeInteger(valueRaw) && valueRaw >= 0))
      ) {
        if (e === cap) {
          c.n = e;
          reserve(c, 1);
          ({ cap, p: P, s: S, t: T, src, rep: rp, reason: rsn, nw, val } = c);
        }
        // the time straight into its column (a slot past the records held until the record is)
        let timed: boolean;
        if (typeof atRaw === 'number') {
          timed = atOk(atRaw);
          if (timed) T[e] = atRaw;
        } else if (typeof atRaw === 'string') {
          timed = isoInto(atRaw, T, e);
        } else if (atRaw instanceof Date) {
          const ms = atRaw.getTime();
          timed = atOk(ms);
          if (timed) T[e] = ms;
        } else {
          timed = false;
        }
        if (timed) {
          const stage = stageMap[original]!;
          if (stage < 0) {
            store.excludedStage++;
            continue;
          }
          P[e] = typeof prospect === 'number' ? prospectOfNumber(c, prospect) : prospectOfText(c, prospect as string);
          S[e] = stage;
          if (T[e]! > latest) latest = T[e]!;
          if (source !== undefined) (src ??= codes(c, 'src'))[e] = codeOf(c.sources, source as string);
          if (rep !== undefined) (rp ??= codes(c, 'rep'))[e] = codeOf(c.reps, rep as string);
          if (reason !== undefined) (rsn ??= codes(c, 'reason'))[e] = codeOf(c.reasons, reason as string);
          if (isNew !== undefined) (nw ??= isNewColumn(c))[e] = isNew ? 1 : 0;
          if (valueRaw !== undefined) (val ??= valueColumn(c))[e] = valueRaw as number;
          e++;
          continue;
        }
      }
    }
    c.n = e;
    store.latest = latest;
    try {
      if (unreadable instanceof FunnelMathError) throw unreadable;
      if (unreadable !== null) recordFail('UNREADABLE_INPUT', index, undefined, { ...EV, subject: 'activityRecord', row: index + 1 });
      if (!object) recordFail('INVALID_INPUT', index, undefined, { ...EV, subject: 'activityRecord', row: index + 1, expected: 'activityRecord', received: raw });
      readChecked(store, funnel, settings, raw, index, extra, prospect, stageId, atRaw, source, rep, reason, isNew, valueRaw);
    } catch (error) {
      if (!settings.skip || !(error instanceof FunnelMathError)) throw error;
      store.rejected.push({ index, code: error.code, path: [...error.path], reason: error.message });
    }
    e = c.n;
    latest = store.latest;
    ({ cap, p: P, s: S, t: T, src, rep: rp, reason: rsn, nw, val } = c);
  }
  c.n = e;
  store.latest = latest;
}

/**
 * Appends a record whose time is already in the time column: each field as read, `whole` a safe
 * whole value or undefined, `exact` the exact text of any other value.
 */
function append(
  store: Store,
  stage: number,
  prospect: string | number,
  source: string | undefined,
  rep: string | undefined,
  reason: string | undefined,
  key: string | null,
  isNew: boolean | undefined,
  whole: number | undefined,
  exact: string | null,
): void {
  const c = store.cols;
  const e = c.n;
  if (c.t[e]! > store.latest) store.latest = c.t[e]!;
  c.p[e] = typeof prospect === 'string' ? prospectOfText(c, prospect) : prospectOfNumber(c, prospect);
  c.s[e] = stage;
  if (source !== undefined) (c.src ?? codes(c, 'src'))[e] = codeOf(c.sources, source);
  if (rep !== undefined) (c.rep ?? codes(c, 'rep'))[e] = codeOf(c.reps, rep);
  if (reason !== undefined) (c.reason ?? codes(c, 'reason'))[e] = codeOf(c.reasons, reason);
  if (key !== null) (c.key ?? codes(c, 'key'))[e] = codeOf(c.keys, key);
  if (isNew !== undefined) isNewColumn(c)[e] = isNew ? 1 : 0;
  if (exact !== null) setValueText(c, e, exact);
  else if (whole !== undefined) valueColumn(c)[e] = whole;
  c.n = e + 1;
}

/** The record read rule by rule, in the order the messages give them: the first rule it breaks throws. */
function readChecked(
  store: Store,
  funnel: Funnel,
  settings: Settings,
  raw: unknown,
  index: number,
  extra: string | undefined,
  prospect: unknown,
  stageId: unknown,
  atRaw: unknown,
  source: unknown,
  rep: unknown,
  reason: unknown,
  isNew: unknown,
  valueRaw: unknown,
): void {
  if (extra !== undefined) {
    recordFail('UNKNOWN_OPTION', index, extra, { ...EV, subject: 'activityRecord', row: index + 1, key: extra, suggestion: suggestKey(extra, RECORD_FIELDS), allowed: listKeys(RECORD_FIELDS) });
  }
  // a number id stays a number until the columns look it up, so a known prospect costs no text
  if (!(typeof prospect === 'string' ? prospect !== '' : typeof prospect === 'number' && Number.isFinite(prospect))) {
    return fieldFail(index, 'prospect', 'recordProspect', 'prospectId', prospect);
  }
  const original = typeof stageId === 'string' ? funnel.ids.indexOf(stageId) : -1;
  if (original < 0) {
    if (typeof stageId !== 'string') return fieldFail(index, 'stage', 'recordStage', 'eventStage', stageId);
    recordFail('UNKNOWN_STAGE', index, 'stage', { ...EV, subject: 'recordStage', row: index + 1, key: stageId, stages: funnel.ids.join(', ') });
  }
  const at = instantOf(atRaw);
  if (!Number.isFinite(at)) {
    if (atRaw === undefined) return fieldFail(index, 'at', 'recordTime', 'instant', atRaw);
    toInstant(atRaw, ['records', index, 'at'], { ...EV, subject: 'recordTime', row: index + 1 });
  }
  if (source !== undefined && typeof source !== 'string') fieldFail(index, 'source', 'recordSource', 'string', source);
  if (rep !== undefined && typeof rep !== 'string') fieldFail(index, 'rep', 'recordRep', 'string', rep);
  if (reason !== undefined && typeof reason !== 'string') fieldFail(index, 'reason', 'recordReason', 'string', reason);
  if (isNew !== undefined && typeof isNew !== 'boolean') fieldFail(index, 'isNew', 'recordIsNew', 'boolean', isNew);
  // a whole amount is kept as its number; any other form goes through the amount reader, as exact text
  let whole: number | undefined;
  let exact: string | null = null;
  if (valueRaw !== undefined) {
    if (typeof valueRaw === 'number' && Number.isSafeInteger(valueRaw) && valueRaw >= 0) whole = valueRaw;
    else exact = readAmount(valueRaw, ['records', index, 'value'], { ...EV, subject: 'recordValue', row: index + 1, expected: 'amount' }).toString();
  }
  let key: string | null = null;
  if (settings.byFn) {
    let k: unknown;
    try {
      k = settings.byFn(raw as unknown as ActivityRecord, index);
    } catch (error) {
      recordFail('CALLBACK_FAILED', index, undefined, { ...EV, subject: 'groupingFunction', row: index + 1, detail: errorText(error) });
    }
    if (k !== null && k !== undefined && typeof k !== 'string') recordFail('INVALID_INPUT', index, undefined, { ...EV, subject: 'recordGroup', row: index + 1, expected: 'groupKey', received: k });
    key = (k as string | null | undefined) ?? null;
  }
  const stage = settings.stageMap[original]!;
  if (stage < 0) {
    store.excludedStage++;
    return;
  }
  const c = store.cols;
  if (c.n === c.cap) reserve(c, 1);
  c.t[c.n] = at;
  append(store, stage, prospect as string | number, source as string | undefined, rep as string | undefined, reason as string | undefined, key, isNew as boolean | undefined, whole, exact);
}

/** The position of stage id `id` in the funnel, or −1 (a loop of identity checks: ids are few). */
function stageOf(ids: readonly string[], id: unknown): number {
  for (let k = 0; k < ids.length; k++) if (ids[k] === id) return k;
  return -1;
}

/** Whether `k` is a field of a record (a switch: no lookup per key of every record). */
function isRecordField(k: string): boolean {
  switch (k) {
    case 'prospect':
    case 'stage':
    case 'at':
    case 'source':
    case 'rep':
    case 'isNew':
    case 'value':
    case 'reason':
      return true;
    default:
      return false;
  }
}

/** Throws the error of record `index` (at its field `field`, when one). */
function recordFail(code: ErrorCode, index: number, field: string | undefined, params: FailParams): never {
  return fail(code, params, field === undefined ? ['records', index] : ['records', index, field]);
}

/** A field of the wrong type (or missing: then the message asks for it). */
function fieldFail(index: number, field: string, subject: ErrorSubject, expected: ErrorExpectation, received: unknown): never {
  const params: FailParams = { ...EV, subject, row: index + 1, expected };
  return received === undefined ? recordFail('MISSING_VALUE', index, field, params) : recordFail('INVALID_INPUT', index, field, { ...params, received });
}

/** What a caller's function threw, as bounded text (reading it cannot throw again). */
function errorText(error: unknown): string {
  try {
    const text = error instanceof Error ? String(error.message) : typeof error === 'string' ? error : describe(error);
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
  } catch {
    return describe(undefined);
  }
}

/** The codes in `into` of the names of `from`, each name added to `into` when new (in the order of `from`). */
function recode(into: Dictionary, from: Dictionary): Int32Array {
  const count = from.names.length;
  const table = new Int32Array(count);
  for (let i = 0; i < count; i++) table[i] = codeOf(into, from.names[i]!);
  return table;
}

/** A coded column of `from` re-coded through `table` into `into` from entry `at` on. */
function recodeInto(into: Int32Array, at: number, from: Int32Array, table: Int32Array, m: number): void {
  for (let e = 0; e < m; e++) {
    const code = from[e]!;
    into[at + e] = code < 0 ? -1 : table[code]!;
  }
}

/** Appends `other`'s records to `into`, re-coding dictionary entries (`other` may be `into` itself). */
export function mergeInto(into: Store, other: Store): void {
  const c = into.cols;
  const o = other.cols;
  const m = o.n;
  const n = c.n;
  // every name of the other's dictionaries is added, in their order, as the saved states always did
  const rp = new Int32Array(o.prospects.ids.length);
  for (let i = 0; i < rp.length; i++) rp[i] = prospectFrom(c, o.prospects, i);
  const rs = recode(c.sources, o.sources);
  const rr = recode(c.reps, o.reps);
  const rn = recode(c.reasons, o.reasons);
  const rk = recode(c.keys, o.keys);
  reserve(c, m);
  // read after reserve: when other is into, its columns are the grown ones
  const op = o.p;
  for (let e = 0; e < m; e++) c.p[n + e] = rp[op[e]!]!;
  c.s.set(o.s.subarray(0, m), n);
  c.t.set(o.t.subarray(0, m), n);
  if (o.src) recodeInto(codes(c, 'src'), n, o.src, rs, m);
  if (o.rep) recodeInto(codes(c, 'rep'), n, o.rep, rr, m);
  if (o.reason) recodeInto(codes(c, 'reason'), n, o.reason, rn, m);
  if (o.key) recodeInto(codes(c, 'key'), n, o.key, rk, m);
  if (o.nw) isNewColumn(c).set(o.nw.subarray(0, m), n);
  if (o.val) {
    valueColumn(c).set(o.val.subarray(0, m), n);
    for (const [e, text] of [...o.exact]) c.exact.set(n + e, text);
  }
  c.n = n + m;
  if (other.latest > into.latest) into.latest = other.latest;
  into.records += other.records;
  into.excludedStage += other.excludedStage;
  const rejected = other.rejected.length;
  for (let i = 0; i < rejected; i++) {
    const r = other.rejected[i]!;
    into.rejected.push({ ...r, path: [...r.path] });
  }
}

/** Checks that untrusted JSON is a well-formed state for a funnel of `stages` stages. @throws FunnelMathError `INVALID_INPUT`. */
export function checkState(value: unknown, stages: number, path: ErrorPath): FunnelAccumulatorState {
  // the entry that is wrong is named in the message; the path stays at the state, which is one value to the caller
  const bad = (key: string | undefined, received: unknown): never =>
    fail('INVALID_INPUT', { ...EV, subject: 'savedState', ...(key === undefined ? {} : { key }), expected: 'savedState', received }, path);
  if (!isPlainObject(value)) bad(undefined, value);
  if ((value as Record<string, unknown>)['format'] !== STATE_FORMAT) bad('format', (value as Record<string, unknown>)['format']);
  const v = value as Record<string, unknown>;
  // every array is read through a plain copy: nothing else the caller's object holds (other keys,
  // BigInts, cycles, holes, an own `constructor`) reaches the accumulator
  const arrays: Record<string, unknown[]> = {};
  for (const d of DICTS) {
    const names = Array.isArray(v[d]) ? ownArray(v[d] as unknown[]) : null;
    if (!names || !names.every((n) => typeof n === 'string') || new Set(names).size !== names.length) return bad(d, v[d]);
    arrays[d] = names;
  }
  const n = Array.isArray(v['p']) ? (v['p'] as unknown[]).length : -1;
  for (const c of COLUMNS) {
    if (!Array.isArray(v[c]) || (v[c] as unknown[]).length !== n) bad(c, v[c]);
    arrays[c] = ownArray(v[c] as unknown[]);
  }
  const intIn = (c: string, lo: number, hi: number) => {
    for (const x of arrays[c]!) if (!Number.isSafeInteger(x) || (x as number) < lo || (x as number) >= hi) bad(c, x);
  };
  intIn('p', 0, arrays['prospects']!.length);
  intIn('s', 0, stages);
  intIn('src', -1, arrays['sources']!.length);
  intIn('rep', -1, arrays['reps']!.length);
  intIn('reason', -1, arrays['reasons']!.length);
  intIn('key', -1, arrays['keys']!.length);
  intIn('nw', 0, 3);
  // times are epoch milliseconds; another instant form (an ISO string, a Date) is read as one
  const t = arrays['t']!.map((x) => {
    const ms = instantOf(x);
    return Number.isFinite(ms) ? ms : bad('t', x);
  });
  for (const x of arrays['val']!) {
    if (x === null) continue;
    let ok = typeof x === 'string';
    if (ok) {
      try {
        ok = toRatio(x).sign() >= 0;
      } catch {
        ok = false;
      }
    }
    if (!ok) bad('val', x);
  }
  for (const c of ['records', 'excludedStage']) if (!Number.isSafeInteger(v[c]) || (v[c] as number) < 0) bad(c, v[c]);
  const rejected = Array.isArray(v['rejected']) ? ownArray(v['rejected'] as unknown[]) : [null];
  const entry = (r: unknown): RejectedRecord => {
    const rec = isPlainObject(r) ? r : {};
    const at = Array.isArray(rec['path']) ? ownArray(rec['path'] as unknown[]) : [null];
    if (
      !Number.isSafeInteger(rec['index']) ||
      typeof rec['code'] !== 'string' ||
      typeof rec['reason'] !== 'string' ||
      !at.every((k) => typeof k === 'string' || Number.isSafeInteger(k))
    ) {
      bad('rejected', r);
    }
    return { index: rec['index'] as number, code: rec['code'] as string, path: at as (string | number)[], reason: rec['reason'] as string };
  };
  // the arrays in the order of FunnelAccumulatorState (dictionaries, then columns), the times as read
  return {
    format: STATE_FORMAT,
    ...arrays,
    t,
    records: v['records'] as number,
    excludedStage: v['excludedStage'] as number,
    rejected: rejected.map(entry),
  } as unknown as FunnelAccumulatorState;
}

/** The store of a checked saved state. */
export function storeOf(st: FunnelAccumulatorState): Store {
  const store = emptyStore(st.p.length);
  mergeState(store, st);
  return store;
}

/** A saved state's records re-coded into a coded column from entry `at` on; the column is made when the first one has a code. */
function recodeState(c: Columns, field: 'src' | 'rep' | 'reason' | 'key', at: number, from: readonly number[], table: Int32Array): void {
  let col = c[field];
  for (let e = 0; e < from.length; e++) {
    const code = from[e]!;
    if (code >= 0) (col ??= codes(c, field))[at + e] = table[code]!;
  }
}

/** Appends the records of a checked saved state to `into`, re-coding its dictionaries (no store between). */
export function mergeState(into: Store, st: FunnelAccumulatorState): void {
  const c = into.cols;
  const n = c.n;
  const m = st.p.length;
  // every name of the state's dictionaries is added, in their order
  const rp = Int32Array.from(st.prospects, (name) => prospectOfText(c, name));
  const rs = Int32Array.from(st.sources, (name) => codeOf(c.sources, name));
  const rr = Int32Array.from(st.reps, (name) => codeOf(c.reps, name));
  const rn = Int32Array.from(st.reasons, (name) => codeOf(c.reasons, name));
  const rk = Int32Array.from(st.keys, (name) => codeOf(c.keys, name));
  reserve(c, m);
  let latest = into.latest;
  for (let e = 0; e < m; e++) {
    c.p[n + e] = rp[st.p[e]!]!;
    c.s[n + e] = st.s[e]!;
    const t = st.t[e]!;
    c.t[n + e] = t;
    if (t > latest) latest = t;
  }
  recodeState(c, 'src', n, st.src, rs);
  recodeState(c, 'rep', n, st.rep, rr);
  recodeState(c, 'reason', n, st.reason, rn);
  recodeState(c, 'key', n, st.key, rk);
  // the saved 0/1/2 (2 = unknown) is 0/1/−1 here
  let nw = c.nw;
  for (let e = 0; e < m; e++) if (st.nw[e] !== 2) (nw ??= isNewColumn(c))[n + e] = st.nw[e]!;
  for (let e = 0; e < m; e++) {
    const text = st.val[e];
    if (text !== null && text !== undefined) setValueText(c, n + e, text);
  }
  c.n = n + m;
  into.latest = latest;
  into.records += st.records;
  into.excludedStage += st.excludedStage;
  for (const r of st.rejected) into.rejected.push({ ...r, path: [...r.path] });
}

/** The saved state of a store, as plain JSON (a copy: nothing in it is shared with the store). */
export function stateOf(store: Store): FunnelAccumulatorState {
  const c = store.cols;
  const n = c.n;
  const plain = (col: Int32Array | null, none: number): number[] => (col ? Array.from(col.subarray(0, n)) : new Array<number>(n).fill(none));
  const nw = c.nw;
  const val = new Array<string | null>(n);
  for (let e = 0; e < n; e++) val[e] = valueText(c, e);
  return {
    format: STATE_FORMAT,
    prospects: c.prospects.ids.map((_, i) => prospectName(c.prospects, i)),
    sources: [...c.sources.names],
    reps: [...c.reps.names],
    reasons: [...c.reasons.names],
    keys: [...c.keys.names],
    p: Array.from(c.p.subarray(0, n)),
    s: Array.from(c.s.subarray(0, n)),
    // as JSON writes it: −0 is 0
    t: Array.from(c.t.subarray(0, n), (x) => (x === 0 ? 0 : x)),
    src: plain(c.src, -1),
    rep: plain(c.rep, -1),
    reason: plain(c.reason, -1),
    key: plain(c.key, -1),
    nw: nw ? Array.from(nw.subarray(0, n), (x) => (x < 0 ? 2 : x)) : new Array<number>(n).fill(2),
    val,
    records: store.records,
    excludedStage: store.excludedStage,
    rejected: store.rejected.map((r) => ({ index: r.index, code: r.code, path: [...r.path], reason: r.reason })),
  };
}

/** What the engine is told besides the columns: the counts of records, and the latest time. */
export function metaOf(store: Store): EngineMeta {
  const meta = { records: store.records, excludedStage: store.excludedStage, rejected: store.rejected };
  return store.cols.n > 0 ? { ...meta, latest: store.latest } : meta;
}

/** The engine's view of a store: views of the columns, no copies. */
export function columnsOf(store: Store): EngineColumns {
  const c = store.cols;
  const n = c.n;
  const ps = c.prospects;
  const view = (col: Int32Array | null) => (col ? col.subarray(0, n) : null);
  const val = c.val;
  const exact = c.exact;
  return {
    n,
    prospect: c.p.subarray(0, n),
    prospectCount: ps.ids.length,
    prospectName: (i) => prospectName(ps, i),
    stage: c.s.subarray(0, n),
    at: c.t.subarray(0, n),
    source: view(c.src),
    sourceNames: c.sources.names,
    rep: view(c.rep),
    repNames: c.reps.names,
    reason: view(c.reason),
    reasonNames: c.reasons.names,
    key: view(c.key),
    keyNames: c.keys.names,
    isNew: c.nw ? c.nw.subarray(0, n) : null,
    value: val
      ? (e) => {
          const v = val[e]!;
          return v !== v ? null : toRatio(v === EXACT ? exact.get(e)! : v);
        }
      : () => null,
    // the value column exists once a record has a value
    hasValues: val !== null,
  };
}
