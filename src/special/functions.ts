/**
 * Special functions for the statistics (and the Wilson interval every counted rate carries), written here so the library keeps no runtime
 * dependency beyond decimal.js and zod. Every result is a float: these quantities are irreducibly
 * real (bounds, probabilities). Inputs are trusted (the public functions validate them).
 *
 * References:
 * - Stirling series for log Γ: Abramowitz & Stegun (1964), 6.1.40–6.1.41.
 * - Regularized incomplete beta by continued fraction with the modified Lentz method:
 *   Press et al., Numerical Recipes, 3rd ed. (2007), §6.4 and §5.2; the prefactor for large
 *   parameters follows DiDonato & Morris, ACM TOMS 708 (1992), "brcomp".
 * - Regularized incomplete gamma (for erfc): Numerical Recipes §6.2.
 * - Inverse normal: Wichura, Algorithm AS 241 (PPND16), Applied Statistics 37 (1988).
 * @internal
 * @module
 */

const HALF_LOG_2PI = 0.91893853320467274178;
const EPS = 1e-16;
const TINY = 1e-300;

/**
 * Stirling's correction δ(x) = log Γ(x) − [(x − ½) log x − x + ½ log 2π], for x ≥ 10
 * (A&S 6.1.41; the omitted term is below 1e-17 there).
 */
export function stirlingCorrection(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return r * (1 / 12 + r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 / 156))))));
}

/** log Γ(x) for x > 0: Stirling's series at x ≥ 10, shifted up by the recurrence Γ(x + 1) = xΓ(x) below. */
export function logGamma(x: number): number {
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingCorrection(x);
  let shift = 1;
  let z = x;
  while (z < 10) {
    shift *= z;
    z += 1;
  }
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_2PI + stirlingCorrection(z) - Math.log(shift);
}

/**
 * log Γ(x + h) − log Γ(x) for x ≥ 10, h ≥ 0, without the cancellation of two large log Γ values:
 * (x − ½) log1p(h/x) + h log(x + h) − h + δ(x + h) − δ(x).
 */
function logGammaRatioLarge(x: number, h: number): number {
  return (x - 0.5) * Math.log1p(h / x) + h * Math.log(x + h) - h + stirlingCorrection(x + h) - stirlingCorrection(x);
}

/** log Γ(x + h) − log Γ(x) for x, h > 0, accurate when x is large. */
export function logGammaRatio(x: number, h: number): number {
  return x >= 10 ? logGammaRatioLarge(x, h) : logGamma(x + h) - logGamma(x);
}

/** log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b). */
export function logBeta(a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return logGamma(lo) - logGammaRatio(hi, lo);
}

/**
 * log of x^a · y^b / B(a, b) with y = 1 − x (both given, so the caller keeps the accurate one):
 * the prefactor of the incomplete beta continued fraction. For large a and b it is written as
 * a·log1p(d/a) + b·log1p(−d/b) with d = x·b − y·a (TOMS 708), which keeps full accuracy where
 * a·log x and log B(a, b) would cancel.
 */
export function logBetaFront(a: number, b: number, x: number, y: number): number {
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = x < 0.5 ? Math.log1p(-x) : Math.log(y);
  if (a >= 10 && b >= 10) {
    const d = x * b - y * a;
    return (
      a * Math.log1p(d / a) +
      b * Math.log1p(-d / b) +
      0.5 * Math.log((a * b) / (a + b)) -
      HALF_LOG_2PI +
      stirlingCorrection(a + b) -
      stirlingCorrection(a) -
      stirlingCorrection(b)
    );
  }
  return a * logX + b * logY - logBeta(a, b);
}

/** The continued fraction of I_x(a, b) (Numerical Recipes `betacf`), by the modified Lentz method. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1_000_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** Both tails of the Beta(a, b) distribution at x, each computed without cancellation. */
export interface BetaTails {
  /** I_x(a, b) = P(Beta(a, b) ≤ x). */
  readonly lower: number;
  /** 1 − I_x(a, b) = P(Beta(a, b) > x). */
  readonly upper: number;
}

/**
 * The regularized incomplete beta function I_x(a, b) and its complement, for a, b > 0 and
 * 0 ≤ x ≤ 1. The continued fraction is evaluated on the side where it converges fast
 * (x < (a + 1)/(a + b + 2)), which is also the smaller tail, so that tail is accurate to ~1e-14
 * relative even when it is tiny.
 */
