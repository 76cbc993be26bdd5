import { describe, expectTypeOf, it } from 'vitest';
import { defineFunnel, funnelFromCounts, requiredActivity, type StageId } from '../../src/index.js';

describe('stage ids are literal types', () => {
  const funnel = defineFunnel(['call', 'appointment', { id: 'sale', label: 'Sales' }] as const);

  it('infers the id union', () => {
    expectTypeOf<StageId<typeof funnel>>().toEqualTypeOf<'call' | 'appointment' | 'sale'>();
    expectTypeOf(defineFunnel(['a', 'b']).ids).toEqualTypeOf<readonly ('a' | 'b')[]>();
  });

  it('results carry the literal ids', () => {
    const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
    expectTypeOf(plan.required).toEqualTypeOf<{ readonly call: number; readonly appointment: number; readonly sale: number }>();
    expectTypeOf(plan.top.stage).toEqualTypeOf<'call' | 'appointment' | 'sale'>();
    expectTypeOf(funnelFromCounts(funnel, { call: 1, appointment: 1, sale: 1 }).stages[0]!.stage).toEqualTypeOf<'call' | 'appointment' | 'sale'>();
  });

  it('a misspelt stage is a compile error', () => {
    // @ts-expect-error "apointment" is not a stage of this funnel
    requiredActivity(funnel, { goal: 50, rates: { apointment: '15%', sale: '1/3' } });
    // @ts-expect-error the goal stage must be a stage of this funnel
    requiredActivity(funnel, { goal: { count: 5, at: 'meeting' }, rates: {} });
    // @ts-expect-error counts must name every stage
    funnelFromCounts(funnel, { call: 1, sale: 1 });
  });
});
