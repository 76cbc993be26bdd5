import * as z from 'zod/mini';
import { fail, FunnelMathError, type ErrorPath, type FailParams } from '../errors.js';
import { MAX_STAGES, type Funnel } from '../funnel/defineFunnel.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import { quantilePiece } from '../input/quantile.js';
import { enEvents } from '../messages/enEvents.js';
import type { ErrorSubject } from '../messages/types.js';
import { toRatio } from '../numbers/parse.js';
import { type QuantileRule } from '../numbers/quantile.js';
import { Ratio, safeDen, safeNum } from '../numbers/ratio.js';
import { listOf, ownArray } from '../schema.js';
import { MS_PER_DAY } from '../calendar/dates.js';
import { instantPiece, isoInstant } from './time.js';
import type { ActivityRecord, AnalyzeOptions, EventCounting, EventOrder, ReEntry, ResolvedOptions } from './types.js';

type OnInvalid = NonNullable<AnalyzeOptions['onInvalid']>;

/**
 * The options of the activity-log functions: one schema of shared pieces, compiled once into the
 * reader every activity-log function calls, and the checks that need the funnel (stages named in
 * `exclude` and `attribution`). The engine trusts the settings it returns.
 * @internal
 * @module
 */

/** The tie-breaking rule, stated once (it is part of every report's `options`). */
export const TIE_BREAK =
  "Records of one prospect are ordered by time; at equal times by funnel position (earlier stage first), then by source, rep, isNew (false, true, unknown), reason and value, so the order records arrive in never matters.";

const EV = { phrases: enEvents } as const;

/** The longest window: 400 years of 366 days. */
const MAX_DAYS = 400 * 366;

/**
 * Reads a number of days (fractions allowed: 0.5 is 12 hours) as whole milliseconds, from 0 to
 * 400 years. A plain whole number of days, the common form, is read without building anything.
 */
function daysPiece(subject: ErrorSubject): Piece<number> {
  return piece(
    { subject, expected: 'eventDays', phrases: enEvents },
    (value, path, context) => {
      const about: FailParams = { phrases: enEvents, subject, expected: 'eventDays', ...context };
      const r = toRatio(value, path, about);
      if (r.sign() < 0) fail('NEGATIVE', { ...about, received: value }, path);
      const ms = r.mul(Ratio.of(MS_PER_DAY));
      if (ms.den !== 1n) fail('NOT_INTEGER', { ...about, days: r.toString(), received: ms.toNumber() }, path);
      if (safeDen(ms) === 0 || safeNum(ms) > MAX_DAYS * MS_PER_DAY) fail('OUT_OF_RANGE', { ...about, expected: 'daysUpTo400Years', received: value }, path);
      return safeNum(ms);
    },
    (value) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_DAYS ? value * MS_PER_DAY : undefined),
  );
}

/** A text (a stage name, checked against the funnel afterwards). */
function textPiece(subject: ErrorSubject): Piece<string> {
  return piece(
    { subject, expected: 'eventStage', phrases: enEvents },
    (value, path, context) => (typeof value === 'string' ? value : fail('INVALID_INPUT', { phrases: enEvents, subject, expected: 'eventStage', ...context, received: value }, path)),
    (value) => (typeof value === 'string' ? value : undefined),
  );
}

/** The stages to leave out: a list of at most MAX_STAGES texts, read through a plain copy. */
const excludePiece: Piece<string[]> = /* @__PURE__ */ piece({ subject: 'excludedStages', expected: 'stageList', phrases: enEvents }, (value, path, context) => {
  const about: FailParams = { phrases: enEvents, subject: 'excludedStages', expected: 'stageList', ...context };
  let list: unknown[];
  try {
    if (!Array.isArray(value)) return fail('INVALID_INPUT', { ...about, received: value }, path);
    if (value.length > MAX_STAGES) return fail('TOO_LONG', { ...about, length: value.length, max: MAX_STAGES }, path);
    list = ownArray(value as unknown[]);
  } catch (error) {
    if (error instanceof FunnelMathError) throw error;
    return fail('UNREADABLE_INPUT', about, path);
  }
  for (let i = 0; i < list.length; i++) {
    if (typeof list[i] !== 'string') fail('INVALID_INPUT', { phrases: enEvents, subject: 'excludedStage', row: i + 1, expected: 'eventStage', received: list[i] }, [...path, i]);
  }
  return list as string[];
});

const BY_VALUES = ['rep', 'source', 'month', 'week'] as const;
type ByField = (typeof BY_VALUES)[number];
/** A grouping function: free-form (the caller's own code), called once per record. */
type ByFunction = (record: ActivityRecord, index: number) => unknown;

