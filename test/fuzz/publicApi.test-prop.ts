import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as api from '../../src/index.js';
import * as sheets from '../../src/sheets/index.js';
import { expectHonest } from '../helpers/honest.js';

/**
 * Every public entry point, called with arbitrary values, returns an honest result (no NaN or
 * Infinity anywhere) or throws FunnelMathError — never a TypeError, a RangeError or a wrong number.
 * Functions are found by walking the exports (namespaces included), so new ones are fuzzed too.
 */
const isClass = (f: Function) => /^class[\s{]/.test(Function.prototype.toString.call(f));

function entryPoints(): [string, (...args: unknown[]) => unknown][] {
  const out: [string, (...args: unknown[]) => unknown][] = [];
  const visit = (prefix: string, value: unknown, depth: number) => {
    if (typeof value === 'function') {
      if (!isClass(value)) out.push([prefix, value as (...args: unknown[]) => unknown]);
      else if (prefix === 'Ratio') out.push(['Ratio.of', (...a: unknown[]) => (api.Ratio.of as (...x: unknown[]) => unknown)(...a)]);
      return;
    }
    if (depth < 1 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) visit(`${prefix}.${k}`, v, depth + 1);
    }
  };
  for (const [name, value] of Object.entries(api)) visit(name, value, 0);
  visit('sheets', sheets, 0);
  return out;
}

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
const funnel = api.defineFunnel(['call', 'appointment', 'sale']);
const stageKeyed = fc.dictionary(fc.constantFrom('call', 'appointment', 'sale', '__proto__', 'constructor', 'x'), fc.oneof(numberish, anything));
const optionsLike = fc.dictionary(
  fc.constantFrom('goal', 'rates', 'rounding', 'start', 'end', 'per', 'reps', 'level', 'method', 'asOf', 'by', 'weekend', 'holidays', 'counts', 'activity', 'confidence'),
  fc.oneof(numberish, stageKeyed, anything, fc.constantFrom('2026-11-01', '2026-11-30', 'once', 'week', 'wilson')),
);

describe('every public entry point is honest on arbitrary input', () => {
  for (const [name, fn] of entryPoints()) {
    it(name, () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(anything, numberish), { maxLength: 4 }), (args) => expectHonest(() => fn(...args))),
        { numRuns: 300 },
      );
      fc.assert(
        fc.property(fc.oneof(anything, stageKeyed, fc.array(numberish)), optionsLike, (a, b) => {
          expectHonest(() => fn(funnel, a, b));
          expectHonest(() => fn(funnel, b));
          expectHonest(() => fn(a, b));
        }),
        { numRuns: 300 },
      );
    });
  }
});
