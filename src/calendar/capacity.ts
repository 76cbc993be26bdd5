/**
 * The team capacity `{ stage: { reps, perRepPerDay } }` that {@link schedule} and the SMART
 * check of a goal compare a plan with: read once, here, for both.
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { fail, type ErrorPath } from '../errors.js';
import { readAmount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import { Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';

/** One stage's capacity, read: which stage (its index in `ids`), how many reps, and what each does per working day. */
export interface StageCapacity {
  readonly key: string;
  readonly stage: number;
  readonly reps: Ratio;
  readonly perRepPerDay: Ratio;
}

const amountAt = (subject: 'reps' | 'perRepPerDay') =>
  piece({ subject, expected: 'goalCapacityNumber' }, (value, path, context) => readAmount(value, path, { subject, expected: 'goalCapacityNumber', ...context }));

const stageCapacity = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ reps: /* @__PURE__ */ amountAt('reps'), perRepPerDay: /* @__PURE__ */ amountAt('perRepPerDay') }),
  { subject: 'goalCapacityAt', expected: 'goalCapacityAt' },
);

/** One stage's capacity as written, before its key is matched with a stage. */
export interface CapacityEntry {
  readonly key: string;
  readonly reps: Ratio;
  readonly perRepPerDay: Ratio;
}

/** Reads each stage's `{ reps, perRepPerDay }`, in the order written; `ids`, when given, are checked first. */
function readEntries(capacity: unknown, path: ErrorPath, ids?: readonly string[]): CapacityEntry[] {
  if (!isPlainObject(capacity)) fail('INVALID_INPUT', { subject: 'capacity', expected: 'goalCapacity', received: capacity }, path);
  return Object.keys(capacity).map((key) => {
    if (ids) stageOf(key, ids, path);
    const c = stageCapacity.read(capacity[key], [...path, key], { stage: key });
    return { key, reps: c.reps, perRepPerDay: c.perRepPerDay };
  });
}

function stageOf(key: string, ids: readonly string[], path: ErrorPath): number {
  const stage = ids.indexOf(key);
  if (stage === -1) fail('UNKNOWN_STAGE', { subject: 'capacity', key, stages: ids.join(', ') }, [...path, key]);
  return stage;
}

/** The capacity option as a piece: stage keys are matched with the plan's stages by {@link capacityAt}. */
export const capacityPiece: Piece<CapacityEntry[]> = /* @__PURE__ */ piece({ subject: 'capacity', expected: 'goalCapacity' }, (value, path) => readEntries(value, path));

/** The entries of a capacity read by {@link capacityPiece}, each matched with its stage in `ids`. */
export function capacityAt(entries: readonly CapacityEntry[], ids: readonly string[], path: ErrorPath): StageCapacity[] {
  return entries.map((c) => ({ ...c, stage: stageOf(c.key, ids, path) }));
}

/**
 * Reads `{ stage: { reps, perRepPerDay } }`, in the order the stages are written: every key a
 * stage of `ids`, both numbers of 0 or more.
 * @throws FunnelMathError `INVALID_INPUT`, `UNKNOWN_STAGE`, `UNKNOWN_OPTION`, `MISSING_VALUE`, `NEGATIVE`, and the number errors.
 */
export function readCapacity(capacity: unknown, ids: readonly string[], path: ErrorPath): StageCapacity[] {
  return capacityAt(readEntries(capacity, path, ids), ids, path);
}

/** ⌊reps × perRepPerDay × workingDays⌋, exactly (a bigint: the caller says when it is too large to count). */
export function availableIn(c: StageCapacity, workingDays: number): bigint {
  return c.reps.mul(c.perRepPerDay).mul(Ratio.of(workingDays)).floor();
}
