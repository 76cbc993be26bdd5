import { describe, expect, it } from 'vitest';
import { compareRates, detectableLift, FunnelMathError } from '../../src/index.js';

const a = { successes: 10, trials: 100 };
const b = { successes: 25, trials: 100 };

describe('compareRates with a one-sided alternative', () => {
  it('is two-sided by default and says so', () => {
    const c = compareRates(a, b);
    expect([c.alternative, c.zTest!.alternative, c.interval!.alternative]).toEqual(['two-sided', 'two-sided', 'two-sided']);
    expect(c.zTest!.pValue.toFixed(4)).toBe('0.0052');
  });
  it("'greater': the p-value is P(Z ≥ z) and the interval a lower bound at the level", () => {
    const c = compareRates(a, b, { alternative: 'greater' });
    expect(c.zTest!.pValue.toFixed(6)).toBe('0.002624');
    expect(c.interval!.lower.toFixed(6)).toBe('0.062028');
    expect(c.interval!.upper).toBe(1);
    expect(c.verdict).toBe('b-higher');
    expect(c.message).toContain('95% lower bound 6.2 points');
  });
  it("'less' on the wrong side: p near 1, an upper bound, no verdict for a", () => {
    const c = compareRates(a, b, { alternative: 'less' });
    expect(c.zTest!.pValue.toFixed(6)).toBe('0.997376');
    expect(c.interval!.lower).toBe(-1);
    expect(c.interval!.upper.toFixed(6)).toBe('0.236595');
    expect(c.verdict).toBe('no-clear-difference');
    expect(c.message).toContain('95% upper bound 23.7 points');
  });
  it("'less' on its side says a is higher", () => {
    const c = compareRates(b, a, { alternative: 'less', level: '90%' });
    expect(c.verdict).toBe('a-higher');
    expect(c.interval!.lower).toBe(-1);
    expect(c.interval!.upper).toBeLessThan(0);
  });
  it('a pooled rate with no spread gives z = 0 and p = 1 for every alternative', () => {
    for (const alternative of ['two-sided', 'greater', 'less'] as const) {
      expect(compareRates({ successes: 0, trials: 4 }, { successes: 0, trials: 9 }, { alternative }).zTest).toEqual({ z: 0, pValue: 1, alternative });
      expect(compareRates({ successes: 4, trials: 4 }, { successes: 9, trials: 9 }, { alternative }).zTest).toEqual({ z: 0, pValue: 1, alternative });
    }
  });
  it('names the alternative with no trials too', () => {
    const c = compareRates({ successes: 0, trials: 0 }, b, { alternative: 'greater' });
    expect([c.verdict, c.alternative, c.probabilityAccuracy]).toEqual(['insufficient-data', 'greater', null]);
  });
  it('refuses an alternative that is not one of the three: INVALID_CHOICE at the option', () => {
    for (const bad of ['larger', 'two_sided', '', 1, null]) {
      let error: unknown;
      try {
        compareRates(a, b, { alternative: bad as never });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FunnelMathError);
      expect((error as FunnelMathError).code).toBe('INVALID_CHOICE');
      expect((error as FunnelMathError).path).toEqual(['options', 'alternative']);
    }
    expect(() => compareRates(a, b, { alternative: 'larger' as never })).toThrow('The option "alternative" should be one of "two-sided", "greater", "less"; got "larger".');
  });
  it('a misspelt option is UNKNOWN_OPTION with a suggestion', () => {
    expect(() => compareRates(a, b, { alternativ: 'greater' } as never)).toThrow(/alternative/);
  });
});

describe('P(b > a) says how it was computed and when a tail is beyond it', () => {
  it('a tail below the smallest normal double is marked unresolved', () => {
    const c = compareRates({ successes: 0, trials: 1000 }, { successes: 1000, trials: 1000 });
    expect(c.probabilityBHigher).toBe(1);
    expect(c.probabilityAccuracy).toEqual({ method: 'exact-sum', resolved: false, below: 2.2250738585072014e-308 });
    // at 10^9 every form of the sum is too long: the quadrature says the same at its own limit
    const huge = compareRates({ successes: 0, trials: 1e9 }, { successes: 1e9, trials: 1e9 });
    expect(huge.probabilityBHigher).toBe(1);
    expect(huge.probabilityAccuracy).toEqual({ method: 'quadrature', resolved: false, below: 1e-9 });
  });
  it('beyond 2·10⁶ multiplications the quadrature is used, resolving tails down to 1e-9', () => {
    const c = compareRates({ successes: 1_500_000, trials: 5_000_000 }, { successes: 1_502_000, trials: 5_000_000 });
    expect(c.probabilityAccuracy).toEqual({ method: 'quadrature', resolved: true, below: 1e-9 });
    const far = compareRates({ successes: 1_500_000, trials: 5_000_000 }, { successes: 1_600_000, trials: 5_000_000 });
    expect(far.probabilityAccuracy).toEqual({ method: 'quadrature', resolved: false, below: 1e-9 });
  });
});

describe('detectableLift never returns Infinity', () => {
  it('a rate so small that lift / rate overflows gives relativeLift null with its reason', () => {
    const d = detectableLift({ rate: 5e-324, trials: 500 });
    expect([d.relativeLift, d.relativeLiftReason, d.reason]).toEqual([null, 'beyond-float-range', null]);
    expect(Number.isFinite(d.lift)).toBe(true);
  });
  it('a rate of 0 and an undetectable lift say why', () => {
    expect(detectableLift({ rate: 0, trials: 500 }).relativeLiftReason).toBe('zero-rate');
    expect(detectableLift({ rate: 0.9, trials: 3 }).relativeLiftReason).toBe('not-detectable');
    expect(detectableLift({ rate: '15%', trials: 500 }).relativeLiftReason).toBeNull();
  });
  it('a tiny rate that still divides gives a finite relative lift', () => {
    const d = detectableLift({ rate: 1e-300, trials: 1e9 });
    expect(Number.isFinite(d.relativeLift)).toBe(true);
  });
});
