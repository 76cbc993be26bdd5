import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustPValues, compareGroups, homogeneity, type AdjustMethod } from '../../src/index.js';
import { exactCore } from '../../src/stats/homogeneity.js';

const methods: AdjustMethod[] = ['holm', 'hochberg', 'benjamini-hochberg', 'bonferroni'];
/** p-values with ties, 0 and 1 among them. */
const pValue = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.05, 0.01), fc.double({ min: 0, max: 1e-6, noNaN: true }));
const pValues = fc.array(pValue, { minLength: 1, maxLength: 40 });
const group = fc.integer({ min: 1, max: 30 }).chain((n) => fc.record({ successes: fc.integer({ min: 0, max: n }), trials: fc.constant(n) }));
const groups = fc.array(group, { minLength: 2, maxLength: 5 }).map((gs) => Object.fromEntries(gs.map((g, i) => [`rep${i}`, g])));

describe('adjusted p-value properties', () => {
  it('never below the raw p-value and never above 1: p ≤ p̃ ≤ 1', () => {
    fc.assert(
      fc.property(pValues, fc.constantFrom(...methods), (ps, method) => {
        const adj = adjustPValues(ps, { method }).adjusted;
        ps.forEach((p, i) => expect(p <= adj[i]! && adj[i]! <= 1).toBe(true));
      }),
    );
  });
  it('keeps the order of the raw p-values: pᵢ ≤ pⱼ ⇒ p̃ᵢ ≤ p̃ⱼ', () => {
    fc.assert(
      fc.property(pValues, fc.constantFrom(...methods), (ps, method) => {
        const adj = adjustPValues(ps, { method }).adjusted;
        for (let i = 0; i < ps.length; i++) for (let j = 0; j < ps.length; j++) if (ps[i]! <= ps[j]!) expect(adj[i]!).toBeLessThanOrEqual(adj[j]!);
      }),
    );
  });
  it('orders the methods: Bonferroni ≥ Holm ≥ Hochberg ≥ Benjamini–Hochberg, value by value', () => {
    fc.assert(
      fc.property(pValues, (ps) => {
        const [bonferroni, holm, hochberg, bh] = (['bonferroni', 'holm', 'hochberg', 'benjamini-hochberg'] as const).map((method) => adjustPValues(ps, { method }).adjusted);
        ps.forEach((_, i) => expect(bonferroni![i]! >= holm![i]! && holm![i]! >= hochberg![i]! && hochberg![i]! >= bh![i]!).toBe(true));
      }),
    );
  });
  it('does not depend on the order given: adjust(permute(p)) = permute(adjust(p))', () => {
    fc.assert(
      fc.property(pValues, fc.constantFrom(...methods), fc.integer(), (ps, method, seed) => {
        const order = ps.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97) || a - b);
        const adj = adjustPValues(ps, { method }).adjusted;
        const permuted = adjustPValues(order.map((i) => ps[i]!), { method }).adjusted;
        order.forEach((i, k) => expect(permuted[k]).toBe(adj[i]));
      }),
    );
  });
});

describe('homogeneity properties', () => {
  it('does not depend on the order of the groups: the same statistic and p-values, bit for bit', () => {
    fc.assert(
      fc.property(groups, (g) => {
        const reversed = Object.fromEntries(Object.entries(g).reverse());
        const a = homogeneity(g);
        const b = homogeneity(reversed);
        expect([b.chiSquare, b.exact?.pValue, b.pValue]).toEqual([a.chiSquare, a.exact?.pValue, a.pValue]);
      }),
      { numRuns: 60 },
    );
  });
  it('p-values are probabilities, and the observed table is one of the tables: 0 < p ≤ 1', () => {
    fc.assert(
      fc.property(groups, (g) => {
        const h = homogeneity(g);
        expect(h.chiSquare.statistic).toBeGreaterThanOrEqual(0);
        expect(h.chiSquare.pValue > 0 || h.chiSquare.statistic > 100).toBe(true);
        expect(h.chiSquare.pValue).toBeLessThanOrEqual(1);
        const e = exactCore(Object.values(g)).test;
        if (e !== null) expect(e.pValue > 0 && e.pValue <= 1).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
  it("Yates' correction never raises the statistic of two groups: X²(yates) ≤ X²", () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const g = { a, b };
        expect(homogeneity(g, { correction: 'yates' }).chiSquare.statistic).toBeLessThanOrEqual(homogeneity(g).chiSquare.statistic);
      }),
    );
  });
});

describe('compareGroups properties', () => {
  it('adjusted p-values are the raw ones adjusted, and a verdict needs the adjusted one at most 1 − level', () => {
    fc.assert(
      fc.property(groups, fc.constantFrom(...methods), (g, adjust) => {
        const c = compareGroups(g, { adjust });
        expect(c.groups.map((x) => x.adjustedPValue)).toEqual(adjustPValues(c.groups.map((x) => x.pValue!), { method: adjust }).adjusted);
        for (const x of c.groups) {
          if (x.verdict === 'higher') expect(x.adjustedPValue! <= 0.05 + 1e-15 && x.difference! > 0).toBe(true);
          if (x.verdict === 'lower') expect(x.adjustedPValue! <= 0.05 + 1e-15 && x.difference! < 0).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
