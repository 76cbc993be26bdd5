/**
 * Rounding a float for people and JSON. Some quantities are irreducibly real (interval bounds,
 * z-scores, growth estimates from logarithms); they are computed as doubles and rounded to a
 * fixed number of decimals only where they are shown. This is not how input is read: a number a
 * person typed is read exactly, as the shortest decimal that prints it (`toRatio` in parse.ts).
 * Both functions round half up (as `Math.round`): on a computed double an exact tie is rare, and
 * the digits dropped are far below any digit shown.
 * @internal
 * @module
 */
import { Ratio } from './ratio.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Decimals a float keeps when it becomes a Ratio for a message: nine. Messages show a percent
 * to at most two decimals (four places of the fraction) and other numbers to two, so nine places
 * round far below any digit shown; and x·10⁹ stays a safe integer up to |x| ≈ 9·10⁶, beyond
 * which a double has fewer than nine decimals to give anyway.
 */
export const DISPLAY_PLACES = 9;

/**
 * `x` rounded to `places` decimals, as a float (`-0` becomes `0`). When x·10^places is 2⁵² or
 * more the double has no digits that fine, and `x` is returned as it is (never `Infinity`).
 * For data fields that carry a computed float (`sigma: 0.123457`).
 */
export function roundFloat(x: number, places: number): number {
  const p = 10 ** places;
  const scaled = x * p;
  if (!(Math.abs(scaled) < 2 ** 52)) return x === 0 ? 0 : x;
  const r = Math.round(scaled) / p;
  return r === 0 ? 0 : r;
}

/**
 * A finite float as a Ratio for a message, rounded to {@link DISPLAY_PLACES} decimals (fewer
 * when |x| is beyond 9·10⁶ and the double has fewer; an integer beyond 2⁵³). Never throws for a
 * finite `x`.
 */
export function displayRatio(x: number): Ratio {
  for (let places = DISPLAY_PLACES; places >= 0; places--) {
    const p = 10 ** places;
    const scaled = Math.round(x * p);
    if (Math.abs(scaled) <= MAX_SAFE) return Ratio.of(scaled, p);
  }
  return Ratio.of(BigInt(x)); // |x| ≥ 2⁵³: a double that large is a whole number
}
