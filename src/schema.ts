/**
 * The boundary: zod/mini checks the shape of untrusted input, and this one place turns zod's
 * issues into a {@link FunnelMathError} whose message says what to fix (zod/mini alone says only
 * "Invalid input", and its locales cost 18–286 KB).
 * Modules import zod as `import * as z from 'zod/mini'` themselves: re-exporting the namespace
 * would stop the bundler from dropping the parts of zod we do not use.
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { describe, fail, showPath, type ErrorPath } from './errors.js';

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.hasOwn(v, key) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return v;
}

/** Picks the union branch that got furthest, so "expected a number at rates.sale" beats "invalid". */
function deepest(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || issue.errors.length === 0) return issue;
  let best: Issue = issue;
  let bestDepth = -1;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      const d = deepest(inner);
      if (d.path.length > bestDepth) {
        best = d;
        bestDepth = d.path.length;
      }
    }
  }
  return best === issue ? issue : { ...best, path: [...issue.path, ...best.path] };
}

function messageFor(issue: Issue, received: unknown, where: string, what: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return `${what}: ${where} is missing; give ${article(issue.expected)}.`;
      return `${what}: ${where} should be ${article(issue.expected)}, got ${describe(received)}.`;
    case 'invalid_value':
      return `${what}: ${where} should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describe(received)}.`;
    case 'unrecognized_keys':
      return `${what}: ${where} has unknown option${issue.keys.length > 1 ? 's' : ''} ${listed(issue.keys)}; check the spelling.`;
    case 'too_big':
      return `${what}: ${where} should hold at most ${issue.maximum} items; got ${describe(received)}.`;
    case 'invalid_union':
      return `${what}: ${where} is not in any accepted form; got ${describe(received)}.`;
    default:
      return `${what}: ${where} is not valid (${issue.message}); got ${describe(received)}.`;
  }
}

/** Names a few keys, and how many more there are: an object of a million keys gets a short message. */
function listed(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((k) => `"${k.length > 40 ? `${k.slice(0, 37)}...` : k}"`).join(', ');
  return keys.length > 5 ? `${shown} and ${keys.length - 5} more` : shown;
}

function article(expected: string): string {
  if (expected === 'object') return 'an object';
  if (expected === 'array') return 'an array';
  if (expected === 'undefined') return 'nothing';
  return `a ${expected}`;
}

/**
 * Parses `value` with `schema`; on failure throws `INVALID_INPUT` naming the first problem.
 * @param basePath - where `value` sits in the caller's arguments.
 * @param what - the function or argument, for the message ("requiredActivity options").
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown, basePath: ErrorPath, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = deepest(result.error.issues[0] as Issue);
  const path: (string | number)[] = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  return fail('INVALID_INPUT', messageFor(issue, valueAt(value, issue.path), showPath(path), what), path);
}

/** A plain object (not an array, Date, Map or class instance with a foreign prototype chain). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}


/**
 * A plain copy of a caller's array, read index by index. `map`, `filter`, `slice` and friends
 * build their result through the array's own `constructor` (an own `constructor` key makes them
 * throw) and skip holes; the copy has neither, so the core can use them freely.
 */
export function ownArray<T>(value: readonly T[]): T[] {
  const out: T[] = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = value[i] as T;
  return out;
}

/**
 * An array schema that refuses more than `max` items before reading any: zod checks every item
 * before the length, and a million bad items take seconds and can overflow the stack.
 */
export function boundedArray<T extends z.ZodMiniType>(item: T, max: number): z.ZodMiniPipe<z.ZodMiniArray<z.ZodMiniUnknown>, z.ZodMiniArray<T>> {
  return z.pipe(z.array(z.unknown()).check(z.maxLength(max)), z.array(item)) as never;
}
