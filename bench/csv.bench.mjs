// CSV files on the command line (issue 13): a CRM-like export of 1M and 10M activities (the
// synthetic log of events.bench.mjs written as `Contact ID,Activity Type,Date,Owner,Lead Source`
// with ISO dates) in the OS temp directory, then, interleaved round after round, each candidate
// end to end as a child process: `funnel-math report` on the built CLI with the mapping flags;
// DuckDB (@duckdb/node-api) doing read_csv and the funnel SQL of events.bench.mjs; ClickHouse
// reading the same CSV where it is installed. Every run's figures (prospects and inbound per stage,
// the time-to-convert medians) must be the same across candidates. Peak memory is the child's
// own peak RSS (getrusage maxrss, read by a preloaded module as it exits); for a ClickHouse server,
// the rise of its RSS during the run, sampled every 5 ms.
// Flags: --small (1M only), --large (10M only), --rounds N, --keep (leave the CSV files).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './eventLog.mjs';
import { machine } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '../dist/cli.js');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const sizes = flag('--small') ? [1_000_000] : flag('--large') ? [10_000_000] : [1_000_000, 10_000_000];
const STAGES = ['call', 'connect', 'meeting', 'proposal', 'sale'];
const TYPES = ['Call', 'Connect', 'Meeting', 'Proposal', 'Sale'];
const SOURCES = ['Cold Call', 'Email', 'Referral', 'Inbound'];
const REPS = Array.from({ length: 10 }, (_, i) => `Rep ${i + 1}`);
const K = STAGES.length;
/** CRM ids are large numbers, not row positions. */
const ID0 = 90_000_000;

// --- the log: the generator of bench:events (same seed, same events), written as a CRM export ---