export function betaTails(a: number, b: number, x: number): BetaTails {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (x >= 1) return { lower: 1, upper: 0 };
  const y = 1 - x;
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (Math.exp(logBetaFront(a, b, x, y)) * betaContinuedFraction(a, b, x)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (Math.exp(logBetaFront(b, a, y, x)) * betaContinuedFraction(b, a, y)) / b;
  return { lower: 1 - upper, upper };
}

/** log of the Beta(a, b) density at x, 0 < x < 1. */
export function logBetaDensity(a: number, b: number, x: number): number {
  return logBetaFront(a, b, x, 1 - x) - Math.log(x) - Math.log1p(-x);
}

/**
 * The Beta(a, b) quantile: the x with P(Beta ≤ x) = p (`tail: 'lower'`) or P(Beta > x) = p
 * (`tail: 'upper'`; pass the small tail probability for accuracy near 1). Safeguarded Newton
 * steps inside a bracket that bisection (geometric where the bracket spans decades) keeps shrinking;
 * converges to ~1e-15 relative.
 */
export function betaQuantile(a: number, b: number, p: number, tail: 'lower' | 'upper' = 'lower'): number {
  if (p <= 0) return tail === 'lower' ? 0 : 1;
  if (p >= 1) return tail === 'lower' ? 1 : 0;
  let lo = 0;
  let hi = 1;
  // start from the normal approximation (mean ± z·sd), nudged inside (0, 1)
  const mean = a / (a + b);
  const sd = Math.sqrt((a * b) / ((a + b) * (a + b) * (a + b + 1)));
  const zq = normalQuantile(tail === 'lower' ? p : 1 - p);
  let x = mean + zq * sd;
  if (!(x > 0 && x < 1)) x = mean;
  x = Math.min(Math.max(x, 1e-300), 1 - 1e-16);
  for (let i = 0; i < 400; i++) {
    const t = betaTails(a, b, x);
    // f is increasing in x for the lower tail; for the upper tail use −(upper − p)
    const f = tail === 'lower' ? t.lower - p : p - t.upper;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp(logBetaDensity(a, b, x));
    let next = density > 0 && Number.isFinite(density) ? x - f / density : Number.NaN;
    if (!(next > lo && next < hi)) {
      next = lo > 0 && hi / lo > 4 ? Math.sqrt(lo * hi) : lo === 0 && hi < 1e-3 ? hi / 16 : (lo + hi) / 2;
    }
    if (Math.abs(next - x) <= 1e-15 * Math.abs(x) || hi - lo <= 1e-16 * Math.max(lo, 1e-300)) return next;
    x = next;
  }
  return x;
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p), 0 ≤ k, exact up to float rounding: I_p(k, n − k + 1)
 * (Numerical Recipes 6.4.12). Returns both this tail and P(X < k), each without cancellation.
 */
export function binomialTails(k: number, n: number, p: number): { atLeast: number; below: number } {
  if (k <= 0) return { atLeast: 1, below: 0 };
  if (k > n) return { atLeast: 0, below: 1 };
  if (p <= 0) return { atLeast: 0, below: 1 };
  if (p >= 1) return { atLeast: 1, below: 0 };
  const t = betaTails(k, n - k + 1, p);
  return { atLeast: t.lower, below: t.upper };
}

/** P(X ≤ x) for X ~ Binomial(n, p). */
export function binomialCdf(x: number, n: number, p: number): number {
  return binomialTails(x + 1, n, p).below;
}

/**
 * The q-quantile of a distribution on 0..n given by its CDF: the smallest x with cdf(x) ≥ q
 * (scipy's `ppf` convention, the inverted CDF), by binary search. The one search behind
 * {@link binomialQuantile} and the outcome percentiles of the statistics module.
 */
export function discreteQuantile(q: number, n: number, cdf: (x: number) => number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cdf(mid) >= q) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The smallest x with P(X ≤ x) ≥ q for X ~ Binomial(n, p) (scipy's `ppf` convention). */
export function binomialQuantile(q: number, n: number, p: number): number {
  return discreteQuantile(q, n, (x) => binomialCdf(x, n, p));
}

/** The regularized upper incomplete gamma Q(a, x) (Numerical Recipes `gser` / `gcf`). */
function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < 10_000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(front);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(front) * h;
}

/** P(Z > z) for a standard normal Z, accurate in the far tail: erfc(z/√2)/2 via Q(½, z²/2). */
export function normalSf(z: number): number {
  if (z < 0) return 1 - normalSf(-z);
  return 0.5 * gammaQ(0.5, (z * z) / 2);
}

/** Evaluates a polynomial with coefficients from the constant term up (Horner). */
function poly(c: readonly number[], x: number): number {
  let v = 0;
  for (let i = c.length - 1; i >= 0; i--) v = v * x + c[i]!;
  return v;
}

const A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

/** Inverse of the standard normal CDF for 0 < p < 1: Wichura's AS 241 (PPND16), ~1e-16 relative. */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let v: number;
  if (r <= 5) {
    r -= 1.6;
    v = poly(C, r) / poly(D, r);
  } else {
    r -= 5;
    v = poly(E, r) / poly(F, r);
  }
  return q < 0 ? -v : v;
}

/** The two-sided critical value z for a confidence level: Φ⁻¹(1 − (1 − level)/2). */
export function zFor(level: number): number {
  return -normalQuantile((1 - level) / 2);
}

/**
 * P(X > x) for X ~ χ² with `df` degrees of freedom: Q(df/2, x/2), the regularized upper
 * incomplete gamma (Numerical Recipes §6.2). 1 at x ≤ 0.
 */
export function chiSquareSf(x: number, df: number): number {
  return gammaQ(df / 2, x / 2);
}
