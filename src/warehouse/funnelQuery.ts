import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { enEvents } from '../messages/enEvents.js';
import type { AnalyzeOptions } from '../events/types.js';
import { bigquery } from './bigquery.js';
import { clickhouse, clickhouseLiterals } from './clickhouse.js';
import type { Dialect } from './dialect.js';
import { duckdb } from './duckdb.js';
import { planOf, readWarehouseSettings, type WarehousePlan } from './plan.js';
import { renderQuery } from './render.js';
import { hasKind } from '../kind.js';

/** The SQL dialects {@link funnelQuery} writes. @category Warehouse */
export type SqlDialect = 'duckdb' | 'clickhouse' | 'bigquery';

/**
 * The user's table and column names. `at` holds epoch milliseconds (an integer column); `isNew`
 * a boolean; `source`, `rep` and `reason` texts (NULL = absent). @category Warehouse
 */
export interface WarehouseColumns {
  readonly prospect: string;
  readonly stage: string;
  readonly at: string;
  readonly source?: string;
  readonly rep?: string;
  readonly isNew?: string;
  readonly reason?: string;
  readonly value?: string;
}

/** Where the log lives. @category Warehouse */
export interface WarehouseTarget {
  readonly dialect: SqlDialect;
  /** `'events'`, `'db.schema.events'` (split at dots) or the parts as a list (a part may hold a dot). */
  readonly table: string | readonly string[];
  readonly columns: WarehouseColumns;
  /**
   * ClickHouse only: the server's version, `'major.minor'` (`SELECT version()`); by default a current
   * server. Before 22.1 the query is written for old servers: values as quoted literals (ClickHouse
   * 18 has no query parameters; `params` is then empty) and no `SETTINGS` clause.
   */
  readonly clickhouseVersion?: string;
}

/** A query and the values to bind to it. @category Warehouse */
export interface FunnelQuery {
  readonly kind: 'funnel-query';
  readonly dialect: SqlDialect;
  readonly sql: string;
  /**
   * The bound values: for DuckDB a list (`$1`, `$2`, …), for ClickHouse and BigQuery an object by
   * name (`{stage0:String}`, `@stage0`).
   */
  readonly params: readonly (string | number)[] | { readonly [name: string]: string | number };
  readonly plan: WarehousePlan;
}

const dialectSchema: z.ZodMiniEnum<{ [K in SqlDialect]: K }> = /* @__PURE__ */ z.enum(['duckdb', 'clickhouse', 'bigquery']);
const DIALECTS: { readonly [K in SqlDialect]: Dialect } = { duckdb, clickhouse, bigquery };

const name = /* @__PURE__ */ z.string();
const targetInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    dialect: /* @__PURE__ */ choicePiece(dialectSchema, 'warehouseOption', 'string', { phrases: enEvents }),
    table: /* @__PURE__ */ z.unknown(),
    columns: /* @__PURE__ */ z.strictObject({
      prospect: name,
      stage: name,
      at: name,
      source: /* @__PURE__ */ z.optional(name),
      rep: /* @__PURE__ */ z.optional(name),
      isNew: /* @__PURE__ */ z.optional(name),
      reason: /* @__PURE__ */ z.optional(name),
      value: /* @__PURE__ */ z.optional(name),
    }),
    clickhouseVersion: /* @__PURE__ */ z.optional(name),
  }),
);

const EV = { phrases: enEvents } as const;

/** A name part: any text but an empty one or one holding a NUL character (which no dialect quotes). */
function part(text: string, column: string, path: readonly (string | number)[]): string {
  if (text.length === 0 || text.includes('\u0000')) fail('INVALID_INPUT', { ...EV, subject: 'column', column, expected: 'eventStage', received: text }, path);
  return text;
}

/** Whether a ClickHouse version (`'18.16'`, `'26.7.1'`) is before 22.1. */
function olderThan22(version: string, path: readonly (string | number)[]): boolean {
  const m = /^(\d+)(?:\.\d+)*$/.exec(version.trim());
  if (!m) return fail('INVALID_INPUT', { ...EV, subject: 'warehouseOption', key: 'clickhouseVersion', expected: 'serverVersion', received: version }, path);
  return Number(m[1]) < 22;
}

