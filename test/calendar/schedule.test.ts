import { describe, expect, it } from 'vitest';
import { defineFunnel, requiredActivity, schedule } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
const november = { start: '2026-11-01', end: '2026-11-30' } as const;

describe('schedule', () => {
  it('DOMAIN §1: 1000 calls over 21 working days → 48 a working day', () => {
    const s = schedule(plan, november);
    expect(s.perWorkingDay).toEqual({ call: 48, appointment: 8, sale: 3 });
    expect(s.periods).toEqual([{ start: '2026-11-01', end: '2026-11-30', workingDays: 21, targets: { call: 1000, appointment: 150, sale: 50 } }]);
    expect(s.windows[0]).toEqual({ stage: 'call', start: '2026-11-01', end: '2026-11-30', workingDays: 21, total: 1000, perWorkingDay: 48 });
    expect(s.rounding).toMatch(/largest remainder/);
  });

  it('per day: working days share the total, weekends get 0', () => {
    const s = schedule(plan, { ...november, per: 'day' });
    expect(s.periods.length).toBe(30);
    const calls = s.periods.map((p) => p.targets.call);
    expect(calls.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(s.periods.filter((p) => p.workingDays === 0).every((p) => p.targets.call === 0)).toBe(true);
    expect(new Set(calls.filter((_, i) => s.periods[i]!.workingDays === 1))).toEqual(new Set([47, 48]));
  });

  it('per month across a quarter, with a holiday', () => {
    const s = schedule(plan, { start: '2026-10-01', end: '2026-12-31', per: 'month', holidays: ['2026-12-25'] });
    expect(s.periods.map((p) => [p.start, p.end, p.workingDays, p.targets.call])).toEqual([
      ['2026-10-01', '2026-10-31', 22, 339],
      ['2026-11-01', '2026-11-30', 21, 323],
      ['2026-12-01', '2026-12-31', 22, 338],
    ]);
  });

  it('lagDays schedules earlier stages before the outcomes they feed', () => {
    const s = schedule(plan, { ...november, lagDays: { sale: 30 } });
    expect(s.windows.map((w) => [w.stage, w.start, w.end])).toEqual([
      ['call', '2026-10-02', '2026-10-31'],
      ['appointment', '2026-10-02', '2026-10-31'],
      ['sale', '2026-11-01', '2026-11-30'],
    ]);
    expect(s.periods.map((p) => [p.start, p.targets])).toEqual([
      ['2026-10-02', { call: 1000, appointment: 150, sale: 0 }],
      ['2026-11-01', { call: 0, appointment: 0, sale: 50 }],
    ]);
    expect(schedule(plan, { ...november, lagDays: 7 }).windows.map((w) => w.start)).toEqual(['2026-10-18', '2026-10-25', '2026-11-01']);
  });

  it('reps by weight: per-rep totals and period splits sum exactly', () => {
    const s = schedule(plan, { ...november, per: 'week', reps: { Ana: 2, Bo: 1, Cy: 1 } });
    expect(s.reps).toEqual({
      Ana: { targets: { call: 500, appointment: 75, sale: 25 }, perWorkingDay: { call: 24, appointment: 4, sale: 2 } },
      Bo: { targets: { call: 250, appointment: 38, sale: 13 }, perWorkingDay: { call: 12, appointment: 2, sale: 1 } },
      Cy: { targets: { call: 250, appointment: 37, sale: 12 }, perWorkingDay: { call: 12, appointment: 2, sale: 1 } },
    });
    for (const p of s.periods) {
      const reps = Object.values(p.byRep!);
      expect(reps.reduce((a, r) => a + r.call, 0)).toBe(p.targets.call);
    }
  });

  it('capacity says whether the plan fits and by how much it falls short', () => {
    const s = schedule(plan, { ...november, capacity: { call: { reps: 2, perRepPerDay: 25 }, appointment: { reps: 2, perRepPerDay: '3.5' } } });
    expect(JSON.parse(JSON.stringify(s.capacity))).toEqual({
      fits: false,
      stages: [
        { stage: 'call', reps: '2', perRepPerDay: '25', workingDays: 21, available: 1050, required: 1000, fits: true, shortfall: 0, repsNeeded: 2 },
        { stage: 'appointment', reps: '2', perRepPerDay: '7/2', workingDays: 21, available: 147, required: 150, fits: false, shortfall: 3, repsNeeded: 3 },
      ],
    });
  });

  it('a hand-written plan works too, with or without its kind', () => {
    expect(schedule({ stages: [{ stage: 'email', required: 100 }] }, { start: '2026-11-02', end: '2026-11-06' }).perWorkingDay).toEqual({ email: 20 });
    expect(schedule({ kind: 'plan', stages: [{ stage: 'email', required: 100 }] } as never, { start: '2026-11-02', end: '2026-11-06' }).perWorkingDay).toEqual({ email: 20 });
    expect(schedule(plan, november).kind).toBe('schedule');
  });

  it.each([
    [plan, { ...november, weekend: [0, 1, 2, 3, 4, 5, 6] }, 'NO_WORKING_DAYS', ['options']],
    [plan, { start: '2026-11-30', end: '2026-11-01' }, 'INVALID_RANGE', ['options', 'end']],
    [plan, { ...november, per: 'quarter' }, 'INVALID_CHOICE', ['options', 'per']],
    [plan, { ...november, perr: 'week' }, 'UNKNOWN_OPTION', ['options', 'perr']],
    [plan, { ...november, lagDays: { call: 5 } }, 'UNKNOWN_STAGE', ['options', 'lagDays', 'call']],
    [plan, { ...november, lagDays: -3 }, 'NEGATIVE', ['options', 'lagDays']],
    [plan, { ...november, reps: [] }, 'EMPTY_LIST', ['options', 'reps']],
    [plan, { ...november, reps: { Ana: 0 } }, 'INVALID_INPUT', ['options', 'reps']],
    [plan, { ...november, reps: { Ana: -1 } }, 'NEGATIVE', ['options', 'reps', 'Ana']],
    [plan, { ...november, capacity: { demo: { reps: 1, perRepPerDay: 1 } } }, 'UNKNOWN_STAGE', ['options', 'capacity', 'demo']],
    [plan, { ...november, capacity: { call: { reps: 1 } } }, 'MISSING_VALUE', ['options', 'capacity', 'call', 'perRepPerDay']],
    [plan, { ...november, capacity: { call: { reps: 2 ** 52, perRepPerDay: 1000 } } }, 'RESULT_TOO_LARGE', ['options', 'capacity', 'call']],
    [plan, { ...november, capacity: { call: { reps: 1, perRepPerDay: '1e-290' } } }, 'RESULT_TOO_LARGE', ['options', 'capacity', 'call', 'perRepPerDay']],
    [{ stages: [{ stage: 'a', required: -1 }] }, november, 'NEGATIVE', ['plan', 'stages', 0, 'required']],
    [{ stages: [] }, november, 'EMPTY_LIST', ['plan', 'stages']],
    [{ required: { call: 5 } }, november, 'MISSING_VALUE', ['plan', 'stages']],
    [{ kind: 'forecast', stages: [{ stage: 'call', expected: 5 }] }, november, 'INVALID_INPUT', ['plan', 'kind']],
    [{ ...plan, kind: 'counts' }, november, 'INVALID_INPUT', ['plan', 'kind']],
  ])('bad input %#: %s', (p, options, code, path) => {
    const e = errorOf(() => schedule(p as never, options as never));
    expect([e.code, e.path]).toEqual([code, path]);
  });
});

describe('perWorkingDay at the edge of safe integers', () => {
  it('is exact even when total + days passes 2^53 − 1', () => {
    const total = Number.MAX_SAFE_INTEGER; // 9007199254740991 = 21 × 428914250225761 + 10
    const s = schedule({ stages: [{ stage: 'call', required: total }] }, november);
    expect(s.perWorkingDay.call).toBe(428914250225762);
  });
  it('reads a reps array with an own constructor key as names, and refuses a plan of a million stages at once', () => {
    const reps = Object.assign(['Ana', 'Bo'], { constructor: 1 });
    const s = schedule({ stages: [{ stage: 'call', required: 10 }] }, { ...november, reps });
    expect(s.reps).toEqual({ Ana: { targets: { call: 5 }, perWorkingDay: { call: 1 } }, Bo: { targets: { call: 5 }, perWorkingDay: { call: 1 } } });
    const e = errorOf(() => schedule({ stages: new Array(1e6) } as never, november));
    expect([e.code, e.path]).toEqual(['TOO_LONG', ['plan', 'stages']]);
  });
});
