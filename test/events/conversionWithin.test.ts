import { describe, expect, it } from 'vitest';
import { analyzeFunnel, conversionWithin, defineFunnel, isConversionCurve, type ActivityRecord } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const leadToSale = defineFunnel(['lead', 'sale']);
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

// Five leads, as-of 31 January: a converts after 4 days, b after 20; c (25 Jan) and d (1 Jan) are
// still open; e is lost 2 days in. By hand, Aalen–Johansen with drops competing:
// day 2: 5 at risk, e drops → S = 4/5; day 4: 4 at risk, a converts → F = 4/5 · 1/4 = 1/5, S = 3/5;
// day 6: c censored; day 20: 2 at risk, b converts → F = 1/5 + 3/5 · 1/2 = 1/2; day 30: d censored.
const records: ActivityRecord<'lead' | 'sale'>[] = [
  { prospect: 'a', stage: 'lead', at: '2026-01-01' },
  { prospect: 'a', stage: 'sale', at: '2026-01-05' },
  { prospect: 'b', stage: 'lead', at: '2026-01-01' },
  { prospect: 'b', stage: 'sale', at: '2026-01-21' },
  { prospect: 'c', stage: 'lead', at: '2026-01-25' },
  { prospect: 'd', stage: 'lead', at: '2026-01-01' },
  { prospect: 'e', stage: 'lead', at: '2026-01-01' },
  { prospect: 'e', stage: 'lead', at: '2026-01-03', reason: 'no budget' },
];
const report = analyzeFunnel(leadToSale, records, { perProspect: true, asOf: '2026-01-31' });

