import { backticked, type Dialect } from './dialect.js';

/**
 * ClickHouse: `arraySort(groupArray(tuple))` for each prospect's records, lambdas
 * (`arrayFirstIndex`, 6× faster than array slicing), `{name:Type}` query parameters (chdb and the
 * HTTP interface bind them), identifiers in backticks. Quantiles are taken by position in the
 * sorted durations, never by `quantileExact*` (which does not give the nearest rank).
 * @internal
 * @module
 */
export const clickhouse: Dialect = {
  name: 'clickhouse',
  ident: backticked,
  param: (p) => `{${p.name}:${p.type === 'int64' ? 'Int64' : 'String'}}`,
  str: (e) => `toString(${e})`,
  int: (e) => `toInt64(${e})`,
  bool: (e) => `CAST(${e} AS Nullable(UInt8))`,
  nullStr: 'CAST(NULL AS Nullable(String))',
  nullInt: 'CAST(NULL AS Nullable(Int64))',
  outInt: (e) => `CAST(${e} AS Nullable(Int64))`,
  sortedRecords: (fields) => `arraySort(groupArray(tuple(${fields.join(', ')})))`,
  fieldOf: (a, _fields, i) => `arrayMap(x -> tupleElement(x, ${i + 1}), ${a})`,
  at: (arr, i) => `${arr}[${i}]`,
  len: (arr) => `toInt64(length(${arr}))`,
  firstIndex: (n, from, cond) => `toInt64(arrayFirst(i -> i >= ${from} AND ${cond('i')}, arrayEnumerate(${n})))`,
  countIf: (c) => `toInt64(countIf(${c}))`,
  sumIf: (e, c) => `toInt64(sumIf(${e}, ${c}))`,
  sortedListIf: (e, c) => `arraySort(groupArrayIf(${e}, ${c}))`,
  greatest: (items) => items.reduce((a, b) => `greatest(${a}, ${b})`),
  div: (a, b) => `intDiv(${a}, ${b})`,
  mod: (a, b) => `((${a}) % (${b}))`,
};
