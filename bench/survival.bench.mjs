// Kaplan–Meier and Aalen–Johansen, exact (kaplanMeier, cumulativeIncidence: every survival,
// variance and incidence an exact rational) against a float loop of the same estimators (the
// peer: what a spreadsheet or a hand-written loop computes). 10,000 deals observed for a year,
// times in whole days; the exact cost grows with the number of distinct days, since each exact
// value's denominator grows with every step. Each figure is the median of several runs, with the range.
import { cumulativeIncidence, kaplanMeier } from '../dist/index.js';
import { machine, runs } from './harness.mjs';
import { random } from './plan-inputs.mjs';

const RUNS = 5;

function observations(n, days, seed) {
  const u = random(seed);
  return Array.from({ length: n }, () => {
    const time = Math.floor(u() * days);
    const x = u();
    return { time, event: x < 0.6, outcome: x < 0.3 ? 'won' : x < 0.6 ? 'lost' : null };
  });
}

/** The float peer: the same steps in doubles (survival, Greenwood, log interval; incidence). */
function floatCurves(obs) {
  const sorted = [...obs].sort((a, b) => a.time - b.time);
  let atRisk = sorted.length;
  let s = 1;
  let g = 0;
  let won = 0;
  let lost = 0;
  const out = [];
  for (let i = 0; i < sorted.length; ) {
    const t = sorted[i].time;
    let d = 0;
    let dw = 0;
    let dl = 0;
    let j = i;
    for (; j < sorted.length && sorted[j].time === t; j++) {
      if (sorted[j].event) d++;
      if (sorted[j].outcome === 'won') dw++;
      else if (sorted[j].outcome === 'lost') dl++;
    }
    won += (s * dw) / atRisk;
    lost += (s * dl) / atRisk;
    if (d > 0) {
      s *= 1 - d / atRisk;
      if (atRisk > d) g += d / (atRisk * (atRisk - d));
    }
    const h = Math.sqrt(g);
    out.push({ s, variance: s * s * g, lower: Math.exp(Math.log(s) - 1.959963984540054 * h), won, lost });
    atRisk -= j - i;
    i = j;
  }
  return out;
}

const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

console.log(`machine: ${machine()}; ${RUNS} runs per figure`);
console.log('\n| observations | days | steps | exact KM + AJ ms (median, range) | float loop ms (median, range) | exact / float | max |exact − float| |');
console.log('|---|---|---|---|---|---|---|');
for (const [n, days] of [[1_000, 365], [10_000, 90], [10_000, 365], [10_000, 730]]) {
  const obs = observations(n, days, 20_261_203);
  const exact = runs(() => ({ km: kaplanMeier(obs.map(({ time, event }) => ({ time, event }))), aj: cumulativeIncidence(obs.map(({ time, outcome }) => ({ time, outcome })), { outcomes: ['won', 'lost'] }) }), RUNS);
  const float = runs(() => floatCurves(obs), RUNS);
  let diff = 0;
  exact.out.km.steps.forEach((step, i) => {
    const f = float.out[i];
    const a = exact.out.aj.steps[i];
    diff = Math.max(diff, Math.abs(step.survival.toNumber() - f.s), Math.abs(a.incidence.won.toNumber() - f.won), Math.abs(a.incidence.lost.toNumber() - f.lost));
    if (step.variance !== null) diff = Math.max(diff, Math.abs(step.variance.toNumber() - f.variance));
  });
  console.log(`| ${n.toLocaleString('en-US')} | ${days} | ${exact.out.km.steps.length} | ${ms(exact.median)} (${ms(exact.min)}–${ms(exact.max)}) | ${ms(float.median)} (${ms(float.min)}–${ms(float.max)}) | ${(exact.median / float.median).toFixed(0)}× | ${diff.toExponential(1)} |`);
}
