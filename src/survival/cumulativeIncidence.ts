import * as z from 'zod/mini';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { hasKind } from '../kind.js';
import { enForecast } from '../messages/enForecast.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import { forecastPiece, readOutcomeObservations, type OutcomeObservation } from './read.js';
import { groupByTime } from './steps.js';

/** Options of {@link cumulativeIncidence}. */
export interface CumulativeIncidenceOptions<Outcome extends string = string> {
  /** The outcomes, in the order to report them (e.g. `['won', 'lost']`); default: in the order they first occur. An outcome listed that never occurs has incidence 0. */
  readonly outcomes?: readonly Outcome[];
}

/** One step of a {@link CumulativeIncidence}: a distinct observed time. */
export interface IncidenceStep {
  /** Days. */
  readonly time: number;
  /** Observations without any outcome just before `time`. */
  readonly atRisk: number;
  /** Outcomes at `time`, per outcome. */
  readonly events: { readonly [outcome: string]: number };
  readonly censored: number;
  /** S(time): the share still without any outcome (Kaplan–Meier of the time to any outcome), exact. */
  readonly survival: Ratio;
  /** F_k(time) per outcome: the share that had outcome k by `time`, exact. Σ F_k + survival = 1. */
  readonly incidence: { readonly [outcome: string]: Ratio };
}

/** What {@link cumulativeIncidence} returns. JSON-serialisable. */
export interface CumulativeIncidence {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'cumulative-incidence';
  readonly estimator: 'aalen-johansen';
  /** At a tied time, outcomes count before censorings. */
  readonly ties: 'events-before-censorings';
  readonly outcomes: readonly string[];
  readonly observations: number;
  readonly censored: number;
  /** One step per distinct observed time, ascending. */
  readonly steps: readonly IncidenceStep[];
  /** F_k at the last observed time per outcome: the share that eventually had outcome k, within the observed window (0 with no observation). */
  readonly eventual: { readonly [outcome: string]: Ratio };
  /** The last observed time (days), the end of the window `eventual` holds in; `null` with no observation. */
  readonly window: number | null;
}

function readOutcomes(value: unknown, path: ErrorPath, about: FailParams): string[] {
  if (!Array.isArray(value)) return fail('INVALID_INPUT', { ...about, expected: 'array', received: value }, path);
  const seen: string[] = [];
  value.forEach((v: unknown, i) => {
    if (typeof v !== 'string' || v === '') fail('INVALID_INPUT', { phrases: enForecast, subject: 'incidenceOutcome', expected: 'string', row: i + 1, received: v }, [...path, i]);
    const before = seen.indexOf(v);
    if (before >= 0) fail('DUPLICATE_ID', { phrases: enForecast, subject: 'incidenceOutcomes', id: v, first: before + 1, second: i + 1 }, [...path, i]);
    seen.push(v);
  });
  return seen;
}

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ outcomes: /* @__PURE__ */ z.optional(/* @__PURE__ */ forecastPiece('incidenceOutcomes', 'array', readOutcomes)) }),
  { phrases: enForecast, subject: 'survivalOptions', expected: 'object' },
);

/** The Aalen–Johansen estimate from read observations and the outcome order (trusted: every outcome is listed). */
export function cumulativeIncidenceOf(observations: readonly OutcomeObservation[], outcomes: readonly string[]): CumulativeIncidence {
  const index = new Map(outcomes.map((o, i) => [o, i]));
  const groups = groupByTime(
    observations.map((o) => o.time),
    observations.map((o) => (o.outcome === null ? -1 : index.get(o.outcome)!)),
    outcomes.length,
  );
  let survival = ONE;
  const f: Ratio[] = outcomes.map(() => ZERO);
  const steps: IncidenceStep[] = groups.map((g) => {
    // F_k(t) = Σ_{u ≤ t} S(u−) d_k(u)/n(u); then S(t) = S(t−)(1 − d(u)/n(u))
    if (g.eventCount > 0) {
      g.events.forEach((d, k) => {
        if (d > 0) f[k] = f[k]!.add(survival.mul(Ratio.of(d, g.atRisk)));
      });
      survival = survival.mul(Ratio.of(g.atRisk - g.eventCount, g.atRisk));
    }
    return {
      time: g.time,
      atRisk: g.atRisk,
      events: Object.fromEntries(outcomes.map((o, k) => [o, g.events[k]!])),
      censored: g.censored,
      survival,
      incidence: Object.fromEntries(outcomes.map((o, k) => [o, f[k]!])),
    };
  });
  return {
    kind: 'cumulative-incidence',
    estimator: 'aalen-johansen',
    ties: 'events-before-censorings',
    outcomes: [...outcomes],
    observations: observations.length,
    censored: observations.filter((o) => o.outcome === null).length,
    steps,
    eventual: Object.fromEntries(outcomes.map((o, k) => [o, f[k]!])),
    window: groups.length === 0 ? null : groups[groups.length - 1]!.time,
  };
}

