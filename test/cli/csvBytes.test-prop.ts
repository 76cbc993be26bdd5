import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../src/cli/csv.js';
import { CsvByteReader, CsvBytes } from '../../src/cli/csvBytes.js';
import { CsvColumns, isoMs } from '../../src/cli/csvColumns.js';
import { instantOf } from '../../src/events/time.js';

const encode = (s: string) => new TextEncoder().encode(s);

/** Bytes cut at random points (inside characters too). */
const chunked = (all: Uint8Array, cuts: number[]): Uint8Array[] => {
  const points = [0, ...[...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b), all.length];
  return points.slice(1).map((p, i) => all.subarray(points[i], p));
};

describe('the byte reader reads as the text reader does', () => {
  it('the same rows and lines, however the bytes are cut', () => {
    const unit = fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r', 'é', '日', '😀');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom(',', ';'), (text, cuts, delimiter) => {
        const expected: [string[], number][] = [];
        const reader = new CsvReader(delimiter);
        reader.push(text, (r, line) => expected.push([r, line]));
        reader.end((r, line) => expected.push([r, line]));
        const got: [string[], number][] = [];
        const bytes = new CsvByteReader(delimiter.charCodeAt(0), (r) => got.push([Array.from({ length: r.fields }, (_, k) => r.text(k)), r.line]));
        for (const chunk of chunked(encode(text), cuts)) bytes.push(chunk);
        bytes.end();
        expect(got).toEqual(expected);
      }),
      { numRuns: 500 }
    );
  });
});

describe('CRM rows into columns', () => {
  const STAGES = ['call', 'meeting', 'sale'];
  const row = fc.record({
    id: fc.constantFrom('90001', '7', '007', 'C-1', 'Zoë', '123456789012345', '1234567890123456'),
    stage: fc.constantFrom('Call', 'call', 'MEETING', 'Sale', 'Email'),
    day: fc.integer({ min: 1, max: 28 }),
    minute: fc.integer({ min: 0, max: 1439 }),
    rep: fc.constantFrom('', 'Ana', 'Ben Ortiz', 'Zoë', 'a,b', 'say "hi"', ' padded ', 'no\u00a0break\u00a0'),
    quote: fc.boolean(),
    note: fc.constantFrom('', 'ok', 'Acme, Inc.', 'said "no"', 'two\nlines'),
  });
  it('random chunkings of random exports give the same columns, the ones the rows say', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), fc.array(fc.nat(), { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), (rows, cuts, eol, bom, fast) => {
        const cell = (v: string, quote: boolean) => (quote || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
        const iso = (r: (typeof rows)[number]) => `2026-03-${String(r.day).padStart(2, '0')}T${String(Math.floor(r.minute / 60)).padStart(2, '0')}:${String(r.minute % 60).padStart(2, '0')}:00Z`;
        const text = `${bom ? '\uFEFF' : ''}Contact ID,Type,Date,Owner,Note${eol}${rows.map((r) => [cell(r.id, r.quote), cell(r.stage, r.quote), cell(iso(r), r.quote), cell(r.rep, r.quote), cell(r.note, false)].join(',')).join(eol)}${eol}`;
        const excluded: string[] = [];
        let table: CsvColumns | null = null;
        const csv = new CsvBytes(
          null,
          (r) => {
            if (table) return table.read(r);
            expect(Array.from({ length: r.fields }, (_, k) => r.text(k))).toEqual(['Contact ID', 'Type', 'Date', 'Owner', 'Note']);
            table = new CsvColumns({
              stages: STAGES,
              used: [
                ['prospect', 0],
                ['stage', 1],
                ['at', 2],
                ['rep', 3],
              ],
              fileBytes: 0,
              isoOnly: true,
              stageValue: (v) => (v.toLowerCase() === 'email' ? { excluded: 'Email' } : { stage: v.toLowerCase() }),
              readAt: () => {
                throw new Error('every date here is read from its bytes');
              },
              exclude: (label) => excluded.push(label),
              refuseRecord: () => {
                throw new Error('no row here is refused');
              },
            });
            // rows in the common form are read by the fast reader, the others (and rows cut by a chunk) by the reader
            if (fast) r.fast = table.fastRow(r);
          },
          'export.csv'
        );
        for (const chunk of chunked(encode(text), cuts)) csv.push(chunk);
        csv.end();
        // what the rows say: ids and rep names numbered in order of first appearance, e-mails left out
        const kept = rows.filter((r) => r.stage !== 'Email');
        const ids = [...new Set(kept.map((r) => r.id))];
        const reps = [...new Set(kept.map((r) => r.rep.trim()).filter((r) => r !== ''))];
        const columns = table!.columns();
        expect(Array.from(columns.prospect)).toEqual(kept.map((r) => ids.indexOf(r.id)));
        expect(Array.from(columns.stage)).toEqual(kept.map((r) => STAGES.indexOf(r.stage.toLowerCase())));
        expect(Array.from(columns.at)).toEqual(kept.map((r) => Date.parse(iso(r))));
        expect(columns.rep!.names).toEqual(reps);
        expect(Array.from(columns.rep!.codes)).toEqual(kept.map((r) => reps.indexOf(r.rep.trim())));
        expect([table!.rows, excluded.length]).toEqual([rows.length, rows.length - kept.length]);
      }),
      { numRuns: 300 }
    );
  });
});

describe('ISO dates read from their bytes', () => {
  it('are the instants the record reader reads from the same text, or left to it (NaN)', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const date = fc.tuple(
      fc.integer({ min: 990, max: 10_000 }).map((y) => String(y).padStart(4, '0')),
      two(13),
      two(32)
    );
    const time = fc.tuple(fc.constantFrom('T', ' ', 't'), two(24), two(60), fc.option(two(60)), fc.option(fc.integer({ min: 0, max: 9999 }).map(String)), fc.constantFrom('', 'Z', 'z', '+01:00', 'x'));
    const text = fc.tuple(date, fc.option(time)).map(([[y, m, d], t]) => {
      const day = `${y}-${m}-${d}`;
      if (!t) return day;
      const [sep, h, mi, s, frac, zone] = t;
      return `${day}${sep}${h}:${mi}${s !== null ? `:${s}${frac !== null ? `.${frac}` : ''}` : ''}${zone}`;
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const day = new Float64Array(2).fill(-1);
        for (const t of texts) {
          const ms = isoMs(encode(t), 0, encode(t).length, day);
          if (!Number.isNaN(ms)) expect(ms).toBe(instantOf(t));
        }
      }),
      { numRuns: 2000 }
    );
    // the forms exports write are all read from their bytes
    const day = new Float64Array(2).fill(-1);
    const forms = ['2026-03-11', '2026-03-11T14:05', '2026-03-11 14:05:09', '2026-03-11T14:05:09Z', '2026-03-11T14:05:09.250Z', '2026-03-11T14:05:09.250'];
    expect(forms.map((t) => isoMs(encode(t), 0, t.length, day))).toEqual(forms.map((t) => instantOf(t)));
    expect(['2026-02-30', '2026-03-11T24:00', '0999-12-31', '2026-03-11T14:05+01:00', '2026-3-11'].map((t) => isoMs(encode(t), 0, t.length, day))).toEqual([NaN, NaN, NaN, NaN, NaN]);
  });
});
