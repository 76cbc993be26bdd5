/**
 * The distribution of a sum of independent weighted Bernoulli outcomes: deal i is won with
 * probability p_i and then adds its whole weight w_i (1 for the number of deals won, its amount in
 * lattice units for the won amount). With w_i = 1 this is the Poisson-binomial distribution.
 *
 * Two ways, one recurrence (add one deal at a time: P'(s) = q·P(s) + p·P(s − w)):
 * - exact: over the probabilities' common denominator D, every P(s) is an integer over D^n, so the
 *   recurrence runs on integers (bigint) and nothing is rounded;
 * - float: the same recurrence in doubles. Every term is a product of non-negative numbers and no
 *   subtraction ever happens, so each computed P(s) has a relative error of at most γ(4n)
 *   (γ(m) = m·u / (1 − m·u), u = 2^-53: p and q rounded once each, one product and one sum per deal;
 *   Higham, "Accuracy and Stability of Numerical Algorithms", §3.1), and a sum of m of them at most
 *   γ(4n + m). Underflow adds at most 2^-1074 per operation, counted in the absolute part.
 * @internal
 * @module
 */
import { lcmBig } from '../numbers/gcd.js';
import { Ratio } from '../numbers/ratio.js';

const U = 2 ** -53;
const TINY = 2 ** -1074;

/** γ(m) = m·u / (1 − m·u), the relative error bound of m roundings. */
export function gamma(m: number): number {
  return (m * U) / (1 - m * U);
}

/** Exact distribution: P(s) = numerators[s] / denominator. @internal */
export interface ExactLattice {
  readonly numerators: readonly bigint[];
  readonly denominator: bigint;
}

/** Float distribution with its error: each P(s) within `pmf[s]·(1 ± relative(1)) ± absolute(1)`. @internal */
export interface FloatLattice {
  readonly pmf: Float64Array;
  /** Deals in the recurrence (the error bound grows with it). */
  readonly deals: number;
}

/** The common denominator of the probabilities and their numerators over it. */
export function overCommonDenominator(p: readonly Ratio[]): { a: bigint[]; d: bigint } {
  let d = 1n;
  for (const r of p) if (d % r.den !== 0n) d = lcmBig(d, r.den);
  return { a: p.map((r) => r.num * (d / r.den)), d };
}

/** Bits of D^n: the size of the integers the exact recurrence carries. @internal */
export function exactBits(p: readonly Ratio[]): number {
  const { d } = overCommonDenominator(p);
  return d.toString(2).length * p.length;
}

/** The exact distribution of Σ w_i·X_i (weights whole, ≥ 0). @internal */
export function exactLattice(weights: readonly number[], p: readonly Ratio[]): ExactLattice {
  const { a, d } = overCommonDenominator(p);
  const total = weights.reduce((s, w) => s + w, 0);
  const n = new Array<bigint>(total + 1).fill(0n);
  n[0] = 1n;
  let top = 0; // highest sum reached so far
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    const won = a[i]!;
    const lost = d - won;
    top += w;
    // from the top down, so n[s − w] is still the value before this deal
    for (let s = top; s >= 0; s--) {
      const keep = n[s]! * lost;
      n[s] = s >= w ? keep + n[s - w]! * won : keep;
    }
  }
  return { numerators: n, denominator: d ** BigInt(weights.length) };
}

/** The float distribution of Σ w_i·X_i. @internal */
export function floatLattice(weights: readonly number[], p: readonly Ratio[]): FloatLattice {
  const total = weights.reduce((s, w) => s + w, 0);
  const pmf = new Float64Array(total + 1);
  pmf[0] = 1;
  let top = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    const won = p[i]!.toNumber();
    const lost = Ratio.of(1).sub(p[i]!).toNumber();
    top += w;
    if (w === 0) continue; // a deal worth nothing moves no probability
    for (let s = top; s >= w; s--) pmf[s] = lost * pmf[s]! + won * pmf[s - w]!;
    for (let s = w - 1; s >= 0; s--) pmf[s] = lost * pmf[s]!;
  }
  return { pmf, deals: weights.length };
}

/** A probability known to lie in [lower, upper] (floats, rounded outward). @internal */
export interface FloatBounds {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Bounds on the sum of `terms` entries of a float distribution whose computed sum is `estimate`:
 * relative γ(4n + terms), absolute underflow, then one more rounding outward.
 * @internal
 */
export function boundsOfSum(estimate: number, deals: number, terms: number): FloatBounds {
  const rel = gamma(4 * deals + terms + 4);
  const abs = (4 * deals + terms) * Math.max(terms, 1) * TINY;
  const lower = Math.max(0, estimate * (1 - rel) - abs);
  const upper = Math.min(1, estimate * (1 + rel) + abs);
  return { lower, upper };
}

/** P(S ≥ k) bounds from a float distribution. @internal */
export function floatAtLeast(f: FloatLattice, k: number): FloatBounds {
  const pmf = f.pmf;
  if (k <= 0) return { lower: 1, upper: 1 };
  if (k >= pmf.length) return { lower: 0, upper: 0 };
  let s = 0;
  for (let i = pmf.length - 1; i >= k; i--) s += pmf[i]!;
  return boundsOfSum(s, f.deals, pmf.length - k);
}

/** P(S ≤ k) bounds for every k, from a float distribution (prefix sums). @internal */
export function floatCdfBounds(f: FloatLattice): { lower: Float64Array; upper: Float64Array } {
  const pmf = f.pmf;
  const lower = new Float64Array(pmf.length);
  const upper = new Float64Array(pmf.length);
  let s = 0;
  for (let i = 0; i < pmf.length; i++) {
    s += pmf[i]!;
    const b = boundsOfSum(s, f.deals, i + 1);
    lower[i] = b.lower;
    upper[i] = b.upper;
  }
  upper[pmf.length - 1] = 1;
  lower[pmf.length - 1] = Math.min(lower[pmf.length - 1]!, 1);
  return { lower, upper };
}
