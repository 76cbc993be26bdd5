/**
 * Reading a result before it is drawn: the pieces every renderer's schemas share, and the one
 * place a failed read becomes a {@link FunnelMathError}.
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { fail, FunnelMathError } from '../errors.js';
import { piece, type Piece } from '../input/piece.js';
import { enCore } from '../messages/en.js';
import { enRender } from '../messages/enRender.js';
import { formatMessage } from '../messages/format.js';
import { toRatio } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { parseWith } from '../schema.js';

/*
 * The fields each layout reads, checked before a single one is drawn: a malformed result (a missing
 * field, a string where a count belongs, NaN, a getter that throws) is refused with INVALID_INPUT and
 * the path of the bad field, never drawn as "NaN" or "undefined" and never a TypeError.
 */
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const EXACT = /^-?\d{1,300}(\/[1-9]\d{0,300})?$/;
const isRate = (v: unknown): v is Ratio | string => v instanceof Ratio || (typeof v === 'string' && EXACT.test(v));

/** A count of a result: a whole number of 0 or more. */
export const count: Piece<number> = /* @__PURE__ */ piece(
  { subject: 'shownCount', expected: 'count', phrases: enRender },
  (value, path) => (isCount(value) ? value : fail('INVALID_INPUT', { phrases: enRender, subject: 'shownCount', expected: 'count', received: value }, path)),
  (value) => (isCount(value) ? value : undefined),
);
/** A rate as the library returns it (a Ratio) or as JSON writes it (its exact string, `'3/20'`). */
export const rate: Piece<Ratio | string> = /* @__PURE__ */ piece(
  { subject: 'shownRate', expected: 'shownRate', phrases: enRender },
  (value, path) => (isRate(value) ? value : fail('INVALID_INPUT', { phrases: enRender, subject: 'shownRate', expected: 'shownRate', received: value }, path)),
  (value) => (isRate(value) ? value : undefined),
);
export const stageRate = /* @__PURE__ */ z.object({
  value: /* @__PURE__ */ z.nullable(rate),
  of: /* @__PURE__ */ z.string(),
  reason: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
});

/**
 * Checks `value` against `schema` with the paths under `result`; a value whose reading throws (a
 * Proxy, a getter) is UNREADABLE_INPUT, as everywhere else. @internal
 */
export function readResult<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  try {
    return parseWith(schema, value, ['result'], { subject: 'result', expected: 'object' });
  } catch (error) {
    if (!(error instanceof FunnelMathError)) return fail('UNREADABLE_INPUT', { subject: 'result' }, ['result']);
    // a field of a result is not an option the caller chose: name it as a field of the result
    if (error.params.subject !== 'option') throw error;
    const params = { ...error.params, subject: 'shownField' } as const;
    throw new FunnelMathError(error.code, formatMessage(enCore, error.code, params, enRender), error.path, params);
  }
}

/** A rate as a percent with one decimal: `'15.0%'`. @internal */
export function percentOf(r: Ratio | string): string {
  if (r instanceof Ratio) return r.toPercent(1);
  try {
    return toRatio(r).toPercent(1);
  } catch {
    return r; // digits beyond what the library computes with: show them as written
  }
}

/** A value (a Ratio, or its exact string from JSON) with `digits` decimals: `'0.167'`. @internal */
export function decimalOf(r: Ratio | string, digits: number): string {
  if (r instanceof Ratio) return r.toFixed(digits);
  try {
    return toRatio(r).toFixed(digits);
  } catch {
    return r; // digits beyond what the library computes with: show them as written
  }
}
