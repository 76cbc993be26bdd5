import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import { dayPiece, readDay } from '../calendar/dayPiece.js';
import { isoOf, type DateInput } from '../calendar/dates.js';
import { fail, FunnelMathError } from '../errors.js';
import { readAmount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { quantilePiece } from '../input/quantile.js';
import { readShare } from '../input/rate.js';
import { hasKind } from '../kind.js';
import { enForecast } from '../messages/enForecast.js';
import { ratioToMoney } from '../numbers/money.js';
import type { NumberInput } from '../numbers/parse.js';
import type { QuantileRule } from '../numbers/quantile.js';
import { Ratio, ZERO } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { amountModel, type AmountBounds, type AmountMethod, type ForecastProbability } from './amountDistribution.js';
import { periodContaining, periodUntil, type PeriodDays, type PeriodName } from './period.js';
import { exactBits, exactLattice, floatLattice } from './poissonBinomial.js';
import { readForecastDeals, type ForecastDeal, type ReadForecastDeal } from './readDeals.js';
import { winWithin, type PipelineHistory } from './learnFromHistory.js';

export type { ForecastDeal, ForecastDealStatus } from './readDeals.js';
export type { AmountMethod, ForecastProbability } from './amountDistribution.js';
export type { PeriodName } from './period.js';

/** Largest deals × bits of D^n for which the count distribution is exact (measured: 500 deals at whole percents, under a second). */
export const EXACT_COUNT_WORK = 2_000_000;

/** What {@link pipelineForecast} is told besides the deals. */
export interface PipelineForecastOptions {
  /** The day the pipeline is looked at, `YYYY-MM-DD`. */
  readonly asOf: DateInput;
  /** The fiscal month, quarter or year containing `asOf`, or the days from `asOf` to `{ end }`. */
  readonly period: PeriodName | { readonly end: DateInput };
  /** The first month of the fiscal year, 1–12 (default 1, January). */
  readonly fiscalYearStart?: number;
  /** The probability that a deal at a stage is won in the period, a share from 0 to 1 (`'40%'`), keyed by stage. */
  readonly probabilities?: { readonly [stage: string]: NumberInput };
  /**
   * Instead of `probabilities`: what {@link learnFromHistory} learned from past deals. Each open
   * deal's probability is then its chance of being won *before the period ends, given how long it
   * has already been open in its stage* ({@link winWithin}, ages from `stageEnteredAt`, else
   * `createdAt`): a deal 90 days old in a stage whose deals close in a median 20 days counts for
   * less than a new one. A deal's own `probability` still wins over it.
   */
  readonly history?: PipelineHistory;
  /** The amount to reach in the period. */
  readonly quota?: NumberInput;
  /** The percentile rule of P10/P50/P90 (default `'nearest-rank'`: the smallest amount with at least that probability at or below it). */
  readonly quantile?: QuantileRule;
}

/** An amount of money: exact, or known only to lie in `[lower, upper]`. */
export type ForecastAmount = { readonly resolved: true; readonly value: Decimal } | { readonly resolved: false; readonly lower: Decimal; readonly upper: Decimal };

/** P10, P50 and P90 of the won amount: the amounts the won total stays at or below with probability 10%, 50% and 90%. */
export interface ForecastPercentiles {
  readonly p10: ForecastAmount;
  readonly p50: ForecastAmount;
  readonly p90: ForecastAmount;
}

/** The won amount of one set of deals (the team, one rep, one category). */
export interface ForecastSummary {
  /** Open deals forecast. */
  readonly openDeals: number;
  /** Deals already won inside the period: counted in full. */
  readonly wonDeals: number;
  /** Their amount. */
  readonly wonAmount: Decimal;
  /** Σ amount × p over the open deals: the weighted pipeline, the number a CRM shows. */
  readonly weightedPipeline: Decimal;
  /** Expected won amount in the period: wonAmount + weightedPipeline, exact. */
  readonly expected: Decimal;
  /** `expected` as an exact fraction. */
  readonly expectedExact: Ratio;
  /** How the won amount's distribution was computed (see {@link pipelineForecast}). */
  readonly amountMethod: AmountMethod;
  /** The lattice (or bracket) unit of money the distribution was computed on; `null` for the normal approximation. */
  readonly amountUnit: Decimal | null;
  readonly percentiles: ForecastPercentiles;
}

/** One group's summary (`byRep`, `byCategory`); `name` is `null` for deals without one. */
export interface ForecastGroup extends ForecastSummary {
  readonly name: string | null;
}

/** The distribution of the number of deals won in the period. */
export type ForecastCount =
  | {
      readonly method: 'exact-rational';
      /** Deals already won (certain). */
      readonly certain: number;
      /** Expected number won, exact: certain + Σ p. */
      readonly expected: Ratio;
      /** P(exactly `wins` deals won), for wins = certain … certain + open deals; sums to exactly 1. */
      readonly distribution: readonly { readonly wins: number; readonly probability: Ratio }[];
    }
  | {
      readonly method: 'float-recurrence';
      readonly certain: number;
      readonly expected: Ratio;
      /** Each P(exactly `wins`) within [lower, upper] (the recurrence's rounding error bound, rounded outward). */
      readonly distribution: readonly { readonly wins: number; readonly lower: number; readonly upper: number }[];
    };

/** Share of the expected value of the open pipeline riding on its `largest` biggest deals (by amount). */
export interface ForecastConcentration {
  readonly largest: number;
  /** Their ids, biggest first. */
  readonly deals: readonly string[];
  /** Σ their amount × p / Σ amount × p of all open deals; `null` when the open pipeline is expected to bring nothing. */
  readonly share: Ratio | null;
  readonly reason?: 'no-expected-value';
}

/** The quota: how likely it is reached, and how far the expected amount falls short of it. */
export interface ForecastQuota {
  readonly quota: Decimal;
  /** P(won amount ≥ quota). */
  readonly probability: ForecastProbability;
  /** quota − expected (negative when the expected amount is above the quota). */
  readonly gap: Decimal;
  /** The same probability with the biggest open deal lost; `null` when there is no open deal. */
  readonly withoutBiggestDeal: { readonly id: string; readonly probability: ForecastProbability } | null;
}

/** How the open deals' probabilities were found (see {@link PipelineForecast.probabilitySource}). */
export type ForecastProbabilitySource =
  | { readonly method: 'stage'; readonly ownProbability: number }
  | {
      readonly method: 'history';
      readonly estimator: 'aalen-johansen-conditional-on-age';
      readonly horizonDays: number;
      readonly ownProbability: number;
      /** Each deal the history priced: its age in its stage on `asOf`, its chance, and a warning reason where the history's window ends before the period does. */
      readonly deals: readonly { readonly id: string; readonly ageDays: number; readonly probability: Ratio; readonly reason?: 'horizon-beyond-observed-window' }[];
    };

/** What {@link pipelineForecast} returns. JSON-serialisable. */
export interface PipelineForecast extends ForecastSummary {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'pipeline-forecast';
  readonly asOf: string;
  /** The period forecast, first and last day included, and how it was given. */
  readonly period: { readonly start: string; readonly end: string; readonly basis: PeriodName | 'until-end'; readonly fiscalYearStart: number };
  /** The rule of P10/P50/P90. */
  readonly quantileRule: QuantileRule;
  /**
   * Where the open deals' probabilities came from: `'stage'` (`options.probabilities`), `'history'`
   * (time to close learned by {@link learnFromHistory}, conditioned on each deal's age), and how many
   * deals gave their own. With history, each deal's age and chance, and the horizon (days from
   * `asOf` to the period's end).
   */
  readonly probabilitySource: ForecastProbabilitySource;
  /** Deals left out: lost, or won outside the period. */
  readonly excluded: { readonly lost: number; readonly wonOutsidePeriod: number };
  readonly count: ForecastCount;
  readonly quota: ForecastQuota | null;
  readonly concentration: readonly ForecastConcentration[];
  readonly byRep: readonly ForecastGroup[];
  readonly byCategory: readonly ForecastGroup[];
}

const periodPiece = /* @__PURE__ */ piece({ phrases: enForecast, subject: 'forecastPeriod', expected: 'forecastPeriod' }, (value, path): PeriodName | { end: number } => {
  if (value === 'month' || value === 'quarter' || value === 'year') return value;
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) if (key !== 'end') fail('UNKNOWN_OPTION', { phrases: enForecast, subject: 'forecastPeriod', key, allowed: '"end"' }, [...path, key]);
    if (value['end'] === undefined) fail('MISSING_VALUE', { phrases: enForecast, subject: 'periodEnd', expected: 'date' }, [...path, 'end']);
    return { end: readDay(value['end'], [...path, 'end'], { phrases: enForecast, subject: 'periodEnd' }) };
  }
  return fail('INVALID_INPUT', { phrases: enForecast, subject: 'forecastPeriod', expected: 'forecastPeriod', received: value }, path);
});


