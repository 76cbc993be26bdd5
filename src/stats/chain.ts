/**
 * The exact outcome distribution of a funnel whose rates are partly observed: the beta-binomial
 * chain. Stage i keeps each of the Xᵢ₋₁ attempts that reached it with the same rate pᵢ, so
 * Xᵢ | Xᵢ₋₁ ~ Binomial(Xᵢ₋₁, pᵢ); with an observed stage's rate integrated over its Beta(a, b)
 * posterior this is Xᵢ | Xᵢ₋₁ ~ BetaBinomial(Xᵢ₋₁, a, b), and a known rate r stays
 * Binomial(Xᵢ₋₁, r). Given all the rates the outcome is Binomial(n, Π pᵢ), so the order of the
 * stages does not change the distribution: the known rates are merged into one binomial step and
 * the steps are applied in the order that costs least.
 *
 * How it is computed: a vector of probabilities over the count reaching each step, one
 * matrix–vector product per step, except the last step, of which only tails are needed:
 * P(Xₖ ≥ g | Xₖ₋₁ = x) for every x by a recurrence in x (Pólya's urn: one more attempt passes
 * with probability (a + g − 1)/(a + b + x) given g − 1 passes so far), in time linear in the
 * vector's length. Each row (the conditional pmf at one x) starts at its mode with the value 1 and
 * goes outward by the ratio of consecutive terms, so nothing overflows or underflows.
 *
 * The stated bound, proven: with a, b ≥ 1 every row is log-concave, so its terms' ratios decrease
 * and the mass beyond a term t with ratio ρ < 1 is at most t·ρ/(1 − ρ) (a geometric series). A row
 * stops on each side once that bound is at most `ROW_TAIL` times the row's kept sum S, and is
 * divided by S: its L1 distance to the exact row is at most 2(Z − S)/Z ≤ 4·ROW_TAIL (Z the exact
 * sum). A product of a vector of mass ≤ 1 by rows each within ε in L1 moves the vector by at most ε
 * in L1, and a later exact step does not increase an L1 distance, so the L1 errors add: 4·ROW_TAIL
 * per step, 6·ROW_TAIL for the last step's tails (its start row, and its start term's relative
 * error), plus the mass cut from each vector's two ends (at most `END_CUT` a side, summed as
 * cut). Every probability the chain reports is within that L1 sum of the exact one, which the bound
 * states. Float rounding: every quantity is a sum or product of non-negative terms
 * (the last step's downward recurrence subtracts, and is counted as absolute error), so Higham's
 * γₘ = m·u/(1 − m·u) with m the operation count along the longest path (5 per recurrence step,
 * one per term summed, u = 2⁻⁵³) bounds the relative error; the bound adds 1.01·m·u, and 2·n·u for
 * the known rates' product rounded to a float (the total variation between Binomial(x, r) and
 * Binomial(x, r̃) is at most x·|r − r̃|).
 * @internal
 * @module
 */

/** One step of the chain: an observed rate's Beta(a, b) posterior (a, b ≥ 1 integers), or a known rate in (0, 1). */
export type ChainStep = { readonly a: number; readonly b: number; readonly r?: undefined } | { readonly r: number; readonly a?: undefined; readonly b?: undefined };

/** A row stops on each side when its remaining mass is at most this share of what it kept. */
export const ROW_TAIL = 1e-14;
/** The mass cut from each end of a vector between steps, at most. */
export const END_CUT = 1e-14;
const U = 2 ** -53;

/**
 * A step as three numbers, the same shape for both kinds so the loops stay monomorphic: the row's
 * ratio t(y + 1)/t(y) is (x − y)(αy + A) / ((y + 1)(α(x − y − 1) + B)), with α = 1, A = a, B = b
 * for BetaBinomial(x, a, b) and α = 0, A = r, B = 1 − r for Binomial(x, r).
 */
interface Kernel {
  readonly al: number;
  readonly A: number;
  readonly B: number;
}

function kernelOf(s: ChainStep): Kernel {
  return s.r === undefined ? { al: 1, A: s.a, B: s.b } : { al: 0, A: s.r, B: 1 - s.r };
}

function ratio(k: Kernel, x: number, y: number): number {
  return ((x - y) * (k.al * y + k.A)) / ((y + 1) * (k.al * (x - y - 1) + k.B));
}

/** The row at x, written into `buf` at the counts themselves, relative to its mode (value 1). */
interface Row {
  lo: number;
  hi: number;
  sum: number;
}

