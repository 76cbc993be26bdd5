/**
 * A value per stage: an object keyed by stage id (`{ appointment: '15%', sale: '1/3' }`) or a list
 * in funnel order from stage `from`. Keys are read with `Object.hasOwn`, so ids like `constructor`
 * or `__proto__` never reach the prototype; a key that is not a stage at or after `from` is an
 * error, which catches typos at run time.
 * @internal
 * @module
 */
import { fail, FunnelMathError, type ErrorPath, type FailParams } from '../errors.js';
import type { Funnel } from './defineFunnel.js';
import { isPlainObject, rethrowUnreadable } from '../schema.js';
import type { Quick, Reader } from '../input/piece.js';

/** How a stage-keyed value is read. */
export interface StageKeyedOptions {
  /** The first stage that takes a value (1 for rates: nothing converts into the top stage). */
  readonly from: number;
  /** What the whole value is, for messages (`{ subject: 'rates' }`). */
  readonly about: FailParams;
  /** What each stage's value is, for messages (`{ subject: 'rateInto' }`); the whole value's `about` when absent. */
  readonly each?: FailParams;
  /** The piece's fast check, tried before `read` (which builds the path and context). */
  readonly quick?: Quick<unknown>;
}

function example(funnel: Funnel, from: number): string {
  return `{ ${funnel.ids[from]}: … }`;
}

/**
 * Reads a per-stage value into an array aligned with the funnel's stages, each present value
 * read by `read` with the stage in its context (`undefined` where absent, and before `from`).
 */
export function readStageKeyed<T>(funnel: Funnel, input: unknown, path: ErrorPath, read: Reader<T>, { from, about, each = about, quick }: StageKeyedOptions): (T | undefined)[] {
  const ids = funnel.ids;
  const n = ids.length;
  // the caller's values are taken into this array and then read in place: one array per call
  const out: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = undefined;
  const isArray = takeValues(funnel, input, path, from, about, out);
  for (let i = from; i < n; i++) {
    const value = out[i];
    if (value === undefined) continue;
    try {
      const fast = quick === undefined ? undefined : (quick(value) as T | undefined);
      out[i] = fast !== undefined ? fast : read(value, [...path, isArray ? i - from : ids[i]!], { stage: ids[i]! });
    } catch (error) {
      rethrowUnreadable(error, value, { ...each, stage: ids[i]! }, [...path, isArray ? i - from : ids[i]!]);
    }
  }
  return out as (T | undefined)[];
}

/**
 * The caller's value per stage, read off its list or object into `values` (a throwing getter or
 * Proxy of the list or object is UNREADABLE_INPUT here), after the checks of shape, length and
 * keys. Returns whether the value was a list.
 */
function takeValues(funnel: Funnel, input: unknown, path: ErrorPath, from: number, about: FailParams, values: unknown[]): boolean {
  const ids = funnel.ids;
  const n = ids.length;
  try {
    if (Array.isArray(input)) {
      if (input.length !== n - from) fail('WRONG_LENGTH', { ...about, needed: n - from, stages: ids.slice(from).join(', '), length: input.length }, path);
      for (let i = from; i < n; i++) values[i] = (input as unknown[])[i - from];
      return true;
    }
    if (!isPlainObject(input)) fail('INVALID_INPUT', { ...about, expected: 'stageKeyed', example: example(funnel, from), received: input }, path);
    // each own key once: a stage at or after `from` takes its value, anything else is an error
    const keys = Object.keys(input);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const index = ids.indexOf(key);
      if (index === -1) fail('UNKNOWN_STAGE', { ...about, key, stages: ids.join(', ') }, [...path, key]);
      if (index < from) fail('TOP_STAGE_RATE', { ...about, key }, [...path, key]);
      values[index] = input[key];
    }
    return false;
  } catch (error) {
    if (error instanceof FunnelMathError) throw error;
    return fail('UNREADABLE_INPUT', about, path);
  }
}
