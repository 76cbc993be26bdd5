// Funnels from activity logs at scale: seeded synthetic logs of 1M and 10M events, measured for
// (a) analyzeFunnel on record objects, (b) analyzeColumns on typed arrays, (c) DuckDB running SQL
// with the same funnel semantics on the same data, in a child process (bench/duckdb-child.mjs) so
// its threads do not compete with the JavaScript candidates run between its runs, (d) a minimal hand-written
// typed-array loop that only counts (the floor for touching every event once), and (e) a
// hand-written loop that computes the same report figures (counts, and the time to convert from
// the previous and from the first stage: exact quantiles, mean, fixed bins). Events/second and
// peak extra memory (RSS sampled from a worker thread every 2 ms while a candidate runs);
// candidates interleaved, 7 rounds at 1M, 2 at 10M, after one warm-up run of each JavaScript
// candidate on a small log (so no measured run includes compiling the code).
// Flags: --small (1M only), --large (10M only).
import { fork, spawnSync } from 'node:child_process';
import { analyzeColumns, analyzeFunnel, defineFunnel } from '../dist/index.js';
import { OPTION_SETS, REPS, SOURCES, STAGES, columnsOf, generate, handFigures, handLoop, handReport, reportFigures, withExtras } from './eventLog.mjs';
import { machine, peakRss } from './harness.mjs';
import { median } from './plan-inputs.mjs';

if (typeof globalThis.gc !== 'function') {
  // re-run with a collectable heap large enough for 10M record objects
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const args = new Set(process.argv.slice(2));
const sizes = args.has('--small') ? [1_000_000] : args.has('--large') ? [10_000_000] : [1_000_000, 10_000_000];
const funnel = defineFunnel(STAGES);
const K = STAGES.length;

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

/** DuckDB in a child process: the same seeded log, loaded there; each request answered with the figures, its time and peak extra RSS. */
async function duckChild(n, seed) {
  const child = fork(new URL('./duckdb-child.mjs', import.meta.url), [], { execArgv: [] });
  let next = 0;
  const waiting = new Map();
  child.on('message', (m) => {
    waiting.get(m.id)?.(m);
    waiting.delete(m.id);
  });
  const ask = (m) => new Promise((resolve) => {
    const id = next++;
    waiting.set(id, resolve);
    child.send({ ...m, id });
  });
  const { threads, loadMs } = await ask({ type: 'load', n, seed });
  return { threads, loadMs, run: (t) => ask({ type: 'run', threads: t, sql: funnelSql() }), close: () => child.send({ type: 'close' }) };
}

// --- memory: a worker samples the process RSS while the main thread computes -----------------------
const peak = peakRss();
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
      const out = await candidates[c].fn();
      const ms = performance.now() - t;
      await settle();
      if (candidates[c].child) {
        // measured in the child: its query time and its own RSS (the request's round trip is not counted)
        outs[c] = out.out;
        times[c].push(out.ms);
        extra[c] = Math.max(extra[c], out.extra);
      } else {
        outs[c] = out;
        times[c].push(ms);
        extra[c] = Math.max(extra[c], peak[0] - base);
      }
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
  const seed = 20261123;
  const d = generate(n, seed);
  console.log(`\n${fmt(n)} events, ${fmt(d.prospects)} prospects, ${K} stages, ${SOURCES.length} sources, ${REPS.length} reps (generated in ${fmt(performance.now() - tg)} ms)`);
  const columns = columnsOf(d);
  const db = await duckChild(n, seed);
  const loadMs = db.loadMs;
  const rounds = big ? 2 : 7;
  warmUp();
  const results = await compareRounds(
    [
      { name: '(d) hand-written loop, counts only', fn: () => handLoop(d) },
      { name: '(e) hand-written loop, same figures', fn: () => handReport(d) },
      { name: '(b) analyzeColumns', fn: () => analyzeColumns(funnel, columns) },
      { name: `(c) DuckDB SQL, ${db.threads} threads (child process)`, child: true, fn: () => db.run(db.threads) },
      { name: '(c) DuckDB SQL, 1 thread (child process)', child: true, fn: () => db.run(1) },
    ],
    rounds,
  );
  db.close();
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
  const sameFigures = JSON.stringify(handFigures(results[1].out));
  const durationsAgree = results.filter((r) => r.out.stages).every((r) => JSON.stringify(reportFigures(r.out)) === sameFigures);
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
  if (!big) optionSets(d, columns, rounds);
}
process.exit(0);

/**
 * Option sets against the default options, and counts only against the counting loop (d): each
 * candidate once per round, interleaved (the order reversed every other round), after a warm-up
 * round; the ratio of each round to its peer in that round, median and range, by the wall clock
 * and by the process's CPU time. Counts only must give exactly the default counts, and the
 * prospects and inbound of (d).
 */
function optionSets(d, columns, rounds) {
  const extras = withExtras(d, 7);
  const candidates = [
    { name: 'analyzeColumns, default options', fn: () => analyzeColumns(funnel, columns) },
    { name: '(d) hand-written loop, counts only', fn: () => handLoop(d) },
    { name: 'analyzeColumns, counts only (timeToConvert: false)', fn: () => analyzeColumns(funnel, columns, { timeToConvert: false }) },
    ...OPTION_SETS.map((o) => ({ name: o.name, fn: () => analyzeColumns(funnel, o.extras ? extras : columns, o.options) })),
  ];
  const wall = candidates.map(() => []);
  const cpu = candidates.map(() => []);
  const outs = candidates.map(() => null);
  for (let r = 0; r <= rounds; r++) {
    const order = candidates.map((_, k) => (r % 2 === 0 ? k : candidates.length - 1 - k));
    for (const k of order) {
      globalThis.gc();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      outs[k] = candidates[k].fn();
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (r > 0) {
        wall[k].push(t);
        cpu[k].push((c.user + c.system) / 1000);
      }
    }
  }
  const counts = (x) => JSON.stringify(x.stages.map((s) => [s.touches, s.count, s.inbound, s.fromPrevious, s.dropped, s.open]));
  const same = counts(outs[2]) === counts(outs[0]) && outs[2].stages.every((s) => s.timeFromPrevious === null && s.timeFromFirst === null);
  const hand = outs[1];
  const floorAgrees = JSON.stringify(outs[2].stages.map((s) => s.count)) === JSON.stringify(hand.reached) && JSON.stringify(outs[2].stages.map((s) => s.inbound)) === JSON.stringify(hand.inbound);
  console.log(`\nOption sets on the same ${fmt(d.n)} events, ${rounds} interleaved rounds after a warm-up; counts only gives the default counts and no durations: ${same ? 'yes' : 'NO'}; its prospects and inbound equal those of (d): ${floorAgrees ? 'yes' : 'NO'}`);
  const ratio = (a, b) => {
    const rs = a.map((x, i) => x / b[i]);
    return `${fmt(median(rs), 2)}× (${fmt(Math.min(...rs), 2)}–${fmt(Math.max(...rs), 2)})`;
  };
  const head = ['candidate', 'median ms', 'vs', 'time vs peer: median (range)', 'CPU time vs peer: median (range)'];
  const rows = candidates.map((c, k) => {
    const peer = k === 0 ? null : k <= 2 ? 1 : 0;
    if (k === 1) return [c.name, fmt(median(wall[k])), '—', '—', '—'];
    if (peer === null) return [c.name, fmt(median(wall[k])), '—', '1.00×', '1.00×'];
    const peerName = peer === 1 ? '(d)' : 'default options';
    return [c.name, fmt(median(wall[k])), peerName, ratio(wall[k], wall[peer]), ratio(cpu[k], cpu[peer])];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}
