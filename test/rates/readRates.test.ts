import { describe, expect, it } from 'vitest';
import {
  analyzeFunnel,
  defineFunnel,
  funnelFromCounts,
  hitProbability,
  outcomeRange,
  rateNeeded,
  requiredActivity,
} from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

/* Rates given as a result are told apart by `kind`, never by which fields are present. */
const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
const counts = funnelFromCounts(funnel, { call: 100, appointment: 15, sale: 5 });
const report = analyzeFunnel(funnel, [
  { prospect: 'p1', stage: 'call', at: '2026-11-02' },
  { prospect: 'p1', stage: 'appointment', at: '2026-11-03' },
  { prospect: 'p1', stage: 'sale', at: '2026-11-04' },
  { prospect: 'p2', stage: 'call', at: '2026-11-02' },
]);
const plan = requiredActivity(funnel, { goal: 5, rates: { appointment: '15%', sale: '1/3' } });
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('rates given as counted rates (kind "counts")', () => {
  it('are read exactly, also from their JSON', () => {
    expect(requiredActivity(funnel, { goal: 5, rates: counts }).required).toEqual({ call: 100, appointment: 15, sale: 5 });
    expect(requiredActivity(funnel, { goal: 5, rates: json(counts) }).required).toEqual({ call: 100, appointment: 15, sale: 5 });
    expect(hitProbability(funnel, { activity: 100, rates: json(counts), goal: 5 }).method).toBe('beta-binomial');
  });
  it('the same fields without the kind are not counted rates: they are read as stage rates and refused', () => {
    const { kind: _, ...shape } = counts;
    const e = errorOf(() => requiredActivity(funnel, { goal: 5, rates: shape as never }));
    expect([e.code, e.path]).toEqual(['UNKNOWN_STAGE', ['rates', 'stages']]);
  });
  it('a kind "counts" without stages is refused with its path', () => {
    const e = errorOf(() => requiredActivity(funnel, { goal: 5, rates: { kind: 'counts' } as never }));
    expect([e.code, e.path]).toEqual(['INVALID_INPUT', ['rates', 'stages']]);
  });
});

describe('rates given as a result of another kind are refused, saying what to give', () => {
  it.each<[string, () => unknown]>([
    ['requiredActivity', () => requiredActivity(funnel, { goal: 5, rates: report as never })],
    ['hitProbability', () => hitProbability(funnel, { activity: 100, rates: report as never, goal: 5 })],
    ['outcomeRange', () => outcomeRange(funnel, { activity: 100, rates: json(report) as never })],
    ['rateNeeded', () => rateNeeded(funnel, { goal: 5, activity: 100, rates: report as never, stage: 'sale' })],
  ])('an activity report as rates (%s)', (_, run) => {
    const e = errorOf(run);
    expect([e.code, e.path.slice(-2)]).toEqual(['INVALID_INPUT', ['rates', 'kind']]);
    expect(e.message).toBe(
      'The kind of the result given as rates should be "counts" (counted rates), not an activity report: its rates still count the prospects whose journeys are open, so they understate conversion; got "activity-report".',
    );
  });
  it('a plan as rates', () => {
    const e = errorOf(() => requiredActivity(funnel, { goal: 5, rates: plan as never }));
    expect([e.code, e.path]).toEqual(['INVALID_INPUT', ['rates', 'kind']]);
    expect(e.message).toBe(`The kind of the result given as rates should be "counts" (counted rates); otherwise give rates per stage, such as { sale: '15%' }; got "plan".`);
  });
  it('in a funnel with a stage named "kind", rates.kind is that stage\'s rate', () => {
    const odd = defineFunnel(['call', 'kind'] as const);
    expect(requiredActivity(odd, { goal: 5, rates: { kind: '50%' } }).required).toEqual({ call: 10, kind: 5 });
  });
});
