import { describe, expect, it } from 'vitest';
import * as sheets from '../../src/sheets/index.js';
import { createExcelFunctions } from '../../src/sheets/index.js';
import { midnightIn } from './zones.js';

const EMPTY = 'is empty; give a value there, or select a range without gaps.';

describe('ranges keep positions: an empty cell inside a range is named, not dropped', () => {
  it('FUNNEL_RATES refuses a gap instead of spilling fewer rows than the stages it was given', () => {
    expect(sheets.FUNNEL_RATES([[100], [''], [5]])).toBe(`#FUNNEL! Row 2 of counts ${EMPTY}`);
    expect(sheets.FUNNEL_RATES([[100], [null], [5]])).toBe(`#FUNNEL! Row 2 of counts ${EMPTY}`);
    expect(sheets.FUNNEL_RATES([[100, '', 5]])).toBe(`#FUNNEL! Column 2 of counts ${EMPTY}`);
  });
  it('FUNNEL_REQUIRED refuses a gap in a row or a column of rates', () => {
    expect(sheets.FUNNEL_REQUIRED(50, [[0.15, '', '1/3']])).toBe(`#FUNNEL! Column 2 of rates ${EMPTY}`);
    expect(sheets.FUNNEL_REQUIRED(50, [[0.15], [''], ['1/3']])).toBe(`#FUNNEL! Row 2 of rates ${EMPTY}`);
  });
  it('empty cells after the last value are left out (a range selected with room to grow)', () => {
    expect(sheets.FUNNEL_RATES([[100], [25], [5], [''], [null]])).toEqual([
      [100, '', 1],
      [25, 0.25, 0.25],
      [5, 0.2, 0.05],
    ]);
    expect(sheets.FUNNEL_REQUIRED(50, [[0.15, '1/3', '', '']])).toEqual([[1000], [150], [50]]);
    expect(sheets.FUNNEL_PER_DAY(1000, '2026-11-01', '2026-11-30', [['2026-11-26'], [''], ['']])).toBe(50);
    expect(sheets.FUNNEL_PER_DAY(1000, '2026-11-01', '2026-11-30', [['2026-11-26'], [''], ['2026-11-27']])).toBe(`#FUNNEL! Row 2 of holidays ${EMPTY}`);
  });
  it('the Excel face shows the same words as a #VALUE! error', () => {
    const excel = createExcelFunctions({ Error: CellError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } });
    expect(excel.FUNNEL_RATES([[100], [''], [5]])).toEqual([[new CellError('#VALUE!', `Row 2 of counts ${EMPTY}`)]]);
  });
  it('a history with a gap names the cell; trailing empty rows are left out', () => {
    const goal = [
      ['title', 'Grow revenue'],
      ['target', 5000000],
    ];
    expect(sheets.FUNNEL_GOAL_CHECK(goal, [['2024', 600000], ['', ''], ['2025', 700000]])).toBe(`#FUNNEL! Row 2, column 1 of history ${EMPTY}`);
    expect(sheets.FUNNEL_GOAL_CHECK(goal, [['2024', 600000], ['2025', '']])).toBe(`#FUNNEL! Row 2, column 2 of history ${EMPTY}`);
    expect(sheets.FUNNEL_GOAL_CHECK(goal, [['2024', 600000], ['2025', 700000], ['', '']])).toEqual(sheets.FUNNEL_GOAL_CHECK(goal, [['2024', 600000], ['2025', 700000]]));
  });
});

describe('a range longer than a sheet holds is refused before it is walked', () => {
  it('names the argument and the limit', () => {
    const huge = new Array(2 ** 31 - 1);
    expect(sheets.KPI_CAC(huge, 1)).toBe('#FUNNEL! There are 2147483647 entries in the cells given for spend; at most 100000 are accepted.');
    expect(sheets.FUNNEL_RATES(huge)).toBe('#FUNNEL! There are 2147483647 entries in the cells given for counts; at most 100000 are accepted.');
    expect(sheets.FUNNEL_REQUIRED([[50], [20]], huge)).toBe('#FUNNEL! There are 2147483647 entries in the cells given for rates; at most 100000 are accepted.');
    expect(sheets.FUNNEL_GOAL_CHECK([['title', 'x']], [huge])).toBe('#FUNNEL! There are 2147483647 entries in the cells given for history; at most 100000 are accepted.');
  });
});

