import { isUtf8 } from 'node:buffer';
import { InputError } from './args.js';
import { detectDelimiter } from './csv.js';

/**
 * CSV read as bytes: a streaming reader that finds the fields of each row without making a string
 * of them, and dictionaries that give each distinct text a number by its bytes, so a log of
 * millions of rows becomes typed columns with one string per distinct value, not one per cell.
 * The rules are those of {@link CsvReader} (a property test compares the two on random text cut
 * into random chunks).
 * @module
 */

const QUOTE = 34;
const CR = 13;
const LF = 10;
/** FNV-1a, the hash of the dictionaries' bytes. */
export const FNV_BASIS = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
const DELIMITER = 1;
const BREAK = 2;
const OPEN_QUOTE = 3;

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** Bytes as text (already checked to be UTF-8 where they came in). */
export const textOf = (buf: Uint8Array, start: number, end: number): string => utf8.decode(buf.subarray(start, end));

/**
 * A field's text as {@link CsvReader} reads it: each quote opens or closes a quoted part, and a
 * quote right after a closing one is a quote of the text. Only fields that hold a quote need it.
 */
export function unquote(raw: string): string {
  let out = '';
  let quoted = false;
  let afterQuote = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quoted) {
      if (c === '"') {
        quoted = false;
        afterQuote = true;
      } else out += c;
    } else if (c === '"') {
      if (afterQuote) out += '"';
      quoted = true;
      afterQuote = false;
    } else {
      afterQuote = false;
      out += c;
    }
  }
  return out;
}

/**
 * Reads CSV bytes pushed in chunks of any size, and calls `onRow` with itself for every row that
 * is not blank: field k of the row (k below `width`) is `buf[starts[k] … ends[k])`, quotes still in
 * when `quotes[k]` is 1; `fields` is how many the row has, `line` the line of the file it starts
 * on. A row cut by the end of a chunk is kept, with where the reading of it stopped, and finished
 * with the next chunk; a CR ending one chunk and an LF starting the next are one line break.
 */
export class CsvByteReader {
  buf: Uint8Array = new Uint8Array(0);
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  quotes = new Uint8Array(16);
  fields = 0;
  line: number;
  /** The bytes fed so far. */
  bytesRead = 0;
  /**
   * A reader of whole rows in one common form, tried at the start of each row: it reads the row
   * starting at `i` and returns where the next row starts (after its line break), or −1 to leave
   * the row to this reader (anything unusual, or a row that the chunk does not hold whole).
   */
  fast: ((buf: Uint8Array, i: number, end: number) => number) | null = null;
  /** How many fields of a row are kept (the rest are counted): the columns that are read. */
  width = Number.MAX_SAFE_INTEGER;

  /** The unfinished row, from its first byte, and where its reading stopped. */
  private carry: Uint8Array = new Uint8Array(1 << 12);
  private carryLen = 0;
  private pos = 0;
  private fieldStart = 0;
  private nf = 0;
  private quoted = false;
  private hasQuote = 0;
  /** Line breaks inside quoted fields of the unfinished row. */
  private extraLines = 0;
  private nextLine: number;
  private skipLF = false;
  /** What each byte is outside quotes: 0 (part of a field), a separator, a line break or a quote. */
  private readonly kinds = new Uint8Array(256);

  /** `delimiter`: an ASCII separator's byte; `firstLine`: the line of the file the bytes fed start on. */
  constructor(readonly delimiter: number, private readonly onRow: (row: CsvByteReader) => void, firstLine = 1) {
    this.line = firstLine;
    this.nextLine = firstLine;
    this.kinds[delimiter] = DELIMITER;
    this.kinds[QUOTE] = OPEN_QUOTE;
    this.kinds[CR] = BREAK;
    this.kinds[LF] = BREAK;
  }