const fiscalPiece = /* @__PURE__ */ piece({ phrases: enForecast, subject: 'fiscalYearStart', expected: 'fiscalMonth' }, (value, path) => {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12) return value;
  return fail('OUT_OF_RANGE', { phrases: enForecast, subject: 'fiscalYearStart', expected: 'fiscalMonth', received: value }, path);
});

const probabilitiesPiece = /* @__PURE__ */ piece({ phrases: enForecast, subject: 'probabilities', expected: 'stageKeyed' }, (value, path): Map<string, Ratio> => {
  if (!isPlainObject(value)) fail('INVALID_INPUT', { phrases: enForecast, subject: 'probabilities', expected: 'stageKeyed', example: "{ demo: '40%' }", received: value }, path);
  const p = new Map<string, Ratio>();
  for (const stage of Object.keys(value)) p.set(stage, readShare(value[stage], [...path, stage], { phrases: enForecast, subject: 'probability', stage }));
  return p;
});

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    asOf: /* @__PURE__ */ dayPiece('asOf', enForecast),
    period: periodPiece,
    fiscalYearStart: /* @__PURE__ */ z.optional(fiscalPiece),
    probabilities: /* @__PURE__ */ z.optional(probabilitiesPiece),
    history: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
    quota: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ phrases: enForecast, subject: 'quota', expected: 'amount' }, (value, path) => readAmount(value, path, { phrases: enForecast, subject: 'quota', expected: 'amount' }))),
    quantile: /* @__PURE__ */ z.optional(quantilePiece),
  }),
  { phrases: enForecast, subject: 'options', expected: 'object' },
);

