import { describe, expect, it } from 'vitest';
import { analyzeFunnel, defineFunnel, type ActivityRecord } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2); // Monday 2026-11-02
const d = (n: number) => T0 + n * DAY;

const cms = defineFunnel(['contact', 'meeting', 'sale'] as const);
const cps = defineFunnel(['call', 'presentation', 'sale'] as const);
const cmsale = defineFunnel(['call', 'meeting', 'sale'] as const);
type R = ActivityRecord<'call' | 'meeting' | 'sale'>;
const rec = (prospect: string | number, stage: 'call' | 'meeting' | 'sale', day: number, extra: Partial<R> = {}): R => ({ prospect, stage, at: d(day), ...extra });
const counts = (r: { stages: readonly { count: number }[] }) => r.stages.map((s) => s.count);

describe('analyzeFunnel: DOMAIN examples', () => {
  it('§5: 60 contacts, 15 meetings, 10 sales → 66.7% of meetings and 16.7% of contacts, each naming its denominator', () => {
    const records = [];
    for (let i = 0; i < 60; i++) {
      records.push({ prospect: `p${i}`, stage: 'contact' as const, at: d(0) });
      if (i < 30) records.push({ prospect: `p${i}`, stage: 'contact' as const, at: d(1) }); // follow-ups: touches, not prospects
      if (i < 15) records.push({ prospect: `p${i}`, stage: 'meeting' as const, at: d(3) });
      if (i < 10) records.push({ prospect: `p${i}`, stage: 'sale' as const, at: d(8) });
    }
    const r = analyzeFunnel(cms, records);
    expect(r.stages.map((s) => [s.touches, s.prospects])).toEqual([[90, 60], [15, 15], [10, 10]]);
    // Wilson 95% intervals (scipy agrees to the last digit or one ulp)
    expect(plain(r.stages[2]!.ofPrevious)).toEqual({
      value: '2/3',
      reason: null,
      numerator: 10,
      denominator: 15,
      of: 'meeting',
      label: '66.7% of meeting (10 of 15)',
      interval: { lower: 0.41713547738519774, upper: 0.8482367556028526, level: 0.95, method: 'wilson' },
      smallSample: false,
    });
    expect(plain(r.stages[2]!.ofFirst)).toEqual({
      value: '1/6',
      reason: null,
      numerator: 10,
      denominator: 60,
      of: 'contact',
      label: '16.7% of contact (10 of 60)',
      interval: { lower: 0.09313176979191454, upper: 0.2803161316361453, level: 0.95, method: 'wilson' }, // scipy: lower 0.0931317697919145, one ulp apart
      smallSample: false,
    });
    expect(r.overall.label).toBe('16.7% of contact (10 of 60)');
    // a close rate against touches would be 10/90: no rate divides by touches; the figure per touch beside them does, and says so
    expect(r.stages[1]!.ofPrevious!.label).toBe('25.0% of contact (15 of 60)');
    expect(r.stages[2]!.perTouchOfFirst.label).toBe('0.111 per touch of contact (10 per 90 touches)');
  });

  it('§3: inbound presentations are shown separately, not as conversions of cold calls', () => {
    const records: ActivityRecord<'call' | 'presentation' | 'sale'>[] = [];
    for (let i = 0; i < 100; i++) records.push({ prospect: `c${i}`, stage: 'call', at: d(0), source: 'cold call' });
    for (let i = 0; i < 20; i++) records.push({ prospect: `c${i}`, stage: 'presentation', at: d(2) });
    for (let i = 0; i < 5; i++) records.push({ prospect: `in${i}`, stage: 'presentation', at: d(2), source: 'inbound' });
    for (let i = 0; i < 4; i++) records.push({ prospect: `c${i}`, stage: 'sale', at: d(5) });
    records.push({ prospect: 'in0', stage: 'sale', at: d(6) });
    const r = analyzeFunnel(cps, records);
    const p = r.stages[1]!;
    expect([p.count, p.fromPrevious, p.inbound]).toEqual([25, 20, 5]);
    expect(p.ofPrevious!.label).toBe('20.0% of call (20 of 100)');
    expect(r.stages[2]!.ofPrevious!.label).toBe('20.0% of presentation (5 of 25)');
    expect(r.stages[2]!.ofFirst.label).toBe('4.0% of call (4 of 100)');
    expect(r.warnings).toEqual([]);
  });

  it('warns where mixing inbound into the previous stage would exceed 100%', () => {
    const records: ActivityRecord<'call' | 'presentation' | 'sale'>[] = [];
    for (let i = 0; i < 10; i++) records.push({ prospect: `c${i}`, stage: 'call', at: d(0) });
    for (let i = 0; i < 4; i++) records.push({ prospect: `c${i}`, stage: 'presentation', at: d(1) });
    for (let i = 0; i < 8; i++) records.push({ prospect: `in${i}`, stage: 'presentation', at: d(1), source: 'inbound' });
    const r = analyzeFunnel(cps, records);
    expect([r.stages[1]!.count, r.stages[1]!.inbound, r.stages[1]!.fromPrevious]).toEqual([12, 8, 4]);
    expect(r.stages[1]!.ofPrevious!.label).toBe('40.0% of call (4 of 10)');
    expect(r.warnings.map((w) => [w.code, w.stage])).toEqual([['EXCEEDS_PREVIOUS', 'presentation']]);
    expect(r.warnings[0]!.message).toMatch(/inbound/);
  });
});

