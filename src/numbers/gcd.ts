/**
 * Greatest common divisor and least common multiple, by Euclid's algorithm: the one place the
 * library reduces fractions and finds common denominators.
 *
 * Euclid: gcd(a, b) = gcd(b, a mod b), and gcd(a, 0) = a. With `a mod b` computed exactly (safe
 * integers or bigints) every step is exact.
 * @internal
 * @module
 */

/**
 * gcd of two non-negative safe integers; `gcd(0, 0)` is 0 (callers reducing a fraction with a
 * zero numerator divide by `gcd || 1`). Every remainder is a safe integer, so no step rounds.
 */
export function gcd(a: number, b: number): number {
  // in int32 range (the common case: counts, rate parts) the remainders are integer ones, which
  // V8 runs as machine integer division rather than as a floating-point modulo; beyond it,
  // floating-point remainders (each a call into the runtime) only until both values fit, which
  // with one small value is a single step
  while (b !== 0 && ((a | 0) !== a || (b | 0) !== b)) {
    const t = a % b;
    a = b;
    b = t;
  }
  if (b === 0) return a;
  let x = a | 0;
  let y = b | 0;
  while (y !== 0) {
    const t = x % y | 0;
    x = y;
    y = t;
  }
  return x;
}

/** gcd of two bigints of any sign (the result is ≥ 0); `gcdBig(0n, 0n)` is 0n. */
export function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** Least common multiple of two positive bigints (a common denominator): a / gcd(a, b) · b. */
export function lcmBig(a: bigint, b: bigint): bigint {
  return (a / gcdBig(a, b)) * b;
}