const P10 = /* @__PURE__ */ Ratio.of(1, 10);
const P50 = /* @__PURE__ */ Ratio.of(1, 2);
const P90 = /* @__PURE__ */ Ratio.of(9, 10);

/** An open deal with its probability, ready for the distribution. */
interface OpenDeal {
  readonly id: string;
  readonly amount: Ratio;
  readonly p: Ratio;
  readonly rep: string | undefined;
  readonly category: string | undefined;
}

function money(r: Ratio): Decimal {
  return ratioToMoney(r);
}

function amountOut(b: AmountBounds): ForecastAmount {
  return b.resolved ? { resolved: true, value: money(b.value) } : { resolved: false, lower: money(b.lower), upper: money(b.upper) };
}

function sumOf(values: readonly Ratio[]): Ratio {
  return values.reduce((s, v) => s.add(v), ZERO);
}

/** The won-amount summary of open deals plus already won ones. */
function summarise(open: readonly OpenDeal[], won: readonly Ratio[], rule: QuantileRule, quota?: Ratio) {
  const certain = sumOf(won);
  const weighted = sumOf(open.map((d) => d.amount.mul(d.p)));
  const expected = certain.add(weighted);
  const model = amountModel(
    open.map((d) => d.amount),
    open.map((d) => d.p),
    quota === undefined ? undefined : nonNegative(quota.sub(certain)),
  );
  const shifted = (p: Ratio): ForecastAmount => {
    const b = model.quantile(p, rule);
    return amountOut(b.resolved ? { resolved: true, value: b.value.add(certain) } : { resolved: false, lower: b.lower.add(certain), upper: b.upper.add(certain) });
  };
  const summary: ForecastSummary = {
    openDeals: open.length,
    wonDeals: won.length,
    wonAmount: money(certain),
    weightedPipeline: money(weighted),
    expected: money(expected),
    expectedExact: expected,
    amountMethod: model.method,
    amountUnit: model.unit === null ? null : money(model.unit),
    percentiles: { p10: shifted(P10), p50: shifted(P50), p90: shifted(P90) },
  };
  return { summary, model, certain, expected };
}

function nonNegative(r: Ratio): Ratio {
  return r.sign() < 0 ? ZERO : r;
}

/** The distribution of the number of deals won: exact while affordable, else in floats with its bound. */
function countOf(open: readonly OpenDeal[], certain: number): ForecastCount {
  const p = open.map((d) => d.p);
  const ones = p.map(() => 1);
  const expected = sumOf(p).add(Ratio.of(certain));
  if (exactBits(p) * open.length <= EXACT_COUNT_WORK) {
    const { numerators, denominator } = exactLattice(ones, p);
    return { method: 'exact-rational', certain, expected, distribution: numerators.map((num, k) => ({ wins: certain + k, probability: Ratio.of(num, denominator) })) };
  }
  const f = floatLattice(ones, p);
  // P(K = k) = F(k) − F(k − 1) is bounded by its own sum of one term
  const distribution = Array.from(f.pmf, (v, k) => {
    const b = floatPoint(v, open.length);
    return { wins: certain + k, lower: b[0], upper: b[1] };
  });
  return { method: 'float-recurrence', certain, expected, distribution };
}

