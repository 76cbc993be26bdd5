/**
 * The thresholds SMART checks use, with their defaults. Each is a convention, not a law: pass
 * `thresholds` to {@link validateSmart} to use your own.
 * @module
 */

/** Thresholds of {@link validateSmart}; see {@link SMART_DEFAULTS} for the defaults and why. */
export interface SmartThresholds {
  /** z-score of the goal's growth in the history's growth distribution above which it warns. */
  readonly warnZ: number;
  /** z-score above which the goal fails as not achievable. */
  readonly failZ: number;
  /** Smallest spread (standard deviation of yearly log growth) assumed, however steady history was. */
  readonly minSd: number;
  /** Spread of yearly log growth assumed when history shows fewer than two growth steps. */
  readonly priorSd: number;
  /** Share of capacity above which a plan warns as tight (0.9: less than 10% slack). */
  readonly capacityWarn: number;
  /** Confidence level of the interval around historical conversion rates. */
  readonly level: number;
  /** Fewer days from start to deadline than this warn (a task, not a goal). */
  readonly minHorizonDays: number;
  /** More days than this warn (set yearly goals that lead to it). */
  readonly maxHorizonDays: number;
  /** Fewer check-ins than this before the deadline warn. */
  readonly minCheckIns: number;
  /** A forecast chance of reaching the target (from `pipeline`) below this warns. */
  readonly forecastWarn: number;
  /** A forecast chance below this fails as not realistic. */
  readonly forecastFail: number;
}

/**
 * Default thresholds, and why:
 * - `warnZ` 2 and `failZ` 3: a goal's growth is compared with history's compound growth as a
 *   normal distribution of log growth; beyond 2 standard deviations (about 1 in 44 periods above)
 *   it is a stretch, beyond 3 (about 1 in 740) it is outside the record.
 * - `minSd` 0.10 a year: two or three history points can look perfectly steady; real sales move by
 *   about ±10% a year for reasons no one planned, so the spread is never taken as smaller.
 * - `priorSd` 0.20 a year: with only a baseline (one number, as "$700,000 last year"), growth is
 *   assumed to centre on 0 with ±20% a year; so +49% warns and +82% fails, and $700,000 → $5M
 *   (+614%) fails by far.
 * - `capacityWarn` 0.9: a plan that uses over 90% of the team's time leaves no room for sick days,
 *   ramp-up and slow weeks.
 * - `level` 0.95: the usual confidence level for a rate's interval.
 * - `minHorizonDays` 7 and `maxHorizonDays` 1096 (three years): under a week there is nothing to
 *   pace; beyond three years, markets, teams and plans change.
 * - `minCheckIns` 2: one check-in before the deadline leaves no time to act on what it shows.
 * - `forecastWarn` 0.5 and `forecastFail` 0.1: a goal the open pipeline reaches less often than
 *   not (below 50%) needs a look at where the rest comes from; below 10% the pipeline cannot carry
 *   it (about one quarter in ten), whatever else is true.
 * @example
 * import { SMART_DEFAULTS } from 'funnel-math';
 * SMART_DEFAULTS.failZ; // => 3
 * [SMART_DEFAULTS.forecastWarn, SMART_DEFAULTS.forecastFail]; // => [0.5, 0.1]
 * @category Goals
 */
export const SMART_DEFAULTS: SmartThresholds = /* @__PURE__ */ Object.freeze({
  warnZ: 2,
  failZ: 3,
  minSd: 0.1,
  priorSd: 0.2,
  capacityWarn: 0.9,
  level: 0.95,
  minHorizonDays: 7,
  maxHorizonDays: 1096,
  minCheckIns: 2,
  forecastWarn: 0.5,
  forecastFail: 0.1,
});