describe('analyzeFunnel: order', () => {
  // P1: call, sale (skips the meeting), meeting. P2: call, meeting, call again, sale.
  const records = [rec('P1', 'call', 0), rec('P1', 'sale', 1), rec('P1', 'meeting', 2), rec('P2', 'call', 0), rec('P2', 'meeting', 1), rec('P2', 'call', 2), rec('P2', 'sale', 3)];
  it("'ordered' (default): a stage counts after the stage before it; other records in between are allowed", () => {
    const r = analyzeFunnel(cmsale, records);
    expect(counts(r)).toEqual([2, 2, 1]);
    expect(r.options.order).toBe('ordered');
    expect(r.ignored.outsideJourney).toBe(0);
  });
  it("'strict': only repeats of the current stage may come between steps; breaking order ends the journey", () => {
    const r = analyzeFunnel(cmsale, records, { order: 'strict' });
    expect(counts(r)).toEqual([2, 1, 0]);
    // P1's sale breaks the order (dropped at meeting); P2's second call starts a new journey, its sale skips the meeting
    expect([r.stages[1]!.dropped, r.stages[1]!.open, r.stages[2]!.dropped, r.stages[2]!.open]).toEqual([1, 0, 1, 0]);
    // P1's sale and meeting, P2's sale after its second call: touches only
    expect(r.ignored.outsideJourney).toBe(3);
    expect(r.warnings.map((w) => w.code)).toEqual(['OUTSIDE_JOURNEY']);
    expect(analyzeFunnel(cmsale, records, { order: 'strict', reEntry: 'each', counting: 'total' }).stages[0]!.count).toBe(3);
  });
  it("'any': every stage with a record counts", () => {
    const r = analyzeFunnel(cmsale, records, { order: 'any' });
    expect(counts(r)).toEqual([2, 2, 2]);
    expect(r.stages[2]!.fromPrevious).toBe(2);
    // P1 reached the sale before the meeting: a conversion, but no negative time to convert
    expect(r.stages[2]!.timeFromPrevious!.count).toBe(1);
  });
});

