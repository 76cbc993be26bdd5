import { describe, expect, it } from 'vitest';
import { analyzeColumns, analyzeFunnel, defineFunnel } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const DAY = 86_400_000;
const funnel = defineFunnel(['contact', 'meeting', 'sale'] as const);

describe('analyzeColumns', () => {
  it('DOMAIN §5 from typed arrays: 66.7% of meetings, 16.7% of contacts', () => {
    const prospect: number[] = [];
    const stage: number[] = [];
    const at: number[] = [];
    for (let i = 0; i < 60; i++) {
      prospect.push(i), stage.push(0), at.push(0);
      if (i < 15) prospect.push(i), stage.push(1), at.push(2 * DAY);
      if (i < 10) prospect.push(i), stage.push(2), at.push(5 * DAY);
    }
    const r = analyzeColumns(funnel, { prospect: Uint32Array.from(prospect), stage: Uint8Array.from(stage), at: Float64Array.from(at) });
    expect(r.stages[2]!.ofPrevious!.label).toBe('66.7% of meeting (10 of 15)');
    expect(r.stages[2]!.ofFirst.label).toBe('16.7% of contact (10 of 60)');
    expect(r.kind).toBe('activity-report');
  });

  it('coded columns, large and negative ids, exclude: the same report as analyzeFunnel', () => {
    const f = defineFunnel(['call', 'email', 'meeting', 'sale'] as const);
    const cols = {
      prospect: [9_000_000_000_000, -3, 9_000_000_000_000, -3, 7],
      stage: [0, 1, 2, 0, 3],
      at: [0, DAY, 2 * DAY, 3 * DAY, 4 * DAY],
      rep: { codes: [1, 0, -1, 1, 0], names: ['zoe', 'adam'] },
      reason: { codes: [-1, -1, -1, 0, -1], names: ['price'] },
      isNew: [1, -1, -1, 0, -1],
      value: [0, 0, 0, 0, 99.5],
    };
    const options = { exclude: ['email' as const], by: 'rep' as const, attribution: 'last' as const };
    const names = (c: { codes: number[]; names: string[] }, i: number) => (c.codes[i]! < 0 ? undefined : c.names[c.codes[i]!]);
    const records = cols.prospect.map((p, i) => {
      const r: Record<string, unknown> = { prospect: p, stage: f.ids[cols.stage[i]!]!, at: cols.at[i]!, value: cols.value[i]! };
      if (names(cols.rep, i)) r['rep'] = names(cols.rep, i);
      if (names(cols.reason, i)) r['reason'] = names(cols.reason, i);
      if (cols.isNew[i] !== -1) r['isNew'] = cols.isNew[i] === 1;
      return r as never;
    });
    const r = analyzeColumns(f, cols, options);
    expect(plain(r)).toEqual(plain(analyzeFunnel(f, records, options)));
    expect(r.ignored.excludedStage).toBe(1);
    expect(r.stages.map((s) => s.count)).toEqual([2, 1, 1]);
    expect(r.stages[3 - 1]!.inbound).toBe(1);
  });

  it('bad rows: an error naming the column and row, or rejected rows with onInvalid skip', () => {
    const cols = { prospect: [1, 2, 3, 4], stage: [0, 5, 0, 1], at: [0, 0, 0.5, DAY] };
    const e = errorOf(() => analyzeColumns(funnel, cols));
    expect([e.code, e.path]).toEqual(['UNKNOWN_STAGE', ['columns', 'stage', 1]]);
    const r = analyzeColumns(funnel, cols, { onInvalid: 'skip' });
    expect(r.rejected.map((x) => [x.index, x.code, x.path])).toEqual([
      [1, 'UNKNOWN_STAGE', ['columns', 'stage', 1]],
      [2, 'INVALID_DATE', ['columns', 'at', 2]],
    ]);
    expect(r.stages.map((s) => s.count)).toEqual([1, 1, 0]);
    expect(r.stages[1]!.inbound).toBe(1);
  });

  it('one test per error code', () => {
    const base = { prospect: [1], stage: [0], at: [0] };
    const bad = (cols: unknown, options?: unknown) => errorOf(() => analyzeColumns(funnel, cols as never, options as never));
    expect(bad({ ...base, prospect: [1.5] }).path).toEqual(['columns', 'prospect', 0]);
    expect(bad({ ...base, at: [Number.NaN] }).code).toBe('INVALID_DATE');
    expect(bad({ ...base, at: [1e16] }).code).toBe('INVALID_DATE');
    expect(bad({ ...base, stage: [-1] }).code).toBe('UNKNOWN_STAGE');
    expect(bad({ ...base, value: [-2] }).code).toBe('NEGATIVE');
    expect(bad({ ...base, value: [Number.POSITIVE_INFINITY] }).path).toEqual(['columns', 'value', 0]);
    expect(bad({ ...base, rep: { codes: [2], names: ['a'] } }).path).toEqual(['columns', 'rep', 0]);
    expect(bad({ ...base, isNew: [3] }).path).toEqual(['columns', 'isNew', 0]);
    expect(bad({ ...base, at: [0, 1] }).path).toEqual(['columns', 'at']);
    expect(bad({ ...base, colour: [1] }).path).toEqual(['columns', 'colour']);
    expect(bad({ prospect: 'x', stage: [0], at: [0] }).path).toEqual(['columns', 'prospect']);
    expect(bad({ ...base, rep: { codes: [0] } }).path).toEqual(['columns', 'rep']);
    expect(bad(null).path).toEqual(['columns']);
    expect(bad(base, { by: () => 'x' }).path).toEqual(['options', 'by']);
    expect(bad(base, { order: 'sideways' }).code).toBe('INVALID_CHOICE');
    const words = (cols: unknown, options?: unknown) => {
      const e = bad(cols, options);
      return [e.code, e.path, e.message];
    };
    expect(words({ ...base, colour: [1] })).toEqual(['UNKNOWN_OPTION', ['columns', 'colour'], 'The key "colour" is not one that is taken here (it takes "prospect", "stage", "at", "source", "rep", "reason", "isNew", "value").']);
    expect(words({ ...base, prospect: [1.5] })).toEqual(['NOT_INTEGER', ['columns', 'prospect', 0], 'Row 1 of the "prospect" column should be a whole number; got 1.5.']);
    expect(words({ ...base, stage: [-1] })).toEqual(['UNKNOWN_STAGE', ['columns', 'stage', 0], 'Row 1 of the "stage" column: "-1" is not a stage of this funnel (0 = contact, 1 = meeting, 2 = sale).']);
    expect(words({ ...base, value: [Number.POSITIVE_INFINITY] })).toEqual(['NOT_FINITE', ['columns', 'value', 0], 'Got Infinity for row 1 of the "value" column; give a finite number.']);
    expect(words({ ...base, rep: { codes: [2], names: ['a'] } })).toEqual(['INVALID_INPUT', ['columns', 'rep', 0], 'Row 1 of the "rep" column should be a code from -1 (no value) to 0, an index into the names; got 2.']);
    expect(words({ ...base, at: [0, 1] })).toEqual(['INVALID_INPUT', ['columns', 'at'], 'The "at" column should be as long as the "prospect" column, which has 1; got 2.']);
    expect(words(base, { by: () => 'x' })).toEqual(['INVALID_INPUT', ['options', 'by'], 'The grouping should be "rep", "source", "month" or "week" (grouping by a function needs one record object per row); got a function.']);
  });
  it('reads name lists with an own constructor key or holes like plain lists (holes are not names)', () => {
    const names = Object.assign(['r1', 'r2'], { constructor: 1 });
    const columns = { prospect: [1, 2], stage: [0, 1], at: [0, DAY] };
    const expected = plain(analyzeColumns(funnel, { ...columns, rep: { codes: [0, 1], names: ['r1', 'r2'] } }, { by: 'rep' }));
    for (const field of ['rep', 'source', 'reason'] as const) {
      for (const options of [undefined, { perProspect: true }, { by: 'rep' as const }]) {
        expect(() => analyzeColumns(funnel, { ...columns, [field]: { codes: [0, 1], names } }, options)).not.toThrow();
      }
    }
    expect(plain(analyzeColumns(funnel, { ...columns, rep: { codes: [0, 1], names } }, { by: 'rep' }))).toEqual(expected);
    const e = errorOf(() => analyzeColumns(funnel, { ...columns, rep: { codes: [0, 1], names: new Array(2) } }));
    expect([e.code, e.path]).toEqual(['INVALID_INPUT', ['columns', 'rep']]);
  });
});
