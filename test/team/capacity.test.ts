import { describe, expect, it } from 'vitest';
import { capacityPlan, errorMessage, errorMessagesRu, hiresNeeded } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

// A team of 8 reps, all past their ramp; a 3-month ramp of 25%, 50%, 75%; $150,000 quota per quarter.
const eight = Array.from({ length: 8 }, (_, i) => ({ id: `rep${i + 1}`, start: '2025-01-06' }));
const team = {
  reps: eight,
  ramp: ['25%', '50%', '75%'],
  quotaPerRep: 150000,
  quotaPer: 'quarter',
  attainment: '90%',
  outcomesPerRep: 6,
  attrition: '2%',
  backfillDelayMonths: 1,
  hires: [{ start: '2026-02-01', count: 2 }],
  periods: { from: '2026-01', months: 6 },
} as const;

describe('capacityPlan: the word problem', () => {
  const plan = plain(capacityPlan({ ...team, goal: 400000 }));
  it('month by month: headcount, expected reps, equivalents, money and outcomes', () => {
    expect(plan.months.map((m: { headcount: number }) => m.headcount)).toEqual([8, 10, 10, 10, 10, 10]);
    // 8 × 0.98 + 2 new hires; March: 8 × 0.98² + 2 × 0.98 + 0.16 backfilled (January's leavers, one month later)
    expect(plan.months.slice(0, 3).map((m: { expectedHeadcount: string }) => m.expectedHeadcount)).toEqual(['8', '246/25', '6127/625']);
    // February: 7.84 + 2 × 25%; March: 7.6832 + 1.96 × 50% + 0.16 × 25% = 8.7032
    expect(plan.months.slice(0, 3).map((m: { equivalents: string }) => m.equivalents)).toEqual(['8', '417/50', '10879/1250']);
    expect(plan.months.map((m: { capacity: string }) => m.capacity)).toEqual(['360000', '375300', '391644', '409398.12', '428491.14', '428109.28']);
    expect(plan.months[1].outcomes).toBe('417/25');
    expect(plan.months.map((m: { covered: boolean }) => m.covered)).toEqual([false, false, false, true, true, true]);
    expect(plan.months.map((m: { gap: string }) => m.gap)).toEqual(['40000', '24700', '8356', '-9398.12', '-28491.14', '-28109.28']);
    expect(plan.months[3].exact).toBe('10234953/25');
  });
  it('totals are sums of exact values, rounded once; the conventions are named', () => {
    expect(plan.totals).toEqual({ equivalents: '4154414123/78125000', capacity: '2392942.53', exact: '37389727107/15625', outcomes: '4154414123/39062500', goal: '2400000', gap: '7057.47', covered: false });
    expect([plan.monthlyQuota, plan.quotaPer, plan.attainment, plan.partialMonth, plan.attritionModel, plan.backfillDelayMonths, plan.rounding]).toEqual(['50000', 'quarter', '9/10', 'prorate-days', 'expected-survival', 1, 'half-even-to-cent']);
    // a rep's own expected equivalents over the six months: Σ 0.98^k, k = 0 … 5
    expect(plan.reps[0]).toEqual({ id: 'rep1', equivalents: '1783712799/312500000' });
  });
});

describe('capacityPlan: conventions', () => {
  const base = { ramp: ['25%', '50%', '75%'], quotaPerRep: 40000, periods: { from: '2026-01', months: 3 } } as const;
  const midMonth = [{ id: 'ana', start: '2026-01-16', end: '2026-03-10' }];
  it('a rep starting on 16 January and leaving on 10 March, by each partial-month rule', () => {
    const eq = (partialMonth: 'prorate-days' | 'from-next-month' | 'full') => plain(capacityPlan({ ...base, reps: midMonth, partialMonth })).months.map((m: { equivalents: string }) => m.equivalents);
    expect(eq('prorate-days')).toEqual(['4/31', '1/2', '15/62']); // 16/31 × 25%, 50%, 10/31 × 75%
    expect(eq('from-next-month')).toEqual(['0', '1/4', '0']); // February is tenure month 1; March is not a whole month
    expect(eq('full')).toEqual(['1/4', '1/2', '3/4']);
    expect(plain(capacityPlan({ ...base, reps: midMonth, partialMonth: 'from-next-month' })).months.map((m: { headcount: number }) => m.headcount)).toEqual([0, 1, 0]);
  });
  it('attrition without backfill: expected reps are 8 × 0.98^k', () => {
    const plan = plain(capacityPlan({ ...base, reps: eight, attrition: '2%' }));
    expect(plan.months.map((m: { expectedHeadcount: string }) => m.expectedHeadcount)).toEqual(['8', '196/25', '4802/625']);
    expect(plan.backfillDelayMonths).toBeNull();
  });
  it('a goal in total, or one per month', () => {
    const total = plain(capacityPlan({ ...base, reps: eight, goal: { total: 1000000 } }));
    expect([total.months[0].goal, total.totals.goal, total.totals.gap, total.totals.covered]).toEqual([null, '1000000', '40000', false]);
    const each = plain(capacityPlan({ ...base, reps: eight, goal: [300000, 320000, 330000] }));
    expect(each.months.map((m: { covered: boolean }) => m.covered)).toEqual([true, true, false]);
  });
  it('a quota that does not divide evenly is exact, and shown to the cent', () => {
    const plan = plain(capacityPlan({ reps: [{ id: 'ana', start: '2025-01-01' }], quotaPerRep: 100000, quotaPer: 'quarter', periods: { from: '2026-01', months: 1 } }));
    expect([plan.months[0].exact, plan.months[0].capacity]).toEqual(['100000/3', '33333.33']);
  });
});

