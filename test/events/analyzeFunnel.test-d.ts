import { describe, expectTypeOf, it } from 'vitest';
import { analyzeColumns, analyzeFunnel, createFunnelAccumulator, defineFunnel } from '../../src/index.js';

describe('activity-log reports carry the literal stage ids', () => {
  const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
  type Id = 'call' | 'meeting' | 'sale';

  it('results name their stages', () => {
    const r = analyzeFunnel(funnel, [{ prospect: 1, stage: 'call', at: 0 }]);
    expectTypeOf(r.stages[0]!.stage).toEqualTypeOf<Id>();
    expectTypeOf(r.overall.of).toEqualTypeOf<Id>();
    expectTypeOf(r.stages[1]!.perTouchOfPrevious!.of).toEqualTypeOf<Id>();
    expectTypeOf(r.stages[1]!.perTouchOfFirst.of).toEqualTypeOf<Id>();
    expectTypeOf(analyzeColumns(funnel, { prospect: [1], stage: [0], at: [0] }).stages[0]!.stage).toEqualTypeOf<Id>();
    expectTypeOf(createFunnelAccumulator(funnel).result().stages[0]!.stage).toEqualTypeOf<Id>();
  });

  it('a misspelt stage is a compile error', () => {
    // @ts-expect-error "meting" is not a stage of this funnel
    analyzeFunnel(funnel, [{ prospect: 1, stage: 'meting', at: 0 }]);
    // @ts-expect-error exclude names stages of this funnel
    analyzeFunnel(funnel, [], { exclude: ['demo'] });
    // @ts-expect-error attribution names a stage of this funnel
    analyzeFunnel(funnel, [], { by: 'rep', attribution: { stage: 'demo' } });
    // @ts-expect-error records added to an accumulator are checked too
    createFunnelAccumulator(funnel).add({ prospect: 1, stage: 'sales', at: 0 });
  });
});
