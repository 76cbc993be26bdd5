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
 * - Several observed stages (or observed and known mixed): each observed stage keeps the attempts
 *   that reach it with one rate drawn from its Beta posterior, so the counts form a chain
 *   X₁ ~ BetaBinomial(n, a₁, b₁), X₂ | X₁ ~ BetaBinomial(X₁, a₂, b₂), …, a known rate being
 *   Binomial(Xᵢ₋₁, r): computed exactly by matrix–vector products with a proven bound on the
 *   truncated tails and the float rounding (`chain.ts`); the activity is limited to 10^5, lower for
 *   funnels whose chain would take more than `CHAIN_WORK` terms per evaluation.
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
import { binomialTails, discreteQuantile } from '../special/functions.js';
import { chainCost, chainForward, chainTail, cheapestOrder, tailError, type ChainState, type ChainStep } from './chain.js';

/** How the outcome distribution was computed. */
export type OutcomeMethod = 'binomial' | 'beta-binomial' | 'beta-binomial-chain';

/** @internal */
export interface OutcomeModel {
  readonly method: OutcomeMethod;
  /** The point estimate of the per-attempt probability, exactly. */
  readonly overall: Ratio;
  /** P(at least g outcomes from n attempts). */
  atLeast(g: number, n: number): number;
  /**
   * A proven bound on |atLeast(g, n) − the exact probability| for every g at this n: 0 for the
   * binomial and the single beta-binomial (exact up to float rounding), the chain's truncation and
   * rounding bound otherwise.
   */
  errorAt(n: number): number;
  /** The largest activity this model computes: 10^9 for known rates, 10^6 for one observed rate, at most 10^5 for the chain. */
  readonly maxActivity: number;
}

/** One observed overall rate: the beta-binomial sum is linear in the activity. */
export const MAX_POSTERIOR_ACTIVITY = 1_000_000;
/** Several observed stages (the chain): its middle products grow with the square of the activity. */
export const MAX_CHAIN_ACTIVITY = 100_000;
/**
 * The chain's estimated work per evaluation (terms of the conditional pmfs, `chainCost`) that an
 * activity may need; beyond it the funnel's activity limit is lowered below 10^5, so that every
 * call stays well under a second.
 */
export const CHAIN_WORK = 30_000_000;

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
    return { method: 'binomial', overall, errorAt: noError, maxActivity: MAX_STAT_COUNT, atLeast: (g, n) => binomialTails(g, n, p).atLeast };
  }
  if (uncertain === 1 && last === 1) return betaBinomialModel(observed[1]!.successes, observed[1]!.trials);
  return chainModel(observed, exact, overall);
}

/**
 * The beta-binomial chain over the observed stages, with every known rate merged into one binomial
 * step (the distribution does not depend on the order of the steps, see `chain.ts`).
 */
function chainModel(observed: readonly ({ successes: number; trials: number } | null)[], exact: readonly Ratio[], overall: Ratio): OutcomeModel {
  const steps: ChainStep[] = [];
  let known = ONE;
  for (let i = 1; i < observed.length; i++) {
    const o = observed[i];
    if (o) steps.push({ a: o.successes + 1, b: o.trials - o.successes + 1 });
    else known = known.mul(exact[i]!);
  }
  if (known.isZero()) {
    // a known rate of 0: nothing reaches the last stage
    return { method: 'beta-binomial-chain', overall, maxActivity: MAX_CHAIN_ACTIVITY, errorAt: noError, atLeast: (g) => (g <= 0 ? 1 : 0) };
  }
  const hasRate = !known.equals(ONE);
  if (hasRate) steps.push({ r: known.toNumber() });
  const order = cheapestOrder(steps, MAX_CHAIN_ACTIVITY);
  let maxActivity = MAX_CHAIN_ACTIVITY;
  if (chainCost(order, maxActivity) > CHAIN_WORK) {
    let lo = 1;
    let hi = maxActivity;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (chainCost(order, mid) <= CHAIN_WORK) lo = mid;
      else hi = mid - 1;
    }
    const unit = 10 ** Math.max(0, Math.floor(Math.log10(lo)) - 1);
    maxActivity = Math.max(1, Math.floor(lo / unit) * unit);
  }
  // the last two activities asked for (a search asks for n and n − 1 in turn)
  let last: { n: number; state: ChainState } | null = null;
  let before: { n: number; state: ChainState } | null = null;
  const stateAt = (n: number): ChainState => {
    if (last !== null && last.n === n) return last.state;
    if (before !== null && before.n === n) [before, last] = [last, before];
    else [before, last] = [last, { n, state: chainForward(order, n) }];
    return last!.state;
  };
  return {
    method: 'beta-binomial-chain',
    overall,
    maxActivity,
    errorAt: (n) => tailError(stateAt(n), n, hasRate),
    atLeast: (g, n) => (g <= 0 ? 1 : g > n ? 0 : chainTail(order, stateAt(n), g)),
  };
}

/** The error bound of the exact sums: 0 (they are exact up to float rounding). */
function noError(): number {
  return 0;
}

function betaBinomialModel(s: number, t: number): OutcomeModel {
  return {
    method: 'beta-binomial',
    overall: Ratio.of(s, t),
    errorAt: noError,
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
