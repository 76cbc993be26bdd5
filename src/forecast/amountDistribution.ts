/**
 * The distribution of the won amount of open deals (deal i adds amount a_i with probability p_i),
 * by the most exact method that fits:
 * - `'exact-lattice'`: every amount is a whole multiple of the lattice unit g (the gcd of the
 *   amounts, a cent or coarser); the recurrence of poissonBinomial.ts runs exactly on that lattice
 *   when deals × lattice points × bits of D^n fits {@link EXACT_AMOUNT_WORK};
 * - `'float-lattice'`: the same lattice in doubles when deals × lattice points fits
 *   {@link FLOAT_CELLS}, with the error bound of poissonBinomial.ts;
 * - otherwise both of: `'bracketed-lattice'`, each amount rounded down and up to a coarser unit h
 *   (so W⁻ ≤ W ≤ W⁺ deal by deal, hence P(W⁻ ≥ x) ≤ P(W ≥ x) ≤ P(W⁺ ≥ x) and the quantiles of W
 *   lie between those of W⁻ and W⁺), in doubles with their error bound; and
 *   `'normal-berry-esseen'`: the normal approximation with the Berry–Esseen bound
 *   |F(x) − Φ((x − μ)/σ)| ≤ 0.56·Σ E|X_i − μ_i|³ / σ³ (Shevtsova 2010, independent, not identically
 *   distributed summands) plus the float evaluation's own error. The narrower interval is reported.
 * @internal
 * @module
 */
import { gcdBig, lcmBig } from '../numbers/gcd.js';
import type { QuantileRule } from '../numbers/quantile.js';
import { Ratio, ZERO } from '../numbers/ratio.js';
import { normalQuantile, normalSf } from '../special/functions.js';
import { boundsOfSum, exactLattice, exactBits, floatCdfBounds, floatLattice, gamma, type FloatBounds } from './poissonBinomial.js';

/** Largest deals × lattice points × bits of D^n computed exactly (measured: about a second per distribution at 100 deals in whole percents on 27,640 points). */
export const EXACT_AMOUNT_WORK = 2_000_000_000;
/** Largest deals × lattice points computed in doubles (about a tenth of a second). */
export const FLOAT_CELLS = 30_000_000;

/** How the won amount's distribution was computed. */
export type AmountMethod = 'exact-lattice' | 'float-lattice' | 'bracketed-lattice' | 'normal-berry-esseen';

/**
 * A probability: exact (`resolved: true`), or known only to lie in `[lower, upper]` (`resolved:
 * false`, floats rounded outward), never one unresolved number.
 */
export type ForecastProbability = { readonly resolved: true; readonly value: Ratio } | { readonly resolved: false; readonly lower: number; readonly upper: number };

/** An amount: exact, or known to lie in `[lower, upper]`. @internal */
export type AmountBounds = { readonly resolved: true; readonly value: Ratio } | { readonly resolved: false; readonly lower: Ratio; readonly upper: Ratio };

/** The won amount's distribution, as the questions a forecast asks of it. @internal */
export interface AmountModel {
  readonly method: AmountMethod;
  /** The lattice unit (or bracket unit) in money; `null` for the normal approximation. */
  readonly unit: Ratio | null;
  /** P(W ≥ x). */
  atLeast(x: Ratio): ForecastProbability;
  /** The p-quantile of W by `rule`. */
  quantile(p: Ratio, rule: QuantileRule): AmountBounds;
}

/** Amounts as whole multiples of their gcd: the lattice unit and each amount in units. @internal */
export function latticeOf(amounts: readonly Ratio[]): { unit: Ratio; units: bigint[] } {
  let den = 1n;
  for (const a of amounts) if (den % a.den !== 0n) den = lcmBig(den, a.den);
  const whole = amounts.map((a) => a.num * (den / a.den));
  let g = 0n;
  for (const w of whole) g = gcdBig(g, w);
  if (g === 0n) return { unit: Ratio.of(1, den), units: whole };
  return { unit: Ratio.of(g, den), units: whole.map((w) => w / g) };
}

/** The index of the first lattice point ≥ x (x ≥ 0). */
function firstPointAtOrAbove(x: Ratio, unit: Ratio): number {
  const k = x.div(unit).ceil();
  return k <= 0n ? 0 : k > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(k);
}

