#!/usr/bin/env node
// The optional scale-out check (`npm run test:cluster`, not part of `npm test`): two ClickHouse
// server processes on 127.0.0.1 (Debian's clickhouse-server, 18.16 there) with their own
// temporary config, data path and ports form a two-shard cluster; a generated activity log is
// loaded into local MergeTree tables through a Distributed table sharded by a hash of the
// prospect, and checked against the log (records per prospect, every prospect on one shard only).
// Where the build has the warehouse SQL (`funnelQuery` with dialect 'clickhouse'), the report from
// the query's rows (`reportFromQuery`) must equal `analyzeFunnel` on the same records, through the
// Distributed table and on one node. It installs nothing: without clickhouse-server it says how to
// get it and exits non-zero. The servers are stopped by their process ids, also on failure.
//
// Usage: npm run test:cluster [-- --records 20000]

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate, recordsOf, STAGES } from '../bench/eventLog.mjs';

const root = new URL('..', import.meta.url);
const argv = process.argv.slice(2);
const records = Number(argv[argv.indexOf('--records') + 1] ?? 0) || 20_000;

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

if (!onPath('clickhouse-server')) {
  console.error('test:cluster needs a ClickHouse server binary (clickhouse-server) on the PATH.');
  console.error('On Debian or Ubuntu, as root: DEBIAN_FRONTEND=noninteractive apt-get install -y clickhouse-server');
  process.exit(2);
}

