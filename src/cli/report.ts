import { createReadStream, statSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { FunnelMathError } from '../errors.js';
import { createFunnelAccumulator } from '../events/accumulator.js';
import { analyzeColumns } from '../events/analyzeColumns.js';
import type { ActivityRecord, ActivityReport, AnalyzeOptions, EventGroup, RejectedRecord } from '../events/types.js';
import { defineFunnel } from '../funnel/defineFunnel.js';
import { toTable } from '../render/table.js';
import { toText } from '../render/text.js';
import { InFileError, InputError, list, parse, UsageError, type Refusal } from './args.js';
import type { Command } from './commands.js';
import { readJson } from './commands.js';
import { delimiterName } from './csv.js';
import { CsvByteReader, CsvBytes } from './csvBytes.js';
import { CsvColumns, type StageValue } from './csvColumns.js';
import { readDate, type DateReading } from './dates.js';
import { FIELDS, locateColumns, readMapping, type Field, type Mapping } from './mapping.js';

/** How many refused rows the table output lists (all of them are in `--json`). */
export const SHOWN_REFUSALS = 10;

function progressBar(stderr: (s: string) => void, total: number): (done: number, final?: boolean) => void {
  let last = -1;
  return (done, final = false) => {
    const pct = total === 0 ? 100 : Math.floor((100 * done) / total);
    if (pct === last && !final) return;
    last = pct;
    const filled = Math.round(pct / 4);
    stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${pct}%${final ? '\n' : ''}`);
  };
}

/** A refused row as the report lists it: its line in the file, and the record index the library gave it (null when refused before). */
export interface RefusedRow {
  readonly line: number;
  readonly index: number | null;
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly reason: string;
}

const BY = ['rep', 'source', 'month', 'week'];
const ORDER = ['ordered', 'strict', 'any'];
const COUNTING = ['unique', 'total'];
const FORMATS = ['csv', 'json', 'ndjson'];

function choice(value: string | undefined, name: string, accepted: readonly string[]): string | undefined {
  if (value !== undefined && !accepted.includes(value)) throw new UsageError(`--${name} should be ${accepted.slice(0, -1).join(', ')} or ${accepted.at(-1)}; got "${value}"`);
  return value;
}

export const report: Command = {
  summary: 'funnel report from an activity log or CRM export (.csv, .json or .ndjson, or - for stdin), streamed',
  help: `Usage: funnel-math report <file | -> --stages <ids> [options]

  <file>          activity records: a CSV export with a header row, .json (an array of records)
                  or .ndjson (one record per line); - reads standard input (CSV unless --format)
  --stages        stage ids, top first, comma-separated: contact,meeting,sale
  --by            rep, source, month or week: a table per group after the total
  --order         ordered (default), strict or any
  --counting      unique (default: prospects) or total (journeys)
  --as-of         the report date (ISO); default: the latest record
  --counts-only   leave out the time-to-convert figures (faster on the largest logs)
  --skip-invalid  leave out refused rows and list them (count, line and reason) after the report
  --json          print JSON instead of tables (every refused row, with its line)
  --format        csv, json or ndjson (default: from the file name; csv for -)

Reading a CRM export (CSV):
  --prospect, --stage, --at, --rep, --source, --is-new, --value, --reason <column>
                  the column holding each field (default: a column of that name, any case);
                  other columns are not read
  --time          a column with the time of day, when the date in --at has none
  --stage-map     values to stages, comma-separated: "Call=call,Meeting Booked=meeting";
                  a value equal to a stage id in any case needs no entry
  --exclude-type  activity types to leave out (repeatable or comma-separated): Email,Note;
                  counted and reported, not refused
  --date-format   DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD (. or - between the parts too; a time
                  HH:mm or HH:mm:ss, with AM/PM or not, may follow). Default: ISO (2026-03-11,
                  2026-03-11T14:05:00Z); a date such as 11/03/2026 is refused until the format
                  says which of its two readings is meant
  --time-zone     the zone of times written without one: UTC (default), +01:00 or Europe/London;
                  a date alone is that calendar day
  --delimiter     , ; tab or | (default: the one of , ; tab found most in the header row)
  --config        a JSON file with the same settings (the flags win):
                  { "columns": { "prospect": "Contact ID", "stage": "Activity Type", "at": "Date" },
                    "stageMap": { "Meeting Booked": "meeting" }, "excludeTypes": ["Email"],
                    "dateFormat": "DD/MM/YYYY", "timeZone": "Europe/London", "delimiter": ";",
                    "stages": ["call", "meeting", "sale"] }
  A UTF-8 file may start with a byte-order mark; UTF-16 files (with theirs) are read too.

Exit codes: 0 done, 1 the file or config cannot be used or a row is refused (without
--skip-invalid), 2 wrong usage.

Examples:
  funnel-math report log.csv --stages contact,meeting,sale --by rep
  funnel-math report export.csv --stages call,meeting,sale --prospect "Contact ID" \\
    --stage "Activity Type" --at Date --rep Owner --source "Lead Source" \\
    --stage-map "Meeting Booked=meeting,Closed Won=sale" --exclude-type Email --date-format DD/MM/YYYY
  cat export.csv | funnel-math report - --config mapping.json --by rep
`,
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      {
        stages: { type: 'string' },
        by: { type: 'string' },
        order: { type: 'string' },
        counting: { type: 'string' },
        'as-of': { type: 'string' },
        'counts-only': { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
        json: { type: 'boolean' },
        format: { type: 'string' },
        config: { type: 'string' },
        prospect: { type: 'string' },
        stage: { type: 'string' },
        at: { type: 'string' },
        time: { type: 'string' },
        rep: { type: 'string' },
        source: { type: 'string' },
        'is-new': { type: 'string' },
        value: { type: 'string' },
        reason: { type: 'string' },
        'stage-map': { type: 'string', multiple: true },
        'exclude-type': { type: 'string', multiple: true },
        'date-format': { type: 'string' },
        'time-zone': { type: 'string' },
        delimiter: { type: 'string' },
      },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give exactly one activity log file (or - for standard input)');
    const file = positionals[0]!;
    const stdin = file === '-';
    const name = stdin ? 'standard input' : file;
    if (stdin && io.stdinIsTTY) throw new UsageError('- reads standard input, and nothing is piped in: give a file, or pipe one in (funnel-math report - --stages … < export.csv)');
    const by = choice(values.by, 'by', BY);
    choice(values.order, 'order', ORDER);
    choice(values.counting, 'counting', COUNTING);
    const format = choice(values.format, 'format', FORMATS) ?? (stdin ? 'csv' : file.endsWith('.json') ? 'json' : file.endsWith('.ndjson') || file.endsWith('.jsonl') ? 'ndjson' : 'csv');

    const config = values.config !== undefined ? { json: readJson(values.config), file: values.config } : null;
    const mapping = readMapping(values, config, values.stages !== undefined ? list(values.stages, 'stages') : null);
    if (!mapping.stages) throw new UsageError('--stages is required (or "stages" in the --config file)');
    const funnel = (() => {
      try {
        return defineFunnel(mapping.stages);
      } catch (error) {
        if (error instanceof FunnelMathError) throw new UsageError(`--stages: ${error.message}`);
        throw error;
      }
    })();
    const options: Record<string, unknown> = { onInvalid: values['skip-invalid'] ? 'skip' : 'throw' };
    if (by !== undefined) options['by'] = by;
    if (values.order !== undefined) options['order'] = values.order;
    if (values.counting !== undefined) options['counting'] = values.counting;
    if (values['as-of'] !== undefined) options['asOf'] = values['as-of'];
    if (values['counts-only']) options['timeToConvert'] = false;
    const acc = (() => {
      try {
        return createFunnelAccumulator(funnel, options as AnalyzeOptions<string>);
      } catch (error) {
        // an option the library refused was typed on the command line: usage
        if (error instanceof FunnelMathError) {
          const option = error.path[1];
          throw new UsageError(`${typeof option === 'string' ? `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : ''}${error.message}`);
        }
        throw error;
      }
    })();

    const skip = values['skip-invalid'] === true;
    const dates: DateReading = { order: mapping.dateFormat?.order ?? null, format: mapping.dateFormat?.text ?? null, timeZone: mapping.timeZone };
    /** The file line of each record handed to the library, by its index there. */
    const lines: number[] = [];
    const refusedHere: RefusedRow[] = [];
    const excluded = new Map<string, number>();
    let rows = 0;
    let zoneless = false;

    const refuse = (line: number, refusal: Refusal) => {
      if (!skip) throw new InFileError(`${name} line ${line}`, refusal);
      refusedHere.push({ line, index: null, code: refusal.code, path: refusal.path, reason: refusal.message });
    };
    const add = (record: unknown, line: number) => {
      lines.push(line);
      try {
        acc.add(record as ActivityRecord);
      } catch (error) {
        if (error instanceof FunnelMathError) throw new InFileError(`${name} line ${line}`, withHint({ code: error.code, path: error.path, message: inColumns(error.message, lines.length - 1, error.path) }, record));
        throw error;
      }
    };
    /** Stage values and dates as the mapping says; false when the row is left out or refused. */
    /** Each stage value seen, once: the stage it is, or the excluded type it is counted under. */
    const stageOf = new Map<string, { readonly stage: string } | { readonly excluded: string }>();
    const resolveStage = (value: string): StageValue => {
      const key = value.trim().toLowerCase();
      const left = mapping.exclude.get(key);
      if (left !== undefined) return { excluded: left };
      const stage = mapping.stageMap.get(key) ?? funnel.stages.find((s) => s.id === value.trim())?.id ?? funnel.stages.find((s) => s.id.toLowerCase() === key)?.id ?? value;
      return { stage };
    };
    /** A date cell as the ISO text the library reads, or false when the row is refused. */
    const readAt = (at: string, line: number): string | false => {
      const read = readDate(at, dates);
      if (typeof read === 'string') {
        if (!zoneless && /[T ]\d/.test(at.trim()) && !/(Z|z|[+-]\d{2}:?\d{2})$/.test(at.trim())) zoneless = true;
        return read;
      }
      if (read.kind === 'ambiguous') {
        throw new InputError(`${name} line ${line}: the date "${at}" can be read two ways: ${read.readings.join(' or ')}; say which with --date-format (or "dateFormat" in the --config file)`);
      }
      if (read.kind === 'needs-format') {
        throw new InputError(`${name} line ${line}: the date "${at}" is not ISO (2026-03-11); if it is ${read.reading}, give --date-format ${read.format}`);
      }
      const column = mapping.columns.at?.name ?? 'at';
      const why = read.kind === 'no-such-day' ? 'is not a day of the calendar' : `is not written as ${dates.format} (the --date-format)`;
      refuse(line, { code: 'INVALID_DATE', path: [], message: `The date "${at}" in column "${column}" ${why}.` });
      return false;
    };
    const prepare = (record: Record<string, unknown>, line: number): boolean => {
      rows++;
      if (Object.hasOwn(record, 'time')) {
        // a time of day in its own column goes with the date
        const time = record['time'];
        delete record['time'];
        if (typeof record['at'] === 'string' && typeof time === 'string' && time.trim() !== '') record['at'] = `${record['at'].trim()} ${time.trim()}`;
      }
      const stage = record['stage'];
      if (typeof stage === 'string') {
        let seen = stageOf.get(stage);
        if (seen === undefined) {
          seen = resolveStage(stage);
          if (stageOf.size < 10_000) stageOf.set(stage, seen);
        }
        if ('excluded' in seen) {
          excluded.set(seen.excluded, (excluded.get(seen.excluded) ?? 0) + 1);
          return false;
        }
        record['stage'] = seen.stage;
      }
      const at = record['at'];
      if (typeof at === 'string') {
        const read = readAt(at, line);
        if (read === false) return false;
        record['at'] = read;
      }
      return true;
    };

    /** A refusal of a CSV row names the column, not the record's index among those read (the line says which row). */
    const inColumns = (message: string, index: number, path: readonly (string | number)[]): string => {
      if (format !== 'csv') return message;
      const field = path[2];
      const column = typeof field === 'string' && (FIELDS as readonly string[]).includes(field) ? (mapping.columns[field as Field]?.name ?? field) : null;
      return message.replace(new RegExp(` of record ${index + 1}\\b`, 'g'), column !== null ? ` in "${column}"` : ' of this row');
    };
    /** A row of the column reader that the library would refuse: why, as the record reader says it for that record. */
    const refuseRecord = (record: Record<string, unknown>, line: number, index: number): void => {
      let refusal: Refusal | null = null;
      try {
        createFunnelAccumulator(funnel).add(record as unknown as ActivityRecord);
      } catch (error) {
        if (!(error instanceof FunnelMathError)) throw error;
        // the record was checked alone: its index in the file's records is put back in the path
        const path = error.path.map((p, k) => (k === 1 ? index : p));
        refusal = { code: error.code, path, message: inColumns(error.message, 0, error.path) };
      }
      if (!refusal) throw new Error(`${name} line ${line}: a row refused by the column reader is a valid record`);
      if (!skip) throw new InFileError(`${name} line ${line}`, withHint(refusal, record));
      refusedHere.push({ line, index, code: refusal.code, path: refusal.path, reason: refusal.message });
    };
    /** The report of the rows read into columns; the refused rows count as records given, as on the record path. */
    const columnsReport = (t: CsvColumns): ActivityReport => {
      rows = t.rows;
      zoneless ||= t.zoneless;
      const r = analyzeColumns(funnel, t.columns(), options as AnalyzeOptions<string>);
      return { ...r, totals: { ...r.totals, records: r.totals.records + t.refusedRecords } };
    };
    let table: CsvColumns | null = null;
    let delimiter: string | null = null;
    let columns: Record<Field, number> | null = null;
    /** The fields found in the header, with their column. */
    let used: (readonly [Field, number])[] | null = null;
    if (format === 'json') {
      const records = stdin ? parseJson(await readAll(io.stdin, name), name) : readJson(file);
      if (!Array.isArray(records)) throw new InputError(`${name} should hold a JSON array of activity records`);
      records.forEach((r, i) => {
        if (r !== null && typeof r === 'object' && !Array.isArray(r)) {
          const record = renamed(r as Record<string, unknown>, mapping);
          if (prepare(record, i + 1)) add(record, i + 1);
        } else add(r, i + 1);
      });
    } else {
      let size = 0;
      if (!stdin) {
        try {
          size = statSync(file).size;
        } catch {
          throw new InputError(`cannot read ${file}: check the path`);
        }
      }
      let header: string[] | null = null;
      let pending = '';
      let line = 0;
      const bar = !stdin && io.stderrIsTTY && size > 5_000_000 ? progressBar(io.stderr, size) : null;
      let read = 0;
      /** A row of a CSV file read into a record (the way of a file with a value column). */
      const onRow = (row: CsvByteReader) => {
        const record: Record<string, unknown> = {};
        for (const [field, i] of used!) {
          if (i >= row.fields) continue;
          const text = row.text(i).trim();
          if (text !== '') record[field] = field === 'isNew' ? yesNo(text) : text;
        }
        if (prepare(record, row.line)) add(record, row.line);
      };
      const onHeader = (row: CsvByteReader) => {
        header = Array.from({ length: row.fields }, (_, k) => row.text(k).trim());
        columns = locateColumns(header, mapping, name);
        used = FIELDS.flatMap((f) => (columns![f] >= 0 ? [[f, columns![f]] as const] : []));
        row.width = Math.max(1, ...used.map(([, i]) => i + 1));
        // exact sums of deal values need their text: a file with values is read into records
        if (columns.value >= 0) return onRow;
        table = new CsvColumns({
          stages: funnel.ids,
          used,
          fileBytes: size,
          isoOnly: dates.timeZone === null && columns.time < 0,
          stageValue: resolveStage,
          readAt,
          exclude: (label) => {
            excluded.set(label, (excluded.get(label) ?? 0) + 1);
          },
          refuseRecord,
        });
        row.fast = table.fastRow(row);
        return table.read;
      };
      let onData: ((row: CsvByteReader) => void) | null = null;
      const onCsvRow = (row: CsvByteReader) => {
        if (onData) onData(row);
        else onData = onHeader(row);
      };
      const onLine = (text: string) => {
        line++;
        if (text.trim() === '') return;
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch {
          throw new InputError(`${name} line ${line} is not valid JSON`);
        }
        if (record !== null && typeof record === 'object' && !Array.isArray(record)) {
          const mapped = renamed(record as Record<string, unknown>, mapping);
          if (prepare(mapped, line)) add(mapped, line);
        } else add(record, line);
      };
      const csv = new CsvBytes(mapping.delimiter, onCsvRow, name, io.chunkSize);
      const decoder = { current: null as TextDecoder | null };
      const source = stdin ? io.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
      if (!source) throw new InputError('standard input cannot be read here');
      try {
        for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          read += bytes.byteLength;
          decoder.current ??= decoderFor(bytes);
          if (format === 'ndjson') {
            const parts = (pending + decode(decoder.current, bytes, name, false)).split('\n');
            pending = parts.pop()!;
            parts.forEach(onLine);
          } else if (decoder.current.encoding === 'utf-8') csv.push(bytes);
          else csv.pushBytesOf(decode(decoder.current, bytes, name, false));
          bar?.(read);
        }
        if (decoder.current) {
          const rest = decode(decoder.current, new Uint8Array(0), name, true);
          if (format === 'ndjson') pending += rest;
          else if (decoder.current.encoding !== 'utf-8') csv.pushBytesOf(rest);
        }
      } catch (error) {
        if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E') && !(error instanceof FunnelMathError)) {
          throw new InputError(`cannot read ${name}: ${error.code === 'ENOENT' ? 'check the path' : error.message}`);
        }
        throw error;
      }
      if (format === 'ndjson') onLine(pending);
      else {
        csv.end();
        delimiter = csv.delimiter;
        if (!header) throw new InputError(`${name} is empty: a CSV export starts with a header row`);
      }
      bar?.(size, true);
    }

    const result = table ? columnsReport(table) : acc.result();
    const refused: RefusedRow[] = [
      ...refusedHere,
      ...(table ? [] : result.rejected.map((r: RejectedRecord) => ({ line: lines[r.index] ?? r.index + 1, index: r.index, code: r.code, path: r.path, reason: inColumns(r.reason, r.index, r.path) }))),
    ].sort((a, b) => a.line - b.line);
    const input = {
      source: name,
      format,
      ...(format === 'csv' ? { delimiter: delimiter ?? ',', columns: columnsUsed(mapping) } : {}),
      dateFormat: dates.format ?? 'ISO',
      timeZone: dates.timeZone ?? 'UTC',
      rows,
      excludedTypes: Object.fromEntries(excluded),
      refused: refused.length,
    };
    if (values.json) return { stdout: `${JSON.stringify({ ...result, rejected: refused, input }, null, 2)}\n`, code: 0 };
    return { stdout: `${textReport(result, { name, format, delimiter, mapping, dates, rows, excluded, refused, zoneless })}\n`, code: 0 };
  },
};

