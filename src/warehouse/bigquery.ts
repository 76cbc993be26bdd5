import { backticked, type Dialect } from './dialect.js';

/**
 * BigQuery (GoogleSQL): `ARRAY_AGG(STRUCT … ORDER BY …)` for each prospect's records, correlated
 * `UNNEST` subqueries for the first qualifying record, `@name` query parameters, identifiers in
 * backticks. Rendered and checked against the same plan as the other dialects, not run here.
 * @internal
 * @module
 */
export const bigquery: Dialect = {
  name: 'bigquery',
  ident: backticked,
  param: (p) => `@${p.name}`,
  str: (e) => `CAST(${e} AS STRING)`,
  int: (e) => `CAST(${e} AS INT64)`,
  bool: (e) => `CAST(${e} AS BOOL)`,
  nullStr: 'CAST(NULL AS STRING)',
  nullInt: 'CAST(NULL AS INT64)',
  outInt: (e) => `CAST(${e} AS INT64)`,
  sortedRecords: (fields) => `ARRAY_AGG(STRUCT(${fields.map((f, i) => `${f} AS f${i}`).join(', ')}) ORDER BY ${fields.map((_, i) => `f${i}`).join(', ')})`,
  fieldOf: (a, _fields, i) => `ARRAY(SELECT x.f${i} FROM UNNEST(${a}) AS x WITH OFFSET AS o ORDER BY o)`,
  at: (arr, i) => `${arr}[SAFE_ORDINAL(${i})]`,
  len: (arr) => `ARRAY_LENGTH(${arr})`,
  firstIndex: (n, from, cond) => `COALESCE((SELECT MIN(i) FROM UNNEST(GENERATE_ARRAY(${from}, ARRAY_LENGTH(${n}))) AS i WHERE ${cond('i')}), 0)`,
  countIf: (c) => `COUNTIF(${c})`,
  sumIf: (e, c) => `COALESCE(SUM(IF(${c}, ${e}, NULL)), 0)`,
  sortedListIf: (e, c) => `ARRAY_AGG(IF(${c}, ${e}, NULL) IGNORE NULLS ORDER BY IF(${c}, ${e}, NULL))`,
  greatest: (items) => (items.length === 1 ? items[0]! : `GREATEST(${items.join(', ')})`),
  div: (a, b) => `DIV(${a}, ${b})`,
  mod: (a, b) => `MOD(${a}, ${b})`,
};