  /** Feeds a chunk (it is not kept: the caller may reuse it). */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.bytesRead += chunk.length;
    let from = 0;
    if (this.skipLF) {
      this.skipLF = false;
      if (chunk[0] === LF) from = 1;
    }
    if (this.carryLen > 0) {
      const need = this.carryLen + chunk.length - from;
      if (need > this.carry.length) {
        const bigger = new Uint8Array(Math.max(need, 2 * this.carry.length));
        bigger.set(this.carry.subarray(0, this.carryLen));
        this.carry = bigger;
      }
      this.carry.set(from === 0 ? chunk : chunk.subarray(from), this.carryLen);
      this.carryLen = need;
      this.scan(this.carry, 0, need, false);
    } else {
      this.scan(chunk, from, chunk.length, false);
    }
  }

  /** Reads a last row that has no line break after it. */
  end(): void {
    if (this.carryLen > 0) this.scan(this.carry, 0, this.carryLen, true);
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const s = new Int32Array(n);
    const e = new Int32Array(n);
    const q = new Uint8Array(n);
    s.set(this.starts);
    e.set(this.ends);
    q.set(this.quotes);
    this.starts = s;
    this.ends = e;
    this.quotes = q;
  }

  /** Reads `buf[rowStart … end)`, where the first row continues the unfinished one (if any). */
  private scan(buf: Uint8Array, rowStart: number, end: number, final: boolean): void {
    const delimiter = this.delimiter;
    const width = Math.min(this.width, 1 << 20);
    let starts = this.starts;
    let ends = this.ends;
    let quotes = this.quotes;
    let i = rowStart + this.pos;
    let fieldStart = rowStart + this.fieldStart;
    let nf = this.nf;
    let quoted = this.quoted;
    let hasQuote = this.hasQuote;
    let extra = this.extraLines;
    this.buf = buf;
    const kinds = this.kinds;
    if (this.fast !== null && i === rowStart) i = rowStart = fieldStart = this.fastRows(buf, i, end);
    while (i < end) {
      const c = buf[i]!;
      if (quoted) {
        if (c === QUOTE) quoted = false;
        // a line break inside a quoted field is still a line of the file
        else if (c === CR || (c === LF && buf[i - 1] !== CR)) extra++;
        i++;
        continue;
      }
      // most bytes are none of the four that matter: one table look-up each
      const kind = kinds[c]!;
      if (kind === 0) {
        i++;
      } else if (kind === DELIMITER || kind === BREAK) {
        // the field ends here, at a delimiter or at the end of the row
        if (nf < width) {
          if (nf >= starts.length) {
            this.grow();
            starts = this.starts;
            ends = this.ends;
            quotes = this.quotes;
          }
          starts[nf] = fieldStart;
          ends[nf] = i;
          quotes[nf] = hasQuote;
        }
        if (kind === DELIMITER) {
          nf++;
          hasQuote = 0;
          fieldStart = ++i;
          continue;
        }
        this.emit(nf + 1);
        this.nextLine += 1 + extra;
        this.line = this.nextLine;
        extra = 0;
        nf = 0;
        hasQuote = 0;
        i++;
        // the LF of a CRLF ended the row at its CR
        if (c === CR) {
          if (i < end) {
            if (buf[i] === LF) i++;
          } else if (!final) this.skipLF = true;
        }
        if (this.fast !== null) i = this.fastRows(buf, i, end);
        rowStart = i;
        fieldStart = i;
      } else {
        quoted = true;
        hasQuote = 1;
        i++;
      }
    }
    if (final) {
      if (rowStart < end) {
        if (nf < width) {
          if (nf >= starts.length) this.grow();
          this.starts[nf] = fieldStart;
          this.ends[nf] = end;
          this.quotes[nf] = hasQuote;
        }
        this.emit(nf + 1);
      }
      this.carryLen = 0;
      this.pos = this.fieldStart = this.nf = this.extraLines = this.hasQuote = 0;
      this.quoted = false;
      return;
    }
    // keep the unfinished row, its offsets counted from its first byte
    const left = end - rowStart;
    if (left > 0) {
      if (buf === this.carry) this.carry.copyWithin(0, rowStart, end);
      else {
        if (left > this.carry.length) this.carry = new Uint8Array(Math.max(left, 2 * this.carry.length));
        this.carry.set(buf.subarray(rowStart, end));
      }
      for (let k = 0; k < Math.min(nf, width); k++) {
        this.starts[k]! -= rowStart;
        this.ends[k]! -= rowStart;
      }
    }
    this.carryLen = left;
    this.pos = left;
    this.fieldStart = fieldStart - rowStart;
    this.nf = nf;
    this.quoted = quoted;
    this.hasQuote = hasQuote;
    this.extraLines = extra;
  }

  /** Rows read by {@link fast} from `i`, one after another: where the first it left starts. */
  private fastRows(buf: Uint8Array, i: number, end: number): number {
    const fast = this.fast!;
    for (;;) {
      const next = fast(buf, i, end);
      if (next < 0) return i;
      this.nextLine++;
      this.line = this.nextLine;
      i = next;
    }
  }

  private emit(fields: number): void {
    this.fields = fields;
    // a blank line (one empty field) is no row
    if (fields === 1 && (this.ends[0] === this.starts[0] || (this.quotes[0] === 1 && unquote(textOf(this.buf, this.starts[0]!, this.ends[0]!)) === ''))) return;
    this.onRow(this);
  }

  /** Field k's text as {@link CsvReader} gives it ('' for a field the row lacks). */
  text(k: number): string {
    if (k >= this.fields || k >= this.width) return '';
    const raw = textOf(this.buf, this.starts[k]!, this.ends[k]!);
    return this.quotes[k] === 1 ? unquote(raw) : raw;
  }
}

