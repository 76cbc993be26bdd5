import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSize } from '../../src/index.js';
import { toRatio } from '../../src/numbers/parse.js';
import { zFor } from '../../src/special/functions.js';
import { trialsFor } from '../../src/stats/sampleSize.js';

/**
 * Reference counts: test/fixtures/sample_size_reference.py (exact rationals from the double z,
 * mpmath at 60 digits, statsmodels' samplesize_confint_proportion).
 */
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sample_size_reference.json'), 'utf8')) as {
  levels: { level: string; z: number }[];
  cases: { level: string; rate: string; halfWidth: string; trials: number; trialsTrueZ: number; statsmodels: number; fraction: number }[];
};
const zOf = new Map(ref.levels.map((l) => [l.level, l.z]));

describe('sampleSize counts are exact (reference: rational arithmetic from the double z)', () => {
  it('covers 4608 cases, hundreds of them in the billions a few tenths above a whole number', () => {
    expect(ref.cases.length).toBe(4608);
    expect(ref.cases.filter((c) => c.trials > 1e9 && c.fraction > 0 && c.fraction < 0.5).length).toBeGreaterThan(800);
    expect(Math.max(...ref.cases.map((c) => c.trials))).toBeGreaterThan(1e15);
  });

  it('the exact ceiling for a given z equals the rational evaluation of every case', () => {
    for (const c of ref.cases) {
      const got = trialsFor(zOf.get(c.level)!, toRatio(c.rate), toRatio(c.halfWidth));
      expect(got, `${c.level} ${c.rate} ${c.halfWidth}`).toBe(BigInt(c.trials));
    }
  });

  it('sampleSize gives the reference count wherever its own z (a few ulps from the nearest double) cannot move the ceiling', () => {
    let compared = 0;
    for (const c of ref.cases) {
      const z = zOf.get(c.level)!;
      const mine = zFor(Number(c.level));
      // the quotient scales with z²: a relative change of z by ε moves it by about 2ε·quotient
      const shift = 2.5 * (Math.abs(mine - z) / z) * c.trials + 1e-9;
      const got = sampleSize({ rate: c.rate, halfWidth: c.halfWidth, level: c.level }).trials;
      if (c.fraction > shift && c.fraction < 1 - shift) {
        compared++;
        expect(got, `${c.level} ${c.rate} ${c.halfWidth}`).toBe(c.trials);
        expect(got).toBe(c.trialsTrueZ);
      } else expect(Math.abs(got - c.trials)).toBeLessThanOrEqual(Math.ceil(shift) + 1);
    }
    expect(compared).toBeGreaterThan(4400);
  });

  it('agrees with statsmodels wherever its float quotient is not within 1e-9 of a whole number', () => {
    let compared = 0;
    for (const c of ref.cases) {
      const q = c.statsmodels;
      if (Math.abs(q - Math.round(q)) <= 1e-9 * q) continue;
      compared++;
      expect(Math.max(1, Math.ceil(q)), `${c.level} ${c.rate} ${c.halfWidth}`).toBe(c.trials);
    }
    expect(compared).toBeGreaterThan(2000);
  });
});
