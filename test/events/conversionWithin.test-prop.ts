import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFunnel, conversionWithin, defineFunnel, Ratio, type ActivityRecord } from '../../src/index.js';

const leadToSale = defineFunnel(['lead', 'sale']);
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 1);
const AS_OF = T0 + 60 * 24 * HOUR;
const DAYS = Array.from({ length: 62 }, (_, d) => d);
const ZERO = Ratio.of(0);
const ONE = Ratio.of(1);

type Fate = 'converted' | 'lost' | 'open';
interface Prospect {
  readonly start: number; // hours after T0
  readonly after: number; // hours from the lead to the sale or the loss
  readonly fate: Fate;
}

const prospect = (fates: readonly Fate[]): fc.Arbitrary<Prospect> =>
  fc.record({ start: fc.nat({ max: 24 * 20 }), after: fc.nat({ max: 24 * 35 }), fate: fc.constantFrom(...fates) });

function recordsOf(list: readonly Prospect[]): ActivityRecord<'lead' | 'sale'>[] {
  return list.flatMap((p, i) => {
    const lead = { prospect: `p${i}`, stage: 'lead' as const, at: T0 + p.start * HOUR };
    const later = T0 + (p.start + p.after) * HOUR;
    if (p.fate === 'converted') return [lead, { prospect: `p${i}`, stage: 'sale' as const, at: later }];
    if (p.fate === 'lost') return [lead, { prospect: `p${i}`, stage: 'lead' as const, at: later, reason: 'no' }];
    return [lead];
  });
}

const curveOf = (list: readonly Prospect[], dropped: 'competing' | 'censored' = 'competing') =>
  conversionWithin(analyzeFunnel(leadToSale, recordsOf(list), { perProspect: true, asOf: AS_OF }), { at: DAYS, dropped });

describe('conversionWithin properties', () => {
  it('with nobody open and nobody dropped the curve is the empirical share exactly (and equals the naive share)', () => {
    fc.assert(
      fc.property(fc.array(prospect(['converted']), { minLength: 1, maxLength: 25 }), (list) => {
        const days = list.map((p) => Math.ceil(p.after / 24));
        for (const p of curveOf(list).points) {
          const expected = Ratio.of(days.filter((d) => d <= p.day).length, list.length).toString();
          expect(String(p.share)).toBe(expected);
          expect(String(p.naive.share)).toBe(expected);
        }
      }),
    );
  });

  it('with nobody open (drops competing) the curve is the naive share exactly: nothing is unknown', () => {
    fc.assert(
      fc.property(fc.array(prospect(['converted', 'lost']), { minLength: 1, maxLength: 25 }), (list) => {
        for (const p of curveOf(list).points) expect(String(p.share)).toBe(String(p.naive.share));
      }),
    );
  });

  it('the curve is non-decreasing, between 0 and 1, and never below the naive share (open prospects are not lost)', () => {
    fc.assert(
      fc.property(fc.array(prospect(['converted', 'lost', 'open']), { maxLength: 25 }), fc.constantFrom('competing' as const, 'censored' as const), (list, dropped) => {
        let previous = ZERO;
        for (const p of curveOf(list, dropped).points) {
          if (p.share === null) continue; // beyond follow-up or no prospects
          expect(p.share.compare(previous)).toBeGreaterThanOrEqual(0);
          expect(p.share.compare(ONE)).toBeLessThanOrEqual(0);
          expect(p.share.compare(p.naive.share!)).toBeGreaterThanOrEqual(0);
          previous = p.share;
        }
      }),
    );
  });

  it("treating drops as censored never gives a lower share than treating them as competing", () => {
    fc.assert(
      fc.property(fc.array(prospect(['converted', 'lost', 'open']), { maxLength: 25 }), (list) => {
        const competing = curveOf(list, 'competing').points;
        const censored = curveOf(list, 'censored').points;
        competing.forEach((p, i) => {
          const q = censored[i]!;
          if (p.share !== null && q.share !== null) expect(q.share.compare(p.share)).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });

  it('every prospect who reached the first stage is counted once: converted + dropped + open', () => {
    fc.assert(
      fc.property(fc.array(prospect(['converted', 'lost', 'open']), { maxLength: 25 }), (list) => {
        const c = curveOf(list).prospects;
        expect([c.reachedFrom, c.converted, c.dropped, c.open]).toEqual([
          list.length,
          list.filter((p) => p.fate === 'converted').length,
          list.filter((p) => p.fate === 'lost').length,
          list.filter((p) => p.fate === 'open').length,
        ]);
      }),
    );
  });
});
