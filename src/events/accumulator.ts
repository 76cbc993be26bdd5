import { FunnelMathError, describe, fail } from '../errors.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { toRatio } from '../numbers/parse.js';
import { isPlainObject } from '../schema.js';
import { runEngine } from './engine.js';
import { readSettings, type Settings } from './options.js';
import { addRecord, checkState, columnsOf, copyState, emptyState, mergeInto, storeOf, type Store, type FunnelAccumulatorState } from './store.js';
import { isoInstant, toInstant } from './time.js';
import type { ActivityRecord, ActivityReport, AnalyzeOptions, GroupBy } from './types.js';

/**
 * A mergeable, serialisable accumulator of activity records: shard a log, accumulate each shard
 * anywhere, merge the parts in any order and get exactly the report of a single pass.
 * @module
 */

const FORMAT = 'funnel-math/accumulator@1';

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

/** Options as plain JSON, keys in a fixed order so two equal option sets serialise alike. */
function optionsJSON(o: AnalyzeOptions | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!o) return out;
  if (o.order !== undefined) out['order'] = o.order;
  if (o.counting !== undefined) out['counting'] = o.counting;
  if (o.reEntry !== undefined) out['reEntry'] = o.reEntry;
  if (o.window !== undefined) {
    const w: Record<string, string> = {};
    if (o.window.fromFirst !== undefined) w['fromFirst'] = toRatio(o.window.fromFirst).toString();
    if (o.window.perStep !== undefined) w['perStep'] = toRatio(o.window.perStep).toString();
    out['window'] = w;
  }
  if (o.exclude !== undefined) out['exclude'] = [...o.exclude];
  if (o.asOf !== undefined) out['asOf'] = isoInstant(toInstant(o.asOf, [], 'asOf'));
  if (o.by !== undefined) out['by'] = typeof o.by === 'function' ? 'function' : o.by;
  if (o.attribution !== undefined) out['attribution'] = typeof o.attribution === 'object' ? { stage: o.attribution.stage } : o.attribution;
  if (o.stalledAfterDays !== undefined) out['stalledAfterDays'] = toRatio(o.stalledAfterDays).toString();
  if (o.perProspect !== undefined) out['perProspect'] = o.perProspect;
  if (o.onInvalid !== undefined) out['onInvalid'] = o.onInvalid;
  return out;
}

const funnelJSONOf = (funnel: Funnel) => funnel.stages.map((s) => ({ id: s.id, label: s.label, kind: s.kind }));

/**
 * The funnel and options of another accumulator's JSON, as read and written back by this module
 * (so only plain values are serialised); null when they cannot be read, which never matches.
 */
function signatureOf(json: Record<string, unknown>): string | null {
  let f: Funnel;
  let opts: Record<string, unknown>;
  try {
    f = asFunnel(json['funnel'] as Funnel, ['other', 'funnel']);
    if (!isPlainObject(json['options'])) return null;
    const o = json['options'];
    const asOptions = o['by'] === 'function' ? { ...o, by: () => null } : o;
    readSettings(f, asOptions, 'accumulator options');
    opts = optionsJSON(asOptions as AnalyzeOptions);
  } catch (error) {
    if (error instanceof FunnelMathError) return null;
    throw error;
  }
  return JSON.stringify([funnelJSONOf(f), opts]);
}

function build<Id extends string>(funnel: Funnel<Id>, settings: Settings, opts: Record<string, unknown>, store: Store, hasByFn: boolean): FunnelAccumulator<Id> {
  const funnelJSON = funnelJSONOf(funnel);
  const signature = JSON.stringify([funnelJSON, opts]);
  const acc: FunnelAccumulator<Id> = {
    add(record) {
      if (settings.by === 'function' && !hasByFn) {
        fail('INCOMPATIBLE', "This accumulator groups by a function that JSON cannot carry; pass it again: funnelAccumulatorFromJSON(json, { by }).", ['options', 'by']);
      }
      addRecord(store, funnel, settings, record, store.state.records);
      return acc;
    },
    addMany(records) {
      if (!Array.isArray(records)) fail('INVALID_INPUT', `addMany needs an array of records; got ${describe(records)}.`, ['records']);
      for (const r of records) acc.add(r);
      return acc;
    },
    merge(other) {
      const json = isPlainObject(other) && typeof (other as { toJSON?: unknown }).toJSON !== 'function' ? (other as FunnelAccumulatorJSON) : (other as FunnelAccumulator<Id>)?.toJSON?.();
      if (!isPlainObject(json) || json['format'] !== FORMAT) fail('INVALID_INPUT', `merge needs another funnel accumulator or its toJSON(); got ${describe(other)}.`, ['other']);
      // compared as plain JSON of what was read, so nothing in the other's JSON (a BigInt, a cycle) reaches JSON.stringify
      const theirs = signatureOf(json);
      if (theirs !== signature) {
        fail('INCOMPATIBLE', 'Only accumulators of the same funnel with the same options can be merged; the other one differs in its stages or options.', ['other']);
      }
      mergeInto(store, checkState(json.state, settings.ids.length, ['other', 'state']));
      return acc;
    },
    toJSON() {
      return { format: FORMAT, funnel: funnelJSON.map((s) => ({ ...s })), options: JSON.parse(JSON.stringify(opts)) as Record<string, unknown>, state: copyState(store.state) };
    },
    result() {
      const st = store.state;
      return runEngine(columnsOf(st), settings, { records: st.records, excludedStage: st.excludedStage, rejected: st.rejected }) as ActivityReport<Id>;
    },
  };
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
 * Without `asOf`, the report is as of the latest record added to any part.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param options - as for {@link analyzeFunnel}.
 * @returns a {@link FunnelAccumulator}.
 * @throws FunnelMathError as {@link analyzeFunnel}; `INCOMPATIBLE` when merging a different funnel or options.
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
  const settings = readSettings(f, options, 'createFunnelAccumulator options');
  return build(f, settings, optionsJSON(options as AnalyzeOptions | undefined), storeOf(emptyState()), settings.byFn !== null);
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
    fail('INVALID_INPUT', `Expected the JSON of a funnel accumulator (format "${FORMAT}"); got ${describe(json)}.`, ['json']);
  }
  const f = asFunnel(json['funnel'] as unknown as Funnel<Id>, ['json', 'funnel']);
  if (!isPlainObject(json['options'])) fail('INVALID_INPUT', 'The accumulator JSON has no options object.', ['json', 'options']);
  const opts = json['options'] as Record<string, unknown>;
  const byFn = extra !== undefined && isPlainObject(extra) && typeof extra['by'] === 'function' ? extra['by'] : null;
  const asOptions = opts['by'] === 'function' ? { ...opts, by: byFn ?? (() => null) } : opts;
  const settings = readSettings(f, asOptions, 'accumulator options');
  const state = checkState(json['state'], settings.ids.length, ['json', 'state']);
  const canonical = optionsJSON(asOptions as AnalyzeOptions);
  return build(f, settings, canonical, storeOf(state), byFn !== null || opts['by'] !== 'function');
}
