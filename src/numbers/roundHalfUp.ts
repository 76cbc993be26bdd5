/**
 * Division rounded to the nearest whole number, halves up: the rule behind `Ratio.toFixed`
 * (applied to the magnitude, so halves go away from zero) and the mean of a set of durations.
 * Exact: ⌊(2a + b) / 2b⌋ in bigints, no float anywhere.
 * @internal
 * @module
 */

/** a / b rounded to the nearest integer, halves up, for bigints a ≥ 0 and b > 0: 5/2 → 3, 7/3 → 2. */
export function divRoundHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}
