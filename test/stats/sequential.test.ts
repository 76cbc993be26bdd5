import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSequentialComparison, isSequentialRateTest, sequentialComparison, sequentialRateTest } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';
import { close } from '../helpers/close.js';

/** Reference values: test/fixtures/sequential_reference.py (50-digit mpmath from the formulas). */
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sequential_reference.json'), 'utf8'));

const looksOf = (l: [number, number][]) => l.map(([successes, trials]) => ({ successes, trials }));

describe('sequentialRateTest matches the reference (1e-9 relative)', () => {
  type Row = { looks: [number, number][]; target: [number, number]; level: number; mixture: [number, number]; pValue: number; lower: number; upper: number };
  it('p-value and confidence sequence, every case', () => {
    for (const r of ref.rates as Row[]) {
      const t = sequentialRateTest(looksOf(r.looks), { target: `${r.target[0]}/${r.target[1]}`, level: r.level, mixture: { alpha: r.mixture[0], beta: r.mixture[1] } });
      const where = `${JSON.stringify(r.looks)} vs ${r.target}`;
      close(t.pValue, r.pValue, `${where} p`);
      close(t.interval!.lower, r.lower, `${where} lower`);
      close(t.interval!.upper, r.upper, `${where} upper`);
    }
  });
});

describe('sequentialComparison matches the reference (1e-9 relative)', () => {
  type Row = { a: [number, number][]; b: [number, number][]; level: number; tau: number; pValue: number; lower: number; upper: number };
  it('p-value and confidence sequence, every case', () => {
    for (const r of ref.msprt as Row[]) {
      const c = sequentialComparison(looksOf(r.a), looksOf(r.b), { level: r.level, mixture: { tau: r.tau } });
      const where = `${JSON.stringify(r.a)} vs ${JSON.stringify(r.b)}`;
      close(c.pValue, r.pValue, `${where} p`);
      close(c.interval!.lower, r.lower, `${where} lower`, 1e-9);
      close(c.interval!.upper, r.upper, `${where} upper`, 1e-9);
    }
  });
});

describe('the false-alarm simulation of the reference script (not re-run here)', () => {
  it('stays at most 1 − level under weekly peeking, where a fixed-sample test does not', () => {
    const s = ref.simulation;
    expect(s.rate.alwaysValid).toBeLessThanOrEqual(0.05);
    expect(s.comparison.alwaysValid).toBeLessThanOrEqual(0.05);
    expect(s.rate.fixedSampleWilson).toBeGreaterThan(0.15);
    expect(s.comparison.fixedSampleZ).toBeGreaterThan(0.15);
  });
});

describe('sequentialRateTest', () => {
  it('names its method and mixture, and reads the target exactly', () => {
    const t = sequentialRateTest({ successes: 20, trials: 300 }, { target: '20%' });
    expect(t.method).toBe('beta-binomial-mixture');
    expect(t.mixture).toEqual({ alpha: 1, beta: 1 });
    expect(t.target.toString()).toBe('1/5');
    expect(t.verdict).toBe('below-target');
    expect(t.reason).toBeNull();
  });
  it('no trials: insufficient data, p = 1, every rate possible', () => {
    const t = sequentialRateTest({ successes: 0, trials: 0 }, { target: 0.3 });
    expect([t.verdict, t.pValue, t.interval, t.rate]).toEqual(['insufficient-data', 1, { lower: 0, upper: 1 }, null]);
  });
  it('above target', () => {
    expect(sequentialRateTest({ successes: 80, trials: 200 }, { target: '20%' }).verdict).toBe('above-target');
  });
  it('refuses looks that are not cumulative, an empty list, too many looks, a target of 0 or 1', () => {
    const e = errorOf(() => sequentialRateTest([{ successes: 5, trials: 50 }, { successes: 4, trials: 60 }], { target: 0.1 }));
    expect([e.code, e.path]).toEqual(['INVALID_INPUT', ['observed', 1]]);
    expect(errorOf(() => sequentialRateTest([], { target: 0.1 })).code).toBe('EMPTY_LIST');
    expect(errorOf(() => sequentialRateTest(Array.from({ length: 10_001 }, () => ({ successes: 0, trials: 0 })), { target: 0.1 })).code).toBe('TOO_LONG');
    expect(errorOf(() => sequentialRateTest({ successes: 1, trials: 2 }, { target: 1 })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => sequentialRateTest({ successes: 1, trials: 2 }, { target: 0 })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => sequentialRateTest({ successes: 1, trials: 2 }, {} as never)).code).toBe('MISSING_VALUE');
    expect(errorOf(() => sequentialRateTest({ successes: 1, trials: 2 }, { target: 0.5, mixture: { alpha: 0 } })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => sequentialRateTest({ successes: 1, trials: 2 }, { target: 0.5, mixure: {} } as never)).code).toBe('UNKNOWN_OPTION');
  });
  it('isSequentialRateTest', () => {
    expect(isSequentialRateTest(sequentialRateTest({ successes: 1, trials: 2 }, { target: 0.5 }))).toBe(true);
    expect(isSequentialRateTest({ kind: 'sequential-comparison' })).toBe(false);
  });
});

describe('sequentialComparison', () => {
  it('names its method and mixture', () => {
    const c = sequentialComparison({ successes: 100, trials: 1000 }, { successes: 250, trials: 1000 });
    expect([c.method, c.mixture, c.verdict]).toEqual(['msprt-normal', { tau: 0.05 }, 'b-higher']);
    expect(sequentialComparison({ successes: 250, trials: 1000 }, { successes: 100, trials: 1000 }).verdict).toBe('a-higher');
  });
  it('no spread in either group: insufficient data, p = 1', () => {
    const c = sequentialComparison({ successes: 0, trials: 40 }, { successes: 0, trials: 35 });
    expect([c.verdict, c.pValue, c.interval, c.reason]).toEqual(['insufficient-data', 1, null, 'insufficient-data']);
  });
  it('refuses looks of different lengths', () => {
    const e = errorOf(() => sequentialComparison([{ successes: 1, trials: 10 }], [{ successes: 1, trials: 10 }, { successes: 2, trials: 20 }]));
    expect(e.code).toBe('INCOMPATIBLE');
    expect(errorOf(() => sequentialComparison({ successes: 1, trials: 10 }, { successes: 1, trials: 10 }, { mixture: { tau: 1 } })).code).toBe('OUT_OF_RANGE');
  });
  it('isSequentialComparison', () => {
    expect(isSequentialComparison(sequentialComparison({ successes: 1, trials: 2 }, { successes: 1, trials: 3 }))).toBe(true);
    expect(isSequentialComparison({ kind: 'sequential-test' })).toBe(false);
  });
});