/**
 * The cumulative incidence of competing outcomes (won, lost) over time from censored
 * observations, by the Aalen–Johansen estimator: the share of deals that had each outcome by each
 * day, with the deals still open counted as censored (they have not closed yet), never as losses.
 * So the eventual win share among deals from a stage is not biased down by open deals.
 *
 * Formula: at each time u with n at risk and d_k outcomes of kind k,
 * F_k(t) = Σ_{u ≤ t} S(u−) d_k/n, with S the Kaplan–Meier curve of the time to any outcome; all
 * exact. At every time Σ_k F_k(t) + S(t) = 1 exactly. Ties: outcomes before censorings.
 * No variance is reported.
 *
 * @param observations - `{ time, outcome }`: whole days ≥ 0, `outcome` a name or `null` for censored.
 * @param options - `{ outcomes? }`: the outcomes in the order to report them.
 * @returns the steps with survival and the incidence per outcome, and the eventual incidence.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NOT_INTEGER`,
 *   `NEGATIVE`, `INVALID_NUMBER`, `INVALID_CHOICE` (an outcome not in `options.outcomes`), `DUPLICATE_ID`.
 * @example
 * import { cumulativeIncidence } from 'funnel-math';
 * const deals = cumulativeIncidence([
 *   { time: 10, outcome: 'won' }, { time: 20, outcome: 'lost' }, { time: 25, outcome: null },
 *   { time: 30, outcome: 'won' },
 * ], { outcomes: ['won', 'lost'] });
 * deals.eventual; // => { won: '3/4', lost: '1/4' }
 * deals.steps.map((s) => [s.time, s.incidence.won, s.survival]); // => [[10, '1/4', '3/4'], [20, '1/4', '1/2'], [25, '1/4', '1/2'], [30, '3/4', '0']]
 * @category Forecasting
 */
export function cumulativeIncidence<const Outcome extends string>(
  observations: readonly OutcomeObservation<Outcome>[],
  options: CumulativeIncidenceOptions = {},
): CumulativeIncidence {
  const list = readOutcomeObservations(observations);
  const o = optionsInput.read(options, ['options']);
  let outcomes = o.outcomes;
  if (outcomes === undefined) outcomes = [...new Set(list.flatMap((x) => (x.outcome === null ? [] : [x.outcome])))];
  else {
    const allowed = outcomes;
    list.forEach((x, i) => {
      if (x.outcome !== null && !allowed.includes(x.outcome)) {
        fail('INVALID_CHOICE', { phrases: enForecast, subject: 'observationOutcome', expected: 'string', row: i + 1, allowed: allowed.map((a) => `'${a}'`).join(', '), received: x.outcome }, ['observations', i, 'outcome']);
      }
    });
  }
  return cumulativeIncidenceOf(list, outcomes);
}

/**
 * True when `value` is a {@link cumulativeIncidence} result: a plain object whose `kind` is `'cumulative-incidence'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link CumulativeIncidence}).
 * @example
 * import { cumulativeIncidence, isCumulativeIncidence } from 'funnel-math';
 * const result = cumulativeIncidence([{ time: 3, outcome: 'won' }]);
 * isCumulativeIncidence(result); // => true
 * isCumulativeIncidence(JSON.parse(JSON.stringify(result))); // => true
 * isCumulativeIncidence({ kind: 'plan' }); // => false
 * @category Forecasting
 */
export function isCumulativeIncidence(value: unknown): value is CumulativeIncidence {
  return hasKind(value, 'cumulative-incidence');
}
