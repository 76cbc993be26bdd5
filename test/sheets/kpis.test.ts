import { describe, expect, it } from 'vitest';
import * as sheets from '../../src/sheets/index.js';

describe('KPI sheet functions', () => {
  it('give numbers for cells, fractions for rates', () => {
    expect(sheets.KPI_WIN_RATE(10, 5, '', '')).toBe(2 / 3);
    expect(sheets.KPI_CHURN_RATE(200, 3)).toBe(0.015);
    expect(sheets.KPI_LTV(100, 0.8, 0, 36)).toBe(2880);
    expect(sheets.KPI_RECURRING_REVENUE(1000, 3, '10%')).toEqual([[5610, 32520]]);
  });
  it('say why a KPI is undefined instead of dividing by zero', () => {
    expect(sheets.KPI_WIN_RATE(0, 0)).toBe('#FUNNEL! No win rate: no deals.');
    expect(sheets.KPI_CAC(1000, 0)).toBe('#FUNNEL! No CAC: no new customers.');
    expect(sheets.KPI_LTV(100, 0.8, 0)).toMatch(/^#FUNNEL! ltv: with a churn of 0 customers never leave/);
    expect(sheets.KPI_WEIGHTED_PIPELINE([[1], [2]], [['10%']])).toBe('#FUNNEL! 2 amounts need 2 probabilities; got 1.');
  });
});
