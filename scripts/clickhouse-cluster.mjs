// Two (or more) ClickHouse server processes on 127.0.0.1 as a sharded cluster, for the cluster
// check (scripts/test-cluster.mjs) and the warehouse benchmark: each with its own temporary
// config, data path and free ports (TCP, HTTP, interserver) and a `remote_servers` entry
// `funnel_cluster` with one shard per server; statements over the HTTP interface with fetch;
// stopped by process id (SIGTERM, then SIGKILL after 10 s) and their directories removed, also on
// a signal. Installs nothing.

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether `cmd` is on the PATH. */
export function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
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
export const servers = [];
let stopping = null;

export async function stopAll() {
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
    servers.length = 0;
  })().finally(() => {
    stopping = null;
  });
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`test:cluster: ${signal}, stopping the servers`);
    stopAll().finally(() => process.exit(130));
  });
}

export async function startServers(count) {
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
export async function query(server, sql, { body, settings = {} } = {}) {
  const params = new URLSearchParams({ ...settings });
  const url = body === undefined ? `${server.url}?${params}` : `${server.url}?${new URLSearchParams({ ...settings, query: sql })}`;
  const r = await fetch(url, { method: 'POST', body: body ?? sql });
  const text = await r.text();
  if (!r.ok) throw new Error(`ClickHouse ${r.status}: ${text.slice(0, 2000)}\n-- in: ${sql.slice(0, 500)}`);
  return text;
}

export const rowsOf = (text) => text.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
export const JSON_SETTINGS = { output_format_json_quote_64bit_integers: '0' };


export const COLUMNS = '(prospect UInt32, stage String, at Int64, source String, rep String)';

/** On every server a local MergeTree table and a Distributed table over them sharded by prospect; on the first, a one-node copy. */
export async function createTables() {
  for (const s of servers) {
    await query(s, `CREATE TABLE events_local ${COLUMNS} ENGINE = MergeTree() ORDER BY (prospect, at)`);
    await query(s, `CREATE TABLE events ${COLUMNS} ENGINE = Distributed(funnel_cluster, default, events_local, intHash64(prospect))`);
  }
  // the one-node copy: the whole log in one table of the first server
  await query(servers[0], `CREATE TABLE events_one ${COLUMNS} ENGINE = MergeTree() ORDER BY (prospect, at)`);
}

const tsvField = (v) => String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');

/** Loads records through the Distributed table (synchronously to the shards) and into the one-node copy; the time of each. */
export async function load(log) {
  return loadTsv(log.map((r) => [r.prospect, r.stage, r.at, r.source, r.rep].map(tsvField).join('\t')).join('\n') + '\n');
}

/** Loads rows already written as TabSeparated (prospect, stage, at, source, rep), as {@link load} does. */
export async function loadTsv(tsv) {
  const t0 = performance.now();
  await query(servers[0], 'INSERT INTO events FORMAT TabSeparated', { body: tsv, settings: { insert_distributed_sync: '1' } });
  const distributed = performance.now() - t0;
  const t1 = performance.now();
  await query(servers[0], 'INSERT INTO events_one FORMAT TabSeparated', { body: tsv });
  return { distributed, one: performance.now() - t1 };
}

