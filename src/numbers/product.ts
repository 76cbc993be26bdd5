/**
 * The exact product of a run of Ratios, as a funnel's overall rate is the product of its stage
 * rates. While the parts are safe integers the product is kept in lowest terms by cancelling
 * across (a/b · c/d with gcd(a, d) and gcd(c, b) divided out, gcds of small parts, no
 * intermediate Ratio); a product that would leave the safe range is multiplied with bigints.
 * @internal
 * @module
 */
import { gcd } from './gcd.js';
import { fromSafe, ONE, type Ratio, safeDen, safeNum } from './ratio.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A running product num/den in lowest terms (den > 0), exact while `fits`. */
export class SafeProduct {
  num = 1;
  den = 1;
  /** False once a factor or the product left the safe range (then num/den are meaningless). */
  fits = true;

  /** Multiplies by `r`. */
  times(r: Ratio): void {
    const d = safeDen(r);
    if (!this.fits || d === 0) {
      this.fits = false;
      return;
    }
    const n = safeNum(r);
    const g1 = gcd(Math.abs(this.num), d) || 1;
    const g2 = gcd(Math.abs(n), this.den) || 1;
    const num = (this.num / g1) * (n / g2);
    const den = (this.den / g2) * (d / g1);
    if (Math.abs(num) > MAX_SAFE || den > MAX_SAFE) this.fits = false;
    else {
      this.num = num || 0;
      this.den = den;
    }
  }
}

/** r[from] · r[from + 1] ⋯ r[to] (1 when the run is empty). */
export function productOf(rates: readonly Ratio[], from: number, to: number): Ratio {
  const p = new SafeProduct();
  for (let i = from; i <= to && p.fits; i++) p.times(rates[i]!);
  if (p.fits) return fromSafe(p.num, p.den);
  let big = ONE;
  for (let i = from; i <= to; i++) big = big.mul(rates[i]!);
  return big;
}
