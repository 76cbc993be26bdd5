import type { Dialect } from './dialect.js';
import type { WarehousePlan } from './plan.js';

/**
 * One plan rendered for one dialect: the same named steps in the same order (common table
 * expressions; for ClickHouse nested subqueries in FROM), the same parameters, and one output
 * shape the report is read from.
 * @internal
 * @module
 */

/** The table and its columns, already quoted. */
export interface Source {
  readonly table: string;
  readonly prospect: string;
  readonly stage: string;
  readonly at: string;
  readonly source: string | null;
  readonly rep: string | null;
  readonly isNew: string | null;
  readonly reason: string | null;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** The fixed histogram edges of the duration statistics (events/durations.ts). */
export const BIN_EDGES = [0, HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 60 * DAY, 90 * DAY] as const;
/** The quantiles p = a / b of the duration statistics. */
export const QUANTILE_PARTS = [
  [1, 4],
  [1, 2],
  [3, 4],
  [9, 10],
] as const;

/** The numeric output columns of a stage row, in order. */
export function stageColumns(timed: boolean): string[] {
  const cols = ['reached', 'new_count', 'inbound', 'from_prev', 'from_first', 'open_count', 'dropped', 'touches'];
  if (timed) {
    for (const d of ['dp', 'df']) {
      cols.push(`${d}_n`, `${d}_sum`);
      for (let q = 0; q < QUANTILE_PARTS.length; q++) cols.push(`${d}_q${q}_lo`, `${d}_q${q}_hi`);
      for (let b = 0; b < BIN_EDGES.length; b++) cols.push(`${d}_bin${b}`);
    }
  }
  return cols;
}

/** Renders the plan's query over the source for the dialect. */
export function renderQuery(d: Dialect, plan: WarehousePlan, src: Source, legacy = false): string {
  const K = plan.stages.length;
  const P = (name: string) => {
    const i = plan.params.findIndex((p) => p.name === name);
    return d.param(plan.params[i]!, i);
  };
  const at = d.at;
  const nested = d.name === 'clickhouse';
  // a step names the steps it reads through ref(): a common table expression's name, or (ClickHouse,
  // nested) a mark replaced by the step itself as a subquery in FROM (NUL never occurs in a quoted name)
  const ref = (name: string) => (nested ? `\u0000${name}\u0000` : name);
  const ctes: [string, string][] = [];
  // 1. the records: the user's columns under fixed names, each stage as its number
  ctes.push([
    'source',
    `SELECT ${d.str(src.prospect)} AS p, ${d.str(src.stage)} AS sn, ${d.int(src.at)} AS t, ` +
      `${src.source ? d.str(src.source) : d.nullStr} AS so, ${src.rep ? d.str(src.rep) : d.nullStr} AS rp, ` +
      `${src.isNew ? d.bool(src.isNew) : d.bool('NULL')} AS nw, ${src.reason ? d.str(src.reason) : d.nullStr} AS rs FROM ${src.table}`,
  ]);
  const when = [...plan.stages.map((_, k) => `WHEN ${P(`stage${k}`)} THEN ${k}`), ...plan.excluded.map((_, k) => `WHEN ${P(`excluded${k}`)} THEN -2`)];
  ctes.push(['coded', `SELECT p, t, so, rp, nw, rs, CASE sn ${when.join(' ')} ELSE -1 END AS k FROM ${ref('source')}`]);
  const latest = `(SELECT CASE WHEN count(*) > 0 THEN max(t) END FROM ${ref('coded')} WHERE k >= 0)`;
  // ClickHouse: asOf as a scalar (a subquery ClickHouse runs once per query), no one-row step to join
  const asOfMs = nested ? (plan.asOf === null ? latest : P('asOf')) : 'bound.as_of_ms';
  const withBound = nested ? '' : ' CROSS JOIN bound';
  if (!nested) ctes.push(['bound', `SELECT ${plan.asOf === null ? latest : P('asOf')} AS as_of_ms`]);
  ctes.push(['used', nested ? `SELECT * FROM ${ref('coded')} WHERE k >= 0 AND t <= ${asOfMs}` : 'SELECT coded.* FROM coded CROSS JOIN bound WHERE coded.k >= 0 AND coded.t <= bound.as_of_ms']);
  // per prospect, one array sorted by the tie-break order: time, stage, source, rep, isNew (false, true, unknown), reason
  const fields = [
    't',
    'k',
    'CASE WHEN so IS NULL THEN 0 ELSE 1 END',
    "coalesce(so, '')",
    'CASE WHEN rp IS NULL THEN 0 ELSE 1 END',
    "coalesce(rp, '')",
    'CASE WHEN nw IS NULL THEN 2 WHEN nw THEN 1 ELSE 0 END',
    'CASE WHEN rs IS NULL THEN 0 ELSE 1 END',
    "coalesce(rs, '')",
  ];
  ctes.push([
    'ordered',
    `SELECT p, ${d.fieldOf('a', fields, 0)} AS ts, ${d.fieldOf('a', fields, 1)} AS ks, ${d.fieldOf('a', fields, 7)} AS hr, ${d.fieldOf('a', fields, 8)} AS rr, ${d.fieldOf('a', fields, 6)} AS nws ` +
      `FROM (SELECT p, ${d.sortedRecords(fields)} AS a FROM ${ref('used')} GROUP BY p) AS g`,
  ]);
  // 2. per stage, the record that reaches it in the first journey (0: not reached)
  const ts = (i: string) => at('ts', i);
  const ks = (i: string) => at('ks', i);
  const hr = (i: string) => at('hr', i);
  const FF = plan.fromFirst === null ? null : P('fromFirst');
  const PS = plan.perStep === null ? null : P('perStep');
  const reach = (k: number) => `r${k}`;
  let prev = ref('ordered');
  const stepCols: string[] = [];
  const add = (name: string, body: string) => {
    ctes.push([name, body]);
    prev = ref(name);
  };
  if (plan.order !== 'any') {
    const strict = plan.order === 'strict';
    for (let k = 0; k < K; k++) {
      const timeOver = (i: string) => [FF ? `${ts(i)} - ${ts('1')} > ${FF}` : null, PS ? `${ts(i)} - ${ts(reach(k - 1))} > ${PS}` : null].filter(Boolean).join(' OR ') || '1 = 0';
      const breaks = (i: string) => (strict ? `(${ks(i)} <> ${k} AND ${ks(i)} <> ${k - 1})` : '1 = 0');
      if (k === 0) {
        add(
          'reached_0',
          `SELECT *, CASE WHEN ${ks('1')} = 0 THEN 1 ELSE 0 END AS r0, CASE WHEN ${ks('1')} = 0 AND ${hr('1')} = 0 THEN 1 ELSE 0 END AS v0, ` +
            `CASE WHEN ${ks('1')} = 0 AND ${hr('1')} = 1 THEN 0 ELSE -1 END AS lk, CASE WHEN ${ks('1')} = 0 AND ${hr('1')} = 1 THEN 1 ELSE 0 END AS li, 0 AS bk FROM ${prev}`,
        );
        stepCols.push('r0');
        continue;
      }
      // the first record after the stage before that reaches this stage, ends the journey, or carries a reason
      const cond = (i: string) => `(${ks(i)} = ${k} OR ${hr(i)} = 1 OR ${timeOver(i)}${strict ? ` OR ${ks(i)} <> ${k - 1}` : ''})`;
      add(`next_${k}`, `SELECT *, CASE WHEN v${k - 1} = 1 THEN ${d.firstIndex('ts', `r${k - 1} + 1`, cond)} ELSE 0 END AS x${k} FROM ${prev}`);
      const x = `x${k}`;
      const live = `(${x} > 0 AND NOT (${timeOver(x)}) AND NOT ${breaks(x)})`;
      const rk = `CASE WHEN ${ks('1')} = ${k} THEN 1 WHEN ${live} AND ${ks(x)} = ${k} THEN ${x} ELSE 0 END`;
      const last = k === K - 1;
      add(
        `reached_${k}`,
        `SELECT *, ${rk} AS r${k}, CASE WHEN ${last ? '1 = 0' : `(${rk}) > 0 AND ${hr(`(${rk})`)} = 0`} THEN 1 ELSE 0 END AS v${k}, ` +
          `CASE WHEN (${rk}) > 0 AND ${hr(`(${rk})`)} = 1 THEN ${k} WHEN ${live} AND ${ks(x)} <> ${k} AND ${hr(x)} = 1 THEN ${k - 1} ELSE lk END AS lk2, ` +
          `CASE WHEN (${rk}) > 0 AND ${hr(`(${rk})`)} = 1 THEN (${rk}) WHEN ${live} AND ${ks(x)} <> ${k} AND ${hr(x)} = 1 THEN ${x} ELSE li END AS li2, ` +
          `CASE WHEN ${x} > 0 AND NOT (${timeOver(x)}) AND ${breaks(x)} THEN 1 ELSE bk END AS bk2 FROM ${prev}`,
      );
      // keep the running loss and break under their names
      add(`carried_${k}`, `SELECT ${['p', 'ts', 'ks', 'hr', 'rr', 'nws', ...stepCols, `r${k}`, `v${k}`].join(', ')}, lk2 AS lk, li2 AS li, bk2 AS bk FROM ${prev}`);
      stepCols.push(`r${k}`);
    }
  } else {
    // any order: each stage at its first record inside the journey's end
    const over = (i: string) => (FF ? `${ts(i)} - ${ts('1')} > ${FF}` : '1 = 0');
    const firsts = plan.stages.map((_, k) => `${d.firstIndex('ts', '1', (i) => `${ks(i)} = ${k}`)} AS f${k}`);
    add('next_any', `SELECT *, ${firsts.join(', ')}, ${d.firstIndex('ts', '1', over)} AS w, ${d.firstIndex('ts', '1', (i) => `${hr(i)} = 1 AND NOT (${over(i)})`)} AS l0 FROM ${prev}`);
    const valid = (k: number) => `(f${k} > 0 AND (w = 0 OR f${k} < w))`;
    const complete = plan.stages.map((_, k) => valid(k)).join(' AND ');
    const lostOn = `(l0 > 0 AND (NOT (${complete}) OR l0 <= ${d.greatest(plan.stages.map((_, k) => `f${k}`))}))`;
    const rs = plan.stages.map((_, k) => `CASE WHEN ${valid(k)} AND (NOT ${lostOn} OR f${k} <= l0) THEN f${k} ELSE 0 END`);
    add(
      'reached_any',
      `SELECT *, ${rs.map((r, k) => `${r} AS r${k}`).join(', ')}, CASE WHEN ${lostOn} THEN ${d.greatest(rs.map((r, k) => `CASE WHEN (${r}) > 0 THEN ${k} ELSE -1 END`))} ELSE -1 END AS lk, ` +
        `CASE WHEN ${lostOn} THEN l0 ELSE 0 END AS li, 0 AS bk FROM ${prev}`,
    );
    for (let k = 0; k < K; k++) stepCols.push(`r${k}`);
  }
  // 3. per prospect: new or existing, the furthest stage, and whether the journey is over at asOf
  const furthestAt = d.greatest(stepCols);
  const dead = [
    'lk >= 0',
    'bk = 1',
    FF ? `${asOfMs} - ${ts('1')} > ${FF}` : null,
    PS ? `${asOfMs} - ${ts(furthestAt)} > ${PS}` : null,
  ].filter(Boolean).join(' OR ');
  ctes.push([
    'reached',
    `SELECT p, ts, ${nested ? 'ks, ' : ''}rr, ${stepCols.join(', ')}, lk, li, CASE WHEN ${at('nws', '1')} = 0 THEN 0 ELSE 1 END AS isnew, CASE WHEN ${dead} THEN 1 ELSE 0 END AS dead FROM ${prev}${withBound}`,
  ]);
  if (nested) return clickhouseTail(d, plan, ctes, asOfMs, ref, K, legacy);
  ctes.push(['prospect', `SELECT * FROM reached`]);
  // 4. one aggregation over prospects per stage
  const cols = stageColumns(plan.timeToConvert);
  const stageRows = plan.stages.map((_, k) => {
    const r = `r${k}`;
    const rp = k > 0 ? `r${k - 1}` : null;
    const v: Record<string, string> = {
      reached: d.countIf(`${r} > 0`),
      new_count: d.countIf(`${r} > 0 AND isnew = 1`),
      inbound: rp ? d.countIf(`${r} > 0 AND ${rp} = 0`) : '0',
      from_prev: rp ? d.countIf(`${r} > 0 AND ${rp} > 0`) : '0',
      from_first: d.countIf(`${r} > 0 AND r0 > 0`),
      open_count: rp ? d.countIf(`${rp} > 0 AND ${r} = 0 AND dead = 0`) : '0',
      dropped: rp ? d.countIf(`${rp} > 0 AND ${r} = 0 AND dead = 1`) : '0',
      touches: `(SELECT count(*) FROM used WHERE used.k = ${k})`,
    };
    const lists: string[] = [];
    if (plan.timeToConvert) {
      for (const [name, from] of [
        ['dp', rp],
        ['df', 'r0'],
      ] as const) {
        const cond = from && k > 0 ? `${r} > 0 AND ${from} > 0 AND ${ts(r)} - ${ts(from)} >= 0` : '1 = 0';
        const dur = from && k > 0 ? `${ts(r)} - ${ts(from)}` : '0';
        durationColumns(d, name, dur, cond, v, lists);
      }
    }
    return { k, v, lists };
  });
  const stageSelect = stageRows
    .map(({ k, v, lists }) => `SELECT ${k} AS k, ${Object.entries(v).map(([c, e]) => `${e} AS ${c}`).join(', ')}${lists.length ? `, ${lists.join(', ')}` : ''} FROM prospect`)
    .join(' UNION ALL ');
  ctes.push(['stages', stageSelect]);
  // loss reasons: units lost at their furthest stage, and the records carrying each reason
  ctes.push([
    'losses',
    `SELECT 'lost' AS part, lk AS k, ${at('rr', 'li')} AS reason, count(*) AS n FROM prospect WHERE lk >= 0 GROUP BY lk, ${at('rr', 'li')} ` +
      `UNION ALL SELECT 'loss-touches' AS part, k, rs AS reason, count(*) AS n FROM used WHERE rs IS NOT NULL GROUP BY k, rs`,
  ]);
  ctes.push([
    'totals',
    `SELECT 'records' AS part, count(*) AS n FROM coded UNION ALL SELECT 'excluded' AS part, ${d.countIf('k = -2')} AS n FROM coded ` +
      `UNION ALL SELECT 'unknown-stage' AS part, ${d.countIf('k = -1')} AS n FROM coded ` +
      `UNION ALL SELECT 'after-as-of' AS part, ${d.countIf('coded.k >= 0 AND coded.t > bound.as_of_ms')} AS n FROM coded CROSS JOIN bound ` +
      `UNION ALL SELECT 'used' AS part, count(*) AS n FROM used UNION ALL SELECT 'prospects' AS part, count(*) AS n FROM prospect ` +
      `UNION ALL SELECT 'as-of' AS part, as_of_ms AS n FROM bound`,
  ]);
  // the rows: part, stage, reason, n, then the stage columns
  const out = (part: string, k: string, reason: string, n: string, values: (c: string) => string) =>
    `SELECT '${part}' AS part, ${d.outInt(k)} AS k, ${reason} AS reason, ${d.outInt(n)} AS n, ${outCols.map((c) => `${d.outInt(values(c))} AS ${c}`).join(', ')}`;
  const outCols = cols;
  const quantile = (name: string, c: string) => quantileAt(d, name, c);
  const selects = [
    `${out('stage', 'k', d.nullStr, d.nullInt, (c) => quantile('dp', c) ?? quantile('df', c) ?? c)} FROM stages`,
    `${out('x', 'k', 'reason', 'n', () => d.nullInt).replace("'x' AS part", 'part')} FROM losses`,
    `${out('x', d.nullInt, d.nullStr, 'n', () => d.nullInt).replace("'x' AS part", 'part')} FROM totals`,
  ];
  return `WITH ${ctes.map(([name, body]) => `${name} AS (\n  ${body}\n)`).join(',\n')}\n${selects.join('\nUNION ALL\n')}`;
}

/** A quantile column (`dp_q1_lo`, …) as the element of the sorted durations at its nearest rank, or null for another column. */
/**
 * The duration figures of one stage's step (`dp`: from the previous stage, `df`: from the first),
 * as aggregate columns: count, sum, the fixed bins and the sorted list the quantiles index into.
 */
function durationColumns(d: Dialect, name: string, dur: string, cond: string, v: Record<string, string>, lists: string[]): void {
  v[`${name}_n`] = d.countIf(cond);
  v[`${name}_sum`] = d.sumIf(dur, cond);
  BIN_EDGES.forEach((lo, b) => {
    const hi = BIN_EDGES[b + 1];
    v[`${name}_bin${b}`] = d.countIf(`${cond} AND ${dur} >= ${lo}${hi === undefined ? '' : ` AND ${dur} < ${hi}`}`);
  });
  lists.push(`${d.sortedListIf(dur, cond)} AS ${name}_list`);
}

function quantileAt(d: Dialect, name: string, c: string): string | null {
  const m = /^(dp|df)_q(\d)_(lo|hi)$/.exec(c);
  if (!m || m[1] !== name) return null;
  const [a, b] = QUANTILE_PARTS[Number(m[2])]!;
  const n = `${name}_n`;
  const lo = d.div(`${n} * ${a} + ${b - 1}`, String(b));
  const idx = m[3] === 'lo' ? lo : `CASE WHEN ${d.mod(`${n} * ${a}`, String(b))} = 0 AND ${lo} < ${n} THEN ${lo} + 1 ELSE ${lo} END`;
  return `CASE WHEN ${n} > 0 THEN ${d.at(`${name}_list`, idx)} END`;
}

/** Replaces each step mark by the step itself, as a subquery in FROM under the step's name. */
function nest(text: string, steps: ReadonlyMap<string, string>): string {
  return text.replace(/\u0000([a-z_0-9]+)\u0000/g, (_, name: string) => `(\n  ${steps.get(name)!}\n) AS ${name}`);
}

/**
 * ClickHouse: the plan as nested subqueries in FROM (no common table expression, which ClickHouse
 * expands where it is used and ClickHouse 18 does not read), each step computed once:
 * records → per-prospect arrays → per-stage positions → per prospect → ONE aggregation over the
 * prospects, each prospect's row repeated once per stage (and once more for its loss reason) by
 * ARRAY JOIN, grouped by stage; the record counts (totals, loss reasons of records) come from
 * scans of the table. The per-prospect steps are thus computed once, where a UNION ALL of one
 * aggregation per stage re-ran them for every stage.
 */
function clickhouseTail(d: Dialect, plan: WarehousePlan, ctes: readonly (readonly [string, string])[], asOfMs: string, ref: (name: string) => string, K: number, legacy: boolean): string {
  const steps = new Map<string, string>();
  for (const [name, body] of ctes) steps.set(name, nest(body, steps));
  const S = ref;
  const R = `[${plan.stages.map((_, k) => `r${k}`).join(', ')}]`;
  // j: the stage of the row (0 … K-1), or K for the prospect's loss reason
  const r = 'r_j';
  const rp = 'r_p';
  const later = 's > 0';
  const v: Record<string, string> = {
    reached: d.countIf(`${r} > 0`),
    new_count: d.countIf(`${r} > 0 AND isnew = 1`),
    inbound: d.countIf(`${later} AND ${r} > 0 AND ${rp} = 0`),
    from_prev: d.countIf(`${later} AND ${r} > 0 AND ${rp} > 0`),
    from_first: d.countIf(`${r} > 0 AND r0 > 0`),
    open_count: d.countIf(`${later} AND ${rp} > 0 AND ${r} = 0 AND dead = 0`),
    dropped: d.countIf(`${later} AND ${rp} > 0 AND ${r} = 0 AND dead = 1`),
    touches: 'toInt64(sum(countEqual(ks, s)))',
  };
  const lists: string[] = [];
  if (plan.timeToConvert) {
    for (const [name, from] of [
      ['dp', rp],
      ['df', 'r0'],
    ] as const) {
      const dur = `(${d.at('ts', r)} - ${d.at('ts', from)})`;
      const cond = `${later} AND ${r} > 0 AND ${from} > 0 AND ${dur} >= 0`;
      durationColumns(d, name, dur, cond, v, lists);
    }
  }
  const perStage =
    `SELECT s AS j, g_k, g_reason, toInt64(count()) AS g_n, ${Object.entries(v).map(([c, e]) => `${e} AS ${c}`).join(', ')}${lists.length ? `, ${lists.join(', ')}` : ''} ` +
    `FROM (SELECT *, toInt64(j) AS s, CASE WHEN j < ${K} THEN toInt64(j) ELSE toInt64(lk) END AS g_k, CASE WHEN j < ${K} THEN '' ELSE ${d.at('rr', 'li')} END AS g_reason, ` +
    `${d.at(R, 'j + 1')} AS r_j, CASE WHEN j > 0 THEN ${d.at(R, 'j')} ELSE 0 END AS r_p FROM ${S('reached')} ARRAY JOIN range(${K + 1}) AS j WHERE j < ${K} OR lk >= 0) AS rows ` +
    'GROUP BY s, g_k, g_reason';
  const cols = stageColumns(plan.timeToConvert);
  const str = (e: string) => `CAST(${e} AS Nullable(String))`;
  // the rows of the aggregation: per stage one 'stage' row (stage 0's also gives the prospects'
  // count), per loss reason one 'lost' row
  const stageOut =
    `SELECT part, ${d.outInt(`multiIf(part = 'stage', j, part = 'lost', g_k, NULL)`)} AS k, ${str(`multiIf(part = 'lost', g_reason, NULL)`)} AS reason, ` +
    `${d.outInt(`multiIf(part = 'stage', NULL, g_n)`)} AS n, ` +
    cols.map((c) => `${d.outInt(`multiIf(part = 'stage', ${quantileAt(d, 'dp', c) ?? quantileAt(d, 'df', c) ?? c}, NULL)`)} AS ${c}`).join(', ') +
    ` FROM (${perStage}) AS stages ARRAY JOIN multiIf(j = 0, ['stage', 'prospects'], j < ${K}, ['stage'], ['lost']) AS part`;
  const nulls = cols.map((c) => `${d.nullInt} AS ${c}`).join(', ');
  const lossTouches = `SELECT 'loss-touches' AS part, ${d.outInt('k')} AS k, ${str('rs')} AS reason, ${d.outInt('count()')} AS n, ${nulls} FROM ${S('used')} WHERE rs IS NOT NULL GROUP BY k, rs`;
  const counts =
    `SELECT tupleElement(x, 1) AS part, ${d.nullInt} AS k, ${d.nullStr} AS reason, ${d.outInt('tupleElement(x, 2)')} AS n, ${nulls} ` +
    `FROM (SELECT toInt64(count()) AS records, ${d.countIf('k = -2')} AS excluded, ${d.countIf('k = -1')} AS unknown, ` +
    `${d.countIf(`k >= 0 AND t > ${asOfMs}`)} AS after, ${d.countIf(`k >= 0 AND t <= ${asOfMs}`)} AS used_n FROM ${S('coded')}) AS totals ` +
    "ARRAY JOIN [('records', records), ('excluded', excluded), ('unknown-stage', unknown), ('after-as-of', after), ('used', used_n)] AS x";
  const asOfRow = `SELECT 'as-of' AS part, ${d.nullInt} AS k, ${d.nullStr} AS reason, ${d.outInt(asOfMs)} AS n, ${nulls}`;
  const sql = nest([stageOut, lossTouches, counts, asOfRow].join('\nUNION ALL\n'), steps);
  // ClickHouse ≥ 21.9 evaluates CASE / AND / OR lazily, and a lazily evaluated value used in several
  // branches is evaluated again in each: through the chain of stages (each stage's position reads
  // the one before, in several branches) that is exponential in the stages (measured 10–20× on 10^5
  // records). Eager evaluation is exact here (no branch can fail: an array read out of range gives 0).
  return legacy ? sql : `${sql}\nSETTINGS short_circuit_function_evaluation = 'disable'`;
}