describe('capacityPlan: errors', () => {
  it('a rep id twice is DUPLICATE_ID, at the second one', () => {
    const e = errorOf(() => capacityPlan({ reps: [{ id: 'ana', start: '2026-01-01' }, { id: 'ben', start: '2026-01-01' }, { id: 'ana', start: '2026-02-01' }], quotaPerRep: 1, periods: { from: '2026-01', months: 1 } }));
    expect([e.code, e.path, e.message]).toEqual(['DUPLICATE_ID', ['options', 'reps', 2, 'id'], 'The reps have the id "ana" twice (at 1 and 3); give each its own id.']);
    expect(errorMessage(e, errorMessagesRu)).toContain('Продавцы');
  });
  it('attrition of 100%, an end before the start, a month that is not one', () => {
    const base = { quotaPerRep: 1, periods: { from: '2026-01', months: 1 } };
    const a = errorOf(() => capacityPlan({ ...base, attrition: 1 }));
    expect([a.code, a.path]).toEqual(['OUT_OF_RANGE', ['options', 'attrition']]);
    const b = errorOf(() => capacityPlan({ ...base, reps: [{ id: 'ana', start: '2026-02-01', end: '2026-01-01' }] }));
    expect([b.code, b.path, b.message]).toEqual(['OUT_OF_RANGE', ['options', 'reps', 0, 'end'], 'The end date of rep 1 should be a date on or after the start date; got "2026-01-01".']);
    const c = errorOf(() => capacityPlan({ quotaPerRep: 1, periods: { from: '2026-13', months: 1 } }));
    expect([c.code, c.path]).toEqual(['INVALID_DATE', ['options', 'periods', 'from']]);
    const d = errorOf(() => capacityPlan({ ...base, ramp: ['25%', '120%'] }));
    expect([d.code, d.path]).toEqual(['OUT_OF_RANGE', ['options', 'ramp', 1]]);
    const e = errorOf(() => capacityPlan({ ...base, partialMonth: 'half' as never }));
    expect(e.code).toBe('INVALID_CHOICE');
    const f = errorOf(() => capacityPlan({ ...base, attrtion: '2%' } as never));
    expect(f.code).toBe('UNKNOWN_OPTION');
  });
});

describe('hiresNeeded', () => {
  it('the word problem: $450,000 in June needs 1 more hire, starting by May', () => {
    const need = plain(hiresNeeded(450000, { ...team, deadline: '2026-06' }));
    expect(need).toMatchObject({ kind: 'hires-needed', feasible: true, hires: 1, latestStart: '2026-05', withoutHires: '428109.28', withHires: '450159.28', withOneFewer: '428109.28', perHire: '22050', deadline: '2026-06', measure: 'month' });
    // a hire starting in June is in ramp month 1 then: 25% × $45,000 = $11,250, so two are needed
    expect(need.byStart.at(-1)).toEqual({ month: '2026-06', hires: 2 });
  });
  it('8 ramped reps, $500,000 in June: 2 hires, starting by March (April hires reach only 75%)', () => {
    const need = plain(hiresNeeded(500000, { reps: eight, ramp: ['25%', '50%', '75%'], quotaPerRep: 150000, quotaPer: 'quarter', periods: { from: '2026-01', months: 12 }, deadline: '2026-06' }));
    expect([need.hires, need.latestStart, need.withoutHires, need.withHires, need.withOneFewer]).toEqual([2, '2026-03', '400000', '500000', '450000']);
    expect(need.byStart.map((s: { hires: number }) => s.hires)).toEqual([2, 2, 2, 3, 4, 8]);
  });
  it('over the range through the deadline', () => {
    const need = plain(hiresNeeded(2400000, { ...team, measure: 'through-deadline' }));
    expect([need.hires, need.latestStart, need.withoutHires, need.withHires]).toEqual([1, '2026-06', '2392942.53', '2404192.53']);
  });
  it('nothing to hire when the team already reaches the goal', () => {
    const need = plain(hiresNeeded(300000, { ...team, deadline: '2026-01' }));
    expect([need.feasible, need.hires, need.latestStart, need.withOneFewer]).toEqual([true, 0, null, null]);
  });
  it('infeasible: a ramp that gives nothing for two months, a deadline in February', () => {
    const need = plain(hiresNeeded(500000, { reps: eight, ramp: ['0%', '0%', '50%'], quotaPerRep: 50000, periods: { from: '2026-01', months: 6 }, deadline: '2026-02' }));
    expect(need).toMatchObject({ feasible: false, reason: 'no-capacity-from-hires-by-deadline', withoutHires: '400000', byStart: [{ month: '2026-01', hires: null }, { month: '2026-02', hires: null }] });
    expect(need.hires).toBeUndefined();
  });
  it('a deadline outside the periods', () => {
    const e = errorOf(() => hiresNeeded(1, { ...team, deadline: '2027-01' }));
    expect([e.code, e.path]).toEqual(['OUT_OF_RANGE', ['options', 'deadline']]);
  });
});
