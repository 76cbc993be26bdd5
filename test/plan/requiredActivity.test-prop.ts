import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ratio, defineFunnel, forecast, funnelFromCounts, requiredActivity, type Rounding } from '../../src/index.js';

const funnel = defineFunnel(['call', 'meeting', 'demo', 'sale'] as const);
const ids = ['meeting', 'demo', 'sale'] as const;

/** A rate in (0, 1] as an exact fraction k/m. */
const rate = fc.integer({ min: 1, max: 10_000 }).chain((m) => fc.integer({ min: 1, max: m }).map((k) => ({ k, m })));
const rates3 = fc.tuple(rate, rate, rate);
const goal = fc.nat({ max: 100_000 });
const rounding = fc.constantFrom<Rounding>('each-stage', 'once');
const asInput = (r: { k: number; m: number }[]) => ({ meeting: `${r[0]!.k}/${r[0]!.m}`, demo: `${r[1]!.k}/${r[1]!.m}`, sale: `${r[2]!.k}/${r[2]!.m}` });

/** What `top` activity yields at the last stage under a rounding policy (the forward funnel). */
function forward(top: bigint, r: { k: number; m: number }[], policy: Rounding): bigint {
  if (policy === 'once') {
    // expected outcomes: top × product, compared exactly as a fraction → floor
    let num = top;
    let den = 1n;
    for (const x of r) {
      num *= BigInt(x.k);
      den *= BigInt(x.m);
    }
    return num / den;
  }
  let n = top;
  for (const x of r) n = (n * BigInt(x.k)) / BigInt(x.m); // whole prospects only: floor at each stage
  return n;
}

describe('requiredActivity properties', () => {
  it('minimal: forward(required top) ≥ goal and forward(top − 1) < goal', () => {
    fc.assert(
      fc.property(goal, rates3, rounding, (g, r, policy) => {
        const top = BigInt(requiredActivity(funnel, { goal: g, rates: asInput(r), rounding: policy }).top.required);
        expect(forward(top, r, policy) >= BigInt(g)).toBe(true);
        if (top > 0n) expect(forward(top - 1n, r, policy) < BigInt(g)).toBe(true);
      }),
    );
  });

  it('forecast is the inverse: forecast(required(g).top) ≥ g and forecast(top − 1) < g, same rounding', () => {
    fc.assert(
      fc.property(goal, rates3, rounding, (g, r, policy) => {
        const rates = asInput(r);
        const top = requiredActivity(funnel, { goal: g, rates, rounding: policy }).top.required;
        expect(forecast(funnel, { activity: top, rates, rounding: policy }).expected.sale).toBeGreaterThanOrEqual(g);
        if (top > 0) expect(forecast(funnel, { activity: top - 1, rates, rounding: policy }).expected.sale).toBeLessThan(g);
      }),
    );
  });

  it('each-stage: every stage target at its rate yields the next: ⌊n(i−1)·r(i)⌋ ≥ n(i), and one fewer does not', () => {
    fc.assert(
      fc.property(goal, rates3, (g, r) => {
        const plan = requiredActivity(funnel, { goal: g, rates: asInput(r) });
        const n = [plan.required.call, plan.required.meeting, plan.required.demo, plan.required.sale];
        r.forEach((x, i) => {
          expect(Math.floor((n[i]! * x.k) / x.m)).toBeGreaterThanOrEqual(n[i + 1]!);
          if (n[i]! > 0) expect(Math.floor(((n[i]! - 1) * x.k) / x.m)).toBeLessThan(n[i + 1]!);
        });
      }),
    );
  });

  it('once never needs more than each-stage: top(once) ≤ top(each-stage)', () => {
    fc.assert(
      fc.property(goal, rates3, (g, r) => {
        const once = requiredActivity(funnel, { goal: g, rates: asInput(r), rounding: 'once' }).top.required;
        const each = requiredActivity(funnel, { goal: g, rates: asInput(r) }).top.required;
        expect(once).toBeLessThanOrEqual(each);
      }),
    );
  });

  it('monotone in the goal: g₁ ≤ g₂ ⇒ required(g₁) ≤ required(g₂) at every stage', () => {
    fc.assert(
      fc.property(goal, goal, rates3, rounding, (a, b, r, policy) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const p = requiredActivity(funnel, { goal: lo, rates: asInput(r), rounding: policy }).required;
        const q = requiredActivity(funnel, { goal: hi, rates: asInput(r), rounding: policy }).required;
        for (const id of ['call', ...ids] as const) expect(p[id]).toBeLessThanOrEqual(q[id]);
      }),
    );
  });

  it('monotone in each rate: a higher rate never needs more activity', () => {
    fc.assert(
      fc.property(goal, rates3, fc.integer({ min: 0, max: 2 }), rounding, (g, r, which, policy) => {
        const better = r.map((x, i) => (i === which && x.k < x.m ? { k: x.k + 1, m: x.m } : x));
        const base = requiredActivity(funnel, { goal: g, rates: asInput(r), rounding: policy }).top.required;
        const improved = requiredActivity(funnel, { goal: g, rates: asInput(better), rounding: policy }).top.required;
        expect(improved).toBeLessThanOrEqual(base);
      }),
    );
  });

  it('exact: the same rate written as a float, a percent, a fraction or an object gives the same plan', () => {
    fc.assert(
      fc.property(goal, fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 3, maxLength: 3 }), (g, permille) => {
        const forms = [
          permille.map((p) => p / 1000),
          permille.map((p) => `${p / 10}%`),
          permille.map((p) => `${p}/1000`),
          permille.map((p) => ({ num: p, den: 1000 })),
        ];
        const plans = forms.map((f) => requiredActivity(funnel, { goal: g, rates: f }).required);
        for (const p of plans) expect(p).toEqual(plans[0]);
      }),
    );
  });

  it('once equals ⌈goal / product⌉ computed with bigints: required.call = ⌈g·Πm / Πk⌉', () => {
    fc.assert(
      fc.property(goal, rates3, (g, r) => {
        const num = BigInt(g) * r.reduce((a, x) => a * BigInt(x.m), 1n);
        const den = r.reduce((a, x) => a * BigInt(x.k), 1n);
        const expected = Number(Ratio.of(num, den).ceil());
        expect(requiredActivity(funnel, { goal: g, rates: asInput(r), rounding: 'once' }).required.call).toBe(expected);
      }),
    );
  });

  it('counts → rates → plan round-trips: planning the last count from counted rates gives back every count', () => {
    const counts = fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 4, maxLength: 4 }).map((c) => c.sort((x, y) => y - x));
    fc.assert(
      fc.property(counts, rounding, (c, policy) => {
        const report = funnelFromCounts(funnel, c);
        const plan = requiredActivity(funnel, { goal: c[3]!, rates: report, rounding: policy });
        expect([plan.required.call, plan.required.meeting, plan.required.demo, plan.required.sale]).toEqual(c);
      }),
    );
  });
});