/** The columns named for each field, for the JSON summary. */
function columnsUsed(mapping: Mapping): Record<string, string> {
  return Object.fromEntries(FIELDS.filter((f) => mapping.columns[f]).map((f) => [f, mapping.columns[f]!.name]));
}

/** A JSON record with its keys renamed as the column mapping says (the others kept, for the library to judge). */
function renamed(record: Record<string, unknown>, mapping: Mapping): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const from = new Map(FIELDS.filter((f) => mapping.columns[f]).map((f) => [mapping.columns[f]!.name, f]));
  for (const [key, value] of Object.entries(record)) out[from.get(key) ?? key] = value;
  return out;
}

const yesNo = (cell: string): boolean | string => {
  const v = cell.trim().toLowerCase();
  return ['true', 'yes', '1'].includes(v) ? true : ['false', 'no', '0'].includes(v) ? false : cell;
};

/** An unknown stage value's refusal, with how to map it or leave it out. */
function withHint(error: Refusal, record: unknown): Refusal {
  if (error.code !== 'UNKNOWN_STAGE' || error.path.at(-1) !== 'stage') return error;
  const value = (record as { stage?: unknown }).stage;
  if (typeof value !== 'string') return error;
  return { code: error.code, path: error.path, message: `${error.message} Map it with --stage-map "${value}=<stage>" or leave it out with --exclude-type "${value}".` };
}

