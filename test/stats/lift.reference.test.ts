import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonSampleSize, relativeLift, type ComparisonSampleSizeMethod, type LiftIntervalMethod, type LiftMeasure } from '../../src/index.js';

/** Reference values: test/fixtures/lift_reference.py (statsmodels, scipy, mpmath; conventions documented there). */
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'lift_reference.json'), 'utf8'));

/** |actual − expected| ≤ 1e-9 · |expected|; an expected 0 must be exactly 0, an expected null null. */
function close(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(typeof actual, what).toBe('number');
  const a = actual as number;
  if (expected === 0) expect(a, what).toBe(0);
  else expect(Math.abs(a - expected), `${what}: ${a} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

type RefMeasure = { ratio: string | null; lower: number | null; upper: number | null; pValue: number | null; statsmodels?: [number, number] | null; statsmodelsConsistent?: boolean; statsmodelsPValue?: number | null } | null;
type LiftRow = { a: [number, number]; b: [number, number]; level: number; method: LiftIntervalMethod; riskRatio: RefMeasure; oddsRatio: RefMeasure };

describe('relativeLift matches the reference (1e-9 relative)', () => {
  const rows = ref.lift as LiftRow[];
  const run = (r: LiftRow) => relativeLift({ successes: r.a[0], trials: r.a[1] }, { successes: r.b[0], trials: r.b[1] }, { level: r.level, method: r.method });
  const check = (got: LiftMeasure, want: RefMeasure, where: string) => {
    if (want === null) {
      expect(got.ratio, where).toBeNull();
      expect([got.lower, got.upper, got.pValue], where).toEqual([null, null, null]);
      expect(['no-successes', 'all-successes'], where).toContain(got.reason);
      return;
    }
    expect(got.ratio === null ? null : `${got.ratio.num}/${got.ratio.den}`, `${where} ratio`).toBe(want.ratio);
    close(got.lower, want.lower, `${where} lower`);
    close(got.upper, want.upper, `${where} upper`);
    close(got.pValue, want.pValue, `${where} p`);
  };
  it(`covers ${rows.length} cases: zero counts, all successes, 1 of 10^6, four levels, both methods`, () => {
    expect(rows.length).toBe(200);
    expect(rows.some((r) => r.a[0] === 0 && r.b[0] > 0)).toBe(true);
    expect(rows.some((r) => r.a[1] === 1_000_000)).toBe(true);
  });
  for (const method of ['score', 'log'] as const) {
    it(`${method}: the 40-digit reference`, () => {
      for (const r of rows.filter((x) => x.method === method)) {
        const got = run(r);
        const where = `${method} ${r.a} vs ${r.b} @${r.level}`;
        check(got.riskRatio, r.riskRatio, `${where} risk ratio`);
        check(got.oddsRatio, r.oddsRatio, `${where} odds ratio`);
      }
    });
  }
  it("statsmodels' own intervals and p-values, wherever its interval agrees with its own test", () => {
    let bounds = 0;
    let pValues = 0;
    for (const r of rows) {
      const got = run(r);
      for (const [name, want] of [['risk ratio', r.riskRatio], ['odds ratio', r.oddsRatio]] as const) {
        if (want === null) continue;
        const m = name === 'risk ratio' ? got.riskRatio : got.oddsRatio;
        const where = `${r.method} ${r.a} vs ${r.b} @${r.level} ${name}`;
        if (want.statsmodels && want.statsmodelsConsistent !== false && want.lower !== null && want.upper !== null) {
          close(m.lower, want.lower === 0 ? 0 : want.statsmodels[0], `${where} statsmodels lower`);
          close(m.upper, want.statsmodels[1], `${where} statsmodels upper`);
          bounds += 2;
        }
        if (typeof want.statsmodelsPValue === 'number' && want.pValue !== null) {
          close(m.pValue, want.statsmodelsPValue, `${where} statsmodels p`);
          pValues++;
        }
      }
    }
    expect(bounds).toBeGreaterThan(400);
    expect(pValues).toBeGreaterThan(250);
  });
});

type SizeRow = { rate: string; lift: string; level: number; power: number; alternative: 'two-sided' | 'one-sided'; method: ComparisonSampleSizeMethod; trials: number; statsmodelsTrials?: number | null };

describe('comparisonSampleSize matches the reference exactly', () => {
  const rows = ref.sampleSize as SizeRow[];
  const run = (r: SizeRow) => comparisonSampleSize({ rate: r.rate, lift: r.lift, level: r.level, power: r.power, alternative: r.alternative, method: r.method }).trialsPerGroup;
  it(`covers ${rows.length} cases: 8 rates, 6 lifts (one a fall), 5 level and power pairs, both alternatives, four methods`, () => {
    expect(rows.length).toBe(1800);
  });
  for (const method of ['fleiss-pooled', 'fleiss-pooled-cc', 'evan-miller', 'cohen-h'] as const) {
    it(`${method}: the exact ceiling (60-digit arithmetic from the same quantiles)`, () => {
      for (const r of rows.filter((x) => x.method === method)) expect(run(r), `${r.rate} + ${r.lift} @${r.level}/${r.power} ${r.alternative}`).toBe(r.trials);
    });
  }
  it("cohen-h: the ceiling of statsmodels' NormalIndPower().solve_power, except where its solver did not converge", () => {
    const cohen = rows.filter((r) => r.method === 'cohen-h');
    const differ = cohen.filter((r) => r.statsmodelsTrials !== r.trials);
    // 0 → 20% one-sided at 80% with power 50%: 2(z/h)² = 1.65 exactly solves it, so n = 2;
    // statsmodels warns that it failed to converge and returns 10
    expect(differ.map((r) => [r.rate, r.lift, r.level, r.power, r.alternative, r.statsmodelsTrials, run(r)])).toEqual([['0/1', '1/5', 0.8, 0.5, 'one-sided', 10, 2]]);
    expect(cohen.length - differ.length).toBe(449);
  });
});
