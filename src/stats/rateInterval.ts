import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { defineInput } from '../input/parse.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { probabilityPiece, statCount } from './common.js';
import { betaQuantile, zFor } from '../special/functions.js';
import { wilsonBounds } from '../special/wilson.js';
import { hasKind } from '../kind.js';

/** How an interval for a rate is computed; see {@link rateInterval}. */
export type IntervalMethod = 'wilson' | 'jeffreys' | 'clopper-pearson' | 'agresti-coull';

// The schema's type is written from IntervalMethod (public types must be explicit for JSR, and the
// documentation shows the names); the compiler holds the list to the type both ways.
const methodSchema: z.ZodMiniEnum<{ [M in IntervalMethod]: M }> = /* @__PURE__ */ z.enum(['wilson', 'jeffreys', 'clopper-pearson', 'agresti-coull']);

/** Options of {@link rateInterval}. */
export interface RateIntervalOptions {
  /** Two-sided confidence level, strictly between 0 and 1 (default 0.95). */
  readonly level?: NumberInput;
  /** Default `'wilson'`. */
  readonly method?: IntervalMethod;
}

/**
 * An interval estimate for a rate. With trials the bounds are floats (an interval bound is
 * irreducibly real); the point estimate is also given exactly as `rate`. With no trials every
 * value is `null` and `reason` is `'insufficient-data'` — never (0, 0), never NaN.
 */
export interface RateInterval {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'interval';
  /** successes / trials as a float, or `null` with no trials. */
  readonly estimate: number | null;
  /** successes / trials exactly, or `null` with no trials. */
  readonly rate: Ratio | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly method: IntervalMethod;
  readonly level: number;
  readonly successes: number;
  readonly trials: number;
  /** `'insufficient-data'` when trials = 0, else `null`. */
  readonly reason: 'insufficient-data' | null;
}

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      level: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilityPiece('level')),
      method: /* @__PURE__ */ z.optional(methodSchema),
    }),
  ),
);

/** The bounds for trials > 0 (inputs trusted). @internal */
export function intervalBounds(s: number, n: number, level: number, method: IntervalMethod): { lower: number; upper: number } {
  const alpha = 1 - level;
  switch (method) {
    case 'wilson':
      return wilsonBounds(s, n, level);
    case 'jeffreys':
      // Brown, Cai & DasGupta (2001): the Beta(s + ½, n − s + ½) equal-tailed interval, with
      // lower = 0 when s = 0 and upper = 1 when s = n.
      return {
        lower: s === 0 ? 0 : betaQuantile(s + 0.5, n - s + 0.5, alpha / 2),
        upper: s === n ? 1 : betaQuantile(s + 0.5, n - s + 0.5, alpha / 2, 'upper'),
      };
    case 'clopper-pearson':
      return {
        lower: s === 0 ? 0 : betaQuantile(s, n - s + 1, alpha / 2),
        upper: s === n ? 1 : betaQuantile(s + 1, n - s, alpha / 2, 'upper'),
      };
    case 'agresti-coull': {
      // Agresti & Coull (1998): add z²/2 successes and z²/2 failures, then the Wald interval,
      // clipped to [0, 1] (the statsmodels convention).
      const zc = zFor(level);
      const nt = n + zc * zc;
      const pt = (s + (zc * zc) / 2) / nt;
      const half = zc * Math.sqrt((pt * (1 - pt)) / nt);
      return { lower: Math.max(0, pt - half), upper: Math.min(1, pt + half) };
    }
  }
}

/**
 * An interval estimate for a conversion rate observed as `successes` of `trials`.
 *
 * Methods (all two-sided, equal-tailed where that applies):
 * - `'wilson'` (default): the score interval, good coverage even at 15 meetings;
 * - `'jeffreys'`: the Beta(s + ½, n − s + ½) quantiles with the Brown–Cai–DasGupta convention
 *   (lower = 0 when s = 0, upper = 1 when s = n);
 * - `'clopper-pearson'`: the exact interval from Beta quantiles (conservative);
 * - `'agresti-coull'`: add z²/2 successes and failures, then Wald; clipped to [0, 1].
 *
 * Edge cases: trials = 0 gives `reason: 'insufficient-data'` and `null` bounds. Bounds are floats;
 * the point estimate is also exact (`rate`). Every interval lies in [0, 1], widens as the level
 * rises and mirrors under successes ↔ trials − successes; each contains s/n, except that a Jeffreys
 * interval (central posterior quantiles) may miss it at levels below 50%.
 *
 * @param successes - whole number that converted (0 ≤ successes ≤ trials).
 * @param trials - whole number that could have converted (≤ 10^9).
 * @param options.level - confidence level as a fraction (0.95 or '95%'), default 0.95.
 * @param options.method - see above, default `'wilson'`.
 * @returns `{ estimate, rate, lower, upper, method, level, successes, trials, reason }`.
 * @throws FunnelMathError `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`, `MISSING_VALUE`,
 *   `SUCCESSES_ABOVE_TRIALS`, `OUT_OF_RANGE` (a level outside (0, 1), counts above 10^9),
 *   `INVALID_CHOICE` (an unknown method), `UNKNOWN_OPTION`, `INVALID_INPUT`.
 * @example
 * import { rateInterval } from 'funnel-math';
 * const close = rateInterval(10, 15);
 * close.rate!.toString(); // => '2/3'
 * [close.lower!.toFixed(3), close.upper!.toFixed(3)]; // => ['0.417', '0.848']
 * rateInterval(0, 20, { method: 'clopper-pearson' }).upper!.toFixed(4); // => '0.1684'
 * rateInterval(0, 0).reason; // => 'insufficient-data'
 * @category Uncertainty
 */
export function rateInterval(successes: NumberInput, trials: NumberInput, options?: RateIntervalOptions): RateInterval {
  const opts = input.read(options, ['options']);
  const level = opts?.level ?? 0.95;
  const method: IntervalMethod = opts?.method ?? 'wilson';
  const n = statCount(trials, ['trials'], { phrases: enStats, subject: 'trials' });
  const s = statCount(successes, ['successes'], { phrases: enStats, subject: 'successes' });
  if (s > n) fail('SUCCESSES_ABOVE_TRIALS', { phrases: enStats, subject: 'observation', successes: s, trials: n }, ['successes']);
  if (n === 0) {
    return { kind: 'interval', estimate: null, rate: null, lower: null, upper: null, method, level, successes: s, trials: n, reason: 'insufficient-data' };
  }
  const { lower, upper } = intervalBounds(s, n, level, method);
  return { kind: 'interval', estimate: s / n, rate: Ratio.of(s, n), lower, upper, method, level, successes: s, trials: n, reason: null };
}

/**
 * True when `value` is a {@link rateInterval} result: a plain object whose `kind` is `'interval'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link RateInterval}).
 * @example
 * import { isRateInterval, rateInterval } from 'funnel-math';
 * const result = rateInterval(10, 15);
 * isRateInterval(result); // => true
 * isRateInterval(JSON.parse(JSON.stringify(result))); // => true
 * isRateInterval({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isRateInterval(value: unknown): value is RateInterval {
  return hasKind(value, 'interval');
}
