import { FunnelMathError, describe, fail, type ErrorCode, type ErrorPath, type FailParams } from '../errors.js';
import type { Funnel } from '../funnel/defineFunnel.js';
import { readAmount } from '../input/number.js';
import { enEvents } from '../messages/enEvents.js';
import { listKeys, suggestKey } from '../messages/suggest.js';
import type { ErrorExpectation, ErrorSubject } from '../messages/types.js';
import { toRatio } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { isPlainObject, ownArray } from '../schema.js';
import type { EngineColumns } from './engine.js';
import type { Settings } from './options.js';
import { instantOf, toInstant } from './time.js';
import type { ActivityRecord, RejectedRecord } from './types.js';

/**
 * The columnar, plain-JSON state that records are read into: one array per field, strings kept
 * once in dictionaries. Both {@link analyzeFunnel} and the accumulator fill it; the engine reads it.
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

/** A state plus lookup maps for its dictionaries (the maps are rebuilt from the state, never serialised). */
export interface Store {
  state: FunnelAccumulatorState;
  index: { prospects: Map<string, number>; sources: Map<string, number>; reps: Map<string, number>; reasons: Map<string, number>; keys: Map<string, number> };
}

const DICTS = ['prospects', 'sources', 'reps', 'reasons', 'keys'] as const;
const COLUMNS = ['p', 's', 't', 'src', 'rep', 'reason', 'key', 'nw', 'val'] as const;

export function emptyState(): FunnelAccumulatorState {
  // the dictionaries, then the columns, in the order of FunnelAccumulatorState (its JSON keeps it)
  const arrays = Object.fromEntries([...DICTS, ...COLUMNS].map((k) => [k, []]));
  return { format: STATE_FORMAT, ...arrays, records: 0, excludedStage: 0, rejected: [] } as unknown as FunnelAccumulatorState;
}

export function storeOf(state: FunnelAccumulatorState): Store {
  const index = Object.fromEntries(DICTS.map((d) => [d, new Map(state[d].map((n, i) => [n, i]))]));
  return { state, index: index as Store['index'] };
}

function intern(names: string[], map: Map<string, number>, name: string): number {
  let i = map.get(name);
  if (i === undefined) {
    i = names.length;
    names.push(name);
    map.set(name, i);
  }
  return i;
}

/** The fields a record may have, in the order messages list them. */
const RECORD_FIELDS = ['prospect', 'stage', 'at', 'source', 'rep', 'isNew', 'value', 'reason'];
const RECORD_KEYS = /* @__PURE__ */ new Set(RECORD_FIELDS);
const EV = { phrases: enEvents } as const;

/** Reads one record into the store; a bad record throws, or is listed as rejected when `skip`. */
export function addRecord(store: Store, funnel: Funnel, settings: Settings, raw: unknown, index: number): void {
  const st = store.state;
  st.records++;
  try {
    readInto(store, funnel, settings, raw, index);
  } catch (error) {
    if (!settings.skip || !(error instanceof FunnelMathError)) throw error;
    st.rejected.push({ index, code: error.code, path: [...error.path], reason: error.message });
  }
}

/**
 * The one reader of a record. A valid record builds nothing but its entries in the store: the
 * fields are read once, checked in place, and a path, subject or message is made only for the
 * field that is wrong (records are counted from 1 in messages, from 0 in paths).
 */
