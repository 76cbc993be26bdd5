import { describe, fail, type ErrorPath } from '../errors.js';
import { MAX_STAGES, type Funnel } from '../funnel/defineFunnel.js';
import { toRatio } from '../numbers/parse.js';
import { QUANTILE_RULES, type QuantileRule } from '../numbers/quantile.js';
import { safeDen, safeNum } from '../numbers/ratio.js';
import * as z from 'zod/mini';
import { boundedArray, parseWith } from '../schema.js';
import { MS_PER_DAY } from '../calendar/dates.js';
import { toInstant } from './time.js';
import type { ActivityRecord, AnalyzeOptions, Attribution, ResolvedOptions } from './types.js';

/**
 * Reads the options of the activity-log functions once, at the boundary, into a plain settings
 * object the engine trusts.
 * @internal
 * @module
 */

/** The tie-breaking rule, stated once (it is part of every report's `options`). */
export const TIE_BREAK =
  "Records of one prospect are ordered by time; at equal times by funnel position (earlier stage first), then by source, rep, isNew (false, true, unknown), reason and value, so the order records arrive in never matters.";

const optionsSchema = /* @__PURE__ */ z.strictObject({
  order: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['ordered', 'strict', 'any'])),
  counting: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['unique', 'total'])),
  reEntry: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['first', 'last', 'each'])),
  window: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ fromFirst: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()), perStep: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()) })),
  exclude: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedArray(/* @__PURE__ */ z.string(), MAX_STAGES)),
  asOf: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  by: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([/* @__PURE__ */ z.enum(['rep', 'source', 'month', 'week']), /* @__PURE__ */ z.custom<(...a: unknown[]) => unknown>((v: unknown) => typeof v === 'function')])),
  attribution: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([/* @__PURE__ */ z.enum(['first', 'last']), /* @__PURE__ */ z.strictObject({ stage: /* @__PURE__ */ z.string() })])),
  stalledAfterDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  perProspect: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  onInvalid: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['throw', 'skip'])),
  quantile: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(QUANTILE_RULES)),
});

/** Settings the engine runs with: stage indexes refer to the funnel after `exclude`. */
export interface Settings {
  /** Stage ids and labels after exclusion, in funnel order. */
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  /** Original funnel index → index after exclusion, or -1 when excluded. */
  readonly stageMap: readonly number[];
  readonly order: 'ordered' | 'strict' | 'any';
  readonly total: boolean;
  readonly reEntry: 'first' | 'last' | 'each';
  readonly fromFirst: number | null;
  readonly perStep: number | null;
  readonly asOf: number | null;
  readonly by: 'rep' | 'source' | 'month' | 'week' | 'function' | null;
  readonly byFn: ((record: ActivityRecord, index: number) => string | null | undefined) | null;
  /** -1 first, -2 last, else the stage index (after exclusion) whose reaching event is attributed. */
  readonly attribution: number;
  readonly stalledAfter: number | null;
  readonly perProspect: boolean;
  readonly skip: boolean;
  /** The rule of the duration quantiles. */
  readonly quantile: QuantileRule;
  /** The options as a report shows them. */
  readonly resolved: Omit<ResolvedOptions, 'asOf' | 'asOfFrom'>;
}

function days(value: unknown, path: ErrorPath, what: string): number {
  const r = toRatio(value, path, what);
  if (r.sign() < 0) fail('NEGATIVE', `${what} is ${r.toString()} days; give 0 or more days.`, path);
  const ms = r.mul(toRatio(MS_PER_DAY));
  if (ms.den !== 1n) fail('NOT_INTEGER', `${what} (${value as string} days) is not a whole number of milliseconds.`, path);
  if (safeDen(ms) === 0 || safeNum(ms) > 400 * 366 * MS_PER_DAY) fail('OUT_OF_RANGE', `${what} is longer than 400 years.`, path);
  return safeNum(ms);
}

/** Validates options against a funnel. @throws FunnelMathError `INVALID_INPUT`, `UNKNOWN_STAGE`, `FUNNEL_TOO_SHORT`, `INVALID_DATE`, number codes. */
export function readSettings(funnel: Funnel, input: unknown, what: string): Settings {
  const path: ErrorPath = ['options'];
  const o = (input === undefined ? {} : parseWith(optionsSchema, input, path, what)) as AnalyzeOptions;
  const exclude = o.exclude ?? [];
  exclude.forEach((id, i) => {
    if (!funnel.ids.includes(id)) {
      fail('UNKNOWN_STAGE', `${what}: exclude names ${describe(id)}, which is not a stage of this funnel (${funnel.ids.join(', ')}).`, [...path, 'exclude', i]);
    }
  });
  const ids: string[] = [];
  const labels: string[] = [];
  const stageMap = funnel.stages.map((s) => {
    if (exclude.includes(s.id)) return -1;
    ids.push(s.id);
    labels.push(s.label);
    return ids.length - 1;
  });
  if (ids.length < 2) {
    fail('FUNNEL_TOO_SHORT', `${what}: after excluding ${exclude.join(', ')} fewer than two stages are left; a funnel needs two.`, [...path, 'exclude']);
  }
  const order = o.order ?? 'ordered';
  const fromFirst = o.window?.fromFirst === undefined ? null : days(o.window.fromFirst, [...path, 'window', 'fromFirst'], 'The window from the first stage');
  const perStep = o.window?.perStep === undefined ? null : days(o.window.perStep, [...path, 'window', 'perStep'], 'The per-step window');
  if (perStep !== null && order === 'any') {
    fail('INVALID_INPUT', `${what}: a per-step window needs an order of steps; with order 'any' use window.fromFirst, or choose order 'ordered'.`, [...path, 'window', 'perStep']);
  }
  const asOf = o.asOf === undefined ? null : toInstant(o.asOf, [...path, 'asOf'], 'asOf');
  const byOpt = o.by ?? null;
  const by = typeof byOpt === 'function' ? 'function' : byOpt;
  const att: Attribution = o.attribution ?? 'first';
  let attribution = -1;
  if (att === 'last') attribution = -2;
  else if (typeof att === 'object') {
    attribution = ids.indexOf(att.stage);
    if (attribution < 0) {
      fail('UNKNOWN_STAGE', `${what}: attribution names stage ${describe(att.stage)}, which is not a stage of this funnel (after exclude: ${ids.join(', ')}).`, [...path, 'attribution', 'stage']);
    }
  }
  const stalledAfter = o.stalledAfterDays === undefined ? null : days(o.stalledAfterDays, [...path, 'stalledAfterDays'], 'stalledAfterDays');
  const counting = o.counting ?? 'unique';
  const reEntry = o.reEntry ?? 'first';
  const onInvalid = o.onInvalid ?? 'throw';
  const perProspect = o.perProspect ?? false;
  const quantile = o.quantile ?? 'nearest-rank';
  return {
    ids,
    labels,
    stageMap,
    order,
    total: counting === 'total',
    reEntry,
    fromFirst,
    perStep,
    asOf,
    by,
    byFn: typeof byOpt === 'function' ? (byOpt as Settings['byFn']) : null,
    attribution,
    stalledAfter,
    perProspect,
    skip: onInvalid === 'skip',
    quantile,
    resolved: {
      order,
      counting,
      reEntry,
      window: { fromFirst, perStep },
      exclude: [...exclude],
      by,
      attribution: typeof att === 'object' ? { stage: att.stage } : att,
      stalledAfter,
      perProspect,
      onInvalid,
      tieBreak: TIE_BREAK,
      quantile,
    },
  };
}
