/**
 * Growable typed columns for activity records: what {@link analyzeFunnel} and the accumulator read
 * records into, and what the engine reads. One entry per used record in each column; text is
 * coded through dictionaries kept in order of first appearance. A column that no record has used
 * yet (reason, isNew, value, group key; source and rep) is not allocated at all, so a log without
 * it costs nothing for it.
 * @internal
 * @module
 */

/** Names in order of first appearance and the code of each. */
export interface Dictionary {
  readonly names: string[];
  readonly codes: Map<string, number>;
  /**
   * A few names looked up lately and their codes, in slots by a cheap hash of the text (its length
   * and end characters): a source or rep repeats across a log, and a slot that holds this very
   * string answers without the map's hashing of the text.
   */
  readonly slotNames: (string | undefined)[];
  readonly slotCodes: Int32Array;
}

const SLOTS = 64;

/**
 * The prospects: codes in order of first appearance, looked up by id text or id number. An id
 * first seen as a number keeps it and gets its text only when asked (most logs number their
 * prospects, and a text per prospect is most of the memory a dictionary takes); `5` and `'5'` are
 * one prospect, as the text of a number is its id.
 */
export interface Prospects {
  /** The id text of each prospect; undefined until asked for one first seen as a number. */
  readonly names: (string | undefined)[];
  /** The id number each prospect was first seen as, NaN for one first seen as text. */
  readonly ids: number[];
  readonly byText: Map<string, number>;
  /** Whole ids from 0 in a table (−1 = not seen), others in a map. */
  byNumber: Int32Array;
  readonly byOtherNumber: Map<number, number>;
}

/** Values: whole amounts as themselves, NaN for none, {@link EXACT} when the exact text is in `exact`. */
export const EXACT = -1;

export interface Columns {
  /** Records held; every column has at least this many entries. */
  n: number;
  cap: number;
  /** Dense prospect number, 0 … prospects.names.length − 1. */
  p: Int32Array;
  /** Stage index after exclusion. */
  s: Uint8Array;
  /** Epoch milliseconds. */
  t: Float64Array;
  /** Codes into the dictionaries, −1 for none; null while no record has one. */
  src: Int32Array | null;
  rep: Int32Array | null;
  reason: Int32Array | null;
  key: Int32Array | null;
  /** 1 new, 0 existing, −1 unknown; null while no record says. */
  nw: Int8Array | null;
  /** See {@link EXACT}; null while no record has a value. */
  val: Float64Array | null;
  /** Record → exact fraction text, for the values that are not safe whole numbers. */
  readonly exact: Map<number, string>;
  readonly prospects: Prospects;
  readonly sources: Dictionary;
  readonly reps: Dictionary;
  readonly reasons: Dictionary;
  readonly keys: Dictionary;
}

export function dictionary(names: readonly string[] = []): Dictionary {
  return { names: [...names], codes: new Map(names.map((name, i) => [name, i])), slotNames: new Array<string | undefined>(SLOTS).fill(undefined), slotCodes: new Int32Array(SLOTS) };
}

/** Empty columns with room for `cap` records (they grow beyond it). */
export function emptyColumns(cap = 0): Columns {
  const c = Math.max(cap, 16);
  return {
    n: 0,
    cap: c,
    p: new Int32Array(c),
    s: new Uint8Array(c),
    t: new Float64Array(c),
    src: null,
    rep: null,
    reason: null,
    key: null,
    nw: null,
    val: null,
    exact: new Map(),
    prospects: { names: [], ids: [], byText: new Map(), byNumber: new Int32Array(0), byOtherNumber: new Map() },
    sources: dictionary(),
    reps: dictionary(),
    reasons: dictionary(),
    keys: dictionary(),
  };
}

/** The code of `name`, added at the end when new. */
export function codeOf(d: Dictionary, name: string): number {
  const len = name.length;
  const slot = (len * 7 + name.charCodeAt(len - 1) * 3 + name.charCodeAt(len >> 1)) & (SLOTS - 1);
  if (d.slotNames[slot] === name) return d.slotCodes[slot]!;
  const code = d.codes.get(name) ?? newCode(d, name);
  d.slotNames[slot] = name;
  d.slotCodes[slot] = code;
  return code;
}

function newCode(d: Dictionary, name: string): number {
  const code = d.names.length;
  d.names.push(name);
  d.codes.set(name, code);
  return code;
}

/** Whole ids below this many per record held (plus a margin) go in the table: it stays a few bytes per record. */
const TABLE_PER_RECORD = 4;
const TABLE_MARGIN = 1024;

/** The code of the prospect the finite number `id` names, or −1 when none has that id yet. */
function numberCode(ps: Prospects, id: number): number {
  const code = id >= 0 && id < ps.byNumber.length && id === Math.floor(id) ? ps.byNumber[id]! : -1;
  // the table grows with the records held: an id above it when first seen is in the map
  return code >= 0 ? code : (ps.byOtherNumber.get(id) ?? -1);
}

