import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedule, workingDays } from '../../src/index.js';

const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const range = fc.tuple(day, fc.integer({ min: 0, max: 120 })).map(([start, len]) => ({
  start,
  end: new Date(Date.parse(start) + len * 86_400_000).toISOString().slice(0, 10),
}));
const totals = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 4 });
const per = fc.constantFrom('day' as const, 'week' as const, 'month' as const);

describe('schedule properties', () => {
  it('periods sum exactly to the plan and are never negative: Σ period targets = total', () => {
    fc.assert(
      fc.property(range, totals, per, fc.nat({ max: 40 }), fc.option(fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 4 }), { nil: undefined }), (r, t, p, lag, w) => {
        fc.pre(workingDays(r.start, r.end).length > 0);
        fc.pre(w === undefined || w.some((x) => x > 0));
        const plan = { stages: t.map((required, i) => ({ stage: `s${i}`, required })) };
        const reps = w && Object.fromEntries(w.map((x, i) => [`rep${i}`, x]));
        let s: ReturnType<typeof schedule>;
        try {
          s = schedule(plan, { ...r, per: p, lagDays: lag, reps });
        } catch (e) {
          // a lagged window can hold only weekend days: that must be the one refusal
          expect((e as { code?: string }).code).toBe('NO_WORKING_DAYS');
          return;
        }
        t.forEach((total, i) => {
          const sum = s.periods.reduce((a, pd) => a + (pd.targets as Record<string, number>)[`s${i}`]!, 0);
          expect(sum).toBe(total);
        });
        for (const pd of s.periods) for (const v of Object.values(pd.targets)) expect(v >= 0 && Number.isInteger(v)).toBe(true);
        if (reps) {
          t.forEach((total, i) => {
            const byRep = Object.values(s.reps!).reduce((a, rep) => a + (rep.targets as Record<string, number>)[`s${i}`]!, 0);
            expect(byRep).toBe(total);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('perWorkingDay is the least whole number that covers the total: (p − 1)·days < total ≤ p·days', () => {
    fc.assert(
      fc.property(range, fc.nat({ max: 1_000_000 }), (r, total) => {
        const days = workingDays(r.start, r.end).length;
        fc.pre(days > 0);
        const p = schedule({ stages: [{ stage: 'call', required: total }] }, r).perWorkingDay.call;
        expect(p * days).toBeGreaterThanOrEqual(total);
        if (total > 0) expect((p - 1) * days).toBeLessThan(total);
      }),
    );
  });

  it('targets land on working days only (per day)', () => {
    fc.assert(
      fc.property(range, fc.nat({ max: 10_000 }), (r, total) => {
        fc.pre(workingDays(r.start, r.end).length > 0);
        const worked = new Set(workingDays(r.start, r.end));
        for (const pd of schedule({ stages: [{ stage: 'call', required: total }] }, { ...r, per: 'day' }).periods) {
          if (!worked.has(pd.start)) expect(pd.targets.call).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
