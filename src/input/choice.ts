/**
 * A choice among a few texts (`'each-stage' | 'once'`, `'month'`, `'week'`), from a zod/mini enum,
 * so the allowed values are written once (in the schema, which also gives the type) and a value
 * outside them is `INVALID_CHOICE` with the subject the person knows the value by.
 * @internal
 * @module
 */
import type * as z from 'zod/mini';
import { fail } from '../errors.js';
import type { ErrorExpectation, ErrorSubject, PhrasePart } from '../messages/types.js';
import { listOf } from '../schema.js';
import { piece, type Piece } from './piece.js';

/** Values every message of the choice carries, and the words of its area (`phrases`). */
type ChoiceParams = { readonly [name: string]: string | PhrasePart | undefined; readonly phrases?: PhrasePart };

/** A piece reading one of `schema`'s values; `null` passes through when `nullable`. */
export function choicePiece<const T extends string>(
  schema: z.ZodMiniEnum<{ [K in T]: K }>,
  subject: ErrorSubject,
  expected?: ErrorExpectation,
  params?: ChoiceParams,
): Piece<T>;
export function choicePiece<const T extends string>(
  schema: z.ZodMiniEnum<{ [K in T]: K }>,
  subject: ErrorSubject,
  expected: ErrorExpectation | undefined,
  params: ChoiceParams | undefined,
  nullable: true,
): Piece<T | null>;
export function choicePiece<const T extends string>(
  schema: z.ZodMiniEnum<{ [K in T]: K }>,
  subject: ErrorSubject,
  expected: ErrorExpectation = 'string',
  params: ChoiceParams = {},
  nullable = false,
): Piece<T | null> {
  const values: readonly unknown[] = schema.options;
  const allowed = listOf(values);
  return piece(
    { subject, expected, ...(params.phrases ? { phrases: params.phrases } : {}) },
    (value, path, context) => {
      if ((nullable && value === null) || values.includes(value)) return value as T | null;
      return fail('INVALID_CHOICE', { subject, ...params, ...context, allowed, received: value }, path);
    },
    // the fast check: one of the values (a null passes to the reader, which knows whether it may)
    (value) => (values.includes(value) ? (value as T) : undefined),
  );
}
