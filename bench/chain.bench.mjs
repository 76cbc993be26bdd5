// The exact outcome chain (issue 14) against the Monte Carlo it replaced: hitProbability on funnels
// with several observed stages at 10^3, 10^4 and 10^5 attempts, and activityForConfidence. The peer is
// the former algorithm, kept only here: 10,000 posterior draws of the overall rate from a fixed seed
// (mulberry32, Marsaglia–Tsang Gamma draws), each contributing its exact binomial tail; its stated
// error was 0.015 in probability. Each figure is the median of several runs, with the range.
import { activityForConfidence, defineFunnel, hitProbability } from '../dist/index.js';
import { binomialTails, normalQuantile } from '../dist/special/functions.js';
import { machine, runs } from './harness.mjs';
import { random } from './plan-inputs.mjs';

const MC_DRAWS = 10_000;
const MC_SEED = 20_261_123;

// the generator of the plan benchmarks (mulberry32, in [0, 1)), moved into (0, 1) as the former
// algorithm drew: (x + 1) / (2^32 + 1) for the same 32-bit x
function mulberry32(seed) {
  const next = random(seed);
  return () => (next() * 4294967296 + 1) / 4294967297;
}
function gammaDraw(shape, u) {
  if (shape < 1) return gammaDraw(shape + 1, u) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalQuantile(u());
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const w = u();
    if (Math.log(w) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}
/** The Monte Carlo model as it was: draws once, then the average of binomial tails per query. */
function monteCarlo(stages) {
  const u = mulberry32(MC_SEED);
  const draws = new Float64Array(MC_DRAWS);
  for (let j = 0; j < MC_DRAWS; j++) {
    let p = 1;
    for (const s of stages) {
      if (typeof s === 'number') p *= s;
      else {
        const x = gammaDraw(s.successes + 1, u);
        const y = gammaDraw(s.trials - s.successes + 1, u);
        p *= x / (x + y);
      }
    }
    draws[j] = p;
  }
  return (g, n) => {
    let sum = 0;
    for (let j = 0; j < MC_DRAWS; j++) sum += binomialTails(g, n, draws[j]).atLeast;
    return sum / MC_DRAWS;
  };
}
function mcHit(stages, n, g) {
  return monteCarlo(stages)(g, n);
}
function mcActivity(stages, goal, confidence) {
  const at = monteCarlo(stages);
  const mean = stages.reduce((m, s) => m * (typeof s === 'number' ? s : s.successes / s.trials), 1);
  let lo = goal;
  let hi = Math.max(goal, Math.ceil(goal / mean), 1);
  while (at(goal, hi) < confidence) {
    lo = hi + 1;
    hi *= 2;
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (at(goal, mid) >= confidence) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const o = (successes, trials) => ({ successes, trials });
const FUNNELS = [
  ['2 stages, both observed', [o(30, 200), o(10, 30)]],
  ['3 stages, 2 observed + 1 known', [o(30, 200), 0.6, o(10, 30)]],
  ['3 stages, all observed', [o(120, 400), o(30, 200), o(10, 30)]],
  ['4 stages, 3 observed + 1 known', [o(120, 400), o(30, 200), 0.8, o(10, 30)]],
  ['5 stages, 3 observed + 2 known', [o(120, 400), 0.5, o(30, 200), 0.8, o(10, 30)]],
];
function funnelOf(stages) {
  const ids = ['s0', ...stages.map((_, i) => `s${i + 1}`)];
  const rates = Object.fromEntries(stages.map((s, i) => [`s${i + 1}`, typeof s === 'number' ? s : s]));
  return { funnel: defineFunnel(ids), rates };
}
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const RUNS = Number(process.env.RUNS ?? 5);

console.log(`machine: ${machine()}; ${RUNS} runs per figure`);
console.log('\n| funnel | attempts | chain ms (median, range) | Monte Carlo ms (median, range) | MC / chain | chain P (bound) | MC P | |MC − chain| |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [name, stages] of FUNNELS) {
  const { funnel, rates } = funnelOf(stages);
  for (const n of [1_000, 10_000, 100_000]) {
    const mean = stages.reduce((m, s) => m * (typeof s === 'number' ? s : (s.successes + 1) / (s.trials + 2)), 1);
    const goal = Math.max(1, Math.round(n * mean));
    let chain;
    try {
      chain = runs(() => hitProbability(funnel, { activity: n, rates, goal }), RUNS);
    } catch (error) {
      console.log(`| ${name} | ${n.toLocaleString('en-US')} | refused: ${error.message} | | | | | |`);
      continue;
    }
    const mc = runs(() => mcHit(stages, n, goal), RUNS);
    const p = chain.out.probability;
    console.log(`| ${name} | ${n.toLocaleString('en-US')} | ${ms(chain.median)} (${ms(chain.min)}–${ms(chain.max)}) | ${ms(mc.median)} (${ms(mc.min)}–${ms(mc.max)}) | ${(mc.median / chain.median).toFixed(2)}× | ${p.toFixed(6)} (${chain.out.errorBound.toExponential(1)}) | ${mc.out.toFixed(6)} | ${Math.abs(mc.out - p).toExponential(1)} |`);
  }
}

console.log('\n| activityForConfidence, 90% | chain ms (median, range) | Monte Carlo ms (median, range) | MC / chain | chain: activity, minimal | MC: activity |');
console.log('|---|---|---|---|---|---|');
for (const [name, stages, goal] of [
  ['2 stages, both observed, goal 50', FUNNELS[0][1], 50],
  ['2 stages, both observed, goal 500', FUNNELS[0][1], 500],
  ['3 stages, 2 observed + 1 known, goal 50', FUNNELS[1][1], 50],
  ['3 stages, all observed, goal 20', FUNNELS[2][1], 20],
  ['5 stages, 3 observed + 2 known, goal 10', FUNNELS[4][1], 10],
]) {
  const { funnel, rates } = funnelOf(stages);
  let chain;
  try {
    chain = runs(() => activityForConfidence(funnel, { goal, rates, confidence: 0.9 }), RUNS);
  } catch (error) {
    console.log(`| ${name} | refused: ${error.message} | | | | |`);
    continue;
  }
  const mc = runs(() => mcActivity(stages, goal, 0.9), RUNS);
  console.log(`| ${name} | ${ms(chain.median)} (${ms(chain.min)}–${ms(chain.max)}) | ${ms(mc.median)} (${ms(mc.min)}–${ms(mc.max)}) | ${(mc.median / chain.median).toFixed(2)}× | ${chain.out.activity.toLocaleString('en-US')}, ${chain.out.minimal} | ${mc.out.toLocaleString('en-US')} |`);
}