describe('every function that takes one value also takes a column', () => {
  it('one row of rates serves a column of goals', () => {
    expect(sheets.FUNNEL_REQUIRED([[50], [20], [7]], [['15%', '1/3']])).toEqual([
      [1000, 150, 50],
      [400, 60, 20],
      [140, 21, 7],
    ]);
    expect(sheets.FUNNEL_REQUIRED([[50], [20], [7]], [['15%'], ['1/3']])).toEqual([
      [1000, 150, 50],
      [400, 60, 20],
      [140, 21, 7],
    ]);
    expect(sheets.FUNNEL_REQUIRED([[50], [''], [7]], [['15%', '1/3']])).toEqual([
      [1000, 150, 50],
      ['', '', ''],
      [140, 21, 7],
    ]);
  });
  it('KPIs spill a column, a single value serving every row, an empty row staying empty', () => {
    expect(sheets.KPI_WIN_RATE([[10], [3], [''], [0]], [[5], [1], [''], [0]])).toEqual([
      [0.6666666666666666],
      [0.75],
      [''],
      ['#FUNNEL! The win rate (no deals) is undefined for these inputs, and a number was asked for.'],
    ]);
    expect(sheets.KPI_CAC([[50000], [12000]], 40)).toEqual([[1250], [300]]);
    expect(sheets.KPI_WIN_RATE([[10], [3]], [[5], ['']])).toEqual([[0.6666666666666666], [`#FUNNEL! Row 2 of lost ${EMPTY}`]]);
    expect(sheets.KPI_RECURRING_REVENUE([[1000], [500]], 12)).toEqual([
      [78000, 144000],
      [39000, 72000],
    ]);
    expect(sheets.KPI_LTV([[100], [50]], '80%', [['2%'], ['4%']])).toEqual([[4000], [1000]]);
  });
  it('an optional argument may be empty in some rows', () => {
    expect(sheets.FUNNEL_ATTAINMENT([[735000], [30]], [[770000], [40]], [[700000], ['']])).toEqual([[0.5], [0.75]]);
  });
  it('columns of different lengths, and blocks, are refused with the names the help shows', () => {
    expect(sheets.KPI_CAC([[1], [2], [3]], [[1], [2]])).toBe(
      '#FUNNEL! The cells given for newCustomers should be one cell, or a column as long as the one given for spend (3 rows); got a list of 2.',
    );
    expect(sheets.KPI_CAC([[1, 2], [3, 4]], 1)).toBe('#FUNNEL! The cells given for spend should be one cell, a column or a row; got a list of 2.');
  });
  it('RATE_CI takes columns of successes and trials and spills one row of bounds per row', () => {
    expect(sheets.RATE_CI([[10], [0], ['']], [[15], [20], ['']])).toEqual([
      [0.41713547738519774, 0.8482367556028526],
      [0, 0.1611251580528193],
      ['', ''],
    ]);
    expect(sheets.RATE_CI([[10], [0]], [[15], [0]])).toEqual([
      [0.41713547738519774, 0.8482367556028526],
      ['#FUNNEL! The interval of 0 trials is undefined for these inputs, and a number was asked for.', ''],
    ]);
  });
  it('FUNNEL_PER_DAY spills a column of totals and periods', () => {
    expect(sheets.FUNNEL_PER_DAY([[1000], [500], [5]], [['2026-11-01'], ['2026-11-01'], ['2026-11-21']], [['2026-11-30'], ['2026-11-13'], ['2026-11-22']])).toEqual([
      [48],
      [50],
      ['#FUNNEL! There are no working days from 2026-11-21 to 2026-11-22, so there is nothing to spread the activity over.'],
    ]);
  });
});

