import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteDictionary, CsvByteReader, CsvBytes, ProspectIds, prospectColumn } from '../../src/cli/csvBytes.js';
import { main } from '../../src/cli/main.js';

const bytes = (s: string) => new TextEncoder().encode(s);

/** The rows (as texts) and the line each starts on, of bytes fed in the chunks given. */
function rowsOf(chunks: Uint8Array[], delimiter = ','): [string[], number][] {
  const rows: [string[], number][] = [];
  const reader = new CsvByteReader(delimiter.charCodeAt(0), (r) => rows.push([Array.from({ length: r.fields }, (_, k) => r.text(k)), r.line]));
  for (const c of chunks) reader.push(c);
  reader.end();
  return rows;
}

/** Text cut at the given character offsets, as UTF-8 chunks (a cut may fall inside a character's bytes). */
const cutBytes = (text: string, cuts: number[]): Uint8Array[] => {
  const all = bytes(text);
  const points = [0, ...cuts, all.length];
  return points.slice(1).map((p, i) => all.subarray(points[i], p));
};

describe('CsvByteReader', () => {
  it('finishes a quoted field that a chunk boundary cuts, its quotes, separators and line breaks included', () => {
    const text = 'id,note\r\n1,"a, ""b""\r\nc"\r\n2,x\r\n';
    const whole = rowsOf([bytes(text)]);
    expect(whole).toEqual([
      [['id', 'note'], 1],
      [['1', 'a, "b"\r\nc'], 2],
      [['2', 'x'], 4],
    ]);
    // cut inside the quotes, between the doubled quotes, and right after the opening quote
    for (const at of [12, 15, 16, 11, 18]) expect(rowsOf(cutBytes(text, [at]))).toEqual(whole);
  });
  it('counts a CRLF cut between two chunks (empty chunks between them too) as one line break', () => {
    expect(rowsOf([bytes('a,b\r'), bytes(''), bytes('\n1,2\r'), bytes('\n2,3')])).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['2', '3'], 3],
    ]);
    // a CR alone is a line break too: the row after it starts on the next line
    expect(rowsOf([bytes('a\r'), bytes('b\r\r'), bytes('c')])).toEqual([
      [['a'], 1],
      [['b'], 2],
      [['c'], 4],
    ]);
  });
  it('keeps a quoted separator inside its field, with any separator', () => {
    expect(rowsOf([bytes('"Müller; Berlin";"1.234,50";x\n')], ';')).toEqual([[['Müller; Berlin', '1.234,50', 'x'], 1]]);
    expect(rowsOf([bytes('a\t"b\tc",d\n')], '\t')).toEqual([[['a', 'b\tc,d'], 1]]);
  });
  it('keeps only the fields up to its width, counting the rest', () => {
    const seen: [number, string[]][] = [];
    const reader = new CsvByteReader(44, (r) => seen.push([r.fields, [r.text(0), r.text(1), r.text(2)]]));
    reader.width = 2;
    reader.push(bytes('a,b,c,d\n'));
    expect(seen).toEqual([[4, ['a', 'b', '']]]);
  });
});

describe('CsvBytes', () => {
  /** The header and rows of a file fed in chunks, with the separator found. */
  function file(chunks: Uint8Array[], given: string | null = null): { rows: [string[], number][]; delimiter: string | null } {
    const rows: [string[], number][] = [];
    const csv = new CsvBytes(given, (r) => rows.push([Array.from({ length: r.fields }, (_, k) => r.text(k)), r.line]), 'export.csv');
    for (const c of chunks) csv.push(c);
    csv.end();
    return { rows, delimiter: csv.delimiter };
  }
  it('leaves out a byte-order mark cut across chunks, and tells the separator from the header', () => {
    const all = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Contact ID;Type\r\n7;Call\r\n')]);
    const expected = {
      rows: [
        [['Contact ID', 'Type'], 1],
        [['7', 'Call'], 2],
      ],
      delimiter: ';',
    };
    expect(file([all])).toEqual(expected);
    expect(file([all.subarray(0, 1), all.subarray(1, 2), all.subarray(2, 5), all.subarray(5)])).toEqual(expected);
    expect(file([...all].map((b) => new Uint8Array([b])))).toEqual(expected);
  });
  it('reads a character whose bytes two chunks share', () => {
    const text = 'rep,stage\nZoë,Call\n日本,Call\n';
    const expected = [
      [['rep', 'stage'], 1],
      [['Zoë', 'Call'], 2],
      [['日本', 'Call'], 3],
    ];
    // ë is two bytes and 日 three: cut after the first byte of each
    const inside = (c: string) => bytes(text.slice(0, text.indexOf(c))).length + 1;
    expect(file(cutBytes(text, [inside('ë'), inside('日')])).rows).toEqual(expected);
    expect(file(cutBytes(text, [inside('日') + 1])).rows).toEqual(expected);
  });
  it('refuses bytes that are not UTF-8, and a character cut off at the end of the file', () => {
    const refusal = 'export.csv is not UTF-8 text: save it as "CSV UTF-8" (or UTF-16 with a byte-order mark) and try again';
    expect(() => file([bytes('a,b\n'), new Uint8Array([0x31, 0xff, 0x0a])])).toThrow(refusal);
    expect(() => file([bytes('a,b\n1,'), new Uint8Array([0xc3])])).toThrow(refusal);
  });
  it('starts after an Excel "sep=" line, which names the separator, and counts its line', () => {
    expect(file([bytes('sep=;\r\n'), bytes('a;b\r\n1;2\r\n')])).toEqual({
      rows: [
        [['a', 'b'], 2],
        [['1', '2'], 3],
      ],
      delimiter: ';',
    });
    expect(file([bytes('a;b,c\n')], '|').delimiter).toBe('|');
  });
});

