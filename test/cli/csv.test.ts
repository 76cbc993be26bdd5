import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../src/cli/csv.js';

function readAll(chunks: string[]): string[][] {
  const rows: string[][] = [];
  const csv = new CsvReader();
  for (const c of chunks) csv.push(c, (r) => rows.push(r));
  csv.end((r) => rows.push(r));
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
        expect(readAll(chunks)).toEqual(readAll([text]));
        expect(readAll([text])).toEqual(rows);
      }),
    );
  });
});