/** ASCII white space, which trimming removes; a byte at either end of 0x80 or more might start or end other white space. */
const isSpace = (b: number) => b === 32 || (b >= 9 && b <= 13);

/**
 * The trimmed bytes of a field, as `[start, end]` packed into `out`: a field without quotes, or
 * quoted whole with no quote inside; false when reading it needs its text (other quotes, or a byte
 * at an end that may belong to non-ASCII white space such as a no-break space).
 */
export function trimmed(row: CsvByteReader, k: number, out: Int32Array): boolean {
  if (k >= row.fields) {
    out[0] = out[1] = 0;
    return true;
  }
  const buf = row.buf;
  let s = row.starts[k]!;
  let e = row.ends[k]!;
  while (s < e && isSpace(buf[s]!)) s++;
  while (e > s && isSpace(buf[e - 1]!)) e--;
  if (row.quotes[k] === 1) {
    // a field quoted whole, with no quote inside, is the text between its quotes
    if (e - s < 2 || buf[s] !== QUOTE || buf[e - 1] !== QUOTE || buf.subarray(s + 1, e - 1).includes(QUOTE)) return false;
    s++;
    e--;
    while (s < e && isSpace(buf[s]!)) s++;
    while (e > s && isSpace(buf[e - 1]!)) e--;
  }
  if (s < e && (buf[s]! >= 0x80 || buf[e - 1]! >= 0x80)) return false;
  out[0] = s;
  out[1] = e;
  return true;
}

/**
 * A number for each distinct byte string, in order of first appearance, by an open-addressing
 * hash table over the bytes (kept once, in one buffer); `text(code)` decodes a value once.
 */
export class ByteDictionary {
  size = 0;
  private table = new Int32Array(1 << 10).fill(-1);
  private hashes = new Int32Array(256);
  private offsets = new Int32Array(257);
  private arena: Uint8Array = new Uint8Array(1 << 12);
  private texts: (string | undefined)[] = [];

  /**
   * The last code seen for each signature (length, first and last byte): a short list of names
   * (stages, reps, sources) is mostly found there, with one comparison and no hash.
   */
  private readonly recent = new Int32Array(256).fill(-1);

