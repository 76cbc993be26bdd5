/**
 * The pieces the charts read a result's numbers with, beside the shared ones in `../read.ts`.
 * @internal
 * @module
 */
import { fail } from '../../errors.js';
import { piece, type Piece } from '../../input/piece.js';
import { enRender } from '../../messages/enRender.js';
import { toRatio } from '../../numbers/parse.js';
import { Ratio } from '../../numbers/ratio.js';
import { listOf } from '../../schema.js';

const isShown = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= Number.MAX_SAFE_INTEGER;

/** A number of a result drawn as a length or a position (a duration, an estimate, a limit): 0 or more, finite. */
export const shownNumber: Piece<number> = /* @__PURE__ */ piece(
  { subject: 'shownNumber', expected: 'shownNumber', phrases: enRender },
  (value, path) => (isShown(value) ? value : fail('INVALID_INPUT', { phrases: enRender, subject: 'shownNumber', expected: 'shownNumber', received: value }, path)),
  (value) => (isShown(value) ? value : undefined),
);

/**
 * An exact value of a result (a Ratio, or its text as JSON writes it) that a chart places on an
 * axis: its float, which must lie between 0 and `max`.
 */
export function exactNumber(value: unknown, max: number, path: (string | number)[]): number {
  let x = Number.NaN;
  try {
    x = (value instanceof Ratio ? value : toRatio(value)).toNumber();
  } catch {
    // beyond what a float holds: refused below
  }
  return x >= 0 && x <= max ? x : fail('INVALID_INPUT', { phrases: enRender, subject: 'shownRate', expected: 'shownRate', received: value }, ['result', ...path]);
}

/**
 * One of a few texts (an option such as `theme`, a field such as `status`): INVALID_CHOICE
 * naming them otherwise. A piece of its own rather than a zod enum, which would bring the enum's
 * code into every bundle that draws a chart.
 */
export function oneOf<const T extends string>(key: string, values: readonly T[]): Piece<T> {
  const allowed = listOf(values);
  const quick = (value: unknown) => (values.includes(value as T) ? (value as T) : undefined);
  return piece(
    { subject: 'option', expected: 'string' },
    (value, path) => quick(value) ?? fail('INVALID_CHOICE', { subject: 'option', key, allowed, received: value }, path),
    quick,
  );
}

/** A count with thousands separators, as the tables show it: `1,000`. */
export const fmt = (v: number): string => v.toLocaleString('en-US');
