import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ratio, capacityPlan, hiresNeeded, setQuotas, type CapacityPlanOptions } from '../../src/index.js';
import { dishonestNumbers } from '../helpers/honest.js';
import { readPlanOptions } from '../../src/team/capacityPlan.js';
import { project } from '../../src/team/project.js';
import { projectReference } from './projectReference.js';

const R = (x: { toString(): string }) => {
  const [n, d] = x.toString().split('/');
  if (d !== undefined) return Ratio.of(BigInt(n!), BigInt(d));
  const [i, f = ''] = n!.split('.');
  return Ratio.of(BigInt(i! + f), 10n ** BigInt(f.length));
};

/** A day from mid-2025 to 2026 as 'YYYY-MM-DD'. */
const day = fc.integer({ min: 20_250, max: 20_800 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const pct = fc.integer({ min: 0, max: 100 }).map((p) => `${p}%`);
/** A ramp that never falls (a replacement is never worth more than the rep who stayed). */
const ramp = fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 4 }).map((xs) => [...xs].sort((a, b) => a - b).map((p) => `${p}%`));
const rep = fc.record({ start: day, end: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }) });
const partialMonth = fc.constantFrom('prorate-days', 'from-next-month', 'full') as fc.Arbitrary<'prorate-days' | 'from-next-month' | 'full'>;

const team = fc.record({
  reps: fc.array(rep, { maxLength: 5 }),
  ramp,
  quotaPerRep: fc.integer({ min: 0, max: 200_000 }),
  attainment: pct,
  attrition: fc.integer({ min: 0, max: 30 }).map((p) => `${p}%`),
  backfillDelayMonths: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  hires: fc.array(fc.record({ start: day, count: fc.integer({ min: 0, max: 3 }) }), { maxLength: 2 }),
  months: fc.integer({ min: 1, max: 9 }),
  partialMonth,
});

type Team = typeof team extends fc.Arbitrary<infer T> ? T : never;

function options(t: Team, over: Partial<CapacityPlanOptions> = {}): CapacityPlanOptions {
  const reps = t.reps.map((r, i) => {
    const end = r.end === undefined ? undefined : new Date(Date.parse(r.start) + r.end * 86_400_000).toISOString().slice(0, 10);
    return end === undefined ? { id: `r${i}`, start: r.start } : { id: `r${i}`, start: r.start, end };
  });
  const o: CapacityPlanOptions = { reps, ramp: t.ramp, quotaPerRep: t.quotaPerRep, attainment: t.attainment, attrition: t.attrition, hires: t.hires, periods: { from: '2026-01', months: t.months }, partialMonth: t.partialMonth, ...over };
  return t.backfillDelayMonths === undefined ? o : { ...o, backfillDelayMonths: t.backfillDelayMonths };
}

const exacts = (o: CapacityPlanOptions) => capacityPlan(o).months.map((m) => m.exact);

