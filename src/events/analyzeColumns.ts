import { fail, FunnelMathError, type ErrorCode, type FailParams } from '../errors.js';
import { enEvents } from '../messages/enEvents.js';
import { listKeys, suggestKey } from '../messages/suggest.js';
import type { ErrorExpectation } from '../messages/types.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { toRatio } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import { isPlainObject, ownArray } from '../schema.js';
import { runEngine } from './engine.js';
import { readSettings, type Settings } from './options.js';
import { atOk, codeOk, newOk, prospectOk, stageInRange, stageOk, valueOk } from './rows.js';
import type { ActivityReport, AnalyzeOptions, RejectedRecord } from './types.js';

/** A column of numbers: a typed array or a plain array. @category Activity logs */
export type NumberColumn = ArrayLike<number>;

/** A column of text as codes into `names`; code −1 = no value. @category Activity logs */
export interface CodedColumn {
  readonly codes: NumberColumn;
  readonly names: readonly string[];
}

/** The columns of {@link analyzeColumns}: row i of every column is one record. @category Activity logs */
export interface ActivityColumns {
  /** Integer prospect ids (any safe integers; `5` here is prospect `'5'` in the report). */
  readonly prospect: NumberColumn;
  /** Stage positions in the funnel: 0 = first stage. */
  readonly stage: NumberColumn;
  /** Epoch milliseconds (whole numbers). */
  readonly at: NumberColumn;
  readonly source?: CodedColumn;
  readonly rep?: CodedColumn;
  readonly reason?: CodedColumn;
  /** 1 new, 0 existing, −1 unknown. */
  readonly isNew?: NumberColumn;
  /** Deal values, finite and non-negative. */
  readonly value?: NumberColumn;
}

const FIELDS = ['prospect', 'stage', 'at', 'source', 'rep', 'reason', 'isNew', 'value'];
const CODED = ['codes', 'names'];
const EV = { phrases: enEvents } as const;

function isColumn(v: unknown): v is NumberColumn {
  if (Array.isArray(v)) return true;
  return ArrayBuffer.isView(v) && !(v instanceof DataView) && !(v instanceof BigInt64Array) && !(v instanceof BigUint64Array);
}

/** Integer typed arrays of at most 32 bits hold only safe whole numbers, so their rows need no whole-number check. */
function isSmallIntArray(col: NumberColumn): boolean {
  return col instanceof Int32Array || col instanceof Uint32Array || col instanceof Int16Array || col instanceof Uint16Array || col instanceof Int8Array || col instanceof Uint8Array;
}

/**
 * The reader's fast path: the latest time when every row keeps the rules above (the common case),
 * else NaN. One short loop per column (a loop that checks less runs faster, and integer typed
 * arrays skip the whole-number part of a rule, which they cannot break), each in a function of its
 * own so that it is optimised once, not on every call.
 */
function allValid(n: number, k: number, prospect: NumberColumn, stage: NumberColumn, at: NumberColumn): number {
  if (!isSmallIntArray(prospect) && !prospectsValid(n, prospect)) return Number.NaN;
  if (!(isSmallIntArray(stage) ? stagesInRange(n, k, stage) : stagesValid(n, k, stage))) return Number.NaN;
  return latestValid(n, at);
}

function prospectsValid(n: number, prospect: NumberColumn): boolean {
  for (let i = 0; i < n; i++) if (!prospectOk(prospect[i]!)) return false;
  return true;
}

function stagesValid(n: number, k: number, stage: NumberColumn): boolean {
  for (let i = 0; i < n; i++) if (!stageOk(stage[i]!, k)) return false;
  return true;
}

/** {@link stagesValid} for an integer typed array: whole numbers already, so only the range is checked. */
function stagesInRange(n: number, k: number, stage: NumberColumn): boolean {
  for (let i = 0; i < n; i++) if (!stageInRange(stage[i]!, k)) return false;
  return true;
}

function latestValid(n: number, at: NumberColumn): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const t = at[i]!;
    if (!atOk(t)) return Number.NaN;
    if (t > latest) latest = t;
  }
  return latest;
}

function codesValid(codes: NumberColumn, size: number): boolean {
  if (isSmallIntArray(codes)) return intCodesValid(codes, size);
  for (let i = 0; i < codes.length; i++) if (!codeOk(codes[i]!, size)) return false;
  return true;
}

