import { describe, expect, it } from 'vitest';
import { Ratio } from '../../src/index.js';
import { roundHalfEven } from '../../src/numbers/roundHalfEven.js';

describe('roundHalfEven', () => {
  it('rounds to the nearest integer, halves to even', () => {
    const cases: [Ratio, bigint][] = [
      [Ratio.of(5, 2), 2n],
      [Ratio.of(7, 2), 4n],
      [Ratio.of(-5, 2), -2n],
      [Ratio.of(-7, 2), -4n],
      [Ratio.of(1, 3), 0n],
      [Ratio.of(2, 3), 1n],
      [Ratio.of(-2, 3), -1n],
      [Ratio.of(4), 4n],
      [Ratio.of(2n ** 80n + 1n, 2n), 2n ** 79n],
      [Ratio.of(2n ** 80n + 3n, 2n), 2n ** 79n + 2n],
    ];
    for (const [r, expected] of cases) expect([r.toString(), roundHalfEven(r)]).toEqual([r.toString(), expected]);
  });
});
