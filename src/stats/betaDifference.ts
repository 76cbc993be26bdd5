/**
 * E[max(X − Y, 0)] for independent X ~ Beta(aX, bX) and Y ~ Beta(aY, bY) with a, b ≥ 1: the
 * expected loss of the Bayesian A/B test, deterministic and accurate to ~1e-12 relative even when
 * the loss is tiny (the closed form as a difference of two probabilities cancels there).
 *
 * The loss is ∫ f_X(x) · G_Y(x) dx with G_Y(x) = E[max(x − Y, 0)] = ∫₀ˣ F_Y(t) dt, the partial
 * expectation of Y below x. G_Y is evaluated without cancellation on both sides of Y's mean m:
 * - at and above m − 3·sd (and above m/2): G_Y(x) = (x − m)·I_x(a, b) + x(1 − x)·f_Y(x)/(a + b),
 *   from I_x(a + 1, b) = I_x(a, b) − x^a (1 − x)^b / (a·B(a, b)); below m the two terms cancel by
 *   at most a factor of about 12 in that band;
 * - below: G_Y(x) = x^(a+1) (1 − x)^(b+1) / (a(a + 1) B(a, b)) · ₂F₁(a + b + 1, 2; a + 2; x) (Euler's
 *   transformation of the series of ∫₀ˣ (x − t) t^(a−1) (1 − t)^(b−1) dt / B(a, b)), a series of
 *   positive terms summed in log space.
 * Both f_X and G_Y are log-concave (Beta densities with a, b ≥ 1, and the integral of a log-concave
 * CDF; Prékopa 1973), so the integrand is unimodal: its mode is found by golden-section search in
 * log space and the integral taken by 48 panels of 20-point Gauss–Legendre over the range where
 * the integrand is within e^−50 of its peak (the rest adds less than 1e-20 relative). The problem is
 * mirrored (X, Y) → (1 − Y, 1 − X) when that makes the series' Beta the one with a ≤ b, so the
 * series converges in at most a few thousand terms at 10^6 trials.
 * @internal
 * @module
 */
import { betaTails, logBetaDensity, logBetaFront } from '../special/functions.js';
import { gaussLegendre } from './quadrature.js';

const GL = /* @__PURE__ */ gaussLegendre(20);
const PANELS = 48;
const DROP = 50;

/** log G(x) for G(x) = E[max(x − Y, 0)], Y ~ Beta(a, b), 0 < x < 1. */
function logPartialBelow(a: number, b: number, x: number, m: number, sd: number): number {
  if (x > m / 2 && x > m - 3 * sd) {
    const F = betaTails(a, b, x).lower;
    const f = Math.exp(logBetaDensity(a, b, x));
    return Math.log((x - m) * F + (x * (1 - x) * f) / (a + b));
  }
  // positive series: t₀ = 1, t_{k+1} = t_k · (a + b + 1 + k)(2 + k) / ((a + 2 + k)(k + 1)) · x
  let t = 1;
  let sum = 1;
  for (let k = 0; k < 100_000_000; k++) {
    const r = (((a + b + 1 + k) * (2 + k)) / ((a + 2 + k) * (k + 1))) * x;
    t *= r;
    sum += t;
    if (r < 1 && t < sum * 1e-17) break;
  }
  // x^(a+1) (1 − x)^(b+1) / B(a, b) through the TOMS 708 prefactor: a·log x and log B(a, b) would cancel
  return logBetaFront(a, b, x, 1 - x) + Math.log(x) + Math.log1p(-x) - Math.log(a * (a + 1)) + Math.log(sum);
}

/** ∫ f_O(x) · E[max(x − I, 0)] dx for O ~ Beta(aO, bO), I ~ Beta(aI, bI). */
function integrate(aO: number, bO: number, aI: number, bI: number): number {
  const m = aI / (aI + bI);
  const sd = Math.sqrt((aI * bI) / ((aI + bI) * (aI + bI) * (aI + bI + 1)));
  const logPhi = (x: number) => (x <= 0 || x >= 1 ? -Infinity : logBetaDensity(aO, bO, x) + logPartialBelow(aI, bI, x, m, sd));
  // golden-section search for the mode of the (concave) log integrand on (0, 1)
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = 0;
  let hi = 1;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = logPhi(x1);
  let f2 = logPhi(x2);
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1e-300, Math.min(x1, 1 - x1)); i++) {
    if (f1 < f2) {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = logPhi(x2);
    } else {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = logPhi(x1);
    }
  }
  const mode = f1 >= f2 ? x1 : x2;
  const peak = Math.max(f1, f2);
  // the range where the integrand is within e^−DROP of its peak, by bisection on each side
  const edge = (inside: number, outside: number) => {
    if (logPhi(outside) >= peak - DROP) return outside;
    let a = inside;
    let b = outside;
    for (let i = 0; i < 200 && a !== b; i++) {
      const mid = (a + b) / 2;
      if (mid === a || mid === b) break;
      if (logPhi(mid) >= peak - DROP) a = mid;
      else b = mid;
    }
    return b;
  };
  const from = edge(mode, 0);
  const to = edge(mode, 1);
  const width = (to - from) / PANELS;
  let sum = 0;
  for (let k = 0; k < PANELS; k++) {
    const mid = from + (k + 0.5) * width;
    for (let i = 0; i < GL.x.length; i++) {
      const t = mid + (GL.x[i]! * width) / 2;
      if (t <= 0 || t >= 1) continue;
      sum += GL.w[i]! * Math.exp(logPhi(t) - peak);
    }
  }
  return Math.exp(Math.log((sum * width) / 2) + peak);
}

/** Cost of the series in the orientation whose series Beta is Beta(a, b): about √(a(a + b)/b). */
const cost = (a: number, b: number) => (a * (a + b)) / b;

/** E[max(X − Y, 0)] for X ~ Beta(aX, bX), Y ~ Beta(aY, bY), all parameters ≥ 1 (trusted). */
export function expectedPositivePart(aX: number, bX: number, aY: number, bY: number): number {
  // E[max(X − Y, 0)] = E[max((1 − Y) − (1 − X), 0)]: outer 1 − Y ~ Beta(bY, aY), series on 1 − X ~ Beta(bX, aX)
  const value = cost(aY, bY) <= cost(bX, aX) ? integrate(aX, bX, aY, bY) : integrate(bY, aY, bX, aX);
  return Number.isFinite(value) && value > 0 ? value : 0;
}
