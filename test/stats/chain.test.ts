import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityForConfidence, defineFunnel, hitProbability, outcomeRange } from '../../src/index.js';

/** Reference values: test/fixtures/chain_reference.py (exact fractions for n ≤ 60, scipy rows above). */
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'chain_reference.json'), 'utf8'));

type Stage = [number, number] | string;
/** A funnel of stages.length + 1 stages and its rates: counts as `{ successes, trials }`, a string as a known rate. */
function funnelOf(stages: Stage[]) {
  const ids = ['s0', ...stages.map((_, i) => `s${i + 1}`)];
  const rates = Object.fromEntries(stages.map((st, i) => [`s${i + 1}`, typeof st === 'string' ? st : { successes: st[0], trials: st[1] }]));
  return { funnel: defineFunnel(ids), rates };
}

/**
 * The reference's own float error: the fractions are exact; scipy's rows, each divided by its sum,
 * keep every chain's total mass within 1e-14 of 1 (`massError`), far below this.
 */
const REFERENCE_SLACK = 1e-13;

describe('the beta-binomial chain matches the reference within its stated bound', () => {
  type Row = { stages: Stage[]; activity: number; how: string; tails: { goal: number; atLeast: number }[] };
  const rows = ref.tails as Row[];
  it(`covers ${rows.length} chains of 2 to 5 steps, mixed known and observed, up to 10^4 attempts`, () => {
    expect(rows.length).toBe(100);
    expect(new Set(rows.map((r) => r.stages.length))).toEqual(new Set([2, 3, 4, 5]));
    expect(Math.max(...rows.map((r) => r.activity))).toBe(10_000);
    expect(rows.some((r) => r.how === 'fractions')).toBe(true);
    expect(Math.max(...rows.map((r) => (r as Row & { massError: number }).massError))).toBeLessThan(1e-14);
  });
  it('|P − reference| ≤ errorBound ≤ 1e-9 for every tail', () => {
    let worst = 0;
    for (const r of rows) {
      const { funnel, rates } = funnelOf(r.stages);
      for (const t of r.tails) {
        const hit = hitProbability(funnel, { activity: r.activity, rates, goal: t.goal });
        const where = `${JSON.stringify(r.stages)} n=${r.activity} g=${t.goal}`;
        expect(hit.method, where).toBe('beta-binomial-chain');
        expect(hit.errorBound, where).toBeLessThanOrEqual(1e-9);
        const diff = Math.abs(hit.probability - t.atLeast);
        worst = Math.max(worst, diff);
        expect(diff, `${where}: ${hit.probability} vs ${t.atLeast}`).toBeLessThanOrEqual(hit.errorBound + (r.how === 'fractions' ? 0 : REFERENCE_SLACK));
      }
    }
    // measured: 2.4e-14 from the exact fractions, 1.7e-13 from scipy at 10^4; the bounds are 1e-13 to 4e-11
    expect(worst).toBeLessThan(1e-12);
  });
  it('the percentiles are those of the reference distribution where it is not within the bound of 10%, 50%, 90%', () => {
    for (const r of rows.filter((x) => x.activity === 1000)) {
      const { funnel, rates } = funnelOf(r.stages);
      const range = outcomeRange(funnel, { activity: r.activity, rates });
      expect(range.method).toBe('beta-binomial-chain');
      // the reference's tails at the percentiles' neighbours agree with the percentile's definition
      for (const t of r.tails) {
        const below = 1 - t.atLeast; // P(X ≤ goal − 1)
        if (below < 0.1 - 1e-9) expect(range.p10, JSON.stringify(r.stages)).toBeGreaterThanOrEqual(t.goal);
        if (below > 0.9 + 1e-9) expect(range.p90, JSON.stringify(r.stages)).toBeLessThanOrEqual(t.goal - 1);
      }
    }
  });
});

describe('activityForConfidence on the chain is the exact minimum, proven', () => {
  type Row = { stages: Stage[]; goal: number; confidence: number; activity: number; probability: number; probabilityWithOneFewer: number };
  for (const r of ref.minima as Row[]) {
    it(`${JSON.stringify(r.stages)}: goal ${r.goal} at ${r.confidence} needs ${r.activity}`, () => {
      // the reference says P(n) ≥ c > P(n − 1) at n = r.activity
      expect(r.probability).toBeGreaterThanOrEqual(r.confidence);
      expect(r.probabilityWithOneFewer).toBeLessThan(r.confidence);
      const { funnel, rates } = funnelOf(r.stages);
      const plan = activityForConfidence(funnel, { goal: r.goal, rates, confidence: r.confidence });
      expect([plan.activity, plan.minimal, plan.minimumFrom, plan.method]).toEqual([r.activity, true, r.activity, 'beta-binomial-chain']);
      expect(Math.abs(plan.probability - r.probability)).toBeLessThanOrEqual(plan.errorBound + REFERENCE_SLACK);
      expect(Math.abs(plan.probabilityWithOneFewer - r.probabilityWithOneFewer)).toBeLessThanOrEqual(plan.errorBound + REFERENCE_SLACK);
    });
  }
});
