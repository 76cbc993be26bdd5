/**
 * The team capacity `{ stage: { reps, perRepPerDay } }` that {@link schedule} and the SMART
 * check of a goal compare a plan with: read once, here, for both.
 * @internal
 * @module
 */
import { describe, fail, type ErrorPath } from '../errors.js';
import { toRatio } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import * as z from 'zod/mini';
import { isPlainObject, parseWith } from '../schema.js';

/** One stage's capacity, read: which stage (its index in `ids`), how many reps, and what each does per working day. */
export interface StageCapacity {
  readonly key: string;
  readonly stage: number;
  readonly reps: Ratio;
  readonly perRepPerDay: Ratio;
}

const capacitySchema = /* @__PURE__ */ z.strictObject({ reps: /* @__PURE__ */ z.unknown(), perRepPerDay: /* @__PURE__ */ z.unknown() });

/**
 * Reads `{ stage: { reps, perRepPerDay } }`, in the order the stages are written: every key a
 * stage of `ids` (`of` names what they are the stages of, for the message), both numbers
 * non-negative.
 * @throws FunnelMathError `INVALID_INPUT`, `UNKNOWN_STAGE`, `NEGATIVE`, and the number errors of `toRatio`.
 */
export function readCapacity(capacity: unknown, ids: readonly string[], of: 'funnel' | 'plan', path: ErrorPath): StageCapacity[] {
  if (!isPlainObject(capacity)) fail('INVALID_INPUT', `capacity should be { stage: { reps, perRepPerDay } }; got ${describe(capacity)}.`, path);
  return Object.keys(capacity).map((key) => {
    const stage = ids.indexOf(key);
    if (stage === -1) fail('UNKNOWN_STAGE', `capacity names "${key}", which is not a stage of the ${of} (${ids.join(', ')}).`, [...path, key]);
    const c = parseWith(capacitySchema, capacity[key], [...path, key], 'capacity');
    const reps = toRatio(c.reps, [...path, key, 'reps'], `capacity reps for "${key}"`);
    const perRepPerDay = toRatio(c.perRepPerDay, [...path, key, 'perRepPerDay'], `capacity per rep per day for "${key}"`);
    if (reps.sign() < 0) fail('NEGATIVE', `capacity reps for "${key}" is negative.`, [...path, key, 'reps']);
    if (perRepPerDay.sign() < 0) fail('NEGATIVE', `capacity per rep per day for "${key}" is negative.`, [...path, key, 'perRepPerDay']);
    return { key, stage, reps, perRepPerDay };
  });
}

/** ⌊reps × perRepPerDay × workingDays⌋, exactly (a bigint: the caller says when it is too large to count). */
export function availableIn(c: StageCapacity, workingDays: number): bigint {
  return c.reps.mul(c.perRepPerDay).mul(Ratio.of(workingDays)).floor();
}
