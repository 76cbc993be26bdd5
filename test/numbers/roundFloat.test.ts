import { describe, expect, it } from 'vitest';
import { Ratio } from '../../src/index.js';
import { DISPLAY_PLACES, displayRatio, roundFloat } from '../../src/numbers/roundFloat.js';

describe('roundFloat', () => {
  it('rounds to the given decimals, half up, and never gives -0', () => {
    expect(roundFloat(0.1234565, 6)).toBe(0.123457);
    expect(roundFloat(1.005, 2)).toBe(1); // 1.005 is 1.00499999999999989... as a double
    expect(roundFloat(-0.0000001, 6)).toBe(0);
    expect(Object.is(roundFloat(-0.0000001, 6), 0)).toBe(true);
    expect(roundFloat(2.345, 0)).toBe(2);
  });
  it('returns x itself when the double has no digits that fine (never Infinity)', () => {
    expect(roundFloat(1e300, 6)).toBe(1e300);
    expect(roundFloat(1.7e308, 6)).toBe(1.7e308);
    expect(roundFloat(-1e20, 2)).toBe(-1e20);
  });
});

describe('displayRatio', () => {
  it('keeps nine decimals', () => {
    expect(DISPLAY_PLACES).toBe(9);
    expect(displayRatio(0.1234567894).toString()).toBe('123456789/1000000000');
    expect(displayRatio(0.25).toString()).toBe('1/4');
    expect(displayRatio(-1.5).toString()).toBe('-3/2');
    expect(displayRatio(1e-12).toString()).toBe('0');
  });
  it('keeps fewer decimals when the value is large, and is exact for huge whole doubles', () => {
    expect(displayRatio(123456789.123).toString()).toBe('123456789123/1000');
    expect(displayRatio(1e300).equals(Ratio.of(BigInt(1e300)))).toBe(true);
    expect(displayRatio(-(2 ** 60)).toString()).toBe(`${-(2n ** 60n)}`);
  });
});
