// An ESM app: import, as `node run.mjs` loads it.
import { defineFunnel, FunnelMathError, parseRatio, requiredActivity, schedule } from 'funnel-math';
import { FUNNEL_REQUIRED } from 'funnel-math/sheets';

const funnel = defineFunnel(['call', 'appointment', 'sale']);
const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
let code = null;
try {
  parseRatio('lots');
} catch (error) {
  if (error instanceof FunnelMathError) code = error.code;
}
console.log(JSON.stringify({
  required: plan.required,
  perWorkingDay: schedule(plan, { start: '2026-11-01', end: '2026-11-30' }).perWorkingDay,
  sheet: FUNNEL_REQUIRED(50, [['15%', '1/3']]),
  code,
}));