function floatPoint(v: number, deals: number): [number, number] {
  const rel = ((4 * deals + 4) * 2 ** -53) / (1 - (4 * deals + 4) * 2 ** -53);
  const abs = (4 * deals + 1) * 2 ** -1074;
  return [Math.max(0, v * (1 - rel) - abs), Math.min(1, v * (1 + rel) + abs)];
}

function groupsBy(open: readonly OpenDeal[], won: readonly { amount: Ratio; key: string | undefined }[], key: (d: OpenDeal) => string | undefined, rule: QuantileRule, all: ForecastSummary): ForecastGroup[] {
  const names: (string | undefined)[] = [];
  const seen = new Set<string | undefined>();
  for (const d of open) if (!seen.has(key(d))) seen.add(key(d)), names.push(key(d));
  for (const w of won) if (!seen.has(w.key)) seen.add(w.key), names.push(w.key);
  // one group holding every deal is the team itself: its distribution is not computed twice
  if (names.length === 1) return [{ name: names[0] ?? null, ...all }];
  return names.map((name) => ({
    name: name ?? null,
    ...summarise(
      open.filter((d) => key(d) === name),
      won.filter((w) => w.key === name).map((w) => w.amount),
      rule,
    ).summary,
  }));
}

/**
 * Will we make the quarter? The distribution of what the open pipeline wins in a period, deal by
 * deal, and the chance it reaches the quota.
 *
 * Each open deal (status `'open'`, the default) is won in the period with its probability,
 * independently of the others: its own `probability` when given (this is where probabilities
 * learned from history come in, the time-to-close part included: the chance of winning *within the
 * period*), else its stage's from `options.probabilities`. Deals won with `closedAt` inside the
 * period count in full; lost deals and deals won outside the period are left out and counted.
 *
 * Results:
 * - `count`: the exact distribution of the number of deals won (Poisson-binomial), as exact
 *   Ratios while deals × bits of D^n ≤ {@link EXACT_COUNT_WORK} (D the probabilities' common
 *   denominator: about 500 deals at whole percents); beyond, the same recurrence in doubles, each
 *   probability as an interval from its rounding bound γ(4n + 4) (relative; γ(m) = m·2^-53 / (1 − m·2^-53)).
 * - the won amount: `'exact-lattice'` (exact on the lattice of the amounts' gcd) while deals ×
 *   lattice points × bits of D^n ≤ 2·10^9; `'float-lattice'` (the same in doubles, bound γ(4n + m)
 *   over m summed points) while deals × points ≤ 10^8; otherwise the narrower (at the quota, else at
 *   the median) of `'bracketed-lattice'` (amounts rounded down and up to a coarser unit: rigorous
 *   lower and upper bounds) and `'normal-berry-esseen'` (normal approximation ± 0.56·Σ E|X − EX|³ / σ³).
 *   A probability or amount not computed exactly is `{ resolved: false, lower, upper }`, never one number.
 * - `expected` = won + Σ amount × p, exact; `weightedPipeline` (Σ amount × p, the CRM's number) beside it.
 * - P10/P50/P90 by `options.quantile` (`'nearest-rank'`: the smallest amount with at least that
 *   probability at or below it; `'averaged'`: the mean of the two amounts where the distribution
 *   reaches the level exactly), named in `quantileRule`.
 * - `quota`: P(won ≥ quota), the gap quota − expected, and the same probability without the biggest deal.
 * - `concentration`: the share of the open pipeline's expected value on its 1, 3 and 5 biggest deals.
 * - `byRep`, `byCategory`: each group's own summary.
 *
 * @param deals - `{ id, amount, stage, status?, probability?, closedAt?, rep?, category?, ... }`.
 * @param options - `{ asOf, period, fiscalYearStart?, probabilities? or history?, quota?, quantile? }`.
 * @returns the forecast: distributions, expected amount, percentiles, quota and concentration.
 * @throws FunnelMathError `DUPLICATE_ID` (two deals with one id), `MISSING_VALUE` (an open deal
 *   whose stage has no probability, a won deal without `closedAt`), `INVALID_INPUT`, `INVALID_DATE`,
 *   `INVALID_RANGE` (a period end before `asOf`), `OUT_OF_RANGE` (a probability outside 0..1, a fiscal
 *   month outside 1..12), `NEGATIVE`, `UNKNOWN_OPTION`, `INVALID_CHOICE`.
 * @example
 * import { pipelineForecast } from 'funnel-math';
 * const deals = [
 *   { id: 'a', amount: 1000, stage: 'demo' },
 *   { id: 'b', amount: 3000, stage: 'proposal' },
 *   { id: 'c', amount: 2000, stage: 'won', status: 'won', closedAt: '2026-10-05' },
 * ];
 * const f = pipelineForecast(deals, { asOf: '2026-11-02', period: 'quarter', probabilities: { demo: '20%', proposal: '50%' }, quota: 4000 });
 * [f.period.start, f.period.end]; // => ['2026-10-01', '2026-12-31']
 * f.expected.toString(); // => '3700'
 * f.weightedPipeline.toString(); // => '1700'
 * f.quota?.probability; // => { resolved: true, value: '1/2' }
 * f.count.distribution.map((d) => d.wins); // => [1, 2, 3]
 * @category Forecasting
 */
