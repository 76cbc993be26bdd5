import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Ratio,
  acceptanceRate,
  averageDealSize,
  breakEvenRevenue,
  breakEvenUnits,
  cac,
  cacPaybackMonths,
  churnRate,
  compoundGrowthRate,
  engagementPerPost,
  firstYearChurnByRep,
  growthRate,
  kpi,
  lossRate,
  lostToCreatedRatio,
  ltv,
  ltvToCac,
  monthlyTotalsByRep,
  personalizationShare,
  pipelineCoverage,
  pipelineVelocity,
  recurringRevenue,
  salesCycleLength,
  weightedPipeline,
  winRate,
} from '../../src/index.js';
import { dishonestNumbers, expectHonest } from '../helpers/honest.js';
import { Decimal } from 'decimal.js';

const Wide = Decimal.clone({ precision: 80 });

const ZERO = Ratio.of(0);
const ONE = Ratio.of(1);
const inUnit = (r: Ratio | null) => r === null || (r.compare(ZERO) >= 0 && r.compare(ONE) <= 0);
const R = (x: { toString(): string }) => {
  const [n, d] = x.toString().split('/');
  if (d !== undefined) return Ratio.of(BigInt(n!), BigInt(d));
  const [i, f = ''] = n!.split('.');
  return Ratio.of(BigInt(i! + f), 10n ** BigInt(f.length));
};

