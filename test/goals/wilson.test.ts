import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalQuantile, wilsonInterval } from '../../src/goals/wilson.js';

/** Reference values: test/fixtures/goals-wilson.py (scipy binomtest(...).proportion_ci(method='wilson'), norm.ppf). */
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'goals-wilson.json'), 'utf8')) as {
  intervals: { successes: number; trials: number; level: number; lower: number; upper: number }[];
  quantiles: { p: number; z: number }[];
};
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('the internal Wilson interval matches scipy', () => {
  it.each(ref.intervals)('$successes of $trials at $level', ({ successes, trials, level, lower, upper }) => {
    const w = wilsonInterval(successes, trials, level);
    close(w.lower, lower);
    close(w.upper, upper);
  });
  it.each(ref.quantiles)('normal quantile at $p', ({ p, z }) => {
    close(normalQuantile(p), z);
  });
});
