import { describe, expectTypeOf, it } from 'vitest';
import { activityForConfidence, bottleneck, defineFunnel, rateInterval, rateNeeded, sensitivity, requiredActivity, type RateInterval } from '../../src/index.js';

const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
const rates = { appointment: '15%', sale: '1/3' } as const;

describe('statistics types', () => {
  it('results carry the literal stage ids', () => {
    expectTypeOf(rateNeeded(funnel, { goal: 50, activity: 800, rates, stage: 'appointment' }).stage).toEqualTypeOf<'call' | 'appointment' | 'sale'>();
    expectTypeOf(sensitivity(requiredActivity(funnel, { goal: 50, rates })).best).toEqualTypeOf<'call' | 'appointment' | 'sale'>();
    expectTypeOf(bottleneck(funnel, { rates, benchmarks: { appointment: '20%' } }).bottleneck).toEqualTypeOf<'call' | 'appointment' | 'sale' | null>();
    expectTypeOf(rateInterval(1, 2)).toEqualTypeOf<RateInterval>();
    expectTypeOf(rateInterval(1, 2).lower).toEqualTypeOf<number | null>();
  });
  it('a misspelt stage does not compile', () => {
    // @ts-expect-error 'apointment' is not a stage
    rateNeeded(funnel, { goal: 50, activity: 800, rates, stage: 'apointment' });
    // @ts-expect-error 'meeting' is not a stage
    bottleneck(funnel, { rates, benchmarks: { meeting: '20%' } });
    // @ts-expect-error an unknown method
    rateInterval(1, 2, { method: 'wald' });
    activityForConfidence(funnel, { goal: 50, rates, confidence: 0.9 });
  });
});
