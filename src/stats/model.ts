/**
 * The outcome model behind {@link hitProbability}, {@link activityForConfidence} and
 * {@link outcomeRange}: how many of `n` top-of-funnel attempts reach the last stage.
 *
 * - Every rate known (numbers, percents, fractions): each attempt passes each stage
 *   independently, so it reaches the end with probability p = r₁·r₂⋯rₖ (exact product, then a
 *   float) and the outcome is Binomial(n, p).
 * - One observed overall rate (a 2-stage funnel with `{ successes, trials }`, or a
 *   `funnelFromCounts` result, whose cohort passed every stage so last-of-first is observed
 *   directly): p ~ Beta(s + 1, n − s + 1) (uniform prior) and the outcome is beta-binomial,
 *   summed exactly term by term.
 * - Several observed stages (or observed and known mixed): p = Π pᵢ with independent Beta
 *   posteriors, averaged over 10,000 draws from a fixed seed (the same draws every run, so results
 *   are reproducible); each draw contributes its exact binomial probability, so the standard error
 *   of a probability is at most 0.5/√10,000 = 0.005 and the stated bound (3 standard errors) is 0.015.
 * @internal
 * @module
 */
import { enStats } from '../messages/enStats.js';
import { fail, type ErrorPath } from '../errors.js';
import type { Funnel } from '../funnel/defineFunnel.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { givenAsCounts } from '../rates/givenAsCounts.js';
import { readStageKeyed } from '../funnel/stageKeyed.js';
import { readRates } from '../rates/readRates.js';
import { isPlainObject } from '../schema.js';
import { MAX_STAT_COUNT, readCounts, statCount } from './common.js';
import { binomialTails, discreteQuantile, normalQuantile } from '../special/functions.js';

/** How the outcome distribution was computed. */
export type OutcomeMethod = 'binomial' | 'beta-binomial' | 'monte-carlo';

/** The number of posterior draws in the Monte Carlo method, and its fixed seed. */
export const MC_DRAWS = 10_000;
export const MC_SEED = 20_261_123;
/** 3 × the largest possible standard error, 0.5/√MC_DRAWS. */
export const MC_ERROR_BOUND = 0.015;

/** @internal */
export interface OutcomeModel {
  readonly method: OutcomeMethod;
  /** The point estimate of the per-attempt probability, exactly. */
  readonly overall: Ratio;
  /** P(at least g outcomes from n attempts). */
  atLeast(g: number, n: number): number;
  readonly errorBound: number;
  /** The largest activity this model computes: 10^9 for known rates, 10^6 with observed counts. */
  readonly maxActivity: number;
}

/** With observed counts the work grows with the activity; this keeps every call well under a second. */
export const MAX_POSTERIOR_ACTIVITY = 1_000_000;