/** Writes the log as a CRM export; returns its size in bytes. */
async function writeCsv(d, file) {
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? null : new Promise((r) => out.once('drain', r)));
  await write('Contact ID,Activity Type,Date,Owner,Lead Source\n');
  let lines = [];
  for (let k = 0; k < d.n; k++) {
    const iso = new Date(d.at[k]).toISOString().slice(0, 19);
    lines.push(`${ID0 + d.prospect[k]},${TYPES[d.stage[k]]},${iso}Z,${REPS[d.rep[k]]},${SOURCES[d.source[k]]}`);
    if (lines.length === 50_000) {
      await write(`${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length) await write(`${lines.join('\n')}\n`);
  await new Promise((r) => out.end(r));
  return statSync(file).size;
}

// --- the funnel SQL of events.bench.mjs (kept in step with its funnelSql()), plus the medians ------
function funnelSql() {
  const ctes = [
    'firsts AS (SELECT prospect, min(ts) AS t0 FROM ev GROUP BY prospect)',
    'entry AS (SELECT e.prospect, min(e.stage) AS s0, any_value(f.t0) AS t0 FROM ev e JOIN firsts f ON e.prospect = f.prospect AND e.ts = f.t0 GROUP BY e.prospect)',
    'r0 AS (SELECT prospect, t0 AS t, NULL::DOUBLE AS prev, t0 AS first FROM entry WHERE s0 = 0)',
  ];
  for (let k = 1; k < K; k++) {
    ctes.push(
      `r${k} AS (SELECT prospect, t0 AS t, NULL::DOUBLE AS prev, NULL::DOUBLE AS first FROM entry WHERE s0 = ${k} UNION ALL ` +
        `SELECT e.prospect, min(e.ts) AS t, any_value(r.t) AS prev, any_value(r.first) AS first FROM ev e JOIN r${k - 1} r ON e.prospect = r.prospect WHERE e.stage = ${k} AND e.ts >= r.t GROUP BY e.prospect)`
    );
  }
  const parts = STAGES.map(
    (_, k) =>
      `SELECT ${k} AS k, count(*) AS reached, count(*) FILTER (WHERE prev IS NULL AND ${k} > 0) AS inbound, ` +
      `quantile_disc(t - prev, 0.5) AS prev_median, ${k === 0 ? 'NULL' : 'quantile_disc(t - first, 0.5)'} AS first_median FROM r${k}`
  );
  return `WITH ${ctes.join(',\n')}\n${parts.join('\nUNION ALL\n')}\nORDER BY k`;
}

/** The DuckDB candidate, run as its own process: read_csv into the table the funnel SQL reads, then the SQL. */
const duckScript = (file, threads) => `
import { DuckDBInstance } from '@duckdb/node-api';
const instance = await DuckDBInstance.create(':memory:', { threads: '${threads}' });
const con = await instance.connect();
await con.run(\`CREATE TABLE ev AS SELECT "Contact ID" AS prospect,
  CASE "Activity Type" ${TYPES.map((t, k) => `WHEN '${t}' THEN ${k}`).join(' ')} END::UTINYINT AS stage,
  epoch_ms("Date")::DOUBLE AS ts, "Owner" AS rep, "Lead Source" AS source
  FROM read_csv('${file}', header = true, columns = { 'Contact ID': 'BIGINT', 'Activity Type': 'VARCHAR', 'Date': 'TIMESTAMP', 'Owner': 'VARCHAR', 'Lead Source': 'VARCHAR' })\`);
const rows = (await con.runAndReadAll(${JSON.stringify(funnelSql())})).getRowObjects();
console.log(JSON.stringify(rows.map((r) => ({ reached: Number(r.reached), inbound: Number(r.inbound), prev: r.prev_median === null ? null : Number(r.prev_median), first: r.first_median === null ? null : Number(r.first_median) }))));
`;

const peakFile = join(tmpdir(), `funnel-math-bench-peak-${process.pid}`);
const preload = join(tmpdir(), `funnel-math-bench-peak-${process.pid}.cjs`);
writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`);

/** Runs a child process; its wall time, its peak RSS (MB) and what it printed. */
function child(argv, env = {}) {
  return new Promise((resolve, reject) => {
    rmSync(peakFile, { force: true });
    const t = performance.now();
    const p = spawn(process.execPath, ['--require', preload, ...argv], {
      cwd: here,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (b) => (out += b));
    p.stderr.on('data', (b) => (err += b));
    p.on('error', reject);
    p.on('close', (code) => {
      const ms = performance.now() - t;
      if (code !== 0) return reject(new Error(`${argv.join(' ')} exited ${code}: ${err}`));
      resolve({
        ms,
        peakMB: existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) / 1024 : Number.NaN,
        out,
      });
    });
  });
}

const reportArgs = (file) => [cli, 'report', file, '--stages', STAGES.join(','), '--prospect', 'Contact ID', '--stage', 'Activity Type', '--at', 'Date', '--rep', 'Owner', '--source', 'Lead Source', '--json'];

function figuresOfReport(out) {
  const r = JSON.parse(out);
  return r.stages.map((s) => ({
    reached: s.count,
    inbound: s.inbound,
    prev: s.timeFromPrevious?.median ?? null,
    first: s.timeFromFirst?.median ?? null,
  }));
}

// --- ClickHouse, where installed ----------------------------------------------------------------
// `clickhouse local` (a ClickHouse of recent years) reads the file itself; Debian's clickhouse-server
// 18.16 has no `local`: its client parses the CSV into the server's table, then the SQL runs there.
// The SQL is written for both: no window functions or CTEs (18.16 has neither); per prospect the
// events as arrays, the entry (first time, lowest stage on it), each later stage at its first event
// at or after the previous one; medians by nearest rank from the sorted durations.
const which = (name) => spawnSync('which', [name], { encoding: 'utf8' }).stdout.trim();
const local = which('clickhouse-local') || which('clickhouse');
const client = which('clickhouse-client');
const serverUp = !local && client && spawnSync(client, ['-q', 'SELECT 1'], { encoding: 'utf8' }).stdout.trim() === '1';
const clickhouse = local
  ? `${local} local`
  : serverUp
  ? `${client} (server ${spawnSync(client, ['-q', 'SELECT version()'], {
      encoding: 'utf8',
    }).stdout.trim()})`
  : '';

function clickhouseSql(source) {
  const reach = [];
  for (let k = 1; k < K; k++) {
    // arrayReduce('min', []) is 0, which no instant here is: it stands for "not reached"
    reach.push(`if(s0 = ${k}, toNullable(t0), if(s0 < ${k} AND r${k - 1} IS NOT NULL, arrayReduce('min', arrayFilter((t, s) -> s = ${k} AND t >= assumeNotNull(r${k - 1}), ts, st)), NULL)) AS r${k}_raw`);
    reach.push(`if(r${k}_raw = 0, NULL, r${k}_raw) AS r${k}`);
  }
  const events = `SELECT "Contact ID" AS prospect, transform("Activity Type", [${TYPES.map((t) => `'${t}'`).join(', ')}], [${TYPES.map((_, k) => k).join(
    ', '
  )}], 255) AS stage, toUInt64(toUnixTimestamp(parseDateTimeBestEffort(Date))) * 1000 AS ts FROM ${source}`;
  const inner = `SELECT prospect, groupArray(ts) AS ts, groupArray(stage) AS st FROM (${events}) GROUP BY prospect`;
  const walk = `SELECT prospect, arrayReduce('min', ts) AS t0, arrayReduce('min', arrayFilter((s, t) -> t = t0, st, ts)) AS s0, if(s0 = 0, toNullable(t0), NULL) AS r0, ${reach.join(', ')} FROM (${inner})`;
  const median = (expr, cond) => `arrayElement(arraySort(groupArrayIf(${expr}, ${cond})), toUInt32(ceil(0.5 * countIf(${cond}))))`;
  const cols = [];
  for (let k = 0; k < K; k++) {
    cols.push(`countIf(r${k} IS NOT NULL) AS reached${k}`, `countIf(s0 = ${k} AND ${k} > 0) AS inbound${k}`);
    if (k > 0)
      cols.push(
        `${median(`toInt64(assumeNotNull(r${k})) - toInt64(assumeNotNull(r${k - 1}))`, `r${k} IS NOT NULL AND s0 < ${k}`)} AS prev${k}`,
        `${median(`toInt64(assumeNotNull(r${k})) - toInt64(t0)`, `r${k} IS NOT NULL AND s0 = 0`)} AS first${k}`
      );
  }
  return `SELECT ${cols.join(', ')} FROM (${walk})`;
}

const CH_SCHEMA = '`Contact ID` UInt64, `Activity Type` String, Date String, Owner String, `Lead Source` String';
const shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/** ClickHouse on the file, end to end, as a shell running its client (or clickhouse local). */
function clickhouseRun(file) {
  const script = local
    ? `${local} local --format JSONEachRow --query ${shQuote(clickhouseSql(`file(${shQuote(file).replace(/'\\''/g, "\\'")}, CSVWithNames, '${CH_SCHEMA}')`))}`
    : [
        `${client} -q 'DROP TABLE IF EXISTS funnel_math_bench'`,
        `${client} -q ${shQuote(`CREATE TABLE funnel_math_bench (${CH_SCHEMA}) ENGINE = Memory`)}`,
        `${client} -q 'INSERT INTO funnel_math_bench FORMAT CSVWithNames' < ${shQuote(file)}`,
        `${client} --format JSONEachRow -q ${shQuote(clickhouseSql('funnel_math_bench'))}`,
        `${client} -q 'DROP TABLE funnel_math_bench'`,
      ].join(' && ');
  return new Promise((resolve, reject) => {
    const server = local ? null : spawnSync('pidof', ['clickhouse-server'], { encoding: 'utf8' }).stdout.trim().split(/\s+/)[0];
    const rss = () => (server ? Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server}/status`, 'utf8'))?.[1] ?? 0) / 1024 : 0);
    const base = rss();
    let top = base;
    const sampler = setInterval(() => (top = Math.max(top, rss())), 5);
    const t = performance.now();
    const p = spawn('sh', ['-c', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (b) => (out += b));
    p.stderr.on('data', (b) => (err += b));
    p.on('close', (code) => {
      const ms = performance.now() - t;
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`ClickHouse exited ${code}: ${err}`));
      resolve({ ms, peakMB: top - base, out });
    });
  });
}

