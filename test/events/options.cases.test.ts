import { describe, expect, it } from 'vitest';
import {
  analyzeColumns,
  analyzeFunnel,
  createFunnelAccumulator,
  defineFunnel,
  funnelAccumulatorFromJSON,
  type ActivityRecord,
  type ActivityReport,
  type AnalyzeOptions,
  type EventStage,
  type Funnel,
} from '../../src/index.js';

/**
 * Small logs whose figures are worked out by hand in the comments, for option combinations where
 * the fast paths and the general path have disagreed before or could. Each log goes through
 * analyzeFunnel, analyzeColumns and an accumulator fed in two shards (one of them through JSON),
 * and all three must give these exact figures: they are the rules of docs/activity-logs.md written
 * out on cases small enough to check with a pencil.
 */

const DAY = 86_400_000;
/** Day d of January 2026, 00:00 UTC (day 0 is 1 January). */
const T0 = Date.UTC(2026, 0, 1);
const day = (d: number) => T0 + d * DAY;
const iso = (d: number) => new Date(day(d)).toISOString();
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

type Rec<Id extends string> = { p: number; s: Id; d: number; source?: string; rep?: string; isNew?: boolean; reason?: string };

function recordsOf<Id extends string>(rows: readonly Rec<Id>[]): ActivityRecord<Id>[] {
  return rows.map((r) => {
    const out: { -readonly [K in keyof ActivityRecord<Id>]: ActivityRecord<Id>[K] } = { prospect: r.p, stage: r.s, at: day(r.d) };
    if (r.source !== undefined) out.source = r.source;
    if (r.rep !== undefined) out.rep = r.rep;
    if (r.isNew !== undefined) out.isNew = r.isNew;
    if (r.reason !== undefined) out.reason = r.reason;
    return out;
  });
}

/** A text field as a coded column (names in reverse order, so codes never follow the text order), or nothing when no row has it. */
function coded(rows: readonly Rec<string>[], field: 'source' | 'rep' | 'reason') {
  if (!rows.some((r) => r[field] !== undefined)) return {};
  const names = [...new Set(rows.flatMap((r) => (r[field] === undefined ? [] : [r[field]!])))].sort().reverse();
  return { [field]: { codes: Int8Array.from(rows.map((r) => (r[field] === undefined ? -1 : names.indexOf(r[field]!)))), names } };
}

function columnsOf<Id extends string>(funnel: Funnel<Id>, rows: readonly Rec<Id>[]) {
  return {
    prospect: Int32Array.from(rows.map((r) => r.p)),
    stage: Uint8Array.from(rows.map((r) => funnel.ids.indexOf(r.s))),
    at: Float64Array.from(rows.map((r) => day(r.d))),
    ...coded(rows, 'source'),
    ...coded(rows, 'rep'),
    ...coded(rows, 'reason'),
    ...(rows.some((r) => r.isNew !== undefined) ? { isNew: Int8Array.from(rows.map((r) => (r.isNew === undefined ? -1 : r.isNew ? 1 : 0))) } : {}),
  };
}

/** The report of the three ways in, after checking that they agree exactly. */
function report<Id extends string>(funnel: Funnel<Id>, rows: readonly Rec<Id>[], options: AnalyzeOptions<Id>): ActivityReport<Id> {
  const records = recordsOf(rows);
  const one = analyzeFunnel(funnel, records, options);
  const cols = analyzeColumns(funnel, columnsOf(funnel, rows), options);
  // two shards: the even records, and the odd ones in reverse, moved through JSON before the merge
  const even = createFunnelAccumulator(funnel, options).addMany(records.filter((_, i) => i % 2 === 0));
  const odd = createFunnelAccumulator(funnel, options).addMany(records.filter((_, i) => i % 2 === 1).reverse());
  const merged = funnelAccumulatorFromJSON(JSON.parse(JSON.stringify(odd.toJSON()))).merge(even).result();
  expect(plain(cols)).toEqual(plain(one));
  expect(plain(merged)).toEqual(plain(one));
  return one;
}

