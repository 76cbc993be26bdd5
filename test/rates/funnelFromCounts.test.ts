import { describe, expect, it } from 'vitest';
import { defineFunnel, funnelFromCounts } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('funnelFromCounts', () => {
  it('DOMAIN §3: 100 calls, 25 presentations, 5 sales → 25%, 20%, 5% overall', () => {
    const f = defineFunnel(['call', 'presentation', 'sale'] as const);
    const r = funnelFromCounts(f, { call: 100, presentation: 25, sale: 5 });
    expect(r.stages.map((s) => s.ofPrevious?.value?.toString() ?? null)).toEqual([null, '1/4', '1/5']);
    expect(r.overall.value!.toString()).toBe('1/20');
    expect(r.overall.of).toBe('call');
    expect(r.warnings).toEqual([]);
  });

  it('DOMAIN §5: 60 contacts, 15 meetings, 10 sales → 66.7% of meetings and 16.7% of contacts, both labelled', () => {
    const f = defineFunnel(['contact', 'meeting', 'sale'] as const);
    const sale = funnelFromCounts(f, [60, 15, 10]).stages[2]!;
    const { interval: i1, ...ofPrevious } = plain(sale.ofPrevious);
    const { interval: i2, ...ofFirst } = plain(sale.ofFirst);
    const { interval: i3, ...dropRate } = plain(sale.dropRate);
    expect({ ...plain(sale), ofPrevious, ofFirst, dropRate }).toEqual({
      stage: 'sale',
      count: 10,
      ofPrevious: { value: '2/3', reason: null, numerator: 10, denominator: 15, of: 'meeting', label: '66.7% of meeting (10 of 15)', smallSample: false },
      ofFirst: { value: '1/6', reason: null, numerator: 10, denominator: 60, of: 'contact', label: '16.7% of contact (10 of 60)', smallSample: false },
      dropped: 5,
      dropRate: { value: '1/3', reason: null, numerator: 5, denominator: 15, of: 'meeting', label: '33.3% of meeting (5 of 15)', smallSample: false },
    });
    // Wilson 95% from scipy 1.17: binomtest(s, n).proportion_ci(0.95, 'wilson')
    const near = (got: { lower: number; upper: number; level: number; method: string }, lower: number, upper: number) => {
      expect([got.level, got.method]).toEqual([0.95, 'wilson']);
      expect(Math.abs(got.lower - lower)).toBeLessThanOrEqual(1e-12 * lower);
      expect(Math.abs(got.upper - upper)).toBeLessThanOrEqual(1e-12 * upper);
    };
    near(i1, 0.41713547738519774, 0.8482367556028528);
    near(i2, 0.09313176979191454, 0.2803161316361453);
    near(i3, 0.15176324439714725, 0.5828645226148023);
  });

  it('smallSample: fewer than 5 successes or fewer than 5 failures', () => {
    const f = defineFunnel(['meeting', 'sale'] as const);
    const flag = (m: number, s: number) => funnelFromCounts(f, [m, s]).stages[1]!.ofPrevious!.smallSample;
    expect([flag(15, 10), flag(15, 4), flag(14, 10), flag(9, 5), flag(10, 5), flag(0, 0)]).toEqual([false, true, true, true, false, true]);
    expect(funnelFromCounts(f, [20, 0]).stages[1]!.ofPrevious!.interval).toEqual({ lower: 0, upper: expect.any(Number), level: 0.95, method: 'wilson' });
  });

  it('DOMAIN §1: 15% to appointment, 1 in 3 closes', () => {
    const f = defineFunnel(['call', 'appointment', 'sale'] as const);
    const r = funnelFromCounts(f, { call: 1000, appointment: 150, sale: 50 });
    expect(r.stages[1]!.ofPrevious!.label).toBe('15.0% of call (150 of 1000)');
    expect(r.stages[2]!.ofPrevious!.value!.toString()).toBe('1/3');
  });

  it('a zero denominator gives null with a reason, never NaN or 0', () => {
    const f = defineFunnel(['call', 'meeting', 'sale'] as const);
    const r = funnelFromCounts(f, { call: 0, meeting: 0, sale: 0 });
    expect(plain(r.stages[1]!.ofPrevious)).toEqual({ value: null, reason: 'zero-denominator', numerator: 0, denominator: 0, of: 'call', label: 'no rate: no call to divide by', interval: null, smallSample: true });
    expect(r.stages[0]!.ofFirst.value).toBeNull();
    expect(r.stages[2]!.dropRate!.value).toBeNull();
    expect(r.stages[2]!.dropped).toBe(0);
  });

  it('inbound counted against cold calls: warning, no rate above 100%', () => {
    const f = defineFunnel(['call', 'presentation', 'sale'] as const);
    const r = funnelFromCounts(f, { call: 20, presentation: 25, sale: 5 });
    expect(r.stages[1]!.ofPrevious!.value).toBeNull();
    expect(r.stages[1]!.ofPrevious!.reason).toBe('exceeds-denominator');
    expect(r.stages[1]!.dropped).toBeNull();
    expect(r.stages[1]!.ofFirst.reason).toBe('exceeds-denominator');
    expect(r.stages[2]!.ofPrevious!.value!.toString()).toBe('1/5');
    expect(r.warnings.map((w) => [w.code, w.stage])).toEqual([['EXCEEDS_PREVIOUS', 'presentation']]);
    expect(r.warnings[0]!.message).toMatch(/inbound/);
  });

  it('warns when a later stage exceeds the first but not the previous', () => {
    const f = defineFunnel(['a', 'b', 'c', 'd'] as const);
    const r = funnelFromCounts(f, { a: 10, b: 30, c: 20, d: 15 });
    expect(r.warnings.map((w) => [w.code, w.stage])).toEqual([
      ['EXCEEDS_PREVIOUS', 'b'],
      ['EXCEEDS_FIRST', 'c'],
      ['EXCEEDS_FIRST', 'd'],
    ]);
  });

  it.each([
    [{ call: 10, sale: 1 }, 'MISSING_VALUE', ['counts', 'meeting']],
    [{ call: 10, meeting: 5, sale: 1, demo: 2 }, 'UNKNOWN_STAGE', ['counts', 'demo']],
    [{ call: 10, meeting: -5, sale: 1 }, 'NEGATIVE', ['counts', 'meeting']],
    [{ call: 10, meeting: 2.5, sale: 1 }, 'NOT_INTEGER', ['counts', 'meeting']],
    [{ call: 'ten', meeting: 2, sale: 1 }, 'INVALID_NUMBER', ['counts', 'call']],
    [[10, 5], 'WRONG_LENGTH', ['counts']],
    [[10, 5, 'x'], 'INVALID_NUMBER', ['counts', 2]],
    ['10,5,1', 'INVALID_INPUT', ['counts']],
  ])('%j → %s at %j', (counts, code, path) => {
    const f = defineFunnel(['call', 'meeting', 'sale'] as const);
    if (code === 'WRONG_LENGTH') expect(errorOf(() => funnelFromCounts(f, counts as never)).message).toBe('The counts as a list needs 3 values, one for each of call, meeting, sale; got 2.');
    if (code === 'MISSING_VALUE') expect(errorOf(() => funnelFromCounts(f, counts as never)).message).toBe('Nothing was given for the count at "meeting"; give a whole number of "meeting", such as 50.');
    const e = errorOf(() => funnelFromCounts(f, counts as never));
    expect([e.code, e.path]).toEqual([code, path]);
  });
  it('an object of a hundred thousand keys is refused at its first key that is not a stage, in one pass', () => {
    const f = defineFunnel(['call', 'appointment', 'sale'] as const);
    const counts = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 1]));
    const e = errorOf(() => funnelFromCounts(f, counts as never));
    expect([e.code, e.path]).toEqual(['UNKNOWN_STAGE', ['counts', 'k0']]);
  });
});
