/**
 * survival
 * @module
 */
export { kaplanMeier, isSurvivalCurve } from './kaplanMeier.js';
export type { KaplanMeierOptions, SurvivalCurve, SurvivalStep, SurvivalInterval, SurvivalQuantile, SurvivalStepReason } from './kaplanMeier.js';
export { cumulativeIncidence, isCumulativeIncidence } from './cumulativeIncidence.js';
export type { CumulativeIncidenceOptions, CumulativeIncidence, IncidenceStep } from './cumulativeIncidence.js';
export type { Observation, OutcomeObservation, SurvivalIntervalScale, QuantileAtFlat } from './read.js';
