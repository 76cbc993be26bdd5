// The activity-log funnel where the data lives: one seeded log per size (10^6 and 10^7 events;
// --small: 10^5 and 10^6), generated once and loaded into DuckDB (in process, 2 threads),
// ClickHouse in process (chdb) and, when clickhouse-server is on the PATH, a 2-shard ClickHouse
// cluster on 127.0.0.1 (scripts/clickhouse-cluster.mjs). Load times are reported apart from query
// times. `analyzeColumns` runs in process on the same log; where the build has the warehouse SQL
// (`funnelQuery`), each engine runs the generated query and `reportFromQuery` must give exactly
// analyzeColumns' report (the run fails loudly otherwise). Rounds interleaved; medians, ranges and
// the ratio to analyzeColumns measured side by side in this process; the load average is printed
// before and after.
import { Buffer } from 'node:buffer';
import { loadavg } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import * as lib from '../dist/index.js';
import { columnsOf, generate, REPS, SOURCES, STAGES } from './eventLog.mjs';
import { machine } from './harness.mjs';
import { median } from './plan-inputs.mjs';
import { createTables, JSON_SETTINGS, loadTsv, onPath, query, rowsOf, servers, startServers, stopAll } from '../scripts/clickhouse-cluster.mjs';

const args = new Set(process.argv.slice(2));
const sizes = args.has('--small') ? [100_000, 1_000_000] : [1_000_000, 10_000_000];
const funnel = lib.defineFunnel(STAGES);
const hasSql = typeof lib.funnelQuery === 'function' && typeof lib.reportFromQuery === 'function';
const COLUMN_NAMES = { prospect: 'prospect', stage: 'stage', at: 'at', source: 'source', rep: 'rep' };
const fmt = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/** The log as TabSeparated bytes (prospect, stage id, epoch ms, source, rep), written once per size. */
function tsvOf(d) {
  const lines = [];
  let out = [];
  let size = 0;
  for (let i = 0; i < d.n; i++) {
    const line = `${d.prospect[i]}\t${STAGES[d.stage[i]]}\t${d.at[i]}\t${SOURCES[d.source[i]]}\t${REPS[d.rep[i]]}\n`;
    lines.push(line);
    size += line.length;
    if (lines.length === 100_000) {
      out.push(Buffer.from(lines.join('')));
      lines.length = 0;
    }
  }
  out.push(Buffer.from(lines.join('')));
  const all = Buffer.concat(out, size);
  out = null;
  return all;
}

async function duckdbEngine(d) {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const con = await instance.connect();
  const t = performance.now();
  await con.run('CREATE TABLE events (prospect INTEGER, stage VARCHAR, "at" BIGINT, source VARCHAR, rep VARCHAR)');
  const app = await con.createAppender('events');
  for (let i = 0; i < d.n; i++) {
    app.appendInteger(d.prospect[i]);
    app.appendVarchar(STAGES[d.stage[i]]);
    app.appendBigInt(BigInt(d.at[i]));
    app.appendVarchar(SOURCES[d.source[i]]);
    app.appendVarchar(REPS[d.rep[i]]);
    app.endRow();
  }
  app.closeSync();
  const loadMs = performance.now() - t;
  const threads = (await con.runAndReadAll("SELECT current_setting('threads') AS t")).getRowObjectsJS()[0].t;
  return {
    name: `DuckDB, ${threads} threads`,
    loadMs,
    run: async (q) => (await con.runAndReadAll(q.sql, q.params ?? undefined)).getRowObjectsJS(),
    close: () => con.closeSync(),
  };
}

async function chdbEngine(tsv) {
  const { Session } = await import('chdb');
  const session = new Session();
  const t = performance.now();
  session.query('CREATE TABLE events (prospect UInt32, stage String, at Int64, source String, rep String) ENGINE = MergeTree() ORDER BY (prospect, at)');
  await session.insert({ table: 'events', values: tsv, format: 'TabSeparated' });
  const loadMs = performance.now() - t;
  return {
    name: 'ClickHouse in process (chdb)',
    loadMs,
    run: async (q) => rowsOf(q.params && Object.keys(q.params).length > 0 ? session.queryBind(q.sql, q.params, 'JSONEachRow') : session.query(q.sql, 'JSONEachRow')),
    close: () => session.close(),
  };
}