/** mulberry32: a small, fast, seeded 32-bit generator (public domain, T. Ettinger). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297; // in (0, 1)
  };
}

/** Gamma(shape, 1) draw: Marsaglia & Tsang (2000), with the shape < 1 boost. */
function gammaDraw(shape: number, u: () => number): number {
  if (shape < 1) return gammaDraw(shape + 1, u) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalQuantile(u());
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const w = u();
    if (Math.log(w) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * P(X ≥ g) for X ~ BetaBinomial(n, a, b), summed exactly term by term in one pass: term x + 1 is
 * term x times (n − x)(x + a) / ((x + 1)(n − x − 1 + b)), starting from 1 and rescaling every
 * accumulator by 2⁻⁶⁰⁰ whenever the running term grows past 2⁶⁰⁰, so nothing overflows and the
 * ratio of the two sums is exact up to rounding.
 */
export function betaBinomialAtLeast(g: number, n: number, a: number, b: number): number {
  if (g <= 0) return 1;
  if (g > n) return 0;
  const BIG = 2 ** 600;
  const SCALE = 2 ** -600;
  let t = 1;
  let below = 1; // term 0, and g ≥ 1
  let above = 0;
  for (let x = 0; x < n; x++) {
    t *= ((n - x) * (x + a)) / ((x + 1) * (n - x - 1 + b));
    if (x + 1 >= g) above += t;
    else below += t;
    if (t > BIG) {
      t *= SCALE;
      above *= SCALE;
      below *= SCALE;
    }
  }
  return above / (above + below);
}

/** Reads rates that may be exact or observed and builds the outcome model. @internal */
export function readModel(funnel: Funnel, rates: unknown, path: ErrorPath = ['rates']): OutcomeModel {
  const last = funnel.ids.length - 1;
  if (givenAsCounts(funnel, rates, path)) {
    const at: ErrorPath = [...path, 'overall'];
    const overall = (rates as { overall: unknown }).overall;
    const ok = isPlainObject(overall) && Number.isSafeInteger(overall['numerator']) && Number.isSafeInteger(overall['denominator']);
    const s = ok ? (overall['numerator'] as number) : -1;
    const t = ok ? (overall['denominator'] as number) : -1;
    if (s < 0 || t < 0) fail('INVALID_INPUT', { phrases: enStats, subject: 'countedOverall', expected: 'countedFunnel', received: overall }, at);
    if (t === 0) fail('NO_TRIALS', { phrases: enStats, subject: 'countedOverall' }, at);
    if (s > t) fail('SUCCESSES_ABOVE_TRIALS', { phrases: enStats, subject: 'countedOverall', successes: s, trials: t }, at);
    statCount(t, [...at, 'denominator'], { phrases: enStats, subject: 'countedOverall' });
    return betaBinomialModel(s, t);
  }
  const exact = readRates(funnel, rates, last, { path, allowZero: true });
  // readRates has checked every rate; what is left is to keep the observed counts and their limit
  const raw = readStageKeyed(funnel, rates, path, (value) => value, { from: 1, about: { phrases: enStats, subject: 'rates', expected: 'stageKeyed' } });
  const observed: ({ successes: number; trials: number } | null)[] = raw.map((v, i) => {
    if (i === 0 || !isPlainObject(v) || !('successes' in v && 'trials' in v)) return null;
    const stage = funnel.ids[i]!;
    return readCounts(v, [...path, Array.isArray(rates) ? i - 1 : stage], {
      pair: { phrases: enStats, subject: 'rateInto', stage },
      successes: { phrases: enStats, subject: 'successesInto', stage },
      trials: { phrases: enStats, subject: 'trialsInto', stage },
    });
  });
  let overall = ONE;
  for (let i = 1; i <= last; i++) overall = overall.mul(exact[i]!);
  const uncertain = observed.filter((o) => o !== null).length;
  if (uncertain === 0) {
    const p = overall.toNumber();
    return { method: 'binomial', overall, errorBound: 0, maxActivity: MAX_STAT_COUNT, atLeast: (g, n) => binomialTails(g, n, p).atLeast };
  }
  if (uncertain === 1 && last === 1) return betaBinomialModel(observed[1]!.successes, observed[1]!.trials);
  const u = mulberry32(MC_SEED);
  const draws = new Float64Array(MC_DRAWS);
  for (let j = 0; j < MC_DRAWS; j++) {
    let p = 1;
    for (let i = 1; i <= last; i++) {
      const o = observed[i];
      if (o) {
        const x = gammaDraw(o.successes + 1, u);
        const y = gammaDraw(o.trials - o.successes + 1, u);
        p *= x / (x + y);
      } else p *= exact[i]!.toNumber();
    }
    draws[j] = p;
  }
  return {
    method: 'monte-carlo',
    overall,
    errorBound: MC_ERROR_BOUND,
    maxActivity: MAX_POSTERIOR_ACTIVITY,
    atLeast: (g, n) => {
      let sum = 0;
      for (let j = 0; j < MC_DRAWS; j++) sum += binomialTails(g, n, draws[j]!).atLeast;
      return sum / MC_DRAWS;
    },
  };
}

function betaBinomialModel(s: number, t: number): OutcomeModel {
  return {
    method: 'beta-binomial',
    overall: Ratio.of(s, t),
    errorBound: 0,
    maxActivity: MAX_POSTERIOR_ACTIVITY,
    atLeast: (g, n) => betaBinomialAtLeast(g, n, s + 1, t - s + 1),
  };
}

/** Throws when `activity` is beyond what the model computes. @internal */
export function checkActivity(model: OutcomeModel, activity: number): void {
  if (activity > model.maxActivity) {
    fail('OUT_OF_RANGE', { phrases: enStats, subject: 'activity', expected: 'observedActivity', max: model.maxActivity.toLocaleString('en-US'), received: activity }, ['activity']);
  }
}

/** The smallest x with P(X ≤ x) ≥ q (scipy's `ppf` convention). @internal */
export function outcomeQuantile(model: OutcomeModel, q: number, n: number): number {
  return discreteQuantile(q, n, (x) => 1 - model.atLeast(x + 1, n));
}

/** P10 / P50 / P90 of the outcome from `n` attempts. @internal */
export function outcomeBand(model: OutcomeModel, n: number): { p10: number; p50: number; p90: number } {
  return { p10: outcomeQuantile(model, 0.1, n), p50: outcomeQuantile(model, 0.5, n), p90: outcomeQuantile(model, 0.9, n) };
}
