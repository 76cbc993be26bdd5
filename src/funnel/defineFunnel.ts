import * as z from 'zod/mini';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { choicePiece } from '../input/choice.js';
import { isPlainObject, ownArray } from '../schema.js';

/** An activity is what a rep does (calls, emails); an outcome is what it yields (a sale). */
export type StageKind = 'activity' | 'outcome';

/** A stage written as an object; `label` defaults to the id, `kind` to `'outcome'` for the last stage. */
export interface StageSpec<Id extends string = string> {
  readonly id: Id;
  readonly label?: string;
  readonly kind?: StageKind;
}

/** A stage as written by the caller: its id alone, or a {@link StageSpec}. */
export type StageInput<Id extends string = string> = Id | StageSpec<Id>;

/** The stage id a {@link StageInput} declares. */
export type StageIdOf<S> = S extends string ? S : S extends { readonly id: infer I extends string } ? I : never;

/** A stage of a defined funnel: id, label, kind and position (0 = top). */
export interface Stage<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly kind: StageKind;
  readonly index: number;
}

/**
 * An ordered sales funnel, top (most activity) first. Create with {@link defineFunnel}; every
 * calculator takes one. Immutable.
 */
export interface Funnel<Id extends string = string> {
  readonly stages: readonly Stage<Id>[];
  readonly ids: readonly Id[];
}

/** The stage-id union of a funnel: `StageId<typeof funnel>`. */
export type StageId<F> = F extends Funnel<infer Id> ? Id : never;

const DEFINED = /* @__PURE__ */ Symbol('funnel-math.funnel');
export const MAX_STAGES = 64;

const stageKindSchema: z.ZodMiniEnum<{ [K in StageKind]: K }> = /* @__PURE__ */ z.enum(['activity', 'outcome']);

/** A stage id: a non-empty text. */
function readStageId(value: unknown, path: ErrorPath, context?: FailParams): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  return fail('INVALID_STAGE_ID', { subject: 'stage', position: context?.['position'] ?? '', received: value }, path);
}

const stageSpecInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    id: /* @__PURE__ */ piece({ subject: 'stageId', expected: 'string' }, readStageId),
    label: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ subject: 'stageLabel', expected: 'string' }, readLabel)),
    kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(stageKindSchema, 'stageKind')),
  }),
  { subject: 'stage', expected: 'stage' },
);

function readLabel(value: unknown, path: ErrorPath, context?: FailParams): string {
  return typeof value === 'string' ? value : fail('INVALID_INPUT', { ...context, subject: 'stageLabel', expected: 'string', received: value }, path);
}

function stageFrom(input: unknown, index: number, last: boolean, path: ErrorPath): Stage {
  const at = [...path, index];
  const position = index + 1;
  let spec: { id: string; label?: string; kind?: StageKind };
  if (typeof input === 'string') spec = { id: readStageId(input, at, { position }) };
  else if (isPlainObject(input)) {
    if (!Object.hasOwn(input, 'id')) fail('INVALID_STAGE_ID', { subject: 'stage', position, received: undefined }, [...at, 'id']);
    const id = readStageId(input['id'], [...at, 'id'], { position });
    spec = stageSpecInput.read(input, at, { position, stage: id }) as typeof spec;
    spec.id = id;
  } else return fail('INVALID_STAGE_ID', { subject: 'stage', position, received: input }, at);
  return Object.freeze({
    id: spec.id,
    label: spec.label ?? spec.id,
    kind: spec.kind ?? (last ? 'outcome' : 'activity'),
    index,
  });
}