/**
 * {@link codeOk} for a whole integer typed array: whole numbers already, so only the range is
 * checked. Shifted up by one, a valid code is 0 … size − 1 + 1 and any negative one wraps to 2^31
 * or more as an unsigned number, so one maximum tells; four of them, so that no step waits on the
 * one before. (A Uint32Array's 2^32 − 1 would wrap to 0: it takes the plain loop.)
 */
function intCodesValid(codes: NumberColumn, size: number): boolean {
  if (codes instanceof Uint32Array) {
    for (let i = 0; i < codes.length; i++) if (!(codes[i]! < size)) return false;
    return true;
  }
  const n = codes.length;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    m0 = Math.max(m0, (codes[i]! + 1) >>> 0);
    m1 = Math.max(m1, (codes[i + 1]! + 1) >>> 0);
    m2 = Math.max(m2, (codes[i + 2]! + 1) >>> 0);
    m3 = Math.max(m3, (codes[i + 3]! + 1) >>> 0);
  }
  for (; i < n; i++) m0 = Math.max(m0, (codes[i]! + 1) >>> 0);
  return Math.max(m0, m1, m2, m3) <= size;
}

function newValid(col: NumberColumn): boolean {
  for (let i = 0; i < col.length; i++) if (!newOk(col[i]!)) return false;
  return true;
}

function valuesValid(col: NumberColumn): boolean {
  for (let i = 0; i < col.length; i++) if (!valueOk(col[i]!)) return false;
  return true;
}

/** The error of a number in a row that breaks its column's rule: the code of its condition, as everywhere a number is read. */
function numberError(x: unknown, about: FailParams, whole: boolean): [ErrorCode, FailParams] {
  if (typeof x !== 'number') return ['INVALID_INPUT', { ...about, received: x }];
  if (!Number.isFinite(x)) return ['NOT_FINITE', { ...about, received: x }];
  if (whole && x !== Math.floor(x)) return ['NOT_INTEGER', { ...about, received: x }];
  return ['NUMBER_TOO_LARGE', { ...about, expected: 'countLimit', received: x }];
}

function range(col: NumberColumn, m: number): [number, number] {
  if (m === 0) return [0, -1];
  let lo = col[0]!;
  let hi = lo;
  for (let i = 1; i < m; i++) {
    const p = col[i]!;
    if (p < lo) lo = p;
    else if (p > hi) hi = p;
  }
  return [lo, hi];
}

/**
 * {@link analyzeFunnel} over columns (typed arrays) instead of record objects: the same report,
 * computed without creating an object per record — for logs of millions of rows (from Arrow,
 * Parquet, DuckDB or a CSV parser that fills typed arrays).
 *
 * Row i is the record `{ prospect: String(prospect[i]), stage: funnel.ids[stage[i]], at: at[i],
 * source: source.names[source.codes[i]], ... }`; the report equals `analyzeFunnel` on those records
 * (a property test checks it). `by` may be `'rep'`, `'source'`, `'month'` or `'week'` (a function
 * of a record needs record objects: use analyzeFunnel).
 *
 * @param funnel - from {@link defineFunnel}.
 * @param columns - {@link ActivityColumns}, all of the same length.
 * @param options - as for {@link analyzeFunnel}.
 * @returns an {@link ActivityReport}; with `onInvalid: 'skip'` a bad row is in `rejected` under its row index.
 * @throws FunnelMathError for a row (path `['columns', column, row]`, the message counting rows
 *   from 1): `INVALID_INPUT`, `NOT_FINITE`, `NOT_INTEGER`, `NUMBER_TOO_LARGE`, `UNKNOWN_STAGE`,
 *   `INVALID_DATE`, `NEGATIVE`; for the columns: `INVALID_INPUT`, `MISSING_VALUE`,
 *   `UNKNOWN_OPTION`, `UNREADABLE_INPUT`; and the option codes of {@link analyzeFunnel}.
 * @example
 * import { analyzeColumns, defineFunnel } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
 * const day = 86_400_000;
 * const report = analyzeColumns(funnel, {
 *   prospect: Int32Array.from([1, 1, 2, 1, 3]),
 *   stage: Uint8Array.from([0, 1, 0, 2, 0]),
 *   at: Float64Array.from([0, 2 * day, day, 5 * day, 6 * day]),
 * });
 * report.stages.map((s) => s.prospects); // => [3, 1, 1]
 * report.stages[1]!.ofPrevious!.label; // => '33.3% of call (1 of 3)'
 * report.stages[2]!.timeFromFirst!.median; // => 432000000
 * @category Activity logs
 */
