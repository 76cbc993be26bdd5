import { describe, fail, type ErrorPath } from '../errors.js';
import { integerWeights } from '../numbers/apportion.js';
import { toRatio } from '../numbers/parse.js';
import { ONE, type Ratio } from '../numbers/ratio.js';
import { isPlainObject, ownArray } from '../schema.js';

/**
 * Reads a `reps` option: names (equal shares) or `{ name: weight }`, as integer weights with the
 * same proportions; `null` when absent. Shared by every split per rep, so they read reps alike.
 * @internal
 */
export function readReps(reps: unknown, path: ErrorPath): { names: string[]; weights: bigint[] } | null {
  if (reps === undefined) return null;
  let entries: [string, Ratio][];
  if (Array.isArray(reps)) {
    entries = ownArray(reps as unknown[]).map((name, i) => {
      if (typeof name !== 'string' || name === '') fail('INVALID_INPUT', `reps[${i}] should be a rep's name; got ${describe(name)}.`, [...path, i]);
      return [name, ONE];
    });
  } else if (isPlainObject(reps)) {
    entries = Object.keys(reps).map((name) => {
      const w = toRatio(reps[name], [...path, name], `The weight of rep "${name}"`);
      if (w.sign() < 0) fail('NEGATIVE', `The weight of rep "${name}" is negative.`, [...path, name]);
      return [name, w];
    });
  } else {
    return fail('INVALID_INPUT', `reps should be names (['Ana', 'Bo']) or weights ({ Ana: 2, Bo: 1 }); got ${describe(reps)}.`, path);
  }
  if (entries.length === 0) fail('INVALID_INPUT', 'reps is empty; give at least one rep or leave it out.', path);
  const names = entries.map((e) => e[0]);
  if (new Set(names).size !== names.length) fail('INVALID_INPUT', 'reps names the same rep twice.', path);
  const weights = integerWeights(entries.map((e) => e[1]));
  if (weights.every((w) => w === 0n)) fail('INVALID_INPUT', 'Every rep weight is 0; give at least one rep a positive weight.', path);
  return { names, weights };
}
