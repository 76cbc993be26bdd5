import type { ActivityColumns, CodedColumn } from '../events/analyzeColumns.js';
import { instantOf, MAX_MS, MIN_MS } from '../events/time.js';
import { ByteDictionary, CsvByteReader, FNV_BASIS, FNV_PRIME, ProspectIds, prospectColumn, trimmed } from './csvBytes.js';
import type { Field } from './mapping.js';

/**
 * The rows of a CRM export straight into the typed columns of `analyzeColumns`: each cell is read
 * from its bytes (ids numbered, names and stage values coded by their bytes, ISO dates computed
 * from their digits), and only a cell out of the common forms is made a string and read as the
 * record reader reads it. A row that cannot be counted goes back, as the record it is, to
 * `refuseRecord`, which says why exactly as the record reader would.
 * @module
 */

/** What a stage value is, decoded once per distinct value. */
export type StageValue = { readonly stage: string } | { readonly excluded: string };

export interface CsvColumnsHooks {
  /** The stage ids of the funnel, in order. */
  readonly stages: readonly string[];
  /** The columns read, with their position in the row. */
  readonly used: readonly (readonly [Field, number])[];
  /** The size of the file, when known (0 for standard input). */
  readonly fileBytes: number;
  /** Whether dates need only the ISO reading (UTC, no time column): then they are read from their bytes. */
  readonly isoOnly: boolean;
  stageValue(text: string): StageValue;
  /** A date cell (a time of day added from its column) as the ISO text to read, or false when the row was refused; may throw. */
  readAt(at: string, line: number): string | false;
  /** A row left out by its activity type. */
  exclude(label: string): void;
  /** A row the library would refuse, as the record it would have been given, and that record's index among those given. */
  refuseRecord(record: Record<string, unknown>, line: number, index: number): void;
}

const yesNo = (cell: string): boolean | string => {
  const v = cell.trim().toLowerCase();
  return ['true', 'yes', '1'].includes(v) ? true : ['false', 'no', '0'].includes(v) ? false : cell;
};

/**
 * `buf[s … e)` as an ISO date or date-time in the forms exports write (UTC: `Z` or no zone; minutes,
 * seconds or milliseconds), in epoch ms, as the record reader reads it; NaN for anything else, which
 * is then read as text. `day` keeps the last day read (its yyyymmdd and its ms).
 */
export function isoMs(buf: Uint8Array, s: number, e: number, day: Float64Array): number {
  const len = e - s;
  if (len < 10 || buf[s + 4] !== 45 || buf[s + 7] !== 45) return Number.NaN;
  const y = digits(buf, s, 4);
  const mo = digits(buf, s + 5, 2);
  const d = digits(buf, s + 8, 2);
  if (y < 0 || mo < 0 || d < 0) return Number.NaN;
  // exports in time order repeat the day: it is computed once per run of rows
  const key = y * 10_000 + mo * 100 + d;
  let ms: number;
  if (day[0] === key) ms = day[1]!;
  else {
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return Number.NaN;
    ms = Date.UTC(y, mo - 1, d);
    const check = new Date(ms);
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return Number.NaN;
    day[0] = key;
    day[1] = ms;
  }
  let end = e;
  if (len > 10) {
    const last = buf[e - 1];
    if (last === 90 || last === 122) end--; // Z or z
    const t = end - s;
    if (t !== 16 && t !== 19 && t !== 23) return Number.NaN;
    const sep = buf[s + 10];
    if ((sep !== 84 && sep !== 32) || buf[s + 13] !== 58) return Number.NaN;
    const h = digits(buf, s + 11, 2);
    const mi = digits(buf, s + 14, 2);
    let sec = 0;
    let frac = 0;
    if (t >= 19) {
      if (buf[s + 16] !== 58) return Number.NaN;
      sec = digits(buf, s + 17, 2);
      if (t === 23) {
        if (buf[s + 19] !== 46) return Number.NaN;
        frac = digits(buf, s + 20, 3);
      }
    }
    if (h < 0 || mi < 0 || sec < 0 || frac < 0 || h > 23 || mi > 59 || sec > 59) return Number.NaN;
    ms += ((h * 60 + mi) * 60 + sec) * 1000 + frac;
  }
  return ms < MIN_MS || ms > MAX_MS ? Number.NaN : ms;
}