export function analyzeColumns<Id extends string>(funnel: Funnel<Id>, columns: ActivityColumns, options?: AnalyzeOptions<NoInfer<Id>>): ActivityReport<Id> {
  const f = asFunnel(funnel);
  const settings = readSettings(f, options);
  if (settings.by === 'function') fail('INVALID_INPUT', { ...EV, subject: 'groupBy', expected: 'columnGroupBy', received: settings.byFn }, ['options', 'by']);
  const given = readColumns(columns);
  const { prospect, stage, at, source, rep, reason, isNew, value } = given;
  const n = prospect.length;

  // --- the one reader of the rows; the engine trusts them -------------------------------------------
  const K = f.ids.length;
  const stageMap = settings.stageMap;
  const rejected: RejectedRecord[] = [];
  let excluded = 0;
  let keep: Int32Array | null = null; // rows to use, when some are left out
  let kept = 0;
  const leaveOut = (i: number) => {
    if (!keep) {
      keep = new Int32Array(n);
      for (let j = 0; j < i; j++) keep[j] = j;
      kept = i;
    }
  };
  const bad = (code: ErrorCode, column: string, i: number, params: FailParams) => {
    const path = ['columns', column, i];
    if (!settings.skip) fail(code, params, path);
    try {
      fail(code, params, path);
    } catch (error) {
      const e = error as FunnelMathError;
      rejected.push({ index: i, code, path, reason: e.message });
    }
    leaveOut(i);
  };
  const about = (column: string, i: number, expected: ErrorExpectation): FailParams => ({ ...EV, subject: 'columnRow', column, row: i + 1, expected });
  // fast path: every row keeps every rule (checked a column at a time); else each row is read in turn
  const latestFast = allValid(n, K, prospect, stage, at);
  const fast = !Number.isNaN(latestFast) && [source, rep, reason].every((c) => !c || codesValid(c.codes, c.names.length)) && (!isNew || newValid(isNew)) && (!value || valuesValid(value));
  const excluding = stageMap.some((to) => to < 0);
  if (fast && excluding) {
    // every row is valid: only the rows at excluded stages are left out
    for (let i = 0; i < n; i++) {
      if (stageMap[stage[i]!]! < 0) {
        excluded++;
        leaveOut(i);
      } else if (keep) (keep as Int32Array)[kept++] = i;
    }
  }
  for (let i = fast ? n : 0; i < n; i++) {
    const p = prospect[i]!;
    const s = stage[i]!;
    const t = at[i]!;
    if (!prospectOk(p)) {
      const [code, params] = numberError(p, about('prospect', i, 'prospectNumber'), true);
      bad(code, 'prospect', i, params);
      continue;
    }
    if (!stageOk(s, K)) {
      if (Number.isInteger(s)) {
        bad('UNKNOWN_STAGE', 'stage', i, { ...EV, subject: 'columnRow', column: 'stage', row: i + 1, key: String(s), stages: f.ids.map((id, j) => `${j} = ${id}`).join(', ') });
      } else {
        const [code, params] = numberError(s, about('stage', i, 'eventStage'), true);
        bad(code, 'stage', i, params);
      }
      continue;
    }
    if (!atOk(t)) {
      bad('INVALID_DATE', 'at', i, { ...about('at', i, typeof t === 'number' && Number.isSafeInteger(t) ? 'instantInRange' : 'epochMilliseconds'), received: t });
      continue;
    }
    const coded: [string, CodedColumn | null][] = [['source', source], ['rep', rep], ['reason', reason]];
    let broken = false;
    for (const [column, c] of coded) {
      if (c && !codeOk(c.codes[i]!, c.names.length)) {
        bad('INVALID_INPUT', column, i, { ...about(column, i, 'columnCode'), last: c.names.length - 1, received: c.codes[i] });
        broken = true;
        break;
      }
    }
    if (broken) continue;
    if (isNew && !newOk(isNew[i]!)) {
      bad('INVALID_INPUT', 'isNew', i, { ...about('isNew', i, 'columnIsNew'), received: isNew[i] });
      continue;
    }
    if (value && !valueOk(value[i]!)) {
      const v = value[i]!;
      if (typeof v === 'number' && v < 0) bad('NEGATIVE', 'value', i, { ...about('value', i, 'amount'), received: v });
      else {
        const [code, params] = numberError(v, about('value', i, 'amount'), false);
        bad(code, 'value', i, params);
      }
      continue;
    }
    if (stageMap[s]! < 0) {
      excluded++;
      leaveOut(i);
      continue;
    }
    if (keep) (keep as Int32Array)[kept++] = i;
  }
  const rows: Int32Array | null = keep ? (keep as Int32Array).subarray(0, kept) : null;
  const m = rows ? rows.length : n;
  const row = rows ? (i: number) => rows[i]! : (i: number) => i;

  // --- prospect numbers: the engine needs indexes 0 … P − 1 ----------------------------------------
  const pcol: NumberColumn = rows ? rowsOf(prospect, rows, new Float64Array(m)) : prospect;
  const [lo, hi] = range(pcol, m);
  let prospectIndex: NumberColumn;
  let prospectCount: number;
  let prospectName: (i: number) => string;
  if (m > 0 && lo >= 0 && hi < m + 1024) {
    // small non-negative ids (the usual case) are their own indexes: no numbering pass; ids that
    // never occur are prospects without records, which the engine skips (at most about one per
    // row, so per-prospect state stays within a few bytes per row)
    prospectIndex = pcol;
    prospectCount = hi + 1;
    prospectName = (i) => String(i);
  } else {
    // dense numbers in order of first appearance
    const dense = new Int32Array(m);
    const ids = new Float64Array(m);
    let count = 0;
    if (m > 0 && lo >= 0 && hi < 4 * m + 1024) {
      const table = new Int32Array(hi + 1).fill(-1);
      for (let i = 0; i < m; i++) {
        const p = pcol[i]!;
        let d = table[p]!;
        if (d < 0) {
          d = table[p] = count;
          ids[count++] = p;
        }
        dense[i] = d;
      }
    } else {
      const table = new Map<number, number>();
      for (let i = 0; i < m; i++) {
        const p = pcol[i]! || 0; // −0 is prospect 0
        let d = table.get(p);
        if (d === undefined) {
          d = count;
          table.set(p, d);
          ids[count++] = p;
        }
        dense[i] = d;
      }
    }
    prospectIndex = dense;
    prospectCount = count;
    prospectName = (i) => String(ids[i]!);
  }
  const pick = (c: NumberColumn | null, map?: (x: number) => number): NumberColumn | null => {
    if (!c) return null;
    if (!rows && !map) return c;
    const out = new Int32Array(m);
    if (!rows) for (let i = 0; i < m; i++) out[i] = map!(c[i]!);
    else if (!map) for (let i = 0; i < m; i++) out[i] = c[rows[i]!]!;
    else for (let i = 0; i < m; i++) out[i] = map(c[rows[i]!]!);
    return out;
  };
  const identity = stageMap.every((to, from) => to === from);
  const stageCol = identity ? pick(stage)! : stagesAfterExclusion(stage, rows, m, Int32Array.from(stageMap));
  const atCol: NumberColumn = rows ? rowsOf(at, rows, new Float64Array(m)) : at;
  const values = value;
  const valueOf = values ? (e: number): Ratio | null => toRatio(values[row(e)]!) : () => null;
  return runEngine(
    {
      n: m,
      prospect: prospectIndex,
      prospectCount,
      prospectName,
      stage: stageCol,
      at: atCol,
      source: pick(source?.codes ?? null),
      sourceNames: source?.names ?? [],
      rep: pick(rep?.codes ?? null),
      repNames: rep?.names ?? [],
      reason: pick(reason?.codes ?? null),
      reasonNames: reason?.names ?? [],
      key: null,
      keyNames: [],
      isNew: pick(isNew),
      value: valueOf,
      hasValues: values !== null && m > 0,
    },
    settings,
    // the latest time of the rows is that of the rows used unless some were left out
    fast && n > 0 && !excluding ? { records: n, excludedStage: excluded, rejected, latest: latestFast } : { records: n, excludedStage: excluded, rejected },
  ) as ActivityReport<Id>;
}

