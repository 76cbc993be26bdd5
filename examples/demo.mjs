// The main job on an embedded sample: plan the activity a goal needs, spread it over the working
// days of a month, and read conversion rates from counts — each rate with its denominator.
import {
  activityForConfidence,
  defineFunnel,
  funnelFromCounts,
  hitProbability,
  rateInterval,
  requiredActivity,
  schedule,
  sensitivity,
  toText,
  validateSmart,
  winRate,
} from '../dist/index.js';

const section = (title) => console.log(`\n=== ${title} ===\n`);

section('Reverse funnel: 50 sales at 15% call→appointment and 1 in 3 appointments closing');
const funnel = defineFunnel(['call', 'appointment', 'sale']);
const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
console.log(toText(plan));

section('Spread over November 2026 (Mon–Fri)');
const november = schedule(plan, { start: '2026-11-01', end: '2026-11-30', per: 'week' });
console.log(toText(november));
const days = november.windows[0].workingDays;
console.log(`\n${plan.required.call} calls over ${days} working days → ${november.perWorkingDay.call} calls a working day.`);

section('Rates from counts: 100 calls, 25 presentations, 5 sales');
const pitch = defineFunnel(['call', 'presentation', 'sale']);
const counted = funnelFromCounts(pitch, { call: 100, presentation: 25, sale: 5 });
console.log(toText(counted));
const quota = requiredActivity(pitch, { goal: 15, rates: counted });
console.log(`\nQuota of 15 sales at these rates → ${quota.required.call} cold calls.`);

section('The right denominator: 60 contacts, 15 meetings, 10 sales');
const contacts = defineFunnel(['contact', 'meeting', 'sale']);
const sale = funnelFromCounts(contacts, { contact: 60, meeting: 15, sale: 10 }).stages[2];
console.log(`close rate per meeting: ${sale.ofPrevious.label}`);
console.log(`sales per contact:      ${sale.ofFirst.label}`);

section('Exact, where floats are not');
const deals = defineFunnel(['call', 'meeting', 'demo', 'proposal', 'deal']);
const once = requiredActivity(deals, { goal: 14, rates: { meeting: 0.1, demo: 0.35, proposal: 0.5, deal: 0.4 }, rounding: 'once' });
console.log(`Math.ceil(14 / (0.4 * 0.5 * 0.35 * 0.1)) = ${Math.ceil(14 / (0.4 * 0.5 * 0.35 * 0.1))}; exact: ${once.top.required} calls.`);

section('How sure? The plan is a bet on the rates');
const rates = { appointment: '15%', sale: '1/3' };
const odds = hitProbability(funnel, { activity: 1000, rates, goal: 50 });
console.log(`1000 calls reach 50 sales with probability ${odds.probability.toFixed(2)}: about a coin flip.`);
const sure = activityForConfidence(funnel, { goal: 50, rates, confidence: 0.9 });
console.log(`To be 90% sure: ${sure.activity} calls (outcomes P10/P50/P90: ${sure.range.p10}/${sure.range.p50}/${sure.range.p90} sales).`);
const close = rateInterval(10, 15);
console.log(`10 sales from 15 meetings: ${close.rate.toPercent(1)}, 95% interval ${(100 * close.lower).toFixed(1)}%–${(100 * close.upper).toFixed(1)}% (Wilson).`);
const gains = sensitivity(plan);
console.log(`Where gains are: +1 point on "${gains.best}" saves ${gains.stages.find((s) => s.stage === gains.best).plusOnePoint.saved} calls.`);

section('KPIs and goals');
console.log(`Win rate, 10 won and 5 lost: ${winRate({ won: 10, lost: 5 }).label}`);
const history = [{ period: '2024', value: 640000 }, { period: '2025', value: 700000 }];
const goal = (target) => ({
  title: 'Grow revenue of our core product', metric: 'revenue', unit: 'USD', target,
  baseline: { value: 700000, period: '2025' }, start: '2026-01-01', deadline: '2026-12-31',
  owner: 'Sales team', method: 'consultative selling', checkIn: 'monthly',
});
for (const target of ['+10%', 5_000_000]) {
  const check = validateSmart(goal(target), { history });
  const worst = check.findings.find((f) => f.severity === 'fail');
  console.log(`After $700,000 last year, a target of ${target}: ${check.verdict}${worst ? ` — ${worst.message}` : ''}`);
}
