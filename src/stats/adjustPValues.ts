import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { toRatio, type NumberInput } from '../numbers/parse.js';
import { ONE } from '../numbers/ratio.js';
import { rethrowUnreadable } from '../schema.js';
import { hasKind } from '../kind.js';

/**
 * How p-values of many tests are adjusted for being many:
 * - `'holm'`: Holm's step-down method (1979), controls the family-wise error rate under any
 *   dependence, and is never less powerful than Bonferroni;
 * - `'hochberg'`: Hochberg's step-up method (1988), controls it for independent (or positively
 *   dependent) tests, never above Holm;
 * - `'benjamini-hochberg'`: the false discovery rate of Benjamini & Hochberg (1995), for
 *   screening many groups, never above Hochberg;
 * - `'bonferroni'`: m·p, the reference point.
 */
export type AdjustMethod = 'holm' | 'hochberg' | 'benjamini-hochberg' | 'bonferroni';

/** What {@link adjustPValues} returns. P-values are floats. */
export interface AdjustedPValues {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'adjusted-p-values';
  /** The adjustment applied. */
  readonly method: AdjustMethod;
  /** The p-values as given, in their order. */
  readonly pValues: readonly number[];
  /** The adjusted p-values, in the same order as the p-values given. */
  readonly adjusted: readonly number[];
}

const methodSchema: z.ZodMiniEnum<{ [K in AdjustMethod]: K }> = /* @__PURE__ */ z.enum(['holm', 'hochberg', 'benjamini-hochberg', 'bonferroni']);

/** The adjustment method as a piece of an input schema (also read by compareGroups). @internal */
export const adjustMethodPiece = /* @__PURE__ */ choicePiece(methodSchema, 'adjustMethod', 'string', { phrases: enStats });

const input = /* @__PURE__ */ defineInput(/* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ method: /* @__PURE__ */ z.optional(adjustMethodPiece) })));

/** One p-value: a number from 0 to 1 (a float, or any number form the library reads). */
function readPValue(value: unknown, path: ErrorPath, position: number): number {
  const about = { phrases: enStats, subject: 'pValueAt', position, expected: 'pValue' } as const;
  if (value === undefined) return fail('MISSING_VALUE', about, path);
  const r = toRatio(value, path, about);
  if (r.sign() < 0) fail('NEGATIVE', { ...about, received: value }, path);
  if (r.compare(ONE) > 0) fail('OUT_OF_RANGE', { ...about, received: value }, path);
  return r.toNumber();
}

/** The list of p-values, read index by index (holes and throwing elements are refused). */
function readPValues(value: unknown, path: ErrorPath): number[] {
  const about = { phrases: enStats, subject: 'pValues', expected: 'pValues' } as const;
  if (!Array.isArray(value)) return fail('INVALID_INPUT', { ...about, received: value }, path);
  let length: number;
  try {
    length = value.length;
  } catch (error) {
    return rethrowUnreadable(error, value, about, path);
  }
  if (length === 0) return fail('EMPTY_LIST', about, path);
  const out = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    let item: unknown;
    try {
      item = (value as unknown[])[i];
    } catch (error) {
      return rethrowUnreadable(error, value, { phrases: enStats, subject: 'pValueAt', position: i + 1 }, [...path, i]);
    }
    // the common form first: a float from 0 to 1 (−0 read as 0)
    out[i] = typeof item === 'number' && item >= 0 && item <= 1 ? item + 0 : readPValue(item, [...path, i], i + 1);
  }
  return out;
}

/**
 * The adjusted p-values of `p` (trusted: floats in [0, 1], at least one), in the order given.
 * With p₍₁₎ ≤ … ≤ p₍ₘ₎ sorted ascending and factors f_j (m − j + 1 for Holm and Hochberg, m / j
 * for Benjamini–Hochberg, m for Bonferroni): Holm takes the running maximum from the smallest,
 * Hochberg and Benjamini–Hochberg the running minimum from the largest, each capped at 1. The
 * factor is computed before it multiplies p, so it is exactly 1 where it should be and never
 * below it, and each adjusted value is at least its raw one. Tied p-values get one adjusted value.
 * @internal
 */
