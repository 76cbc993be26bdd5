/**
 * Greatest common divisor and least common multiple, by Euclid's algorithm (with Lehmer's
 * method for large bigints): the one place the library reduces fractions and finds common
 * denominators.
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

const MAX_SAFE_BIG = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Operands at or above this size take Lehmer's steps; below it a bigint remainder is as cheap as
 * reading the leading bits, so plain Euclid is faster.
 */
const LEHMER_FROM = /* @__PURE__ */ BigInt(2) ** /* @__PURE__ */ BigInt(640);

/** Leading parts are read with 50 bits, so every sum and product in a Lehmer step stays below 2^53 (exact in a double). */
const LEADING_BITS = 50;
const LEADING_LIMIT = 2 ** LEADING_BITS;

/** Number of bits of a bigint ≥ 0 (0 for 0), from its hexadecimal digits: V8 writes a power-of-two base in linear time. */
export function bitLength(x: bigint): number {
  if (x === 0n) return 0;
  const hex = x.toString(16);
  return hex.length * 4 - (Math.clz32(parseInt(hex[0]!, 16)) - 28);
}

/**
 * gcd of two bigints of any sign (the result is ≥ 0); `gcdBig(0n, 0n)` is 0n.
 *
 * Euclid, with two shortcuts that leave the result the same: once the smaller operand is a safe
 * integer, one bigint remainder brings both into safe integers and {@link gcd} finishes; and for
 * large operands Lehmer's method: the Euclid quotients of the leading 50 bits of both are, while
 * they provably agree with the quotients of the full numbers (Collins' test on the cofactors),
 * collected into a 2×2 matrix of small cofactors, which is then applied to the full numbers at
 * once: about 25 bits of progress for four multiplications by a small number instead of ~15
 * bigint divisions.
 */
export function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  // the bit length of a once known (−1: to be read); Lehmer steps estimate it as they go
  let length = -1;
  while (b !== 0n) {
    if (b <= MAX_SAFE_BIG) return BigInt(gcd(Number(a % b), Number(b)));
    if (a < LEHMER_FROM) {
      const t = a % b;
      a = b;
      b = t;
      continue;
    }
    if (length < 0) length = bitLength(a);
    let shift = Math.max(length - LEADING_BITS, 0);
    let x = Number(a >> BigInt(shift));
    // the estimate was short: read fewer bits until the leading part is below 2^50
    while (x >= LEADING_LIMIT) {
      shift += 4;
      x = Number(a >> BigInt(shift));
    }
    let y = Number(b >> BigInt(shift));
    // Knuth's Algorithm L: x + A, x + B over y + C, y + D bracket the true quotient
    let A = 1;
    let B = 0;
    let C = 0;
    let D = 1;
    for (;;) {
      const yc = y + C;
      const yd = y + D;
      if (yc === 0 || yd === 0) break;
      const u = x + A;
      const v = x + B;
      // floating-point remainders of integers below 2^53 are exact, so these quotients are too
      const q = (u - (u % yc)) / yc;
      if (q !== (v - (v % yd)) / yd) break;
      let t = A - q * C;
      A = C;
      C = t;
      t = B - q * D;
      B = D;
      D = t;
      t = x - q * y;
      x = y;
      y = t;
    }
    if (B === 0) {
      // not even one quotient is certain (b is far smaller than a): a full remainder step
      const t = a % b;
      a = b;
      b = t;
      length = -1;
    } else {
      const next = BigInt(A) * a + BigInt(B) * b;
      b = BigInt(C) * a + BigInt(D) * b;
      a = next;
      // a is now about x · 2^shift (an estimate: a short one only costs precision, a long one a re-read)
      length = shift + (x > 0 ? Math.floor(Math.log2(x)) + 2 : 0);
    }
  }
  return a;
}

/** Least common multiple of two positive bigints (a common denominator): a / gcd(a, b) · b. */
export function lcmBig(a: bigint, b: bigint): bigint {
  return (a / gcdBig(a, b)) * b;
}
