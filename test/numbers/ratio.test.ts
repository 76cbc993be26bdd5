import { describe, expect, it } from 'vitest';
import { Ratio } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

describe('Ratio', () => {
  it('normalises sign and lowest terms', () => {
    expect(Ratio.of(10, -15).toString()).toBe('-2/3');
    expect(Ratio.of(0, 7).toString()).toBe('0');
    expect(Ratio.of(2n ** 70n, 2n ** 69n).toString()).toBe('2');
  });
  it('does exact arithmetic', () => {
    const a = Ratio.of(1, 3);
    const b = Ratio.of(1, 6);
    expect(a.add(b).toString()).toBe('1/2');
    expect(a.sub(b).toString()).toBe('1/6');
    expect(a.mul(b).toString()).toBe('1/18');
    expect(a.div(b).toString()).toBe('2');
    expect(a.compare(b)).toBe(1);
    expect(b.compare(a)).toBe(-1);
    expect(a.equals(Ratio.of(2, 6))).toBe(true);
  });
  it('rounds up and down exactly', () => {
    expect(Ratio.of(7, 2).ceil()).toBe(4n);
    expect(Ratio.of(-7, 2).ceil()).toBe(-3n);
    expect(Ratio.of(7, 2).floor()).toBe(3n);
    expect(Ratio.of(-7, 2).floor()).toBe(-4n);
    expect(Ratio.of(6, 2).ceil()).toBe(3n);
  });
  it('formats for people', () => {
    expect(Ratio.of(2, 3).toFixed(3)).toBe('0.667');
    expect(Ratio.of(1, 8).toFixed(2)).toBe('0.13');
    expect(Ratio.of(-1, 8).toFixed(2)).toBe('-0.13');
    expect(Ratio.of(5).toFixed(0)).toBe('5');
    expect(Ratio.of(1, 6).toPercent(1)).toBe('16.7%');
    expect(JSON.stringify(Ratio.of(1, 3))).toBe('"1/3"');
  });
  it('converts huge and tiny values to finite doubles', () => {
    const tiny = Ratio.of(1n, 10n ** 320n);
    expect(tiny.toNumber() / 1e-320).toBeCloseTo(1, 2);
    expect(Ratio.of(10n ** 30n + 1n, 3n * 10n ** 30n).toNumber()).toBeCloseTo(1 / 3, 15);
    expect(Ratio.of(-(10n ** 40n), 7n).toNumber() / -1.4285714285714286e39).toBeCloseTo(1, 12);
  });
  it('refuses a zero denominator and non-integers', () => {
    expect(errorOf(() => Ratio.of(1, 0)).code).toBe('INVALID_NUMBER');
    expect(errorOf(() => Ratio.of(0.5, 1)).code).toBe('INVALID_NUMBER');
    expect(errorOf(() => Ratio.of(1, 3).div(Ratio.of(0))).code).toBe('INVALID_NUMBER');
    expect(errorOf(() => Ratio.of(1, 3).toFixed(-1)).code).toBe('INVALID_NUMBER');
  });
});

describe('Ratio.toDecimalString', () => {
  it('is exact when the value terminates, the fraction otherwise', () => {
    expect(Ratio.of(2345678, 100).toDecimalString()).toBe('23456.78');
    expect(Ratio.of(1, 8).toDecimalString()).toBe('0.125');
    expect(Ratio.of(-3, 40).toDecimalString()).toBe('-0.075');
    expect(Ratio.of(7).toDecimalString()).toBe('7');
    expect(Ratio.of(1, 3).toDecimalString()).toBe('1/3');
  });
});

describe('Ratio.toNumber beyond the range of doubles', () => {
  it('refuses with RESULT_TOO_LARGE instead of returning Infinity', () => {
    const huge = Ratio.of(10n ** 400n, 3n);
    expect(errorOf(() => huge.toNumber()).code).toBe('RESULT_TOO_LARGE');
    expect(errorOf(() => Ratio.of(-(10n ** 400n), 3n).toNumber()).message).toBe('The value as a floating-point number is too large to compute exactly (about -10^399).');
    expect(huge.toString().length).toBe(401 + 2);
  });
});
