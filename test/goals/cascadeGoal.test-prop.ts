import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cascadeGoal, type CascadeInto } from '../../src/index.js';

// the slowest properties of the goals module (cascades into days over long windows): they run in
// the slow-properties project
const DAY = 86_400_000;
/** decimal.js keeps 20 digits by default; compare compounded products at 60. */
const D60 = Decimal.clone({ precision: 60 });
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const BASE_DAY = Date.UTC(2026, 0, 1) / DAY;
const window = fc.record({ from: fc.integer({ min: 0, max: 700 }), length: fc.integer({ min: 1, max: 500 }) });
const into = fc.constantFrom<CascadeInto>('quarter', 'month', 'week', 'day');
const sumAmounts = (xs: readonly unknown[]) => xs.reduce<Decimal>((a, x) => a.add(x instanceof Decimal ? x : new Decimal(x as number)), new Decimal(0));

describe('cascadeGoal properties', () => {
  it('sub-goals sum exactly to the parent: Σ parts = total, Σ per rep = part, Σ rep totals = total', () => {
    fc.assert(
      fc.property(
        window,
        into,
        fc.oneof(
          fc.record({ metric: fc.constant('calls'), target: fc.integer({ min: 0, max: 10_000_000 }) }),
          fc.record({ metric: fc.constant('revenue'), target: fc.integer({ min: 0, max: 10_000_000_000 }).map((c) => (c / 100).toFixed(2)) }),
          fc.record({ metric: fc.constant('MQLs'), target: fc.constantFrom('+15%', '-5%', '+1/3', '+0.1%') }),
        ),
        fc.option(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }), { nil: undefined }),
        fc.boolean(),
        ({ from, length }, per, t, repWeights, seasonal) => {
          const goal = { title: 'G', metric: t.metric, target: t.target, baseline: 137, unit: 'USD', start: iso(BASE_DAY + from), deadline: iso(BASE_DAY + from + length) };
          const reps = repWeights && Object.fromEntries(repWeights.map((w, i) => [`rep${i}`, w]));
          let cascade;
          try {
            cascade = cascadeGoal(goal, { into: per, ...(reps ? { reps } : {}) });
          } catch (error) {
            expect((error as { code?: string }).code).toBe('NO_WORKING_DAYS');
            return;
          }
          const n = cascade.subGoals.length;
          if (seasonal) cascade = cascadeGoal(goal, { into: per, weights: Array.from({ length: n }, (_, i) => (i % 3) + 1), ...(reps ? { reps } : {}) });
          const parts = cascade.subGoals.map((s) => s.target);
          expect(sumAmounts(parts).eq(sumAmounts([cascade.total]))).toBe(true);
          expect(sumAmounts([cascade.subGoals[n - 1]!.cumulative]).eq(sumAmounts([cascade.total]))).toBe(true);
          if (reps) {
            for (const s of cascade.subGoals) expect(sumAmounts(Object.values(s.byRep!)).eq(sumAmounts([s.target]))).toBe(true);
            expect(sumAmounts(Object.values(cascade.reps!)).eq(sumAmounts([cascade.total]))).toBe(true);
          }
          if (t.metric === 'revenue') expect(sumAmounts([cascade.total]).eq(new Decimal(t.target as string))).toBe(true);
          if (t.metric === 'calls') expect(cascade.total).toBe(t.target);
          for (const p of parts) if (t.metric !== 'revenue') expect(Number.isSafeInteger(p)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('compounded steps multiply back to the parent change: Π (1 + stepᵢ) = 1 + change', () => {
    fc.assert(
      fc.property(window, into, fc.integer({ min: -99, max: 500 }), ({ from, length }, per, pct) => {
        const goal = { title: 'LTV', metric: 'LTV', target: `${pct >= 0 ? '+' : ''}${pct}%`, baseline: 1000, unit: 'USD', start: iso(BASE_DAY + from), deadline: iso(BASE_DAY + from + length) };
        let cascade;
        try {
          cascade = cascadeGoal(goal, { into: per });
        } catch (error) {
          // a window of weekend days only has no working day to cascade into: the one refusal
          expect((error as { code?: string }).code).toBe('NO_WORKING_DAYS');
          return;
        }
        const product = cascade.subGoals.reduce((a, s) => a.mul(new D60((s.stepChange as Decimal).toString()).add(1)), new D60(1));
        expect(product.toSignificantDigits(50).eq(new D60(100 + pct).div(100))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
