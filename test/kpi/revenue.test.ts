import { describe, expect, it } from 'vitest';
import { breakEvenRevenue, breakEvenUnits, recurringRevenue } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('breakEvenUnits', () => {
  it('fixed costs / unit contribution (DOMAIN §4), whole units rounded up', () => {
    expect(plain(breakEvenUnits({ fixedCosts: 30000, price: 50, variableCost: 30 }))).toEqual({
      kind: 'break-even-units',
      value: '1500',
      units: 1500,
      reason: null,
      unitMargin: '20',
      fixedCosts: '30000',
    });
    expect(plain(breakEvenUnits({ fixedCosts: 1000, price: '10.00', variableCost: 7 }))).toMatchObject({ value: '1000/3', units: 334 });
    expect(breakEvenUnits({ fixedCosts: 0, price: 2, variableCost: 1 }).units).toBe(0);
    expect(breakEvenUnits({ fixedCosts: '0.10', price: '0.30', variableCost: '0.20' }).units).toBe(1);
  });

  it('no unit margin → null with a reason', () => {
    expect(plain(breakEvenUnits({ fixedCosts: 1000, price: 10, variableCost: 10 }))).toEqual({
      kind: 'break-even-units',
      value: null,
      units: null,
      reason: 'no-unit-margin',
      unitMargin: '0',
      fixedCosts: '1000',
    });
    expect(breakEvenUnits({ fixedCosts: 1000, price: 10, variableCost: 12 }).unitMargin.toString()).toBe('-2');
  });

  it('bad input', () => {
    expect(errorOf(() => breakEvenUnits({ fixedCosts: -1, price: 10, variableCost: 1 }))).toMatchObject({ code: 'NEGATIVE', path: ['input', 'fixedCosts'] });
    expect(errorOf(() => breakEvenUnits({ fixedCosts: 1, price: '10,5', variableCost: 1 }))).toMatchObject({ code: 'INVALID_NUMBER', path: ['input', 'price'] });
    expect(errorOf(() => breakEvenUnits({ fixedCosts: '1e200', price: '1e-200', variableCost: 0 }))).toMatchObject({ code: 'RESULT_TOO_LARGE', path: ['input'] });
    expect(errorOf(() => breakEvenUnits({ fixed: 1, price: 2, variableCost: 1 } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['input', 'fixed'], params: { suggestion: 'fixedCosts' } });
    expect(errorOf(() => breakEvenUnits({ price: 2, variableCost: 1 } as never))).toMatchObject({ code: 'MISSING_VALUE', path: ['input', 'fixedCosts'] });
  });
});

describe('breakEvenRevenue', () => {
  it('fixed costs / contribution margin ratio = break-even units × price', () => {
    expect(plain(breakEvenRevenue({ fixedCosts: 30000, contributionMarginRatio: '40%' }))).toEqual({
      kind: 'break-even-revenue',
      value: '75000',
      exact: '75000',
      reason: null,
      contributionMarginRatio: '2/5',
      fixedCosts: '30000',
    });
    const byPrice = breakEvenRevenue({ fixedCosts: 30000, price: 50, variableCost: 30 });
    expect(byPrice.value!.toString()).toBe('75000');
    expect(breakEvenRevenue({ fixedCosts: 1000, price: 10, variableCost: 7 }).exact!.toString()).toBe('10000/3');
  });

  it('no contribution → null with a reason', () => {
    expect(breakEvenRevenue({ fixedCosts: 1, contributionMarginRatio: 0 }).reason).toBe('no-contribution');
    expect(plain(breakEvenRevenue({ fixedCosts: 1, price: 0, variableCost: 0 }))).toMatchObject({ value: null, reason: 'no-contribution', contributionMarginRatio: null });
    expect(plain(breakEvenRevenue({ fixedCosts: 1, price: 4, variableCost: 5 }))).toMatchObject({ value: null, contributionMarginRatio: '-1/4' });
  });

  it('bad input', () => {
    expect(errorOf(() => breakEvenRevenue({ fixedCosts: 1, contributionMarginRatio: 40 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['input', 'contributionMarginRatio'],
    });
    expect(errorOf(() => breakEvenRevenue({ fixedCosts: 1, contributionMarginRatio: 0.4, price: 2 } as never))).toMatchObject({
      code: 'CONFLICTING_OPTIONS',
      path: ['input', 'price'],
    });
    expect(errorOf(() => breakEvenRevenue({ fixedCosts: 1 } as never))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['input', 'contributionMarginRatio'],
      message: 'Nothing was given for the contribution margin; give either contributionMarginRatio, or price and variableCost.',
    });
    expect(errorOf(() => breakEvenRevenue({ fixedCosts: 1, price: 2 } as never))).toMatchObject({ code: 'MISSING_VALUE', path: ['input', 'variableCost'] });
  });
});

describe('recurringRevenue', () => {
  it('Rule of 78: 12 months of X new MRR is 78X recognized but an exit ARR of 144X', () => {
    const r = recurringRevenue({ newMrr: 1000, months: 12 });
    expect(plain(r.recognizedRevenue)).toEqual({ kind: 'recognized-revenue', value: '78000', exact: '78000' });
    expect(plain(r.exitRunRate)).toEqual({ kind: 'exit-run-rate', mrr: '12000', arr: '144000', exactArr: '144000' });
    expect(plain(r.byMonth)).toEqual(['1000', '2000', '3000', '4000', '5000', '6000', '7000', '8000', '9000', '10000', '11000', '12000']);
    expect(plain(recurringRevenue({ newMrr: '2500.50', months: 6 }).recognizedRevenue.value)).toBe('52510.5');
  });

  it('with monthly churn, hand-computed', () => {
    const r = recurringRevenue({ newMrr: 1000, months: 3, churn: '10%' });
    expect(plain(r)).toEqual({
      kind: 'recurring-revenue',
      recognizedRevenue: { kind: 'recognized-revenue', value: '5610', exact: '5610' },
      exitRunRate: { kind: 'exit-run-rate', mrr: '2710', arr: '32520', exactArr: '32520' },
      byMonth: ['1000', '1900', '2710'],
      months: 3,
      newMrr: '1000',
      churn: '1/10',
    });
    // churn 100%: only the month's new MRR is left each month
    expect(recurringRevenue({ newMrr: 1000, months: 5, churn: 1 }).recognizedRevenue.value.toString()).toBe('5000');
    expect(recurringRevenue({ newMrr: 900, months: 2, churn: '1/3' }).recognizedRevenue.exact.toString()).toBe('2400');
  });

  it('bad input', () => {
    expect(errorOf(() => recurringRevenue({ newMrr: 1, months: 0 }))).toMatchObject({ code: 'OUT_OF_RANGE', path: ['input', 'months'] });
    expect(errorOf(() => recurringRevenue({ newMrr: 1, months: 1201 }))).toMatchObject({ code: 'OUT_OF_RANGE', path: ['input', 'months'] });
    expect(errorOf(() => recurringRevenue({ newMrr: 1, months: 12, churn: 2 }))).toMatchObject({ code: 'OUT_OF_RANGE', path: ['input', 'churn'] });
    expect(errorOf(() => recurringRevenue({ newMrr: -1, months: 12 }))).toMatchObject({ code: 'NEGATIVE', path: ['input', 'newMrr'] });
    expect(errorOf(() => recurringRevenue({ newMrr: 1, months: 1.5 }))).toMatchObject({ code: 'NOT_INTEGER', path: ['input', 'months'] });
    expect(errorOf(() => recurringRevenue({ mrr: 1, months: 12 } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['input', 'mrr'], params: { suggestion: 'newMrr' } });
    expect(errorOf(() => recurringRevenue({ months: 12 } as never))).toMatchObject({ code: 'MISSING_VALUE', path: ['input', 'newMrr'] });
  });
});