/** The counts of a stage, in the order of the table in docs/activity-logs.md. */
const counts = (s: EventStage) => [s.touches, s.prospects, s.journeys, s.count, s.newProspects, s.existingProspects, s.fromPrevious, s.inbound, s.fromFirst, s.dropped, s.open, s.stalled];
const medians = (r: ActivityReport) => r.stages.map((s) => [s.timeFromPrevious && [s.timeFromPrevious.count, s.timeFromPrevious.median / DAY], s.timeFromFirst && [s.timeFromFirst.count, s.timeFromFirst.median / DAY]]);

const four = defineFunnel(['call', 'meeting', 'proposal', 'sale'] as const);
const three = defineFunnel(['call', 'meeting', 'sale'] as const);

describe('option combinations, worked by hand', () => {
  it('strict order + a 7-day step window + a loss reason', () => {
    const rows: Rec<'call' | 'meeting' | 'proposal' | 'sale'>[] = [
      // 1: call d0 (repeat d3), meeting d6 (6 days after the first call), proposal d9 lost ('price'); the sale d10 comes after the end
      { p: 1, s: 'call', d: 0 },
      { p: 1, s: 'call', d: 3 },
      { p: 1, s: 'meeting', d: 6 },
      { p: 1, s: 'proposal', d: 9, reason: 'price' },
      { p: 1, s: 'sale', d: 10 },
      // 2: the step is measured from the call that reached the stage (d0), not the repeat (d5): the meeting d8 is 8 days on, too late
      { p: 2, s: 'call', d: 0 },
      { p: 2, s: 'call', d: 5 },
      { p: 2, s: 'meeting', d: 8 },
      // 3: call d1, meeting d2, then a call d3 breaks the order: the first journey ends there (the call starts a second one)
      { p: 3, s: 'call', d: 1 },
      { p: 3, s: 'meeting', d: 2 },
      { p: 3, s: 'call', d: 3 },
      // 4: call d0, then a proposal with no meeting: strict order breaks, the proposal is outside the journey
      { p: 4, s: 'call', d: 0 },
      { p: 4, s: 'proposal', d: 2 },
      // 5: call d30, meeting d35: 5 days before asOf (d40), inside the window: open at proposal
      { p: 5, s: 'call', d: 30 },
      { p: 5, s: 'meeting', d: 35 },
    ];
    const r = report(four, rows, { order: 'strict', window: { perStep: 7 }, asOf: day(40) });
    // touches / prospects / journeys / count / new / existing / fromPrevious / inbound / fromFirst / dropped / open / stalled
    expect(r.stages.map(counts)).toEqual([
      [8, 5, 5, 5, 5, 0, null, 0, 5, null, null, null], // calls: 1 ×2, 2 ×2, 3 ×2, 4, 5; every first journey new (isNew unknown)
      [4, 3, 3, 3, 3, 0, 3, 0, 3, 2, 0, null], // 1, 3, 5 reached it; 2 (too late) and 4 (broke the order) dropped
      [2, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, null], // 1 reached it; 3 dropped (broke the order), 5 open; touches 1 and 4
      [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, null], // 1 was lost at proposal: dropped; its sale is a touch only
    ]);
    // meeting: 1 after 6 days, 3 after 1, 5 after 5 → median 5; proposal: 1 after 3 days, 9 from its first call
    expect(medians(r)).toEqual([
      [null, null],
      [[3, 5], [3, 5]],
      [[1, 3], [1, 9]],
      [null, null],
    ]);
    expect(r.stages[1]!.ofPrevious!.label).toBe('60.0% of call (3 of 5)');
    expect(r.lossReasons).toEqual([{ stage: 'proposal', reason: 'price', lost: 1, touches: 1 }]);
    // outside a journey: 1's sale, 2's late meeting, 4's proposal
    expect([r.ignored, r.totals]).toEqual([
      { excludedStage: 0, afterAsOf: 0, outsideJourney: 3 },
      { records: 15, used: 15, prospects: 5, journeys: 5 },
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['OUTSIDE_JOURNEY']);
  });

  it("reEntry 'each' + counting 'unique' + a loss reason in the second journey", () => {
    const rows: Rec<'call' | 'meeting' | 'sale'>[] = [
      // 1: journey 1 call d0 → meeting d1 → sale d2 (complete); journey 2 call d5 → meeting d6 lost ('timing'); the sale d7 is outside
      { p: 1, s: 'call', d: 0 },
      { p: 1, s: 'meeting', d: 1 },
      { p: 1, s: 'sale', d: 2 },
      { p: 1, s: 'call', d: 5 },
      { p: 1, s: 'meeting', d: 6, reason: 'timing' },
      { p: 1, s: 'sale', d: 7 },
      // 2: journey 1 call d0 lost at once ('no answer'); journey 2 call d3 → meeting d4 → sale d8
      { p: 2, s: 'call', d: 0, reason: 'no answer' },
      { p: 2, s: 'call', d: 3 },
      { p: 2, s: 'meeting', d: 4 },
      { p: 2, s: 'sale', d: 8 },
      // 3: call d1 → meeting d3, open at sale
      { p: 3, s: 'call', d: 1 },
      { p: 3, s: 'meeting', d: 3 },
    ];
    const r = report(three, rows, { reEntry: 'each', counting: 'unique', asOf: day(20) });
    // each prospect is one unit over all its journeys: 1 and 2 reached every stage in some journey, so
    // the meeting 1 did not convert in journey 2 is neither open nor dropped (it converted in journey 1)
    expect(r.stages.map(counts)).toEqual([
      [5, 3, 5, 3, 3, 0, null, 0, 3, null, null, null], // journeys: 1 ×2, 2 ×2, 3
      [4, 3, 4, 3, 3, 0, 3, 0, 3, 0, 0, null], // journeys: 1 ×2, 2's second, 3
      [3, 2, 2, 2, 2, 0, 2, 0, 2, 0, 1, null], // 1 (journey 1) and 2 (journey 2); 3 open; touches 1 ×2, 2
    ]);
    // meeting: 1 after 1 day (journey 1), 2 after 1 (journey 2), 3 after 2; sale: 1 after 1, 2 after 4 (5 from its call d3)
    expect(medians(r)).toEqual([
      [null, null],
      [[3, 1], [3, 1]],
      [[2, 1], [2, 2]],
    ]);
    expect(r.lossReasons).toEqual([
      { stage: 'call', reason: 'no answer', lost: 1, touches: 1 },
      { stage: 'meeting', reason: 'timing', lost: 1, touches: 1 },
    ]);
    expect([r.ignored.outsideJourney, r.totals]).toEqual([1, { records: 12, used: 12, prospects: 3, journeys: 5 }]);
  });

  it("reEntry 'last' + attribution { stage: 'meeting' } + by rep", () => {
    const rows: Rec<'call' | 'meeting' | 'sale'>[] = [
      // 1: journey 1 call (ann) → meeting (bob) → sale (ann); journey 2 call d10 (cid) → meeting d12 (ann): the last, open at sale
      { p: 1, s: 'call', d: 0, rep: 'ann' },
      { p: 1, s: 'meeting', d: 2, rep: 'bob' },
      { p: 1, s: 'sale', d: 3, rep: 'ann' },
      { p: 1, s: 'call', d: 10, rep: 'cid' },
      { p: 1, s: 'meeting', d: 12, rep: 'ann' },
      // 2: call (bob) d1 → meeting (bob) d4, open at sale
      { p: 2, s: 'call', d: 1, rep: 'bob' },
      { p: 2, s: 'meeting', d: 4, rep: 'bob' },
      // 3: call (ann) d2 only: never reached the meeting, so no group (null)
      { p: 3, s: 'call', d: 2, rep: 'ann' },
      // 4: journey 1 call (cid) → meeting (cid) → sale (bob); journey 2 a call d6 with no rep: the last, no meeting → null
      { p: 4, s: 'call', d: 0, rep: 'cid' },
      { p: 4, s: 'meeting', d: 1, rep: 'cid' },
      { p: 4, s: 'sale', d: 5, rep: 'bob' },
      { p: 4, s: 'call', d: 6 },
    ];
    const r = report(three, rows, { reEntry: 'last', by: 'rep', attribution: { stage: 'meeting' }, asOf: day(30) });
    // the last journeys: 1 call → meeting, 2 call → meeting, 3 call, 4 call; 1's and 4's are re-entries with
    // isNew unknown, so existing prospects; the sales of the first journeys do not count
    expect(r.stages.map(counts)).toEqual([
      [6, 4, 4, 4, 2, 2, null, 0, 4, null, null, null],
      [4, 2, 2, 2, 1, 1, 2, 0, 2, 0, 2, null], // 1 and 2 reached it; 3 and 4 open
      [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, null], // 1 and 2 open; touches: the two first-journey sales
    ]);
    // meeting: 1 after 2 days (d10 → d12), 2 after 3 → median 2
    expect(medians(r)[1]).toEqual([[2, 2], [2, 2]]);
    // groups: a journey by the rep of the record that reached the meeting; touches by each record's own rep
    const groups = r.groups!.map((g) => [g.key, g.stages.map((s) => [s.touches, s.count, s.open])]);
    expect(groups).toEqual([
      ['ann', [[2, 1, null], [1, 1, 0], [1, 0, 1]]], // unit 1; touches 1's call d0, meeting d12, sale d3 and 3's call
      ['bob', [[1, 1, null], [2, 1, 0], [1, 0, 1]]], // unit 2; touches 2's call and meeting, 1's meeting d2, 4's sale
      ['cid', [[2, 0, null], [1, 0, 0], [0, 0, 0]]], // touches only: 1's call d10, 4's call and meeting
      [null, [[1, 2, null], [0, 0, 2], [0, 0, 0]]], // units 3 and 4 (never reached the meeting); touch: 4's call d6
    ]);
    // month over month: each counted unit's stage credited to the rep of the record that reached it
    expect(r.monthOverMonth!.map((m) => [m.rep, m.month, m.counts, m.change])).toEqual([
      ['ann', '2026-01', { call: 1, meeting: 1, sale: 0 }, null], // 3's call, 1's meeting d12
      ['bob', '2026-01', { call: 1, meeting: 1, sale: 0 }, null], // 2's call and meeting
      ['cid', '2026-01', { call: 1, meeting: 0, sale: 0 }, null], // 1's call d10
      [null, '2026-01', { call: 1, meeting: 0, sale: 0 }, null], // 4's call d6
    ]);
    expect(r.totals).toEqual({ records: 12, used: 12, prospects: 4, journeys: 4 });
  });

  it("order 'any' + a 10-day window from the first stage", () => {
    const rows: Rec<'call' | 'meeting' | 'proposal' | 'sale'>[] = [
      // 1: meeting d0, call d1, sale d4 count in any order; the proposal d12 is 12 days after the journey began: too late, outside
      { p: 1, s: 'meeting', d: 0 },
      { p: 1, s: 'call', d: 1 },
      { p: 1, s: 'sale', d: 4 },
      { p: 1, s: 'proposal', d: 12 },
      // 2: call d20, proposal d22, meeting d25; asOf d30 is exactly 10 days on: still inside, open at sale
      { p: 2, s: 'call', d: 20 },
      { p: 2, s: 'proposal', d: 22 },
      { p: 2, s: 'meeting', d: 25 },
      // 3: a sale d5 alone: inbound
      { p: 3, s: 'sale', d: 5 },
    ];
    const r = report(four, rows, { order: 'any', window: { fromFirst: 10 }, asOf: day(30) });
    expect(r.stages.map(counts)).toEqual([
      [2, 2, 2, 2, 2, 0, null, 0, 2, null, null, null],
      [2, 2, 2, 2, 2, 0, 2, 0, 2, 0, 0, null], // both reached call and meeting
      [2, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, null], // 2 reached it; 1's window closed without it: dropped
      [2, 2, 2, 2, 2, 0, 0, 2, 1, 0, 1, null], // 1 and 3 without a proposal: inbound; 2 open; 1 also had a call
    ]);
    // a duration counts only when the later stage came later: 1's meeting came before its call, 2's
    // meeting after its proposal, so meeting has 1 duration of 2 (5 days) and proposal none from the meeting
    expect(medians(r)).toEqual([
      [null, null],
      [[1, 5], [1, 5]],
      [null, [1, 2]],
      [null, [1, 3]],
    ]);
    expect(r.warnings.map((w) => [w.code, w.stage])).toEqual([
      ['EXCEEDS_PREVIOUS', 'sale'],
      ['OUTSIDE_JOURNEY', null],
    ]);
    expect(r.stages[3]!.ofFirst.label).toBe('50.0% of call (1 of 2)');
  });

  it("exclude + strict order: an excluded stage never breaks the order", () => {
    const f = defineFunnel(['call', 'email', 'meeting', 'sale'] as const);
    const rows: Rec<'call' | 'email' | 'meeting' | 'sale'>[] = [
      // 1: call → (email, left out) → meeting → sale: complete
      { p: 1, s: 'call', d: 0 },
      { p: 1, s: 'email', d: 1 },
      { p: 1, s: 'meeting', d: 2 },
      { p: 1, s: 'sale', d: 3 },
      // 2: call → (email) → sale with no meeting: breaks strict order; the sale is outside
      { p: 2, s: 'call', d: 0 },
      { p: 2, s: 'email', d: 1 },
      { p: 2, s: 'sale', d: 2 },
      // 3: an email only: nothing left to count, not a prospect of the report
      { p: 3, s: 'email', d: 0 },
      // 4: meeting d1 (inbound), a repeat d2 (allowed in strict order), sale d4
      { p: 4, s: 'meeting', d: 1 },
      { p: 4, s: 'meeting', d: 2 },
      { p: 4, s: 'sale', d: 4 },
    ];
    const r = report(f, rows, { exclude: ['email'], order: 'strict', asOf: day(20) });
    expect(r.stages.map((s) => s.stage)).toEqual(['call', 'meeting', 'sale']);
    expect(r.stages.map(counts)).toEqual([
      [2, 2, 2, 2, 2, 0, null, 0, 2, null, null, null],
      [3, 2, 2, 2, 2, 0, 1, 1, 1, 1, 0, null], // 1 from the call, 4 inbound; 2 broke the order: dropped
      [3, 2, 2, 2, 2, 0, 2, 0, 1, 0, 0, null], // 1 and 4; touches 1, 2, 4
    ]);
    // sale: 1 after 1 day, 4 after 3 (from its first meeting d1, not the repeat d2)
    expect(medians(r)).toEqual([
      [null, null],
      [[1, 2], [1, 2]],
      [[2, 1], [1, 3]],
    ]);
    expect([r.ignored, r.totals.prospects]).toEqual([{ excludedStage: 3, afterAsOf: 0, outsideJourney: 1 }, 3]);
  });

  it('equal times at different stages, with the isNew and source tie-breakers', () => {
    const rows: Rec<'call' | 'meeting' | 'sale'>[] = [
      // 1: everything at d0, logged backwards: by funnel position call → meeting → sale, 0 ms apart; of the two
      // calls, 'cold call' sorts before 'referral', so the journey begins with an existing prospect's call
      { p: 1, s: 'sale', d: 0 },
      { p: 1, s: 'meeting', d: 0 },
      { p: 1, s: 'call', d: 0, source: 'referral', isNew: true },
      { p: 1, s: 'call', d: 0, source: 'cold call', isNew: false },
      // 2: same time and source: isNew true comes before unknown → new
      { p: 2, s: 'call', d: 0, source: 'web' },
      { p: 2, s: 'call', d: 0, source: 'web', isNew: true },
      // 3: same time and source: false before true → existing; meeting d2
      { p: 3, s: 'call', d: 0, source: 'web', isNew: true },
      { p: 3, s: 'call', d: 0, source: 'web', isNew: false },
      { p: 3, s: 'meeting', d: 2, source: 'web' },
      // 4: a meeting logged before a call at the same instant: the call is first, so the meeting is not inbound
      { p: 4, s: 'meeting', d: 0, source: 'inbound' },
      { p: 4, s: 'call', d: 0, source: 'cold call' },
    ];
    const r = report(three, rows, { by: 'source', asOf: day(5) });
    expect(r.stages.map(counts)).toEqual([
      [7, 4, 4, 4, 2, 2, null, 0, 4, null, null, null], // new: 2 and 4; existing: 1 and 3
      [3, 3, 3, 3, 1, 2, 3, 0, 3, 0, 1, null], // 1, 3, 4; 2 open
      [1, 1, 1, 1, 0, 1, 1, 0, 1, 0, 2, null], // 1; 3 and 4 open
    ]);
    // meeting: 0 (1), 0 (4), 2 days (3) → median 0; sale: 0
    expect(medians(r)).toEqual([
      [null, null],
      [[3, 0], [3, 0]],
      [[1, 0], [1, 0]],
    ]);
    // by the source of the journey's first record: 1 and 4 'cold call', 2 and 3 'web'; touches by each record's own source
    const groups = r.groups!.map((g) => [g.key, g.stages.map((s) => [s.touches, s.count, s.newProspects])]);
    expect(groups).toEqual([
      ['cold call', [[2, 2, 1], [0, 2, 1], [0, 1, 0]]],
      ['inbound', [[0, 0, 0], [1, 0, 0], [0, 0, 0]]],
      ['referral', [[1, 0, 0], [0, 0, 0], [0, 0, 0]]],
      ['web', [[4, 2, 1], [1, 1, 0], [0, 0, 0]]],
      [null, [[0, 0, 0], [1, 0, 0], [1, 0, 0]]], // 1's meeting and sale carry no source
    ]);
  });

  it('default options: equal times logged backwards, a prospect out of time order, a record after asOf', () => {
    const rows: Rec<'call' | 'meeting' | 'sale'>[] = [
      // 1: sale, meeting, call all at d0, logged backwards: call → meeting → sale, 0 ms apart; the call d5 starts a second journey, not counted
      { p: 1, s: 'sale', d: 0 },
      { p: 1, s: 'meeting', d: 0 },
      { p: 1, s: 'call', d: 0 },
      // 2: the meeting d3 is logged before the call d1: call → meeting, open at sale
      { p: 2, s: 'meeting', d: 3 },
      { p: 2, s: 'call', d: 1 },
      // 3: call d2, then a sale with no meeting: it does not count (a touch inside the journey); open at meeting
      { p: 3, s: 'call', d: 2 },
      { p: 3, s: 'sale', d: 4 },
      { p: 1, s: 'call', d: 5 },
      // 4: meeting d1 (inbound), sale d2
      { p: 4, s: 'meeting', d: 1 },
      { p: 4, s: 'sale', d: 2 },
      // 5: only a call after asOf (d8)
      { p: 5, s: 'call', d: 9 },
    ];
    const r = report(three, rows, { asOf: day(8) });
    expect(r.stages.map(counts)).toEqual([
      [4, 3, 3, 3, 3, 0, null, 0, 3, null, null, null], // 1 (×2), 2, 3
      [3, 3, 3, 3, 3, 0, 2, 1, 2, 0, 1, null], // 1 and 2 from the call, 4 inbound; 3 open
      [3, 2, 2, 2, 2, 0, 2, 0, 1, 0, 1, null], // 1 and 4; 2 open; touches 1, 3, 4
    ]);
    // meeting: 0 (1), 2 days (2) → nearest-rank median 0; sale: 0 (1), 1 day (4); from the call only 1's sale
    expect(medians(r)).toEqual([
      [null, null],
      [[2, 0], [2, 0]],
      [[2, 0], [1, 0]],
    ]);
    expect([r.ignored, r.totals, r.warnings]).toEqual([
      { excludedStage: 0, afterAsOf: 1, outsideJourney: 0 },
      { records: 11, used: 10, prospects: 4, journeys: 4 },
      [],
    ]);
  });

  it('records after asOf are left out and counted', () => {
    const rows: Rec<'call' | 'meeting' | 'sale'>[] = [
      // 1: call d0, meeting d3; the sale d12 is after asOf (d10); the 5-day step closed at d8: dropped
      { p: 1, s: 'call', d: 0 },
      { p: 1, s: 'meeting', d: 3 },
      { p: 1, s: 'sale', d: 12 },
      // 2: call d8 (2 days before asOf: open); the meeting d11 is after asOf
      { p: 2, s: 'call', d: 8 },
      { p: 2, s: 'meeting', d: 11 },
      // 3: only a call after asOf: not a prospect of the report
      { p: 3, s: 'call', d: 12 },
      // 4: call d2, meeting d6, sale d10: at asOf itself, so counted
      { p: 4, s: 'call', d: 2 },
      { p: 4, s: 'meeting', d: 6 },
      { p: 4, s: 'sale', d: 10 },
    ];
    const r = report(three, rows, { window: { perStep: 5 }, asOf: day(10) });
    expect(r.stages.map(counts)).toEqual([
      [3, 3, 3, 3, 3, 0, null, 0, 3, null, null, null],
      [2, 2, 2, 2, 2, 0, 2, 0, 2, 0, 1, null],
      [1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, null],
    ]);
    expect([r.ignored, r.totals]).toEqual([
      { excludedStage: 0, afterAsOf: 3, outsideJourney: 0 },
      { records: 9, used: 6, prospects: 3, journeys: 3 },
    ]);
    expect([r.options.asOf, r.options.asOfFrom]).toEqual([iso(10), 'option']);
  });

  it('stalled prospects among the open journeys', () => {
    const rows: Rec<'call' | 'meeting' | 'sale'>[] = [
      // 1: call d0, meeting d5, nothing since: open at sale, idle 15 days at asOf (d20): stalled
      { p: 1, s: 'call', d: 0 },
      { p: 1, s: 'meeting', d: 5 },
      // 2: call d18: open at meeting, idle 2 days: not stalled
      { p: 2, s: 'call', d: 18 },
      // 3: call d1, again d15: open at meeting, idle 5 days (from the latest activity): stalled
      { p: 3, s: 'call', d: 1 },
      { p: 3, s: 'call', d: 15 },
      // 4: call d2, lost ('no budget'): dropped, never stalled
      { p: 4, s: 'call', d: 2, reason: 'no budget' },
      // 5: call → meeting → sale: complete
      { p: 5, s: 'call', d: 3 },
      { p: 5, s: 'meeting', d: 4 },
      { p: 5, s: 'sale', d: 6 },
    ];
    const r = report(three, rows, { stalledAfterDays: 3, asOf: day(20) });
    expect(r.stages.map(counts)).toEqual([
      [6, 5, 5, 5, 5, 0, null, 0, 5, null, null, null],
      [2, 2, 2, 2, 2, 0, 2, 0, 2, 1, 2, 1], // 1 and 5; 4 dropped; 2 and 3 open, 3 stalled
      [1, 1, 1, 1, 1, 0, 1, 0, 1, 0, 1, 1], // 5; 1 open and stalled
    ]);
    // longest idle first
    expect(r.stalled).toEqual([
      { prospect: '1', stage: 'meeting', lastActivity: iso(5), idleMs: 15 * DAY },
      { prospect: '3', stage: 'call', lastActivity: iso(15), idleMs: 5 * DAY },
    ]);
    expect(r.lossReasons).toEqual([{ stage: 'call', reason: 'no budget', lost: 1, touches: 1 }]);
  });
});
