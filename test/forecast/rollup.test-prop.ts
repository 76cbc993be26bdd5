import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastRollup, type ForecastCategory } from '../../src/index.js';

const category = fc.constantFrom<ForecastCategory>('pipeline', 'best-case', 'most-likely', 'commit', 'closed', 'omitted');
const deals = fc.array(fc.record({ cents: fc.integer({ min: 0, max: 100_000_000 }), category, rep: fc.constantFrom('Ana', 'Ben', 'Cy') }), { maxLength: 30 });
const list = (ds: { cents: number; category: ForecastCategory; rep: string }[]) => ds.map((d, i) => ({ id: String(i), amount: (d.cents / 100).toFixed(2), category: d.category, rep: d.rep }));

describe('forecastRollup properties', () => {
  it('cumulative rollups are nested: Closed ≤ Commit ≤ Most likely ≤ Best case, for the team and every rep', () => {
    fc.assert(
      fc.property(deals, (ds) => {
        const r = forecastRollup(list(ds));
        for (const totals of [r.team, ...r.byRep]) {
          const [, best, likely, commit, closed] = totals.columns.map((c) => c.amount);
          expect(closed!.lte(commit!)).toBe(true);
          expect(commit!.lte(likely!)).toBe(true);
          expect(likely!.lte(best!)).toBe(true);
        }
      }),
    );
  });

  it('cumulative = sums of per-category columns, and the team = Σ reps', () => {
    fc.assert(
      fc.property(deals, (ds) => {
        const cumulative = forecastRollup(list(ds));
        const single = forecastRollup(list(ds), { rollup: 'per-category' }).team.columns.map((c) => c.amount);
        const [pipeline, best, likely, commit, closed] = single as [typeof single[0], typeof single[0], typeof single[0], typeof single[0], typeof single[0]];
        const want = [pipeline.add(best).add(likely).add(commit), best.add(likely).add(commit).add(closed), likely.add(commit).add(closed), commit.add(closed), closed];
        expect(cumulative.team.columns.map((c) => c.amount.toString())).toEqual(want.map((d) => d.toString()));
        cumulative.team.columns.forEach((c, i) => {
          const reps = cumulative.byRep.reduce((acc, rep) => acc.add(rep.columns[i]!.amount), c.amount.sub(c.amount));
          expect(reps.toString()).toBe(c.amount.toString());
        });
      }),
    );
  });
});