/** The lengths of the forms {@link isoMs} reads, the commonest first. */
const ISO_LENGTHS = [20, 19, 10, 16, 24, 23, 17];

/** A byte at either end of a name that trimming may remove: ASCII white space, or one of a character that may be other white space. */
const isEdge = (b: number) => b === 32 || (b >= 9 && b <= 13) || b >= 0x80;

/** The number written by `n` ASCII digits at `at`, or −1. */
function digits(buf: Uint8Array, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Growable typed columns, one row per record the library will count; a column not read stays empty. */
class Columns {
  n = 0;
  capacity = 0;
  /** The ids as {@link ProspectIds} gives them; numbered at the end. */
  prospect = new Float64Array(0);
  stage = new Uint8Array(0);
  at = new Float64Array(0);
  rep = new Int32Array(0);
  source = new Int32Array(0);
  reason = new Int32Array(0);
  isNew = new Int8Array(0);

  constructor(private readonly read: { readonly rep: boolean; readonly source: boolean; readonly reason: boolean; readonly isNew: boolean }) {
    this.resize(1 << 14);
  }

  resize(size: number): void {
    const more = <T extends Int32Array | Uint8Array | Float64Array | Int8Array>(a: T, make: new (n: number) => T, used = true): T => {
      if (!used) return a;
      const b = new make(size);
      b.set(a.subarray(0, this.n));
      return b;
    };
    this.capacity = size;
    this.prospect = more(this.prospect, Float64Array);
    this.stage = more(this.stage, Uint8Array);
    this.at = more(this.at, Float64Array);
    this.rep = more(this.rep, Int32Array, this.read.rep);
    this.source = more(this.source, Int32Array, this.read.source);
    this.reason = more(this.reason, Int32Array, this.read.reason);
    this.isNew = more(this.isNew, Int8Array, this.read.isNew);
  }
}

/** The rows of an export, read into columns; `read` is the reader's row callback (the header comes first, elsewhere). */
export class CsvColumns {
  rows = 0;
  zoneless = false;
  /** Rows handed on as records that the library refuses. */
  refusedRecords = 0;
  private readonly cols: Columns;
  private readonly prospects = new ProspectIds();
  private readonly stageCodes = new ByteDictionary();
  /** By stage code: the stage's position, −1 for a value that is no stage, −2 for an excluded type. */
  private stageOf: number[] = [];
  private excludedAs: string[] = [];
  private readonly reps = new ByteDictionary();
  private readonly sources = new ByteDictionary();
  private readonly reasons = new ByteDictionary();
  private readonly newCodes = new ByteDictionary();
  private newOf: number[] = [];
  private readonly at: Record<Field, number>;
  private readonly span = new Int32Array(2);
  private readonly day = new Float64Array(2).fill(-1);
  private lastAt: string | null = null;
  private lastRead: string | null = null;

  constructor(private readonly hooks: CsvColumnsHooks) {
    const at = { prospect: -1, stage: -1, at: -1, time: -1, rep: -1, source: -1, isNew: -1, value: -1, reason: -1 };
    for (const [field, i] of hooks.used) at[field] = i;
    this.at = at;
    this.cols = new Columns({ rep: at.rep >= 0, source: at.source >= 0, reason: at.reason >= 0, isNew: at.isNew >= 0 });
  }

  readonly read = (row: CsvByteReader): void => {
    this.rows++;
    const { at: col, span, hooks } = this;
    // the stage first: a row of an excluded type is counted and left, whatever else it holds
    let stage = -3; // no value
    if (col.stage >= 0) {
      let code: number;
      if (trimmed(row, col.stage, span)) code = span[1]! > span[0]! ? this.stageCodes.code(row.buf, span[0]!, span[1]!) : -1;
      else {
        const text = row.text(col.stage).trim();
        code = text === '' ? -1 : this.stageCodes.codeOfText(text);
      }
      if (code >= 0) {
        if (code >= this.stageOf.length) this.resolveStage(code);
        stage = this.stageOf[code]!;
        if (stage === -2) {
          hooks.exclude(this.excludedAs[code]!);
          return;
        }
      }
    }
    let ms = Number.NaN;
    let atText: string | null = null;
    if (col.at >= 0) {
      let done = false;
      if (hooks.isoOnly && trimmed(row, col.at, span)) {
        const s = span[0]!;
        const e = span[1]!;
        if (e === s) done = true;
        else {
          ms = isoMs(row.buf, s, e, this.day);
          if (ms === ms) {
            done = true;
            if (e - s > 10 && !this.zoneless && row.buf[e - 1] !== 90 && row.buf[e - 1] !== 122) this.zoneless = true;
          }
        }
      }
      if (!done) {
        const read = this.slowAt(row);
        if (read === false) return;
        atText = read;
        if (read !== null) ms = instantOf(read);
      }
    }
    let prospect = Number.NaN;
    if (col.prospect >= 0) {
      if (trimmed(row, col.prospect, span)) {
        if (span[1]! > span[0]!) prospect = this.prospects.of(row.buf, span[0]!, span[1]!);
      } else {
        const text = row.text(col.prospect).trim();
        if (text !== '') prospect = this.prospects.ofText(text);
      }
    }
    let isNew = -1;
    if (col.isNew >= 0) {
      const code = this.code(row, col.isNew, this.newCodes);
      if (code >= 0) {
        while (this.newOf.length <= code) {
          const v = yesNo(this.newCodes.text(this.newOf.length));
          this.newOf.push(v === true ? 1 : v === false ? 0 : -2);
        }
        isNew = this.newOf[code]!;
      }
    }
    if (prospect !== prospect || stage < 0 || !Number.isFinite(ms) || isNew === -2) {
      hooks.refuseRecord(this.record(row, stage, atText), row.line, this.cols.n + this.refusedRecords++);
      return;
    }
    const cols = this.cols;
    const n = cols.n;
    if (n === cols.capacity) cols.resize(this.nextCapacity(row.bytesRead));
    cols.prospect[n] = prospect;
    cols.stage[n] = stage;
    cols.at[n] = ms;
    if (col.rep >= 0) cols.rep[n] = this.code(row, col.rep, this.reps);
    if (col.source >= 0) cols.source[n] = this.code(row, col.source, this.sources);
    if (col.reason >= 0) cols.reason[n] = this.code(row, col.reason, this.reasons);
    if (col.isNew >= 0) cols.isNew[n] = isNew;
    cols.n = n + 1;
  };

  /**
   * The reader of rows in the form large exports take (no quotes; ids written as numbers; ISO
   * dates in UTC; stage, rep and source without spaces around them), for {@link CsvByteReader}'s
   * `fast`: one pass over the bytes of a row finds its fields and reads them (digits into the id,
   * the date from its fixed positions, a hash of each name), then the row is counted exactly as
   * {@link read} would count it. A row in any other form, a refused one, or one that the chunk
   * cuts is left to the reader and {@link read}. Null when the columns read are not those.
   */
  fastRow(reader: CsvByteReader): ((buf: Uint8Array, i: number, end: number) => number) | null {
    const col = this.at;
    const delimiter = reader.delimiter;
    // a separator that can be part of a date (a sep= line may name any) is read by the reader alone
    if (!this.hooks.isoOnly || col.prospect < 0 || col.stage < 0 || col.at < 0 || col.isNew >= 0 || col.reason >= 0 || col.time >= 0 || !',;\t|'.includes(String.fromCharCode(delimiter))) return null;
    const last = Math.max(...this.hooks.used.map(([, i]) => i));
    // what each field up to the last one read is: 0 not read, 1 the id, 2 the date, 3 stage, 4 rep, 5 source
    const kinds = new Uint8Array(last + 1);
    kinds[col.prospect] = 1;
    kinds[col.at] = 2;
    kinds[col.stage] = 3;
    if (col.rep >= 0) kinds[col.rep] = 4;
    if (col.source >= 0) kinds[col.source] = 5;
    // where each name field starts and ends, and its hash
    const spans = new Int32Array(3 * 6);
    const day = this.day;
    const cols = this.cols;
    return (buf, i, end) => {
      let prospect = -1;
      let ms = Number.NaN;
      let dateEnd = 0;
      let dateLength = 0;
      for (let f = 0; f <= last; f++) {
        const kind = kinds[f]!;
        if (kind === 0) {
          // a field not read: passed over, quotes and all (a line break inside quotes is left to the reader)
          let q = false;
          for (; i < end; i++) {
            const c = buf[i]!;
            if (c === 34) q = !q;
            else if (c === 10 || c === 13) {
              if (q) return -1;
              break;
            } else if (c === delimiter && !q) break;
          }
        } else {
          // a field read may be quoted whole: "90001", "Call", "2026-03-11T14:05:00Z"
          const quoted = buf[i] === 34;
          if (quoted) i++;
          const s = i;
          if (kind === 1) {
            let v = 0;
            for (; i < end; i++) {
              const d = buf[i]! - 48;
              if (d < 0 || d > 9) break;
              v = v * 10 + d;
            }
            const len = i - s;
            if (len === 0 || len > 15 || (len > 1 && buf[s] === 48)) return -1;
            prospect = v;
          } else if (kind === 2) {
            // the forms of isoMs, longest first: the field ends where one of them ends
            ms = Number.NaN;
            for (const len of ISO_LENGTHS) {
              if (s + len >= end) continue;
              const b = buf[s + len];
              if (quoted ? b !== 34 : b !== delimiter && b !== 10 && b !== 13) continue;
              ms = isoMs(buf, s, s + len, day);
              if (ms === ms) {
                i = dateEnd = s + len;
                dateLength = len;
                break;
              }
            }
            if (ms !== ms) return -1;
          } else {
            let h = FNV_BASIS;
            for (; i < end; i++) {
              const c = buf[i]!;
              if (c === delimiter || c === 10 || c === 13 || c === 34) break;
              h = Math.imul(h ^ c, FNV_PRIME);
            }
            // spaces around a name are trimmed, and non-ASCII ones need the text
            if (i > s && (isEdge(buf[s]!) || isEdge(buf[i - 1]!))) return -1;
            spans[3 * kind] = s;
            spans[3 * kind + 1] = i;
            spans[3 * kind + 2] = h;
          }
          if (quoted) {
            // the closing quote, and not a doubled one (a quote in the text is left to the reader)
            if (i + 1 >= end || buf[i] !== 34 || buf[i + 1] === 34) return -1;
            i++;
          }
        }
        if (i >= end) return -1;
        const b = buf[i]!;
        if (b === delimiter) {
          if (f < last) {
            i++;
            continue;
          }
          // fields after the last one read: passed over to the line break, quotes and all
          let q = false;
          for (i++; i < end; i++) {
            const c = buf[i]!;
            if (c === 34) q = !q;
            else if (c === 10 || c === 13) {
              if (q) return -1;
              break;
            }
          }
          if (i >= end) return -1;
        } else if (f < last || (b !== 10 && b !== 13)) return -1;
      }
      // the line break: LF or CRLF (a lone CR is left to the reader)
      let next: number;
      if (buf[i] === 10) next = i + 1;
      else if (i + 1 < end && buf[i + 1] === 10) next = i + 2;
      else return -1;
      // the row as read would count it: an empty stage or one that is no stage is read there
      const ss = spans[9]!;
      const se = spans[10]!;
      if (se === ss) return -1;
      const code = this.stageCodes.codeHashed(buf, ss, se, spans[11]!);
      if (code >= this.stageOf.length) this.resolveStage(code);
      const stage = this.stageOf[code]!;
      if (stage === -1) return -1;
      this.rows++;
      if (stage === -2) {
        this.hooks.exclude(this.excludedAs[code]!);
        return next;
      }
      const ids = this.prospects;
      if (prospect < ids.min) ids.min = prospect;
      if (prospect > ids.max) ids.max = prospect;
      const n = cols.n;
      if (n === cols.capacity) cols.resize(this.nextCapacity(reader.bytesRead));
      cols.prospect[n] = prospect;
      cols.stage[n] = stage;
      cols.at[n] = ms;
      if (col.rep >= 0) cols.rep[n] = spans[13]! > spans[12]! ? this.reps.codeHashed(buf, spans[12]!, spans[13]!, spans[14]!) : -1;
      if (col.source >= 0) cols.source[n] = spans[16]! > spans[15]! ? this.sources.codeHashed(buf, spans[15]!, spans[16]!, spans[17]!) : -1;
      cols.n = n + 1;
      // a date-time without a zone is read as UTC: the report says so
      if (!this.zoneless && dateLength > 10 && buf[dateEnd - 1] !== 90 && buf[dateEnd - 1] !== 122) this.zoneless = true;
      return next;
    };
  }

  /**
   * Room for more rows: twice as many, or at once about as many as the file holds when its size is
   * known (its bytes per row so far), so that a large file's columns are not copied again and again.
   */
  private nextCapacity(bytesRead: number): number {
    const n = this.cols.n;
    const expected = this.hooks.fileBytes > 0 && bytesRead > 0 ? Math.ceil((1.02 * this.hooks.fileBytes * n) / bytesRead) + 1024 : 0;
    return Math.max(2 * n, expected);
  }

  /** The code of a text cell, −1 when empty. */
  private code(row: CsvByteReader, k: number, dict: ByteDictionary): number {
    const span = this.span;
    if (trimmed(row, k, span)) return span[1]! > span[0]! ? dict.code(row.buf, span[0]!, span[1]!) : -1;
    const text = row.text(k).trim();
    return text === '' ? -1 : dict.codeOfText(text);
  }

  private resolveStage(code: number): void {
    while (this.stageOf.length <= code) {
      const c = this.stageOf.length;
      const value = this.hooks.stageValue(this.stageCodes.text(c));
      if ('excluded' in value) {
        this.stageOf.push(-2);
        this.excludedAs[c] = value.excluded;
      } else this.stageOf.push(this.hooks.stages.indexOf(value.stage));
    }
  }

  /** The date of a row as text, with a time of day from its own column: ISO text, null when empty, false when refused. */
  private slowAt(row: CsvByteReader): string | null | false {
    let at = row.text(this.at.at).trim();
    if (at === '') return null;
    if (this.at.time >= 0) {
      const time = row.text(this.at.time).trim();
      if (time !== '') at = `${at} ${time}`;
    }
    // exports in time order repeat a date: the same text reads the same (only a reading is kept, never a refusal)
    if (at === this.lastAt) return this.lastRead;
    const read = this.hooks.readAt(at, row.line);
    if (read !== false) {
      this.lastAt = at;
      this.lastRead = read;
    }
    return read;
  }

  /** The record the row is, as the record reader would have been given it. */
  private record(row: CsvByteReader, stage: number, at: string | null): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    for (const [field, i] of this.hooks.used) {
      if (field === 'time') continue;
      const text = row.text(i).trim();
      if (text !== '') record[field] = field === 'isNew' ? yesNo(text) : text;
    }
    if (stage >= 0) record['stage'] = this.hooks.stages[stage];
    else if (typeof record['stage'] === 'string') {
      const value = this.hooks.stageValue(record['stage']);
      if ('stage' in value) record['stage'] = value.stage;
    }
    // an ISO date read from its bytes is, as text, what the date reader passes on as it is
    if (at !== null) record['at'] = at;
    return record;
  }

  /** The columns read, for `analyzeColumns`. */
  columns(): ActivityColumns {
    const { cols, at: col } = this;
    const n = cols.n;
    const coded = (codes: Int32Array, dict: ByteDictionary): CodedColumn => ({ codes: codes.subarray(0, n), names: dict.names() });
    return {
      prospect: prospectColumn(cols.prospect.subarray(0, n), this.prospects),
      stage: cols.stage.subarray(0, n),
      at: cols.at.subarray(0, n),
      ...(col.rep >= 0 ? { rep: coded(cols.rep, this.reps) } : {}),
      ...(col.source >= 0 ? { source: coded(cols.source, this.sources) } : {}),
      ...(col.reason >= 0 ? { reason: coded(cols.reason, this.reasons) } : {}),
      ...(col.isNew >= 0 ? { isNew: cols.isNew.subarray(0, n) } : {}),
    };
  }
}