describe('analyzeFunnel: windows and right-censoring (asOf)', () => {
  const asOf = d(28);
  const records = [
    rec('A', 'call', 0),
    rec('A', 'meeting', 5),
    rec('A', 'sale', 20), // 15 days after the meeting
    rec('B', 'call', 0),
    rec('B', 'meeting', 10), // 10 days after the call
    rec('C', 'call', 25), // 3 days before asOf: still inside a 7-day window
    rec('D', 'call', 26, { reason: 'no budget' }), // lost: dropped even though its window is open
  ];
  it('perStep: a step later than the window does not count; open prospects are never dropped', () => {
    const r = analyzeFunnel(cmsale, records, { window: { perStep: 7 }, asOf });
    expect(counts(r)).toEqual([4, 1, 0]);
    expect([r.stages[1]!.dropped, r.stages[1]!.open]).toEqual([2, 1]);
    expect([r.stages[2]!.dropped, r.stages[2]!.open]).toEqual([1, 0]);
    expect(r.ignored.outsideJourney).toBe(2);
    expect(r.options.window).toEqual({ fromFirst: null, perStep: 7 * DAY });
  });
  it('fromFirst: measured from the journey’s first stage', () => {
    const r = analyzeFunnel(cmsale, records, { window: { fromFirst: 12 }, asOf });
    expect(counts(r)).toEqual([4, 2, 0]);
    // A and B: window closed at asOf → dropped at sale; C open at meeting, D lost
    expect([r.stages[1]!.dropped, r.stages[1]!.open, r.stages[2]!.dropped, r.stages[2]!.open]).toEqual([1, 1, 2, 0]);
  });
  it('no window: nobody can be declared dropped except the lost', () => {
    const r = analyzeFunnel(cmsale, records, { asOf });
    expect(counts(r)).toEqual([4, 2, 1]);
    expect([r.stages[1]!.dropped, r.stages[1]!.open, r.stages[2]!.dropped, r.stages[2]!.open]).toEqual([1, 1, 0, 1]);
  });
  it('records after asOf are left out and counted; asOf defaults to the latest record', () => {
    const r = analyzeFunnel(cmsale, records, { asOf: d(4) });
    expect(counts(r)).toEqual([2, 0, 0]);
    expect(r.ignored.afterAsOf).toBe(5);
    expect(r.options.asOf).toBe('2026-11-06T00:00:00.000Z');
    const latest = analyzeFunnel(cmsale, records);
    expect([latest.options.asOf, latest.options.asOfFrom]).toEqual(['2026-11-28T00:00:00.000Z', 'latest record']);
    expect(analyzeFunnel(cmsale, records, { asOf: '2026-11-06' }).options.asOfFrom).toBe('option');
  });
  it('a window of a fraction of a day', () => {
    const r = analyzeFunnel(cmsale, [rec('A', 'call', 0), { prospect: 'A', stage: 'meeting', at: d(0) + 13 * 3_600_000 }], { window: { perStep: 0.5 } });
    expect(counts(r)).toEqual([1, 0, 0]);
    expect(r.options.window.perStep).toBe(43_200_000);
  });
});

describe('analyzeFunnel: re-entry and counting', () => {
  // P: a full journey, then back to a call and a meeting. Q: one call.
  const records = [rec('P', 'call', 0), rec('P', 'meeting', 1), rec('P', 'sale', 2), rec('P', 'call', 10), rec('P', 'meeting', 12), rec('Q', 'call', 0)];
  it("reEntry 'first' (default): later journeys are touches of the first", () => {
    const r = analyzeFunnel(cmsale, records);
    expect(counts(r)).toEqual([2, 1, 1]);
    expect(r.stages.map((s) => s.journeys)).toEqual([2, 1, 1]);
    expect(r.stages[0]!.touches).toBe(3);
    expect(r.totals).toEqual({ records: 6, used: 6, prospects: 2, journeys: 2 });
  });
  it("reEntry 'last': the latest journey counts", () => {
    expect(counts(analyzeFunnel(cmsale, records, { reEntry: 'last' }))).toEqual([2, 1, 0]);
  });
  it("reEntry 'each' with counting 'unique' counts prospects; with 'total' every journey", () => {
    const u = analyzeFunnel(cmsale, records, { reEntry: 'each' });
    expect(counts(u)).toEqual([2, 1, 1]);
    expect(u.stages.map((s) => s.journeys)).toEqual([3, 2, 1]);
    const t = analyzeFunnel(cmsale, records, { reEntry: 'each', counting: 'total' });
    expect(counts(t)).toEqual([3, 2, 1]);
    expect(t.stages.map((s) => s.prospects)).toEqual([2, 1, 1]);
    expect(t.stages[1]!.ofPrevious!.label).toBe('66.7% of call (2 of 3)');
    expect(t.stages[2]!.ofPrevious!.label).toBe('50.0% of meeting (1 of 2)');
    expect([t.stages[2]!.dropped, t.stages[2]!.open]).toEqual([0, 1]);
    expect(t.stages.map((s) => [s.newProspects, s.existingProspects])).toEqual([[2, 1], [1, 1], [1, 0]]);
  });
});