async function clusterEngine(tsv) {
  const startMs = await startServers(2);
  await createTables();
  const ms = await loadTsv(tsv);
  const version = (await query(servers[0], 'SELECT version()')).trim();
  return {
    name: `ClickHouse ${version}, 2 shards (Distributed table)`,
    version,
    loadMs: ms.distributed,
    note: `servers answered ${fmt(startMs)} ms after start; one-node load ${fmt(ms.one)} ms`,
    run: async (q) => {
      const settings = { ...JSON_SETTINGS };
      if (q.params && typeof q.params === 'object') for (const [k, v] of Object.entries(q.params)) settings[`param_${k}`] = String(v);
      return rowsOf(await query(servers[0], `${q.sql}\nFORMAT JSONEachRow`, { settings }));
    },
    close: () => {},
  };
}

/** The report without the one figure the SQL does not compute (ignored.outsideJourney and its warning; see reportFromQuery). */
const comparable = (r) => ({ ...r, warnings: r.warnings.filter((w) => w.code !== 'OUTSIDE_JOURNEY'), ignored: { ...r.ignored, outsideJourney: 0 } });
const dialectOf = (name) => (name.startsWith('DuckDB') ? 'duckdb' : 'clickhouse');

let code = 0;
try {
  console.log(`machine: ${machine()}; load average at start ${load()}`);
  console.log(hasSql ? 'this build has funnelQuery: the generated SQL runs on each engine' : 'this build has no funnelQuery/reportFromQuery: only analyzeColumns and the loads are measured');
  for (const n of sizes) {
    const tg = performance.now();
    const d = generate(n, 20261202);
    const columns = columnsOf(d);
    const tsv = tsvOf(d);
    console.log(`\n${fmt(n)} events, ${fmt(d.prospects)} prospects (generated in ${fmt(performance.now() - tg)} ms, ${fmt(tsv.length / 2 ** 20, 1)} MB as TabSeparated)`);
    const engines = [await duckdbEngine(d), await chdbEngine(tsv)];
    if (onPath('clickhouse-server')) engines.push(await clusterEngine(tsv));
    else console.log('clickhouse-server is not on the PATH: no cluster (apt-get install -y clickhouse-server)');
    for (const e of engines) console.log(`load ${e.name}: ${fmt(e.loadMs)} ms${e.note ? ` (${e.note})` : ''}`);
    const rounds = n >= 5_000_000 ? 3 : 5;
    const expected = lib.analyzeColumns(funnel, columns);
    const candidates = [{ name: 'analyzeColumns in process', fn: async () => lib.analyzeColumns(funnel, columns) }];
    if (hasSql) {
      for (const e of engines) {
        // the query for the server's version (before 22.1: values as literals, no SETTINGS clause)
        const q = lib.funnelQuery(funnel, {}, { dialect: dialectOf(e.name), table: 'events', columns: COLUMN_NAMES, ...(e.version ? { clickhouseVersion: e.version } : {}) });
        candidates.push({ name: `${e.name}: generated SQL`, fn: async () => lib.reportFromQuery(funnel, await e.run(q), {}) });
      }
    }
    const times = candidates.map(() => []);
    for (let r = 0; r < rounds; r++) {
      for (let c = 0; c < candidates.length; c++) {
        const t = performance.now();
        const report = await candidates[c].fn();
        times[c].push(performance.now() - t);
        if (JSON.stringify(comparable(report)) !== JSON.stringify(comparable(expected))) throw new Error(`${candidates[c].name}: the report differs from analyzeColumns' (${fmt(n)} events)`);
      }
    }
    console.log(`${rounds} interleaved rounds; every report equal to analyzeColumns': yes; load average now ${load()}`);
    const rows = candidates.map((c, k) => {
      const ratios = times[k].map((x, i) => x / times[0][i]);
      return [c.name, fmt(median(times[k])), times[k].map((x) => fmt(x)).join(' / '), `${fmt(median(ratios), 2)}× (${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)})`];
    });
    const head = ['candidate', 'median ms', 'runs (ms)', 'time vs analyzeColumns, per round: median (range)'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
    console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
    for (const e of engines) e.close();
    await stopAll();
  }
} catch (error) {
  console.error(`bench:warehouse: FAILED: ${error instanceof Error ? error.stack : String(error)}`);
  code = 1;
} finally {
  await stopAll();
}
process.exit(code);
