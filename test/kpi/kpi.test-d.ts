import type { Decimal } from 'decimal.js';
import { describe, expectTypeOf, it } from 'vitest';
import {
  growthRate,
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
