// The pipelines of the forecast benchmark and of its ratio check in `npm test`, and the peer both
// measure pipelineForecast against: the spreadsheet's Monte Carlo simulation of the open pipeline.
import { random } from './plan-inputs.mjs';

export const DRAWS = 100_000;
export const STAGES = { discovery: '10%', demo: '25%', proposal: '50%', negotiation: '75%' };
export const P = { discovery: 0.1, demo: 0.25, proposal: 0.5, negotiation: 0.75 };

export function pipeline(n, seed) {
  const u = random(seed);
  const names = Object.keys(STAGES);
  return Array.from({ length: n }, (_, i) => ({ id: `d${i}`, amount: 500 * (4 + Math.floor(u() * 57)), stage: names[Math.floor(u() * 4)] }));
}

/** The spreadsheet's simulation: `draws` scenarios, each deal won when a uniform draw is below p. */
export function monteCarlo(deals, quota, draws = DRAWS) {
  const u = random(20_261_203);
  const amounts = deals.map((d) => d.amount);
  const p = deals.map((d) => P[d.stage]);
  const totals = new Float64Array(draws);
  let hits = 0;
  for (let j = 0; j < draws; j++) {
    let won = 0;
    for (let i = 0; i < amounts.length; i++) if (u() < p[i]) won += amounts[i];
    totals[j] = won;
    if (won >= quota) hits++;
  }
  totals.sort();
  const at = (level) => totals[Math.ceil(level * draws) - 1];
  return { atLeast: hits / draws, p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}

