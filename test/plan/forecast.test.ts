import { describe, expect, it } from 'vitest';
import { defineFunnel, forecast } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);

describe('forecast', () => {
  it('DOMAIN §1: 1000 calls at 15% and 1/3 → 150 appointments → 50 sales', () => {
    const f = forecast(funnel, { activity: 1000, rates: { appointment: '15%', sale: '1/3' } });
    expect(f.expected).toEqual({ call: 1000, appointment: 150, sale: 50 });
    expect(f.stages.map((s) => s.exact.toString())).toEqual(['1000', '150', '50']);
  });
  it('each-stage floors whole prospects at every stage; once floors only the expectation', () => {
    const rates = { appointment: '15%', sale: '1/3' };
    expect(forecast(funnel, { activity: 990, rates }).expected).toEqual({ call: 990, appointment: 148, sale: 49 });
    const once = forecast(funnel, { activity: 990, rates, rounding: 'once' });
    expect(once.expected).toEqual({ call: 990, appointment: 148, sale: 49 });
    expect(once.stages[2]!.exact.toString()).toBe('99/2');
    expect(forecast(funnel, { activity: 10, rates: { appointment: '50%', sale: '1/3' } }).expected.sale).toBe(1);
    expect(forecast(funnel, { activity: 10, rates: { appointment: '55%', sale: '1/3' }, rounding: 'once' }).expected.sale).toBe(1);
  });
  it('a rate of 0 forecasts nothing rather than failing', () => {
    expect(forecast(funnel, { activity: 500, rates: { appointment: 0, sale: '1/3' } }).expected).toEqual({ call: 500, appointment: 0, sale: 0 });
  });
  it.each([
    [{ activity: 10.5, rates: { appointment: 0.1, sale: 0.1 } }, 'NOT_INTEGER', ['activity']],
    [{ activity: 10, rates: { appointment: 0.1 } }, 'MISSING_RATE', ['rates', 'sale']],
    [{ activity: 10, rates: { appointment: 2, sale: 0.1 } }, 'RATE_ABOVE_ONE', ['rates', 'appointment']],
    [{ activity: 10, rates: { appointment: 0.1, sale: 0.1 }, goal: 5 }, 'UNKNOWN_OPTION', ['goal']],
  ])('%j → %s', (options, code, path) => {
    const e = errorOf(() => forecast(funnel, options as never));
    expect([e.code, e.path]).toEqual([code, path]);
  });
});