function readInto(store: Store, funnel: Funnel, settings: Settings, raw: unknown, index: number): void {
  let prospect: unknown;
  let stageId: unknown;
  let atRaw: unknown;
  let source: unknown;
  let rep: unknown;
  let reason: unknown;
  let isNew: unknown;
  let valueRaw: unknown;
  let extra: string | undefined;
  // the one step that touches the caller's object: a throwing getter or Proxy trap here is the
  // caller's data, not a fault of this reader
  try {
    if (!isPlainObject(raw)) return recordFail('INVALID_INPUT', index, undefined, { ...EV, subject: 'activityRecord', row: index + 1, expected: 'activityRecord', received: raw });
    prospect = raw['prospect'];
    stageId = raw['stage'];
    atRaw = raw['at'];
    source = raw['source'];
    rep = raw['rep'];
    reason = raw['reason'];
    isNew = raw['isNew'];
    valueRaw = raw['value'];
    for (const k in raw) {
      if (!RECORD_KEYS.has(k) && Object.hasOwn(raw, k)) {
        extra = k;
        break;
      }
    }
  } catch (error) {
    if (error instanceof FunnelMathError) throw error;
    return recordFail('UNREADABLE_INPUT', index, undefined, { ...EV, subject: 'activityRecord', row: index + 1 });
  }
  if (extra !== undefined) {
    recordFail('UNKNOWN_OPTION', index, extra, { ...EV, subject: 'activityRecord', row: index + 1, key: extra, suggestion: suggestKey(extra, RECORD_FIELDS), allowed: listKeys(RECORD_FIELDS) });
  }
  let pid: string;
  if (typeof prospect === 'string' && prospect !== '') pid = prospect;
  else if (typeof prospect === 'number' && Number.isFinite(prospect)) pid = String(prospect);
  else return fieldFail(index, 'prospect', 'recordProspect', 'prospectId', prospect);
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
  let value: string | null = null;
  if (valueRaw !== undefined) {
    // a whole amount is its own exact text; any other form goes through the amount reader
    value =
      typeof valueRaw === 'number' && Number.isSafeInteger(valueRaw) && valueRaw >= 0
        ? String(valueRaw)
        : readAmount(valueRaw, ['records', index, 'value'], { ...EV, subject: 'recordValue', row: index + 1, expected: 'amount' }).toString();
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
  const st = store.state;
  if (stage < 0) {
    st.excludedStage++;
    return;
  }
  const ix = store.index;
  st.p.push(intern(st.prospects, ix.prospects, pid));
  st.s.push(stage);
  st.t.push(at);
  st.src.push(source === undefined ? -1 : intern(st.sources, ix.sources, source as string));
  st.rep.push(rep === undefined ? -1 : intern(st.reps, ix.reps, rep as string));
  st.reason.push(reason === undefined ? -1 : intern(st.reasons, ix.reasons, reason as string));
  st.key.push(key === null ? -1 : intern(st.keys, ix.keys, key));
  st.nw.push(isNew === undefined ? 2 : isNew ? 1 : 0);
  st.val.push(value);
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

/** Appends `other`'s records to `into`, re-numbering dictionary entries. */
export function mergeInto(into: Store, other: FunnelAccumulatorState): void {
  const st = into.state;
  const [rp, rs, rr, rn, rk] = DICTS.map((d) => other[d].map((n) => intern(st[d], into.index[d], n))) as [number[], number[], number[], number[], number[]];
  const m = (table: number[], i: number) => (i < 0 ? -1 : table[i]!);
  for (let i = 0; i < other.p.length; i++) {
    st.p.push(rp[other.p[i]!]!);
    st.s.push(other.s[i]!);
    st.t.push(other.t[i]!);
    st.src.push(m(rs, other.src[i]!));
    st.rep.push(m(rr, other.rep[i]!));
    st.reason.push(m(rn, other.reason[i]!));
    st.key.push(m(rk, other.key[i]!));
    st.nw.push(other.nw[i]!);
    st.val.push(other.val[i]!);
  }
  st.records += other.records;
  st.excludedStage += other.excludedStage;
  for (const r of other.rejected) st.rejected.push({ ...r, path: [...r.path] });
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

function structuredCloneState(s: FunnelAccumulatorState): FunnelAccumulatorState {
  return JSON.parse(JSON.stringify(s)) as FunnelAccumulatorState;
}

export function copyState(s: FunnelAccumulatorState): FunnelAccumulatorState {
  return structuredCloneState(s);
}

/** The engine's view of a store. */
export function columnsOf(st: FunnelAccumulatorState): EngineColumns {
  const vals = st.val;
  return {
    n: st.p.length,
    prospect: st.p,
    prospectCount: st.prospects.length,
    prospectName: (i) => st.prospects[i]!,
    stage: st.s,
    at: st.t,
    source: st.src,
    sourceNames: st.sources,
    rep: st.rep,
    repNames: st.reps,
    reason: st.reason,
    reasonNames: st.reasons,
    key: st.key,
    keyNames: st.keys,
    // the saved state keeps 0/1/2 (its JSON format); the engine reads 1 new, 0 existing, −1 unknown
    isNew: Int8Array.from(st.nw, (x) => (x === 2 ? -1 : x)),
    value: (e) => (vals[e] === null || vals[e] === undefined ? null : toRatio(vals[e])),
    hasValues: vals.some((x) => x !== null),
  };
}

export { Ratio };