function modeOf(k: Kernel, x: number): number {
  let m: number;
  if (k.al === 0) m = Math.floor((x + 1) * k.A);
  else m = k.A + k.B > 2 ? Math.round((x * (k.A - 1)) / (k.A + k.B - 2)) : Math.floor(x / 2);
  m = Math.min(x, Math.max(0, m));
  while (m < x && ratio(k, x, m) > 1) m++;
  while (m > 0 && ratio(k, x, m - 1) < 1) m--;
  return m;
}

function row(k: Kernel, x: number, buf: Float64Array, out: Row): void {
  const al = k.al;
  const A = k.A;
  const B = k.B;
  const m = modeOf(k, x);
  buf[m] = 1;
  let sum = 1;
  let t = 1;
  let y = m;
  while (y < x) {
    const rho = ((x - y) * (al * y + A)) / ((y + 1) * (al * (x - y - 1) + B));
    if (rho < 1 && (t * rho) / (1 - rho) <= ROW_TAIL * sum) break;
    t *= rho;
    y++;
    buf[y] = t;
    sum += t;
  }
  out.hi = y;
  t = 1;
  y = m;
  while (y > 0) {
    // 1 / ratio(y − 1)
    const sigma = (y * (al * (x - y) + B)) / ((x - y + 1) * (al * (y - 1) + A));
    if (sigma < 1 && (t * sigma) / (1 - sigma) <= ROW_TAIL * sum) break;
    t *= sigma;
    y--;
    buf[y] = t;
    sum += t;
  }
  out.lo = y;
  out.sum = sum;
}

/** A sub-probability vector over counts lo..hi (stored at the counts themselves) and its error so far. */
export interface ChainState {
  readonly v: Float64Array;
  readonly lo: number;
  readonly hi: number;
  /** The L1 bound of truncation so far (without rounding). */
  readonly cut: number;
  /** Operations along the longest path so far, for the rounding bound. */
  readonly ops: number;
}

/** Applies every step but the last to a point mass at n. */
export function chainForward(steps: readonly ChainStep[], n: number): ChainState {
  let v = new Float64Array(n + 1);
  v[n] = 1;
  let lo = n;
  let hi = n;
  let cut = 0;
  let ops = 0;
  const buf = new Float64Array(n + 1);
  const r: Row = { lo: 0, hi: 0, sum: 0.5 }; // a double from the start: no change of field representation
  for (let i = 0; i < steps.length - 1; i++) {
    const s = kernelOf(steps[i]!);
    const w = new Float64Array(hi + 1);
    let wlo = hi;
    let whi = 0;
    let widest = 0;
    for (let x = lo; x <= hi; x++) {
      const vx = v[x]!;
      if (vx === 0) continue;
      row(s, x, buf, r);
      const f = vx / r.sum;
      for (let y = r.lo; y <= r.hi; y++) w[y] = w[y]! + f * buf[y]!;
      if (r.lo < wlo) wlo = r.lo;
      if (r.hi > whi) whi = r.hi;
      if (r.hi - r.lo + 1 > widest) widest = r.hi - r.lo + 1;
    }
    cut += 4 * ROW_TAIL;
    ops += 6 * widest + (hi - lo + 1) + 4;
    // cut the two ends while what is cut stays within END_CUT a side
    let dropped = 0;
    while (wlo < whi && dropped + w[wlo]! <= END_CUT) dropped += w[wlo++]!;
    let droppedHi = 0;
    while (whi > wlo && droppedHi + w[whi]! <= END_CUT) droppedHi += w[whi--]!;
    cut += dropped + droppedHi;
    v = w;
    lo = whi < wlo ? 0 : wlo;
    hi = whi < wlo ? 0 : whi;
  }
  return { v, lo, hi, cut, ops };
}

/** q(x + 1)/q(x) for q(x) = P(Xₓ = j), the probability of exactly j of x at step s. */
function ratioInX(s: ChainStep, x: number, j: number): number {
  return s.r === undefined ? ((x + 1) * (x - j + s.b)) / ((x + 1 - j) * (x + s.a + s.b)) : ((x + 1) * (1 - s.r)) / (x + 1 - j);
}

/** P(one more attempt passes | j of x passed). */
function passNext(s: ChainStep, x: number, j: number): number {
  return s.r === undefined ? (s.a + j) / (s.a + s.b + x) : s.r;
}

/** The error of `chainTail` beyond the state's own: its start row and start term, and rounding. */
export function tailError(state: ChainState, n: number, hasRate: boolean): number {
  const len = state.hi - state.lo + 1;
  const ops = state.ops + 12 * (len + n + 1) + 8;
  return state.cut + 6 * ROW_TAIL + 1.01 * ops * U + (hasRate ? 2 * n * U : 0);
}