/** `by`: a record field, the calendar, or a function of the record. */
const byPiece: Piece<ByField | ByFunction> = /* @__PURE__ */ piece(
  { subject: 'groupBy', expected: 'groupBy', phrases: enEvents },
  (value, path, context) => {
    if (typeof value === 'function') return value as ByFunction;
    if ((BY_VALUES as readonly unknown[]).includes(value)) return value as ByField;
    const about: FailParams = { phrases: enEvents, subject: 'groupBy', expected: 'groupBy', ...context, received: value };
    return typeof value === 'string' ? fail('INVALID_CHOICE', { ...about, allowed: listOf(BY_VALUES) }, path) : fail('INVALID_INPUT', about, path);
  },
  (value) => (typeof value === 'function' ? (value as ByFunction) : (BY_VALUES as readonly unknown[]).includes(value) ? (value as ByField) : undefined),
);

const attributionStage = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ stage: /* @__PURE__ */ textPiece('attributionStage') }),
  { phrases: enEvents, subject: 'attribution', expected: 'attribution' },
);
const ENDS = ['first', 'last'] as const;

/** `attribution`: `'first'`, `'last'` or `{ stage }`. */
const attributionPiece: Piece<'first' | 'last' | { stage: string }> = /* @__PURE__ */ piece(
  { subject: 'attribution', expected: 'attribution', phrases: enEvents },
  (value, path, context) => {
    if (value === 'first' || value === 'last') return value;
    if (typeof value === 'string') return fail('INVALID_CHOICE', { phrases: enEvents, subject: 'attribution', ...context, allowed: listOf(ENDS), received: value }, path);
    return attributionStage.read(value, path, context);
  },
  (value) => (value === 'first' || value === 'last' ? value : undefined),
);

const orderSchema: z.ZodMiniEnum<{ [K in EventOrder]: K }> = /* @__PURE__ */ z.enum(['ordered', 'strict', 'any']);
const countingSchema: z.ZodMiniEnum<{ [K in EventCounting]: K }> = /* @__PURE__ */ z.enum(['unique', 'total']);
const reEntrySchema: z.ZodMiniEnum<{ [K in ReEntry]: K }> = /* @__PURE__ */ z.enum(['first', 'last', 'each']);
const onInvalidSchema: z.ZodMiniEnum<{ [K in OnInvalid]: K }> = /* @__PURE__ */ z.enum(['throw', 'skip']);

/** The options of analyzeFunnel, analyzeColumns and the accumulator, as one schema. */
const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    order: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(orderSchema, 'eventOrder', 'string', EV)),
    counting: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(countingSchema, 'eventCounting', 'string', EV)),
    reEntry: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(reEntrySchema, 'reEntry', 'string', EV)),
    window: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        fromFirst: /* @__PURE__ */ z.optional(/* @__PURE__ */ daysPiece('windowFromFirst')),
        perStep: /* @__PURE__ */ z.optional(/* @__PURE__ */ daysPiece('windowPerStep')),
      }),
    ),
    exclude: /* @__PURE__ */ z.optional(excludePiece),
    asOf: /* @__PURE__ */ z.optional(/* @__PURE__ */ instantPiece('reportAsOf')),
    by: /* @__PURE__ */ z.optional(byPiece),
    attribution: /* @__PURE__ */ z.optional(attributionPiece),
    stalledAfterDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ daysPiece('stalledAfterDays')),
    perProspect: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    onInvalid: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(onInvalidSchema, 'onInvalid', 'string', EV)),
    quantile: /* @__PURE__ */ z.optional(quantilePiece),
    timeToConvert: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
);

/** Settings the engine runs with: stage indexes refer to the funnel after `exclude`. */
export interface Settings {
  /** Stage ids and labels after exclusion, in funnel order. */
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  /** Original funnel index → index after exclusion, or -1 when excluded. */
  readonly stageMap: readonly number[];
  readonly order: EventOrder;
  readonly total: boolean;
  readonly reEntry: ReEntry;
  readonly fromFirst: number | null;
  readonly perStep: number | null;
  readonly asOf: number | null;
  readonly by: 'rep' | 'source' | 'month' | 'week' | 'function' | null;
  readonly byFn: ByFunction | null;
  /** -1 first, -2 last, else the stage index (after exclusion) whose reaching event is attributed. */
  readonly attribution: number;
  readonly stalledAfter: number | null;
  readonly perProspect: boolean;
  readonly skip: boolean;
  /** The rule of the duration quantiles. */
  readonly quantile: QuantileRule;
  /** False for counts only: no durations are collected or summarised. */
  readonly timeToConvert: boolean;
  /** The options as a report shows them. */
  readonly resolved: Omit<ResolvedOptions, 'asOf' | 'asOfFrom'>;
  /**
   * The options that were given, as plain JSON in a fixed key order (days as exact fractions, the
   * as-of time as ISO text, a grouping function as `'function'`), so equal option sets written
   * differently serialise alike. What an accumulator saves and compares.
   */
  readonly given: Record<string, unknown>;
}

