/**
 * The exact product of a run of Ratios, as a funnel's overall rate is the product of its stage
 * rates. While the parts are safe integers they are multiplied as numbers, unreduced (the result
 * is reduced when first shown); when a part would leave the safe range, the product and the factor
 * are brought to lowest terms and cancelled across (a/b · c/d with gcd(a, d) and gcd(c, b)
 * divided out); past that, bigints.
 * @internal
 * @module
 */
import { gcd } from './gcd.js';
import { fromSafeParts, ONE, partDen, partNum, type Ratio, safeDen, safeNum } from './ratio.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A running product num/den (den > 0, not necessarily in lowest terms), exact while `fits`. */
export class SafeProduct {
  num = 1;
  den = 1;
  /** False once a factor or the product left the safe range (then num/den are meaningless). */
  fits = true;

  /** Multiplies by `r`. */
  times(r: Ratio): void {
    const d = partDen(r);
    if (!this.fits || d === 0) {
      this.fits = false;
      return;
    }
    const n = partNum(r);
    const num = this.num * n;
    const den = this.den * d;
    if (Math.abs(num) <= MAX_SAFE && den <= MAX_SAFE) {
      this.num = num || 0;
      this.den = den;
    } else this.cancelled(r);
  }

  /** Brings num/den to lowest terms. */
  reduce(): void {
    const g = gcd(Math.abs(this.num), this.den) || 1;
    this.num = this.num / g || 0;
    this.den /= g;
  }

  /** Multiplies by `r` with both sides in lowest terms and cancelled across. */
  private cancelled(r: Ratio): void {
    const n = safeNum(r);
    const d = safeDen(r);
    this.reduce();
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
  if (p.fits) return fromSafeParts(p.num, p.den);
  let big = ONE;
  for (let i = from; i <= to; i++) big = big.mul(rates[i]!);
  return big;
}
