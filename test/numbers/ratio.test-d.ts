import { describe, expectTypeOf, it } from 'vitest';
import { Ratio, parseRatio } from '../../src/index.js';

describe('Ratio publishes its value, not its representation', () => {
  it('has no n, d, fromSafe or fromBig in its type', () => {
    expectTypeOf<Ratio>().not.toHaveProperty('n');
    expectTypeOf<Ratio>().not.toHaveProperty('d');
    expectTypeOf<typeof Ratio>().not.toHaveProperty('fromSafe');
    expectTypeOf<typeof Ratio>().not.toHaveProperty('fromBig');
    expectTypeOf<Ratio['num']>().toEqualTypeOf<bigint>();
    expectTypeOf<Ratio['den']>().toEqualTypeOf<bigint>();
    expectTypeOf(parseRatio('1/3')).toEqualTypeOf<Ratio>();
  });

  it('num and den are read-only, and there is no public constructor', () => {
    const r = Ratio.of(1, 3);
    // @ts-expect-error num is read-only
    r.num = 2n;
    // @ts-expect-error den is read-only
    r.den = 4n;
    // @ts-expect-error the constructor is private: Ratio.of or parseRatio make Ratios
    new Ratio(1, 3);
  });

  it('instanceof narrows to Ratio', () => {
    const x: unknown = Ratio.of(1, 3);
    if (x instanceof Ratio) expectTypeOf(x).toEqualTypeOf<Ratio>();
  });
});