/**
 * Defines a funnel from its stages, top first. Stage ids are inferred as a string-literal union, so
 * a misspelt stage in `rates` or `counts` is a compile error; at run time every id is checked too.
 *
 * Ids are compared exactly (`'Call'` and `'call'` differ). Ids such as `__proto__` or `constructor`
 * are ordinary ids: results are built so they never touch an object's prototype.
 *
 * @param stages - at least two stage ids or `{ id, label?, kind? }` objects, unique, non-empty.
 * @returns a frozen {@link Funnel}.
 * @throws FunnelMathError `FUNNEL_TOO_SHORT`, `INVALID_STAGE_ID`, `DUPLICATE_STAGE`, `INVALID_INPUT`.
 * @example
 * import { defineFunnel } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * funnel.ids; // => ['call', 'appointment', 'sale']
 * funnel.stages[2]!.kind; // => 'outcome'
 * defineFunnel([{ id: 'lead', label: 'Leads (MQL)' }, 'won']).stages[0]!.label; // => 'Leads (MQL)'
 * @category Funnels and rates
 */
export function defineFunnel<const S extends readonly StageInput[]>(stages: S): Funnel<StageIdOf<S[number]>> {
  return readFunnel(stages, []) as unknown as Funnel<StageIdOf<S[number]>>;
}

function buildFunnel(stages: unknown, path: ErrorPath): Funnel {
  if (!Array.isArray(stages)) return fail('INVALID_INPUT', { subject: 'funnel', expected: 'funnel', received: stages }, path);
  if (stages.length < 2) fail('FUNNEL_TOO_SHORT', { length: stages.length }, path);
  if (stages.length > MAX_STAGES) fail('TOO_LONG', { subject: 'funnel', length: stages.length, max: MAX_STAGES }, path);
  const built: Stage[] = [];
  const ids: string[] = [];
  for (let i = 0; i < stages.length; i++) {
    const stage = stageFrom(stages[i], i, i === stages.length - 1, path);
    const before = ids.indexOf(stage.id);
    if (before !== -1) fail('DUPLICATE_STAGE', { stage: stage.id, first: before + 1, second: i + 1 }, [...path, i]);
    built.push(stage);
    ids.push(stage.id);
  }
  const funnel = { stages: Object.freeze(built), ids: Object.freeze(ids) };
  Object.defineProperty(funnel, DEFINED, { value: true });
  return Object.freeze(funnel);
}

/**
 * Reads a funnel: one made by {@link defineFunnel}, a list of stages, or `{ stages }` as a defined
 * funnel serialises to JSON. The reader of {@link funnelSchema}.
 * @internal
 */
export function readFunnel(input: unknown, path: ErrorPath): Funnel {
  if (input !== null && typeof input === 'object' && (input as Record<symbol, unknown>)[DEFINED] === true) return input as Funnel;
  if (Array.isArray(input)) return buildFunnel(input, path);
  if (isPlainObject(input) && Array.isArray(input['stages'])) {
    return buildFunnel(ownArray(input['stages'] as unknown[]).map((s) => (isPlainObject(s) ? pickSpec(s) : s)), [...path, 'stages']);
  }
  return fail('INVALID_INPUT', { subject: 'funnel', expected: 'funnel', received: input }, path);
}

const FUNNEL_PATH: ErrorPath = /* @__PURE__ */ Object.freeze(['funnel']);

/**
 * Accepts a funnel made by {@link defineFunnel}, or an array of stages / `{ stages }` object from
 * untrusted JSON, and returns a defined funnel; anything else throws.
 * @internal
 */
export function asFunnel<Id extends string>(input: Funnel<Id>, path: ErrorPath = FUNNEL_PATH): Funnel<Id> {
  return readFunnel(input, path) as Funnel<Id>;
}

/** A serialised Stage carries `index`; keep only what a StageSpec declares. */
function pickSpec(s: Record<string, unknown>): Record<string, unknown> {
  const spec: Record<string, unknown> = { id: s['id'] };
  if (s['label'] !== undefined) spec['label'] = s['label'];
  if (s['kind'] !== undefined) spec['kind'] = s['kind'];
  return spec;
}

/** Position of a stage id, or -1. @internal */
export function stageIndex(funnel: Funnel, id: unknown): number {
  return typeof id === 'string' ? funnel.ids.indexOf(id) : -1;
}
