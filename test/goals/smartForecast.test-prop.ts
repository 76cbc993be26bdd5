import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRatio, validateSmart, type GoalInput } from '../../src/index.js';
import { expectHonest } from '../helpers/honest.js';
import { pipeline, q4 } from './forecastFixtures.js';

const SEVERITY = { info: 0, warn: 1, fail: 2 } as const;
const chance = (target: number, thresholds?: { forecastWarn: number; forecastFail: number }) => {
  const report = validateSmart({ ...q4, target: { value: target, unit: 'USD' } } as GoalInput, { pipeline, ...(thresholds ? { thresholds } : {}) });
  return report.criteria.realistic.findings.find((f) => f.code.startsWith('FORECAST_') || f.code === 'TARGET_ALREADY_WON')!;
};

describe('validateSmart pipeline properties', () => {
  it('a higher target never has a higher chance nor a milder finding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40001, max: 140000 }), fc.integer({ min: 0, max: 30000 }), (low, step) => {
        const a = chance(low);
        const b = chance(low + step);
        expect(parseRatio(String(b.data['probability'])).compare(parseRatio(String(a.data['probability'])))).toBeLessThanOrEqual(0);
        expect(SEVERITY[b.severity]).toBeGreaterThanOrEqual(SEVERITY[a.severity]);
      }),
      { numRuns: 60 },
    );
  });
  it('the finding is the one the thresholds give for its exact chance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40001, max: 140000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (target, x, y) => {
        const [forecastFail, forecastWarn] = x <= y ? [x, y] : [y, x];
        const f = chance(target, { forecastWarn, forecastFail });
        const p = parseRatio(String(f.data['probability'])).toNumber();
        const code = p >= forecastWarn ? 'FORECAST_LIKELY' : p >= forecastFail ? 'FORECAST_UNLIKELY' : 'FORECAST_VERY_UNLIKELY';
        // the comparison is exact; a float within an ulp of the chance may round either way
        if (Math.abs(p - forecastWarn) > 1e-12 && Math.abs(p - forecastFail) > 1e-12) expect(f.code).toBe(code);
        expectHonest(() => f);
      }),
      { numRuns: 80 },
    );
  });
});
