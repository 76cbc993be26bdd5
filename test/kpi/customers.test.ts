import { describe, expect, it } from 'vitest';
import { cac, cacPaybackMonths, churnRate, firstYearChurnByRep, ltv, ltvToCac } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('churnRate', () => {
  it('customers lost / customers at start', () => {
    expect(plain(churnRate({ atStart: 200, lost: 3 }))).toEqual({
      kind: 'churn-rate',
      value: '3/200',
      reason: null,
      basis: 'customers',
      net: null,
      lost: 3,
      atStart: 200,
      expansion: null,
      label: '1.5% of customers at start (3 of 200)',
    });
    // DOMAIN §4 goal "churn below 1%": 1 of 120 is below, 2 of 120 is not
    expect(churnRate({ atStart: 120, lost: 1 }).value!.compare(churnRate({ atStart: 100, lost: 1 }).value!)).toBe(-1);
  });

  it('revenue churn: gross and net of expansion', () => {
    expect(plain(churnRate({ basis: 'revenue', atStart: '50000.00', lost: 2500, expansion: 4000 }))).toEqual({
      kind: 'churn-rate',
      value: '1/20',
      reason: null,
      basis: 'revenue',
      net: '-3/100',
      lost: '2500',
      atStart: '50000',
      expansion: '4000',
      label: '5.0% of recurring revenue at start (2500 of 50000)',
    });
    expect(churnRate({ basis: 'revenue', atStart: 1000, lost: 100 }).net!.toString()).toBe('1/10');
  });

  it('degenerate: nothing at start, more lost than there was', () => {
    expect(churnRate({ atStart: 0, lost: 0 }).reason).toBe('zero-start');
    expect(plain(churnRate({ atStart: 10, lost: 11 }))).toMatchObject({ value: null, reason: 'exceeds-start' });
    expect(churnRate({ basis: 'revenue', atStart: 10, lost: 11 }).reason).toBe('exceeds-start');
    expect(churnRate({ basis: 'revenue', atStart: 0, lost: 0 }).reason).toBe('zero-start');
  });

  it('bad input', () => {
    expect(errorOf(() => churnRate({ atStart: 10, lost: 1, expansion: 1 } as never))).toMatchObject({
      code: 'CONFLICTING_OPTIONS',
      path: ['input', 'expansion'],
      message: 'Expansion revenue and customer counts cannot be given together; give expansion only with basis "revenue".',
    });
    expect(errorOf(() => churnRate({ atStart: 10.5, lost: 1 }))).toMatchObject({
      code: 'NOT_INTEGER',
      path: ['input', 'atStart'],
      message: 'The number of customers at the start should be a whole number; got 10.5.',
    });
    expect(errorOf(() => churnRate({ basis: 'revenue', atStart: 10, lost: -1 }))).toMatchObject({ code: 'NEGATIVE', path: ['input', 'lost'] });
    expect(errorOf(() => churnRate({ basis: 'mrr', atStart: 10, lost: 1 } as never))).toMatchObject({ code: 'INVALID_CHOICE', path: ['input', 'basis'] });
  });
});