/**
 * P(Xₖ ≥ g) from the state before the last step: Σₓ v(x)·P(Xₖ ≥ g | x), the tail at every x by
 * the recurrence T(x + 1) = T(x) + q(x)·pass(x), q(x) = P(Xₖ = g − 1 | x), started at the x where
 * q is largest (q is unimodal in x, so the terms that underflow are negligible) and run both ways.
 */
export function chainTail(steps: readonly ChainStep[], state: ChainState, g: number): number {
  if (g <= 0) return 1;
  const step = steps[steps.length - 1]!;
  const s = kernelOf(step);
  const { v, lo, hi } = state;
  if (hi < g) return 0;
  const j = g - 1;
  // q(x + 1)/q(x) > 1 exactly while x < j(a + b − 1)/a − 1 (Beta) or x < j/r − 1 (known rate)
  const peak = Math.ceil(step.r === undefined ? (j * (step.a + step.b - 1)) / step.a - 1 : j / step.r - 1);
  const from = Math.max(lo, j);
  const xs = Math.min(hi, Math.max(from, peak));
  const buf = new Float64Array(xs + 1);
  const r: Row = { lo: 0, hi: 0, sum: 0.5 }; // a double from the start: no change of field representation
  row(s, xs, buf, r);
  let t0 = 0;
  for (let y = Math.max(g, r.lo); y <= r.hi; y++) t0 += buf[y]!;
  t0 /= r.sum;
  let q0: number;
  if (j >= r.lo && j <= r.hi) q0 = buf[j]! / r.sum;
  else {
    // beyond the kept row: walk the ratios in logarithms (the result is below ROW_TAIL)
    let logT = 0;
    if (j < r.lo) for (let y = j; y < r.lo; y++) logT -= Math.log(ratio(s, xs, y));
    else for (let y = r.hi; y < j; y++) logT += Math.log(ratio(s, xs, y));
    q0 = Math.exp(logT + Math.log(buf[j < r.lo ? r.lo : r.hi]!) - Math.log(r.sum));
  }
  let total = v[xs]! * t0;
  let t = t0;
  let q = q0;
  for (let x = xs; x < hi; x++) {
    t += q * passNext(step, x, j);
    q *= ratioInX(step, x, j);
    if (t > 1) t = 1;
    total += v[x + 1]! * t;
  }
  t = t0;
  q = q0;
  for (let x = xs - 1; x >= from; x--) {
    q /= ratioInX(step, x, j);
    t -= q * passNext(step, x, j);
    if (t < 0) t = 0;
    total += v[x]! * t;
  }
  return Math.min(1, Math.max(0, total));
}

/** Mean and second moment of one step's rate. */
function moments(s: ChainStep): [number, number] {
  if (s.r !== undefined) return [s.r, s.r * s.r];
  const n = s.a + s.b;
  return [s.a / n, (s.a * (s.a + 1)) / (n * (n + 1))];
}

/**
 * The work of one evaluation at n in this order, estimated from the first two moments (a vector is
 * taken as 16 standard deviations wide): the first row, each middle product (vector length × row
 * length at the mean), and the last step's linear pass.
 */
export function chainCost(steps: readonly ChainStep[], n: number): number {
  let m1 = n;
  let m2 = n * n;
  let cost = 0;
  const width = (variance: number) => Math.min(n + 1, 16 * Math.sqrt(Math.max(0, variance)) + 1);
  for (let i = 0; i < steps.length; i++) {
    const [mu, e2] = moments(steps[i]!);
    const rowWidth = width(m1 * (mu - e2) + m1 * m1 * (e2 - mu * mu));
    const vecWidth = width(m2 - m1 * m1);
    cost += i < steps.length - 1 ? vecWidth * rowWidth : vecWidth + rowWidth;
    m2 = m2 * e2 + m1 * (mu - e2);
    m1 *= mu;
  }
  return cost;
}

/** The steps in the order of least estimated work at n (every order, at most 6! of them). */
export function cheapestOrder(steps: readonly ChainStep[], n: number): ChainStep[] {
  let best: ChainStep[] = [...steps];
  let bestCost = chainCost(best, n);
  const permute = (prefix: ChainStep[], rest: ChainStep[]): void => {
    if (rest.length === 0) {
      const c = chainCost(prefix, n);
      if (c < bestCost) {
        bestCost = c;
        best = prefix;
      }
      return;
    }
    for (let i = 0; i < rest.length; i++) permute([...prefix, rest[i]!], [...rest.slice(0, i), ...rest.slice(i + 1)]);
  };
  if (steps.length <= 6) permute([], [...steps]);
  return best;
}
