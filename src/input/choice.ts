/**
 * One of a few allowed texts (`'each-stage' | 'once'`), as a piece: the values come from a zod/mini
 * enum, so the type is written once, and a value outside them is INVALID_CHOICE naming the subject.
 * @internal
 * @module
 */
import type * as z from 'zod/mini';
import { fail } from '../errors.js';
import type { ErrorSubject } from '../messages/types.js';
import { listOf } from '../schema.js';
import { piece, type Piece } from './piece.js';

/** A piece accepting exactly the values of `schema`. */
export function choicePiece<S extends z.ZodMiniEnum<any>>(schema: S, subject: ErrorSubject): Piece<z.output<S>> {
  const values = Object.values((schema as unknown as { _zod: { def: { entries: Record<string, unknown> } } })._zod.def.entries);
  const allowed = listOf(values);
  return piece(
    { subject, expected: 'string' },
    (value, path, context) => (values.includes(value) ? (value as z.output<S>) : fail('INVALID_CHOICE', { subject, ...context, allowed, received: value }, path)),
    (value) => (values.includes(value) ? (value as z.output<S>) : undefined),
  );
}
