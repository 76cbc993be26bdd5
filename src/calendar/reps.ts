/**
 * The `reps` option of every split per rep (schedules, goal cascades): names (equal shares) or
 * `{ name: weight }`, read once, here, as integer weights with the same proportions.
 * @internal
 * @module
 */
import { fail, type ErrorPath } from '../errors.js';
import { piece, type Piece } from '../input/piece.js';
import { enCalendar } from '../messages/enCalendar.js';
import { integerWeights } from '../numbers/apportion.js';
import { toRatio } from '../numbers/parse.js';
import { ONE, type Ratio } from '../numbers/ratio.js';
import { isPlainObject, ownArray } from '../schema.js';

/** Reps read: their names, in order, and integer weights with the proportions given. */
export interface Reps {
  readonly names: string[];
  readonly weights: bigint[];
}

const REPS = { subject: 'teamReps', expected: 'reps', phrases: enCalendar } as const;

function readRepList(reps: unknown, path: ErrorPath): Reps {
  let entries: [string, Ratio][];
  if (Array.isArray(reps)) {
    entries = ownArray(reps as unknown[]).map((name, i) => {
      if (typeof name !== 'string' || name.trim() === '') fail('INVALID_INPUT', { subject: 'repName', row: i + 1, expected: 'repName', received: name, phrases: enCalendar }, [...path, i]);
      return [name, ONE];
    });
  } else if (isPlainObject(reps)) {
    entries = Object.keys(reps).map((rep) => {
      const about = { subject: 'repWeight', rep, phrases: enCalendar } as const;
      const w = toRatio(reps[rep], [...path, rep], about);
      if (w.sign() < 0) fail('NEGATIVE', { ...about, received: reps[rep] }, [...path, rep]);
      return [rep, w];
    });
  } else {
    return fail('INVALID_INPUT', { ...REPS, received: reps }, path);
  }
  if (entries.length === 0) fail('EMPTY_LIST', REPS, path);
  const names = entries.map((e) => e[0]);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) fail('INVALID_INPUT', { subject: 'teamReps', expected: 'distinctReps', rep: twice, received: reps, phrases: enCalendar }, path);
  const weights = integerWeights(entries.map((e) => e[1]));
  if (weights.every((w) => w === 0n)) fail('INVALID_INPUT', { ...REPS, received: reps }, path);
  return { names, weights };
}

/** The `reps` piece: names or `{ name: weight }`, at least one weight above 0. */
export const repsPiece: Piece<Reps> = /* @__PURE__ */ piece(REPS, readRepList);

/**
 * Reads a `reps` option: names (equal shares) or `{ name: weight }`, as integer weights with the
 * same proportions; `null` when absent. Shared by every split per rep, so they read reps alike.
 * @throws FunnelMathError `INVALID_INPUT`, `EMPTY_LIST`, `NEGATIVE`, and the number errors of a weight.
 */
export function readReps(reps: unknown, path: ErrorPath): Reps | null {
  return reps === undefined ? null : readRepList(reps, path);
}
