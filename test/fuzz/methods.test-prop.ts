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
    expectHonest(() => acc.add(x as never), [x, y]);
    expectHonest(() => acc.addMany(x as never), [x, y]);
    expectHonest(() => acc.merge(y as never), [x, y]);
    expectHonest(() => api.funnelAccumulatorFromJSON(x as never), [x, y]);
    expectHonest(() => acc.result(), [x, y]);
    expectHonest(() => acc.toJSON(), [x, y]);
    expectHonest(() => api.Ratio.of(1, 3).div(x as never), [x, y]);
    expectHonest(() => api.Ratio.of(1, 3).toFixed(x as never), [x, y]);
    expectHonest(() => api.Ratio.of(1, 3).compare(x as never), [x, y]);
    expectHonest(() => api.Ratio.of(1, 3).toPercent(y as never), [x, y]);
  }), { numRuns: 1000 });
});

it('an accumulator JSON with any field replaced by anything is read, refused or found incompatible, honestly', () => {
  const f = api.defineFunnel(['a', 'b']);
  const acc = api.createFunnelAccumulator(f).addMany([
    { prospect: 1, stage: 'a', at: 0 },
    { prospect: 1, stage: 'b', at: 3_600_000, rep: 'Ana' },
  ]);
  const good = acc.toJSON() as unknown as Record<string, Record<string, unknown>>;
  const stateKeys = [...Object.keys(good['state']!), 'extra'];
  const where = fc.oneof(
    fc.record({ at: fc.constant('state' as const), key: fc.constantFrom(...stateKeys) }),
    fc.record({ at: fc.constant('options' as const), key: fc.constantFrom('by', 'order', 'extra') }),
    fc.record({ at: fc.constant('top' as const), key: fc.constantFrom('funnel', 'options', 'state', 'extra') }),
  );
  fc.assert(
    fc.property(where, any, ({ at, key }, value) => {
      const json = at === 'top' ? { ...good, [key]: value } : { ...good, [at]: { ...good[at], [key]: value } };
      expectHonest(() => api.funnelAccumulatorFromJSON(json as never).result(), [value]);
      expectHonest(() => api.createFunnelAccumulator(f).merge(json as never).result(), [value]);
    }),
    { numRuns: 1000 },
  );
});