/** The model of W for open deals with amounts and probabilities, by the first method that fits. @internal */
export function amountModel(amounts: readonly Ratio[], p: readonly Ratio[], prefer?: Ratio): AmountModel {
  const { unit, units } = latticeOf(amounts);
  let total = 0n;
  for (const u of units) total += u;
  const n = amounts.length;
  const points = Number(total) + 1;
  if (total < BigInt(Number.MAX_SAFE_INTEGER)) {
    const bits = Math.max(exactBits(p), 1);
    if (n * points * bits <= EXACT_AMOUNT_WORK || n === 0) return exactModel(units.map(Number), p, unit);
    if (n * points <= FLOAT_CELLS) return floatModel(units.map(Number), p, unit);
  }
  const normal = normalModel(amounts, p);
  const h = bracketFactor(total, n);
  // rounding n amounts by up to h each moves W by up to n·h: past a standard deviation the bracket
  // cannot beat the normal bound, so it is not computed (a choice of method, never of a bound)
  if (normal !== null && unit.mul(Ratio.of(h * BigInt(n))).toNumber() > normal.sigma) return normal.model;
  const bracket = bracketModel(units, h, p, unit, n);
  if (normal === null) return bracket;
  // the narrower of two rigorous intervals, judged where the forecast asks: at the quota, else at the median
  const width = (m: AmountModel): number => {
    if (prefer !== undefined) {
      const b = m.atLeast(prefer);
      return b.resolved ? 0 : b.upper - b.lower;
    }
    const q = m.quantile(Ratio.of(1, 2), 'nearest-rank');
    return q.resolved ? 0 : q.upper.sub(q.lower).toNumber();
  };
  return width(normal.model) < width(bracket) ? normal.model : bracket;
}

function exactModel(units: readonly number[], p: readonly Ratio[], unit: Ratio): AmountModel {
  const { numerators, denominator } = exactLattice(units, p);
  const cdf: bigint[] = new Array(numerators.length);
  let s = 0n;
  for (let i = 0; i < numerators.length; i++) cdf[i] = s += numerators[i]!;
  return {
    method: 'exact-lattice',
    unit,
    atLeast(x) {
      const k = firstPointAtOrAbove(x, unit);
      if (k <= 0) return { resolved: true, value: Ratio.of(1) };
      if (k >= cdf.length) return { resolved: true, value: ZERO };
      return { resolved: true, value: Ratio.of(denominator - cdf[k - 1]!, denominator) };
    },
    quantile(q, rule) {
      // smallest s with F(s) ≥ q, i.e. cdf[s]·q.den ≥ q.num·D^n
      const target = q.num * denominator;
      let i = 0;
      while (i < cdf.length - 1 && cdf[i]! * q.den < target) i++;
      if (rule === 'averaged' && cdf[i]! * q.den === target) {
        let j = i + 1;
        while (j < numerators.length - 1 && numerators[j] === 0n) j++;
        if (j < numerators.length) return { resolved: true, value: unit.mul(Ratio.of(i + j, 2)) };
      }
      return { resolved: true, value: unit.mul(Ratio.of(i)) };
    },
  };
}

const ROUND_DOWN = 1 - 2 ** -52;
const ROUND_UP = 1 + 2 ** -52;

/** Quantile bounds in lattice points from CDF bounds (see the module's note). */
function pointBounds(lowerCdf: Float64Array, upperCdf: Float64Array, q: Ratio, rule: QuantileRule): [number, number] {
  const p = q.toNumber();
  const pLow = p * ROUND_DOWN;
  const pHigh = p * ROUND_UP;
  let lo = 0;
  while (lo < upperCdf.length - 1 && upperCdf[lo]! < pLow) lo++;
  let hi = 0;
  if (rule === 'averaged') while (hi < lowerCdf.length - 1 && !(lowerCdf[hi]! > pHigh)) hi++;
  else while (hi < lowerCdf.length - 1 && lowerCdf[hi]! < pHigh) hi++;
  return [lo, hi];
}

function floatModel(units: readonly number[], p: readonly Ratio[], unit: Ratio): AmountModel {
  const f = floatLattice(units, p);
  const { lower, upper } = floatCdfBounds(f);
  return {
    method: 'float-lattice',
    unit,
    atLeast(x) {
      const k = firstPointAtOrAbove(x, unit);
      return unresolved(tail(f.pmf, f.deals, k));
    },
    quantile(q, rule) {
      const [lo, hi] = pointBounds(lower, upper, q, rule);
      return { resolved: false, lower: unit.mul(Ratio.of(lo)), upper: unit.mul(Ratio.of(hi)) };
    },
  };
}

function unresolved(b: FloatBounds): ForecastProbability {
  return { resolved: false, lower: b.lower, upper: b.upper };
}

/** P(S ≥ k) bounds by summing the tail of a float pmf. */
function tail(pmf: Float64Array, deals: number, k: number): FloatBounds {
  if (k <= 0) return { lower: 1, upper: 1 };
  if (k >= pmf.length) return { lower: 0, upper: 0 };
  let s = 0;
  for (let i = pmf.length - 1; i >= k; i--) s += pmf[i]!;
  return boundsOfSum(s, deals, pmf.length - k);
}

/** The whole factor m by which the lattice is coarsened so that the rounded-up lattice fits the float budget. */
function bracketFactor(total: bigint, n: number): bigint {
  const budgetPoints = BigInt(Math.max(1, Math.floor(FLOAT_CELLS / Math.max(n, 1)) - n));
  return total / budgetPoints + 1n;
}

