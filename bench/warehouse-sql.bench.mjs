// The activity-log funnel on 10^6 generated events: analyzeColumns in process vs the generated SQL
// on DuckDB (in process) and on ClickHouse in process (chdb), one process, side by side, each run
// in turn; prints medians and ranges and the ratios to analyzeColumns. The log is generated inside
// each engine by the same formula (load time not included); the reports must be equal.
import { createRequire } from 'node:module';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyzeColumns, defineFunnel, funnelQuery, reportFromQuery } from '../dist/index.js';

const N = Number(process.argv[2] ?? 1_000_000);
const REPS = 3;
const HOUR = 3_600_000;
const funnel = defineFunnel(['call', 'meeting', 'proposal', 'sale']);
// row i: prospect i / 4, step i % 4 (prospects p % 3 = 0 stop after the meeting and call again)
const stageOf = (p, j) => (p % 3 !== 0 || j < 2 ? j : 0);
const atOf = (p, j) => p * 1000 + j * HOUR * (1 + (p % 5));
const prospect = new Int32Array(N);
const stage = new Uint8Array(N);
const at = new Float64Array(N);
for (let i = 0; i < N; i++) {
  const p = Math.floor(i / 4), j = i % 4;
  prospect[i] = p; stage[i] = stageOf(p, j); at[i] = atOf(p, j);
}
const sqlStage = (p, j) => `CASE WHEN ${p} % 3 <> 0 OR ${j} < 2 THEN ${j} ELSE 0 END`;
const names = "['call', 'meeting', 'proposal', 'sale']";
const columns = { prospect: 'prospect', stage: 'stage', at: 'at' };

const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const con = await instance.connect();
await con.run(`CREATE TABLE events AS SELECT CAST(i // 4 AS VARCHAR) AS prospect, ${names}[${sqlStage('(i // 4)', '(i % 4)')} + 1] AS stage, CAST((i // 4) * 1000 + (i % 4) * ${HOUR} * (1 + (i // 4) % 5) AS BIGINT) AS at FROM range(${N}) t(i)`);
const require = createRequire(import.meta.url);
const { Session } = require('chdb');
const ch = new Session();
ch.query(`CREATE TABLE events ENGINE = Memory AS SELECT toString(intDiv(number, 4)) AS prospect, ${names}[${sqlStage('intDiv(number, 4)', '(number % 4)')} + 1] AS stage, toInt64(intDiv(number, 4) * 1000 + (number % 4) * ${HOUR} * (1 + intDiv(number, 4) % 5)) AS at FROM numbers(${N})`);

const o = {};
const dq = funnelQuery(funnel, o, { dialect: 'duckdb', table: 'events', columns });
const cq = funnelQuery(funnel, o, { dialect: 'clickhouse', table: 'events', columns });
const runs = {
  analyzeColumns: async () => analyzeColumns(funnel, { prospect, stage, at }, o),
  'DuckDB SQL (2 threads)': async () => reportFromQuery(funnel, (await con.runAndReadAll(dq.sql, dq.params)).getRowObjectsJS(), o),
  'ClickHouse SQL (chdb)': async () => reportFromQuery(funnel, ch.queryBind(cq.sql, cq.params, 'JSONEachRow').split('\n').filter(Boolean).map((l) => JSON.parse(l)), o),
};
const strip = (r) => JSON.stringify({ ...r, warnings: r.warnings.filter((w) => w.code !== 'OUTSIDE_JOURNEY'), ignored: { ...r.ignored, outsideJourney: 0 } });
const times = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
const reports = {};
for (let rep = 0; rep < REPS; rep++) {
  for (const [name, fn] of Object.entries(runs)) {
    const t = performance.now();
    const r = await fn();
    times[name].push(performance.now() - t);
    reports[name] = strip(r);
  }
}
const base = reports.analyzeColumns;
for (const [name, r] of Object.entries(reports)) if (r !== base) console.log(`DIFFERENT REPORT: ${name}`);
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const m0 = med(times.analyzeColumns);
for (const [name, a] of Object.entries(times)) {
  console.log(`${name}: median ${med(a).toFixed(0)} ms (range ${Math.min(...a).toFixed(0)}–${Math.max(...a).toFixed(0)}), ${(med(a) / m0).toFixed(1)}× analyzeColumns`);
}
ch.close();
