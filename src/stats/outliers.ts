import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { readCounts, readProbability } from './common.js';
import { zFor } from '../special/functions.js';
import { hasKind } from '../kind.js';

/** Control limits at one level for one group's denominator. */
export interface ControlLimit {
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
}

/** One group (a rep, a source) on the funnel plot. */
export interface OutlierGroup {
  readonly name: string;
  readonly successes: number;
  readonly trials: number;
  /** Exact rate; `null` with no trials. */
  readonly rate: Ratio | null;
  readonly estimate: number | null;
  /** Limits around the pooled rate for this group's trials, one per level (ascending). */
  readonly limits: readonly ControlLimit[];
  /** Above or below the limits of the widest level it falls outside; `'within'` otherwise. */
  readonly status: 'above' | 'below' | 'within' | 'insufficient-data';
  /** The widest level whose limits the group falls outside, or `null`. */
  readonly outsideLevel: number | null;
}

/** What {@link outliers} returns. */
export interface Outliers {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'outliers';
  /** Σ successes / Σ trials, exactly (`null` when no group has trials). */
  readonly pooled: Ratio | null;
  readonly groups: readonly OutlierGroup[];
  readonly levels: readonly number[];
}

/** One or more confidence levels, each strictly between 0 and 1, as floats in the order given. */
function readLevels(value: unknown, path: ErrorPath): number[] {
  if (!Array.isArray(value)) return fail('INVALID_INPUT', { phrases: enStats, subject: 'levels', expected: 'levels', received: value }, path);
  if (value.length === 0) return fail('EMPTY_LIST', { phrases: enStats, subject: 'levels', expected: 'levels' }, path);
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const about = { phrases: enStats, subject: 'levelAt', position: i + 1 } as const;
    const level: unknown = value[i];
    out.push(level === undefined ? fail('MISSING_VALUE', { ...about, expected: 'level' }, [...path, i]) : readProbability(level, [...path, i], about));
  }
  return out;
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({ levels: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ phrases: enStats, subject: 'levels', expected: 'levels' }, readLevels)) }),
  ),
);

/**
 * Funnel-plot control limits (Spiegelhalter, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24, 2005): around the pooled rate p₀ = Σs/Σn, each group's
 * limits at level L are p₀ ± z_L·√(p₀(1 − p₀)/nᵢ) (normal approximation, clipped to [0, 1]), so a
 * rep with 15 meetings gets wide limits and a rep with 400 narrow ones. A group outside the 99.8%
 * limits is really out of line; inside them its distance from the pool is what chance gives.
 *
 * Edge cases: a group with 0 trials gets no limits and status `'insufficient-data'`; when the
 * pooled rate is 0 or 1 every limit is that rate (every group equals it).
 *
 * @param groups - `{ name: { successes, trials } }`.
 * @param options.levels - confidence levels, default `[0.95, 0.998]`.
 * @throws FunnelMathError `INVALID_INPUT`, `OUT_OF_RANGE`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`,
 *   `MISSING_VALUE`, `UNKNOWN_OPTION`, `SUCCESSES_ABOVE_TRIALS`, `EMPTY_LIST` (no levels).
 * @example
 * import { outliers } from 'funnel-math';
 * const reps = { ana: { successes: 10, trials: 15 }, ben: { successes: 30, trials: 200 }, eva: { successes: 45, trials: 190 } };
 * const plot = outliers(reps);
 * plot.pooled!.toString(); // => '17/81'
 * plot.groups.map((g) => [g.name, g.status, g.outsideLevel]); // => [['ana', 'above', 0.998], ['ben', 'below', 0.95], ['eva', 'within', null]]
 * @category Uncertainty
 */
export function outliers(groups: { readonly [name: string]: { readonly successes: NumberInput; readonly trials: NumberInput } }, options?: { readonly levels?: readonly NumberInput[] }): Outliers {
  if (!isPlainObject(groups)) fail('INVALID_INPUT', { phrases: enStats, subject: 'groups', expected: 'groupCounts', received: groups }, ['groups']);
  const levels = input.read(options, ['options'])?.levels ?? [0.95, 0.998];
  levels.sort((a, b) => a - b);
  const read = Object.keys(groups).map((name) => ({
    name,
    ...readCounts(groups[name], ['groups', name], {
      pair: { phrases: enStats, subject: 'group', group: name },
      successes: { phrases: enStats, subject: 'groupSuccesses', group: name },
      trials: { phrases: enStats, subject: 'groupTrials', group: name },
    }),
  }));
  let s = 0;
  let n = 0;
  for (const g of read) {
    s += g.successes;
    n += g.trials;
  }
  const pooled = n === 0 ? null : Ratio.of(s, n);
  const p0 = n === 0 ? 0 : s / n;
  const zs = levels.map((l) => zFor(l));
  return {
    kind: 'outliers',
    pooled,
    levels,
    groups: read.map((g): OutlierGroup => {
      if (g.trials === 0 || pooled === null) {
        return { ...g, rate: null, estimate: null, limits: [], status: 'insufficient-data', outsideLevel: null };
      }
      const p = g.successes / g.trials;
      const se = Math.sqrt((p0 * (1 - p0)) / g.trials);
      const limits = levels.map((level, k) => ({ level, lower: Math.max(0, p0 - zs[k]! * se), upper: Math.min(1, p0 + zs[k]! * se) }));
      let status: OutlierGroup['status'] = 'within';
      let outsideLevel: number | null = null;
      for (const lim of limits) {
        if (p > lim.upper) [status, outsideLevel] = ['above', lim.level];
        else if (p < lim.lower) [status, outsideLevel] = ['below', lim.level];
      }
      return { ...g, rate: Ratio.of(g.successes, g.trials), estimate: p, limits, status, outsideLevel };
    }),
  };
}

/**
 * True when `value` is an {@link outliers} result: a plain object whose `kind` is `'outliers'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Outliers}).
 * @example
 * import { isOutliers, outliers } from 'funnel-math';
 * const result = outliers({ ana: { successes: 10, trials: 15 }, ben: { successes: 30, trials: 200 } });
 * isOutliers(result); // => true
 * isOutliers(JSON.parse(JSON.stringify(result))); // => true
 * isOutliers({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isOutliers(value: unknown): value is Outliers {
  return hasKind(value, 'outliers');
}