describe('analyzeFunnel: ties, exclude, new/existing, value, loss reasons', () => {
  it('equal timestamps: the earlier stage comes first, whatever the record order', () => {
    const a = analyzeFunnel(cmsale, [rec('X', 'meeting', 0), rec('X', 'call', 0)]);
    expect(counts(a)).toEqual([1, 1, 0]);
    expect(a.stages[1]!.timeFromPrevious!.median).toBe(0);
    expect(a.options.tieBreak).toMatch(/earlier stage first/);
  });
  it('equal timestamps at the same stage: the rep that sorts first is credited, whatever the record order', () => {
    const rs = [rec('X', 'call', 0, { rep: 'zoe' }), rec('X', 'call', 0, { rep: 'adam' })];
    const a = analyzeFunnel(cmsale, rs, { by: 'rep' });
    const b = analyzeFunnel(cmsale, [...rs].reverse(), { by: 'rep' });
    expect(plain(a)).toEqual(plain(b));
    expect(a.groups!.map((g) => [g.key, g.stages[0]!.count, g.stages[0]!.touches])).toEqual([['adam', 1, 1], ['zoe', 0, 1]]);
  });
  it('exclude leaves a stage out and counts its records', () => {
    const f = defineFunnel(['call', 'email', 'meeting', 'sale'] as const);
    const r = analyzeFunnel(
      f,
      [
        { prospect: 1, stage: 'call', at: d(0) },
        { prospect: 1, stage: 'email', at: d(1) },
        { prospect: 1, stage: 'meeting', at: d(2) },
      ],
      { exclude: ['email'] },
    );
    expect(r.stages.map((s) => [s.stage, s.count])).toEqual([['call', 1], ['meeting', 1], ['sale', 0]]);
    expect(r.ignored.excludedStage).toBe(1);
    expect(r.stages[1]!.ofPrevious!.of).toBe('call');
  });
  it('new vs existing prospects: the flag on the entry record; unknown = new on a first journey', () => {
    const r = analyzeFunnel(cmsale, [
      rec(1, 'call', 0, { isNew: true }),
      rec(2, 'call', 0, { isNew: false }),
      rec(3, 'call', 0),
      rec(2, 'meeting', 1),
      rec(3, 'meeting', 1),
    ]);
    expect(r.stages.map((s) => [s.newProspects, s.existingProspects])).toEqual([[2, 1], [1, 1], [0, 0]]);
  });
  it('value sums the records that reached a stage, exactly', () => {
    const r = analyzeFunnel(cmsale, [rec(1, 'call', 0), rec(1, 'meeting', 1), rec(1, 'sale', 2, { value: 1200.5 }), rec(2, 'call', 0), rec(2, 'meeting', 1), rec(2, 'sale', 2, { value: '999.25' }), rec(2, 'sale', 3, { value: 5 })]);
    expect(r.stages[2]!.value!.toString()).toBe('8799/4');
    expect(r.stages[0]!.value).toBeNull();
  });
  it('loss reasons: lost prospects per stage and reason, and the records that carry them', () => {
    const r = analyzeFunnel(cmsale, [
      rec(1, 'call', 0, { reason: 'not interested' }),
      rec(2, 'call', 0, { reason: 'not interested' }),
      rec(2, 'call', 1, { reason: 'not interested' }),
      rec(3, 'call', 0),
      rec(3, 'meeting', 2, { reason: 'price' }),
      rec(4, 'call', 0, { reason: 'bad list' }),
    ]);
    expect(r.lossReasons).toEqual([
      { stage: 'call', reason: 'not interested', lost: 2, touches: 3 },
      { stage: 'call', reason: 'bad list', lost: 1, touches: 1 },
      { stage: 'meeting', reason: 'price', lost: 1, touches: 1 },
    ]);
    // prospect 2's second call, after the loss, is a re-entry (a new journey), not an orphan touch
    expect(r.ignored.outsideJourney).toBe(0);
    expect(r.stages[0]!.journeys).toBe(4);
    expect(analyzeFunnel(cmsale, [rec(2, 'call', 0, { reason: 'no' }), rec(2, 'call', 1)], { reEntry: 'each', counting: 'total' }).stages[0]!.count).toBe(2);
    expect([r.stages[1]!.dropped, r.stages[2]!.dropped]).toEqual([3, 1]);
  });
});