export function adjustCore(p: readonly number[], method: AdjustMethod): number[] {
  const m = p.length;
  const out = new Array<number>(m);
  if (method === 'bonferroni') {
    for (let i = 0; i < m; i++) out[i] = Math.min(1, m * p[i]!);
    return out;
  }
  // adjusted values along the sorted p-values (a native sort: no comparator per pair)
  const sorted = Float64Array.from(p).sort();
  const along = new Float64Array(m);
  if (method === 'holm') {
    let running = 0;
    for (let j = 0; j < m; j++) along[j] = running = Math.max(running, Math.min(1, (m - j) * sorted[j]!));
  } else {
    let running = 1;
    for (let j = m - 1; j >= 0; j--) {
      const factor = method === 'hochberg' ? m - j : m / (j + 1);
      along[j] = running = Math.min(running, factor * sorted[j]!);
    }
  }
  // tied p-values share one adjusted value, so any position of a p-value among the sorted ones gives its own
  for (let i = 0; i < m; i++) {
    const v = p[i]!;
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    out[i] = along[lo]!;
  }
  return out;
}

/**
 * Adjusts the p-values of many tests for being many: when 10 reps are each compared with the rest
 * at 5%, one of them looks "significant" by chance alone about 40% of the time; adjusted p-values
 * keep that chance at 5% (Holm, Hochberg, Bonferroni: the family-wise error rate) or keep the share
 * of false findings among the findings at 5% (Benjamini–Hochberg: the false discovery rate).
 *
 * With the p-values sorted ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎:
 * - Holm: p̃₍ᵢ₎ = max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎);
 * - Hochberg: p̃₍ᵢ₎ = min over j ≥ i of min(1, (m − j + 1)·p₍ⱼ₎);
 * - Benjamini–Hochberg: p̃₍ᵢ₎ = min over j ≥ i of min(1, (m / j)·p₍ⱼ₎);
 * - Bonferroni: min(1, m·pᵢ).
 * These are the adjusted p-values of statsmodels' `multipletests` ('holm', 'simes-hochberg',
 * 'fdr_bh', 'bonferroni'). A test is significant at a level when its adjusted p-value is at most
 * 1 − level. Always Bonferroni ≥ Holm ≥ Hochberg ≥ Benjamini–Hochberg ≥ the raw p-value, each
 * at most 1, and a smaller raw p-value never gets a larger adjusted one. With one p-value every
 * method returns it unchanged. P-values are floats (irreducibly real).
 *
 * @param pValues - p-values from 0 to 1 (floats; `'3%'` and `'1/20'` are read too), one per test.
 * @param options.method - `'holm'` (default), `'hochberg'`, `'benjamini-hochberg'` or `'bonferroni'`.
 * @returns the adjusted p-values in the order given, and the method.
 * @throws FunnelMathError `INVALID_INPUT` (not a list), `EMPTY_LIST`, `MISSING_VALUE` (a hole),
 *   `NEGATIVE`, `OUT_OF_RANGE` (above 1), `INVALID_NUMBER`, `NOT_FINITE`, `NUMBER_TOO_LARGE`,
 *   `INVALID_CHOICE` (another method), `UNKNOWN_OPTION`, `UNREADABLE_INPUT`.
 * @example
 * import { adjustPValues } from 'funnel-math';
 * adjustPValues([0.01, 0.04, 0.03, 0.2]).adjusted; // => [0.04, 0.09, 0.09, 0.2]
 * adjustPValues([0.01, 0.04, 0.03, 0.2], { method: 'benjamini-hochberg' }).adjusted.map((p) => p.toFixed(4)); // => ['0.0400', '0.0533', '0.0533', '0.2000']
 * adjustPValues([0.01, 0.04, 0.03, 0.2], { method: 'bonferroni' }).adjusted; // => [0.04, 0.16, 0.12, 0.8]
 * @category Uncertainty
 */
export function adjustPValues(pValues: readonly NumberInput[], options?: { readonly method?: AdjustMethod }): AdjustedPValues {
  const p = readPValues(pValues, ['pValues']);
  const method = input.read(options, ['options'])?.method ?? 'holm';
  return { kind: 'adjusted-p-values', method, pValues: p, adjusted: adjustCore(p, method) };
}

/**
 * True when `value` is an {@link adjustPValues} result: a plain object whose `kind` is
 * `'adjusted-p-values'`, also after a JSON round trip. It checks the kind, not every field.
 * Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link AdjustedPValues}).
 * @example
 * import { adjustPValues, isAdjustedPValues } from 'funnel-math';
 * const result = adjustPValues([0.01, 0.04]);
 * isAdjustedPValues(result); // => true
 * isAdjustedPValues(JSON.parse(JSON.stringify(result))); // => true
 * isAdjustedPValues({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isAdjustedPValues(value: unknown): value is AdjustedPValues {
  return hasKind(value, 'adjusted-p-values');
}