function decoderFor(first: Uint8Array): TextDecoder {
  const encoding = first[0] === 0xff && first[1] === 0xfe ? 'utf-16le' : first[0] === 0xfe && first[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding, { fatal: true });
}

function decode(decoder: TextDecoder, bytes: Uint8Array, name: string, last: boolean): string {
  try {
    return decoder.decode(bytes, { stream: !last });
  } catch {
    throw new InputError(`${name} is not UTF-8 text: save it as "CSV UTF-8" (or UTF-16 with a byte-order mark) and try again`);
  }
}

async function readAll(stream: AsyncIterable<Uint8Array | string> | undefined, name: string): Promise<string> {
  if (!stream) throw new InputError('standard input cannot be read here');
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const bytes = Buffer.concat(chunks);
  return decode(decoderFor(bytes), bytes, name, true);
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

interface Summary {
  readonly name: string;
  readonly format: string;
  readonly delimiter: string | null;
  readonly mapping: Mapping;
  readonly dates: DateReading;
  readonly rows: number;
  readonly excluded: ReadonlyMap<string, number>;
  readonly refused: readonly RefusedRow[];
  readonly zoneless: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The report as tables: the total, each group, then what was read, left out and refused. */
function textReport(result: ActivityReport, s: Summary): string {
  const parts = [toText(result)];
  const groups: readonly EventGroup[] = result.groups ?? [];
  const by = result.options.by;
  for (const g of groups) {
    const table = toTable({ kind: 'activity-report', stages: g.stages, warnings: g.warnings });
    parts.push(toText({ ...table, title: `${by}: ${g.key ?? `(no ${by})`}` }));
  }
  const notes: string[] = [];
  const mapped = FIELDS.filter((f) => s.mapping.columns[f]).map((f) => `${f} "${s.mapping.columns[f]!.name}"`);
  const how = [
    ...(s.format === 'csv' ? [`${delimiterName(s.delimiter ?? ',')}-separated`] : [s.format.toUpperCase()]),
    ...(mapped.length ? [`columns ${mapped.join(', ')}`] : []),
    `dates ${s.dates.format ?? 'ISO'}`,
    ...(s.zoneless || s.dates.timeZone !== null ? [`times without a zone in ${s.dates.timeZone ?? 'UTC'}`] : []),
  ];
  notes.push(`Read ${plural(s.rows, 'row')} of ${s.name} (${how.join('; ')}).`);
  if (s.excluded.size > 0) {
    const total = [...s.excluded.values()].reduce((a, b) => a + b, 0);
    notes.push(`Left out by activity type: ${plural(total, 'row')} (${[...s.excluded].map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`).join(', ')}).`);
  }
  if (s.refused.length > 0) {
    const shown = s.refused.slice(0, SHOWN_REFUSALS);
    notes.push(
      `Refused: ${plural(s.refused.length, 'row')}, not counted${s.refused.length > shown.length ? ` (the first ${shown.length} below; all of them with --json)` : ''}:`,
      ...shown.map((r) => `  line ${r.line}: ${r.reason}`),
    );
    const unknown = [...new Set(s.refused.flatMap((r) => (r.code === 'UNKNOWN_STAGE' ? [/: "([^"]*)" is not a stage/.exec(r.reason)?.[1] ?? ''] : [])))].filter((v) => v !== '');
    if (unknown.length > 0) {
      notes.push(`To count ${unknown.map((v) => `"${v}"`).join(', ')}, map ${unknown.length === 1 ? 'it' : 'each'} to a stage with --stage-map "${unknown[0]}=<stage>"; to leave ${unknown.length === 1 ? 'it' : 'them'} out, --exclude-type "${unknown.join(',')}".`);
    }
  }
  return [...parts, notes.join('\n')].join('\n\n');
}
