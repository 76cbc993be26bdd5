import { describe, expectTypeOf, it } from 'vitest';
import { compareRates, detectableLift, type Alternative, type ProbabilityMethod } from '../../src/index.js';

const a = { successes: 10, trials: 100 };
const b = { successes: 25, trials: 100 };

describe('compareRates types', () => {
  it('takes an alternative among three texts and names it in the result', () => {
    expectTypeOf(compareRates(a, b, { alternative: 'greater' }).alternative).toEqualTypeOf<Alternative>();
    expectTypeOf<Alternative>().toEqualTypeOf<'two-sided' | 'greater' | 'less'>();
    // @ts-expect-error: statsmodels' 'larger' is not one of the library's names
    compareRates(a, b, { alternative: 'larger' });
  });
  it('says how P(b > a) was computed', () => {
    expectTypeOf(compareRates(a, b).probabilityAccuracy).toEqualTypeOf<{ readonly method: ProbabilityMethod; readonly resolved: boolean; readonly below: number } | null>();
    expectTypeOf<ProbabilityMethod>().toEqualTypeOf<'exact-sum' | 'quadrature'>();
  });
  it('detectableLift says why a relative lift is null', () => {
    expectTypeOf(detectableLift({ rate: 0, trials: 10 }).relativeLiftReason).toEqualTypeOf<'zero-rate' | 'beyond-float-range' | 'not-detectable' | null>();
  });
});