export function pipelineForecast(deals: readonly ForecastDeal[], options: PipelineForecastOptions): PipelineForecast {
  if (!isPlainObject(options)) fail('INVALID_INPUT', { phrases: enForecast, subject: 'options', expected: 'object', received: options }, ['options']);
  const o = optionsInput.read(options, ['options']);
  const fiscalYearStart = o.fiscalYearStart ?? 1;
  const days: PeriodDays = typeof o.period === 'string' ? periodContaining(o.asOf, o.period, fiscalYearStart) : periodUntil(o.asOf, o.period.end, ['options', 'period', 'end']);
  const rule = o.quantile ?? 'nearest-rank';
  const list = readForecastDeals(deals, ['deals']);
  if (o.probabilities !== undefined && o.history !== undefined) fail('CONFLICTING_OPTIONS', { phrases: enForecast, subject: 'probabilitiesAndHistory', expected: 'probabilitiesOrHistory' }, ['options']);
  const { open, won, lost, wonOutside, source } = classify(list, days, o.probabilities, o.history as PipelineHistory | undefined, o.asOf);
  const team = summarise(
    open,
    won.map((w) => w.amount),
    rule,
    o.quota,
  );
  const biggest = [...open].sort((a, b) => b.amount.compare(a.amount));
  const weighted = sumOf(open.map((d) => d.amount.mul(d.p)));
  const concentration = [1, 3, 5].map((k): ForecastConcentration => {
    const top = biggest.slice(0, k);
    const ids = top.map((d) => d.id);
    if (weighted.isZero()) return { largest: k, deals: ids, share: null, reason: 'no-expected-value' };
    return { largest: k, deals: ids, share: sumOf(top.map((d) => d.amount.mul(d.p))).div(weighted) };
  });
  let quota: ForecastQuota | null = null;
  if (o.quota !== undefined) {
    const needed = nonNegative(o.quota.sub(team.certain));
    const first = biggest[0];
    let withoutBiggestDeal: ForecastQuota['withoutBiggestDeal'] = null;
    if (first !== undefined) {
      const rest = open.filter((d) => d !== first);
      withoutBiggestDeal = { id: first.id, probability: amountModel(rest.map((d) => d.amount), rest.map((d) => d.p), needed).atLeast(needed) };
    }
    quota = { quota: money(o.quota), probability: team.model.atLeast(needed), gap: money(o.quota.sub(team.expected)), withoutBiggestDeal };
  }
  return {
    kind: 'pipeline-forecast',
    asOf: isoOf(o.asOf),
    period: { start: isoOf(days.start), end: isoOf(days.end), basis: typeof o.period === 'string' ? o.period : 'until-end', fiscalYearStart },
    quantileRule: rule,
    probabilitySource: source,
    excluded: { lost, wonOutsidePeriod: wonOutside },
    ...team.summary,
    count: countOf(open, won.length),
    quota,
    concentration,
    byRep: groupsBy(open, won.map((w) => ({ amount: w.amount, key: w.rep })), (d) => d.rep, rule, team.summary),
    byCategory: groupsBy(open, won.map((w) => ({ amount: w.amount, key: w.category })), (d) => d.category, rule, team.summary),
  };
}

