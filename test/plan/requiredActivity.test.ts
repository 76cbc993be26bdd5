import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { defineFunnel, funnelFromCounts, requiredActivity } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
const seed = { appointment: '15%', sale: '1/3' } as const;

describe('requiredActivity — DOMAIN.md examples', () => {
  it('§1: 50 sales at 15% and 1/3 → 150 appointments → 1000 calls', () => {
    const plan = requiredActivity(funnel, { goal: 50, rates: seed });
    expect(plan.required).toEqual({ call: 1000, appointment: 150, sale: 50 });
    expect(plan.top).toEqual({ stage: 'call', required: 1000 });
    expect(plan.overallRate.toString()).toBe('1/20');
    expect(plan.rounding).toBe('each-stage');
    expect(plan.stages.map((s) => [s.stage, s.rate?.toString() ?? null, s.ofStage])).toEqual([
      ['call', null, null],
      ['appointment', '3/20', 'call'],
      ['sale', '1/3', 'appointment'],
    ]);
  });

  it('§1: 50 sales closing 5% of prospects → 1000 calls (two-stage funnel)', () => {
    const f = defineFunnel(['call', 'sale'] as const);
    expect(requiredActivity(f, { goal: 50, rates: { sale: '5%' } }).required.call).toBe(1000);
  });

  it('§3: quota 15 at 25% and 20% → 300 cold calls', () => {
    const f = defineFunnel(['call', 'presentation', 'sale'] as const);
    const plan = requiredActivity(f, { goal: 15, rates: funnelFromCounts(f, { call: 100, presentation: 25, sale: 5 }) });
    expect(plan.required).toEqual({ call: 300, presentation: 75, sale: 15 });
  });

  it('13 deals at 10/35/50/40%: 1890 calls each-stage, 1858 once', () => {
    const f = defineFunnel(['call', 'meeting', 'demo', 'proposal', 'deal'] as const);
    const rates = { meeting: '10%', demo: '35%', proposal: '50%', deal: '40%' };
    expect(requiredActivity(f, { goal: 13, rates }).required).toEqual({ call: 1890, meeting: 189, demo: 66, proposal: 33, deal: 13 });
    const once = requiredActivity(f, { goal: 13, rates, rounding: 'once' });
    expect(once.required).toEqual({ call: 1858, meeting: 186, demo: 65, proposal: 33, deal: 13 });
    expect(once.stages[0]!.exact.toString()).toBe('13000/7');
    expect(once.roundingPolicy).toMatch(/rounded up once/);
  });

  it('floats never over-round: 14 at 40/50/35/10% is 2000, where Math.ceil of the float quotient says 2001', () => {
    expect(Math.ceil(14 / (0.4 * 0.5 * 0.35 * 0.1))).toBe(2001);
    const f = defineFunnel(['a', 'b', 'c', 'd', 'e'] as const);
    const plan = requiredActivity(f, { goal: 14, rates: { b: 0.1, c: 0.35, d: 0.5, e: 0.4 }, rounding: 'once' });
    expect(plan.top.required).toBe(2000);
  });

  it('counted rates are exact: 5 of 15 is 1/3, so 50 sales need 150 appointments, not 151', () => {
    const counts = funnelFromCounts(funnel, { call: 100, appointment: 15, sale: 5 });
    expect(Math.ceil(50 / Number((5 / 15).toFixed(4)))).toBe(151);
    expect(requiredActivity(funnel, { goal: 50, rates: counts }).required.appointment).toBe(150);
    expect(requiredActivity(funnel, { goal: 50, rates: { appointment: { successes: 15, trials: 100 }, sale: { successes: 5, trials: 15 } } }).required).toEqual({
      call: 1000,
      appointment: 150,
      sale: 50,
    });
  });
});

describe('requiredActivity — goals', () => {
  it('a goal at an intermediate stage plans only the stages above it', () => {
    const plan = requiredActivity(funnel, { goal: { count: 30, at: 'appointment' }, rates: { appointment: '15%' } });
    expect(plan.required).toEqual({ call: 200, appointment: 30 });
    expect(plan.goal).toEqual({ count: 30, at: 'appointment' });
  });
  it('revenue goal → ⌈revenue / deal size⌉ wins, money echoed as exact decimal strings', () => {
    const plan = requiredActivity(funnel, { goal: { revenue: '1000000', averageDealSize: new Decimal('23456.78') }, rates: seed });
    expect(plan.goal.count).toBe(43);
    expect(plan.goal.revenue).toBe('1000000');
    expect(plan.goal.averageDealSize).toBe('23456.78');
    expect(plan.required).toEqual({ call: 860, appointment: 129, sale: 43 });
  });
  it('a revenue goal that divides exactly needs no extra deal', () => {
    expect(requiredActivity(funnel, { goal: { revenue: 0.3, averageDealSize: 0.1 }, rates: seed }).goal.count).toBe(3);
  });
  it('a goal of 0 needs no activity', () => {
    expect(requiredActivity(funnel, { goal: 0, rates: seed }).required).toEqual({ call: 0, appointment: 0, sale: 0 });
  });
  it('rates as an array in funnel order, and a rate of 100%', () => {
    expect(requiredActivity(funnel, { goal: 7, rates: [1, '100%'] }).required).toEqual({ call: 7, appointment: 7, sale: 7 });
  });
  it('huge exact plans use bigints inside and stay exact', () => {
    const plan = requiredActivity(funnel, { goal: 9_000_000, rates: { appointment: '99999999/100000000', sale: '1/1000' } });
    // 9e9 appointments × 10^8 overflows 2^53 on the way; the answer is still exact
    expect(plan.required).toEqual({ call: 9_000_000_091, appointment: 9_000_000_000, sale: 9_000_000 });
  });
});

