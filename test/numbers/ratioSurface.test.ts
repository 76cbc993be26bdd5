import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { FunnelMathError, Ratio } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

describe('Ratio is sealed', () => {
  it('has no n, d, fromSafe or fromBig at run time', () => {
    const small = Ratio.of(1, 3);
    const big = Ratio.of(2n ** 70n, 3n);
    for (const r of [small, big]) {
      expect(Reflect.ownKeys(r)).toEqual([]);
      expect('n' in r).toBe(false);
      expect('d' in r).toBe(false);
      expect((r as unknown as Record<string, unknown>)['n']).toBe(undefined);
      expect((r as unknown as Record<string, unknown>)['d']).toBe(undefined);
    }
    expect('fromSafe' in Ratio).toBe(false);
    expect('fromBig' in Ratio).toBe(false);
    expect(Object.getOwnPropertyNames(Ratio).sort()).toEqual(['length', 'name', 'of', 'prototype']);
    expect(Object.getOwnPropertySymbols(Ratio)).toEqual([Symbol.hasInstance]);
  });

  it('publishes exactly its value methods', () => {
    expect(Object.getOwnPropertyNames(Ratio.prototype).sort()).toEqual(
      ['add', 'ceil', 'compare', 'constructor', 'den', 'div', 'equals', 'floor', 'isZero', 'mul', 'num', 'sign', 'sub', 'toDecimalString', 'toFixed', 'toJSON', 'toNumber', 'toPercent', 'toString'],
    );
    // the only symbol is the brand that lets another build of the library recognise it
    expect(Object.getOwnPropertySymbols(Ratio.prototype)).toEqual([Symbol.for('funnel-math.Ratio')]);
  });

  it('num and den are getters only', () => {
    const r = Ratio.of(2, 6);
    expect(() => {
      (r as { num: bigint }).num = 5n;
    }).toThrow(TypeError);
    expect(r.num).toBe(1n);
    expect(r.den).toBe(3n);
  });

  it('the package exports no unchecked constructor or representation reader', () => {
    for (const name of ['fromSafe', 'fromBig', 'safeNum', 'safeDen', 'ownRatio', 'smallParts']) expect(name in api).toBe(false);
  });

  it('refuses new Ratio(...) with a FunnelMathError, so an unreduced Ratio cannot be made', () => {
    const Unsealed = Ratio as unknown as new (...args: unknown[]) => Ratio;
    const error = errorOf(() => new Unsealed(2, 4, undefined, undefined));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error).toBeInstanceOf(FunnelMathError);
    expect(errorOf(() => new Unsealed(undefined, 2, 4)).code).toBe('INVALID_INPUT');
  });

  it('a look-alike carrying the brand is refused by arithmetic, not read', () => {
    const fake = { [Symbol.for('funnel-math.Ratio')]: true, num: 1.5, den: 2n };
    expect(errorOf(() => Ratio.of(1, 3).add(fake as unknown as Ratio)).code).toBe('INVALID_NUMBER');
    const throwing = Object.create(Ratio.prototype) as Ratio; // the brand, but no parts
    expect(errorOf(() => Ratio.of(1, 3).mul(throwing)).code).toBe('INVALID_NUMBER');
    expect(errorOf(() => api.parseRatio(throwing)).code).toBe('INVALID_NUMBER');
  });
});