/** A free TCP port on 127.0.0.1 (asked of the system, then released). */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function configOf(dir, ports, shards) {
  const replicas = shards.map((p) => `      <shard><replica><host>127.0.0.1</host><port>${p.tcp}</port></replica></shard>`).join('\n');
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${xml(join(dir, 'server.log'))}</log><errorlog>${xml(join(dir, 'error.log'))}</errorlog><console>0</console></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${ports.http}</http_port>
  <tcp_port>${ports.tcp}</tcp_port>
  <interserver_http_port>${ports.interserver}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <path>${xml(join(dir, 'data'))}/</path>
  <tmp_path>${xml(join(dir, 'tmp'))}/</tmp_path>
  <user_files_path>${xml(join(dir, 'user_files'))}/</user_files_path>
  <format_schema_path>${xml(join(dir, 'format_schemas'))}/</format_schema_path>
  <users_config>${xml(join(dir, 'users.xml'))}</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <max_concurrent_queries>20</max_concurrent_queries>
  <remote_servers>
    <funnel_cluster>
${replicas}
    </funnel_cluster>
  </remote_servers>
</yandex>
`;
}

const USERS = `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage><max_threads>1</max_threads></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;

/** The servers this run started: their process, ports and directory. */
const servers = [];
let stopping = null;

async function stopAll() {
  stopping ??= (async () => {
    for (const s of servers) {
      if (s.child.exitCode === null && s.child.signalCode === null) {
        const exited = new Promise((resolve) => s.child.once('exit', resolve));
        try {
          process.kill(s.child.pid, 'SIGTERM');
        } catch {}
        const timer = setTimeout(() => {
          try {
            process.kill(s.child.pid, 'SIGKILL');
          } catch {}
        }, 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(s.dir, { recursive: true, force: true });
    }
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`test:cluster: ${signal}, stopping the servers`);
    stopAll().finally(() => process.exit(130));
  });
}

async function startServers(count) {
  const ports = [];
  for (let i = 0; i < count; i++) ports.push({ http: await freePort(), tcp: await freePort(), interserver: await freePort() });
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const dir = mkdtempSync(join(tmpdir(), `funnel-math-ch${i}-`));
    writeFileSync(join(dir, 'config.xml'), configOf(dir, ports[i], ports));
    writeFileSync(join(dir, 'users.xml'), USERS);
    const out = openSync(join(dir, 'stdout.log'), 'a');
    const child = spawn('clickhouse-server', [`--config-file=${join(dir, 'config.xml')}`], { cwd: dir, stdio: ['ignore', out, out] });
    closeSync(out);
    servers.push({ child, dir, ports: ports[i], url: `http://127.0.0.1:${ports[i].http}/` });
  }
  for (const s of servers) {
    for (let tries = 0; ; tries++) {
      if (s.child.exitCode !== null) throw new Error(`clickhouse-server exited with code ${s.child.exitCode}; see ${join(s.dir, 'error.log')}`);
      try {
        const r = await fetch(`${s.url}ping`);
        if (r.ok) break;
      } catch {}
      if (tries > 600) throw new Error('clickhouse-server did not answer within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return performance.now() - t0;
}

/** Runs one statement over HTTP; `body` is sent as the data of an INSERT. */
async function query(server, sql, { body, settings = {} } = {}) {
  const params = new URLSearchParams({ ...settings });
  const url = body === undefined ? `${server.url}?${params}` : `${server.url}?${new URLSearchParams({ ...settings, query: sql })}`;
  const r = await fetch(url, { method: 'POST', body: body ?? sql });
  const text = await r.text();
  if (!r.ok) throw new Error(`ClickHouse ${r.status}: ${text.slice(0, 2000)}\n-- in: ${sql.slice(0, 500)}`);
  return text;
}

const rowsOf = (text) => text.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
const JSON_SETTINGS = { output_format_json_quote_64bit_integers: '0' };

const COLUMNS = '(prospect UInt32, stage String, at Int64, source String, rep String)';

async function createTables() {
  for (const s of servers) {
    await query(s, `CREATE TABLE events_local ${COLUMNS} ENGINE = MergeTree() ORDER BY (prospect, at)`);
    await query(s, `CREATE TABLE events ${COLUMNS} ENGINE = Distributed(funnel_cluster, default, events_local, intHash64(prospect))`);
  }
  // the one-node copy: the whole log in one table of the first server
  await query(servers[0], `CREATE TABLE events_one ${COLUMNS} ENGINE = MergeTree() ORDER BY (prospect, at)`);
}

const tsvField = (v) => String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');

async function load(log) {
  const tsv = log.map((r) => [r.prospect, r.stage, r.at, r.source, r.rep].map(tsvField).join('\t')).join('\n') + '\n';
  const t0 = performance.now();
  await query(servers[0], 'INSERT INTO events FORMAT TabSeparated', { body: tsv, settings: { insert_distributed_sync: '1' } });
  const distributed = performance.now() - t0;
  const t1 = performance.now();
  await query(servers[0], 'INSERT INTO events_one FORMAT TabSeparated', { body: tsv });
  return { distributed, one: performance.now() - t1 };
}

function fail(message) {
  throw new Error(message);
}

/** The smoke check: records per prospect through the Distributed table, each prospect on one shard. */
async function smoke(log) {
  const expected = new Map();
  for (const r of log) expected.set(r.prospect, (expected.get(r.prospect) ?? 0) + 1);
  for (const [table, server] of [['events', servers[0]], ['events', servers[1]], ['events_one', servers[0]]]) {
    const rows = rowsOf(await query(server, `SELECT prospect, count() AS n FROM ${table} GROUP BY prospect FORMAT JSONEachRow`, { settings: JSON_SETTINGS }));
    if (rows.length !== expected.size) fail(`${table}: ${rows.length} prospects, the log has ${expected.size}`);
    for (const { prospect, n } of rows) if (expected.get(Number(prospect)) !== Number(n)) fail(`${table}: prospect ${prospect} has ${n} records, the log ${expected.get(Number(prospect))}`);
  }
  const perShard = [];
  const seen = new Map();
  for (const [i, s] of servers.entries()) {
    const rows = rowsOf(await query(s, 'SELECT DISTINCT prospect FROM events_local FORMAT JSONEachRow', { settings: JSON_SETTINGS }));
    perShard.push(rows.length);
    for (const { prospect } of rows) {
      if (seen.has(prospect)) fail(`prospect ${prospect} is on shards ${seen.get(prospect)} and ${i}`);
      seen.set(prospect, i);
    }
  }
  if (perShard.some((n) => n === 0)) fail(`a shard holds no prospect: ${perShard.join(' / ')}`);
  return perShard;
}

/** Option sets that map on ClickHouse 18.16 (no arrayFold, no window functions). */
const OPTION_SETS = [{}, { order: 'any' }, { order: 'strict' }, { counting: 'total' }, { window: { perStep: 7 } }, { exclude: ['connect'] }, { timeToConvert: false }];

async function reports(lib, log) {
  const { analyzeFunnel, defineFunnel, funnelQuery, reportFromQuery } = lib;
  const funnel = defineFunnel(STAGES);
  const checked = [];
  for (const options of OPTION_SETS) {
    const expected = analyzeFunnel(funnel, log, options);
    for (const [where, table] of [['2 shards', 'events'], ['one node', 'events_one']]) {
      let q;
      try {
        q = funnelQuery(funnel, options, { dialect: 'clickhouse', table, columns: { prospect: 'prospect', stage: 'stage', at: 'at', source: 'source', rep: 'rep' } });
      } catch (error) {
        checked.push(`${where} ${JSON.stringify(options)}: refused (${error.code ?? error.message})`);
        continue;
      }
      const settings = { ...JSON_SETTINGS };
      // named parameters as ClickHouse's HTTP interface takes them (param_<name>)
      if (q.params && typeof q.params === 'object' && !Array.isArray(q.params)) for (const [k, v] of Object.entries(q.params)) settings[`param_${k}`] = String(v);
      const t0 = performance.now();
      const rows = rowsOf(await query(servers[0], `${q.sql}\nFORMAT JSONEachRow`, { settings }));
      const ms = performance.now() - t0;
      const got = reportFromQuery(funnel, rows, options);
      if (JSON.stringify(got) !== JSON.stringify(expected)) fail(`${where} ${JSON.stringify(options)}: the report from the SQL differs from analyzeFunnel's`);
      checked.push(`${where} ${JSON.stringify(options)}: equal (${ms.toFixed(0)} ms)`);
    }
  }
  return checked;
}

let code = 0;
try {
  const d = generate(records, 20261202);
  const log = recordsOf(d);
  const startMs = await startServers(2);
  console.log(`two clickhouse-server processes (pids ${servers.map((s) => s.child.pid).join(', ')}) answered in ${startMs.toFixed(0)} ms`);
  const version = (await query(servers[0], 'SELECT version()')).trim();
  await createTables();
  const loadMs = await load(log);
  console.log(`ClickHouse ${version}: ${log.length} records of ${d.prospects} prospects loaded (through the Distributed table ${loadMs.distributed.toFixed(0)} ms, one node ${loadMs.one.toFixed(0)} ms)`);
  const perShard = await smoke(log);
  console.log(`records per prospect equal to the log through the Distributed table and on one node; prospects per shard ${perShard.join(' / ')}, none on both`);
  const lib = await import(pathToFileURL(join(root.pathname, 'dist', 'index.js')).href);
  if (typeof lib.funnelQuery !== 'function' || typeof lib.reportFromQuery !== 'function') {
    console.log('this build has no funnelQuery/reportFromQuery: the report comparison is skipped (smoke check only)');
  } else {
    for (const line of await reports(lib, log)) console.log(line);
  }
  console.log('test:cluster: ok');
} catch (error) {
  console.error(`test:cluster: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await stopAll();
}
process.exit(code);
