import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNNEL_PER_DAY, FUNNEL_RATES, FUNNEL_REQUIRED } from '../../src/sheets/index.js';

/** Ranges keep their positions: what a cell means does not depend on the cells around it. */
const counts = fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 2, maxLength: 12 });

describe('spreadsheet ranges, for any range', () => {
  it('empty cells after the last count leave the rates as they are', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 5 }), (values, trailing) => {
        const column = values.map((v) => [v]);
        expect(FUNNEL_RATES([...column, ...Array.from({ length: trailing }, () => [''])])).toEqual(FUNNEL_RATES(column));
      }),
    );
  });

  it('an empty cell between counts is an error naming its row, counted from 1, never a shifted answer', () => {
    fc.assert(
      fc.property(counts.filter((v) => v.length >= 3), fc.nat(), (values, at) => {
        const gap = 1 + (at % (values.length - 2));
        const column = values.map((v, i) => [i === gap ? '' : v]);
        expect(FUNNEL_RATES(column)).toBe(`#FUNNEL! Row ${gap + 1} of counts is empty; give a value there, or select a range without gaps.`);
      }),
    );
  });

  it('a column of totals spills the answer each total gives alone (a one-cell range is that value)', () => {
    expect(FUNNEL_PER_DAY([[1000]], '2026-11-01', '2026-11-30')).toBe(48);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 2, maxLength: 8 }), (totals) => {
        expect(FUNNEL_PER_DAY(totals.map((t) => [t]), '2026-11-01', '2026-11-30')).toEqual(totals.map((t) => [FUNNEL_PER_DAY(t, '2026-11-01', '2026-11-30')]));
      }),
    );
  });

  it('one row of rates serves a column of goals: each row is the plan of its goal alone, top stage first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 2, maxLength: 6 }), (goals) => {
        const rates = [[0.15, '1/3']];
        const spilled = FUNNEL_REQUIRED(goals.map((g) => [g]), rates);
        // one goal gives a column of stages; many goals give one row per goal
        expect(spilled).toEqual(goals.map((g) => (FUNNEL_REQUIRED(g, rates) as unknown[][]).map((row) => row[0])));
      }),
    );
  });
});
