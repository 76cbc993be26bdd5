import { FunnelMathError, fail } from '../errors.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { enEvents } from '../messages/enEvents.js';
import { isPlainObject } from '../schema.js';
import { runEngine } from './engine.js';
import { readSettings, type Settings } from './options.js';
import { addRecords, checkState, columnsOf, emptyStore, mergeInto, mergeState, metaOf, stateOf, storeOf, type FunnelAccumulatorState, type Store } from './store.js';
import type { ActivityRecord, ActivityReport, AnalyzeOptions, GroupBy } from './types.js';

/**
 * A mergeable, serialisable accumulator of activity records: shard a log, accumulate each shard
 * anywhere, merge the parts in any order and get exactly the report of a single pass.
 *
 * Why the state keeps one entry per record, for every option set (no per-prospect fold that
 * reproduces the report exists; test/events/compactState.test.ts checks the example):
 * - Parts are merged in any order and a prospect's records may sit in any part, so a part's state
 *   must answer for every record another part may still bring, at any time.
 * - `ignored.outsideJourney` (and its `OUTSIDE_JOURNEY` warning) counts a prospect's records that
 *   arrive while its current journey is over, and a first-stage record starts a new journey. Take
 *   a part holding a prospect lost at its first call, then n meetings, and another part holding
 *   one call of that prospect at a time t: merged, the meetings after t belong to the new journey
 *   and those before t are outside, so the count is the number of meetings before t and takes
 *   n + 1 values as t moves. The first part's state must tell n + 1 futures apart: it grows with
 *   that prospect's records, whatever `order`, `reEntry`, `counting` and `window` are (and this
 *   happens in every log where a journey ends, by its last stage or a loss reason, and the
 *   prospect has more records afterwards).
 * - The counted journeys need whole histories too where steps are ordered: a stage is reached at
 *   its earliest record after the stage before was reached, and that reach time can still move
 *   earlier when another part brings an earlier record, so every record of a later stage that
 *   precedes the current reach time stays a candidate (a sale logged before any meeting counts once
 *   a meeting before it arrives). Windows, strict order and loss reasons cut a journey at a record
 *   another part may bring before any of a part's records. Only `order: 'any'` without windows has
 *   a bounded summary of the first journey (per stage the earliest record in the tie-break order,
 *   the earliest loss-reason record), and only without `stalledAfterDays`, `perProspect` and
 *   `attribution: 'last'`, which read the journey's latest record (and that moves whenever the
 *   journey's end moves earlier); the first point above still rules it out.
 * So the exact state is the records themselves: the JSON keeps one entry per record, strings once.
 * @module
 */

const FORMAT = 'funnel-math/accumulator@1';
const EV = { phrases: enEvents } as const;

/** The plain-JSON form of a {@link FunnelAccumulator}: what `toJSON()` returns and {@link funnelAccumulatorFromJSON} reads. @category Activity logs */
export interface FunnelAccumulatorJSON {
  readonly format: typeof FORMAT;
  readonly funnel: readonly { readonly id: string; readonly label: string; readonly kind: string }[];
  /** The options, as plain JSON (a `by` function is stored as `'function'`: its keys are already in the state). */
  readonly options: Record<string, unknown>;
  readonly state: FunnelAccumulatorState;
}

/** Accumulates records; see {@link createFunnelAccumulator}. @category Activity logs */
export interface FunnelAccumulator<Id extends string = string> {
  /** Adds one record (a bad one throws, or is listed in `rejected` with `onInvalid: 'skip'`). */
  add(record: ActivityRecord<Id>): FunnelAccumulator<Id>;
  addMany(records: readonly ActivityRecord<Id>[]): FunnelAccumulator<Id>;
  /** Adds everything another accumulator (or its JSON) holds. Same funnel and options required. */
  merge(other: FunnelAccumulator<Id> | FunnelAccumulatorJSON): FunnelAccumulator<Id>;
  /** A deep, plain-JSON copy of the state. */
  toJSON(): FunnelAccumulatorJSON;
  /** The report of everything added so far, as {@link analyzeFunnel} gives it. */
  result(): ActivityReport<Id>;
}

/**
 * The store, funnel and options of each accumulator this module made, so that merging one reads
 * its columns as they are (a copy through JSON only for an accumulator of another copy of the
 * library, or one given as JSON).
 */
const live = /* @__PURE__ */ new WeakMap<object, { store: Store; funnel: FunnelAccumulatorJSON['funnel']; options: Record<string, unknown> }>();

const funnelJSONOf = (funnel: Funnel) => funnel.stages.map((s) => ({ id: s.id, label: s.label, kind: s.kind }));

/**
 * The funnel and options of another accumulator's JSON, as read and written back by this module
 * (so only plain values are compared): null for a part that cannot be read, which never matches.
 */