  /** The code of `buf[start … end)`, adding it when new. */
  code(buf: Uint8Array, start: number, end: number): number {
    const len = end - start;
    const sig = len > 0 ? (len * 31 + buf[start]! * 7 + buf[end - 1]!) & 255 : 0;
    const seen = this.recent[sig]!;
    if (seen >= 0) {
      const o = this.offsets[seen]!;
      if (this.offsets[seen + 1]! - o === len) {
        let k = 0;
        while (k < len && this.arena[o + k] === buf[start + k]) k++;
        if (k === len) return seen;
      }
    }
    const c = this.find(buf, start, end);
    this.recent[sig] = c;
    return c;
  }

  private find(buf: Uint8Array, start: number, end: number): number {
    let h = FNV_BASIS;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, FNV_PRIME);
    return this.codeHashed(buf, start, end, h);
  }

  /** {@link code} when the bytes' FNV-1a hash (`FNV_BASIS`, `FNV_PRIME`) was taken while they were read. */
  codeHashed(buf: Uint8Array, start: number, end: number, h: number): number {
    const mask = this.table.length - 1;
    const len = end - start;
    let slot = h & mask;
    for (;;) {
      const c = this.table[slot]!;
      if (c < 0) break;
      if (this.hashes[c] === h) {
        const o = this.offsets[c]!;
        if (this.offsets[c + 1]! - o === len) {
          let k = 0;
          while (k < len && this.arena[o + k] === buf[start + k]) k++;
          if (k === len) return c;
        }
      }
      slot = (slot + 1) & mask;
    }
    return this.add(buf, start, end, h, slot);
  }

  /** The code of a text (read the slow way), the same as its bytes get. */
  codeOfText(text: string): number {
    const bytes = encoder.encode(text);
    return this.code(bytes, 0, bytes.length);
  }

  private add(buf: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const c = this.size++;
    if (c + 1 >= this.hashes.length) {
      const n = 2 * this.hashes.length;
      const hashes = new Int32Array(n);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const offsets = new Int32Array(n + 1);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    const o = this.offsets[c]!;
    const len = end - start;
    if (o + len > this.arena.length) {
      const arena = new Uint8Array(Math.max(2 * this.arena.length, o + len));
      arena.set(this.arena);
      this.arena = arena;
    }
    this.arena.set(buf.subarray(start, end), o);
    this.offsets[c + 1] = o + len;
    this.hashes[c] = h;
    this.table[slot] = c;
    if (2 * this.size > this.table.length) this.rehash();
    return c;
  }

  private rehash(): void {
    const table = new Int32Array(2 * this.table.length).fill(-1);
    const mask = table.length - 1;
    for (let c = 0; c < this.size; c++) {
      let slot = this.hashes[c]! & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = c;
    }
    this.table = table;
  }

  /** The text of a code, decoded once. */
  text(code: number): string {
    let t = this.texts[code];
    if (t === undefined) t = this.texts[code] = textOf(this.arena, this.offsets[code]!, this.offsets[code + 1]!);
    return t;
  }

  /** Every value's text, by code. */
  names(): string[] {
    return Array.from({ length: this.size }, (_, c) => this.text(c));
  }
}