function figuresOfClickhouse(out) {
  const r = JSON.parse(out.trim().split('\n')[0]);
  return STAGES.map((_, k) => ({
    reached: Number(r[`reached${k}`]),
    inbound: Number(r[`inbound${k}`]),
    prev: k === 0 ? null : Number(r[`prev${k}`]),
    first: k === 0 ? null : Number(r[`first${k}`]),
  }));
}

const fmt = (x, d = 0) =>
  x.toLocaleString('en-US', {
    minimumFractionDigits: d,
    maximumFractionDigits: d,
  });

console.log(`machine: ${machine()}`);
console.log(`ClickHouse: ${clickhouse || 'not installed'}`);
const rounds = option('--rounds', 0);
for (const n of sizes) {
  const big = n >= 5_000_000;
  const d = generate(n, 20261123);
  const file = join(tmpdir(), `funnel-math-bench-${n}.csv`);
  const tw = performance.now();
  const kept = existsSync(file) && flag('--keep');
  const bytes = kept ? statSync(file).size : await writeCsv(d, file);
  const how = kept ? 'kept from an earlier run' : `written in ${fmt(performance.now() - tw)} ms`;
  console.log(`\n${fmt(n)} rows, ${fmt(d.prospects)} prospects, ${fmt(bytes / 2 ** 20, 1)} MB of CSV (${fmt(bytes / n, 1)} bytes per row; ${how})`);
  const candidates = [
    {
      name: 'funnel-math report (CLI)',
      run: () => child(reportArgs(file)),
      figures: figuresOfReport,
    },
    {
      name: 'DuckDB read_csv + SQL, 2 threads',
      run: () => child(['--input-type=module', '-e', duckScript(file, 2)]),
      figures: (out) => JSON.parse(out),
    },
    {
      name: 'DuckDB read_csv + SQL, 1 thread',
      run: () => child(['--input-type=module', '-e', duckScript(file, 1)]),
      figures: (out) => JSON.parse(out),
    },
    ...(clickhouse
      ? [
          {
            name: local ? 'ClickHouse local' : 'ClickHouse 18.16 server: client INSERT of the CSV + SQL',
            run: () => clickhouseRun(file),
            figures: figuresOfClickhouse,
          },
        ]
      : []),
  ];
  const times = candidates.map(() => []);
  const peaks = candidates.map(() => 0);
  const figures = candidates.map(() => null);
  const R = rounds || (big ? 3 : 7);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < candidates.length; c++) {
      const res = await candidates[c].run();
      times[c].push(res.ms);
      peaks[c] = Math.max(peaks[c], res.peakMB);
      figures[c] = JSON.stringify(candidates[c].figures(res.out));
    }
  }
  const same = figures.every((f) => f === figures[0]);
  console.log(`figures (per stage: prospects, inbound, median time from the previous and from the first stage): ${figures[0]}`);
  console.log(`identical across candidates: ${same ? 'yes' : 'NO'}${same ? '' : `\n${figures.join('\n')}`}`);
  const med = (a) => [...a].sort((x, y) => x - y)[(a.length - 1) >> 1];
  const base = med(times[0]);
  // the candidates ran one after another in each round: their ratio to the CLI in the same round is the figure that a noisy machine disturbs least
  const ratios = (k) => times[k].map((t, r) => t / times[0][r]);
  const head = ['candidate', 'median ms', 'range (ms)', 'M rows/s', 'peak RSS MB', 'time vs CLI (medians)', 'vs CLI in the same round: median (range)'];
  const rows = candidates.map((c, k) => {
    const m = med(times[k]);
    const q = ratios(k);
    return [c.name, fmt(m), `${fmt(Math.min(...times[k]))}–${fmt(Math.max(...times[k]))}`, fmt(n / m / 1000, 2), fmt(peaks[k]), `${fmt(m / base, 2)}×`, `${fmt(med(q), 2)}× (${fmt(Math.min(...q), 2)}–${fmt(Math.max(...q), 2)})`];
  });
  if (!clickhouse) rows.push(['ClickHouse', 'not installed', '', '', '', '', '']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  console.log(`CLI peak RSS per row: ${fmt((peaks[0] * 2 ** 20) / n, 1)} bytes`);
  if (!flag('--keep')) rmSync(file, { force: true });
}
rmSync(preload, { force: true });
rmSync(peakFile, { force: true });
