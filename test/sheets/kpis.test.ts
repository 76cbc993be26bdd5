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
    expect(sheets.KPI_WIN_RATE(0, 0)).toBe('#FUNNEL! The win rate (no deals) is undefined for these inputs, and a number was asked for.');
    expect(sheets.KPI_CAC(1000, 0)).toBe('#FUNNEL! The CAC (no new customers) is undefined for these inputs, and a number was asked for.');
    expect(sheets.KPI_LTV(100, 0.8, 0)).toBe('#FUNNEL! The lifetime value with a churn of 0 and no horizon is undefined for these inputs, and a number was asked for.');
    expect(sheets.KPI_WEIGHTED_PIPELINE([[1], [2]], [['10%']])).toBe('#FUNNEL! The range of probabilities does not match: 2 amounts need 2 probabilities; got 1.');
  });
  it('name the row of a bad cell, counted from 1', () => {
    expect(sheets.KPI_WEIGHTED_PIPELINE([[1], [2], [3]], [['10%'], ['20%'], [3]])).toBe(
      "#FUNNEL! Row 3 of probabilities should be a share from 0 to 1, such as 0.15 or '15%'; got 3.",
    );
  });
});