describe('analyzeFunnel: time to convert', () => {
  it('nearest-rank quantiles, exact mean, fixed histogram bins', () => {
    const records = [1, 2, 3, 4].flatMap((n) => [rec(n, 'call', 0), rec(n, 'meeting', n)]);
    const t = analyzeFunnel(cmsale, records).stages[1]!.timeFromPrevious!;
    expect([t.count, t.p25, t.median, t.p75, t.p90, t.mean]).toEqual([4, DAY, 2 * DAY, 3 * DAY, 4 * DAY, 2.5 * DAY]);
    expect(t.histogram.map((b) => b.count)).toEqual([0, 0, 1, 3, 0, 0, 0, 0, 0]);
    expect(t.histogram[2]).toEqual({ label: '1 to 2 days', fromMs: DAY, toMs: 2 * DAY, count: 1 });
    expect(t.histogram[8]).toEqual({ label: '90 days or more', fromMs: 90 * DAY, toMs: null, count: 0 });
    expect(t.quantileRule).toBe('nearest-rank');
  });
  it("quantile: 'averaged' (Hyndman & Fan 2): where np is whole, the mean of the two durations around it; named in the stats and the options", () => {
    const records = [1, 2, 3, 4].flatMap((n) => [rec(n, 'call', 0), rec(n, 'meeting', n)]);
    const r = analyzeFunnel(cmsale, records, { quantile: 'averaged' });
    const t = r.stages[1]!.timeFromPrevious!;
    expect([t.p25, t.median, t.p75, t.p90, t.mean, t.quantileRule]).toEqual([1.5 * DAY, 2.5 * DAY, 3.5 * DAY, 4 * DAY, 2.5 * DAY, 'averaged']);
    expect(r.options.quantile).toBe('averaged');
    expect(analyzeFunnel(cmsale, records).options.quantile).toBe('nearest-rank');
    expect(errorOf(() => analyzeFunnel(cmsale, records, { quantile: 'midpoint' as never }))).toMatchObject({ code: 'INVALID_CHOICE', path: ['options', 'quantile'] });
  });
  it('from the first stage as well as the previous; none converted → null, never NaN', () => {
    const r = analyzeFunnel(cmsale, [rec(1, 'call', 0), rec(1, 'meeting', 2), rec(1, 'sale', 7)]);
    expect(r.stages[2]!.timeFromPrevious!.median).toBe(5 * DAY);
    expect(r.stages[2]!.timeFromFirst!.median).toBe(7 * DAY);
    expect(r.stages[0]!.timeFromFirst).toBeNull();
    expect(analyzeFunnel(cmsale, [rec(1, 'call', 0)]).stages[1]!.timeFromPrevious).toBeNull();
  });
  it('the mean is exact beyond 2^53 ms in total and rounded half up', () => {
    const records = [0, 1, 2].flatMap((n) => [{ prospect: n, stage: 'call' as const, at: -30_000_000_000_000 }, { prospect: n, stage: 'meeting' as const, at: -30_000_000_000_000 + 3_000_000_000_000 + n }]);
    expect(analyzeFunnel(cmsale, records).stages[1]!.timeFromPrevious!.mean).toBe(3_000_000_000_001);
  });
});

describe('analyzeFunnel: groups', () => {
  const records = [
    rec(1, 'call', 0, { rep: 'ana', source: 'list' }),
    rec(1, 'meeting', 3, { rep: 'ben' }),
    rec(1, 'sale', 40, { rep: 'ben' }),
    rec(2, 'call', 1, { rep: 'ana', source: 'list' }),
    rec(3, 'call', 2, { rep: 'ben', source: 'referral' }),
    rec(3, 'meeting', 33, { rep: 'ben' }),
  ];
  it("by rep, attribution 'first': journeys go to the rep of their first record; touches to each record's own rep", () => {
    const r = analyzeFunnel(cmsale, records, { by: 'rep' });
    expect(r.groups!.map((g) => [g.key, counts(g), g.stages.map((s) => s.touches)])).toEqual([
      ['ana', [2, 1, 1], [2, 0, 0]],
      ['ben', [1, 1, 0], [1, 2, 1]],
    ]);
    expect(counts(r)).toEqual([3, 2, 1]);
  });
  it("attribution 'last' and { stage }", () => {
    const last = analyzeFunnel(cmsale, records, { by: 'rep', attribution: 'last' });
    expect(last.groups!.map((g) => [g.key, counts(g)])).toEqual([['ana', [1, 0, 0]], ['ben', [2, 2, 1]]]);
    const atMeeting = analyzeFunnel(cmsale, records, { by: 'rep', attribution: { stage: 'meeting' } });
    expect(atMeeting.groups!.map((g) => [g.key, counts(g)])).toEqual([['ana', [0, 0, 0]], ['ben', [2, 2, 1]], [null, [1, 0, 0]]]);
    // ana made two calls (touches) but no journey reached a meeting through her
    expect(atMeeting.groups![0]!.stages[0]!.touches).toBe(2);
  });
  it('month-over-month per rep, every month from the first to the last', () => {
    const r = analyzeFunnel(cmsale, records, { by: 'rep' });
    expect(plain(r.monthOverMonth)).toEqual([
      { rep: 'ana', month: '2026-11', counts: { call: 2, meeting: 0, sale: 0 }, change: null },
      { rep: 'ana', month: '2026-12', counts: { call: 0, meeting: 0, sale: 0 }, change: { call: -2, meeting: 0, sale: 0 } },
      { rep: 'ben', month: '2026-11', counts: { call: 1, meeting: 1, sale: 0 }, change: null },
      { rep: 'ben', month: '2026-12', counts: { call: 0, meeting: 1, sale: 1 }, change: { call: -1, meeting: 0, sale: 1 } },
    ]);
  });
  it('by source, month, ISO week and a function', () => {
    expect(analyzeFunnel(cmsale, records, { by: 'source' }).groups!.map((g) => [g.key, counts(g)])).toEqual([['list', [2, 1, 1]], ['referral', [1, 1, 0]], [null, [0, 0, 0]]]);
    expect(analyzeFunnel(cmsale, records, { by: 'month', attribution: { stage: 'meeting' } }).groups!.map((g) => [g.key, counts(g)])).toEqual([
      ['2026-11', [1, 1, 1]],
      ['2026-12', [1, 1, 0]],
      [null, [1, 0, 0]],
    ]);
    // journeys by the week of their first record; touches by their own week
    const weeks = analyzeFunnel(cmsale, records, { by: 'week' }).groups!;
    expect(weeks.map((g) => [g.key, counts(g), g.stages.map((s) => s.touches)])).toEqual([
      ['2026-W45', [3, 2, 1], [3, 1, 0]],
      ['2026-W49', [0, 0, 0], [0, 1, 0]],
      ['2026-W50', [0, 0, 0], [0, 0, 1]],
    ]);
    expect(analyzeFunnel(cmsale, [rec(1, 'call', 59)]).stages[0]!.count).toBe(1);
    expect(analyzeFunnel(cmsale, [{ prospect: 1, stage: 'call', at: '2027-01-01' }], { by: 'week' }).groups!.map((g) => g.key)).toEqual(['2026-W53']);
    const byFn = analyzeFunnel(cmsale, records, { by: (r) => (Number(r.prospect) % 2 === 1 ? 'odd' : 'even') });
    expect(byFn.groups!.map((g) => [g.key, counts(g)])).toEqual([['even', [1, 0, 0]], ['odd', [2, 2, 1]]]);
    expect(byFn.options.by).toBe('function');
  });
});

