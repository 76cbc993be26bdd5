/**
 * The exact value of a finite double as a fraction of bigints: a double is m · 2^e with an integer
 * m, so it is a rational number whose denominator is a power of two. Used where a float that is
 * irreducibly real (a normal quantile) enters a formula whose count must be the exact ceiling.
 * @internal
 * @module
 */
import { Ratio } from './ratio.js';

/** `x` exactly, as `num / den` with `den` a power of two (not reduced further); `x` finite. */
export function floatValue(x: number): { readonly num: bigint; readonly den: bigint } {
  let m = x;
  let shift = 0n;
  // doubling is exact (no rounding) until m is whole: at most 1074 steps for a subnormal
  while (!Number.isInteger(m)) {
    m *= 2;
    shift++;
  }
  return { num: BigInt(m), den: 1n << shift };
}

/** `x` exactly, as a Ratio (in lowest terms); `x` finite. */
export function exactDouble(x: number): Ratio {
  if (Number.isSafeInteger(x)) return Ratio.of(x);
  const { num, den } = floatValue(x);
  return Ratio.of(num, den);
}
