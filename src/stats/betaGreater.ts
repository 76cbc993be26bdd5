/**
 * P(pB > pA) for independent Beta posteriors with whole parameters, by the exact finite sum
 * (Evan Miller, "Formulas for Bayesian A/B testing", 2014): with pA ~ Beta(a, b), pB ~ Beta(c, d),
 *
 *   P(pB > pA) = Σ_{i=0}^{c−1} B(a + i, b + d) / ((d + i) · B(1 + i, d) · B(a, b)).
 *
 * The terms are t_i = t_0 · Π_{j<i} r_j with r_j = (a + j)(d + j) / ((a + b + d + j)(1 + j)), and
 * t_0 = Γ(a + b)Γ(b + d)/(Γ(a + b + d)Γ(b)) is itself a product of min(a, d) ratios of whole
 * numbers, so the sum is c + min(a, d) multiplications of floats (no log-gamma, whose large values
 * would cancel), kept scaled by whole powers of 2^900 (exact) so that nothing underflows before it matters. The same sum with the roles exchanged gives each of P and 1 − P over any of
 * the four parameters (P(pB > pA) = P(1 − pA > 1 − pB)), so the cheaper form of the smaller tail is
 * used and the small tail keeps its relative accuracy.
 * @internal
 * @module
 */
/** Terms the exact sum may take; beyond it the caller integrates instead. */
export const MAX_SUM_TERMS = 2_000_000;


const BIG = 2 ** 900;
const SMALL = 2 ** -900;

/**
 * Σ_{i=0}^{c−1} t_i for pA ~ Beta(a, b), pB ~ Beta(c, d) (whole a, b, c, d ≥ 1): P(pB > pA), as a
 * float, or 0 where it is below the smallest double. c terms.
 */
export function sumGreater(a: number, b: number, c: number, d: number): number {
  // t_0 = Γ(a + b) Γ(b + d) / (Γ(a + b + d) Γ(b)) = Π_{j<m} (b + j) / (b + e + j), m = min(a, d),
  // e = max(a, d): a product of ratios of whole numbers, with no log-gamma to cancel
  const m = Math.min(a, d);
  const e = Math.max(a, d);
  let term = 1;
  let scale = 0; // the true term is term · (2^900)^scale: a whole power of two, so rescaling is exact
  for (let j = 0; j < m; j++) {
    term *= (b + j) / (b + e + j);
    if (term < SMALL) {
      term *= BIG;
      scale--;
    }
  }
  let sum = 0;
  const s = a + b + d;
  for (let i = 0; i < c; i++) {
    sum += term;
    const up = (a + i) * (d + i);
    const down = (s + i) * (1 + i);
    term *= up / down;
    if (term > BIG) {
      term /= BIG;
      sum /= BIG;
      scale++;
    }
    // past the mode the terms only fall: stop once all the rest cannot reach the last bit
    if (up < down && term * (c - 1 - i) < sum * 1e-18) break;
  }
  // (2^900)^scale times sum, exactly unless the result is subnormal
  for (; scale < 0 && sum !== 0; scale++) sum *= SMALL;
  for (; scale > 0; scale--) sum *= BIG;
  return sum;
}

/** One way to the answer: which tail it gives, its cost in terms, and the sum. */
interface Form {
  readonly greater: boolean;
  readonly terms: number;
  readonly run: () => number;
}

/**
 * P(pB > pA) and P(pA > pB) for pA ~ Beta(a, b), pB ~ Beta(c, d), whole parameters, when some form
 * of the smaller tail costs at most {@link MAX_SUM_TERMS} terms; `undefined` otherwise. The smaller
 * tail is summed directly (relative accuracy), the larger is 1 minus it.
 */
export function exactGreater(a: number, b: number, c: number, d: number): { greater: number; less: number } | undefined {
  const forms: Form[] = [
    { greater: true, terms: c + Math.min(a, d), run: () => sumGreater(a, b, c, d) },
    { greater: false, terms: a + Math.min(c, b), run: () => sumGreater(c, d, a, b) },
    { greater: true, terms: b + Math.min(d, a), run: () => sumGreater(d, c, b, a) },
    { greater: false, terms: d + Math.min(b, c), run: () => sumGreater(b, a, d, c) },
  ].sort((x, y) => x.terms - y.terms);
  const cheapest = forms[0]!;
  if (cheapest.terms > MAX_SUM_TERMS) return undefined;
  const first = cheapest.run();
  // the cheapest form gave the smaller tail: done
  if (first <= 0.5) return cheapest.greater ? { greater: first, less: 1 - first } : { greater: 1 - first, less: first };
  const other = forms.find((f) => f.greater !== cheapest.greater)!;
  if (other.terms > MAX_SUM_TERMS) return undefined;
  const small = other.run();
  return other.greater ? { greater: small, less: 1 - small } : { greater: 1 - small, less: small };
}