describe('analyzeFunnel: CRM extras', () => {
  const records = [rec('A', 'call', 0), rec('A', 'meeting', 4), rec('B', 'call', 25), rec('C', 'call', 10), rec('D', 'call', 1), rec('D', 'meeting', 2), rec('D', 'sale', 3)];
  it('stalled prospects: open, with no activity for more than N days at asOf', () => {
    const r = analyzeFunnel(cmsale, records, { asOf: d(28), stalledAfterDays: 5 });
    expect(r.stalled).toEqual([
      { prospect: 'A', stage: 'meeting', lastActivity: '2026-11-06T00:00:00.000Z', idleMs: 24 * DAY },
      { prospect: 'C', stage: 'call', lastActivity: '2026-11-12T00:00:00.000Z', idleMs: 18 * DAY },
    ]);
    expect(r.stages.map((s) => s.stalled)).toEqual([null, 1, 1]);
    expect(analyzeFunnel(cmsale, records).stalled).toBeUndefined();
  });
  it('time in stage per prospect', () => {
    const r = analyzeFunnel(cmsale, records, { asOf: d(28), perProspect: true, window: { perStep: 30 } });
    expect(plain(r.prospects)).toEqual([
      { prospect: 'A', journeys: 1, entered: 'call', stage: 'meeting', status: 'open', reached: { call: '2026-11-02T00:00:00.000Z', meeting: '2026-11-06T00:00:00.000Z' }, timeInStage: { call: 4 * DAY, meeting: 24 * DAY } },
      { prospect: 'B', journeys: 1, entered: 'call', stage: 'call', status: 'open', reached: { call: '2026-11-27T00:00:00.000Z' }, timeInStage: { call: 3 * DAY } },
      { prospect: 'C', journeys: 1, entered: 'call', stage: 'call', status: 'open', reached: { call: '2026-11-12T00:00:00.000Z' }, timeInStage: { call: 18 * DAY } },
      { prospect: 'D', journeys: 1, entered: 'call', stage: 'sale', status: 'completed', reached: { call: '2026-11-03T00:00:00.000Z', meeting: '2026-11-04T00:00:00.000Z', sale: '2026-11-05T00:00:00.000Z' }, timeInStage: { call: DAY, meeting: DAY } },
    ]);
  });
  it('stage ids such as __proto__ are ordinary keys', () => {
    const f = defineFunnel(['__proto__', 'constructor'] as const);
    const r = analyzeFunnel(f, [{ prospect: 1, stage: '__proto__', at: 0, rep: 'x' }, { prospect: 1, stage: 'constructor', at: 1, rep: 'x' }], { by: 'rep', perProspect: true });
    expect(Object.keys(r.monthOverMonth![0]!.counts)).toEqual(['__proto__', 'constructor']);
    expect(Object.keys(r.prospects![0]!.reached)).toEqual(['__proto__', 'constructor']);
  });
});