describe('requiredActivity — bad input names the stage', () => {
  it.each([
    [{ goal: 50, rates: { appointment: '15%' } }, 'MISSING_RATE', ['rates', 'sale']],
    [{ goal: 50, rates: { appointment: 0, sale: '1/3' } }, 'ZERO_RATE', ['rates', 'appointment']],
    [{ goal: 50, rates: { appointment: 15, sale: '1/3' } }, 'RATE_ABOVE_ONE', ['rates', 'appointment']],
    [{ goal: 50, rates: { appointment: '-5%', sale: '1/3' } }, 'NEGATIVE', ['rates', 'appointment']],
    [{ goal: 50, rates: { appointment: Number.NaN, sale: '1/3' } }, 'NOT_FINITE', ['rates', 'appointment']],
    [{ goal: 50, rates: { appointment: 'lots', sale: '1/3' } }, 'INVALID_NUMBER', ['rates', 'appointment']],
    [{ goal: 50, rates: { apointment: '15%', sale: '1/3' } }, 'UNKNOWN_STAGE', ['rates', 'apointment']],
    [{ goal: 50, rates: { call: '15%', appointment: '15%', sale: '1/3' } }, 'TOP_STAGE_RATE', ['rates', 'call']],
    [{ goal: 12.5, rates: seed }, 'NOT_INTEGER', ['goal']],
    [{ goal: -1, rates: seed }, 'NEGATIVE', ['goal']],
    [{ goal: { count: 5, at: 'meeting' }, rates: seed }, 'UNKNOWN_STAGE', ['goal', 'at']],
    [{ goal: { count: 5, at: 'call' }, rates: seed }, 'GOAL_AT_TOP', ['goal', 'at']],
    [{ goal: { revenue: 100, averageDealSize: 0 }, rates: seed }, 'INVALID_GOAL', ['goal', 'averageDealSize']],
    [{ goal: { revenue: -100, averageDealSize: 10 }, rates: seed }, 'NEGATIVE', ['goal', 'revenue']],
    [{ goal: { sales: 5 }, rates: seed }, 'INVALID_GOAL', ['goal']],
    [{ goal: 50, rates: seed, rounding: 'nearest' }, 'INVALID_CHOICE', ['rounding']],
    [{ goal: 50, rates: seed, rouding: 'once' }, 'UNKNOWN_OPTION', ['rouding']],
    [{ goal: 50, rates: { appointment: { successes: 0, trials: 0 }, sale: '1/3' } }, 'NO_TRIALS', ['rates', 'appointment']],
    [{ goal: 50, rates: { appointment: { successes: 5, trials: 3 }, sale: '1/3' } }, 'SUCCESSES_ABOVE_TRIALS', ['rates', 'appointment']],
    [{ goal: 2 ** 52, rates: { appointment: '1%', sale: '1%' } }, 'RESULT_TOO_LARGE', ['goal']],
  ])('%j → %s at %j', (options, code, path) => {
    const e = errorOf(() => requiredActivity(funnel, options as never));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  it('an impossible plan says why and what to do', () => {
    expect(errorOf(() => requiredActivity(funnel, { goal: 50, rates: { appointment: 0, sale: '1/3' } })).message).toBe(
      'The rate into "appointment" is 0, so no amount of activity reaches it; give a rate above 0.',
    );
    expect(errorOf(() => requiredActivity(funnel, { goal: 50, rates: { appointment: 15, sale: '1/3' } })).message).toBe(
      "The rate into \"appointment\" is 1500.00%, above 100%: a rate is a share of the stage before. Write 15% as 0.15 or '15%', not 15.",
    );
    expect(errorOf(() => requiredActivity(funnel, { goal: 50, rates: seed, rouding: 'once' } as never)).message).toBe(
      'The key "rouding" is not one that is taken here (it takes "goal", "rates", "rounding"). Did you mean "rounding"?',
    );
    expect(errorOf(() => requiredActivity(funnel, { goal: 'fifty', rates: seed })).message).toBe('The goal should be a whole number such as 50; got "fifty".');
    // a message names the first unknown key, not a million of them
    const many = Object.fromEntries([['goal', 50], ['rates', seed], ...Array.from({ length: 1_000 }, (_, i) => [`x${i}`, 1])]);
    expect(errorOf(() => requiredActivity(funnel, many as never)).message).toBe('The key "x0" is not one that is taken here (it takes "goal", "rates", "rounding").');
  });

  it('a counted rate that is undefined is a missing rate, with its reason', () => {
    const counts = funnelFromCounts(funnel, { call: 0, appointment: 0, sale: 0 });
    const e = errorOf(() => requiredActivity(funnel, { goal: 5, rates: counts }));
    expect([e.code, e.path]).toEqual(['MISSING_RATE', ['rates', 'stages', 1, 'ofPrevious']]);
    expect(e.params['reason']).toBe('zero-denominator');
  });
});
