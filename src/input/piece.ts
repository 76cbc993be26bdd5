/**
 * A piece of input: one reader that checks and converts a value (and throws one
 * {@link FunnelMathError} per condition), wrapped as a zod/mini schema so it composes into
 * objects, infers types and reports issues like any other schema. The reader is the rule; the zod
 * wrapper only carries its error as an issue (with the code and parameters) to {@link parseInput}.
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { FunnelMathError, type ErrorPath, type FailParams } from '../errors.js';
import type { ErrorExpectation, ErrorSubject, PhrasePart } from '../messages/types.js';

/** Reads `value` found at `path`; throws FunnelMathError (with the full path) on anything wrong. */
export type Reader<T> = (value: unknown, path: ErrorPath, context?: FailParams) => T;

/** What a piece is, for messages about it as a whole (a missing value, a wrong type). */
export interface PieceInfo {
  readonly subject: ErrorSubject;
  readonly expected: ErrorExpectation;
  /** The words of the area the piece belongs to, when its subject is not a core one. */
  readonly phrases?: PhrasePart;
}

/**
 * The allocation-free fast check of a piece: the value read, when it is in the common, valid form,
 * or `undefined` to let the reader (which builds paths and messages) decide. It must agree with the
 * reader wherever it answers.
 */
export type Quick<T> = (value: unknown) => T | undefined;

/** A zod/mini schema whose reading is done by a funnel-math reader. */
export type Piece<T> = z.ZodMiniType<T, unknown> & { readonly [READ]: Reader<T>; readonly [INFO]: PieceInfo; readonly [QUICK]?: Quick<T> };

/** @internal */
export const READ: unique symbol = /* @__PURE__ */ Symbol('funnel-math.read') as never;
/** @internal */
export const QUICK: unique symbol = /* @__PURE__ */ Symbol('funnel-math.quick') as never;
/** @internal */
export const INFO: unique symbol = /* @__PURE__ */ Symbol('funnel-math.info') as never;

/** The issue parameter that carries a FunnelMathError through zod. */
export interface CarriedError {
  /** The FunnelMathError code, for programs that read zod issues. */
  readonly code: FunnelMathError['code'];
  readonly funnelMath: { readonly code: FunnelMathError['code']; readonly message: string; readonly params: FunnelMathError['params'] };
}

/** Makes a piece from its reader. */
export function piece<T>(info: PieceInfo, read: Reader<T>, quick?: Quick<T>): Piece<T> {
  const schema = z.pipe(
    z.unknown(),
    z.transform((value: unknown, ctx) => {
      try {
        return read(value, []);
      } catch (error) {
        if (!(error instanceof FunnelMathError)) throw error;
        const params: CarriedError = { code: error.code, funnelMath: { code: error.code, message: error.message, params: error.params } };
        ctx.issues.push({ code: 'custom', input: value, path: [...error.path], message: error.message, params: params as unknown as Record<string, unknown> });
        return z.NEVER;
      }
    }),
  ) as unknown as Piece<T>;
  Object.defineProperty(schema, READ, { value: read });
  Object.defineProperty(schema, INFO, { value: info });
  if (quick) Object.defineProperty(schema, QUICK, { value: quick });
  return schema;
}

/** The row a value sits in, counted from 1 as a person counts: `['deals', 2, 'amount']` → 3. @internal */
export function rowOf(path: ErrorPath): number | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'number') return part + 1;
  }
  return undefined;
}

/**
 * A piece whose messages use an area's words and name the value's row besides its subject ("The
 * amount of deal 3 …"): the lists of deals, observations and entries every area reads. @internal
 */
export function rowPiece<T>(phrases: PhrasePart, subject: ErrorSubject, expected: ErrorExpectation, read: (value: unknown, path: ErrorPath, about: FailParams) => T): Piece<T> {
  return piece({ phrases, subject, expected }, (value, path, context) => read(value, path, { phrases, subject, expected, row: rowOf(path), ...context }));
}
