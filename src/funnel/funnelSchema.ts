import type * as z from 'zod/mini';
import { piece } from '../input/piece.js';
import { readFunnel, type Funnel } from './defineFunnel.js';

/**
 * A zod/mini schema that parses a funnel from untrusted JSON (an array of stages, or
 * `{ stages: [...] }` as a defined funnel serialises) into a defined {@link Funnel}: the schema
 * {@link defineFunnel} itself reads with. A problem becomes a zod issue whose `params.funnelMath`
 * carries the FunnelMathError code, path and message.
 *
 * @example
 * import { funnelSchema } from 'funnel-math';
 * const parsed = funnelSchema.safeParse(JSON.parse('["call", {"id": "sale", "label": "Sales"}]'));
 * parsed.success && parsed.data.stages[1]!.label; // => 'Sales'
 * funnelSchema.safeParse(['call', 'call']).success; // => false
 * @category Funnels and rates
 */
export const funnelSchema: z.ZodMiniType<Funnel, unknown> = /* @__PURE__ */ piece({ subject: 'funnel', expected: 'funnel' }, readFunnel);
