// pipelineForecast against the spreadsheet approach: a Monte Carlo simulation of the open pipeline
// (100,000 draws from a fixed seed, each deal won when a uniform draw falls below its probability)
// computing the same P(won ≥ quota) and P10/P50/P90. At 40 deals the forecast is exact; at 10,000
// deals the count distribution is computed in floats with its bound and the won amount by the
// method the forecast chooses (named in the table). Each figure is the median of several runs,
// with the range; the ratio is Monte Carlo time / forecast time.
import { pipelineForecast } from '../dist/index.js';
import { machine, runs } from './harness.mjs';
import { DRAWS, monteCarlo, P, pipeline, STAGES } from './forecast-inputs.mjs';

const RUNS = 5;


const ms = (x) => x.toFixed(1);
const prob = (p) => (p.resolved ? p.value.toNumber().toFixed(6) : `[${p.lower.toFixed(6)}, ${p.upper.toFixed(6)}]`);
const amt = (a) => (a.resolved ? a.value.toString() : `[${a.lower.toFixed(0)}, ${a.upper.toFixed(0)}]`);

console.log(`machine: ${machine()}; ${RUNS} runs per figure; Monte Carlo ${DRAWS.toLocaleString('en-US')} draws`);
console.log('\n| deals | quota / weighted | forecast ms (median, range) | Monte Carlo ms (median, range) | MC / forecast | count method | amount method | forecast P(≥ quota) | MC P(≥ quota) | forecast P10 / P50 / P90 | MC P10 / P50 / P90 |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const [n, above] of [[40, 1.05], [10_000, 1.05], [10_000, 1.002]]) {
  const deals = pipeline(n, n);
  const weighted = deals.reduce((s, d) => s + d.amount * P[d.stage], 0);
  // a quota above the weighted pipeline: 5% (far in the tail at 10,000 deals), and 0.2%
  const quota = Math.round((weighted * above) / 500) * 500;
  const options = { asOf: '2026-11-02', period: 'quarter', probabilities: STAGES, quota };
  const f = runs(() => pipelineForecast(deals, options), RUNS);
  const mc = runs(() => monteCarlo(deals, quota), RUNS);
  const r = f.out;
  const pct = r.percentiles;
  console.log(
    `| ${n.toLocaleString('en-US')} | ${above} | ${ms(f.median)} (${ms(f.min)}–${ms(f.max)}) | ${ms(mc.median)} (${ms(mc.min)}–${ms(mc.max)}) | ${(mc.median / f.median).toFixed(2)}× | ${r.count.method} | ${r.amountMethod} | ${prob(r.quota.probability)} | ${mc.out.atLeast.toFixed(6)} | ${amt(pct.p10)} / ${amt(pct.p50)} / ${amt(pct.p90)} | ${mc.out.p10} / ${mc.out.p50} / ${mc.out.p90} |`,
  );
}