/** A hash of a safe whole number, mixed so that its low bits (the table slot) depend on all of it. */
function mix(v: number): number {
  let h = (v | 0) ^ Math.imul((v / 4294967296) | 0, 0x27d4eb2d);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Prospect ids as numbers, with no look-up per row where it can be helped: an id written as a
 * whole number of up to 15 digits without a leading zero (most CRM ids) is its value; any other
 * id ("007", "C-12") is −1 − its code in a dictionary of its bytes. {@link prospectColumn} turns
 * them into the numbers `analyzeColumns` takes once the file is read.
 */
export class ProspectIds {
  readonly other = new ByteDictionary();
  /** The smallest and the largest id written as a number (Infinity and −Infinity while there is none). */
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  /** The id `buf[start … end)` (non-empty) as a number. */
  of(buf: Uint8Array, start: number, end: number): number {
    if (end - start <= 15 && (buf[start] !== 48 || end - start === 1)) {
      let v = 0;
      let i = start;
      for (; i < end; i++) {
        const d = buf[i]! - 48;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
      }
      if (i === end) {
        if (v < this.min) this.min = v;
        if (v > this.max) this.max = v;
        return v;
      }
    }
    return -1 - this.other.code(buf, start, end);
  }

  /** An id read the slow way (quoted, or trimmed of non-ASCII space), as the same number its bytes give. */
  ofText(text: string): number {
    const bytes = encoder.encode(text);
    return this.of(bytes, 0, bytes.length);
  }
}

/**
 * The prospect column of `analyzeColumns` from the ids of {@link ProspectIds}: when every id is a
 * number and they span less than the row count + 1024, each id less the smallest (numbers that no
 * row has are prospects without records, which `analyzeColumns` skips: no numbering pass); else
 * dense numbers 0, 1, 2, … in order of first appearance, through a table indexed by the id when
 * the ids are close together, or a hash table of them.
 */
export function prospectColumn(ids: Float64Array, p: ProspectIds): Int32Array {
  const n = ids.length;
  const out = new Int32Array(n);
  if (n === 0) return out;
  const others = p.other.size;
  // no id written as a number: an empty range
  const span = p.max >= p.min ? p.max - p.min : 0;
  if (others === 0 && span < n + 1024) {
    const lo = p.min;
    for (let i = 0; i < n; i++) out[i] = ids[i]! - lo;
    return out;
  }
  let count = 0;
  const otherIds = new Int32Array(others).fill(-1);
  if (span < 4 * n + (1 << 20)) {
    const lo = p.min;
    const table = new Int32Array(span + 1).fill(-1);
    for (let i = 0; i < n; i++) {
      const v = ids[i]!;
      if (v >= 0) {
        let d = table[v - lo]!;
        if (d < 0) d = table[v - lo] = count++;
        out[i] = d;
      } else {
        let d = otherIds[-1 - v]!;
        if (d < 0) d = otherIds[-1 - v] = count++;
        out[i] = d;
      }
    }
    return out;
  }
  const numbers = new NumberTable();
  for (let i = 0; i < n; i++) {
    const v = ids[i]!;
    if (v >= 0) {
      const d = numbers.valueOf(v, count);
      if (d === count) count++;
      out[i] = d;
    } else {
      let d = otherIds[-1 - v]!;
      if (d < 0) d = otherIds[-1 - v] = count++;
      out[i] = d;
    }
  }
  return out;
}

/** An open-addressing hash table from safe whole numbers to numbers. */
class NumberTable {
  private keys = new Float64Array(1 << 12);
  private values = new Int32Array(1 << 12).fill(-1);
  private used = 0;

  /** The value of `key`, which becomes `fresh` when the key is new. */
  valueOf(key: number, fresh: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = mix(key) & mask;
    for (;;) {
      const v = this.values[slot]!;
      if (v < 0) break;
      if (keys[slot] === key) return v;
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    this.values[slot] = fresh;
    if (2 * ++this.used > keys.length) this.rehash();
    return fresh;
  }

  private rehash(): void {
    const keys = new Float64Array(2 * this.keys.length);
    const values = new Int32Array(2 * this.keys.length).fill(-1);
    const mask = keys.length - 1;
    for (let j = 0; j < this.keys.length; j++) {
      const v = this.values[j]!;
      if (v < 0) continue;
      const key = this.keys[j]!;
      let slot = mix(key) & mask;
      while (values[slot]! >= 0) slot = (slot + 1) & mask;
      keys[slot] = key;
      values[slot] = v;
    }
    this.keys = keys;
    this.values = values;
  }
}

/** Where a chunk ends on a whole UTF-8 character: before a last sequence that continues in the next chunk. */
function wholeCharacters(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let j = n - 1; j >= 0 && j >= n - 4; j--) {
    const b = bytes[j]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return j + need > n ? j : n;
  }
  return n;
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * A CSV file's bytes, from the first chunk to the rows: checks that they are UTF-8 (in native
 * code, a chunk at a time), leaves out a byte-order mark and Excel's "sep=;" line, tells the
 * separator from the header line (unless given) and feeds the rest to a {@link CsvByteReader}.
 * `chunkSize` cuts what it is given into pieces of at most that many bytes (for tests: any cut
 * must give the same rows).
 */
export class CsvBytes {
  /** The separator, once the header line has been seen. */
  delimiter: string | null = null;
  private reader: CsvByteReader | null = null;
  private head: Uint8Array = new Uint8Array(0);
  private tail: Uint8Array = new Uint8Array(0);

  constructor(private readonly given: string | null, private readonly onRow: (row: CsvByteReader) => void, private readonly name: string, private readonly chunkSize = Number.POSITIVE_INFINITY) {}

  /** Feeds UTF-8 bytes (checked here). */
  push(chunk: Uint8Array): void {
    let bytes = this.tail.length > 0 ? concat(this.tail, chunk) : chunk;
    const whole = wholeCharacters(bytes);
    if (!isUtf8(bytes.subarray(0, whole))) this.notUtf8();
    this.tail = whole < bytes.length ? bytes.slice(whole) : new Uint8Array(0);
    bytes = bytes.subarray(0, whole);
    const size = Math.max(1, this.chunkSize);
    for (let at = 0; at < bytes.length; at += size) this.feed(bytes.subarray(at, Math.min(bytes.length, at + size)));
  }

  /** Feeds text decoded from another encoding (UTF-16). */
  pushBytesOf(text: string): void {
    if (text !== '') this.push(encoder.encode(text));
  }

  /** The end of the file: the last row, and a header line with no line break after it. */
  end(): void {
    if (this.tail.length > 0) this.notUtf8();
    if (!this.reader && this.head.length > 0) this.begin(true);
    this.reader?.end();
  }

  private notUtf8(): never {
    throw new InputError(`${this.name} is not UTF-8 text: save it as "CSV UTF-8" (or UTF-16 with a byte-order mark) and try again`);
  }

  private feed(bytes: Uint8Array): void {
    if (this.reader) {
      this.reader.push(bytes);
      return;
    }
    this.head = concat(this.head, bytes);
    this.begin(false);
  }

  /**
   * Starts the reader once the header line is whole (the separator is told from it); Excel's
   * "sep=;" line names the separator and comes before the header.
   */
  private begin(final: boolean): void {
    const bom = this.head[0] === 0xef && this.head[1] === 0xbb && this.head[2] === 0xbf ? 3 : 0;
    if (!final && bom === 0 && this.head.length < 3 && [0xef, 0xbb, 0xbf].slice(0, this.head.length).every((b, i) => this.head[i] === b)) return;
    const head = textOf(this.head, bom, this.head.length);
    const end = head.search(/[\r\n]/);
    if (end < 0 && !final) return;
    const first = end < 0 ? head : head.slice(0, end);
    const sep = /^"?sep=(.)"?$/i.exec(first);
    let from = 0;
    let firstLine = 1;
    if (sep) {
      const rest = end < 0 ? '' : head.slice(end);
      const next = rest.search(/[^\r\n]/);
      if ((next < 0 || !/[\r\n]/.test(rest.slice(next))) && !final) return;
      from = next < 0 ? head.length : end + next;
      firstLine = 1 + (next < 0 ? 0 : rest.slice(0, next).replace(/\r\n/g, '\n').length);
    }
    const delimiter = this.given ?? (sep ? sep[1]! : detectDelimiter(first));
    this.delimiter = delimiter;
    const code = delimiter.charCodeAt(0);
    if (delimiter.length !== 1 || code >= 0x80 || code === QUOTE || code === CR || code === LF) {
      throw new InputError(`${this.name}: the separator "${delimiter}" named in its first line cannot be read; give , ; tab or | with --delimiter`);
    }
    this.reader = new CsvByteReader(code, this.onRow, firstLine);
    const rest = this.head.subarray(bom + encoder.encode(head.slice(0, from)).length);
    this.head = new Uint8Array(0);
    if (rest.length > 0) this.reader.push(rest);
  }
}
