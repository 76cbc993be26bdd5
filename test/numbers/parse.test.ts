import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Ratio, parseRatio } from '../../src/index.js';
import { toCount } from '../../src/numbers/parse.js';
import { errorOf } from '../helpers/honest.js';

describe('parseRatio reads every number form exactly', () => {
  it.each([
    [0.15, '3/20'],
    ['0.15', '3/20'],
    ['15%', '3/20'],
    [' 12.5 % ', '1/8'],
    ['1/3', '1/3'],
    ['5 / 15', '1/3'],
    [{ num: 5, den: 15 }, '1/3'],
    [{ num: '10', den: 30n }, '1/3'],
    [10n, '10'],
    [new Decimal('0.35'), '7/20'],
    ['1e-3', '1/1000'],
    ['2.5e2', '250'],
    [-0.5, '-1/2'],
    [0.1, '1/10'],
    [1e-7, '1/10000000'],
    ['0.1234567890123456789', '1234567890123456789/10000000000000000000'],
    ['1.5/3', '1/2'],
  ])('%s → %s', (input, expected) => {
    expect(parseRatio(input as never).toString()).toBe(expected);
  });

  it('reads a float as the decimal that prints it, so 0.1 + 0.2 style noise never enters', () => {
    // 0.1 * 3 prints as 0.30000000000000004, and that is the value read
    expect(parseRatio(0.1 * 3).toString()).toBe('7500000000000001/25000000000000000');
    expect(parseRatio(0.7).mul(Ratio.of(30)).toString()).toBe('21');
  });

  it.each([
    ['abc', 'INVALID_NUMBER'],
    ['', 'INVALID_NUMBER'],
    ['0x10', 'INVALID_NUMBER'],
    ['1/0', 'INVALID_NUMBER'],
    [{ num: 1, den: 0 }, 'INVALID_NUMBER'],
    [{ num: 1.5, den: 2 }, 'INVALID_NUMBER'],
    [Number.NaN, 'NOT_FINITE'],
    [Number.POSITIVE_INFINITY, 'NOT_FINITE'],
    [new Decimal(Number.NaN), 'NOT_FINITE'],
    ['1e400', 'NUMBER_TOO_LARGE'],
    ['1'.repeat(401), 'NUMBER_TOO_LARGE'],
    [null, 'INVALID_NUMBER'],
    [[1], 'INVALID_NUMBER'],
  ])('%s is refused with %s', (input, code) => {
    expect(errorOf(() => parseRatio(input as never)).code).toBe(code);
  });

  it('tells a user with a decimal comma what to write', () => {
    expect(errorOf(() => parseRatio('0,15')).message).toBe(
      'The value should be a number with a dot for decimals and no thousands separators (1500 or 0.15, not 1,500 or 0,15); got "0,15".',
    );
  });
});

describe('toCount', () => {
  it('accepts whole numbers in any form', () => {
    expect(toCount('1000')).toBe(1000);
    expect(toCount(new Decimal(42))).toBe(42);
    expect(toCount('3/1')).toBe(3);
  });
  it('refuses fractions, negatives and unsafe integers with a path', () => {
    expect(errorOf(() => toCount(12.5, ['counts', 'sale'])).code).toBe('NOT_INTEGER');
    const negative = errorOf(() => toCount(-1, ['counts', 'sale']));
    expect([negative.code, negative.path]).toEqual(['NEGATIVE', ['counts', 'sale']]);
    expect(errorOf(() => toCount(2 ** 60)).code).toBe('NUMBER_TOO_LARGE');
  });
});
