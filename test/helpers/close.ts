import { expect } from 'vitest';

/**
 * A computed float against a reference value: |actual − expected| ≤ tolerance · |expected| (1e-9
 * relative unless told), and an expected 0 must be exactly 0. `actual` must be a number, so a
 * `null` or a missing field fails with `what` in the message.
 */
export function close(actual: number | null | undefined, expected: number, what = '', tolerance = 1e-9): void {
  expect(typeof actual, what).toBe('number');
  const a = actual as number;
  if (expected === 0) expect(a, what).toBe(0);
  else expect(Math.abs(a - expected), `${what}: ${a} vs ${expected}`).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}
