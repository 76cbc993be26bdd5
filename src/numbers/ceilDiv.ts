/**
 * Exact ceiling division of non-negative integers, with a float fast path that provably gives the
 * same answer. `Math.ceil(a / b)` alone is wrong when the float quotient rounds across an
 * integer (`Math.ceil(21 / 0.7)` is 31); here both operands are integers and the remainder check
 * below corrects any rounding of the quotient.
 * @internal
 * @module
 */

import { floorDivSafe } from './floorDiv.js';
import { partDen, partNum, type Ratio } from './ratio.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** ⌈a / b⌉ for safe integers a ≥ 0, b > 0 with a + b ≤ 2^53 − 1: the exact floor, plus one unless b divides a. */
export function ceilDivSafe(a: number, b: number): number {
  const q = floorDivSafe(a, b);
  return a - q * b > 0 ? q + 1 : q;
}

/** ⌈a / b⌉ for non-negative bigints, b > 0. */
export function ceilDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b === a ? q : q + 1n;
}

/** ⌈x / r⌉ = ⌈x · d / n⌉ for a whole count x and a positive rate r = n/d; a number, or a bigint when large. */
export function ceilOverRate(x: number, r: Ratio): number | bigint {
  const d = partDen(r);
  if (d !== 0) {
    const a = x * d;
    const n = partNum(r);
    if (a + n <= MAX_SAFE) return ceilDivSafe(a, n);
  }
  return ceilDivBig(BigInt(x) * r.den, r.num);
}

/** ⌈r⌉ for a Ratio r ≥ 0: a number when its parts are small enough, else a bigint. */
export function ceilOfRatio(r: Ratio): number | bigint {
  const d = partDen(r);
  if (d !== 0) {
    const n = partNum(r);
    if (n + d <= MAX_SAFE) return ceilDivSafe(n, d);
  }
  return r.ceil();
}

/** ⌈a / b⌉ for any safe integers a ≥ 0, b > 0 (the float fast path when its precondition holds). */
export function ceilDiv(a: number, b: number): number {
  return a + b <= MAX_SAFE ? ceilDivSafe(a, b) : Number(ceilDivBig(BigInt(a), BigInt(b)));
}