describe('firstYearChurnByRep', () => {
  const customers = [
    { rep: 'Ana', wonAt: '2025-01-15', churnedAt: '2025-06-01' },
    { rep: 'Ana', wonAt: '2025-02-01' },
    { rep: 'Ana', wonAt: '2025-03-01', churnedAt: '2026-04-01' },
    { rep: 'Bo', wonAt: '2025-02-10', churnedAt: '2026-02-09' },
    { rep: 'Bo', wonAt: '2026-01-05', churnedAt: '2026-02-01' },
    { wonAt: '2024-02-29', churnedAt: '2025-02-28' },
    { wonAt: '2024-03-01', churnedAt: '2025-03-01' },
  ];

  it('DOMAIN §2.10: churned before the first anniversary / complete first years, per closing rep', () => {
    expect(plain(firstYearChurnByRep(customers, { asOf: '2026-06-30' }))).toEqual({
      kind: 'first-year-churn',
      asOf: '2026-06-30',
      overall: { value: '1/2', reason: null, cohort: 6, churned: 3, pending: 1 },
      byRep: [
        { rep: 'Ana', value: '1/3', reason: null, cohort: 3, churned: 1, pending: 0 },
        { rep: 'Bo', value: '1', reason: null, cohort: 1, churned: 1, pending: 1 },
        // 29 Feb 2024 → anniversary 1 Mar 2025: leaving on 28 Feb is within the year; leaving on the anniversary is not
        { rep: null, value: '1/2', reason: null, cohort: 2, churned: 1, pending: 0 },
      ],
    });
  });

  it('only complete first years count; churn after asOf is not known yet', () => {
    const r = firstYearChurnByRep(customers, { asOf: '2025-12-31' });
    expect(plain(r.byRep[0])).toEqual({ rep: 'Ana', value: null, reason: 'no-complete-year', cohort: 0, churned: 0, pending: 3 });
    expect(plain(r.byRep[2])).toEqual({ rep: null, value: '1/2', reason: null, cohort: 2, churned: 1, pending: 0 });
    const early = firstYearChurnByRep([{ wonAt: '2024-01-01', churnedAt: '2024-12-31' }], { asOf: '2025-01-01' });
    expect(early.overall.value!.toString()).toBe('1');
    const before = firstYearChurnByRep([{ wonAt: '2024-01-01', churnedAt: '2024-12-31' }], { asOf: '2024-12-31' });
    expect(plain(before.overall)).toEqual({ value: null, reason: 'no-complete-year', cohort: 0, churned: 0, pending: 1 });
  });

  it('bad input', () => {
    expect(errorOf(() => firstYearChurnByRep([], {} as never))).toMatchObject({ code: 'MISSING_VALUE', path: ['options', 'asOf'] });
    expect(errorOf(() => firstYearChurnByRep([], { asOf: '2026-02-29' }))).toMatchObject({ code: 'INVALID_DATE', path: ['options', 'asOf'] });
    expect(errorOf(() => firstYearChurnByRep([{ wonAt: '2025-02-01', churnedAt: '2025-01-01' }], { asOf: '2026-01-01' }))).toMatchObject({
      code: 'INVALID_RANGE',
      path: ['customers', 0, 'churnedAt'],
    });
    // a misspelt key is named first, with the key it was meant to be; without it, the key is missing
    expect(errorOf(() => firstYearChurnByRep([{ won: '2025-02-01' } as never], { asOf: '2026-01-01' }))).toMatchObject({
      code: 'UNKNOWN_OPTION',
      path: ['customers', 0, 'won'],
      params: { suggestion: 'wonAt' },
    });
    expect(errorOf(() => firstYearChurnByRep([{ rep: 'Ana' } as never], { asOf: '2026-01-01' }))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['customers', 0, 'wonAt'],
    });
    expect(errorOf(() => firstYearChurnByRep([{ wonAt: '2025-02-01', lostAt: '2025-03-01' } as never], { asOf: '2026-01-01' }))).toMatchObject({
      code: 'UNKNOWN_OPTION',
      path: ['customers', 0, 'lostAt'],
    });
  });
});

