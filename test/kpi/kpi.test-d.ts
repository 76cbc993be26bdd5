import type { Decimal } from 'decimal.js';
import { describe, expectTypeOf, it } from 'vitest';
import {
  analyzeFunnel,
  averageDealSize,
  defineFunnel,
  growthRate,
  outcomeRange,
  salesCycleLength,
  kpi,
  ltv,
  recurringRevenue,
  winRate,
  type GrowthSeries,
  type GrowthStep,
  type Ratio,
  type RateDenominator,
} from '../../src/index.js';

describe('KPI types', () => {
  it('conventions are literal unions, and a misspelt one does not compile', () => {
    expectTypeOf(winRate({ won: 1, lost: 1 }).denominator).toEqualTypeOf<RateDenominator>();
    expectTypeOf<RateDenominator>().toEqualTypeOf<'decided' | 'all'>();
    // @ts-expect-error: 'closed' is not a denominator
    winRate({ won: 1, lost: 1 }, { denominator: 'closed' });
    // @ts-expect-error: a deal's status is won, lost or open
    winRate([{ status: 'pending' }]);
    // @ts-expect-error: a misspelt option
    winRate({ won: 1, lost: 1 }, { basys: 'value' });
  });

  it('the quantile rule is a literal union, named in each result that reports a median', () => {
    expectTypeOf(averageDealSize([1, 2], { quantile: 'nearest-rank' }).quantileRule).toEqualTypeOf<'averaged' | 'nearest-rank'>();
    expectTypeOf(salesCycleLength([], { quantile: 'averaged' }).quantileRule).toEqualTypeOf<'averaged' | 'nearest-rank'>();
    const f = defineFunnel(['call', 'sale'] as const);
    const t = analyzeFunnel(f, [], { quantile: 'averaged' }).stages[1]!.timeFromPrevious;
    expectTypeOf(t!.quantileRule).toEqualTypeOf<'nearest-rank' | 'averaged'>();
    expectTypeOf(outcomeRange(f, { activity: 10, rates: { sale: 0.5 } }).quantileRule).toEqualTypeOf<'nearest-rank'>();
    // @ts-expect-error: 'median' is not a quantile rule
    averageDealSize([1, 2], { quantile: 'median' });
    // @ts-expect-error: 'midpoint' is not a quantile rule (numpy's 'midpoint' is another rule)
    analyzeFunnel(f, [], { quantile: 'midpoint' });
  });

  it('rates are Ratios or null, money is Decimal', () => {
    expectTypeOf(winRate({ won: 1, lost: 1 }).value).toEqualTypeOf<Ratio | null>();
    expectTypeOf(ltv({ arpa: 1, grossMargin: 1, churn: 0.1 }).value).toEqualTypeOf<Decimal>();
  });

  it('the two recurring-revenue goal kinds carry their names as types', () => {
    const r = recurringRevenue({ newMrr: 1000, months: 12 });
    expectTypeOf(r.recognizedRevenue.kind).toEqualTypeOf<'recognized-revenue'>();
    expectTypeOf(r.exitRunRate.kind).toEqualTypeOf<'exit-run-rate'>();
  });

  it('growthRate: a pair gives a step, a series gives steps and overall', () => {
    expectTypeOf(growthRate({ previous: 1, current: 2 })).toEqualTypeOf<GrowthStep>();
    expectTypeOf(growthRate([1, 2, 3])).toEqualTypeOf<GrowthSeries>();
  });

  it('the namespace members are the same functions', () => {
    expectTypeOf(kpi.winRate).toEqualTypeOf<typeof winRate>();
    expectTypeOf(kpi.ltv).toEqualTypeOf<typeof ltv>();
  });
});
