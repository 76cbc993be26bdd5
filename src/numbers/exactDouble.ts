/**
 * A double as the exact rational it is (every finite double is m·2^e with integer m), so a
 * computation that starts from float quantiles can finish in exact arithmetic.
 * @internal
 * @module
 */
import { Ratio } from './ratio.js';

/** The exact value of a finite double as a Ratio (the caller passes a finite number). */
export function exactDouble(x: number): Ratio {
  if (Number.isSafeInteger(x)) return Ratio.of(x);
  // doubling is exact until the value is whole (at most 1074 times, never near overflow)
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  return Ratio.of(BigInt(m), 1n << BigInt(e));
}
