import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineFunnel, parseRatio, validateSmart, type GoalInput } from '../../src/index.js';
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

describe('validateSmart hires for an activity stage', () => {
  const funnel = defineFunnel([
    { id: 'call', label: 'Calls', kind: 'activity' },
    { id: 'sale', label: 'Sales', kind: 'outcome' },
  ]);
  const goal = { title: 'Sales', metric: 'sales', start: '2026-01-01', method: 'Outbound calls', owner: 'BDR team', checkIn: 'weekly' };
  const share = fc.integer({ min: 0, max: 100 }).map((p) => `${p}%`);
  it('the hires are the fewest that do the activity, and starting a month later needs more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('2026-03-31', '2026-06-30', '2026-12-31'),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(share, { maxLength: 4 }),
        fc.integer({ min: 0, max: 8 }).map((p) => `${p}%`),
        fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        (sales, deadline, reps, perRepPerDay, ramp, attrition, backfillDelayMonths) => {
          const team = { ramp, attrition, ...(backfillDelayMonths === undefined ? {} : { backfillDelayMonths }) };
          const context = { funnel, rates: { sale: '10%' }, capacity: { call: { reps, perRepPerDay } } };
          const run = (extra: Record<string, unknown> = {}) =>
            validateSmart({ ...goal, target: { value: sales, unit: 'sales' }, deadline } as GoalInput, { ...context, team: { ...team, ...extra } }).criteria.realistic.findings.find((f) => f.code.startsWith('CAPACITY_'));
          const f = run();
          expectHonest(() => f);
          if (f?.code !== 'CAPACITY_HIRES_NEEDED') return;
          const need = parseRatio(String(f.data['required']));
          const expected = parseRatio(String(f.data['expected']));
          const per = parseRatio(String(f.data['perHire']));
          const hires = Number(f.data['hires']);
          expect(hires).toBeGreaterThan(0);
          expect(expected.compare(need)).toBeLessThan(0);
          expect(expected.add(per.mul(parseRatio(String(hires)))).toString()).toBe(String(f.data['withHires']));
          expect(parseRatio(String(f.data['withHires'])).compare(need)).toBeGreaterThanOrEqual(0);
          expect(expected.add(per.mul(parseRatio(String(hires - 1)))).compare(need)).toBeLessThan(0);
          const start = String(f.data['latestStart']);
          const next = new Date(`${start}T00:00:00Z`);
          next.setUTCMonth(next.getUTCMonth() + 1);
          const nextMonth = next.toISOString().slice(0, 7);
          if (nextMonth > deadline.slice(0, 7)) return;
          const later = run({ hireFrom: nextMonth })!;
          if (later.code === 'CAPACITY_HIRES_NEEDED') expect(Number(later.data['hires'])).toBeGreaterThan(hires);
          else expect(later.code).toBe('CAPACITY_HIRES_INFEASIBLE');
        },
      ),
      { numRuns: 60 },
    );
  });
});
