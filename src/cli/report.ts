import { createReadStream, statSync } from 'node:fs';
import { FunnelMathError } from '../errors.js';
import { createFunnelAccumulator } from '../events/accumulator.js';
import type { ActivityRecord, AnalyzeOptions } from '../events/types.js';
import { defineFunnel } from '../funnel/defineFunnel.js';
import { toText } from '../render/text.js';
import { InFileError, InputError, list, parse, UsageError } from './args.js';
import type { Command } from './commands.js';
import { readJson } from './commands.js';
import { CsvReader } from './csv.js';

const FIELDS = ['prospect', 'stage', 'at', 'source', 'rep', 'isNew', 'value', 'reason'] as const;

/** A CSV row as a record: empty cells are absent; isNew reads true/false/yes/no/1/0. */
function recordOf(header: string[], row: string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = row[i];
    if (cell === undefined || cell === '') return;
    if (name === 'isNew') {
      const v = cell.trim().toLowerCase();
      record[name] = ['true', 'yes', '1'].includes(v) ? true : ['false', 'no', '0'].includes(v) ? false : cell;
    } else record[name] = cell;
  });
  return record;
}

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

export const report: Command = {
  summary: 'funnel report from an activity log (.csv, .json or .ndjson), streamed',
  help: `Usage: funnel-math report <file> --stages <ids> [options]

  <file>          activity records: .csv with a header row (${FIELDS.join(',')}; prospect, stage
                  and at required), .json (an array of records) or .ndjson (one record per line)
  --stages        stage ids, top first, comma-separated: contact,meeting,sale
  --by            rep, source, month or week: a report per group plus the total
  --order         ordered (default), strict or any
  --counting      unique (default: prospects) or total (journeys)
  --as-of         the report date (ISO); default: the latest record
  --skip-invalid  list bad records in the report instead of stopping at the first
  --json          print JSON instead of tables

Example: funnel-math report log.csv --stages contact,meeting,sale --by rep
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
        'skip-invalid': { type: 'boolean' },
        json: { type: 'boolean' },
      },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give exactly one activity log file');
    const file = positionals[0]!;
    const funnel = defineFunnel(list(values.stages, 'stages'));
    const options: Record<string, unknown> = { onInvalid: values['skip-invalid'] ? 'skip' : 'throw' };
    if (values.by !== undefined) options['by'] = values.by;
    if (values.order !== undefined) options['order'] = values.order;
    if (values.counting !== undefined) options['counting'] = values.counting;
    if (values['as-of'] !== undefined) options['asOf'] = values['as-of'];
    const acc = createFunnelAccumulator(funnel, options as AnalyzeOptions<string>);

    if (file.endsWith('.json')) {
      const records = readJson(file);
      if (!Array.isArray(records)) throw new InputError(`${file} should hold a JSON array of activity records`);
      acc.addMany(records as ActivityRecord[]);
    } else {
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        throw new InputError(`cannot read ${file}: check the path`);
      }
      const ndjson = file.endsWith('.ndjson') || file.endsWith('.jsonl');
      const csv = new CsvReader();
      let header: string[] | null = null;
      let pending = '';
      let line = 0;
      const bar = io.stderrIsTTY && size > 5_000_000 ? progressBar(io.stderr, size) : null;
      let read = 0;
      // a refused record is named by its line in the file, as the person who opens it counts
      const add = (record: unknown, line: number) => {
        try {
          acc.add(record as ActivityRecord);
        } catch (error) {
          if (error instanceof FunnelMathError) throw new InFileError(`${file} line ${line}`, error);
          throw error;
        }
      };
      const onRow = (row: string[], rowLine: number) => {
        if (!header) {
          header = row.map((h) => h.trim());
          const missing = ['prospect', 'stage', 'at'].filter((h) => !header!.includes(h));
          if (missing.length) throw new InputError(`${file}: the header row lacks ${missing.join(', ')} (it has ${header.join(', ')})`);
          return;
        }
        add(recordOf(header, row), rowLine);
      };
      const onLine = (text: string) => {
        line++;
        if (text.trim() === '') return;
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch {
          throw new InputError(`${file} line ${line} is not valid JSON`);
        }
        add(record, line);
      };
      for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
        read += Buffer.byteLength(chunk as string);
        if (ndjson) {
          const lines = (pending + (chunk as string)).split('\n');
          pending = lines.pop()!;
          lines.forEach(onLine);
        } else csv.push(chunk as string, onRow);
        bar?.(read);
      }
      if (ndjson) onLine(pending);
      else csv.end(onRow);
      bar?.(size, true);
    }
    const result = acc.result();
    return { stdout: values.json ? `${JSON.stringify(result, null, 2)}\n` : `${toText(result)}\n`, code: 0 };
  },
};
