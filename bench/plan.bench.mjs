// Exact reverse-funnel plans next to the float calculator a user would otherwise write, on 4,096
// distinct inputs per rounding (3-, 4- and 6-stage funnels; rates as numbers, percent and fraction
// strings, { num, den }, observed counts, mixed within one set, or arrays; goals as counts,
// { count, at } and revenue), with the same output shape. funnelFromCounts and schedule ride along
// for reference. Candidates run interleaved; ratios are taken round by round against the float
// peer of the same round, and reported as median and range, by the wall clock and by the CPU time
// of the process (on a shared machine the second is steadier: waiting for a core is not counted).
//
//   node bench/plan.bench.mjs [--rounds N] [--ms M] [--runs R]   (R separate runs, one after another)
import { defineFunnel, funnelFromCounts, requiredActivity, schedule } from '../dist/node/index.js';
import { machine } from './harness.mjs';
import {
  countInputs,
  floatFunnelFromCounts,
  floatRequiredActivity,
  interleaved,
  median,
  planInputs,
  roundRatios,
  sameRequired,
} from './plan-inputs.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('--rounds', 9);
const MIN_MS = arg('--ms', 150);
const RUNS = arg('--runs', 3);

const eachStage = planInputs(defineFunnel, { rounding: 'each-stage' });
const once = planInputs(defineFunnel, { rounding: 'once' });
const counts = countInputs(defineFunnel);
const months = Array.from({ length: 12 }, (_, m) => {
  const start = `2026-${String(m + 1).padStart(2, '0')}-01`;
  const end = new Date(Date.UTC(2026, m + 1, 0)).toISOString().slice(0, 10);
  return { start, end };
});
const scheduled = eachStage.slice(0, 1024).map((x, k) => ({
  plan: requiredActivity(x.funnel, x.options),
  options: { ...months[k % 12], per: k % 3 === 0 ? 'week' : 'month' },
}));

// How often the float calculator asks for a different whole number than the exact plan: on the
// benchmark inputs, and on a wider grid (every rate set above with goals 1..100 at the last stage).
function wrongness(inputs) {
  let wrong = 0;
  let under = 0;
  for (const x of inputs) {
    const exact = requiredActivity(x.funnel, x.options);
    const float = floatRequiredActivity(x.ids, x.options);
    if (!sameRequired(exact, float)) {
      wrong++;
      if (exact.stages.some((s, i) => float.stages[i].required < s.required)) under++;
    }
  }
  return { wrong, under, total: inputs.length };
}
const grid = (inputs) => inputs.flatMap((x) => Array.from({ length: 100 }, (_, g) => ({ ...x, options: { ...x.options, goal: g + 1 } })));
const wrongRows = [
  ['benchmark inputs, each-stage', wrongness(eachStage)],
  ['benchmark inputs, once', wrongness(once)],
  ['rate sets × goals 1..100, each-stage', wrongness(grid(eachStage))],
  ['rate sets × goals 1..100, once', wrongness(grid(once))],
];

const candidates = [
  { name: 'float calculator, each-stage', fn: (x) => floatRequiredActivity(x.ids, x.options), inputs: eachStage },
  { name: 'requiredActivity, each-stage', fn: (x) => requiredActivity(x.funnel, x.options), inputs: eachStage, peer: 0 },
  { name: 'float calculator, once', fn: (x) => floatRequiredActivity(x.ids, x.options), inputs: once },
  { name: 'requiredActivity, once', fn: (x) => requiredActivity(x.funnel, x.options), inputs: once, peer: 2 },
  { name: 'float funnelFromCounts', fn: (x) => floatFunnelFromCounts(x.ids, x.counts), inputs: counts },
  { name: 'funnelFromCounts', fn: (x) => funnelFromCounts(x.funnel, x.counts), inputs: counts, peer: 4 },
  { name: 'schedule (no float peer)', fn: (x) => schedule(x.plan, x.options), inputs: scheduled, peer: 1 },
];

const runs = [];
for (let run = 0; run < RUNS; run++) runs.push(interleaved(candidates, { rounds: ROUNDS, minMs: MIN_MS }));

const fmt = (x) => `${x.toFixed(2)}×`;
const rows = candidates.map((c, k) => {
  const ns = runs.map(({ wall }) => median(wall[k]).toFixed(0)).join(' / ');
  if (c.peer === undefined) return [c.name, ns, '—', '—', '—'];
  const against = c.peer === 1 ? ' (vs requiredActivity)' : '';
  const perRun = runs.map(({ wall }) => fmt(roundRatios(wall[k], wall[c.peer]).median)).join(' / ') + against;
  const pooled = (clock) => {
    const all = runs.flatMap((samples) => roundRatios(samples[clock][k], samples[clock][c.peer]).ratios);
    return `${fmt(median(all))} (${fmt(Math.min(...all))}–${fmt(Math.max(...all))})`;
  };
  return [c.name, ns, perRun, pooled('wall'), pooled('cpu')];
});
const head = ['candidate', 'ns/op, median per run', 'time vs float peer, median per run', 'all rounds: median (range)', 'process CPU time: median (range)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;

console.log(`machine: ${machine()}`);
console.log(`${RUNS} runs × ${ROUNDS} interleaved rounds (after one warm-up round) of at least ${MIN_MS} ms per candidate;`);
console.log(`inputs: ${eachStage.length} plans per rounding, ${counts.length} count sets, ${scheduled.length} schedules`);
console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
for (const [what, r] of wrongRows) {
  console.log(`float calculator wrong on ${r.wrong} of ${r.total} plans (${((100 * r.wrong) / r.total).toFixed(2)}%), ${r.under} of them too low somewhere: ${what}`);
}
