import { describe, expect, it } from 'vitest';
import * as sheets from '../../src/sheets/index.js';

describe('RATE_CI', () => {
  it('errors come back as #FUNNEL! text worded from the catalog', () => {
    expect(sheets.RATE_CI(0, 0)).toBe('#FUNNEL! The interval of 0 trials is undefined for these inputs, and a number was asked for.');
    expect(sheets.RATE_CI(5, 3)).toBe('#FUNNEL! The observation has more successes (5) than trials (3); successes are a part of the trials.');
    expect(sheets.RATE_CI(1, 3, 1.5)).toBe("#FUNNEL! The confidence level should be a level strictly between 0 and 1, such as 0.95 or '95%'; got 1.5.");
    expect(sheets.RATE_CI(1, 3, '', 'wald')).toBe('#FUNNEL! The option "method" should be one of "wilson", "jeffreys", "clopper-pearson", "agresti-coull"; got "wald".');
  });
  it('an empty level or method cell takes the default', () => {
    expect(sheets.RATE_CI(10, 15, '', '')).toEqual(sheets.RATE_CI(10, 15));
  });
});
