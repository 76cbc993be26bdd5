import { fail } from '../errors.js';
import type { Funnel } from '../funnel/defineFunnel.js';
import { enEvents } from '../messages/enEvents.js';
import { readSettings, type Settings } from '../events/options.js';

/**
 * The activity-log funnel as a dialect-neutral plan: the steps every dialect runs in the same
 * order, and the values it binds as parameters. The renderers (duckdb.ts, clickhouse.ts,
 * bigquery.ts) turn one plan into SQL; the report is read back from the rows by the same plan.
 * @internal
 * @module
 */

/** A value bound to the query, never written into its text. */
export interface PlanParam {
  readonly name: string;
  readonly type: 'int64' | 'string';
  readonly value: number | string;
}

/** The steps of the plan, in the order every dialect renders them. */
export type PlanStep = 'source' | 'coded' | 'bound' | 'used' | 'ordered' | 'reached' | 'prospect' | 'stages' | 'losses' | 'totals';
export const PLAN_STEPS: readonly PlanStep[] = ['source', 'coded', 'bound', 'used', 'ordered', 'reached', 'prospect', 'stages', 'losses', 'totals'];

/** What a query computes, whatever the dialect. JSON-friendly. */
export interface WarehousePlan {
  readonly steps: readonly PlanStep[];
  /** Stage ids after exclusion, in funnel order (their index is the stage number in the query). */
  readonly stages: readonly string[];
  readonly excluded: readonly string[];
  readonly order: 'ordered' | 'strict' | 'any';
  /** Windows in milliseconds, or null. */
  readonly fromFirst: number | null;
  readonly perStep: number | null;
  /** asOf in epoch milliseconds, or null for the log's latest record. */
  readonly asOf: number | null;
  readonly timeToConvert: boolean;
  readonly params: readonly PlanParam[];
}

const EV = { phrases: enEvents } as const;

/** Refuses an option the query does not compute, naming it. */
function refuse(key: string, detail: string, path: readonly (string | number)[]): never {
  return fail('NOT_IN_SQL', { ...EV, subject: 'warehouseOption', key, detail }, path);
}

/**
 * The options read as analyzeFunnel reads them, then checked against what the query maps: every
 * option maps exactly or is refused here with `NOT_IN_SQL` naming it.
 */
export function readWarehouseSettings(funnel: Funnel, options: unknown): Settings {
  const set = readSettings(funnel, options);
  const at = ['options'];
  if (set.by === 'function') refuse('by', 'a grouping function runs in JavaScript on each record and cannot be written as SQL', [...at, 'by']);
  if (set.by !== null) refuse('by', 'grouping is not mapped by this query yet', [...at, 'by']);
  if (set.reEntry !== 'first') refuse('reEntry', 'the later journeys of a prospect need a fold over its records, which this query does not render yet', [...at, 'reEntry']);
  if (set.stalledAfter !== null) refuse('stalledAfterDays', 'the list of stalled prospects is not mapped', [...at, 'stalledAfterDays']);
  if (set.perProspect) refuse('perProspect', 'per-prospect details are one row per prospect, not a funnel aggregate', [...at, 'perProspect']);
  if (set.skip) refuse('onInvalid', 'a table has typed columns, so there are no records to skip with their index', [...at, 'onInvalid']);
  return set;
}

/** The plan of a funnel and its resolved settings. */
export function planOf(funnel: Funnel, set: Settings): WarehousePlan {
  const excluded = funnel.ids.filter((id) => !set.ids.includes(id));
  const params: PlanParam[] = [];
  set.ids.forEach((id, k) => params.push({ name: `stage${k}`, type: 'string', value: id }));
  excluded.forEach((id, k) => params.push({ name: `excluded${k}`, type: 'string', value: id }));
  if (set.asOf !== null) params.push({ name: 'asOf', type: 'int64', value: set.asOf });
  if (set.fromFirst !== null) params.push({ name: 'fromFirst', type: 'int64', value: set.fromFirst });
  if (set.perStep !== null) params.push({ name: 'perStep', type: 'int64', value: set.perStep });
  return {
    steps: PLAN_STEPS,
    stages: [...set.ids],
    excluded,
    order: set.order,
    fromFirst: set.fromFirst,
    perStep: set.perStep,
    asOf: set.asOf,
    timeToConvert: set.timeToConvert,
    params,
  };
}
