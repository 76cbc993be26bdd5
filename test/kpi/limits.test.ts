import { describe, expect, it } from 'vitest';
import {
  breakEvenRevenue,
  churnRate,
  compoundGrowthRate,
  growthRate,
  ltv,
  ltvToCac,
  monthlyTotalsByRep,
  pipelineCoverage,
  pipelineVelocity,
} from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

describe('results beyond 10^300 are refused, never Infinity', () => {
  it('RESULT_TOO_LARGE with the path of the tiny divisor', () => {
    expect(errorOf(() => growthRate({ previous: '1e-300', current: '1e200' }))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['input'] });
    expect(errorOf(() => growthRate([1, '1e-300', '1e200']))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['series', 2] });
    expect(errorOf(() => ltvToCac({ ltv: '1e200', cac: '1e-200' }))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['input', 'cac'] });
    expect(errorOf(() => pipelineCoverage({ openPipeline: '1e200', quota: '1e-200' }))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['input', 'quota'] });
    expect(errorOf(() => ltv({ arpa: 1, grossMargin: 1, churn: '1e-301' }))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['input', 'churn'] });
    expect(errorOf(() => pipelineVelocity({ opportunities: 1, winRate: 1, averageDealSize: '1e200', cycleDays: '1e-200' }))).toMatchObject({
      code: 'RESULT_TOO_LARGE',
      path: ['input', 'cycleDays'],
    });
    expect(errorOf(() => breakEvenRevenue({ fixedCosts: '1e200', contributionMarginRatio: '1e-200' }))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['input'] });
    expect(errorOf(() => breakEvenRevenue({ fixedCosts: 1, price: '1e-200', variableCost: '1e200' }))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['input', 'price'] });
    expect(errorOf(() => compoundGrowthRate({ start: '1e-200', end: '1e200', periods: 2, period: 'year' }))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['input', 'start'] });
    expect(errorOf(() => monthlyTotalsByRep([{ at: '2026-01-01', amount: '1e200' }], { benchmark: '1e-200' }))).toMatchObject({
      code: 'RESULT_TOO_LARGE',
      path: ['options', 'benchmark'],
    });
  });

  it('just below the limit is still an exact answer', () => {
    expect(ltvToCac({ ltv: '1e150', cac: '1e-149' }).value!.toString()).toBe(`1${'0'.repeat(299)}`);
  });

  it('INVALID_NUMBER where a number is not one', () => {
    expect(errorOf(() => pipelineVelocity({ opportunities: 1, winRate: 'high', averageDealSize: 1, cycleDays: 1 }))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['input', 'winRate'],
    });
    expect(errorOf(() => pipelineCoverage({ openPipeline: '1,000', quota: 1 }))).toMatchObject({ code: 'INVALID_NUMBER', path: ['input', 'openPipeline'] });
    expect(errorOf(() => churnRate({ atStart: 'ten', lost: 1 }))).toMatchObject({ code: 'INVALID_NUMBER', path: ['input', 'atStart'] });
    expect(errorOf(() => ltv({ arpa: '€100', grossMargin: 1, churn: 0.1 }))).toMatchObject({ code: 'INVALID_NUMBER', path: ['input', 'arpa'] });
  });
});
