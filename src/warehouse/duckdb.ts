import { doubled, type Dialect } from './dialect.js';

/**
 * DuckDB: `list_sort(list(struct))` for each prospect's records (5× faster than
 * `list(… ORDER BY …)`), lambdas over `range` for the first qualifying record, positional `$n`
 * parameters, identifiers in double quotes.
 * @internal
 * @module
 */
export const duckdb: Dialect = {
  name: 'duckdb',
  ident: (name) => doubled(name, '"'),
  param: (p, index) => (p.type === 'int64' ? `CAST($${index + 1} AS BIGINT)` : `CAST($${index + 1} AS VARCHAR)`),
  str: (e) => `CAST(${e} AS VARCHAR)`,
  int: (e) => `CAST(${e} AS BIGINT)`,
  bool: (e) => `CAST(${e} AS BOOLEAN)`,
  nullStr: 'CAST(NULL AS VARCHAR)',
  nullInt: 'CAST(NULL AS BIGINT)',
  outInt: (e) => `CAST(${e} AS BIGINT)`,
  sortedRecords: (fields) => `list_sort(list(struct_pack(${fields.map((f, i) => `f${i} := ${f}`).join(', ')})))`,
  fieldOf: (a, _fields, i) => `list_transform(${a}, lambda x: x.f${i})`,
  at: (arr, i) => (/^[a-z0-9_]+$/.test(i) ? `${arr}[${i}]` : `${arr}[CAST(${i} AS BIGINT)]`),
  len: (arr) => `len(${arr})`,
  firstIndex: (n, from, cond) => `coalesce(list_filter(range(${from}, len(${n}) + 1), lambda i: ${cond('i')})[1], 0)`,
  countIf: (c) => `count_if(${c})`,
  sumIf: (e, c) => `coalesce(sum(CASE WHEN ${c} THEN ${e} END), 0)`,
  sortedListIf: (e, c) => `list_sort(coalesce(list(${e}) FILTER (WHERE ${c}), []))`,
  greatest: (items) => (items.length === 1 ? items[0]! : `greatest(${items.join(', ')})`),
  div: (a, b) => `((${a}) // (${b}))`,
  mod: (a, b) => `((${a}) % (${b}))`,
};