describe('capacityPlan properties', () => {
  it('adding a hire never lowers capacity: capacity(team + hire) ≥ capacity(team), month by month', () => {
    fc.assert(
      fc.property(team, day, (t, start) => {
        const before = exacts(options(t));
        const after = exacts(options(t, { hires: [...t.hires, { start, count: 1 }] }));
        before.forEach((b, m) => expect(after[m]!.compare(b)).toBeGreaterThanOrEqual(0));
      }),
      { numRuns: 60 },
    );
  });
  it('more attrition never raises capacity: a ≤ b ⇒ capacity(b) ≤ capacity(a)', () => {
    fc.assert(
      fc.property(team, fc.integer({ min: 0, max: 30 }), (t, extra) => {
        const a = Number(t.attrition.slice(0, -1));
        const low = exacts(options(t));
        const high = exacts(options(t, { attrition: `${Math.min(a + extra, 99)}%` }));
        low.forEach((l, m) => expect(high[m]!.compare(l)).toBeLessThanOrEqual(0));
      }),
      { numRuns: 60 },
    );
  });
  it('equivalents ≤ expected headcount ≤ headcount, and nothing dishonest', () => {
    fc.assert(
      fc.property(team, (t) => {
        const plan = capacityPlan(options(t));
        expect(dishonestNumbers(plan)).toEqual([]);
        for (const m of plan.months) {
          expect(m.equivalents.compare(m.expectedHeadcount)).toBeLessThanOrEqual(0);
          expect(m.expectedHeadcount.compare(Ratio.of(m.headcount))).toBeLessThanOrEqual(0);
          expect(m.equivalents.sign()).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('the incremental projection', () => {
  it('gives exactly what the direct sum over every join month and cohort gives', () => {
    fc.assert(
      fc.property(team, (t) => {
        const { team: input } = readPlanOptions(options(t));
        const fast = project(input);
        const slow = projectReference(input);
        expect(fast.headcount).toEqual(slow.headcount);
        expect(fast.expected.map(String)).toEqual(slow.expected.map(String));
        expect(fast.equivalents.map(String)).toEqual(slow.equivalents.map(String));
        expect(fast.repEquivalents.map(String)).toEqual(slow.repEquivalents.map(String));
      }),
      { numRuns: 150 },
    );
  });
});

describe('hiresNeeded properties', () => {
  it('minimal and sufficient: n hires at the latest start reach the goal, n − 1 hires at any start month do not', () => {
    fc.assert(
      fc.property(team, fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom('month', 'through-deadline') as fc.Arbitrary<'month' | 'through-deadline'>, (t, goal, measure) => {
        const o = options({ ...t, quotaPerRep: Math.max(t.quotaPerRep, 1000), attainment: '100%' });
        const need = hiresNeeded(goal, { ...o, measure });
        const measured = (extra: { start: string; count: number }) => {
          const months = exacts({ ...o, hires: [...(o.hires ?? []), extra] });
          return measure === 'month' ? months.at(-1)! : months.reduce((a, b) => a.add(b), Ratio.of(0));
        };
        const g = Ratio.of(goal);
        if (!need.feasible) {
          // then no start month gives a hire anything by the deadline
          for (const s of need.byStart) expect(measured({ start: `${s.month}-01`, count: 1 }).compare(measured({ start: `${s.month}-01`, count: 0 }))).toBe(0);
          return;
        }
        if (need.hires === 0) {
          expect(measured({ start: '2026-01-01', count: 0 }).compare(g)).toBeGreaterThanOrEqual(0);
          return;
        }
        expect(measured({ start: `${need.latestStart}-01`, count: need.hires }).compare(g)).toBeGreaterThanOrEqual(0);
        for (const s of need.byStart) expect(measured({ start: `${s.month}-01`, count: need.hires - 1 }).compare(g)).toBeLessThan(0);
        expect(R(need.withOneFewer!).compare(R(need.withHires))).toBeLessThan(0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('setQuotas properties', () => {
  it('quotas sum exactly to the assigned total, each within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 80, max: 130 }),
        fc.constantFrom('0.01', '1', '1000'),
        (target, weights, over, unit) => {
          const reps = Object.fromEntries(weights.map((w, i) => [`rep${i}`, w]));
          const plan = setQuotas(target, { reps, overAssignment: `${over}%`, unit });
          const sum = plan.quotas.reduce((a, q) => a.add(R(q.quota)), Ratio.of(0));
          expect(sum.equals(R(plan.assigned))).toBe(true);
          const total = weights.reduce((a, b) => a + b, 0);
          plan.quotas.forEach((q, i) => {
            const exact = R(plan.assigned).mul(Ratio.of(weights[i]!, total));
            const diff = R(q.quota).sub(exact);
            expect(diff.compare(R(unit))).toBeLessThan(0);
            expect(diff.compare(R(unit).mul(Ratio.of(-1)))).toBeGreaterThan(0);
          });
        },
      ),
    );
  });
});
