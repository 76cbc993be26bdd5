import { describe, expect, it } from 'vitest';
import { capacityPlan, quotaReach, setQuotas } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const reference = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'quota_reach_reference.json'), 'utf8')) as { normal: { mean: number; sd: number; threshold: number; sf: number }[] };
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('setQuotas', () => {
  it('$1,000,000 over-assigned at 110% to three equal reps: the cents left go to the earlier reps', () => {
    const plan = plain(setQuotas(1000000, { reps: ['ana', 'ben', 'cy'], overAssignment: '110%' }));
    expect(plan).toEqual({
      kind: 'quota-plan',
      target: '1000000',
      overAssignment: '11/10',
      assigned: '1100000',
      unit: '0.01',
      quotas: [
        { rep: 'ana', share: '1/3', quota: '366666.67' },
        { rep: 'ben', share: '1/3', quota: '366666.67' },
        { rep: 'cy', share: '1/3', quota: '366666.66' },
      ],
      method: 'largest-remainder',
      tieBreak: 'earlier-rep',
    });
  });
  it('weighted by ramped equivalents from a capacity plan, in whole dollars', () => {
    const plan = capacityPlan({
      reps: [{ id: 'ana', start: '2025-01-01' }, { id: 'ben', start: '2025-01-01' }, { id: 'cy', start: '2026-01-01' }],
      ramp: ['25%', '50%', '75%'],
      quotaPerRep: 150000,
      quotaPer: 'quarter',
      periods: { from: '2026-01', months: 3 },
    });
    const weights = Object.fromEntries(plan.reps.map((r) => [r.id, r.equivalents]));
    const quotas = setQuotas(450000, { reps: weights, overAssignment: '110%', unit: 1 });
    // weights 3, 3, 3/2: shares 2/5, 2/5, 1/5 of $495,000
    expect(plain(quotas.quotas)).toEqual([
      { rep: 'ana', share: '2/5', quota: '198000' },
      { rep: 'ben', share: '2/5', quota: '198000' },
      { rep: 'cy', share: '1/5', quota: '99000' },
    ]);
  });
  it('a target that is not a whole number of units is rounded half-even first', () => {
    const plan = plain(setQuotas('100.005', { reps: ['ana', 'ben'] }));
    expect([plan.assigned, plan.quotas.map((q: { quota: string }) => q.quota)]).toEqual(['100', ['50', '50']]);
  });
  it('errors: a unit of 0, a rep twice', () => {
    expect(errorOf(() => setQuotas(100, { reps: ['ana'], unit: 0 })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => setQuotas(100, { reps: ['ana', 'ana'] })).code).toBe('INVALID_INPUT');
  });
});

describe('quotaReach', () => {
  it('empirical: 4 of 8 past attainments reached 100%, so 6 of 12 reps are expected to', () => {
    const reach = plain(quotaReach({ attainments: ['80%', '95%', '100%', '120%', '60%', '105%', '130%', '90%'], reps: 12 }));
    expect(reach).toEqual({ kind: 'quota-reach', threshold: '1', empirical: { reached: 4, of: 8, share: '1/2', expectedReps: '6' }, normal: null });
  });
  it('a threshold other than 100%', () => {
    expect(plain(quotaReach({ attainments: [0.8, 0.9, 1.1], threshold: '90%' })).empirical.share).toBe('2/3');
  });
  it('normal model: matches scipy.stats.norm.sf', () => {
    for (const row of reference.normal) {
      const reach = quotaReach({ normal: { mean: row.mean, sd: row.sd }, threshold: row.threshold });
      expect(reach.normal?.method).toBe('normal-upper-tail');
      expect(Math.abs(reach.normal!.share - row.sf)).toBeLessThanOrEqual(1e-14 + 1e-12 * row.sf);
    }
  });
  it('needs attainments or a model', () => {
    const e = errorOf(() => quotaReach({}));
    expect([e.code, e.path]).toEqual(['MISSING_VALUE', ['options', 'attainments']]);
    expect(errorOf(() => quotaReach({ normal: { mean: 1, sd: 0 } })).code).toBe('OUT_OF_RANGE');
  });
});
