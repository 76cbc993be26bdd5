// Funnels from activity logs at scale: seeded synthetic logs of 1M and 10M events, measured for
// (a) analyzeFunnel on record objects, (b) analyzeColumns on typed arrays, (c) DuckDB running SQL
// with the same funnel semantics on the same data in the same process, (d) a minimal hand-written
// typed-array loop that only counts (the floor for touching every event once), and (e) a
// hand-written loop that computes the same report figures (counts, and the time to convert from
// the previous and from the first stage: exact quantiles, mean, fixed bins). Events/second and
// peak extra memory (RSS sampled from a worker thread every 2 ms while a candidate runs);
// candidates interleaved, 7 rounds at 1M, 2 at 10M, after one warm-up run of each JavaScript
// candidate on a small log (so no measured run includes compiling the code).
// Flags: --small (1M only), --large (10M only).
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyzeColumns, analyzeFunnel, defineFunnel } from '../dist/index.js';
import { machine } from './harness.mjs';

if (typeof globalThis.gc !== 'function') {
  // re-run with a collectable heap large enough for 10M record objects
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const args = new Set(process.argv.slice(2));
const sizes = args.has('--small') ? [1_000_000] : args.has('--large') ? [10_000_000] : [1_000_000, 10_000_000];
const STAGES = ['call', 'connect', 'meeting', 'proposal', 'sale'];
const SOURCES = ['cold call', 'email', 'referral', 'inbound'];
const REPS = Array.from({ length: 10 }, (_, i) => `rep${i + 1}`);
const funnel = defineFunnel(STAGES);
const K = STAGES.length;
const T0 = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A CRM export: each prospect enters at the first stage (90%, from cold calls, email or referrals)
 * or later by themselves (10%, inbound), gets 1–3 touches per stage, moves on with probability 0.65;
 * one of 10 reps; minutes over ~5 months. Returned in time order, as exports usually are.
 */
function generate(n, seed) {
  const rnd = mulberry32(seed);
  const p0 = new Int32Array(n);
  const s0 = new Uint8Array(n);
  const m0 = new Int32Array(n); // minutes since T0
  const src0 = new Int8Array(n);
  const rep0 = new Int8Array(n);
  let i = 0;
  let prospect = 0;
  while (i < n) {
    const inbound = rnd() < 0.1;
    let s = inbound ? 1 + (rnd() < 0.4 ? 1 : 0) : 0;
    const src = inbound ? 3 : Math.floor(rnd() * 3);
    const rep = Math.floor(rnd() * 10);
    let minute = Math.floor(rnd() * 150 * 1440);
    for (;;) {
      const touches = 1 + Math.floor(rnd() * 3);
      for (let t = 0; t < touches && i < n; t++, i++) {
        p0[i] = prospect;
        s0[i] = s;
        m0[i] = minute;
        src0[i] = src;
        rep0[i] = rep;
        minute += 1 + Math.floor(rnd() * 3 * 1440);
      }
      if (i >= n || s === K - 1 || rnd() >= 0.65) break;
      s++;
    }
    prospect++;
  }
  // counting sort by minute: the log in time order
  let maxMinute = 0;
  for (let j = 0; j < n; j++) if (m0[j] > maxMinute) maxMinute = m0[j];
  const start = new Int32Array(maxMinute + 2);
  for (let j = 0; j < n; j++) start[m0[j] + 1]++;
  for (let j = 0; j <= maxMinute; j++) start[j + 1] += start[j];
  const prospectCol = new Int32Array(n);
  const stage = new Uint8Array(n);
  const at = new Float64Array(n);
  const source = new Int8Array(n);
  const repCol = new Int8Array(n);
  for (let j = 0; j < n; j++) {
    const k = start[m0[j]]++;
    prospectCol[k] = p0[j];
    stage[k] = s0[j];
    at[k] = T0 + m0[j] * MINUTE;
    source[k] = src0[j];
    repCol[k] = rep0[j];
  }
  return { n, prospects: prospect, prospect: prospectCol, stage, at, source, rep: repCol };
}

/** (d) The practical limit: one pass over a time-ordered log, furthest stage per prospect. */
function handLoop(d) {
  const furthest = new Int8Array(d.prospects).fill(-1);
  const reached = new Float64Array(K);
  const inbound = new Float64Array(K);
  const touches = new Float64Array(K);
  const { prospect, stage, n } = d;
  for (let i = 0; i < n; i++) {
    const s = stage[i];
    touches[s]++;
    const p = prospect[i];
    const f = furthest[p];
    if (f === -1) {
      furthest[p] = s;
      reached[s]++;
      if (s > 0) inbound[s]++;
    } else if (s === f + 1) {
      furthest[p] = s;
      reached[s]++;
    }
  }
  return { reached: [...reached], inbound: [...inbound], touches: [...touches] };
}

const HOUR = 3_600_000;
const BIN_EDGES = [0, HOUR, 24 * HOUR, 48 * HOUR, 168 * HOUR, 336 * HOUR, 720 * HOUR, 1440 * HOUR, 2160 * HOUR];

/** Nearest-rank quantiles, a mean and the fixed bins of a list of durations, by sorting it. */
function stats(list) {
  if (list.length === 0) return null;
  const a = Float64Array.from(list).sort();
  const at = (p) => a[Math.max(0, Math.ceil(p * a.length) - 1)];
  let sum = 0;
  const bins = new Array(BIN_EDGES.length).fill(0);
  for (const x of a) {
    sum += x;
    let b = BIN_EDGES.length - 1;
    while (x < BIN_EDGES[b]) b--;
    bins[b]++;
  }
  return { p25: at(0.25), median: at(0.5), p75: at(0.75), p90: at(0.9), mean: Math.round(sum / a.length), bins };
}

/**
 * (e) The same report figures by hand, as one would write it for this one log: one pass over the
 * time-ordered log keeping per prospect the furthest stage, whether it entered at the first stage,
 * and when it reached the first and the furthest stage; the durations in plain arrays, each sorted
 * at the end. Like (d) it trusts the log (no validation, time order assumed).
 */
function handReport(d) {
  const P = d.prospects;
  const furthest = new Int8Array(P).fill(-1);
  const atFirst = new Uint8Array(P);
  const firstT = new Float64Array(P);
  const lastT = new Float64Array(P);
  const reached = new Float64Array(K);
  const inbound = new Float64Array(K);
  const touches = new Float64Array(K);
  const prev = STAGES.map(() => []);
  const first = STAGES.map(() => []);
  const { prospect, stage, at, n } = d;
  for (let i = 0; i < n; i++) {
    const s = stage[i];
    touches[s]++;
    const p = prospect[i];
    const f = furthest[p];
    const t = at[i];
    if (f === -1) {
      furthest[p] = s;
      reached[s]++;
      if (s > 0) inbound[s]++;
      else atFirst[p] = 1;
      firstT[p] = t;
      lastT[p] = t;
    } else if (s === f + 1) {
      furthest[p] = s;
      reached[s]++;
      prev[s].push(t - lastT[p]);
      lastT[p] = t;
      if (atFirst[p] === 1) first[s].push(t - firstT[p]);
    }
  }
  return { reached: [...reached], inbound: [...inbound], touches: [...touches], prev: prev.map(stats), first: first.map(stats) };
}

/** (c) The same semantics in SQL: entry at the first record (earlier stage first on ties), then each stage at its first record at or after the previous one. */
function funnelSql() {
  const ctes = [
    'firsts AS (SELECT prospect, min(ts) AS t0 FROM ev GROUP BY prospect)',
    'entry AS (SELECT e.prospect, min(e.stage) AS s0, any_value(f.t0) AS t0 FROM ev e JOIN firsts f ON e.prospect = f.prospect AND e.ts = f.t0 GROUP BY e.prospect)',
    'r0 AS (SELECT prospect, t0 AS t, NULL::DOUBLE AS prev FROM entry WHERE s0 = 0)',
  ];
  for (let k = 1; k < K; k++) {
    ctes.push(
      `r${k} AS (SELECT prospect, t0 AS t, NULL::DOUBLE AS prev FROM entry WHERE s0 = ${k} UNION ALL ` +
        `SELECT e.prospect, min(e.ts) AS t, any_value(r.t) AS prev FROM ev e JOIN r${k - 1} r ON e.prospect = r.prospect WHERE e.stage = ${k} AND e.ts >= r.t GROUP BY e.prospect)`,
    );
  }
  const parts = STAGES.map(
    (_, k) =>
      `SELECT ${k} AS k, count(*) AS reached, count(*) FILTER (WHERE prev IS NULL AND ${k} > 0) AS inbound, ` +
      `quantile_disc(t - prev, [0.25, 0.5, 0.75, 0.9]) AS q, avg(t - prev) AS mean FROM r${k}`,
  );
  return `WITH ${ctes.join(',\n')}\n${parts.join('\nUNION ALL\n')}\nORDER BY k`;
}

async function loadDuckDB(d) {
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
  const threads = (await (await con.runAndReadAll("SELECT current_setting('threads') AS t")).getRowObjects())[0].t;
  return { con, instance, threads };
}

async function duck(con) {
  const rows = (await con.runAndReadAll(funnelSql())).getRowObjects();
  return { reached: rows.map((r) => Number(r.reached)), inbound: rows.map((r) => Number(r.inbound)) };
}

// --- memory: a worker samples the process RSS while the main thread computes -----------------------
const peakBuf = new SharedArrayBuffer(8);
const peak = new Float64Array(peakBuf);
const sampler = new Worker(
  `const { workerData } = require('node:worker_threads');
   const a = new Float64Array(workerData);
   setInterval(() => { const r = process.memoryUsage.rss(); if (r > a[0]) a[0] = r; }, 2);`,
  { eval: true, workerData: peakBuf },
);
sampler.unref();
const settle = () => new Promise((r) => setTimeout(r, 20));

/**
 * Runs the candidates interleaved, round after round (so a noisy neighbour slows them all alike),
 * and keeps each one's median time and its largest peak of extra RSS over the RSS before the run.
 */
async function compareRounds(candidates, rounds) {
  const times = candidates.map(() => []);
  const extra = candidates.map(() => 0);
  const outs = candidates.map(() => undefined);
  for (let r = 0; r < rounds; r++) {
    for (let c = 0; c < candidates.length; c++) {
      globalThis.gc();
      await settle();
      const base = process.memoryUsage.rss();
      peak[0] = base;
      const t = performance.now();
      outs[c] = await candidates[c].fn();
      times[c].push(performance.now() - t);
      await settle();
      extra[c] = Math.max(extra[c], peak[0] - base);
    }
  }
  return candidates.map((cand, c) => {
    const sorted = [...times[c]].sort((a, b) => a - b);
    // the median; of an even number of runs, the lower middle one
    return { name: cand.name, ms: sorted[(sorted.length - 1) >> 1], all: times[c], extraMB: extra[c] / 2 ** 20, out: outs[c] };
  });
}

const fmt = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

/** One run of each JavaScript candidate on a small log, so that no measured run includes compiling their code. */
function warmUp() {
  const w = generate(100_000, 7);
  const recs = Array.from({ length: w.n }, (_, i) => ({ prospect: w.prospect[i], stage: STAGES[w.stage[i]], at: w.at[i], source: SOURCES[w.source[i]], rep: REPS[w.rep[i]] }));
  handLoop(w);
  handReport(w);
  analyzeColumns(funnel, { prospect: w.prospect, stage: w.stage, at: w.at, source: { codes: w.source, names: SOURCES }, rep: { codes: w.rep, names: REPS } });
  analyzeFunnel(funnel, recs);
}

console.log(`machine: ${machine()}`);
for (const n of sizes) {
  const big = n >= 5_000_000;
  const tg = performance.now();
  const d = generate(n, 20261123);
  console.log(`\n${fmt(n)} events, ${fmt(d.prospects)} prospects, ${K} stages, ${SOURCES.length} sources, ${REPS.length} reps (generated in ${fmt(performance.now() - tg)} ms)`);
  const columns = {
    prospect: d.prospect,
    stage: d.stage,
    at: d.at,
    source: { codes: d.source, names: SOURCES },
    rep: { codes: d.rep, names: REPS },
  };
  const tl = performance.now();
  const db = await loadDuckDB(d);
  const loadMs = performance.now() - tl;
  const threads = async (t) => {
    await db.con.run(`SET threads = ${t}`);
  };
  const rounds = big ? 2 : 7;
  warmUp();
  const results = await compareRounds(
    [
      { name: '(d) hand-written loop, counts only', fn: () => handLoop(d) },
      { name: '(e) hand-written loop, same figures', fn: () => handReport(d) },
      { name: '(b) analyzeColumns', fn: () => analyzeColumns(funnel, columns) },
      { name: `(c) DuckDB SQL, ${db.threads} threads`, fn: async () => (await threads(db.threads), duck(db.con)) },
      { name: '(c) DuckDB SQL, 1 thread', fn: async () => (await threads(1), duck(db.con)) },
    ],
    rounds,
  );
  db.con.closeSync();
  db.instance.closeSync?.();
  // record objects, as a CRM API or JSON export gives them: built outside the timing, and only now,
  // so the other candidates do not pay for collecting a heap of millions of objects
  let records = new Array(n);
  for (let i = 0; i < n; i++) {
    records[i] = { prospect: d.prospect[i], stage: STAGES[d.stage[i]], at: d.at[i], source: SOURCES[d.source[i]], rep: REPS[d.rep[i]] };
  }
  results.push(...(await compareRounds([{ name: '(a) analyzeFunnel on objects', fn: () => analyzeFunnel(funnel, records) }], rounds)));
  records = null;

  // every candidate must agree on what they all compute
  const hand = results[0].out;
  const agree = results.every((r) => {
    const reached = r.out.stages ? r.out.stages.map((s) => s.count) : r.out.reached;
    const inbound = r.out.stages ? r.out.stages.map((s) => s.inbound) : r.out.inbound;
    return JSON.stringify(reached) === JSON.stringify(hand.reached) && JSON.stringify(inbound) === JSON.stringify(hand.inbound);
  });
  // and the library's time-to-convert figures must be those of the hand-written report
  const same = results[1].out;
  const figures = (st) => (st ? [st.p25, st.median, st.p75, st.p90, st.mean, ...st.bins] : null);
  const libFigures = (r) => r.out.stages.map((s) => [s.timeFromPrevious, s.timeFromFirst].map((x) => (x ? figures({ ...x, bins: x.histogram.map((b) => b.count) }) : null)));
  const handFigures = same.prev.map((p, k) => [k === 0 ? null : figures(p), k === 0 ? null : figures(same.first[k])]);
  const durationsAgree = results.filter((r) => r.out.stages).every((r) => JSON.stringify(libFigures(r)) === JSON.stringify(handFigures));
  console.log(
    `prospects per stage ${JSON.stringify(hand.reached)}, inbound ${JSON.stringify(hand.inbound)}; all candidates agree: ${agree ? 'yes' : 'NO'}; ` +
      `time-to-convert quantiles, means and bins of analyzeColumns and analyzeFunnel equal those of (e): ${durationsAgree ? 'yes' : 'NO'}`,
  );

  const baseMs = results[0].ms;
  const sameMs = results[1].ms;
  const cols = results.find((r) => r.name.startsWith('(b)')).ms;
  const head = ['candidate', 'median ms', 'runs (ms)', 'M events/s', 'peak extra MB', 'time vs (d)', 'time vs (e)', 'time vs analyzeColumns'];
  const rows = results.map((r) => [
    r.name,
    fmt(r.ms),
    r.all.map((x) => fmt(x)).join(' / '),
    fmt(n / r.ms / 1000, 1),
    fmt(r.extraMB),
    `${fmt(r.ms / baseMs, 2)}×`,
    `${fmt(r.ms / sameMs, 2)}×`,
    `${fmt(r.ms / cols, 2)}×`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  console.log(`DuckDB load through the appender (not in the table): ${fmt(loadMs)} ms`);
}
process.exit(0);
