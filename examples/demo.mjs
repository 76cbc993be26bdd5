// The main job on an embedded sample: plan the activity a goal needs, spread it over the working
// days of a month, and read conversion rates from counts — each rate with its denominator.
import { defineFunnel, funnelFromCounts, requiredActivity, schedule, toText } from '../dist/index.js';

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
