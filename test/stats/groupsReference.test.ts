import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjustPValues, compareGroups, homogeneity, type AdjustMethod } from '../../src/index.js';
import { exactCore } from '../../src/stats/homogeneity.js';
import { close } from '../helpers/close.js';

/** Reference values: test/fixtures/groups_reference.py (statsmodels and scipy; the exact test by enumeration in rationals). */
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'groups_reference.json'), 'utf8'));


type Table = [number, number][];
const groupsOf = (table: Table) => Object.fromEntries(table.map(([s, f], i) => [`g${i + 1}`, { successes: s, trials: s + f }]));

describe('adjustPValues matches statsmodels multipletests (1e-9 relative)', () => {
  const rows = ref.adjusted as { pValues: number[]; method: AdjustMethod; adjusted: number[] }[];
  it(`covers ${rows.length} lists, with ties, 0, 1 and a single p-value, for each method`, () => {
    expect(rows.length).toBe(64);
  });
  for (const method of ['holm', 'hochberg', 'benjamini-hochberg', 'bonferroni'] as const) {
    it(method, () => {
      for (const r of rows.filter((x) => x.method === method)) {
        const got = adjustPValues(r.pValues, { method }).adjusted;
        expect(got.length).toBe(r.adjusted.length);
        got.forEach((p, i) => close(p, r.adjusted[i]!, `${method} ${JSON.stringify(r.pValues)} [${i}]`));
      }
    });
  }
});

describe('homogeneity matches scipy chi2_contingency and the exact enumeration (1e-9 relative)', () => {
  type Row = {
    table: Table;
    pearson: { statistic: number; pValue: number; df: number };
    yates?: { statistic: number; pValue: number; df: number };
    scipyFisher?: number;
    exact?: { pValue: number; tables: number };
  };
  const rows = ref.homogeneity as Row[];
  it('Pearson chi-square, k − 1 degrees of freedom', () => {
    for (const r of rows) {
      const h = homogeneity(groupsOf(r.table));
      close(h.chiSquare.statistic, r.pearson.statistic, `${JSON.stringify(r.table)} statistic`);
      close(h.chiSquare.pValue, r.pearson.pValue, `${JSON.stringify(r.table)} p`);
      expect(h.chiSquare.degreesOfFreedom).toBe(r.pearson.df);
    }
  });
  it("Yates' correction for two groups", () => {
    for (const r of rows.filter((x) => x.yates)) {
      const h = homogeneity(groupsOf(r.table), { correction: 'yates' });
      expect(h.chiSquare.correction).toBe('yates');
      close(h.chiSquare.statistic, r.yates!.statistic, `${JSON.stringify(r.table)} statistic`);
      close(h.chiSquare.pValue, r.yates!.pValue, `${JSON.stringify(r.table)} p`);
    }
  });
  it("Fisher's exact test (two groups) agrees with scipy fisher_exact and the enumeration", () => {
    const two = rows.filter((x) => x.scipyFisher !== undefined);
    expect(two.length).toBe(9);
    for (const r of two) {
      const e = exactCore(r.table.map(([s, f]) => ({ successes: s, trials: s + f }))).test!;
      expect(e.method).toBe('fisher');
      close(e.pValue, r.scipyFisher!, `${JSON.stringify(r.table)} vs scipy`);
      close(e.pValue, r.exact!.pValue, `${JSON.stringify(r.table)} vs enumeration`);
      expect(e.tables).toBe(r.exact!.tables);
    }
  });
  it('Freeman–Halton exact test (more groups) agrees with the enumeration in rationals', () => {
    const many = rows.filter((x) => x.table.length > 2 && x.exact);
    expect(many.length).toBe(6);
    for (const r of many) {
      const e = exactCore(r.table.map(([s, f]) => ({ successes: s, trials: s + f }))).test!;
      expect(e.method).toBe('freeman-halton');
      close(e.pValue, r.exact!.pValue, JSON.stringify(r.table));
      expect(e.tables).toBe(r.exact!.tables);
      const h = homogeneity(groupsOf(r.table));
      if (h.recommended === 'exact') close(h.pValue, r.exact!.pValue, `${JSON.stringify(r.table)} as reported`);
    }
  });
});

describe('compareGroups z-tests match statsmodels proportions_ztest (pooled, 1e-9 relative)', () => {
  const rows = ref.ztests as { table: Table; rest: number[]; baseline: number[] }[];
  it('each group against the rest pooled', () => {
    for (const r of rows) {
      const c = compareGroups(groupsOf(r.table));
      c.groups.forEach((g, i) => close(g.pValue, r.rest[i]!, `${JSON.stringify(r.table)} ${g.name}`));
    }
  });
  it('each group against the first group as the baseline', () => {
    for (const r of rows) {
      const c = compareGroups(groupsOf(r.table), { baseline: 'g1' });
      c.groups.slice(1).forEach((g, i) => close(g.pValue, r.baseline[i]!, `${JSON.stringify(r.table)} ${g.name}`));
    }
  });
});
