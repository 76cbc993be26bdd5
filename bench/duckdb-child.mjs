// The DuckDB candidate of bench/events.bench.mjs, in a process of its own, so that its worker
// threads and memory do not compete with the JavaScript candidates measured between its runs.
// It generates the same seeded log (generate is deterministic), loads it through the appender and
// answers each request to run the query with the figures, the time the query took here and the
// peak extra RSS of this process while it ran (sampled every 2 ms).
import { DuckDBInstance } from '@duckdb/node-api';
import { generate } from './eventLog.mjs';

let db = null;

async function load({ n, seed }) {
  const d = generate(n, seed);
  const t = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  await con.run('CREATE TABLE ev (prospect INTEGER, stage UTINYINT, ts DOUBLE, source UTINYINT, rep UTINYINT)');
  const app = await con.createAppender('ev');
  for (let i = 0; i < d.n; i++) {
    app.appendInteger(d.prospect[i]);
    app.appendUTinyInt(d.stage[i]);
    app.appendDouble(d.at[i]);
    app.appendUTinyInt(d.source[i]);
    app.appendUTinyInt(d.rep[i]);
    app.endRow();
  }
  app.closeSync();
  const loadMs = performance.now() - t;
  const threads = (await (await con.runAndReadAll("SELECT current_setting('threads') AS t")).getRowObjects())[0].t;
  db = { instance, con };
  return { threads: Number(threads), loadMs };
}

async function run({ threads, sql }) {
  await db.con.run(`SET threads = ${threads}`);
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => {
    const r = process.memoryUsage.rss();
    if (r > peak) peak = r;
  }, 2);
  const t = performance.now();
  const rows = (await db.con.runAndReadAll(sql)).getRowObjects();
  const ms = performance.now() - t;
  clearInterval(timer);
  const r = process.memoryUsage.rss();
  if (r > peak) peak = r;
  return { out: { reached: rows.map((x) => Number(x.reached)), inbound: rows.map((x) => Number(x.inbound)) }, ms, extra: peak - base };
}

process.on('message', async (m) => {
  if (m.type === 'close') {
    db?.con.closeSync();
    process.exit(0);
  }
  const reply = m.type === 'load' ? await load(m) : await run(m);
  process.send({ id: m.id, ...reply });
});
