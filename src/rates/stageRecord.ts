import { describe, fail, type ErrorPath } from '../errors.js';
import type { Funnel } from '../funnel/defineFunnel.js';
import { isPlainObject } from '../schema.js';

/**
 * Reads a per-stage input — an object keyed by stage id, or an array in funnel order starting at
 * stage `from` — into an array aligned with the funnel's stages (`undefined` where absent).
 * Keys are read with `Object.hasOwn`, so ids like `constructor` or `__proto__` never reach the
 * prototype; a key that is not a stage at or after `from` throws, catching typos at run time.
 * @internal
 */
export function readStageRecord(
  funnel: Funnel,
  input: unknown,
  path: ErrorPath,
  what: string,
  { from }: { from: number },
): unknown[] {
  const n = funnel.ids.length;
  const out: unknown[] = new Array(n).fill(undefined);
  if (Array.isArray(input)) {
    if (input.length !== n - from) {
      fail(
        'INVALID_INPUT',
        `${what} as an array needs ${n - from} values (${funnel.ids.slice(from).join(', ')}); got ${input.length}.`,
        path,
      );
    }
    for (let i = from; i < n; i++) out[i] = input[i - from];
    return out;
  }
  if (!isPlainObject(input)) {
    fail('INVALID_INPUT', `${what} should be an object keyed by stage id, such as { ${funnel.ids[from]}: ... }; got ${describe(input)}.`, path);
  }
  for (let i = from; i < n; i++) {
    const id = funnel.ids[i]!;
    if (Object.hasOwn(input, id)) out[i] = input[id];
  }
  // one pass over the keys, stopping at the first that is not a stage after `from`: enumerating
  // is what an object of a million keys costs, so it happens once
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue;
    const index = funnel.ids.indexOf(key);
    if (index === -1) {
      fail('UNKNOWN_STAGE', `${what} names "${key}", which is not a stage of this funnel (${funnel.ids.join(', ')}).`, [...path, key]);
    }
    if (index < from) {
      fail('UNKNOWN_STAGE', `${what} has "${key}", the first stage: ${what} are keyed by the stage they convert into, so the first stage has none.`, [...path, key]);
    }
  }
  return out;
}
