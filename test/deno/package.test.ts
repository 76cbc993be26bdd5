// Runs under Deno (`deno test`), against the built package as an npm consumer gets it.
// @ts-types="../../dist/index.d.ts"
import { defineFunnel, display, funnelFromCounts, FunnelMathError, requiredActivity, schedule, toSvg } from '../../dist/index.js';
import { deepStrictEqual, ok, strictEqual, throws } from 'node:assert/strict';

Deno.test('the seed plan: 50 sales at 15% and 1/3 → 1000 calls → 48 a working day', () => {
  const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
  const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
  deepStrictEqual(plan.required, { call: 1000, appointment: 150, sale: 50 });
  strictEqual(schedule(plan, { start: '2026-11-01', end: '2026-11-30' }).perWorkingDay.call, 48);
});

Deno.test('rates name their denominators', () => {
  const funnel = defineFunnel(['contact', 'meeting', 'sale'] as const);
  const sale = funnelFromCounts(funnel, { contact: 60, meeting: 15, sale: 10 }).stages[2]!;
  strictEqual(sale.ofPrevious!.label, '66.7% of meeting (10 of 15)');
  strictEqual(sale.ofFirst.label, '16.7% of contact (10 of 60)');
});

Deno.test('results display as tables in a Jupyter notebook', () => {
  const funnel = defineFunnel(['call', 'sale'] as const);
  const bundle = display(requiredActivity(funnel, { goal: 50, rates: { sale: '5%' } }))[Symbol.for('Jupyter.display')]!();
  ok(bundle['text/html']!.startsWith('<table>'));
  ok(bundle['text/plain']!.includes('1,000'));
  ok(toSvg(funnelFromCounts(funnel, { call: 100, sale: 5 })).startsWith('<svg'));
});

Deno.test('bad input is a FunnelMathError with a code and a path', () => {
  const funnel = defineFunnel(['call', 'sale'] as const);
  throws(
    () => requiredActivity(funnel, { goal: 5, rates: { sale: 0 } }),
    (e: unknown) => e instanceof FunnelMathError && e.code === 'ZERO_RATE' && e.path.join('.') === 'rates.sale',
  );
});
