import type { PlanParam } from './plan.js';

/**
 * What one SQL dialect writes for each operation the plan needs. The renderer (render.ts) builds
 * the query from the plan through these, so every dialect runs the same steps in the same order.
 * Array positions are 1-based in every dialect.
 * @internal
 * @module
 */
export interface Dialect {
  readonly name: 'duckdb' | 'clickhouse' | 'bigquery';
  /** A quoted identifier (one part of a name). */
  ident(name: string): string;
  /** A bound parameter (`index` is its 0-based place in the plan's list). */
  param(p: PlanParam, index: number): string;
  /** An expression as text, or as a signed 64-bit integer, or as a boolean. */
  str(expr: string): string;
  int(expr: string): string;
  bool(expr: string): string;
  readonly nullStr: string;
  readonly nullInt: string;
  /** An output column, nullable 64-bit integer. */
  outInt(expr: string): string;
  /** The aggregate: a group's records as one array, sorted by the tie-break keys (fields in order). */
  sortedRecords(fields: readonly string[]): string;
  /** Field `i` (0-based, of `fields`) of every element of the sorted array `a`, as an array. */
  fieldOf(a: string, fields: readonly string[], i: number): string;
  /** Element `i` (1-based) of array `arr`. */
  at(arr: string, i: string): string;
  len(arr: string): string;
  /** The first 1-based position i of array `n` from `from` on for which `cond(i)` holds, else 0. */
  firstIndex(n: string, from: string, cond: (i: string) => string): string;
  countIf(cond: string): string;
  sumIf(expr: string, cond: string): string;
  /** The values of `expr` over the group where `cond` holds, sorted ascending, as an array. */
  sortedListIf(expr: string, cond: string): string;
  greatest(items: readonly string[]): string;
  /** Integer division of non-negative integers. */
  div(a: string, b: string): string;
  mod(a: string, b: string): string;
}

/** Quotes `name` between `q`, doubling `q` inside (DuckDB, standard SQL). */
export function doubled(name: string, q: string): string {
  return q + name.split(q).join(q + q) + q;
}

/** Quotes `name` between backticks, escaping backslashes, backticks and control characters. */
export function backticked(name: string): string {
  let out = '`';
  for (const ch of name) {
    if (ch === '\\') out += '\\\\';
    else if (ch === '`') out += '\\`';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else out += ch;
  }
  return out + '`';
}