/** Milliseconds as days, an exact fraction: 43200000 → '1/2'. */
const daysText = (ms: number) => Ratio.of(ms, MS_PER_DAY).toString();

/** The options in the order a saved accumulator lists them. */
const GIVEN_ORDER = ['order', 'counting', 'reEntry', 'window', 'exclude', 'asOf', 'by', 'attribution', 'stalledAfterDays', 'perProspect', 'onInvalid', 'quantile', 'timeToConvert'] as const;

/**
 * Reads and checks the options against a funnel.
 * @param path - where the options sit in the caller's input.
 * @throws FunnelMathError `UNKNOWN_OPTION`, `INVALID_CHOICE`, `INVALID_INPUT`, `UNREADABLE_INPUT`,
 *   `UNKNOWN_STAGE`, `FUNNEL_TOO_SHORT`, `CONFLICTING_OPTIONS`, `INVALID_DATE`, number codes.
 */
export function readSettings(funnel: Funnel, input: unknown, path: ErrorPath = ['options']): Settings {
  const o = input === undefined ? {} : optionsInput.read(input, path);
  const exclude = o.exclude ?? [];
  for (let i = 0; i < exclude.length; i++) {
    const id = exclude[i]!;
    if (!funnel.ids.includes(id)) fail('UNKNOWN_STAGE', { ...EV, subject: 'excludedStage', row: i + 1, key: id, stages: funnel.ids.join(', ') }, [...path, 'exclude', i]);
  }
  const ids: string[] = [];
  const labels: string[] = [];
  const stageMap = funnel.stages.map((s) => {
    if (exclude.includes(s.id)) return -1;
    ids.push(s.id);
    labels.push(s.label);
    return ids.length - 1;
  });
  if (ids.length < 2) fail('FUNNEL_TOO_SHORT', { length: ids.length }, [...path, 'exclude']);
  const order = o.order ?? 'ordered';
  const fromFirst = o.window?.fromFirst ?? null;
  const perStep = o.window?.perStep ?? null;
  if (perStep !== null && order === 'any') fail('CONFLICTING_OPTIONS', { ...EV, subject: 'perStepWithAny', expected: 'perStepOrder' }, [...path, 'window', 'perStep']);
  const asOf = o.asOf ?? null;
  const byOpt = o.by ?? null;
  const by = typeof byOpt === 'function' ? 'function' : byOpt;
  const att = o.attribution ?? 'first';
  let attribution = -1;
  if (att === 'last') attribution = -2;
  else if (typeof att === 'object') {
    attribution = ids.indexOf(att.stage);
    if (attribution < 0) fail('UNKNOWN_STAGE', { ...EV, subject: 'attributionStage', key: att.stage, stages: ids.join(', ') }, [...path, 'attribution', 'stage']);
  }
  const stalledAfter = o.stalledAfterDays ?? null;
  const counting = o.counting ?? 'unique';
  const reEntry = o.reEntry ?? 'first';
  const onInvalid = o.onInvalid ?? 'throw';
  const perProspect = o.perProspect ?? false;
  const quantile = o.quantile ?? 'nearest-rank';
  const timeToConvert = o.timeToConvert ?? true;
  // the options as given, in a fixed order, each as it reads back (days as exact text, asOf as ISO)
  const shown: Record<string, unknown> = {
    ...o,
    window: { ...(fromFirst === null ? {} : { fromFirst: daysText(fromFirst) }), ...(perStep === null ? {} : { perStep: daysText(perStep) }) },
    exclude: [...exclude],
    asOf: asOf === null ? null : isoInstant(asOf),
    by,
    attribution: typeof att === 'object' ? { stage: att.stage } : att,
    stalledAfterDays: stalledAfter === null ? null : daysText(stalledAfter),
  };
  const given: Record<string, unknown> = {};
  for (const key of GIVEN_ORDER) if (o[key] !== undefined) given[key] = shown[key];
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
    byFn: typeof byOpt === 'function' ? byOpt : null,
    attribution,
    stalledAfter,
    perProspect,
    skip: onInvalid === 'skip',
    quantile,
    timeToConvert,
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
      timeToConvert,
    },
    given,
  };
}
