import { FunnelMathError } from '../errors.js';
import * as z from 'zod/mini';
import { strictGoal } from './defineGoal.js';
import type { Goal } from './goalTypes.js';

/**
 * A zod/mini schema that parses a goal from untrusted JSON into a defined {@link Goal}, with the
 * same checks as {@link defineGoal}; a problem becomes a zod issue whose `params.code` is the
 * FunnelMathError code.
 *
 * @example
 * import { goalSchema } from 'funnel-math';
 * const parsed = goalSchema.safeParse(JSON.parse('{"title": "Calls", "metric": "calls", "target": 1000}'));
 * parsed.success && parsed.data.kind; // => 'activity'
 * goalSchema.safeParse({ title: 'Calls', metric: 'calls', target: 'lots' }).success; // => false
 * @category Goals
 */
export const goalSchema: z.ZodMiniType<Goal, unknown> = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z.unknown(),
  /* @__PURE__ */ z.transform((value, ctx) => {
    try {
      return strictGoal(value, []);
    } catch (error) {
      if (!(error instanceof FunnelMathError)) throw error;
      // `funnelMath` carries the error through any schema this one is composed into, as the library's own pieces do
      const funnelMath = { code: error.code, path: [], message: error.message, params: error.params };
      ctx.issues.push({ code: 'custom', message: error.message, input: value, path: [...error.path], params: { code: error.code, funnelMath } });
      return z.NEVER;
    }
  }),
);