/**
 * The activity-log funnel of {@link analyzeFunnel} as one SQL query for DuckDB, ClickHouse or
 * BigQuery, over the user's table: pass its rows to {@link reportFromQuery} for the report.
 *
 * The query follows one plan in every dialect: (1) per prospect, the records up to `asOf` (excluded
 * stages dropped) as one array sorted by the tie-break order; (2) per stage, the position of the
 * record that reaches it in the first journey (windows, loss reasons, strict order); (3) per
 * prospect, lost, broken, dropped or open at `asOf`; (4) one aggregation: counts per stage and
 * duration statistics (nearest-rank quantiles by position in the sorted durations, exact sums, the
 * fixed bins). Names are quoted identifiers (a dotted table name is split and each part quoted);
 * every value (stage names, asOf, windows) is a bound parameter, so no name or value can change
 * the query.
 *
 * Options that map: `order`, `counting`, `window`, `exclude`, `asOf` (default: the latest record, a
 * subquery), `attribution` (without `by` it changes nothing), `quantile`, `timeToConvert`,
 * `onInvalid: 'throw'`. Refused with `NOT_IN_SQL` naming the option: `by` (a function can never be
 * SQL; the fields are not mapped yet), `reEntry` `'last'`/`'each'`, `stalledAfterDays`,
 * `perProspect`, `onInvalid: 'skip'`, and the `value` column. Texts are compared by the
 * database's own order (bytes of UTF-8 in DuckDB and ClickHouse), which is the library's UTF-16 order
 * for every text without characters beyond U+FFFF.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param options - the options of {@link analyzeFunnel} (see above for what maps).
 * @param target - `{ dialect, table, columns: { prospect, stage, at, source?, rep?, isNew?, reason? } }`;
 *   `at` holds epoch milliseconds.
 * @returns `{ kind: 'funnel-query', dialect, sql, params, plan }`.
 * @throws FunnelMathError `NOT_IN_SQL` (an option the query does not compute), the option codes of
 *   {@link analyzeFunnel}, `INVALID_CHOICE` (a dialect), `INVALID_INPUT` (an empty name or one with
 *   a NUL character), `UNKNOWN_OPTION`, `MISSING_VALUE`.
 * @example
 * import { defineFunnel, funnelQuery } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
 * const q = funnelQuery(funnel, { asOf: '2026-11-30' }, { dialect: 'duckdb', table: 'crm.events', columns: { prospect: 'lead', stage: 'step', at: 'ms' } });
 * q.params; // => ['call', 'meeting', 'sale', 1795996800000]
 * q.sql.includes('FROM "crm"."events"'); // => true
 * funnelQuery(funnel, {}, { dialect: 'clickhouse', table: 'events', columns: { prospect: 'lead', stage: 'step', at: 'ms' } }).params; // => { stage0: 'call', stage1: 'meeting', stage2: 'sale' }
 * @category Warehouse
 */
export function funnelQuery<Id extends string>(funnel: Funnel<Id>, options: AnalyzeOptions<NoInfer<Id>> | undefined, target: WarehouseTarget): FunnelQuery {
  const f = asFunnel(funnel);
  const set = readWarehouseSettings(f, options);
  const t = targetInput.read(target, ['target']);
  const legacy = t.dialect === 'clickhouse' && t.clickhouseVersion !== undefined && olderThan22(t.clickhouseVersion, ['target', 'clickhouseVersion']);
  const d = legacy ? clickhouseLiterals : DIALECTS[t.dialect];
  const cols = t.columns;
  if (cols.value !== undefined) fail('NOT_IN_SQL', { ...EV, subject: 'warehouseOption', key: 'columns.value', detail: 'deal values are not summed by this query yet' }, ['target', 'columns', 'value']);
  const rawTable = t.table;
  let parts: string[];
  if (typeof rawTable === 'string') parts = rawTable.split('.');
  else if (Array.isArray(rawTable) && rawTable.length > 0 && rawTable.length <= 4 && rawTable.every((x) => typeof x === 'string')) parts = [...(rawTable as string[])];
  else return fail('INVALID_INPUT', { ...EV, subject: 'column', column: 'table', expected: 'eventStage', received: rawTable }, ['target', 'table']);
  const table = parts.map((x, i) => d.ident(part(x, 'table', ['target', 'table', i]))).join('.');
  const q = (key: keyof WarehouseColumns) => {
    const v = cols[key];
    return v === undefined ? null : d.ident(part(v, key, ['target', 'columns', key]));
  };
  const plan = planOf(f, set);
  const sql = renderQuery(d, plan, {
    table,
    prospect: q('prospect')!,
    stage: q('stage')!,
    at: q('at')!,
    source: q('source'),
    rep: q('rep'),
    isNew: q('isNew'),
    reason: q('reason'),
  }, legacy);
  const params = legacy ? {} : t.dialect === 'duckdb' ? plan.params.map((p) => p.value) : Object.fromEntries(plan.params.map((p) => [p.name, p.value]));
  return { kind: 'funnel-query', dialect: t.dialect, sql, params, plan };
}

/**
 * True when `value` is a {@link funnelQuery} result. Never throws.
 * @example
 * import { defineFunnel, funnelQuery, isFunnelQuery } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * isFunnelQuery(funnelQuery(funnel, {}, { dialect: 'bigquery', table: 'events', columns: { prospect: 'p', stage: 's', at: 't' } })); // => true
 * isFunnelQuery({ kind: 'plan' }); // => false
 * @category Warehouse
 */
export function isFunnelQuery(value: unknown): value is FunnelQuery {
  return hasKind(value, 'funnel-query');
}
