import { describe, expectTypeOf, it } from 'vitest';
import { defineGoal, validateSmart, type FindingCode, type Goal, type SmartCriterion, type SmartVerdict } from '../../src/index.js';

describe('goal types', () => {
  it('defineGoal needs a title, a metric and a target', () => {
    // @ts-expect-error: no target
    defineGoal({ title: 'Calls', metric: 'calls' });
    // @ts-expect-error: kind is 'activity' or 'outcome'
    defineGoal({ title: 'Calls', metric: 'calls', target: 1000, kind: 'effort' });
    expectTypeOf(defineGoal({ title: 'Calls', metric: 'calls', target: 1000 })).toEqualTypeOf<Goal>();
  });

  it('reports carry literal verdicts, criteria and codes', () => {
    const report = validateSmart({ title: 'Calls', metric: 'calls', target: 1000 });
    expectTypeOf(report.verdict).toEqualTypeOf<SmartVerdict>();
    expectTypeOf(report.criteria.timeBound.findings[0]!.code).toEqualTypeOf<FindingCode>();
    expectTypeOf(report.findings[0]!.criterion).toEqualTypeOf<SmartCriterion>();
    expectTypeOf<'GROWTH_ABOVE_HISTORY'>().toMatchTypeOf<FindingCode>();
    // @ts-expect-error: not a finding code
    expectTypeOf<'GROWTH_TOO_HIGH'>().toMatchTypeOf<FindingCode>();
  });
});
