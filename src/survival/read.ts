/**
 * The pieces survival inputs are made of: a list of observations (whole days, an event flag or an
 * outcome), each value named by its row as a person counts (from 1), and the curve options.
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { rowPiece, type Piece } from '../input/piece.js';
import { readLevel } from '../input/rate.js';
import { enForecast } from '../messages/enForecast.js';
import type { ErrorExpectation, ErrorSubject } from '../messages/types.js';
import { toCount } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';

/** A piece whose messages use the forecasting words and name the value's row. */
export function forecastPiece<T>(subject: ErrorSubject, expected: ErrorExpectation, read: (value: unknown, path: ErrorPath, about: FailParams) => T): Piece<T> {
  return rowPiece(enForecast, subject, expected, read);
}

/** A whole number of days, 0 or more. */
export function daysPiece(subject: ErrorSubject): Piece<number> {
  return forecastPiece(subject, 'count', (value, path, about) => toCount(value, path, about));
}

/** `true` or `false`, nothing else (a 1 or `'yes'` is refused: it may mean either). */
function booleanPiece(subject: ErrorSubject): Piece<boolean> {
  return forecastPiece(subject, 'boolean', (value, path, about) => (typeof value === 'boolean' ? value : fail('INVALID_INPUT', { ...about, received: value }, path)));
}

/** An outcome's name, or `null` for an observation still going on (censored). */
function outcomePiece(subject: ErrorSubject): Piece<string | null> {
  return forecastPiece(subject, 'string', (value, path, about) =>
    value === null || (typeof value === 'string' && value !== '') ? value : fail('INVALID_INPUT', { ...about, received: value }, path),
  );
}

/** One observation of a survival curve. */
export interface Observation {
  /** Days from the start (entering a stage) to the event or to the end of observation. */
  readonly time: number;
  /** `true`: the event happened at `time`; `false`: censored, still without the event at `time`. */
  readonly event: boolean;
}

/** One observation with competing outcomes. */
export interface OutcomeObservation<Outcome extends string = string> {
  /** Days from the start to the outcome or to the end of observation. */
  readonly time: number;
  /** The outcome that happened at `time` (`'won'`, `'lost'`), or `null`: censored (still open). */
  readonly outcome: Outcome | null;
}

const observationInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ time: /* @__PURE__ */ daysPiece('observationTime'), event: /* @__PURE__ */ booleanPiece('observationEvent') }),
  { phrases: enForecast, subject: 'survivalObservation', expected: 'object' },
);

const outcomeInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ time: /* @__PURE__ */ daysPiece('observationTime'), outcome: /* @__PURE__ */ outcomePiece('observationOutcome') }),
  { phrases: enForecast, subject: 'survivalObservation', expected: 'object' },
);

/** Reads the list: an array whose every entry reads by `item`. */
function readList<T>(value: unknown, read: (v: unknown, path: ErrorPath, context: FailParams) => T): T[] {
  if (!Array.isArray(value)) return fail('INVALID_INPUT', { phrases: enForecast, subject: 'observations', expected: 'array', received: value }, ['observations']);
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!isPlainObject(item)) fail('INVALID_INPUT', { phrases: enForecast, subject: 'survivalObservation', expected: 'object', row: i + 1, received: item }, ['observations', i]);
    out.push(read(item, ['observations', i], { row: i + 1 }));
  }
  return out;
}

/** Reads `{ time, event }[]`. */
export function readObservations(value: unknown): Observation[] {
  return readList(value, (v, path, context) => observationInput.read(v, path, context));
}

/** Reads `{ time, outcome }[]`. */
export function readOutcomeObservations(value: unknown): OutcomeObservation[] {
  return readList(value, (v, path, context) => outcomeInput.read(v, path, context));
}

/** The scale a confidence interval of survival is built on (R survfit's `conf.type`). */
export type SurvivalIntervalScale = 'log' | 'log-log' | 'plain';

/** A probability p in (0, 1) for a quantile: the time by which a share p has had the event. */
function readQuantiles(value: unknown, path: ErrorPath, about: FailParams): Ratio[] {
  if (!Array.isArray(value)) return fail('INVALID_INPUT', { ...about, expected: 'array', received: value }, path);
  return value.map((p: unknown, i) => readLevel(p, [...path, i], { phrases: enForecast, subject: 'survivalQuantile', row: i + 1 }));
}

/** Options of the curves; a level is exact here and turned into a float only for the z value. */
export const curveOptionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    confidence: /* @__PURE__ */ z.optional(/* @__PURE__ */ forecastPiece('survivalConfidence', 'level', readLevel)),
    interval: /* @__PURE__ */ z.optional(/* @__PURE__ */ forecastPiece('survivalInterval', 'string', (value, path, about) =>
      value === 'log' || value === 'log-log' || value === 'plain' ? (value as SurvivalIntervalScale) : fail('INVALID_CHOICE', { ...about, allowed: "'log', 'log-log', 'plain'", received: value }, path),
    )),
    quantiles: /* @__PURE__ */ z.optional(/* @__PURE__ */ forecastPiece('survivalQuantiles', 'array', readQuantiles)),
    quantileRule: /* @__PURE__ */ z.optional(/* @__PURE__ */ forecastPiece('survivalQuantileRule', 'string', (value, path, about) =>
      value === 'first' || value === 'midpoint' ? (value as QuantileAtFlat) : fail('INVALID_CHOICE', { ...about, allowed: "'first', 'midpoint'", received: value }, path),
    )),
  }),
  { phrases: enForecast, subject: 'survivalOptions', expected: 'object' },
);

/**
 * Where a quantile lies when the curve sits exactly at its level over an interval: `'first'`, the
 * first time the curve is at or below it (the textbook definition), or `'midpoint'`, halfway
 * between that time and the next time the curve falls (R survfit's rule, like the sample median of
 * an even count; the first time when it never falls again within the observed window, as R's
 * printed median).
 */
export type QuantileAtFlat = 'first' | 'midpoint';

/** 95%, the default confidence. */
export const DEFAULT_CONFIDENCE = /* @__PURE__ */ Ratio.of(19, 20);

/** 1/2, the median's level. */
export const HALF = /* @__PURE__ */ ONE.div(/* @__PURE__ */ Ratio.of(2));
