import { describe, expect, it } from 'vitest';
import { kpi, lossRate, lostToCreatedRatio, winRate } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('winRate', () => {
  it('DOMAIN §5: 15 meetings decided, 10 won → 66.7% of decided deals, not 10 / 60 contacts', () => {
    const r = winRate({ won: 10, lost: 5 });
    expect(plain(r)).toEqual({
      kind: 'deal-rate',
      value: '2/3',
      reason: null,
      of: 'won',
      denominator: 'decided',
      basis: 'count',
      numerator: 10,
      total: 15,
      won: 10,
      lost: 5,
      open: 0,
      label: '66.7% of decided deals (10 of 15)',
    });
    // the same 10 sales against all 60 deals created, 45 of them still open: the 17% the CRM reported
    const all = winRate({ won: 10, lost: 5, open: 45 }, { denominator: 'all' });
    expect(all.value!.toString()).toBe('1/6');
    expect(all.label).toBe('16.7% of all deals (10 of 60)');
  });

  it('counts deals from records, open ones only in the "all" denominator', () => {
    const deals = [
      { status: 'won', value: 1000 },
      { status: 'won', value: 3000 },
      { status: 'lost', value: 4000 },
      { status: 'open', value: 2000 },
    ] as const;
    expect(winRate(deals).value!.toString()).toBe('2/3');
    expect(winRate(deals, { denominator: 'all' }).value!.toString()).toBe('1/2');
    const byValue = winRate(deals, { basis: 'value' });
    expect(plain(byValue)).toMatchObject({ value: '1/2', basis: 'value', numerator: '4000', total: '8000', open: '2000' });
    expect(winRate(deals, { basis: 'value', denominator: 'all' }).value!.toString()).toBe('2/5');
  });

  it('win rate + loss rate = 1 over decided deals', () => {
    const t = { won: 7, lost: 13, open: 4 };
    expect(winRate(t).value!.add(lossRate(t).value!).toString()).toBe('1');
  });

  it('no decided deal → null with a reason; deals worth 0 → zero-value', () => {
    expect(plain(winRate([]))).toMatchObject({ value: null, reason: 'no-deals', label: 'no rate: no decided deals' });
    expect(winRate([{ status: 'open' }]).reason).toBe('no-deals');
    expect(winRate([{ status: 'open', value: 5 }], { denominator: 'all', basis: 'value' }).value!.toString()).toBe('0');
    expect(winRate([{ status: 'won', value: 0 }], { basis: 'value' }).reason).toBe('zero-value');
    expect(winRate({ won: 0, lost: 0 }, { basis: 'value' }).reason).toBe('zero-value');
  });

  it('is on the kpi namespace too', () => {
    expect(kpi.winRate).toBe(winRate);
    expect(kpi.lossRate).toBe(lossRate);
  });

  it('bad input: one error per code, each with a path', () => {
    expect(errorOf(() => winRate('deals' as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['deals'] });
    expect(errorOf(() => winRate([{ status: 'won', valeu: 1 }] as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['deals', 0, 'valeu'] });
    expect(errorOf(() => winRate([{ status: 'closed' }] as never))).toMatchObject({ code: 'INVALID_CHOICE', path: ['deals', 0, 'status'] });
    expect(errorOf(() => winRate([{ status: 'won' }], { basis: 'value' }))).toMatchObject({ code: 'MISSING_VALUE', path: ['deals', 0, 'value'] });
    expect(errorOf(() => winRate([{ status: 'won' }, { status: 'closed' }] as never))).toMatchObject({
      code: 'INVALID_CHOICE',
      path: ['deals', 1, 'status'],
      message: 'The status of deal 2 should be one of "won", "lost", "open"; got "closed".',
    });
    expect(errorOf(() => winRate([{ value: 3 }] as never))).toMatchObject({ code: 'MISSING_VALUE', path: ['deals', 0, 'status'], message: 'Nothing was given for the status; give "won", "lost" or "open".' });
    expect(errorOf(() => winRate({ lost: 1 } as never))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['deals', 'won'],
      message: 'Nothing was given for the number of won deals; give a whole number such as 50.',
    });
    expect(errorOf(() => winRate({ won: 1, lost: 1 }, { denominater: 'all' } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['options', 'denominater'] });
    expect(errorOf(() => winRate({ won: -1, lost: 1 }))).toMatchObject({ code: 'NEGATIVE', path: ['deals', 'won'] });
    expect(errorOf(() => winRate({ won: 1.5, lost: 1 }))).toMatchObject({ code: 'NOT_INTEGER', path: ['deals', 'won'] });
    expect(errorOf(() => winRate({ won: 'many', lost: 1 }))).toMatchObject({ code: 'INVALID_NUMBER', path: ['deals', 'won'] });
    expect(errorOf(() => winRate([{ status: 'won', value: 1 }, { status: 'won', value: -5 }]))).toMatchObject({
      code: 'NEGATIVE',
      path: ['deals', 1, 'value'],
      message: 'The value of deal 2 cannot be negative; got -5.',
    });
    expect(errorOf(() => winRate([{ status: 'won', closedAt: '2026-02-30' }]))).toMatchObject({ code: 'INVALID_DATE', path: ['deals', 0, 'closedAt'] });
    expect(errorOf(() => lossRate({ won: 1, lost: Infinity }))).toMatchObject({ code: 'NOT_FINITE', path: ['deals', 'lost'] });
  });
});

describe('lossRate', () => {
  it('lost of decided (default) or of all, by count or value', () => {
    expect(lossRate({ won: 10, lost: 5 }).value!.toString()).toBe('1/3');
    expect(lossRate({ won: 10, lost: 5, open: 5 }, { denominator: 'all' }).value!.toString()).toBe('1/4');
    expect(plain(lossRate({ won: '900.50', lost: '299.50' }, { basis: 'value' }))).toMatchObject({ value: '599/2400', numerator: '299.5', total: '1200' });
  });
});

describe('lostToCreatedRatio', () => {
  const deals = [
    { status: 'lost', rep: 'Ana', createdAt: '2026-01-05', closedAt: '2026-02-10' },
    { status: 'won', rep: 'Ana', createdAt: '2026-02-01', closedAt: '2026-02-20' },
    { status: 'lost', rep: 'Bo', createdAt: '2025-12-01', closedAt: '2026-02-03' },
    { status: 'open', rep: 'Bo', createdAt: '2026-02-15' },
    { status: 'open', createdAt: '2026-02-16' },
  ] as const;

  it('per rep, every deal created, lost ones lost (DOMAIN §2.2)', () => {
    expect(plain(lostToCreatedRatio(deals))).toEqual({
      kind: 'lost-to-created',
      overall: { value: '2/5', reason: null, created: 5, lost: 2 },
      byRep: [
        { rep: 'Ana', value: '1/2', reason: null, created: 2, lost: 1 },
        { rep: 'Bo', value: '1/2', reason: null, created: 2, lost: 1 },
        { rep: null, value: '0', reason: null, created: 1, lost: 0 },
      ],
      period: null,
    });
  });

  it('in a period: created by createdAt, lost by closedAt, so the ratio can exceed 1', () => {
    const r = lostToCreatedRatio(deals, { period: { start: '2026-02-01', end: '2026-02-28' } });
    expect(plain(r.byRep)).toEqual([
      { rep: 'Ana', value: '1', reason: null, created: 1, lost: 1 },
      { rep: 'Bo', value: '1', reason: null, created: 1, lost: 1 },
      { rep: null, value: '0', reason: null, created: 1, lost: 0 },
    ]);
    const jan = lostToCreatedRatio(deals, { period: { start: '2026-01-01', end: '2026-01-31' } });
    expect(plain(jan.overall)).toEqual({ value: '0', reason: null, created: 1, lost: 0 });
    const dec = lostToCreatedRatio(deals, { period: { start: '2025-12-01', end: '2025-12-31' } });
    expect(plain(dec.byRep[0])).toEqual({ rep: 'Ana', value: null, reason: 'none-created', created: 0, lost: 0 });
    expect(plain(lostToCreatedRatio(deals, { period: { start: '2026-02-03', end: '2026-02-10' } }).overall)).toEqual({
      value: null,
      reason: 'none-created',
      created: 0,
      lost: 2,
    });
    expect(r.period).toEqual({ start: '2026-02-01', end: '2026-02-28' });
  });

  it('bad input', () => {
    expect(errorOf(() => lostToCreatedRatio([{ status: 'lost' }], { period: { start: '2026-01-01', end: '2026-01-31' } }))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['deals', 0, 'createdAt'],
    });
    expect(errorOf(() => lostToCreatedRatio([{ status: 'lost', createdAt: '2026-01-05' }], { period: { start: '2026-01-01', end: '2026-01-31' } }))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['deals', 0, 'closedAt'],
      message: 'Nothing was given for the close date of deal 1; give a calendar date written YYYY-MM-DD, such as 2026-11-30.',
    });
    expect(errorOf(() => lostToCreatedRatio([], { period: { start: '2026-02-01', end: '2026-01-31' } }))).toMatchObject({
      code: 'INVALID_RANGE',
      path: ['options', 'period', 'end'],
      message: 'The end date 2026-01-31 is before the start date 2026-02-01.',
    });
    expect(errorOf(() => lostToCreatedRatio([], { period: { start: '2026-13-01', end: '2026-01-31' } }))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['options', 'period', 'start'],
    });
  });
});
