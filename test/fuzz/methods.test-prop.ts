import fc from 'fast-check';
import { it } from 'vitest';

// the top-level fuzz calls exported functions; this one calls the methods of what they return
import * as api from '../../src/index.js';
import { expectHonest } from '../helpers/honest.js';
const any = fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true });
it('methods of returned objects (accumulators, Ratios) are honest on arbitrary arguments too', () => {
  const f = api.defineFunnel(['a', 'b']);
  fc.assert(fc.property(any, any, (x, y) => {
    const acc = api.createFunnelAccumulator(f);
    expectHonest(() => acc.add(x as never));
    expectHonest(() => acc.addMany(x as never));
    expectHonest(() => acc.merge(y as never));
    expectHonest(() => api.funnelAccumulatorFromJSON(x as never));
    expectHonest(() => acc.result());
    expectHonest(() => acc.toJSON());
    expectHonest(() => api.Ratio.of(1, 3).div(x as never));
    expectHonest(() => api.Ratio.of(1, 3).toFixed(x as never));
    expectHonest(() => api.Ratio.of(1, 3).compare(x as never));
    expectHonest(() => api.Ratio.of(1, 3).toPercent(y as never));
  }), { numRuns: 1000 });
});
