import { describe, expect, it } from 'vitest';
import * as sheets from '../../src/sheets/index.js';

describe('sheet functions', () => {
  it('FUNNEL_REQUIRED takes rates as a column or a row, and a rounding', () => {
    expect(sheets.FUNNEL_REQUIRED(50, [[0.15], ['1/3']])).toEqual([[1000], [150], [50]]);
    expect(sheets.FUNNEL_REQUIRED(50, [['15%', '1/3']])).toEqual([[1000], [150], [50]]);
    expect(sheets.FUNNEL_REQUIRED(13, [['10%'], ['35%'], ['50%'], ['40%']])).toEqual([[1890], [189], [66], [33], [13]]);
    expect(sheets.FUNNEL_REQUIRED(13, [['10%'], ['35%'], ['50%'], ['40%']], '')).toEqual([[1890], [189], [66], [33], [13]]);
  });
  it('errors come back as #FUNNEL! text a user can act on', () => {
    expect(sheets.FUNNEL_REQUIRED(50, [])).toBe('#FUNNEL! There is no rate into "stage 2" (from "stage 1"); give one, such as 15%.');
    expect(sheets.FUNNEL_REQUIRED(50, [[15]])).toMatch(/^#FUNNEL! The rate into "stage 2" is 1500.00%, above 100%/);
    expect(sheets.FUNNEL_REQUIRED(50, [[0.15]], 'nearest')).toBe('#FUNNEL! The rounding should be one of "each-stage", "once"; got "nearest".');
    expect(sheets.FUNNEL_RATES([[10]])).toMatch(/^#FUNNEL! A funnel needs at least two stages/);
  });
  it('FUNNEL_RATES gives rates as fractions and says when one is undefined', () => {
    expect(sheets.FUNNEL_RATES([[0], [0]])).toEqual([
      [0, '', 'n/a: zero denominator'],
      [0, 'n/a: zero denominator', 'n/a: zero denominator'],
    ]);
  });
  it('FUNNEL_PER_DAY reads Sheets dates (local midnight), Excel serials and ISO text, with holidays', () => {
    expect(sheets.FUNNEL_PER_DAY(1000, new Date(2026, 10, 1), new Date(2026, 10, 30))).toBe(48);
    expect(sheets.FUNNEL_PER_DAY(1000, 46327, 46356, [['2026-11-26'], ['2026-11-27']])).toBe(53);
    expect(sheets.FUNNEL_PER_DAY(5, '2026-11-21', '2026-11-22')).toBe('#FUNNEL! There are no working days from 2026-11-21 to 2026-11-22, so there is nothing to spread the activity over.');
  });
});

describe('FUNNEL_REQUIRED over a column of goals (one row per rep)', () => {
  it('computes each row, and a bad row shows its reason without stopping the others', () => {
    expect(
      sheets.FUNNEL_REQUIRED(
        [[50], [7], [20]],
        [
          ['15%', '1/3'],
          ['0%', '1/3'],
          ['20%', '1/2'],
        ],
      ),
    ).toEqual([
      [1000, 150, 50],
      ['#FUNNEL! The rate into "stage 2" is 0, so no amount of activity reaches it; give a rate above 0.', '', ''],
      [200, 40, 20],
    ]);
  });
  it('pads rows of different lengths and refuses a number of rate rows that is neither one nor one per goal', () => {
    expect(sheets.FUNNEL_REQUIRED([[50], [10]], [['15%', '1/3'], ['50%', '']])).toEqual([
      [1000, 150, 50],
      [20, 10, ''],
    ]);
    expect(sheets.FUNNEL_REQUIRED([[50], [10], [5]], [['15%', '1/3'], ['50%', '1/2']])).toBe(
      '#FUNNEL! The rate rows should be one row of rates for all the goals, or one row per goal (3 rows); got a list of 2.',
    );
  });
});

describe('goal sheet functions', () => {
  const form = (target: string | number): (string | number | Date)[][] => [
    ['title', 'Grow revenue of our core product'],
    ['metric', 'revenue'],
    ['unit', 'USD'],
    ['target', target],
    ['baseline', 700000],
    ['baseline period', '2025'],
    ['start', new Date(2026, 0, 1)],
    ['deadline', new Date(2026, 11, 31)],
    ['owner', 'Sales team'],
    ['method', 'consultative selling'],
    ['check-in', 'monthly'],
    ['', ''],
  ];
  it('FUNNEL_GOAL_CHECK: DOMAIN §4 — $5M after $700k fails with a reason, +10% passes', () => {
    const fails = sheets.FUNNEL_GOAL_CHECK(form(5000000), [['2024', 640000], ['2025', 700000]]) as string[][];
    expect(fails[0]).toEqual(['fail', '']);
    expect(fails.some((row) => row[0] === 'fail' && /614/.test(row[1]!))).toBe(true);
    expect(sheets.FUNNEL_GOAL_CHECK(form('+10%'), [['2024', 640000], ['2025', 700000]])).toEqual([['pass', '']]);
  });
  it('FUNNEL_GOAL_CHECK refuses a range that is not two columns', () => {
    expect(sheets.FUNNEL_GOAL_CHECK([['title', 'Calls'], ['metric']])).toBe('#FUNNEL! Row 2 of the goal range should be two cells: a field name and its value; got a list of 1.');
  });
  it('FUNNEL_ATTAINMENT', () => {
    expect(sheets.FUNNEL_ATTAINMENT(735000, 770000, 700000)).toBe(0.5);
    expect(sheets.FUNNEL_ATTAINMENT(735000, '+10%', 700000)).toBe(0.5);
    expect(sheets.FUNNEL_ATTAINMENT(5, 10, 10)).toBe('#FUNNEL! The attainment of a target equal to its baseline is undefined for these inputs, and a number was asked for.');
  });
});
