// Activity records in at column speed (issue 13): analyzeFunnel on record objects against
// analyzeColumns on the same log as typed columns, in one process, interleaved round by round (the
// order reversed every other round), on the log of bench/events.bench.mjs. Also analyzeFunnel on
// the records with ISO string times (what a CRM's JSON gives), the accumulator's addMany, and
// merging four accumulators (live, and given as parsed JSON). Per candidate: the median time and
// range, the median of its per-round ratio to analyzeColumns, and the peak extra memory per event
// (RSS sampled every 2 ms from a worker thread, over the RSS before the run: the records and the
// columns are built before, outside the timing). Every report must be the same.
// Flags: --n <events> (default 1,000,000), --rounds <r> (default 7), --dist <folder> (default
// dist: another build to measure, e.g. the code before a change, in its own process).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { machine, peakRss } from './harness.mjs';
import { columnsOf, generate, recordsOf, STAGES } from './eventLog.mjs';

if (typeof globalThis.gc !== 'function') {
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const n = Number(arg('--n', 1_000_000));
const rounds = Number(arg('--rounds', 7));
const dist = path.resolve(arg('--dist', new URL('../dist', import.meta.url).pathname));
const lib = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const { analyzeColumns, analyzeFunnel, createFunnelAccumulator, funnelAccumulatorFromJSON, defineFunnel } = lib;
const funnel = defineFunnel(STAGES);

const peak = peakRss();
const settle = () => new Promise((r) => setTimeout(r, 20));
const fmt = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

function parts(records, k) {
  const size = Math.ceil(records.length / k);
  return Array.from({ length: k }, (_, i) => createFunnelAccumulator(funnel).addMany(records.slice(i * size, (i + 1) * size)));
}

// warm-up on a small log, so that no measured run includes compiling the code
{
  const w = generate(100_000, 7);
  const recs = recordsOf(w);
  analyzeColumns(funnel, columnsOf(w));
  analyzeFunnel(funnel, recs);
  analyzeFunnel(funnel, recordsOf(w, { iso: true }));
  const ps = parts(recs, 4);
  ps.reduce((acc, p) => acc.merge(p), createFunnelAccumulator(funnel)).result();
  ps.map((p) => p.toJSON()).reduce((acc, p) => acc.merge(p), createFunnelAccumulator(funnel)).result();
}

const d = generate(n, 20261123);
const columns = columnsOf(d);
const records = recordsOf(d);
const isoRecords = recordsOf(d, { iso: true });
const live = parts(records, 4);
const saved = live.map((p) => JSON.parse(JSON.stringify(p.toJSON())));
const candidates = [
  { name: '(b) analyzeColumns', fn: () => analyzeColumns(funnel, columns) },
  { name: '(a) analyzeFunnel, epoch-ms records', fn: () => analyzeFunnel(funnel, records) },
  { name: '(a) analyzeFunnel, ISO-string records', fn: () => analyzeFunnel(funnel, isoRecords) },
  { name: 'accumulator addMany + result', fn: () => createFunnelAccumulator(funnel).addMany(records).result() },
  { name: 'merge 4 accumulators + result', fn: () => live.reduce((acc, p) => acc.merge(p), createFunnelAccumulator(funnel)).result() },
  { name: 'merge 4 saved states (parsed JSON) + result', fn: () => saved.reduce((acc, p) => acc.merge(p), funnelAccumulatorFromJSON(createFunnelAccumulator(funnel).toJSON())).result() },
];
const times = candidates.map(() => []);
const extra = candidates.map(() => []);
const outs = candidates.map(() => undefined);
for (let r = 0; r < rounds; r++) {
  const order = candidates.map((_, k) => (r % 2 === 0 ? k : candidates.length - 1 - k));
  for (const c of order) {
    globalThis.gc();
    await settle();
    const base = process.memoryUsage.rss();
    peak[0] = base;
    const t = performance.now();
    outs[c] = candidates[c].fn();
    times[c].push(performance.now() - t);
    await settle();
    extra[c].push(peak[0] - base);
  }
}
const same = outs.every((o) => JSON.stringify(o) === JSON.stringify(outs[0]));
console.log(`machine: ${machine()}; build: ${path.relative(process.cwd(), dist) || '.'}`);
console.log(`${fmt(n)} events, ${fmt(d.prospects)} prospects; ${rounds} rounds; every report the same: ${same ? 'yes' : 'NO'}`);
const head = ['candidate', 'median ms', 'range ms', 'ratio to (b), median (range)', 'peak extra B/event, median (range)'];
const rows = candidates.map((c, k) => {
  const ratios = times[k].map((t, i) => t / times[0][i]);
  const perEvent = extra[k].map((x) => x / n);
  return [
    c.name,
    fmt(median(times[k])),
    `${fmt(Math.min(...times[k]))}–${fmt(Math.max(...times[k]))}`,
    `${fmt(median(ratios), 2)}× (${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)})`,
    `${fmt(median(perEvent))} (${fmt(Math.min(...perEvent))}–${fmt(Math.max(...perEvent))})`,
  ];
});
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
process.exit(same ? 0 : 1);
