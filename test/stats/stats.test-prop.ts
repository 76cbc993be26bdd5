import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityForConfidence, compareRates, defineFunnel, detectableLift, hitProbability, outliers, rateInterval, sampleSize, type IntervalMethod } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const methods: IntervalMethod[] = ['wilson', 'jeffreys', 'clopper-pearson', 'agresti-coull'];
const counts = fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
/** Levels from 50% up: below that the Jeffreys interval (a posterior's central quantiles) can miss the estimate. */
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });
const method = fc.constantFrom(...methods);

describe('interval properties', () => {
  it('contains the estimate and lies in [0, 1]: 0 ≤ lower ≤ s/n ≤ upper ≤ 1', () => {
    fc.assert(
      fc.property(counts, level, method, ([s, n], l, m) => {
        const r = rateInterval(s, n, { level: l, method: m });
        expect(0 <= r.lower! && r.lower! <= s / n && s / n <= r.upper! && r.upper! <= 1).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  it('nests as the level rises: l₁ < l₂ ⇒ [lower₁, upper₁] ⊆ [lower₂, upper₂]', () => {
    fc.assert(
      fc.property(counts, level, level, method, ([s, n], a, b, m) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        // levels a few ulps apart move the bounds by less than the quantile solvers' last digit
        fc.pre(hi - lo > 1e-9);
        const narrow = rateInterval(s, n, { level: lo, method: m });
        const wide = rateInterval(s, n, { level: hi, method: m });
        expect(wide.lower!).toBeLessThanOrEqual(narrow.lower! + 1e-15);
        expect(wide.upper!).toBeGreaterThanOrEqual(narrow.upper! - 1e-15);
      }),
      { numRuns: 300 },
    );
  });
  it('mirrors under successes ↔ trials − successes: lower(s) = 1 − upper(n − s)', () => {
    fc.assert(
      fc.property(counts, level, method, ([s, n], l, m) => {
        const r = rateInterval(s, n, { level: l, method: m });
        const mirror = rateInterval(n - s, n, { level: l, method: m });
        expect(Math.abs(r.lower! - (1 - mirror.upper!))).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(r.upper! - (1 - mirror.lower!))).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 300 },
    );
  });
});

const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
const rates = fc.record({
  appointment: fc.integer({ min: 1, max: 100 }).map((k) => `${k}%`),
  sale: fc.integer({ min: 1, max: 100 }).map((k) => `${k}%`),
});

describe('plan properties', () => {
  it('hitProbability is monotone: more activity never lowers it, a higher goal never raises it', () => {
    fc.assert(
      fc.property(rates, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 200 }), (r, activity, goal) => {
        const p = (a: number, g: number) => hitProbability(funnel, { activity: a, rates: r, goal: g }).probability;
        const base = p(activity, goal);
        expect(p(activity + 1, goal)).toBeGreaterThanOrEqual(base);
        expect(p(activity, goal + 1)).toBeLessThanOrEqual(base);
      }),
      { numRuns: 300 },
    );
  });
  it('activityForConfidence is minimal: P(n) ≥ c > P(n − 1)', () => {
    fc.assert(
      fc.property(rates, fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.05, max: 0.99, noNaN: true }), (r, goal, c) => {
        const plan = activityForConfidence(funnel, { goal, rates: r, confidence: c });
        const p = (a: number) => hitProbability(funnel, { activity: a, rates: r, goal }).probability;
        expect(p(plan.activity)).toBeGreaterThanOrEqual(c);
        expect(p(plan.activity - 1)).toBeLessThan(c);
      }),
      { numRuns: 200 },
    );
  });
});

const badCount = fc.oneof(
  fc.double({ min: 0.01, max: 1e6, noNaN: true }).filter((x) => !Number.isInteger(x)),
  fc.integer({ min: -1e6, max: -1 }),
  fc.integer({ min: 1_000_000_001, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom('many', '', '1,5', Infinity, -Infinity, null, true, [], {}),
);
const badLevel = fc.oneof(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 0, noNaN: true }), fc.constantFrom('95', '0%', '100%', 'high', null));

describe('one code per condition, whichever function reads the value', () => {
  it('a bad count gets the same code as trials, activity, group trials or trials per group: code(f(x)) = code(g(x))', () => {
    fc.assert(
      fc.property(badCount, (x) => {
        const codes = [
          errorOf(() => rateInterval(0, x as never)).code,
          errorOf(() => hitProbability(funnel, { activity: x as never, rates: { appointment: '15%', sale: '1/3' }, goal: 1 })).code,
          errorOf(() => compareRates({ successes: 0, trials: x as never }, { successes: 1, trials: 2 })).code,
          errorOf(() => outliers({ ana: { successes: 0, trials: x as never } })).code,
          errorOf(() => detectableLift({ rate: 0.1, trials: x as never })).code,
        ];
        expect(new Set(codes).size).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
  it('a bad level gets the same code as a confidence level, a confidence or one of several levels: code(f(x)) = code(g(x))', () => {
    fc.assert(
      fc.property(badLevel, (x) => {
        const codes = [
          errorOf(() => rateInterval(1, 2, { level: x as never })).code,
          errorOf(() => compareRates({ successes: 1, trials: 2 }, { successes: 1, trials: 2 }, { level: x as never })).code,
          errorOf(() => activityForConfidence(funnel, { goal: 1, rates: { appointment: '15%', sale: '1/3' }, confidence: x as never })).code,
          errorOf(() => outliers({}, { levels: [0.9, x as never] })).code,
          errorOf(() => sampleSize({ halfWidth: 0.05, level: x as never })).code,
        ];
        expect(new Set(codes).size).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