function signatureOf(json: Record<string, unknown>): { funnel: string | null; options: Record<string, unknown> | null } {
  let f: Funnel;
  try {
    f = asFunnel(json['funnel'] as Funnel, ['other', 'funnel']);
  } catch (error) {
    if (error instanceof FunnelMathError) return { funnel: null, options: null };
    throw error;
  }
  const funnel = JSON.stringify(funnelJSONOf(f));
  try {
    if (!isPlainObject(json['options'])) return { funnel, options: null };
    const o = json['options'];
    const asOptions = o['by'] === 'function' ? { ...o, by: () => null } : o;
    return { funnel, options: readSettings(f, asOptions, ['other', 'options']).given };
  } catch (error) {
    if (error instanceof FunnelMathError) return { funnel, options: null };
    throw error;
  }
}

/** What differs between two accumulators, as the names the caller knows: 'stages' and option keys. */
function differences(ours: { funnel: string; options: Record<string, unknown> }, theirs: ReturnType<typeof signatureOf>): string[] {
  const out: string[] = [];
  if (theirs.funnel !== ours.funnel) out.push('stages');
  if (theirs.options === null) {
    out.push('options');
    return out;
  }
  const other = theirs.options;
  const keys = [...Object.keys(ours.options), ...Object.keys(other).filter((k) => !Object.hasOwn(ours.options, k))];
  for (const k of keys) if (JSON.stringify(ours.options[k]) !== JSON.stringify(other[k])) out.push(k);
  return out;
}

function build<Id extends string>(funnel: Funnel<Id>, settings: Settings, store: Store, hasByFn: boolean): FunnelAccumulator<Id> {
  const funnelJSON = funnelJSONOf(funnel);
  const opts = settings.given;
  const ours = { funnel: JSON.stringify(funnelJSON), options: opts };
  // one record is read as a list of one, kept here so that adding it makes nothing
  const one: unknown[] = [undefined];
  const canAdd = () => {
    if (settings.by === 'function' && !hasByFn) {
      // JSON cannot carry a function: the saved accumulator has its keys, not the function
      fail('MISSING_VALUE', { ...EV, subject: 'groupingFunction', expected: 'groupingFunctionAgain' }, ['options', 'by']);
    }
  };
  const acc: FunnelAccumulator<Id> = {
    add(record) {
      canAdd();
      one[0] = record;
      try {
        addRecords(store, funnel, settings, one);
      } finally {
        one[0] = undefined;
      }
      return acc;
    },
    addMany(records) {
      if (!Array.isArray(records)) fail('INVALID_INPUT', { ...EV, subject: 'activityRecords', expected: 'activityRecords', received: records }, ['records']);
      if (records.length > 0) canAdd();
      addRecords(store, funnel, settings, records);
      return acc;
    },
    merge(other) {
      const theirs = typeof other === 'object' && other !== null ? live.get(other) : undefined;
      if (theirs) {
        // its funnel and options compared exactly as those of its JSON would be
        const differ = differences(ours, signatureOf({ funnel: theirs.funnel.map((s) => ({ ...s })), options: JSON.parse(JSON.stringify(theirs.options)) as unknown }));
        if (differ.length > 0) fail('INCOMPATIBLE', { ...EV, subject: 'mergeMismatch', detail: differ.join(', ') }, ['other']);
        mergeInto(store, theirs.store);
        return acc;
      }
      const json = isPlainObject(other) && typeof (other as { toJSON?: unknown }).toJSON !== 'function' ? (other as FunnelAccumulatorJSON) : (other as FunnelAccumulator<Id>)?.toJSON?.();
      if (!isPlainObject(json) || json['format'] !== FORMAT) fail('INVALID_INPUT', { ...EV, subject: 'mergedAccumulator', expected: 'mergedAccumulator', received: other }, ['other']);
      // compared as plain JSON of what was read, so nothing in the other's JSON (a BigInt, a cycle) reaches JSON.stringify
      const differ = differences(ours, signatureOf(json));
      if (differ.length > 0) fail('INCOMPATIBLE', { ...EV, subject: 'mergeMismatch', detail: differ.join(', ') }, ['other']);
      mergeState(store, checkState(json.state, settings.ids.length, ['other', 'state']));
      return acc;
    },
    toJSON() {
      return { format: FORMAT, funnel: funnelJSON.map((s) => ({ ...s })), options: JSON.parse(JSON.stringify(opts)) as Record<string, unknown>, state: stateOf(store) };
    },
    result() {
      return runEngine(columnsOf(store), settings, metaOf(store)) as ActivityReport<Id>;
    },
  };
  live.set(acc, { store, funnel: funnelJSON, options: opts });
  return acc;
}

