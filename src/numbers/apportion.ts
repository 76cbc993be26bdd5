import { fail } from '../errors.js';
import { lcmBig } from './gcd.js';
import { toCount, toRatio, type NumberInput } from './parse.js';
import type { Ratio } from './ratio.js';

/**
 * Splits `total` into whole parts proportional to `weights` that sum exactly to `total`
 * (Hamilton's largest-remainder method): each part is its exact quota rounded down, and the units
 * left over go to the largest remainders; equal remainders go to the earlier part.
 * Every part is the floor or the ceiling of its exact quota, so nothing is lost or invented.
 *
 * @param total - a whole, non-negative number to split.
 * @param weights - non-negative weights (any {@link NumberInput}), not all 0 unless `total` is 0.
 * @returns whole parts, one per weight, summing to `total`.
 * @throws FunnelMathError `INVALID_INPUT` (no weights, or all 0 with a positive total), `NEGATIVE`, `NOT_INTEGER`.
 * @example
 * import { apportion } from 'funnel-math';
 * apportion(1000, [22, 21, 23]); // => [333, 318, 349]
 * apportion(10, [1, 1, 1]); // => [4, 3, 3]
 * apportion(5, ['1/2', '1/3', '1/6']); // => [2, 2, 1]
 * @category Funnels and rates
 */
export function apportion(total: NumberInput, weights: readonly NumberInput[]): number[] {
  const t = toCount(total, ['total'], { subject: 'total', expected: 'count' });
  if (!Array.isArray(weights) || weights.length === 0) fail('INVALID_INPUT', { subject: 'weights', expected: 'weights', received: weights }, ['weights']);
  const ratios = Array.from(weights, (w, i) => {
    const about = { subject: 'weightAt', row: i + 1 } as const;
    const r = toRatio(w, ['weights', i], about);
    if (r.num < 0n) fail('NEGATIVE', { ...about, received: w }, ['weights', i]);
    return r;
  });
  return apportionIntegers(t, integerWeights(ratios));
}

/** Exact weights scaled to integers with the same proportions (over their common denominator). @internal */
export function integerWeights(ratios: readonly Ratio[]): bigint[] {
  let lcm = 1n;
  for (const r of ratios) lcm = lcmBig(lcm, r.den);
  return ratios.map((r) => (r.num * lcm) / r.den);
}

/** Largest remainder over non-negative integer weights. @internal */
export function apportionIntegers(total: number, weights: readonly bigint[]): number[] {
  let sum = 0n;
  for (const w of weights) sum += w;
  if (sum === 0n) {
    if (total === 0) return weights.map(() => 0);
    fail('INVALID_INPUT', { subject: 'weights', expected: 'weights', received: weights }, ['weights']);
  }
  const t = BigInt(total);
  const parts: number[] = [];
  const remainders: bigint[] = [];
  let given = 0;
  for (const w of weights) {
    const scaled = t * w;
    const part = Number(scaled / sum);
    parts.push(part);
    remainders.push(scaled % sum);
    given += part;
  }
  const order = remainders.map((_, i) => i).sort((a, b) => (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : a - b));
  for (let k = 0; k < total - given; k++) parts[order[k]!]! += 1;
  return parts;
}
