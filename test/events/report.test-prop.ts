import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFunnel, defineFunnel, Ratio, type ActivityRecord, type ActivityReport, type AnalyzeOptions, type EventStage } from '../../src/index.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 2);
const IDS = ['a', 'b', 'c', 'd'] as const;
type Id = (typeof IDS)[number];
const funnel = defineFunnel(IDS);

const records: fc.Arbitrary<ActivityRecord<Id>[]> = fc.array(
  fc.record(
    {
      prospect: fc.nat({ max: 7 }),
      stage: fc.constantFrom(...IDS),
      at: fc.nat({ max: 24 * 30 }).map((h) => T0 + h * HOUR),
      source: fc.option(fc.constantFrom('in', 'out'), { nil: undefined }),
      rep: fc.option(fc.constantFrom('r1', 'r2', 'r3'), { nil: undefined }),
      reason: fc.option(fc.constantFrom('price', 'timing'), { freq: 6, nil: undefined }),
    },
    { requiredKeys: ['prospect', 'stage', 'at'] },
  ),
  { maxLength: 40 },
);
const options: fc.Arbitrary<AnalyzeOptions<Id>> = fc.record(
  {
    order: fc.constantFrom('ordered' as const, 'strict' as const, 'any' as const),
    counting: fc.constantFrom('unique' as const, 'total' as const),
    reEntry: fc.constantFrom('first' as const, 'last' as const, 'each' as const),
    window: fc.constantFrom({}, { fromFirst: 10 }),
    by: fc.constantFrom('rep' as const, 'source' as const, 'month' as const),
    attribution: fc.constantFrom('first' as const, 'last' as const, { stage: 'b' as const }),
    stalledAfterDays: fc.constantFrom(2, 7),
    perProspect: fc.boolean(),
    exclude: fc.constantFrom(['c' as const]),
    quantile: fc.constantFrom('nearest-rank' as const, 'averaged' as const),
  },
  { requiredKeys: [] },
);

/** Every stage list of a report: the total and each group's. */
const stageLists = (r: ActivityReport<Id>): (readonly EventStage<Id>[])[] => [r.stages, ...(r.groups ?? []).map((g) => g.stages)];

describe('activity report properties', () => {
  it('a figure per touch is the count over the touches it names: perTouchOfPrevious[k] = count[k] / touches[k − 1], perTouchOfFirst[k] = count[k] / touches[0], null exactly when there are none', () => {
    fc.assert(
      fc.property(records, options, (rs, o) => {
        for (const stages of stageLists(analyzeFunnel(funnel, rs, o))) {
          stages.forEach((s, k) => {
            const against = k === 0 ? [[s.perTouchOfFirst, stages[0]!]] : [[s.perTouchOfPrevious!, stages[k - 1]!], [s.perTouchOfFirst, stages[0]!]] as const;
            if (k === 0) expect(s.perTouchOfPrevious).toBeNull();
            for (const [figure, of] of against as [EventStage<Id>['perTouchOfFirst'], EventStage<Id>][]) {
              expect([figure.numerator, figure.touches, figure.of]).toEqual([s.count, of.touches, of.stage]);
              if (of.touches === 0) expect([figure.value, figure.reason]).toEqual([null, 'no-touches']);
              else expect(figure.value!.equals(Ratio.of(s.count, of.touches)) && figure.reason === null).toBe(true);
            }
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts only changes nothing but the times to convert: analyze(o + timeToConvert false) = analyze(o) with every duration null', () => {
    const untimed = (stages: readonly EventStage<Id>[]) => stages.map((s) => ({ ...s, timeFromPrevious: null, timeFromFirst: null }));
    fc.assert(
      fc.property(records, options, (rs, o) => {
        const full = analyzeFunnel(funnel, rs, o);
        const want = { ...full, stages: untimed(full.stages), ...(full.groups ? { groups: full.groups.map((g) => ({ ...g, stages: untimed(g.stages) })) } : {}), options: { ...full.options, timeToConvert: false } };
        expect(plain(analyzeFunnel(funnel, rs, { ...o, timeToConvert: false }))).toEqual(plain(want));
      }),
      { numRuns: 300 },
    );
  });
});
