/**
 * The boundary's last step: a zod issue becomes one {@link FunnelMathError} whose code names the
 * condition (a missing value, an unknown key, a value not among the choices, a wrong type) and
 * whose message comes from the catalog, in the words of the person who typed the value (zod/mini
 * alone says only "Invalid input", and its locales cost 18–286 KB). An issue raised by one of our
 * own readers carries its FunnelMathError through zod unchanged.
 * Modules import zod as `import * as z from 'zod/mini'` themselves: re-exporting the namespace
 * would stop the bundler from dropping the parts of zod we do not use.
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { fail, FunnelMathError, type ErrorPath, type FailParams } from './errors.js';
import type { ErrorExpectation } from './messages/types.js';
import { listKeys, suggestKey } from './messages/suggest.js';

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    try {
      v = Object.hasOwn(v, key) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
    } catch {
      return undefined;
    }
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

const EXPECTED: Record<string, ErrorExpectation> = {
  object: 'object',
  array: 'array',
  string: 'string',
  boolean: 'boolean',
  number: 'number',
};

/** Lists allowed keys or values for a message: `"each-stage", "once"`. */
export function listOf(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');
}

/**
 * Throws the FunnelMathError for zod's first issue on `value` (found at `basePath`).
 * @param subject - what `value` is, for messages about it as a whole.
 */
export function failFromIssues(issues: readonly Issue[], value: unknown, basePath: ErrorPath, subject: FailParams, schema?: z.ZodMiniType): never {
  const issue = deepest(issues[0] as Issue);
  const relative = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const path: (string | number)[] = [...basePath, ...relative];
  const received = valueAt(value, issue.path);
  const key = relative[relative.length - 1];
  const about: FailParams = relative.length === 0 ? subject : { subject: 'option', key: String(key) };
  switch (issue.code) {
    case 'custom': {
      // an error of one of our readers, carried through zod; the issue path already ends at the value
      const carried = (issue.params as { funnelMath?: { code: FunnelMathError['code']; message: string; params: FunnelMathError['params'] } } | undefined)?.funnelMath;
      if (carried) throw new FunnelMathError(carried.code, carried.message, path, carried.params);
      return fail('INVALID_INPUT', { ...about, expected: subject.expected ?? 'object', received }, path);
    }
    case 'invalid_type':
      if (received === undefined) return fail('MISSING_VALUE', { ...about, expected: EXPECTED[issue.expected] ?? 'value' }, path);
      return fail('INVALID_INPUT', { ...about, expected: EXPECTED[issue.expected] ?? 'object', received }, path);
    case 'invalid_value':
      return fail('INVALID_CHOICE', { ...about, allowed: listOf(issue.values), received }, path);
    case 'unrecognized_keys':
    {
      const accepted = shapeKeys(schema, issue.path);
      const key = issue.keys[0]!;
      return fail('UNKNOWN_OPTION', { ...subject, key, suggestion: suggestKey(key, accepted), allowed: listKeys(accepted) }, [...path, key]);
    }
    case 'too_big':
      return fail('TOO_LONG', { ...about, length: Array.isArray(received) || typeof received === 'string' ? received.length : 0, max: Number(issue.maximum) }, path);
    default:
      return fail('INVALID_INPUT', { ...about, expected: subject.expected ?? 'object', received }, path);
  }
}

/** The keys an object schema takes, at `path` inside `schema` (through optional wrappers). */
function shapeKeys(schema: z.ZodMiniType | undefined, path: readonly PropertyKey[]): string[] {
  let def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
  for (const key of path) {
    while (def && def['type'] === 'optional') def = (def['innerType'] as { _zod: { def: Record<string, unknown> } })._zod.def;
    const shape = def?.['shape'] as Record<PropertyKey, { _zod: { def: Record<string, unknown> } }> | undefined;
    def = shape?.[key]?._zod.def;
  }
  while (def && def['type'] === 'optional') def = (def['innerType'] as { _zod: { def: Record<string, unknown> } })._zod.def;
  const shape = def?.['shape'];
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

/**
 * Parses `value` with `schema`; on failure throws the FunnelMathError for the first problem.
 * @param basePath - where `value` sits in the caller's arguments.
 * @param what - what `value` is, for messages (a catalog subject).
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown, basePath: ErrorPath, what: FailParams = { subject: 'options', expected: 'object' }): T {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(value);
  } catch (error) {
    // a getter or Proxy trap that throws while zod reads the value: the caller's data, not a bug here
    if (error instanceof FunnelMathError) throw error;
    return fail('UNREADABLE_INPUT', what, basePath);
  }
  if (result.success) return result.data;
  return failFromIssues(result.error.issues, value, basePath, what, schema);
}

/**
 * What a throw while reading a caller's value means: a getter or Proxy trap of the caller's object
 * that threw is UNREADABLE_INPUT at the value; our own errors pass through, and a throw while
 * reading a primitive (which runs no caller code) is a fault here, not to be masked.
 * @internal
 */
export function rethrowUnreadable(error: unknown, value: unknown, about: FailParams, path: ErrorPath): never {
  if (error instanceof FunnelMathError || typeof value !== 'object' || value === null) throw error;
  return fail('UNREADABLE_INPUT', about, path);
}

/**
 * How many own enumerable string keys an object has (what `Object.keys` lists): the strict
 * checks compare it with the keys they found, and only on a mismatch look for the stray key.
 * Faster than counting in a `for...in` loop (V8 answers from the object's key cache).
 * @internal
 */
export function ownKeyCount(value: object): number {
  return Object.keys(value).length;
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