/**
 * Creates an empty accumulator for activity records. `add` / `addMany` read records exactly as
 * {@link analyzeFunnel} does; `merge` adds another accumulator's records; `toJSON` gives a plain
 * JSON state and {@link funnelAccumulatorFromJSON} reads it back. Merging accumulators built on any
 * partition of a log, in any order, gives exactly the report of one pass over the whole log, so
 * engines that run JavaScript aggregate functions (BigQuery UDAFs: initialState / aggregate / merge
 * / finalize) can shard the work — see docs/activity-logs.md.
 *
 * The state keeps one compact entry per record (journeys, windows and re-entries need a prospect's
 * whole history), so it grows with the log; record indexes in `rejected` are per accumulator.
 * No option set allows a smaller exact state folded per prospect: the records outside a journey
 * depend on where a first-stage record from another part falls among a prospect's records (see
 * "Sharding" in docs/activity-logs.md).
 * Without `asOf`, the report is as of the latest record added to any part.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param options - as for {@link analyzeFunnel}.
 * @returns a {@link FunnelAccumulator}.
 * @throws FunnelMathError as {@link analyzeFunnel}; `INCOMPATIBLE` when merging a different funnel or
 *   options (the message names what differs); `MISSING_VALUE` when records are added to an
 *   accumulator read back from JSON that grouped by a function, without the function.
 * @example
 * import { createFunnelAccumulator, funnelAccumulatorFromJSON, defineFunnel } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
 * const a = createFunnelAccumulator(funnel).add({ prospect: 'p1', stage: 'call', at: '2026-11-02' });
 * const b = createFunnelAccumulator(funnel).addMany([
 *   { prospect: 'p1', stage: 'meeting', at: '2026-11-04' },
 *   { prospect: 'p2', stage: 'call', at: '2026-11-03' },
 * ]);
 * const merged = funnelAccumulatorFromJSON(JSON.parse(JSON.stringify(a.toJSON()))).merge(b);
 * merged.result().stages[1]!.ofPrevious!.label; // => '50.0% of call (1 of 2)'
 * @category Activity logs
 */
export function createFunnelAccumulator<Id extends string>(funnel: Funnel<Id>, options?: AnalyzeOptions<NoInfer<Id>>): FunnelAccumulator<Id> {
  const f = asFunnel(funnel);
  const settings = readSettings(f, options);
  return build(f, settings, emptyStore(), settings.byFn !== null);
}

/**
 * Reads an accumulator back from the JSON its `toJSON()` gave (after any number of JSON round
 * trips). The state is checked in full: a damaged state throws rather than giving a wrong report.
 *
 * @param json - what `toJSON()` returned, possibly parsed back from a string.
 * @param extra - `by`: the grouping function again, when the accumulator grouped by a function and
 *   more records will be added (merging and `result()` do not need it).
 * @returns a {@link FunnelAccumulator} with the same funnel, options and records.
 * @throws FunnelMathError `INVALID_INPUT` for a damaged state; the option codes of {@link analyzeFunnel}.
 * @example
 * import { createFunnelAccumulator, funnelAccumulatorFromJSON, defineFunnel } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const acc = createFunnelAccumulator(funnel).add({ prospect: 7, stage: 'call', at: 1_700_000_000_000 });
 * funnelAccumulatorFromJSON(acc.toJSON()).result().stages[0]!.prospects; // => 1
 * @category Activity logs
 */
export function funnelAccumulatorFromJSON<Id extends string = string>(
  json: FunnelAccumulatorJSON,
  extra?: { readonly by?: Extract<GroupBy<Id>, (...args: never[]) => unknown> },
): FunnelAccumulator<Id> {
  if (!isPlainObject(json) || json['format'] !== FORMAT) {
    fail('INVALID_INPUT', { ...EV, subject: 'savedAccumulator', expected: 'savedAccumulator', received: json }, ['json']);
  }
  const f = asFunnel(json['funnel'] as unknown as Funnel<Id>, ['json', 'funnel']);
  if (!isPlainObject(json['options'])) fail('INVALID_INPUT', { ...EV, subject: 'savedOptions', expected: 'object', received: json['options'] }, ['json', 'options']);
  const opts = json['options'] as Record<string, unknown>;
  const byFn = extra !== undefined && isPlainObject(extra) && typeof extra['by'] === 'function' ? extra['by'] : null;
  const asOptions = opts['by'] === 'function' ? { ...opts, by: byFn ?? (() => null) } : opts;
  const settings = readSettings(f, asOptions, ['json', 'options']);
  const state = checkState(json['state'], settings.ids.length, ['json', 'state']);
  return build(f, settings, storeOf(state), byFn !== null || opts['by'] !== 'function');
}
