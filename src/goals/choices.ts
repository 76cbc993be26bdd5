/**
 * The choices a goal and its functions take, each written once: the schema reads the value and
 * gives the type.
 * @internal
 * @module
 */
import * as z from 'zod/mini';

export const goalKindSchema = /* @__PURE__ */ z.enum(['activity', 'outcome']);
export const goalLevelSchema = /* @__PURE__ */ z.enum(['annual', 'quarterly', 'monthly', 'weekly', 'team', 'individual', 'stretch']);
export const checkInSchema = /* @__PURE__ */ z.enum(['daily', 'weekly', 'biweekly', 'monthly', 'quarterly']);
export const directionSchema = /* @__PURE__ */ z.enum(['at-least', 'at-most']);
export const basisSchema = /* @__PURE__ */ z.enum(['relative', 'additive']);
export const targetTypeSchema = /* @__PURE__ */ z.enum(['absolute', 'relative']);
export const measureSchema = /* @__PURE__ */ z.enum(['money', 'count', 'rate', 'amount']);
export const aggregateSchema = /* @__PURE__ */ z.enum(['sum', 'level']);
export const cascadeIntoSchema = /* @__PURE__ */ z.enum(['quarter', 'month', 'week', 'day']);
export const paceBySchema = /* @__PURE__ */ z.enum(['quarter', 'month', 'week']);
