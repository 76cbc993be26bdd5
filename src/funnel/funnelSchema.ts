import { FunnelMathError } from '../errors.js';
import * as z from 'zod/mini';
import { asFunnel, type Funnel } from './defineFunnel.js';

/**
 * A zod/mini schema that parses a funnel from untrusted JSON (an array of stages, or
 * `{ stages: [...] }` as a defined funnel serialises) into a defined {@link Funnel}, with the same
 * checks as {@link defineFunnel}; problems become zod issues carrying our error code in `params`.
 *
 * @example
 * import { funnelSchema } from 'funnel-math';
 * const parsed = funnelSchema.safeParse(JSON.parse('["call", {"id": "sale", "label": "Sales"}]'));
 * parsed.success && parsed.data.stages[1]!.label; // => 'Sales'
 * funnelSchema.safeParse(['call', 'call']).success; // => false
 * @category Funnel
 */
export const funnelSchema: z.ZodMiniType<Funnel, unknown> = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z.unknown(),
  /* @__PURE__ */ z.transform((value, ctx) => {
    try {
      return asFunnel(value as Funnel, []);
    } catch (error) {
      if (!(error instanceof FunnelMathError)) throw error;
      ctx.issues.push({
        code: 'custom',
        message: error.message,
        input: value,
        path: [...error.path],
        params: { code: error.code },
      });
      return z.NEVER;
    }
  }),
);
