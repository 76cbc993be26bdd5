// Statistics throughput against the built package: interval estimates next to the naive float
// Wilson formula a user would write by hand, rate comparisons, and the time activityForConfidence
// takes for goal 1000 at 1% overall (binary search over activity on the exact binomial tail).
import { activityForConfidence, compareRates, defineFunnel, hitProbability, rateInterval } from '../dist/index.js';
import { compare, machine, table } from './harness.mjs';

const cases = Array.from({ length: 64 }, (_, i) => {
  const trials = 10 + ((i * 7919) % 2000);
  return [Math.floor((trials * ((i * 37) % 100)) / 100), trials];
});

/** The peer: the Wilson formula written inline with floats, no validation. */
function naiveWilson(s, n, z = 1.959963984540054) {
  const p = s / n;
  const z2 = z * z;
  const d = 1 + z2 / n;
  const c = (p + z2 / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / d;
  return { lower: c - h, upper: c + h };
}

const intervals = compare([
  { name: 'naive float Wilson', fn: (i) => naiveWilson(...cases[i & 63]).lower },
  { name: 'rateInterval wilson', fn: (i) => rateInterval(...cases[i & 63]).lower },
  { name: 'rateInterval agresti-coull', fn: (i) => rateInterval(...cases[i & 63], { method: 'agresti-coull' }).lower },
  { name: 'rateInterval jeffreys', fn: (i) => rateInterval(...cases[i & 63], { method: 'jeffreys' }).lower },
  { name: 'rateInterval clopper-pearson', fn: (i) => rateInterval(...cases[i & 63], { method: 'clopper-pearson' }).lower },
]);

const pairs = cases.map(([s, n], i) => [{ successes: s, trials: n }, { successes: cases[(i + 1) & 63][0], trials: cases[(i + 1) & 63][1] }]);
const comparisons = compare(
  [
    { name: 'naive float Wilson ×2 (no comparison)', fn: (i) => naiveWilson(pairs[i & 63][0].successes, pairs[i & 63][0].trials).lower + naiveWilson(pairs[i & 63][1].successes, pairs[i & 63][1].trials).lower },
    { name: 'compareRates (Newcombe, z-test, P(b > a))', fn: (i) => compareRates(...pairs[i & 63]).probabilityBHigher },
  ],
  { rounds: 5, minMs: 150 },
);

const funnel = defineFunnel(['call', 'sale']);
const three = defineFunnel(['call', 'appointment', 'sale']);
function timeMs(fn, runs = 15) {
  const times = [];
  let out;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    out = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], min: times[0], max: times[runs - 1], out };
}
const big = timeMs(() => activityForConfidence(funnel, { goal: 1000, rates: { sale: '1%' }, confidence: 0.9 }));
const domain = timeMs(() => activityForConfidence(three, { goal: 50, rates: { appointment: '15%', sale: '1/3' }, confidence: 0.9 }));
const hit = timeMs(() => hitProbability(funnel, { activity: 100000, rates: { sale: '1%' }, goal: 1000 }), 101);
const counted = timeMs(() => activityForConfidence(funnel, { goal: 1000, rates: { sale: { successes: 100, trials: 10000 } }, confidence: 0.9 }), 5);
const mc = timeMs(() => activityForConfidence(three, { goal: 50, rates: { appointment: { successes: 30, trials: 200 }, sale: { successes: 10, trials: 30 } }, confidence: 0.9 }), 5);

console.log(`machine: ${machine()}`);
console.log('\nInterval estimates (64 (successes, trials) pairs, trials 10–2000, level 0.95):');
console.log(table(intervals, 'naive float Wilson'));
console.log('\nComparisons (64 pairs):');
console.log(table(comparisons, 'naive float Wilson ×2 (no comparison)'));
const row = (name, r, extra = '') => `| ${name} | ${r.median.toFixed(2)} | ${r.min.toFixed(2)}–${r.max.toFixed(2)} | ${extra} |`;
console.log('\n| call | ms (median) | range | result |\n|---|---|---|---|');
console.log(row('activityForConfidence, goal 1000 at 1%, 90%', big, `${big.out.activity} calls`));
console.log(row('activityForConfidence, goal 50 at 15% × 1/3, 90%', domain, `${domain.out.activity} calls`));
console.log(row('hitProbability, 1000 of 100,000 at 1%', hit, hit.out.probability.toFixed(4)));
console.log(row('activityForConfidence, goal 1000, observed 100 of 10,000 (beta-binomial)', counted, `${counted.out.activity} calls`));
console.log(row('activityForConfidence, goal 50, two observed stages (beta-binomial chain)', mc, `${mc.out.activity} calls`));
