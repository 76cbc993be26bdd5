import { describe, expectTypeOf, it } from 'vitest';
import { forecastAccuracy, forecastRollup, pipelineMovement, type ForecastCategory, type MovementStep, type RollupColumn } from '../../src/index.js';

describe('forecast types', () => {
  it('categories, methods and rules are literal texts, and a misspelt one does not compile', () => {
    const r = forecastRollup([{ id: 'a', amount: 1, category: 'commit' }], { rollup: 'per-category' });
    expectTypeOf(r.kind).toEqualTypeOf<'forecast-rollup'>();
    expectTypeOf(r.team.columns[0]!.column).toEqualTypeOf<RollupColumn>();
    expectTypeOf<ForecastCategory>().toEqualTypeOf<'pipeline' | 'best-case' | 'most-likely' | 'commit' | 'closed' | 'omitted'>();
    // @ts-expect-error a category outside the list
    forecastRollup([{ id: 'a', amount: 1, category: 'upside' }]);
    // @ts-expect-error the rule for missing deals must be given
    pipelineMovement([], [], { period: { from: '2026-01-01', to: '2026-03-31' } });
    const m = pipelineMovement([], [], { period: { from: '2026-01-01', to: '2026-03-31' }, missing: 'lost' });
    expectTypeOf(m.steps[0]!.step).toEqualTypeOf<MovementStep>();
    expectTypeOf(m.missing).toEqualTypeOf<'lost' | 'error'>();
    // @ts-expect-error an accuracy measure outside the list
    forecastAccuracy([], { measure: 'rmse' });
    expectTypeOf(forecastAccuracy([]).measure).toEqualTypeOf<'wape' | 'mape'>();
  });
});
