import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonSampleSize, relativeLift, type ComparisonSampleSizeMethod, type LiftIntervalMethod } from '../../src/index.js';
import { cohenPower, meetsFleiss } from '../../src/stats/comparisonSampleSize.js';
import { exactDouble } from '../../src/numbers/floatValue.js';
import { Ratio } from '../../src/numbers/ratio.js';
import { normalQuantile, zFor } from '../../src/special/functions.js';

const counts = fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const level = fc.constantFrom(0.8, 0.9, 0.95, 0.99, 0.999, 0.6);
const liftMethod = fc.constantFrom<LiftIntervalMethod>('score', 'log');
const side = ([successes, trials]: [number, number]) => ({ successes, trials });

describe('relativeLift properties', () => {
  it('each interval contains its estimate: lower ≤ ratio ≤ upper, and lower ≥ 0', () => {
    fc.assert(
      fc.property(counts, counts, level, liftMethod, (a, b, l, m) => {
        const r = relativeLift(side(a), side(b), { level: l, method: m });
        for (const x of [r.riskRatio, r.oddsRatio]) {
          if (x.lower !== null) expect(x.lower).toBeGreaterThanOrEqual(0);
          if (x.estimate !== null && x.lower !== null) expect(x.lower).toBeLessThanOrEqual(x.estimate * (1 + 1e-12));
          if (x.estimate !== null && x.upper !== null) expect(x.upper).toBeGreaterThanOrEqual(x.estimate * (1 - 1e-12));
          for (const v of [x.estimate, x.lower, x.upper, x.pValue]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
          if (x.pValue !== null) expect(x.pValue >= 0 && x.pValue <= 1).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('swapping a and b inverts the ratios and their intervals: RR(b, a) = 1/RR(a, b), [1/upper, 1/lower]', () => {
    fc.assert(
      fc.property(counts, counts, level, liftMethod, (a, b, l, m) => {
        const ab = relativeLift(side(a), side(b), { level: l, method: m });
        const ba = relativeLift(side(b), side(a), { level: l, method: m });
        for (const [x, y] of [[ab.riskRatio, ba.riskRatio], [ab.oddsRatio, ba.oddsRatio]] as const) {
          if (x.ratio !== null && !x.ratio.isZero()) expect(y.ratio!.mul(x.ratio).toString()).toBe('1');
          if (x.ratio !== null && x.ratio.isZero()) expect([y.ratio, y.reason]).toEqual([null, 'unbounded']);
          // a bound of 0 on one side is an unbounded (null) bound on the other
          if (x.lower !== null && x.lower > 0 && y.upper !== null) expect(Math.abs(y.upper * x.lower - 1)).toBeLessThan(1e-9);
          if (x.lower === 0) expect(y.upper).toBeNull();
          if (x.upper !== null && y.lower !== null) expect(Math.abs(y.lower * x.upper - 1)).toBeLessThan(1e-9);
          if (x.pValue !== null && y.pValue !== null) expect(Math.abs(x.pValue - y.pValue)).toBeLessThanOrEqual(1e-9 * Math.max(x.pValue, 1e-300) + 1e-300);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('a wider level gives a wider interval: l₁ < l₂ ⇒ [lower₁, upper₁] ⊆ [lower₂, upper₂]', () => {
    fc.assert(
      fc.property(counts, counts, liftMethod, (a, b, m) => {
        const narrow = relativeLift(side(a), side(b), { level: 0.8, method: m }).riskRatio;
        const wide = relativeLift(side(a), side(b), { level: 0.95, method: m }).riskRatio;
        if (narrow.lower !== null && wide.lower !== null) expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        if (narrow.upper !== null && wide.upper !== null) expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
      }),
      { numRuns: 150 },
    );
  });
});

const sizeMethod = fc.constantFrom<ComparisonSampleSizeMethod>('fleiss-pooled', 'fleiss-pooled-cc', 'evan-miller', 'cohen-h');
/** A base rate and a lift to a different rate, both exact fractions over 1000. */
const rates = fc
  .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
  .filter(([x, y]) => x !== y)
  .map(([x, y]) => ({ rate: `${x}/1000`, lift: `${y - x}/1000` }));
const power = fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.3);
const alternative = fc.constantFrom<'two-sided' | 'one-sided'>('two-sided', 'one-sided');

/** Whether n per group meets the method's condition (the one comparisonSampleSize minimises). */
function meets(n: number, o: { rate: string; lift: string; level: number; power: number; alternative: 'two-sided' | 'one-sided'; method: ComparisonSampleSizeMethod }): boolean {
  const s = comparisonSampleSize(o);
  const za = o.alternative === 'two-sided' ? zFor(o.level) : normalQuantile(o.level);
  const zb = normalQuantile(o.power);
  if (o.method === 'cohen-h') return cohenPower(n, s.effectSize!, za, o.alternative === 'two-sided') >= o.power;
  const p1 = s.rate;
  const p2 = s.targetRate;
  const one = Ratio.of(1);
  const centre = o.method === 'evan-miller' ? p1 : p1.add(p2).div(Ratio.of(2));
  const u = Ratio.of(2).mul(centre).mul(one.sub(centre));
  const v = p1.mul(one.sub(p1)).add(p2.mul(one.sub(p2)));
  const d = s.lift.sign() < 0 ? s.lift.mul(Ratio.of(-1)) : s.lift;
  return meetsFleiss(n, d, exactDouble(za), u, exactDouble(zb), v, o.method === 'fleiss-pooled-cc');
}

describe('comparisonSampleSize properties', () => {
  it('the count is minimal: the condition holds at n and not at n − 1', () => {
    fc.assert(
      fc.property(rates, level, power, alternative, sizeMethod, (r, l, p, alt, m) => {
        const o = { ...r, level: l, power: p, alternative: alt, method: m };
        const n = comparisonSampleSize(o).trialsPerGroup;
        expect(Number.isSafeInteger(n) && n >= 1).toBe(true);
        expect(meets(n, o)).toBe(true);
        if (n > 1) expect(meets(n - 1, o)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
  it('the count falls as the lift grows: |lift₁| < |lift₂| in the same direction ⇒ n₁ ≥ n₂', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), level, power, alternative, fc.constantFrom<ComparisonSampleSizeMethod>('fleiss-pooled', 'fleiss-pooled-cc', 'cohen-h', 'evan-miller'), (x, d1, d2, l, p, alt, m) => {
        fc.pre(d1 !== d2);
        const [small, large] = d1 < d2 ? [d1, d2] : [d2, d1];
        const at = (dd: number) => comparisonSampleSize({ rate: `${x}/1000`, lift: `${dd}/1000`, level: l, power: p, alternative: alt, method: m }).trialsPerGroup;
        expect(at(small)).toBeGreaterThanOrEqual(at(large));
      }),
      { numRuns: 200 },
    );
  });
  it('more power or a higher level never needs fewer trials', () => {
    fc.assert(
      fc.property(rates, alternative, sizeMethod, (r, alt, m) => {
        const at = (l: number, p: number) => comparisonSampleSize({ ...r, level: l, power: p, alternative: alt, method: m }).trialsPerGroup;
        expect(at(0.95, 0.9)).toBeGreaterThanOrEqual(at(0.95, 0.8));
        expect(at(0.99, 0.8)).toBeGreaterThanOrEqual(at(0.95, 0.8));
      }),
      { numRuns: 100 },
    );
  });
  it('the continuity correction never needs fewer trials than the plain formula', () => {
    fc.assert(
      fc.property(rates, level, power, alternative, (r, l, p, alt) => {
        const at = (m: ComparisonSampleSizeMethod) => comparisonSampleSize({ ...r, level: l, power: p, alternative: alt, method: m }).trialsPerGroup;
        expect(at('fleiss-pooled-cc')).toBeGreaterThanOrEqual(at('fleiss-pooled'));
      }),
      { numRuns: 100 },
    );
  });
});
