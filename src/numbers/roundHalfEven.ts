/**
 * Rounding to the nearest whole number with halves to even ("banker's rounding", IEEE 754's
 * default, and how money is rounded here: `Money` rounds half-even too). Over many values it
 * rounds halves up as often as down, so totals do not drift.
 * @internal
 * @module
 */
import { Ratio } from './ratio.js';

const HALF = /* @__PURE__ */ Ratio.of(1, 2);

/** The nearest integer to `r`, halves to the even neighbour: 2.5 → 2, 3.5 → 4, −2.5 → −2. Exact. */
export function roundHalfEven(r: Ratio): bigint {
  const f = r.floor();
  const rem = r.sub(Ratio.of(f, 1n)); // in [0, 1)
  const c = rem.compare(HALF);
  if (c < 0) return f;
  if (c > 0) return f + 1n;
  return f % 2n === 0n ? f : f + 1n;
}