/** Sorts the deals into open (with their probability), won in the period, and left out. */
function classify(list: readonly ReadForecastDeal[], days: PeriodDays, probabilities: Map<string, Ratio> | undefined, history: PipelineHistory | undefined, asOf: number) {
  const open: OpenDeal[] = [];
  const priced: { id: string; ageDays: number; probability: Ratio; reason?: 'horizon-beyond-observed-window' }[] = [];
  let own = 0;
  const horizonDays = days.end - asOf;
  const won: ReadForecastDeal[] = [];
  let lost = 0;
  let wonOutside = 0;
  list.forEach((d, i) => {
    const status = d.status ?? 'open';
    if (status === 'lost') return void lost++;
    if (status === 'won') {
      if (d.closedAt === undefined) fail('MISSING_VALUE', { phrases: enForecast, subject: 'dealClosedAt', expected: 'date', row: i + 1 }, ['deals', i, 'closedAt']);
      if (d.closedAt >= days.start && d.closedAt <= days.end) won.push(d);
      else wonOutside++;
      return;
    }
    if (d.probability !== undefined) own++;
    const p = d.probability ?? (history !== undefined ? fromHistory(history, d, i, asOf, horizonDays, priced) : probabilities !== undefined && probabilities.has(d.stage) ? probabilities.get(d.stage) : undefined);
    if (p === undefined) fail('MISSING_VALUE', { phrases: enForecast, subject: 'stageWithoutProbability', expected: 'stageProbability', row: i + 1, id: d.id, stage: d.stage }, ['deals', i, 'stage']);
    open.push({ id: d.id, amount: d.amount, p, rep: d.rep, category: d.category });
  });
  const source: ForecastProbabilitySource =
    history === undefined ? { method: 'stage', ownProbability: own } : { method: 'history', estimator: 'aalen-johansen-conditional-on-age', horizonDays, ownProbability: own, deals: priced };
  return { open, won, lost, wonOutside, source };
}

/** A deal's chance of being won by the period's end, from the history, given its age in its stage on `asOf`. */
function fromHistory(history: PipelineHistory, d: ReadForecastDeal, i: number, asOf: number, horizonDays: number, priced: { id: string; ageDays: number; probability: Ratio; reason?: 'horizon-beyond-observed-window' }[]): Ratio {
  const entered = d.stageEnteredAt ?? d.createdAt;
  if (entered === undefined) return fail('MISSING_VALUE', { phrases: enForecast, subject: 'dealStageEnteredAt', expected: 'date', row: i + 1 }, ['deals', i, 'stageEnteredAt']);
  if (entered > asOf) return fail('OUT_OF_RANGE', { phrases: enForecast, subject: 'dealStageEnteredAt', expected: 'notAfterAsOf', row: i + 1, received: isoOf(entered) }, ['deals', i, d.stageEnteredAt !== undefined ? 'stageEnteredAt' : 'createdAt']);
  const ageDays = asOf - entered;
  let chance;
  try {
    chance = winWithin(history, d.stage, ageDays, horizonDays);
  } catch (error) {
    // winWithin names its own arguments: point at the option or the deal the value came from
    if (!(error instanceof FunnelMathError)) throw error;
    const path = error.path[0] === 'history' ? ['options', ...error.path] : ['deals', i, 'stage'];
    throw new FunnelMathError(error.code, error.message, path, error.params);
  }
  if (chance.probability === null) return fail('MISSING_VALUE', { phrases: enForecast, subject: 'historyProbability', expected: 'dealOwnProbability', row: i + 1, id: d.id, stage: d.stage, reason: chance.reason }, ['deals', i, 'probability']);
  priced.push(chance.reason === undefined ? { id: d.id, ageDays, probability: chance.probability } : { id: d.id, ageDays, probability: chance.probability, reason: chance.reason });
  return chance.probability;
}

/**
 * True when `value` is a {@link pipelineForecast} result: a plain object whose `kind` is
 * `'pipeline-forecast'`, also after a JSON round trip. It checks the kind, not every field. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link PipelineForecast}).
 * @example
 * import { isPipelineForecast, pipelineForecast } from 'funnel-math';
 * const result = pipelineForecast([{ id: 'a', amount: 1000, stage: 'demo' }], { asOf: '2026-11-02', period: 'month', probabilities: { demo: '20%' } });
 * isPipelineForecast(result); // => true
 * isPipelineForecast(JSON.parse(JSON.stringify(result))); // => true
 * isPipelineForecast({ kind: 'plan' }); // => false
 * @category Forecasting
 */
export function isPipelineForecast(value: unknown): value is PipelineForecast {
  return hasKind(value, 'pipeline-forecast');
}
