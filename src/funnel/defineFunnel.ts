import { describe, fail, type ErrorPath } from '../errors.js';
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

function stageFrom(input: unknown, index: number, last: boolean, path: ErrorPath): Stage {
  const at = [...path, index];
  let id: unknown;
  let label: unknown;
  let kind: unknown;
  if (typeof input === 'string') {
    id = input;
  } else if (isPlainObject(input)) {
    for (const key of Object.keys(input)) {
      if (key !== 'id' && key !== 'label' && key !== 'kind') {
        fail('INVALID_INPUT', `Stage ${index + 1} has an unknown field "${key}"; a stage has id, label and kind.`, [...at, key]);
      }
    }
    id = input['id'];
    label = input['label'];
    kind = input['kind'];
  } else {
    fail('INVALID_STAGE_ID', `Stage ${index + 1} should be a string id or { id, label?, kind? }; got ${describe(input)}.`, at);
  }
  if (typeof id !== 'string' || id.trim() === '') {
    fail('INVALID_STAGE_ID', `Stage ${index + 1} needs a non-empty string id; got ${describe(id)}.`, typeof input === 'string' ? at : [...at, 'id']);
  }
  if (label !== undefined && typeof label !== 'string') {
    fail('INVALID_INPUT', `Stage "${id}" has a label that is not a string: ${describe(label)}.`, [...at, 'label']);
  }
  if (kind !== undefined && kind !== 'activity' && kind !== 'outcome') {
    fail('INVALID_INPUT', `Stage "${id}" has kind ${describe(kind)}; use "activity" or "outcome".`, [...at, 'kind']);
  }
  return Object.freeze({
    id,
    label: label ?? id,
    kind: kind ?? (last ? 'outcome' : 'activity'),
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
 * @category Funnel
 */
export function defineFunnel<const S extends readonly StageInput[]>(stages: S): Funnel<StageIdOf<S[number]>> {
  return buildFunnel(stages, []) as unknown as Funnel<StageIdOf<S[number]>>;
}

function buildFunnel(stages: unknown, path: ErrorPath): Funnel {
  if (!Array.isArray(stages)) {
    fail('INVALID_INPUT', `A funnel is an array of stages, top first, such as ['call', 'appointment', 'sale']; got ${describe(stages)}.`, path);
  }
  if (stages.length < 2) {
    fail('FUNNEL_TOO_SHORT', `A funnel needs at least two stages (an activity and what it converts into); got ${stages.length}.`, path);
  }
  if (stages.length > MAX_STAGES) {
    fail('INVALID_INPUT', `A funnel may have at most ${MAX_STAGES} stages; got ${stages.length}.`, path);
  }
  const built: Stage[] = [];
  const ids: string[] = [];
  for (let i = 0; i < stages.length; i++) {
    const stage = stageFrom(stages[i], i, i === stages.length - 1, path);
    const before = ids.indexOf(stage.id);
    if (before !== -1) {
      fail('DUPLICATE_STAGE', `Stage "${stage.id}" appears twice (positions ${before + 1} and ${i + 1}); stage ids must be unique.`, [...path, i]);
    }
    built.push(stage);
    ids.push(stage.id);
  }
  const funnel = { stages: Object.freeze(built), ids: Object.freeze(ids) };
  Object.defineProperty(funnel, DEFINED, { value: true });
  return Object.freeze(funnel);
}

/**
 * Accepts a funnel made by {@link defineFunnel}, or an array of stages / `{ stages }` object from
 * untrusted JSON, and returns a defined funnel; anything else throws.
 * @internal
 */
export function asFunnel<Id extends string>(input: Funnel<Id>, path: ErrorPath = ['funnel']): Funnel<Id> {
  if (input !== null && typeof input === 'object' && (input as unknown as Record<symbol, unknown>)[DEFINED] === true) return input;
  if (Array.isArray(input)) return buildFunnel(input, path) as Funnel<Id>;
  if (isPlainObject(input) && Array.isArray(input['stages'])) {
    return buildFunnel(ownArray(input['stages'] as unknown[]).map((s) => (isPlainObject(s) ? pickSpec(s) : s)), [...path, 'stages']) as Funnel<Id>;
  }
  return fail('INVALID_INPUT', `Expected a funnel from defineFunnel(['call', 'sale']) or an array of stages; got ${describe(input)}.`, path);
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