describe('date cells are read in the spreadsheet time zone', () => {
  const zones = ['Asia/Tokyo', 'America/Los_Angeles', 'Etc/UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
  it.each(zones)('Dates made as a sheet in %s makes them give the same working days (48, not 50)', (zone) => {
    const start = midnightIn(zone, 2026, 11, 1);
    const end = midnightIn(zone, 2026, 11, 30);
    const holiday = midnightIn(zone, 2026, 11, 26);
    expect(sheets.FUNNEL_PER_DAY(1000, start, end, undefined, zone)).toBe(48);
    expect(sheets.FUNNEL_PER_DAY(1000, start, end, [[holiday]], zone)).toBe(50);
  });
  it('Excel serial numbers (a time of day ignored) and ISO text need no zone', () => {
    expect(sheets.FUNNEL_PER_DAY(1000, 46327, 46356.75)).toBe(48);
    expect(sheets.FUNNEL_PER_DAY(1000, '2026-11-01', '2026-11-30', undefined, 'Asia/Tokyo')).toBe(48);
  });
  it('a zone that is not one is refused in words', () => {
    expect(sheets.FUNNEL_PER_DAY(1000, '2026-11-01', '2026-11-30', undefined, 'Mars/Olympus')).toBe(
      '#FUNNEL! The time zone should be a time zone name such as "Asia/Tokyo" or "Etc/UTC"; got "Mars/Olympus".',
    );
  });
  it('the start and deadline of a goal form are read in the zone too', () => {
    const form = (start: Date, deadline: Date) => [
      ['title', 'Grow revenue'],
      ['metric', 'revenue'],
      ['target', 10],
      ['start', start],
      ['deadline', deadline],
    ];
    const iso = sheets.FUNNEL_GOAL_CHECK(form('2026-01-01' as never, '2026-01-01' as never));
    expect(sheets.FUNNEL_GOAL_CHECK(form(midnightIn('Asia/Tokyo', 2026, 1, 1), midnightIn('Asia/Tokyo', 2026, 1, 1)), undefined, 'Asia/Tokyo')).toEqual(iso);
  });
});

class CellError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

describe('the Excel face', () => {
  const excel = createExcelFunctions({ Error: CellError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } });
  it('gives every sheet function, each returning a matrix', () => {
    const names = Object.keys(sheets).filter((name) => /^[A-Z_]+$/.test(name));
    expect(Object.keys(excel).sort()).toEqual(names.sort());
    expect(excel.KPI_CAC(50000, 40)).toEqual([[1250]]);
    expect(excel.FUNNEL_REQUIRED([[50]], [['15%', '1/3']], null)).toEqual([[1000], [150], [50]]);
  });
  it('errors are CustomFunctions errors: #VALUE! for a value to fix, #N/A for an undefined quantity', () => {
    const bad = (excel.FUNNEL_REQUIRED(50, [[15]]) as unknown[][])[0]![0];
    expect(bad).toBeInstanceOf(CellError);
    expect(bad).toEqual(new CellError('#VALUE!', sheets.FUNNEL_REQUIRED(50, [[15]]).toString().replace('#FUNNEL! ', '')));
    expect(excel.KPI_GROWTH_RATE(0, 12)).toEqual([[new CellError('#N/A', 'The growth rate (zero prior) is undefined for these inputs, and a number was asked for.')]]);
    expect(excel.FUNNEL_RATES([[0], [0]])).toEqual([
      [0, '', new CellError('#N/A', 'zero denominator')],
      [0, new CellError('#N/A', 'zero denominator'), new CellError('#N/A', 'zero denominator')],
    ]);
  });
  it('without a CustomFunctions object, errors are the #FUNNEL! text', () => {
    expect(createExcelFunctions().KPI_GROWTH_RATE(0, 12)).toEqual([['#FUNNEL! The growth rate (zero prior) is undefined for these inputs, and a number was asked for.']]);
    expect(createExcelFunctions({} as never).FUNNEL_RATES([[0], [0]])[0]).toEqual([0, '', 'n/a: zero denominator']);
  });
});
