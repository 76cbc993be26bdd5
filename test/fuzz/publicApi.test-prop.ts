import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as api from '../../src/index.js';
import { expectHonest } from '../helpers/honest.js';
import { entryPoints } from './entryPoints.js';

/**
 * Every public entry point, called with arbitrary values, returns an honest result (no NaN or
 * Infinity anywhere) or throws FunnelMathError — never a TypeError, a RangeError or a wrong number.
 * Functions are found by walking the exports (namespaces included), so new ones are fuzzed too;
 * million.test-prop.ts gives each of them a million of anything.
 */
const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withBoxedValues: true,
});
const numberish = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom('15%', '1/3', '0', '-1', '1e400', 'NaN', 'Infinity', '0,5', '', ' 12 ', '1/0', '100%', '150%'),
  fc.record({ num: fc.integer(), den: fc.integer() }),
);
/** Lists of names (reps, stages, column names), some with an own `constructor` key or holes. */
const names = fc
  .tuple(fc.array(fc.constantFrom('Ana', 'Bo', 'call', 'sale', 'constructor', '__proto__'), { minLength: 1, maxLength: 4 }), fc.constantFrom('plain', 'constructor', 'hole'))
  .map(([xs, how]) => (how === 'plain' ? xs : how === 'constructor' ? Object.assign([...xs], { constructor: 1 }) : [...xs, , 'x']));
const funnel = api.defineFunnel(['call', 'appointment', 'sale']);
const stageKeyed = fc.dictionary(fc.constantFrom('call', 'appointment', 'sale', '__proto__', 'constructor', 'x'), fc.oneof(numberish, anything));
const optionsLike = fc.dictionary(
  fc.constantFrom('goal', 'rates', 'rounding', 'start', 'end', 'per', 'reps', 'level', 'method', 'asOf', 'by', 'weekend', 'holidays', 'counts', 'activity', 'confidence'),
  fc.oneof(numberish, stageKeyed, anything, names, fc.constantFrom('2026-11-01', '2026-11-30', 'once', 'week', 'wilson')),
);

describe('every public entry point is honest on arbitrary input', () => {
  for (const [name, fn] of entryPoints()) {
    it(name, () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(anything, numberish), { maxLength: 4 }), (args) => expectHonest(() => fn(...args), args)),
        { numRuns: 300 },
      );
      fc.assert(
        fc.property(fc.oneof(anything, stageKeyed, fc.array(numberish), names), optionsLike, (a, b) => {
          expectHonest(() => fn(funnel, a, b), [a, b]);
          expectHonest(() => fn(funnel, b), [b]);
          expectHonest(() => fn(a, b), [a, b]);
        }),
        { numRuns: 300 },
      );
    });
  }
});

