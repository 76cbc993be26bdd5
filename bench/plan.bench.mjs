// Exact reverse-funnel plans per second (4-stage funnel) next to the float calculator a user would
// otherwise write, with the same inputs (numbers, percent strings, fractions) and output shape.
import { defineFunnel, requiredActivity } from '../dist/index.js';
import { compare, machine, table } from './harness.mjs';

const funnel = defineFunnel(['call', 'meeting', 'demo', 'sale']);
const rateSets = [
  { meeting: 0.1, demo: 0.35, sale: 0.4 },
  { meeting: '15%', demo: '35%', sale: '40%' },
  { meeting: '1/7', demo: '1/3', sale: '2/5' },
  { meeting: 0.125, demo: '50%', sale: '1/3' },
];
const goals = Array.from({ length: 64 }, (_, i) => 5 + i * 7);

/** The peer: what a user writes by hand — parse with parseFloat, divide, Math.ceil. */
function floatRate(r) {
  if (typeof r === 'number') return r;
  if (r.endsWith('%')) return parseFloat(r) / 100;
  const slash = r.indexOf('/');
  return slash > 0 ? parseFloat(r.slice(0, slash)) / parseFloat(r.slice(slash + 1)) : parseFloat(r);
}
const ids = ['call', 'meeting', 'demo', 'sale'];
function floatPlan(goal, rates) {
  const required = { sale: goal };
  let next = goal;
  for (let i = ids.length - 1; i > 0; i--) {
    next = Math.ceil(next / floatRate(rates[ids[i]]));
    required[ids[i - 1]] = next;
  }
  return { required };
}

// how often the float peer is wrong on this grid (the reason the exact path exists)
let wrong = 0;
let total = 0;
for (const rates of rateSets) for (let g = 1; g <= 5000; g++) {
  total++;
  if (floatPlan(g, rates).required.call !== requiredActivity(funnel, { goal: g, rates }).required.call) wrong++;
}

const results = compare([
  { name: 'float calculator (Math.ceil)', fn: (i) => floatPlan(goals[i & 63], rateSets[i & 3]).required.call },
  { name: 'funnel-math requiredActivity', fn: (i) => requiredActivity(funnel, { goal: goals[i & 63], rates: rateSets[i & 3] }).required.call },
  { name: 'funnel-math, rounding once', fn: (i) => requiredActivity(funnel, { goal: goals[i & 63], rates: rateSets[i & 3], rounding: 'once' }).required.call },
]);
console.log(`machine: ${machine()}`);
console.log(table(results, 'float calculator (Math.ceil)'));
console.log(`float calculator wrong on ${wrong} of ${total} plans of this grid (${((100 * wrong) / total).toFixed(2)}%)`);