describe('dictionaries of bytes', () => {
  it('give each distinct value a code in order of first appearance, and decode each once', () => {
    const d = new ByteDictionary();
    const codes = ['Call', 'Meeting', 'Call', 'call', 'Zoë', 'Meeting'].map((v) => d.code(bytes(v), 0, bytes(v).length));
    expect(codes).toEqual([0, 1, 0, 2, 3, 1]);
    expect(d.names()).toEqual(['Call', 'Meeting', 'call', 'Zoë']);
    expect(d.codeOfText('Zoë')).toBe(3);
    // enough values to grow every table
    const many = Array.from({ length: 5000 }, (_, i) => `rep ${i}`);
    for (const v of many) d.code(bytes(v), 0, bytes(v).length);
    expect(d.code(bytes('rep 4321'), 0, 8)).toBe(4 + 4321);
    expect(d.size).toBe(5004);
  });
  it('read prospect ids written as numbers as their values, others by their bytes; "007" and "7" stay two prospects', () => {
    const p = new ProspectIds();
    const of = (v: string) => p.of(bytes(v), 0, bytes(v).length);
    expect(['90001', '7', '007', 'C-12', '123456789012345', '1234567890123456', 'C-12', '0'].map(of)).toEqual([90001, 7, -1, -2, 123456789012345, -3, -2, 0]);
    expect([p.ofText('007'), p.ofText('90001'), p.min, p.max]).toEqual([-1, 90001, 0, 123456789012345]);
  });
  it('number the prospects for analyzeColumns: ids less the smallest when they are close, else in order of first appearance', () => {
    const column = (ids: string[]) => {
      const p = new ProspectIds();
      return Array.from(
        prospectColumn(
          Float64Array.from(ids, (v) => p.of(bytes(v), 0, bytes(v).length)),
          p
        )
      );
    };
    expect(column(['90005', '90001', '90005', '90003'])).toEqual([4, 0, 4, 2]);
    // far apart, with ids that are not numbers, and far enough apart for the hash table
    expect(column(['90005', 'C-1', '90001', '90005', '007', 'C-1', '90001'])).toEqual([0, 1, 2, 0, 3, 1, 2]);
    expect(column(['5', String(2 ** 40), '5', String(2 ** 40 + 7), '007'])).toEqual([0, 1, 0, 2, 3]);
    const many = Array.from({ length: 20_000 }, (_, i) => String(1e12 + ((i * 7919) % 10_000) * 1e6));
    expect(column(many).slice(0, 3).concat(column(many).slice(10_000, 10_003))).toEqual([0, 1, 2, 0, 1, 2]);
    expect(Math.max(...column(many))).toBe(9_999);
  });
});

describe('funnel-math report, read in chunks of any size', () => {
  const dir = mkdtempSync(join(tmpdir(), 'funnel-math-chunks-'));
  async function report(file: string, chunkSize: number | undefined, ...extra: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(['report', file, '--stages', 'call,meeting,sale', ...extra], {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      stderrIsTTY: false,
      chunkSize,
    });
    return { code, stdout, stderr };
  }
  it('gives the same report from chunks of 1 byte as from one chunk', async () => {
    const hubspot = join(import.meta.dirname, '../fixtures/crm/hubspot-activities.csv');
    const args = [
      '--prospect',
      'Associated Contact',
      '--stage',
      'Activity type',
      '--at',
      'Activity date',
      '--rep',
      'Activity assigned to',
      '--exclude-type',
      'email,note,task',
      '--stage-map',
      'closed won=sale',
      '--skip-invalid',
      '--json',
      '--by',
      'rep',
    ];
    const whole = await report(hubspot, undefined, ...args);
    const json = JSON.parse(whole.stdout);
    expect([whole.code, json.stages.map((s: { count: number }) => s.count), json.rejected.map((r: { line: number }) => r.line), json.input.rows]).toEqual([0, [6, 3, 1], [11, 16], 15]);
    for (const size of [1, 2, 3, 7, 64]) expect(await report(hubspot, size, ...args)).toEqual(whole);
  });
  it('names the same line for a refused row whatever the chunks, after quoted line breaks and CRLF', async () => {
    const file = join(dir, 'lines.csv');
    writeFileSync(file, '\uFEFFprospect;stage;at;rep\r\n1;call;2026-11-02;"Ana\r\nLima"\r\n\r\n"2";call;2026-11-03T09:00:00Z;"Ben; ""B"""\r\n3;call;not-a-date;Ana\r\n4;Meeting;2026-11-04;Zoë\r\n');
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const stop = await report(file, 1);
    expect([stop.code, stop.stderr]).toEqual([
      1,
      `funnel-math report: ${file} line 6: The time in "at" should be a time: an ISO date-time such as 2026-11-30T09:15:00Z, or milliseconds since 1970; got "not-a-date". [INVALID_DATE at records.2.at]\n`,
    ]);
    const one = await report(file, undefined, '--skip-invalid', '--json', '--by', 'rep');
    expect(JSON.parse(one.stdout).groups.map((g: { key: string }) => g.key)).toEqual(['Ana\r\nLima', 'Ben; "B"', 'Zoë']);
    for (const size of [1, 5, 13]) expect(await report(file, size, '--skip-invalid', '--json', '--by', 'rep')).toEqual(one);
  });
});