/** An amount of money with cents, as a string: '1234.05'. */
const cents = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((c) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`);
const share = fc.tuple(fc.nat({ max: 1000 }), fc.integer({ min: 1, max: 1000 })).map(([a, b]) => Ratio.of(Math.min(a, b), b));
const status = fc.constantFrom('won', 'lost', 'open') as fc.Arbitrary<'won' | 'lost' | 'open'>;
const deal = fc.record({ status, value: cents, rep: fc.constantFrom('Ana', 'Bo', '__proto__') });
const deals = fc.array(deal, { maxLength: 40 });
const day = fc.integer({ min: 18_000, max: 22_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

/** A result is honest: no NaN or Infinity anywhere, and it survives a JSON round trip. */
function honest(result: unknown): void {
  expect(dishonestNumbers(result)).toEqual([]);
  const text = JSON.stringify(result);
  expect(typeof text).toBe('string');
  // plain data after one trip: a second trip changes nothing
  expect(JSON.stringify(JSON.parse(text))).toBe(text);
}

describe('KPI properties', () => {
  it('every rate is in [0, 1]: win, loss, churn, acceptance, personalisation, lost:created over all deals', () => {
    fc.assert(
      fc.property(deals, fc.constantFrom('decided', 'all') as fc.Arbitrary<'decided' | 'all'>, fc.constantFrom('count', 'value') as fc.Arbitrary<'count' | 'value'>, (ds, denominator, basis) => {
        const w = winRate(ds, { denominator, basis });
        const l = lossRate(ds, { denominator, basis });
        expect(inUnit(w.value) && inUnit(l.value)).toBe(true);
        if (denominator === 'decided' && w.value && l.value) expect(w.value.add(l.value).equals(ONE)).toBe(true);
        const lc = lostToCreatedRatio(ds);
        expect([lc.overall, ...lc.byRep].every((x) => inUnit(x.value))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.nat({ max: 10_000 }), (a, b) => {
        expect(inUnit(churnRate({ atStart: a, lost: b }).value)).toBe(true);
        expect(inUnit(acceptanceRate({ sent: a, accepted: b }).value)).toBe(true);
        expect(inUnit(personalizationShare([{ personalized: a, generic: b }]).byRep[0]!.share)).toBe(true);
      }),
    );
  });

  it('churn ≤ 1: gross and net revenue churn never exceed 100% (net may be negative)', () => {
    fc.assert(
      fc.property(cents, cents, cents, (start, lost, expansion) => {
        const r = churnRate({ basis: 'revenue', atStart: start, lost, expansion });
        if (r.value === null) {
          expect(r.reason === 'zero-start' || R(lost).compare(R(start)) > 0).toBe(true);
          return;
        }
        expect(r.value.compare(ONE)).toBeLessThanOrEqual(0);
        expect(r.net!.compare(ONE)).toBeLessThanOrEqual(0);
        expect(r.net!.compare(r.value)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('velocity is linear in each factor: v(k·x) = k·v(x), and v(cycle / k) = k·v(cycle)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), share, cents, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 50 }), (opps, rate, size, days, k) => {
        const base = { opportunities: opps, winRate: rate, averageDealSize: size, cycleDays: days };
        const v = pipelineVelocity(base).exact!;
        const K = Ratio.of(k);
        expect(pipelineVelocity({ ...base, opportunities: opps * k }).exact!.equals(v.mul(K))).toBe(true);
        expect(pipelineVelocity({ ...base, averageDealSize: R(size).mul(K) }).exact!.equals(v.mul(K))).toBe(true);
        expect(pipelineVelocity({ ...base, winRate: rate.div(K) }).exact!.mul(K).equals(v)).toBe(true);
        expect(pipelineVelocity({ ...base, cycleDays: Ratio.of(days, k) }).exact!.equals(v.mul(K))).toBe(true);
      }),
    );
  });

  it('break-even units × unit margin = fixed costs exactly; break-even revenue = units × price', () => {
    fc.assert(
      fc.property(cents, cents, cents, (fixed, price, variable) => {
        const u = breakEvenUnits({ fixedCosts: fixed, price, variableCost: variable });
        const margin = R(price).sub(R(variable));
        if (margin.sign() <= 0) {
          expect(u.value).toBeNull();
          return;
        }
        expect(u.value!.mul(margin).equals(R(fixed))).toBe(true);
        expect(BigInt(u.units!)).toBe(u.value!.ceil());
        const rev = breakEvenRevenue({ fixedCosts: fixed, price, variableCost: variable });
        expect(rev.exact!.equals(u.value!.mul(R(price)))).toBe(true);
      }),
    );
  });

  it('weighted pipeline is additive over deals: total(A ∪ B) = total(A) + total(B)', () => {
    const open = fc.array(fc.record({ status: fc.constant('open' as const), stage: fc.constantFrom('demo', 'proposal', 'contract'), value: cents }), { maxLength: 30 });
    const probabilities = fc.record({ demo: share, proposal: share, contract: share });
    fc.assert(
      fc.property(open, open, probabilities, (a, b, p) => {
        const all = weightedPipeline([...a, ...b], { probabilities: p });
        const sum = weightedPipeline(a, { probabilities: p }).exact.add(weightedPipeline(b, { probabilities: p }).exact);
        expect(all.exact.equals(sum)).toBe(true);
        expect(all.exact.compare(R(all.unweighted))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('recurring revenue: the closed forms equal a month-by-month simulation', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 60 }), fc.oneof(fc.constant(ZERO), share), (x, n, churn) => {
        const r = recurringRevenue({ newMrr: x, months: n, churn });
        let mrr = ZERO;
        let recognized = ZERO;
        for (let k = 1; k <= n; k++) {
          mrr = mrr.mul(ONE.sub(churn)).add(R(x)); // churn on last month's MRR, then this month's new MRR
          recognized = recognized.add(mrr);
        }
        expect(r.recognizedRevenue.exact.equals(recognized)).toBe(true);
        expect(r.exitRunRate.exactArr.equals(mrr.mul(Ratio.of(12)))).toBe(true);
        expect(r.recognizedRevenue.kind).toBe('recognized-revenue');
        expect(r.exitRunRate.kind).toBe('exit-run-rate');
        if (churn.isZero()) {
          expect(r.recognizedRevenue.exact.equals(R(x).mul(Ratio.of(n * (n + 1), 2)))).toBe(true);
          expect(r.exitRunRate.exactArr.equals(R(x).mul(Ratio.of(12 * n)))).toBe(true);
        }
      }),
    );
  });

  it('LTV over a horizon grows with the horizon and stays below the steady state', () => {
    fc.assert(
      fc.property(cents, share, share.filter((c) => !c.isZero()), fc.integer({ min: 1, max: 120 }), (arpa, margin, churn, h) => {
        const steady = ltv({ arpa, grossMargin: margin, churn }).exact;
        const a = ltv({ arpa, grossMargin: margin, churn, horizon: h }).exact;
        const b = ltv({ arpa, grossMargin: margin, churn, horizon: h + 1 }).exact;
        expect(a.compare(b)).toBeLessThanOrEqual(0);
        expect(b.compare(steady)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('deal size: mean × n = total exactly, and min ≤ median, trimmed mean ≤ max', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 40 }), share.filter((t) => t.compare(Ratio.of(1, 2)) < 0), (values, trim) => {
        const a = averageDealSize(values, { trim });
        expect(a.exact.mean!.mul(Ratio.of(a.n)).equals(R(a.total))).toBe(true);
        const sorted = values.map(R).sort((x, y) => x.compare(y));
        for (const s of [a.exact.median!, a.exact.trimmedMean!]) {
          expect(s.compare(sorted[0]!)).toBeGreaterThanOrEqual(0);
          expect(s.compare(sorted[sorted.length - 1]!)).toBeLessThanOrEqual(0);
        }
        expect(a.median!.toString()).toBe(a.exact.median!.toDecimalString());
      }),
    );
  });

  it('compound growth: (1 + rate)^periods gives back end / start to 35 significant digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 120 }), (start, end, n) => {
        const g = compoundGrowthRate({ start, end, periods: n, period: 'month' });
        const back = new Wide(g.value.toString()).plus(1).pow(n);
        const want = new Wide(end).div(start);
        expect(back.minus(want).abs().div(want).lt('1e-35')).toBe(true);
        if (g.exact) expect(back.eq(want)).toBe(true);
      }),
    );
  });

  it('growth: previous × (1 + rate) = current exactly', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const g = growthRate({ previous: a, current: b });
        if (g.value === null) expect(R(a).isZero()).toBe(true);
        else expect(R(a).mul(ONE.add(g.value)).equals(R(b))).toBe(true);
      }),
    );
  });

  it('results are honest and JSON-serialisable for every KPI on valid input', () => {
    fc.assert(
      fc.property(deals, fc.array(day, { minLength: 2, maxLength: 2 }), cents, cents, share, fc.nat({ max: 500 }), fc.nat({ max: 500 }), (ds, [d1, d2], m1, m2, s, a, b) => {
        const [from, to] = d1! <= d2! ? [d1!, d2!] : [d2!, d1!];
        const dated = ds.map((d) => ({ ...d, createdAt: from, ...(d.status === 'open' ? {} : { closedAt: to }) }));
        for (const result of [
          winRate(ds),
          lossRate(ds, { basis: 'value', denominator: 'all' }),
          lostToCreatedRatio(dated, { period: { start: from, end: to } }),
          averageDealSize(ds, { status: 'all' }),
          salesCycleLength(dated, { over: 'decided' }),
          pipelineVelocity({ opportunities: a, winRate: s, averageDealSize: m1, cycleDays: b }),
          weightedPipeline(ds.map((d) => ({ ...d, stage: 'x' })), { probabilities: { x: s } }),
          pipelineCoverage({ openPipeline: m1, quota: m2 }),
          churnRate({ atStart: a, lost: b }),
          firstYearChurnByRep(ds.map((d) => ({ rep: d.rep, wonAt: from, ...(d.status === 'lost' ? { churnedAt: to } : {}) })), { asOf: to }),
          ltv({ arpa: m1, grossMargin: s, churn: s, horizon: 24 }),
          cac({ spend: m1, newCustomers: a }),
          ltvToCac({ ltv: m1, cac: m2 }),
          cacPaybackMonths({ cac: m1, arpa: m2, grossMargin: s }),
          growthRate([m1, m2, a]),
          compoundGrowthRate({ start: m1 === '0.00' ? 1 : m1, end: m2, periods: b + 1, period: 'quarter' }),
          monthlyTotalsByRep(dated.map((d) => ({ rep: d.rep, at: d.createdAt, amount: d.value })), { benchmark: m2 }),
          breakEvenUnits({ fixedCosts: m1, price: m2, variableCost: s }),
          breakEvenRevenue({ fixedCosts: m1, contributionMarginRatio: s }),
          recurringRevenue({ newMrr: m1, months: (b % 36) + 1, churn: s }),
          engagementPerPost({ posts: a, likes: b }),
          acceptanceRate({ sent: a, accepted: b }),
          personalizationShare([{ personalized: a, generic: b }]),
        ]) {
          honest(result);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('on extreme or wrong numbers in the right shapes, every KPI returns an honest result or throws FunnelMathError', () => {
    const num = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.bigInt(),
      fc.constantFrom('1e-300', '9e299', '1e-400', '0', '-0', '1/3', '150%', '0.5', '1e300', 0, 1, 2, -1, Number.MAX_SAFE_INTEGER, 2 ** 53),
      fc.record({ num: fc.integer(), den: fc.integer() }),
    );
    const date = fc.oneof(day, fc.constantFrom('2026-02-30', '', 'x'), fc.date());
    const anyDeal = fc.record({ status, value: num, createdAt: date, closedAt: date, rep: fc.constantFrom('a', '__proto__'), stage: fc.constantFrom('x', 'y') }, { requiredKeys: ['status'] });
    const calls: ((a: unknown, b: unknown, c: unknown, d: unknown, e: unknown[], f: unknown[]) => unknown)[] = [
      (_a, _b, _c, _d, e) => winRate(e as never, { basis: 'value', denominator: 'all' }),
      (a, b, c) => lossRate({ won: a, lost: b, open: c } as never, { basis: 'value' }),
      (a, b, _c, _d, e) => lostToCreatedRatio(e as never, { period: { start: a, end: b } } as never),
      (a, _b, _c, _d, e, f) => averageDealSize([...e, ...f] as never, { trim: a } as never),
      (_a, _b, _c, _d, e) => salesCycleLength(e as never, { over: 'decided' }),
      (a, b, c, d) => pipelineVelocity({ opportunities: a, winRate: b, averageDealSize: c, cycleDays: d } as never),
      (a, b, _c, _d, e) => weightedPipeline(e as never, { probabilities: { x: a, y: b } } as never),
      (a, b, c, d) => pipelineCoverage({ openPipeline: a, quota: b } as never, { healthy: { from: c, to: d } } as never),
      (a, b, c) => churnRate({ basis: 'revenue', atStart: a, lost: b, expansion: c } as never),
      (a, b, c) => churnRate({ atStart: a, lost: b } as never) ?? c,
      (a, b, c) => firstYearChurnByRep([{ wonAt: a, churnedAt: b }] as never, { asOf: c } as never),
      (a, b, c, d) => ltv({ arpa: a, grossMargin: b, churn: c, horizon: d } as never),
      (a, b, c) => ltv({ arpa: a, grossMargin: b, churn: c } as never),
      (a, b) => cac({ spend: a, newCustomers: b } as never),
      (a, b) => ltvToCac({ ltv: a, cac: b } as never),
      (a, b, c) => cacPaybackMonths({ cac: a, arpa: b, grossMargin: c } as never),
      (a, b) => growthRate({ previous: a, current: b } as never),
      (_a, _b, _c, _d, _e, f) => growthRate(f as never),
      (a, b, c) => compoundGrowthRate({ start: a, end: b, periods: c, period: 'year' } as never),
      (a, b, c) => monthlyTotalsByRep([{ rep: 'a', at: c, amount: a }] as never, { benchmark: b } as never),
      (a, b, c) => breakEvenUnits({ fixedCosts: a, price: b, variableCost: c } as never),
      (a, b) => breakEvenRevenue({ fixedCosts: a, contributionMarginRatio: b } as never),
      (a, b, c) => breakEvenRevenue({ fixedCosts: a, price: b, variableCost: c } as never),
      (a, b, c) => recurringRevenue({ newMrr: a, months: b, churn: c } as never),
      (a, b, c, d) => engagementPerPost({ posts: a, shares: b, comments: c, likes: d } as never),
      (a, b) => acceptanceRate({ sent: a, accepted: b } as never),
      (a, b, c) => personalizationShare([{ personalized: a, generic: b }] as never, { benchmark: c } as never),
    ];
    fc.assert(
      fc.property(num, num, fc.oneof(num, date), num, fc.array(anyDeal, { maxLength: 5 }), fc.array(num, { maxLength: 5 }), (a, b, c, d, e, f) => {
        calls.forEach((call, i) => {
          try {
            expectHonest(() => call(a, b, c, d, e, f));
          } catch (error) {
            throw new Error(`call ${i} (${String(call).slice(0, 80)}): ${(error as Error).message}`);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('the kpi namespace holds exactly the 23 KPI functions of the contract', () => {
    expect(Object.keys(kpi).sort()).toEqual(
      [
        'winRate', 'lossRate', 'lostToCreatedRatio', 'averageDealSize', 'salesCycleLength', 'pipelineVelocity', 'weightedPipeline',
        'pipelineCoverage', 'churnRate', 'firstYearChurnByRep', 'ltv', 'cac', 'ltvToCac', 'cacPaybackMonths', 'growthRate',
        'compoundGrowthRate', 'monthlyTotalsByRep', 'breakEvenUnits', 'breakEvenRevenue', 'recurringRevenue', 'engagementPerPost',
        'acceptanceRate', 'personalizationShare',
      ].sort(),
    );
  });
});
