/**
 * Every public function's input is one zod/mini schema, read by one executor. The executor walks
 * the schema's definition once, at module load, into a reader: objects, optional keys, choices and
 * the library's own pieces are read directly (no issue objects, no copies on the happy path);
 * anything else is left to zod. Both routes raise the same FunnelMathError for the same input,
 * because both end in the pieces' readers or in {@link failFromIssues}.
 * @internal
 * @module
 */
import type * as z from 'zod/mini';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { failFromIssues, isPlainObject, listOf, rethrowUnreadable } from '../schema.js';
import { INFO, QUICK, READ, type PieceInfo, type Quick, type Reader } from './piece.js';
import { listKeys, suggestKey } from '../messages/suggest.js';

type Def = Record<string, unknown> & { type: string };
type AnySchema = z.ZodMiniType & { [READ]?: Reader<unknown>; [INFO]?: PieceInfo; [QUICK]?: Quick<unknown> };

/** A function's input: its schema (for types and composition) and the reader compiled from it. */
export interface Input<S extends z.ZodMiniType> {
  readonly schema: S;
  /** Reads `value` found at `path`; throws FunnelMathError. */
  readonly read: (value: unknown, path?: ErrorPath, context?: FailParams) => z.output<S>;
}

function defOf(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

const NO_PATH: ErrorPath = /* @__PURE__ */ Object.freeze([]);

function plain(value: unknown, path: ErrorPath, subject: FailParams): value is Record<string, unknown> {
  try {
    return isPlainObject(value);
  } catch {
    return fail('UNREADABLE_INPUT', subject, path);
  }
}

function compile(schema: AnySchema, subject: FailParams): Reader<unknown> {
  const read = schema[READ];
  if (read) return read;
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return objectReader(def, subject);
    case 'optional': {
      const inner = compile(def['innerType'] as AnySchema, subject);
      return (value, path, context) => (value === undefined ? undefined : inner(value, path, context));
    }
    case 'enum': {
      const values = Object.values(def['entries'] as Record<string, unknown>);
      const allowed = listOf(values);
      return (value, path) => (values.includes(value) ? value : fail('INVALID_CHOICE', { ...subject, allowed, received: value }, path));
    }
    case 'unknown':
    case 'any':
      return (value) => value;
    default:
      return (value, path = NO_PATH) => {
        const result = schema.safeParse(value);
        return result.success ? result.data : failFromIssues(result.error.issues, value, path, subject, schema);
      };
  }
}

function objectReader(def: Def, subject: FailParams): Reader<unknown> {
  const shape = def['shape'] as Record<string, AnySchema>;
  const keys = Object.keys(shape);
  const strict = (def['catchall'] as AnySchema | undefined) !== undefined && defOf(def['catchall'] as AnySchema).type === 'never';
  const allowed = listKeys(keys);
  // what each key is, for its messages: the piece's subject, or the key itself as an option
  const about: FailParams[] = keys.map((key) => {
    const info = infoOf(shape[key]!);
    return info
      ? { subject: info.subject, expected: info.expected, phrases: info.phrases ?? subject.phrases }
      : { subject: 'option' as const, key, expected: 'object' as const, phrases: subject.phrases };
  });
  const readers = keys.map((key, i) => compile(shape[key]!, about[i]!));
  const required = keys.map((key) => defOf(shape[key]!).type !== 'optional');
  const quicks = keys.map((key) => quickOf(shape[key]!));
  const requiredCount = required.filter(Boolean).length;
  return (value, path = NO_PATH, context) => {
    if (!plain(value, path, subject)) {
      return value === undefined
        ? fail('MISSING_VALUE', { ...subject, ...context, expected: subject.expected ?? 'object' }, path)
        : fail('INVALID_INPUT', { ...subject, ...context, expected: subject.expected ?? 'object', received: value }, path);
    }
    let own: string[];
    try {
      own = Object.keys(value);
    } catch (error) {
      // a Proxy whose keys cannot be listed
      return rethrowUnreadable(error, value, subject, path);
    }
    // an unknown key first: a misspelt option explains the missing or default one it was meant to be
    if (strict) {
      for (let k = 0; k < own.length; k++) {
        const key = own[k]!;
        if (keys.indexOf(key) === -1) fail('UNKNOWN_OPTION', { ...subject, key, suggestion: suggestKey(key, keys), allowed }, [...path, key]);
      }
    }
    const out: Record<string, unknown> = {};
    let requiredRead = 0;
    for (let k = 0; k < own.length; k++) {
      const key = own[k]!;
      const i = keys.indexOf(key);
      if (i === -1) continue;
      let raw: unknown;
      try {
        raw = value[key];
      } catch (error) {
        // a throwing getter or Proxy trap of the caller's object
        rethrowUnreadable(error, value, subject, [...path, key]);
      }
      if (raw === undefined) continue;
      if (required[i]) requiredRead++;
      // the piece's fast check first: no path, no context, nothing allocated for a valid common value
      const quick = quicks[i];
      try {
        const read = quick === undefined ? undefined : quick(raw);
        out[key] = read !== undefined ? read : readers[i]!(raw, [...path, key], context);
      } catch (error) {
        rethrowUnreadable(error, raw, about[i]!, [...path, key]);
      }
    }
    if (requiredRead < requiredCount) {
      const i = required.findIndex((isRequired, i) => isRequired && out[keys[i]!] === undefined);
      fail('MISSING_VALUE', { ...context, ...about[i]! }, [...path, keys[i]!]);
    }
    return out;
  };
}

function quickOf(schema: AnySchema): Quick<unknown> | undefined {
  let s: AnySchema | undefined = schema;
  while (s && !s[READ] && defOf(s).type === 'optional') s = defOf(s)['innerType'] as AnySchema;
  return s?.[QUICK];
}

function infoOf(schema: AnySchema): PieceInfo | undefined {
  let s: AnySchema | undefined = schema;
  while (s && !s[INFO] && defOf(s).type === 'optional') s = defOf(s)['innerType'] as AnySchema;
  return s?.[INFO];
}

/**
 * Compiles a function's input schema into its reader (once, at module load).
 * @param subject - what the whole input is, for messages (`{ subject: 'options' }`).
 */
export function defineInput<S extends z.ZodMiniType>(schema: S, subject: FailParams = { subject: 'options', expected: 'object' }): Input<S> {
  const read = compile(schema as AnySchema, subject);
  return { schema, read: (value, path = NO_PATH, context) => read(value, path, context) as z.output<S> };
}