describe('analyzeFunnel: bad input', () => {
  it('a bad record names its index and field (throw), or is listed in rejected (skip)', () => {
    const records = [rec(1, 'call', 0), rec(2, 'call', 0), rec(3, 'call', 0), { prospect: 4, stage: 'call', at: '2026-02-30' }] as R[];
    const e = errorOf(() => analyzeFunnel(cmsale, records));
    expect([e.code, e.path]).toEqual(['INVALID_DATE', ['records', 3, 'at']]);
    const r = analyzeFunnel(cmsale, records, { onInvalid: 'skip' });
    expect(r.rejected.map((x) => [x.index, x.code, x.path])).toEqual([[3, 'INVALID_DATE', ['records', 3, 'at']]]);
    expect(r.rejected[0]!.reason).toMatch(/2026-02-30/);
    expect(r.totals).toEqual({ records: 4, used: 3, prospects: 3, journeys: 3 });
  });
  it('one test per error code', () => {
    const bad = (records: unknown[], options?: unknown) => {
      try {
        return errorOf(() => analyzeFunnel(cmsale, records as R[], options as never));
      } catch (e) {
        throw new Error(`${JSON.stringify(records)} ${JSON.stringify(options)}: ${(e as Error).message}`);
      }
    };
    expect([bad([{ prospect: 1, stage: 'demo', at: 0 }]).code, bad([{ prospect: 1, stage: 'demo', at: 0 }]).path]).toEqual(['UNKNOWN_STAGE', ['records', 0, 'stage']]);
    expect(bad([{ prospect: '', stage: 'call', at: 0 }]).path).toEqual(['records', 0, 'prospect']);
    expect(bad([{ prospect: 1, stage: 'call', at: 0, rep: 7 }]).code).toBe('INVALID_INPUT');
    expect(bad([{ prospect: 1, stage: 'call', at: 0, repp: 'x' }]).path).toEqual(['records', 0, 'repp']);
    expect(bad([null]).path).toEqual(['records', 0]);
    expect(bad([{ prospect: 1, stage: 'call', at: 1.5 }]).code).toBe('INVALID_DATE');
    expect(bad([{ prospect: 1, stage: 'call', at: '2026-11-02T25:00Z' }]).code).toBe('INVALID_DATE');
    expect(bad([{ prospect: 1, stage: 'call', at: 0, value: -1 }]).code).toBe('NEGATIVE');
    expect(bad([{ prospect: 1, stage: 'call', at: 0, value: 'lots' }]).code).toBe('INVALID_NUMBER');
    expect(bad([], { order: 'random' }).path).toEqual(['options', 'order']);
    expect(bad([], { windows: {} }).code).toBe('UNKNOWN_OPTION');
    expect(bad([], { exclude: ['demo'] }).code).toBe('UNKNOWN_STAGE');
    expect(bad([], { exclude: ['call', 'meeting'] }).code).toBe('FUNNEL_TOO_SHORT');
    expect(bad([], { window: { perStep: -1 } }).code).toBe('NEGATIVE');
    expect(bad([], { window: { perStep: '1/7' } }).code).toBe('NOT_INTEGER');
    expect(bad([], { window: { fromFirst: 1e9 } }).code).toBe('OUT_OF_RANGE');
    expect(bad([], { window: { perStep: 1 }, order: 'any' }).path).toEqual(['options', 'window', 'perStep']);
    expect(bad([], { attribution: { stage: 'demo' } }).code).toBe('UNKNOWN_STAGE');
    expect(bad([], { asOf: 'soon' }).code).toBe('INVALID_DATE');
    expect(bad([{ prospect: 1, stage: 'call', at: 0 }], { by: () => 7 }).path).toEqual(['records', 0]);
    expect(
      bad([{ prospect: 1, stage: 'call', at: 0 }], {
        by: () => {
          throw new Error('boom');
        },
      }).message,
    ).toMatch(/boom/);
    expect(errorOf(() => analyzeFunnel(cmsale, 'records' as never)).path).toEqual(['records']);
  });
  it('the codes and words of the conditions the catalog words for activity logs', () => {
    const one = [{ prospect: 1, stage: 'call', at: 0 }] as R[];
    const cases: [unknown[], unknown, string, (string | number)[], string][] = [
      [[{ prospect: 1, stage: 'call', at: 0, repp: 'x' }], undefined, 'UNKNOWN_OPTION', ['records', 0, 'repp'], 'The key "repp" is not one that is taken here (it takes "prospect", "stage", "at", "source", "rep", "isNew", "value", "reason"). Did you mean "rep"?'],
      [[{ prospect: '', stage: 'call', at: 0 }], undefined, 'INVALID_INPUT', ['records', 0, 'prospect'], 'The prospect of record 1 should be a non-empty text or a finite number, such as "p1" or 17; got an empty text.'],
      [[{ stage: 'call', at: 0 }], undefined, 'MISSING_VALUE', ['records', 0, 'prospect'], 'Nothing was given for the prospect of record 1; give a non-empty text or a finite number, such as "p1" or 17.'],
      [[{ prospect: 1, stage: 'demo', at: 0 }], undefined, 'UNKNOWN_STAGE', ['records', 0, 'stage'], 'The stage of record 1: "demo" is not a stage of this funnel (call, meeting, sale).'],
      [[{ prospect: 1, stage: 7, at: 0 }], undefined, 'INVALID_INPUT', ['records', 0, 'stage'], "The stage of record 1 should be the name of one of the funnel's stages, as a text; got 7."],
      [[{ prospect: 1, stage: 'call', at: 0, isNew: 1 }], undefined, 'INVALID_INPUT', ['records', 0, 'isNew'], 'The isNew field of record 1 should be true or false; got 1.'],
      [one, { by: () => 7 }, 'INVALID_INPUT', ['records', 0], 'The group the grouping function gave record 1 should be a text or null; got 7.'],
      [one, { by: () => { throw new Error('boom'); } }, 'CALLBACK_FAILED', ['records', 0], 'The grouping function (on record 1) threw an error: boom.'],
      [[], { window: { perStep: 1 }, order: 'any' }, 'CONFLICTING_OPTIONS', ['options', 'window', 'perStep'], 'A per-step window and order "any" cannot be given together; give a per-step window only with order "ordered" or "strict"; with order "any", give a window from the first stage.'],
      [[], { exclude: ['demo'] }, 'UNKNOWN_STAGE', ['options', 'exclude', 0], 'Stage 1 of the stages to exclude: "demo" is not a stage of this funnel (call, meeting, sale).'],
      [[], { order: 'random' }, 'INVALID_CHOICE', ['options', 'order'], 'The order should be one of "ordered", "strict", "any"; got "random".'],
      [[], { by: 'team' }, 'INVALID_CHOICE', ['options', 'by'], 'The grouping should be one of "rep", "source", "month", "week"; got "team".'],
      [[], { window: { perstep: 1 } }, 'UNKNOWN_OPTION', ['options', 'window', 'perstep'], 'The key "perstep" is not one that is taken here (it takes "fromFirst", "perStep"). Did you mean "perStep"?'],
    ];
    for (const [records, options, code, path, message] of cases) {
      const e = errorOf(() => analyzeFunnel(cmsale, records as R[], options as never));
      expect([e.code, e.path, e.message]).toEqual([code, path, message]);
    }
  });
  it('dates: ISO with and without zone, offsets, Dates and epoch ms are the same instants', () => {
    const at = ['2026-11-02T09:30:00Z', '2026-11-02T09:30', '2026-11-02T11:30:00.000+02:00', new Date(Date.UTC(2026, 10, 2, 9, 30)), Date.UTC(2026, 10, 2, 9, 30)];
    const r = analyzeFunnel(cmsale, at.map((a, i) => ({ prospect: i, stage: 'call' as const, at: a })), { perProspect: true });
    expect(new Set(r.prospects!.map((p) => p.reached.call))).toEqual(new Set(['2026-11-02T09:30:00.000Z']));
  });
  it('no records: zero counts and undefined rates, never NaN', () => {
    const r = analyzeFunnel(cmsale, []);
    expect(counts(r)).toEqual([0, 0, 0]);
    expect(r.stages[1]!.ofPrevious!.reason).toBe('zero-denominator');
    expect(r.options.asOf).toBeNull();
  });
});
