/**
 * Reading a result before it is drawn: the pieces every renderer's schemas share, and the one
 * place a failed read becomes a {@link FunnelMathError}.
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { fail, FunnelMathError } from '../errors.js';
import { toRatio } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { parseWith } from '../schema.js';

/*
 * The fields each layout reads, checked before a single one is drawn: a malformed result (a missing
 * field, a string where a count belongs, NaN, a getter that throws) is refused with INVALID_INPUT and
 * the path of the bad field, never drawn as "NaN" or "undefined" and never a TypeError.
 */
export const count = /* @__PURE__ */ z.custom<number>((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'should be a whole number, 0 or more');
/** A rate as the library returns it (a Ratio) or as JSON writes it (its exact string, `'3/20'`). */
export const rate = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.custom<Ratio>((v) => v instanceof Ratio, 'should be an exact rate, such as "3/20"'),
  /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^-?\d{1,300}(\/[1-9]\d{0,300})?$/)),
]);
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
    if (error instanceof FunnelMathError) throw error;
    return fail('UNREADABLE_INPUT', { subject: 'result' }, ['result']);
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
