import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityForConfidence, defineFunnel, hitProbability } from '../../src/index.js';
import { binomialTails } from '../../src/special/functions.js';
import { chainForward, chainTail, tailError, type ChainStep } from '../../src/stats/chain.js';
import { betaBinomialAtLeast } from '../../src/stats/model.js';

/** Observed counts of a stage: up to 60 trials, so the posteriors range from flat to narrow. */
const observed = fc.integer({ min: 0, max: 60 }).chain((t) => fc.record({ successes: fc.integer({ min: 0, max: t }), trials: fc.constant(t) }));
/** A known rate as a fraction in (0, 1]. */
const known = fc.integer({ min: 1, max: 20 }).map((k) => `${k}/20`);
/** Observed counts as a funnel takes them: at least one trial (0 trials is no rate yet). */
const seen = fc.integer({ min: 1, max: 60 }).chain((t) => fc.record({ successes: fc.integer({ min: 0, max: t }), trials: fc.constant(t) }));
/** 2 to 5 rates with at least one observed. */
const rates = fc.array(fc.oneof(seen, known), { minLength: 2, maxLength: 5 }).filter((rs) => rs.some((r) => typeof r !== 'string'));
/** The same with every point estimate above 0, so that a plan exists. */
const plannable = fc
  .array(fc.oneof(fc.integer({ min: 1, max: 40 }).chain((t) => fc.record({ successes: fc.integer({ min: 1, max: t }), trials: fc.constant(t) })), fc.integer({ min: 4, max: 20 }).map((k) => `${k}/20`)), { minLength: 2, maxLength: 5 })
  .filter((rs) => rs.some((r) => typeof r !== 'string'));
const step: fc.Arbitrary<ChainStep> = fc.oneof(
  observed.map((o) => ({ a: o.successes + 1, b: o.trials - o.successes + 1 })),
  fc.integer({ min: 1, max: 19 }).map((k) => ({ r: k / 20 })),
);

function funnelOf(rs: ({ successes: number; trials: number } | string)[]) {
  const ids = ['s0', ...rs.map((_, i) => `s${i + 1}`)];
  return { funnel: defineFunnel(ids), rates: Object.fromEntries(rs.map((r, i) => [`s${i + 1}`, r])) };
}

function chainAt(steps: ChainStep[], n: number, g: number): { p: number; bound: number } {
  const state = chainForward(steps, n);
  return { p: chainTail(steps, state, g), bound: tailError(state, n, steps.some((s) => s.r !== undefined)) };
}

describe('the beta-binomial chain', () => {
  it('sums to 1 within its bound: |Σ P(X_{k−1} = x) − 1| ≤ errorBound, and P(X_k ≥ 0) = 1', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 1500 }), (steps, n) => {
        const state = chainForward(steps, n);
        let mass = 0;
        for (let x = state.lo; x <= state.hi; x++) mass += state.v[x]!;
        expect(Math.abs(mass - 1)).toBeLessThanOrEqual(tailError(state, n, true));
        expect(chainTail(steps, state, 0)).toBe(1);
      }),
      { numRuns: 60 },
    );
  });
  it('grows with the activity: P(n + 1) ≥ P(n) − (bound(n) + bound(n + 1))', () => {
    fc.assert(
      fc.property(rates, fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 40 }), (rs, n, goal) => {
        const { funnel, rates: r } = funnelOf(rs);
        const a = hitProbability(funnel, { activity: n, rates: r, goal });
        const b = hitProbability(funnel, { activity: n + 1, rates: r, goal });
        expect(b.probability).toBeGreaterThanOrEqual(a.probability - a.errorBound - b.errorBound);
      }),
      { numRuns: 60 },
    );
  });
  it('with one step is the single beta-binomial: |chain − Σ BetaBinomial terms| ≤ bound', () => {
    fc.assert(
      fc.property(observed, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (o, n, g) => {
        const a = o.successes + 1;
        const b = o.trials - o.successes + 1;
        const { p, bound } = chainAt([{ a, b }], n, Math.min(g, n + 1));
        expect(Math.abs(p - betaBinomialAtLeast(Math.min(g, n + 1), n, a, b))).toBeLessThanOrEqual(bound + 1e-13);
      }),
      { numRuns: 100 },
    );
  });
  it('with one step and a known rate 1 beside it is what the funnel gives as one observed rate: chain(s/t, 1) = betaBinomial(s/t)', () => {
    fc.assert(
      fc.property(seen, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 60 }), (o, n, goal) => {
        const chain = hitProbability(defineFunnel(['a', 'b', 'c']), { activity: n, rates: { b: o, c: 1 }, goal });
        const single = hitProbability(defineFunnel(['a', 'b']), { activity: n, rates: { b: o }, goal });
        expect([chain.method, single.method]).toEqual(['beta-binomial-chain', 'beta-binomial']);
        expect(Math.abs(chain.probability - single.probability)).toBeLessThanOrEqual(chain.errorBound + 1e-13);
      }),
      { numRuns: 60 },
    );
  });
  it('with every rate known is the binomial: chain(r₁, …, rₖ) = Binomial(n, Π rᵢ) within the bound', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 19 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400 }), (ks, n, g) => {
        const steps = ks.map((k) => ({ r: k / 20 }));
        const { p, bound } = chainAt(steps, n, g);
        const product = ks.reduce((acc, k) => acc * (k / 20), 1);
        expect(Math.abs(p - binomialTails(g, n, product).atLeast)).toBeLessThanOrEqual(bound + 1e-12);
      }),
      { numRuns: 100 },
    );
  });
  it('returns a proven minimum: P(n) − bound ≥ c, and when minimal, P(n − 1) + bound < c', () => {
    fc.assert(
      fc.property(plannable, fc.integer({ min: 1, max: 15 }), fc.double({ min: 0.5, max: 0.95, noNaN: true }), (rs, goal, confidence) => {
        const { funnel, rates: r } = funnelOf(rs);
        let plan;
        try {
          plan = activityForConfidence(funnel, { goal, rates: r, confidence });
        } catch (error) {
          // the one refusal expected: a plan beyond the chain's limit for this funnel
          if ((error as { code?: string }).code === 'ACTIVITY_TOO_LARGE') return;
          throw error;
        }
        fc.pre(plan.activity <= 5000);
        const at = hitProbability(funnel, { activity: plan.activity, rates: r, goal });
        const fewer = hitProbability(funnel, { activity: plan.activity - 1, rates: r, goal });
        expect(at.probability - at.errorBound).toBeGreaterThanOrEqual(confidence);
        if (plan.minimal) expect(fewer.probability + fewer.errorBound).toBeLessThan(confidence);
        else expect(plan.minimumFrom).toBeLessThan(plan.activity);
        expect(plan.minimumFrom).toBeLessThanOrEqual(plan.activity);
      }),
      { numRuns: 20 },
    );
  });
});