describe('conversionWithin', () => {
  it('gives the exact share converted within 7 and 30 days, drops competing, open prospects censored', () => {
    const curve = conversionWithin(report, { at: [7, 30] });
    expect(isConversionCurve(curve)).toBe(true);
    expect(plain(curve.prospects)).toEqual({ reachedFrom: 5, converted: 2, dropped: 1, open: 2, toBeforeFrom: 0 });
    expect([curve.from, curve.to, curve.dropped, curve.estimator]).toEqual(['lead', 'sale', 'competing', 'aalen-johansen']);
    expect(plain(curve.steps)).toEqual([
      { day: 2, atRisk: 5, converted: 0, dropped: 1, censored: 0, share: '0' },
      { day: 4, atRisk: 4, converted: 1, dropped: 0, censored: 0, share: '1/5' },
      { day: 6, atRisk: 3, converted: 0, dropped: 0, censored: 1, share: '1/5' },
      { day: 20, atRisk: 2, converted: 1, dropped: 0, censored: 0, share: '1/2' },
      { day: 30, atRisk: 1, converted: 0, dropped: 0, censored: 1, share: '1/2' },
    ]);
    expect(plain(curve.points)).toEqual([
      { day: 7, share: '1/5', atRisk: 2, naive: { share: '1/5', converted: 1, of: 5, denominator: 'all-who-reached-from' }, interval: null, intervalReason: 'no-interval-for-competing-risks' },
      { day: 30, share: '1/2', atRisk: 1, naive: { share: '2/5', converted: 2, of: 5, denominator: 'all-who-reached-from' }, interval: null, intervalReason: 'no-interval-for-competing-risks' },
    ]);
    expect(plain(JSON.parse(JSON.stringify(curve)))).toEqual(plain(curve));
  });

  it('does not count an open prospect as lost: it is at risk while followed, then censored', () => {
    // c is followed 6 days, d 30: both are at risk on the days they were followed and leave
    // censored, so the curve (1/2 at day 30) is above the naive share (2/5), which counts them lost
    const curve = conversionWithin(report, { at: [30] });
    const p = curve.points[0]!;
    expect([String(p.share), String(p.naive.share)]).toEqual(['1/2', '2/5']);
    expect(curve.steps.filter((s) => s.censored > 0).map((s) => [s.day, s.atRisk])).toEqual([[6, 3], [30, 1]]);
    // had c and d been lost on those days instead: day 6, 3 at risk, c drops → S = 2/5; day 20,
    // 2 at risk, b converts → F = 1/5 + 2/5 · 1/2 = 2/5. Open prospects keep their chance to convert.
    const lost = analyzeFunnel(leadToSale, [
      ...records,
      { prospect: 'c', stage: 'lead', at: '2026-01-31', reason: 'went quiet' },
      { prospect: 'd', stage: 'lead', at: '2026-01-31', reason: 'went quiet' },
    ], { perProspect: true, asOf: '2026-01-31' });
    const asLost = conversionWithin(lost, { at: [30] });
    expect(plain(asLost.prospects)).toEqual({ reachedFrom: 5, converted: 2, dropped: 3, open: 0, toBeforeFrom: 0 });
    expect(String(asLost.points[0]!.share)).toBe('2/5');
  });

  it("under dropped: 'censored' gives 1 − Kaplan–Meier with Greenwood intervals, never below the competing share", () => {
    // e censored at day 2; day 4: 4 at risk → S = 3/4; day 20: 2 at risk → S = 3/8, share 5/8
    const curve = conversionWithin(report, { at: [0, 7, 30], dropped: 'censored' });
    expect([curve.estimator, curve.method.interval]).toEqual(['kaplan-meier', 'greenwood-log-normal-approximation-float']);
    expect(curve.points.map((p) => String(p.share))).toEqual(['0', '1/4', '5/8']);
    expect(curve.points[0]!.interval).toEqual({ lower: 0, upper: 0 });
    const at7 = curve.points[1]!.interval!;
    // S = 3/4, Greenwood h² = 1/(4·3) = 1/12; log interval of S exp(log S ± 1.96 h), upper cut at 1
    const h = Math.sqrt(1 / 12);
    const z = 1.959963984540054;
    expect(at7.lower).toBeCloseTo(0, 12);
    expect(at7.upper).toBeCloseTo(1 - 0.75 * Math.exp(-z * h), 12);
  });

  it('reads whole days: a conversion after 30 days and 1 hour is on day 31, not within 30 days', () => {
    const r = analyzeFunnel(leadToSale, [
      { prospect: 'x', stage: 'lead', at: '2026-01-01T00:00:00Z' },
      { prospect: 'x', stage: 'sale', at: '2026-01-31T01:00:00Z' },
      { prospect: 'y', stage: 'lead', at: '2026-01-01T00:00:00Z' },
      { prospect: 'y', stage: 'sale', at: '2026-01-31T00:00:00Z' },
    ], { perProspect: true });
    const curve = conversionWithin(r, { at: [30, 31] });
    expect(curve.steps.map((s) => s.day)).toEqual([30, 31]);
    expect(curve.points.map((p) => String(p.share))).toEqual(['1/2', '1']);
  });

  it('says the share is unknown beyond the last followed day while someone is still open', () => {
    const p = conversionWithin(report, { at: [45] }).points[0]!;
    expect(plain(p)).toMatchObject({ day: 45, share: null, reason: 'beyond-follow-up', atLeast: '1/2', interval: null });
  });

  it('counts from and to any two stages in order; the default days are the conversion days', () => {
    const r = analyzeFunnel(defineFunnel(['lead', 'call', 'sale']), [
      { prospect: 'a', stage: 'lead', at: '2026-01-01' },
      { prospect: 'a', stage: 'call', at: '2026-01-03' },
      { prospect: 'a', stage: 'sale', at: '2026-01-10' },
      { prospect: 'b', stage: 'lead', at: '2026-01-01' },
      { prospect: 'b', stage: 'call', at: '2026-01-02' },
    ], { perProspect: true, asOf: '2026-01-20' });
    const callToSale = conversionWithin(r, { from: 'call' });
    // a: 7 days from call to sale; b: open, followed 18 days
    expect(callToSale.points.map((p) => [p.day, String(p.share)])).toEqual([[7, '1/2']]);
    // lead to call: b after 1 day, a after 2
    expect(conversionWithin(r, { to: 'call', at: [1, 2] }).points.map((p) => String(p.share))).toEqual(['1/2', '1']);
  });

  it('refuses a report without per-prospect details, saying to pass perProspect: true', () => {
    const e = errorOf(() => conversionWithin(analyzeFunnel(leadToSale, records)));
    expect([e.code, e.path]).toEqual(['MISSING_VALUE', ['report', 'prospects']]);
    expect(e.message).toContain('perProspect: true');
  });

  it('refuses what is not a report, unknown stages, a to not after from, and bad options', () => {
    expect(errorOf(() => conversionWithin({ kind: 'plan' } as never)).code).toBe('INVALID_INPUT');
    const unknown = errorOf(() => conversionWithin(report, { from: 'demo' as never }));
    expect([unknown.code, unknown.path]).toEqual(['UNKNOWN_STAGE', ['options', 'from']]);
    const backwards = errorOf(() => conversionWithin(report, { from: 'sale', to: 'lead' }));
    expect([backwards.code, backwards.path, backwards.message]).toEqual([
      'INVALID_INPUT',
      ['options', 'to'],
      'The stage that counts as converted should be a stage after the stage to count from ("sale"); got "lead".',
    ]);
    expect(errorOf(() => conversionWithin(report, { at: [7.5] })).code).toBe('NOT_INTEGER');
    expect(errorOf(() => conversionWithin(report, { at: [-1] })).code).toBe('NEGATIVE');
    expect(errorOf(() => conversionWithin(report, { unit: 'week' as never })).code).toBe('INVALID_CHOICE');
    expect(errorOf(() => conversionWithin(report, { dropped: 'lost' as never })).code).toBe('INVALID_CHOICE');
    expect(errorOf(() => conversionWithin(report, { within: 30 } as never)).code).toBe('UNKNOWN_OPTION');
    const edited = { ...plain(report), prospects: [null] };
    const bad = errorOf(() => conversionWithin(edited));
    expect([bad.code, bad.path]).toEqual(['INVALID_INPUT', ['report', 'prospects', 0]]);
    const badTime = { ...plain(report), prospects: [{ ...plain(report.prospects![0]), reached: { lead: 'soon' } }] };
    expect([errorOf(() => conversionWithin(badTime)).code, errorOf(() => conversionWithin(badTime)).path]).toEqual(['INVALID_INPUT', ['report', 'prospects', 0, 'reached', 'lead']]);
  });
});
