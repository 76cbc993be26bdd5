import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFunnel, createFunnelAccumulator, defineFunnel, funnelAccumulatorFromJSON, type ActivityRecord, type AnalyzeOptions, type FunnelAccumulatorJSON } from '../../src/index.js';

const DAY = 86_400_000;
const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
type Id = 'call' | 'meeting' | 'sale';

/**
 * Why the accumulator's state keeps one entry per record for every option set (the argument in
 * src/events/accumulator.ts, checked): one part A holds a prospect lost at its first call and then
 * n meetings; another part B holds one call of the same prospect at a time t between them. Merged,
 * the call starts a new journey that takes in the meetings after it, so exactly the meetings
 * before t are outside any journey: `ignored.outsideJourney` = the number of A's meetings before t,
 * which takes n + 1 values as t moves. So any exact saved form of A must tell n + 1 futures apart:
 * it grows with A's records, not with its prospects, whatever the options.
 */
describe('a bounded per-prospect state cannot reproduce the report (for any option set)', () => {
  const n = 12;
  const partA: ActivityRecord<Id>[] = [{ prospect: 'p', stage: 'call', at: 0, reason: 'not interested' }];
  for (let i = 1; i <= n; i++) partA.push({ prospect: 'p', stage: 'meeting', at: i * DAY });
  const optionSets: AnalyzeOptions<Id>[] = [];
  for (const order of ['ordered', 'strict', 'any'] as const)
    for (const reEntry of ['first', 'last', 'each'] as const)
      for (const counting of ['unique', 'total'] as const)
        for (const window of [undefined, { fromFirst: 10_000 }]) optionSets.push({ order, reEntry, counting, ...(window ? { window } : {}) });

  it.each(optionSets.map((o) => [JSON.stringify(o), o] as const))('%s: the records outside a journey depend on where the other part\'s call falls', (_, options) => {
    const outside = new Set<number>();
    for (let t = 0; t <= n; t++) {
      const partB: ActivityRecord<Id>[] = [{ prospect: 'p', stage: 'call', at: t * DAY + DAY / 2 }];
      const a = createFunnelAccumulator(funnel, options).addMany(partA);
      const merged = funnelAccumulatorFromJSON<Id>(JSON.parse(JSON.stringify(a.toJSON()))).merge(createFunnelAccumulator(funnel, options).addMany(partB));
      const report = merged.result();
      expect(report).toEqual(analyzeFunnel(funnel, [...partA, ...partB], options));
      expect(report.ignored.outsideJourney).toBe(t);
      outside.add(report.ignored.outsideJourney);
    }
    // one prospect, n + 1 records in A, n + 1 distinguishable futures
    expect(outside.size).toBe(n + 1);
  });
});

describe('saved states of the released format', () => {
  // written by createFunnelAccumulator(...).toJSON() of the release before this change (the
  // fixture's own "made" note says how), and committed: a saved state must keep loading
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'accumulator-state-1.json'), 'utf8')) as { made: string; log: ActivityRecord<Id>[]; options: AnalyzeOptions<Id>; json: FunnelAccumulatorJSON };
  it('a state JSON of the released format loads, merges and reports as analyzeFunnel on its records', () => {
    const read = funnelAccumulatorFromJSON<Id>(fixture.json);
    expect(read.result()).toEqual(analyzeFunnel(funnel, fixture.log, fixture.options));
    expect(read.toJSON()).toEqual(fixture.json);
    const more: ActivityRecord<Id> = { prospect: 'late', stage: 'call', at: '2026-11-20' };
    expect(read.add(more).result()).toEqual(analyzeFunnel(funnel, [...fixture.log, more], fixture.options));
  });
});