function rememberNumber(c: Columns, id: number, code: number): number {
  const ps = c.prospects;
  if (id >= 0 && id === Math.floor(id) && id < TABLE_PER_RECORD * (c.cap + TABLE_MARGIN)) {
    if (id >= ps.byNumber.length) {
      const table = new Int32Array(Math.min(Math.max(2 * ps.byNumber.length, id + 1, 256), TABLE_PER_RECORD * (c.cap + TABLE_MARGIN))).fill(-1);
      table.set(ps.byNumber);
      ps.byNumber = table;
    }
    ps.byNumber[id] = code;
  } else {
    ps.byOtherNumber.set(id, code);
  }
  return code;
}

/** A new prospect at the end. */
function newProspect(ps: Prospects, name: string | undefined, id: number): number {
  const code = ps.ids.length;
  ps.names.push(name);
  ps.ids.push(id);
  return code;
}

/** The code of the prospect whose id is the finite number `id`; text is made only when other prospects were given as text. */
export function prospectOfNumber(c: Columns, id: number): number {
  const table = c.prospects.byNumber;
  // a whole id from 0 seen before: one look in the table
  const code = id >= 0 && id < table.length && id === Math.floor(id) ? table[id]! : -1;
  return code >= 0 ? code : otherProspectOfNumber(c, id);
}

function otherProspectOfNumber(c: Columns, id: number): number {
  const ps = c.prospects;
  const code = ps.byOtherNumber.get(id);
  if (code !== undefined) return code;
  const known = ps.byText.size > 0 ? ps.byText.get(String(id)) : undefined;
  return rememberNumber(c, id, known ?? newProspect(ps, undefined, id === 0 ? 0 : id));
}

/** The code of the prospect whose id is the text `name`. */
export function prospectOfText(c: Columns, name: string): number {
  const ps = c.prospects;
  let code = ps.byText.get(name);
  if (code !== undefined) return code;
  // the text of a number seen before is that prospect
  const id = Number(name);
  code = Number.isFinite(id) ? numberCode(ps, id) : -1;
  if (code < 0 || String(id) !== name) code = newProspect(ps, name, Number.NaN);
  ps.byText.set(name, code);
  return code;
}

/** The id text of prospect `code`. */
export function prospectName(ps: Prospects, code: number): string {
  return ps.names[code] ?? (ps.names[code] = String(ps.ids[code]!));
}

/** The code in `c` of prospect `code` of `from`. */
export function prospectFrom(c: Columns, from: Prospects, code: number): number {
  const id = from.ids[code]!;
  return id === id ? prospectOfNumber(c, id) : prospectOfText(c, from.names[code]!);
}

/** Makes room for `more` records beyond those held. */
export function reserve(c: Columns, more: number): void {
  const need = c.n + more;
  if (need <= c.cap) return;
  // half again as much: amortised appends without doubling the memory of a large log
  const cap = Math.max(need, c.cap + (c.cap >> 1), 16);
  c.p = grown(c.p, new Int32Array(cap), c.n);
  c.s = grown(c.s, new Uint8Array(cap), c.n);
  c.t = grown(c.t, new Float64Array(cap), c.n);
  if (c.src) c.src = grown(c.src, new Int32Array(cap).fill(-1), c.n);
  if (c.rep) c.rep = grown(c.rep, new Int32Array(cap).fill(-1), c.n);
  if (c.reason) c.reason = grown(c.reason, new Int32Array(cap).fill(-1), c.n);
  if (c.key) c.key = grown(c.key, new Int32Array(cap).fill(-1), c.n);
  if (c.nw) c.nw = grown(c.nw, new Int8Array(cap).fill(-1), c.n);
  if (c.val) c.val = grown(c.val, new Float64Array(cap).fill(Number.NaN), c.n);
  c.cap = cap;
}

function grown<A extends Int32Array | Uint8Array | Int8Array | Float64Array>(from: A, to: A, n: number): A {
  to.set(from.subarray(0, n));
  return to;
}

/** The code column of a coded field, allocated (every entry "none") the first time a record has one. */
export function codes(c: Columns, field: 'src' | 'rep' | 'reason' | 'key'): Int32Array {
  return c[field] ?? (c[field] = new Int32Array(c.cap).fill(-1));
}

export function isNewColumn(c: Columns): Int8Array {
  return c.nw ?? (c.nw = new Int8Array(c.cap).fill(-1));
}

export function valueColumn(c: Columns): Float64Array {
  return c.val ?? (c.val = new Float64Array(c.cap).fill(Number.NaN));
}

/** Record `e`'s value as exact fraction text, or null. */
export function valueText(c: Columns, e: number): string | null {
  const v = c.val ? c.val[e]! : Number.NaN;
  if (v !== v) return null;
  return v === EXACT ? c.exact.get(e)! : String(v);
}

/** Canonical text of a safe whole number ≥ 0: such a value is kept as its number, any other text as is. */
const WHOLE = /^(?:0|[1-9]\d{0,15})$/;

/** Stores value text read from a saved state at record `e`, keeping the text exactly as it was. */
export function setValueText(c: Columns, e: number, text: string): void {
  const col = valueColumn(c);
  const x = WHOLE.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(x)) col[e] = x;
  else {
    col[e] = EXACT;
    c.exact.set(e, text);
  }
}
