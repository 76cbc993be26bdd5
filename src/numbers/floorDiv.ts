/**
 * Exact floor division of safe integers with the float quotient as the first guess: `Math.floor(a / b)`
 * alone can be one off when the quotient rounds across an integer; the remainder, exact while
 * a + b ≤ 2^53 − 1, moves it the rest of the way.
 * @internal
 * @module
 */

/** ⌊a / b⌋ for safe integers a ≥ 0, b > 0 with a + b ≤ 2^53 − 1 (so q·b and the remainder are exact). */
export function floorDivSafe(a: number, b: number): number {
  const q = Math.floor(a / b);
  const r = a - q * b;
  return r < 0 ? q - 1 : r >= b ? q + 1 : q;
}