/** The entries of `col` at `rows`, into `out`. */
function rowsOf<T extends Float64Array | Int32Array>(col: NumberColumn, rows: Int32Array, out: T): T {
  for (let i = 0; i < rows.length; i++) out[i] = col[rows[i]!]!;
  return out;
}

/** The stage of each row used (all rows, or `rows`) as a position in the funnel after exclusion. */
function stagesAfterExclusion(stage: NumberColumn, rows: Int32Array | null, m: number, map: Int32Array): Uint8Array {
  const out = new Uint8Array(m);
  if (rows) for (let i = 0; i < m; i++) out[i] = map[stage[rows[i]!]!]!;
  else for (let i = 0; i < m; i++) out[i] = map[stage[i]!]!;
  return out;
}

/** The columns as given, each checked for its shape (the rows are read by {@link analyzeColumns}). */
interface GivenColumns {
  readonly prospect: NumberColumn;
  readonly stage: NumberColumn;
  readonly at: NumberColumn;
  readonly source: CodedColumn | null;
  readonly rep: CodedColumn | null;
  readonly reason: CodedColumn | null;
  readonly isNew: NumberColumn | null;
  readonly value: NumberColumn | null;
}

/** Reads the columns object: its keys, each column's kind, and that every column has a row per prospect. */
function readColumns(columns: unknown): GivenColumns {
  const path = ['columns'];
  const raw: Record<string, unknown> = {};
  let extra: string | undefined;
  // the one step that touches the caller's object
  try {
    if (!isPlainObject(columns)) {
      fail(columns === undefined ? 'MISSING_VALUE' : 'INVALID_INPUT', { ...EV, subject: 'columns', expected: 'activityColumns', received: columns }, path);
    }
    for (const k of FIELDS) raw[k] = Object.hasOwn(columns, k) ? columns[k] : undefined;
    extra = Object.keys(columns).find((k) => !FIELDS.includes(k));
  } catch (error) {
    if (error instanceof FunnelMathError) throw error;
    return fail('UNREADABLE_INPUT', { ...EV, subject: 'columns' }, path);
  }
  if (extra !== undefined) fail('UNKNOWN_OPTION', { ...EV, subject: 'columns', key: extra, suggestion: suggestKey(extra, FIELDS), allowed: listKeys(FIELDS) }, [...path, extra]);
  const col = (name: string, required: boolean): NumberColumn | null => {
    const v = raw[name];
    if (v === undefined && !required) return null;
    if (!isColumn(v)) fail(v === undefined ? 'MISSING_VALUE' : 'INVALID_INPUT', { ...EV, subject: 'column', column: name, expected: 'numberColumn', received: v }, [...path, name]);
    return v;
  };
  const coded = (name: string): CodedColumn | null => {
    const v = raw[name];
    if (v === undefined) return null;
    const about: FailParams = { ...EV, subject: 'column', column: name, expected: 'codedColumn' };
    let codes: unknown;
    let names: unknown[] | null = null;
    let extraKey: string | undefined;
    try {
      if (!isPlainObject(v)) return fail('INVALID_INPUT', { ...about, received: v }, [...path, name]);
      codes = v['codes'];
      names = Array.isArray(v['names']) ? ownArray(v['names'] as unknown[]) : null;
      extraKey = Object.keys(v).find((k) => !CODED.includes(k));
    } catch (error) {
      if (error instanceof FunnelMathError) throw error;
      return fail('UNREADABLE_INPUT', about, [...path, name]);
    }
    if (extraKey !== undefined) fail('UNKNOWN_OPTION', { ...about, key: extraKey, suggestion: suggestKey(extraKey, CODED), allowed: listKeys(CODED) }, [...path, name, extraKey]);
    if (!isColumn(codes) || !names || !names.every((x) => typeof x === 'string')) fail('INVALID_INPUT', { ...about, received: v }, [...path, name]);
    return { codes, names: names as string[] };
  };
  const out: GivenColumns = {
    prospect: col('prospect', true)!,
    stage: col('stage', true)!,
    at: col('at', true)!,
    source: coded('source'),
    rep: coded('rep'),
    reason: coded('reason'),
    isNew: col('isNew', false),
    value: col('value', false),
  };
  const n = out.prospect.length;
  const lengths: [string, NumberColumn | null][] = [
    ['stage', out.stage],
    ['at', out.at],
    ['source', out.source?.codes ?? null],
    ['rep', out.rep?.codes ?? null],
    ['reason', out.reason?.codes ?? null],
    ['isNew', out.isNew],
    ['value', out.value],
  ];
  for (const [name, c] of lengths) {
    if (c && c.length !== n) fail('INVALID_INPUT', { ...EV, subject: 'column', column: name, expected: 'columnLength', rows: n, received: c.length }, [...path, name]);
  }
  return out;
}
