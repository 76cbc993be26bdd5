import { backticked, type Dialect } from './dialect.js';

/**
 * ClickHouse: `arraySort(groupArray(tuple))` for each prospect's records, lambdas
 * (`arrayFirst` over the positions, 6× faster than array slicing), `{name:Type}` query parameters
 * (chdb and the HTTP interface bind them; before 22.1 escaped literals, `clickhouseLiterals`),
 * identifiers in backticks. The steps are nested subqueries (render.ts, `clickhouseTail`). Quantiles are taken by position in the
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
  firstIndex: (n, from, cond) => {
    const body = cond('i');
    // the arrays the condition reads are passed to the lambda too (as unused arguments of the same
    // length): ClickHouse 18 drops a subquery's column that is read only inside a lambda
    const read = [...new Set([...body.matchAll(/\b(ts|ks|hr|rr|nws)\[/g)].map((m) => m[1]!))].filter((a) => a !== n);
    return `toInt64(arrayFirst((i${read.map((_, j) => `, u${j}`).join('')}) -> i >= ${from} AND ${body}, arrayEnumerate(${n})${read.map((a) => `, ${a}`).join('')}))`;
  },
  countIf: (c) => `toInt64(countIf(${c}))`,
  sumIf: (e, c) => `toInt64(sumIf(${e}, ${c}))`,
  sortedListIf: (e, c) => `arraySort(groupArrayIf(${e}, ${c}))`,
  greatest: (items) => items.reduce((a, b) => `greatest(${a}, ${b})`),
  div: (a, b) => `intDiv(${a}, ${b})`,
  mod: (a, b) => `((${a}) % (${b}))`,
};

/** A text as a ClickHouse string literal: backslash and quote escaped, control characters as escapes. */
function literal(text: string): string {
  let out = "'";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\' || ch === "'") out += `\\${ch}`;
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/**
 * ClickHouse before 22.1 (18.16 has no `{name:Type}` query parameters): each value written as a
 * literal in the query, escaped so that it stays one value (stage names are texts, asOf and the
 * windows whole numbers).
 */
export const clickhouseLiterals: Dialect = {
  ...clickhouse,
  param: (p) => (p.type === 'int64' ? `toInt64(${Number(p.value)})` : literal(String(p.value))),
};
