import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../src/cli/csv.js';

function readAll(chunks: string[]): string[][] {
  return readLines(chunks).map(([row]) => row);
}

/** Each row with the line of the file it starts on. */
function readLines(chunks: string[]): [string[], number][] {
  const rows: [string[], number][] = [];
  const csv = new CsvReader();
  for (const c of chunks) csv.push(c, (r, line) => rows.push([r, line]));
  csv.end((r, line) => rows.push([r, line]));
  return rows;
}

describe('CsvReader', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside quotes, CRLF and blank lines', () => {
    const text = 'prospect,stage,reason\r\n1,call,"not ""really"" interested, later"\r\n\r\n2,meeting,"two\nlines"\n3,sale,';
    expect(readAll([text])).toEqual([
      ['prospect', 'stage', 'reason'],
      ['1', 'call', 'not "really" interested, later'],
      ['2', 'meeting', 'two\nlines'],
      ['3', 'sale', ''],
    ]);
    // the line each row starts on, as an editor numbers them: CRLF is one break, a quoted break counts
    expect(readLines([text]).map(([, line]) => line)).toEqual([1, 2, 4, 6]);
    expect(readLines(['a\rb\r\rc\n']).map(([r, line]) => [r[0], line])).toEqual([['a', 1], ['b', 2], ['c', 4]]);
    // a CRLF split across chunks, with an empty chunk between, is still one break
    expect(readLines(['a,"x\r', '', '\ny"\r', '', '\nb']).map(([r, line]) => [r[0], line])).toEqual([['a', 1], ['b', 3]]);
  });
  it('gives the same rows however the text is split into chunks', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ') });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 5 }), (rows, cuts) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let from = 0;
        for (const p of points) {
          chunks.push(text.slice(from, p));
          from = p;
        }
        chunks.push(text.slice(from));
        expect(readLines(chunks)).toEqual(readLines([text]));
        expect(readAll([text])).toEqual(rows);
        // row k starts after the k earlier rows' own line breaks and the k separators
        const breaks = (t: string) => t.replace(/\r\n/g, '\n').replace(/[^\r\n]/g, '').length;
        let line = 1;
        const lines = rows.map((r) => {
          const start = line;
          line += r.reduce((n, cell) => n + breaks(cell), 0) + 1;
          return start;
        });
        expect(readLines([text]).map(([, l]) => l)).toEqual(lines);
      }),
    );
  });
});

describe('the separator', () => {
  it('is told from the header line: the most frequent of comma, semicolon and tab outside quotes', async () => {
    const { detectDelimiter } = await import('../../src/cli/csv.js');
    expect(
      ['a,b,c', 'a;b;c', 'a\tb\tc', '"a;b",c', '"x, y";z;w', 'single', 'a,b;c', '\uFEFFContact ID;Activity Type;Date'].map(detectDelimiter),
    ).toEqual([',', ';', '\t', ',', ';', ',', ',', ';']);
  });
  it('a semicolon or tab reader keeps commas and quoted separators inside fields', () => {
    const rows: string[][] = [];
    const csv = new CsvReader(';');
    csv.push('Deal;Amount\r\n"Müller; Berlin";"1.234,50"\r\n"Schmidt ""Q2""";7,5\r\n', (r) => rows.push(r));
    csv.end((r) => rows.push(r));
    expect(rows).toEqual([['Deal', 'Amount'], ['Müller; Berlin', '1.234,50'], ['Schmidt "Q2"', '7,5']]);
    const tabs: string[][] = [];
    new CsvReader('\t').push('a\tb,c\n', (r) => tabs.push(r));
    expect(tabs).toEqual([['a', 'b,c']]);
  });
});