describe('ltv, cac, ltvToCac, cacPaybackMonths', () => {
  it('LTV = ARPA × margin / churn', () => {
    expect(plain(ltv({ arpa: 100, grossMargin: '80%', churn: '2%' }))).toEqual({
      kind: 'ltv',
      value: '4000',
      exact: '4000',
      method: 'steady-state',
      horizon: null,
      expectedLifetime: '50',
      arpa: '100',
      grossMargin: '4/5',
      churn: '1/50',
    });
    expect(ltv({ arpa: 100, grossMargin: 1, churn: '3%' }).exact.toString()).toBe('10000/3');
  });

  it('churn 0 → UNDEFINED_RESULT unless a bounded horizon is asked for', () => {
    expect(errorOf(() => ltv({ arpa: 100, grossMargin: 1, churn: 0 }))).toMatchObject({ code: 'UNDEFINED_RESULT', path: ['input', 'churn'] });
    expect(plain(ltv({ arpa: 100, grossMargin: '80%', churn: 0, horizon: 36 }))).toMatchObject({ value: '2880', method: 'horizon', horizon: 36, expectedLifetime: null });
    // 3 months at 10% churn: 1 + 0.9 + 0.81 = 2.71 months of 100
    expect(ltv({ arpa: 100, grossMargin: 1, churn: '10%', horizon: 3 }).value.toString()).toBe('271');
    expect(ltv({ arpa: 100, grossMargin: 1, churn: 1, horizon: 12 }).value.toString()).toBe('100');
  });

  it('CAC = spend / new customers; LTV:CAC; payback months', () => {
    expect(plain(cac({ spend: 50000, newCustomers: 40 }))).toEqual({ kind: 'cac', value: '1250', exact: '1250', reason: null, spend: '50000', newCustomers: 40 });
    expect(plain(cac({ spend: 1000, newCustomers: 0 }))).toEqual({ kind: 'cac', value: null, exact: null, reason: 'no-new-customers', spend: '1000', newCustomers: 0 });
    expect(plain(ltvToCac({ ltv: 4000, cac: 1250 }))).toEqual({ kind: 'ltv-to-cac', value: '16/5', reason: null, ltv: '4000', cac: '1250', label: '3.20 : 1' });
    expect(ltvToCac({ ltv: 1, cac: 0 }).reason).toBe('zero-cac');
    expect(plain(cacPaybackMonths({ cac: 1250, arpa: 125, grossMargin: '80%' }))).toEqual({
      kind: 'cac-payback',
      value: '25/2',
      reason: null,
      wholeMonths: 13,
      basis: 'gross-margin',
      cac: '1250',
      monthlyContribution: '100',
    });
    expect(plain(cacPaybackMonths({ cac: 1250, arpa: 125 }))).toMatchObject({ value: '10', wholeMonths: 10, basis: 'revenue' });
    expect(plain(cacPaybackMonths({ cac: 1250, arpa: 0 }))).toMatchObject({ value: null, reason: 'nothing-earned', wholeMonths: null });
  });

  it('bad input', () => {
    expect(errorOf(() => ltv({ arpa: 100, grossMargin: 80, churn: 0.02 }))).toMatchObject({ code: 'OUT_OF_RANGE', path: ['input', 'grossMargin'] });
    expect(errorOf(() => ltv({ arpa: 100, grossMargin: 1, churn: 0, horizon: 0 }))).toMatchObject({ code: 'OUT_OF_RANGE', path: ['input', 'horizon'] });
    expect(errorOf(() => ltv({ arpa: 100, grossMargin: 1, churn: 0, horizon: 1.5 }))).toMatchObject({ code: 'NOT_INTEGER', path: ['input', 'horizon'] });
    expect(errorOf(() => ltv({ arpa: -1, grossMargin: 1, churn: 0.1 }))).toMatchObject({ code: 'NEGATIVE', path: ['input', 'arpa'] });
    expect(errorOf(() => ltv({ arpa: 1, margin: 1, churn: 0.1 } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['input', 'margin'], params: { suggestion: 'grossMargin' } });
    expect(errorOf(() => ltv({ arpa: 1, churn: 0.1 } as never))).toMatchObject({ code: 'MISSING_VALUE', path: ['input', 'grossMargin'] });
    expect(errorOf(() => cac({ spend: 1, newCustomers: 2.5 }))).toMatchObject({ code: 'NOT_INTEGER', path: ['input', 'newCustomers'] });
    expect(errorOf(() => ltvToCac({ ltv: 'lots', cac: 1 }))).toMatchObject({ code: 'INVALID_NUMBER', path: ['input', 'ltv'] });
    expect(errorOf(() => cacPaybackMonths({ cac: 1, arpa: 1, grossMargin: '120%' }))).toMatchObject({ code: 'OUT_OF_RANGE', path: ['input', 'grossMargin'] });
    expect(errorOf(() => cacPaybackMonths({ cac: '1e200', arpa: '1e-200' }))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['input'] });
  });
});