function bracketModel(units: readonly bigint[], m: bigint, p: readonly Ratio[], unit: Ratio, n: number): AmountModel {
  const down = units.map((u) => Number(u / m));
  const up = units.map((u) => Number((u + m - 1n) / m));
  const h = unit.mul(Ratio.of(m));
  const fd = floatLattice(down, p);
  const fu = floatLattice(up, p);
  const cd = floatCdfBounds(fd);
  const cu = floatCdfBounds(fu);
  return {
    method: 'bracketed-lattice',
    unit: h,
    atLeast(x) {
      const k = firstPointAtOrAbove(x, h);
      return { resolved: false, lower: tail(fd.pmf, n, k).lower, upper: tail(fu.pmf, n, k).upper };
    },
    quantile(q, rule) {
      const lo = pointBounds(cd.lower, cd.upper, q, rule)[0];
      const hi = pointBounds(cu.lower, cu.upper, q, rule)[1];
      return { resolved: false, lower: h.mul(Ratio.of(lo)), upper: h.mul(Ratio.of(hi)) };
    },
  };
}

/** Shevtsova (2010): the Berry–Esseen constant for independent, non-identical summands. */
const BERRY_ESSEEN = 0.56;

function normalModel(amounts: readonly Ratio[], p: readonly Ratio[]): { model: AmountModel; sigma: number } | null {
  const n = amounts.length;
  let mu = 0;
  let variance = 0;
  let rho = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const a = amounts[i]!.toNumber();
    const pi = p[i]!.toNumber();
    const qi = Ratio.of(1).sub(p[i]!).toNumber();
    mu += a * pi;
    variance += a * a * pi * qi;
    // E|X − EX|³ for X = a·Bernoulli(p): a³·p·q·(p² + q²)
    rho += a * a * a * pi * qi * (pi * pi + qi * qi);
    max += a;
  }
  if (!(variance > 0) || !Number.isFinite(rho)) return null;
  const sigma = Math.sqrt(variance);
  const rel = gamma(6 * n + 12); // μ, σ², ρ each a sum of n products of ≤ 5 rounded factors
  const eps = Math.min(1, (BERRY_ESSEEN * rho * (1 + rel)) / (sigma * sigma * sigma * (1 - 3 * rel)));
  // the float z and Φ: |Δz| ≤ rel·(μ/σ + |z| + 1), and Φ moves at most 0.4·|Δz|; Φ itself to 1e-14
  const slack = (z: number): number => 0.4 * rel * (mu / sigma + Math.abs(z) + 1) + 1e-14;
  const top = Ratio.of(0).add(amounts.reduce((s, a) => s.add(a), ZERO));
  const model: AmountModel = {
    method: 'normal-berry-esseen',
    unit: null,
    atLeast(x) {
      if (x.sign() <= 0) return { resolved: true, value: Ratio.of(1) };
      if (x.compare(top) > 0) return { resolved: true, value: ZERO };
      const z = (x.toNumber() - mu) / sigma;
      const e = eps + slack(z);
      const sf = normalSf(z);
      return { resolved: false, lower: Math.max(0, sf - e), upper: Math.min(1, sf + e) };
    },
    quantile(q) {
      const pq = q.toNumber();
      const at = (level: number, side: 'lower' | 'upper'): Ratio => {
        if (level <= 0) return ZERO;
        if (level >= 1) return top;
        const z = normalQuantile(level);
        const widen = slack(z) * 3 + 1e-12; // the quantile function's own error, generously
        const x = mu + sigma * (side === 'lower' ? z - widen : z + widen);
        const cents = side === 'lower' ? Math.floor(x * 100) : Math.ceil(x * 100);
        const r = Ratio.of(Math.max(0, cents), 100);
        return side === 'lower' ? r : r.compare(top) > 0 ? top : r;
      };
      // F(x) ≥ q needs Φ((x − μ)/σ) ≥ q − ε; F(x) < q whenever Φ < q − ε: so Q ∈ [Φ⁻¹(q − ε), Φ⁻¹(q + ε)]
      const e = eps + 1e-12;
      return { resolved: false, lower: at(pq - e, 'lower'), upper: at(pq + e, 'upper') };
    },
  };
  return { model, sigma };
}

/**
 * Every method for the same deals, whatever their size (for tests that check each bound against
 * the exact value): the exact and float lattices, the bracket at coarsening `factor`, the normal bound.
 * @internal
 */
export function everyModel(amounts: readonly Ratio[], p: readonly Ratio[], factor: bigint): AmountModel[] {
  const { unit, units } = latticeOf(amounts);
  const models = [exactModel(units.map(Number), p, unit), floatModel(units.map(Number), p, unit), bracketModel(units, factor, p, unit, amounts.length)];
  const normal = normalModel(amounts, p);
  return normal === null ? models : [...models, normal.model];
}
