/**
 * The choices a goal and its functions take, as schemas. Each schema is typed by the public type it
 * reads (`Choice<GoalKind>`), so the compiler refuses a schema whose values differ from the type's
 * (one more or one less). (The public types are written out rather than inferred from these schemas: the documentation
 * and JSR's published types would otherwise point at internal constants.)
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import type { CascadeInto } from './window.js';
import type { ChangeBasis, CheckInCadence, GoalDirection, GoalKind, GoalLevel } from './goalTypes.js';
import type { GoalAggregate, GoalMeasure } from './metrics.js';
import type { PaceOptions } from './pace.js';

/** A zod/mini enum of exactly the values of `T`. */
export type Choice<T extends string> = z.ZodMiniEnum<{ [K in T]: K }>;


export const goalKindSchema: Choice<GoalKind> = /* @__PURE__ */ z.enum(['activity', 'outcome']);
export const goalLevelSchema: Choice<GoalLevel> = /* @__PURE__ */ z.enum(['annual', 'quarterly', 'monthly', 'weekly', 'team', 'individual', 'stretch']);
export const checkInSchema: Choice<CheckInCadence> = /* @__PURE__ */ z.enum(['daily', 'weekly', 'biweekly', 'monthly', 'quarterly']);
export const directionSchema: Choice<GoalDirection> = /* @__PURE__ */ z.enum(['at-least', 'at-most']);
export const basisSchema: Choice<ChangeBasis> = /* @__PURE__ */ z.enum(['relative', 'additive']);
export const targetTypeSchema: Choice<'absolute' | 'relative'> = /* @__PURE__ */ z.enum(['absolute', 'relative']);
export const measureSchema: Choice<GoalMeasure> = /* @__PURE__ */ z.enum(['money', 'count', 'rate', 'amount']);
export const aggregateSchema: Choice<GoalAggregate> = /* @__PURE__ */ z.enum(['sum', 'level']);
export const cascadeIntoSchema: Choice<CascadeInto> = /* @__PURE__ */ z.enum(['quarter', 'month', 'week', 'day']);
export const paceBySchema: Choice<NonNullable<PaceOptions['by']>> = /* @__PURE__ */ z.enum(['quarter', 'month', 'week']);
