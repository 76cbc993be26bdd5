import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capacityPlan, hiresNeeded, pipelineForecast } from '../../src/index.js';
import * as sheets from '../../src/sheets/index.js';
import type { Cell } from '../../src/sheets/index.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * Four open deals of 1000, 2000, 3000 and 4000, each won with probability 1/2 (deal d by its own
 * probability, over its stage's 10%), one deal of 500 won in the quarter, one lost, one won before
 * it, and rows left empty below. Each of the 16 outcomes of the open deals has probability 1/16;
 * their sums in thousands, sorted: 0 1 2 3 3 4 4 5 5 6 6 7 7 8 9 10. With the 500 already won:
 * expected 500 + 5000; P10 = 500 + 1000 (2 of 16 at or below), P50 = 500 + 5000 (9 of 16), P90 =
 * 500 + 9000 (15 of 16); a quota of 6500 needs 6000 from the open deals: 7 of the 16 outcomes
 * ({2,4}, {3,4}, {1,2,3}, {1,2,4}, {1,3,4}, {2,3,4}, all four), so 7/16 = 0.4375; gap 6500 − 5500.
 */
const deals = [
  ['ID', 'Amount', 'Stage', 'Status', 'Closed At', 'probability', 'Notes'],
  ['a', 1000, 'demo', '', '', '', 'first call in May'],
  ['b', 2000, 'demo', 'open', '', '', ''],
  ['c', 3000, 'demo', 'Open', '', '', ''],
  ['d', 4000, 'trial', '', '', '50%', ''],
  ['e', 500, 'won', 'won', '2026-10-05', '', ''],
  [1001, 9000, 'demo', 'lost', '', '', ''],
  ['g', 7000, 'won', 'won', '2026-09-30', '', ''],
  ['', '', '', '', '', '', ''],
  ['', '', '', '', '', '', 'a note below the deals'],
];
const probabilities = [
  ['stage', 'probability'],
  ['demo', '50%'],
  ['trial', 0.1],
  ['', ''],
];

describe('FUNNEL_FORECAST', () => {
  it('gives the expected amount, percentiles and the chance of the quota of a pipeline counted by hand', () => {
    expect(sheets.FUNNEL_FORECAST(deals, '2026-11-02', 'quarter', probabilities, 6500)).toEqual([
      ['period', '2026-10-01 to 2026-12-31'],
      ['expected won amount', 5500],
      ['weighted pipeline', 5000],
      ['won in the period', 500],
      ['P10', 1500],
      ['P50', 5500],
      ['P90', 9500],
      ['P(won ≥ quota)', 0.4375],
      ['gap to quota', 1000],
      ['method', 'exact-lattice'],
    ]);
  });

  it('answers as the library does for the same deals, and leaves the quota rows out without a quota', () => {
    const f = pipelineForecast(
      [
        { id: 'a', amount: 1000, stage: 'demo' },
        { id: 'b', amount: 2000, stage: 'demo', status: 'open' },
        { id: 'c', amount: 3000, stage: 'demo', status: 'open' },
        { id: 'd', amount: 4000, stage: 'trial', probability: '50%' },
        { id: 'e', amount: 500, stage: 'won', status: 'won', closedAt: '2026-10-05' },
        { id: '1001', amount: 9000, stage: 'demo', status: 'lost' },
        { id: 'g', amount: 7000, stage: 'won', status: 'won', closedAt: '2026-09-30' },
      ],
      { asOf: '2026-11-02', period: 'quarter', probabilities: { demo: '50%', trial: 0.1 }, quota: 6500 },
    );
    expect([f.quota?.probability.resolved && f.quota.probability.value.toString(), f.expected.toString(), f.excluded]).toEqual(['7/16', '5500', { lost: 1, wonOutsidePeriod: 1 }]);
    const rows = sheets.FUNNEL_FORECAST(deals, '2026-11-02', 'quarter', probabilities) as unknown[][];
    expect(rows.map((r) => r[0])).toEqual(['period', 'expected won amount', 'weighted pipeline', 'won in the period', 'P10', 'P50', 'P90', 'method']);
  });

  it('takes the period as a name in any case, or as its last day (date cell, Excel serial, ISO text), and a fiscal year', () => {
    const one = [['id', 'amount', 'stage'], ['a', 1000, 'demo']];
    const period = (p: unknown, fiscal?: number) => (sheets.FUNNEL_FORECAST(one, '2026-11-02', p as string, [['demo', '20%']], '', fiscal) as unknown[][])[0];
    expect(period('Month')).toEqual(['period', '2026-11-01 to 2026-11-30']);
    expect(period('quarter', 2)).toEqual(['period', '2026-11-01 to 2027-01-31']);
    expect(period('2026-12-15')).toEqual(['period', '2026-11-02 to 2026-12-15']);
    expect(period(46371)).toEqual(['period', '2026-11-02 to 2026-12-15']);
    expect(period(new Date(2026, 11, 15))).toEqual(['period', '2026-11-02 to 2026-12-15']);
    expect(sheets.FUNNEL_FORECAST(one, '2026-11-02', 'week', [['demo', '20%']])).toBe('#FUNNEL! The period should be "month", "quarter", "year" or { end: "YYYY-MM-DD" }; got "week".');
  });

  it('shows a percentile known only between two bounds as the text of both, never one number', () => {
    const many: Cell[][] = [['id', 'amount', 'stage']];
    for (let i = 0; i < 60; i++) many.push([`d${i}`, ((i * 7919) % 100000) * 100 + 1000000 + (i % 97) / 100, 's']);
    const rows = sheets.FUNNEL_FORECAST(many, '2026-11-02', 'quarter', [['s', '37%']], 20000000) as unknown[][];
    expect(rows.slice(4, 7)).toEqual([
      ['P10', 'between 96024572.28 and 96036873.66'],
      ['P50', 'between 126044039.94 and 126059758.37'],
      ['P90', 'between 157233505.52 and 157251274.18'],
    ]);
    expect(rows[1]).toEqual(['expected won amount', 126415316.55]);
    const [, chance] = rows[7]!;
    const [, lower, upper] = /^between (\S+) and (\S+)$/.exec(chance as string)!.map(Number);
    expect([rows[7]![0], lower! > 0.9999999 && lower! < upper! && upper! <= 1, rows.at(-1)]).toEqual(['P(won ≥ quota)', true, ['method', 'bracketed-lattice']]);
  });

  it('reads blanks as the other range readers do: empty rows after the last left out, an empty required cell named', () => {
    const run = (rows: Cell[][], p: Cell[][] = [['demo', '20%']]) => sheets.FUNNEL_FORECAST(rows, '2026-11-02', 'quarter', p);
    expect((run([['id', 'amount', 'stage'], ['a', 1000, 'demo'], ['', '', ''], [null, undefined, '']]) as unknown[][])[1]).toEqual(['expected won amount', 200]);
    expect(run([['id', 'amount', 'stage'], ['a', 1000, 'demo'], ['', '', ''], ['c', 10, 'demo']])).toBe('#FUNNEL! Row 3, column 1 of deals is empty; give a value there, or select a range without gaps.');
    expect(run([['id', 'amount', 'stage'], ['a', 1000, '']])).toBe('#FUNNEL! Row 2, column 3 of deals is empty; give a value there, or select a range without gaps.');
    expect(run([['id', 'amount', 'stage'], ['a', 1000, 'demo']], [['demo', '20%'], ['', ''], ['trial', '']])).toBe(
      '#FUNNEL! Row 2, column 1 of probabilities is empty; give a value there, or select a range without gaps.',
    );
    expect(run([['id', 'amount', 'stage'], ['a', 1000, 'demo']], [['demo', '20%'], ['trial', '']])).toBe(
      '#FUNNEL! Row 2, column 2 of probabilities is empty; give a value there, or select a range without gaps.',
    );
    expect((run([['id', 'stage', 'amount']]) as unknown[][])[1]).toEqual(['expected won amount', 0]);
  });

  it('refuses a header without the required columns, a stage given twice, and names the row of a bad deal', () => {
    const p = [['demo', '20%']];
    expect(sheets.FUNNEL_FORECAST([['id', 'amount'], ['a', 1]], '2026-11-02', 'quarter', p)).toBe(
      '#FUNNEL! The header row of deals should be a row of column names with id, amount, stage, each once; got a list of 2.',
    );
    expect(sheets.FUNNEL_FORECAST([['id', 'amount', 'stage', 'Amount'], ['a', 1, 'demo', 2]], '2026-11-02', 'quarter', p)).toBe(
      '#FUNNEL! The header row of deals should be a row of column names with id, amount, stage, each once; got a list of 4.',
    );
    expect(sheets.FUNNEL_FORECAST([['id', 'amount', 'stage'], ['a', 1, 'demo']], '2026-11-02', 'quarter', [['demo', '20%'], ['demo', '30%']])).toBe(
      '#FUNNEL! The stages of probabilities have the id "demo" twice (at row 1 and row 2); give each its own id.',
    );
    expect(sheets.FUNNEL_FORECAST([['id', 'amount', 'stage'], ['a', 1, 'demo'], ['b', -5, 'demo']], '2026-11-02', 'quarter', p)).toBe(
      '#FUNNEL! The amount of deal 2 cannot be negative; got -5. Deal 2 is row 3 of deals.',
    );
    expect(sheets.FUNNEL_FORECAST([['id', 'amount', 'stage'], ['a', 1, 'demo']], '2026-11-02', 'quarter', [['demo']])).toBe(
      '#FUNNEL! The cells given for probabilities should be two columns: the stage and its probability; got a list of 1.',
    );
  });
});

describe('FUNNEL_CAPACITY', () => {
  it('gives headcount, expected headcount, ramped equivalents and capacity per month, then the totals', () => {
    // ana fully ramped; ben starts in January: 25%, 50%, 75%; a quarterly quota of 150000 is 50000 a month
    const reps = [['id', 'start'], ['ana', '2025-06-01'], ['ben', '2026-01-01'], ['', '']];
    expect(sheets.FUNNEL_CAPACITY(reps, [['25%', '50%', '75%']], 150000, '2026-01', 3, '', '', '', '', 'quarter')).toEqual([
      ['month', 'headcount', 'expected headcount', 'ramped equivalents', 'capacity'],
      ['2026-01', 2, 2, 1.25, 62500],
      ['2026-02', 2, 2, 1.5, 75000],
      ['2026-03', 2, 2, 1.75, 87500],
      ['total', '', '', 4.5, 225000],
    ]);
  });

  it('with attrition, attainment and a planned hire: exact expected values, shown at the end', () => {
    // one rep, 10% a month leave, not replaced: 1, 0.9, 0.81 expected; 80% of 1000 a month. A hire of
    // 2 on March 1st with no ramp adds 2 in March.
    const out = sheets.FUNNEL_CAPACITY([['id', 'start'], ['ana', '2025-01-01']], '', 1000, new Date(2026, 0, 15), 3, '80%', '10%', '', [['Start', 'count'], ['2026-03-01', 2]]);
    expect(out).toEqual([
      ['month', 'headcount', 'expected headcount', 'ramped equivalents', 'capacity'],
      ['2026-01', 1, 1, 1, 800],
      ['2026-02', 1, 0.9, 0.9, 720],
      ['2026-03', 3, 2.81, 2.81, 2248],
      ['total', '', '', 4.71, 3768],
    ]);
    const plan = capacityPlan({ reps: [{ id: 'ana', start: '2025-01-01' }], quotaPerRep: 1000, attainment: '80%', attrition: '10%', hires: [{ start: '2026-03-01', count: 2 }], periods: { from: '2026-01', months: 3 } });
    expect(plan.months.map((m) => m.capacity.toString())).toEqual(['800', '720', '2248']);
  });

  it('reads a month as text, a date cell or an Excel serial, and names the row of a bad rep', () => {
    const first = (from: unknown) => (sheets.FUNNEL_CAPACITY('', '', 1000, from as string, 1, '', '', '', [['start'], ['2025-01-01']]) as unknown[][])[1];
    expect([first('2026-02'), first(46054), first('2026-02-17')]).toEqual([
      ['2026-02', 1, 1, 1, 1000],
      ['2026-02', 1, 1, 1, 1000],
      ['2026-02', 1, 1, 1, 1000],
    ]);
    expect(sheets.FUNNEL_CAPACITY([['id', 'start'], ['ana', '2026-01-01'], ['ana', '2026-02-01']], '', 1000, '2026-01', 2)).toBe(
      '#FUNNEL! The reps have the id "ana" twice (at 1 and 2); give each its own id. Rep 2 is row 3 of reps.',
    );
    expect(sheets.FUNNEL_CAPACITY([['id', 'start'], ['ana', '']], '', 1000, '2026-01', 2)).toBe('#FUNNEL! Row 2, column 2 of reps is empty; give a value there, or select a range without gaps.');
  });
});

describe('FUNNEL_HIRES_NEEDED', () => {
  const reps = [['id', 'start'], ...Array.from({ length: 8 }, (_, i) => [`rep${i + 1}`, '2025-01-01'])];
  it('gives the hires and the latest start, as the library does', () => {
    // 8 ramped reps make 400000 a month; each hire adds 50000 once ramped (3 months at 25%, 50%, 75%)
    expect(sheets.FUNNEL_HIRES_NEEDED(500000, '2026-06', reps, [['25%', '50%', '75%']], 150000, '2026-01', '', '', '', '', 'quarter')).toEqual([
      ['hires', 2],
      ['latest start', '2026-03'],
      ['capacity without hires', 400000],
      ['capacity with them', 500000],
    ]);
    const need = hiresNeeded(500000, { reps: reps.slice(1).map(([id, start]) => ({ id: id!, start: start! })), ramp: ['25%', '50%', '75%'], quotaPerRep: 150000, quotaPer: 'quarter', periods: { from: '2026-01', months: 6 }, deadline: '2026-06' });
    expect(need.feasible && [need.hires, need.latestStart]).toEqual([2, '2026-03']);
    expect(sheets.FUNNEL_HIRES_NEEDED(300000, '2026-06', reps, '', 50000, '2026-01')).toEqual([
      ['hires', 0],
      ['latest start', 'no hire needed'],
      ['capacity without hires', 400000],
      ['capacity with them', 400000],
    ]);
  });
  it('says in a sentence when no number of hires can reach the goal, and refuses a deadline before the first month', () => {
    expect(sheets.FUNNEL_HIRES_NEEDED(500000, '2026-02', reps, [['0%', '0%', '50%']], 150000, '2026-01', '', '', '', '', 'quarter')).toEqual([
      ['No number of hires reaches 500000 by 2026-02: a rep hired in 2026-01 or later adds no capacity by then (the ramp gives nothing so early).'],
    ]);
    expect(sheets.FUNNEL_HIRES_NEEDED(500000, '2025-12', reps, '', 50000, '2026-01')).toBe('#FUNNEL! The deadline month should be a month within the periods; got "2025-12".');
  });
});

describe('the three in Excel', () => {
  it('give matrices and Excel errors from createExcelFunctions', () => {
    class CellError {
      constructor(
        readonly code: string,
        readonly message: string,
      ) {}
    }
    const excel = sheets.createExcelFunctions({ Error: CellError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } });
    expect(excel.FUNNEL_FORECAST(deals, [[46328]], [['quarter']], probabilities, [[6500]], null)[7]).toEqual(['P(won ≥ quota)', 0.4375]);
    expect(excel.FUNNEL_CAPACITY(null, null, [[1000]], [[46023]], [[1]])).toEqual([
      ['month', 'headcount', 'expected headcount', 'ramped equivalents', 'capacity'],
      ['2026-01', 0, 0, 0, 0],
      ['total', '', '', 0, 0],
    ]);
    expect(excel.FUNNEL_HIRES_NEEDED([[100000]], [['2026-03']], null, null, [[50000]], [['2026-01']])).toEqual([
      ['hires', 2],
      ['latest start', '2026-03'],
      ['capacity without hires', 0],
      ['capacity with them', 100000],
    ]);
    expect(excel.FUNNEL_FORECAST([['id', 'amount']], [[46328]], [['quarter']], probabilities)).toEqual([
      [new CellError('#VALUE!', 'The header row of deals should be a row of column names with id, amount, stage, each once; got a list of 2.')],
    ]);
  });

  it('appear in the functions.json the add-in build generates, with their parameters in order', async () => {
    const { generateCustomFunctionsMetadata } = createRequire(import.meta.url)('custom-functions-metadata') as {
      generateCustomFunctionsMetadata(file: string, log?: boolean): Promise<{ metadataJson: string; errors: string[] }>;
    };
    const generated = await generateCustomFunctionsMetadata(join(root, 'examples', 'excel', 'functions.js'), false);
    expect(generated.errors).toEqual([]);
    const functions = JSON.parse(generated.metadataJson).functions as { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[];
    const shape = (id: string) => {
      const f = functions.find((g) => g.id === id)!;
      return [f.name, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(' ')];
    };
    expect(shape('FUNNEL_FORECAST')).toEqual(['FORECAST', 'deals asOf period probabilities [quota] [fiscalYearStart]']);
    expect(shape('FUNNEL_CAPACITY')).toEqual(['CAPACITY', 'reps ramp quotaPerRep from months [attainment] [attrition] [backfillDelayMonths] [hires] [quotaPer]']);
    expect(shape('FUNNEL_HIRES_NEEDED')).toEqual(['HIRES_NEEDED', 'goal deadline reps ramp quotaPerRep from [attainment] [attrition] [backfillDelayMonths] [hires] [quotaPer] [measure] [hireFrom]']);
  });
});

describe('the three in the global bundle, in a separate V8 isolate', () => {
  it('answer from the Apps Script example as they do here', () => {
    const node = process.env['npm_node_execpath'] ?? process.execPath;
    // the one Apps Script service Code.gs calls, as isolate.test.ts gives it
    const work = mkdtempSync(join(tmpdir(), 'funnel-math-forecast-'));
    const host = join(work, 'host.js');
    writeFileSync(host, 'var SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => "Etc/UTC" }) };');
    const expressions = [
      `FUNNEL_FORECAST(${JSON.stringify(deals)}, '2026-11-02', 'quarter', ${JSON.stringify(probabilities)}, 6500)`,
      `FUNNEL_CAPACITY([['id', 'start'], ['ana', '2025-06-01'], ['ben', '2026-01-01']], [['25%', '50%', '75%']], 150000, '2026-01', 3, '', '', '', '', 'quarter')`,
      `FUNNEL_HIRES_NEEDED(500000, '2026-02', [['id', 'start'], ['ana', '2025-01-01']], [['0%', '0%', '50%']], 150000, '2026-01', '', '', '', '', 'quarter')`,
    ];
    const run = spawnSync(node, ['--no-node-snapshot', join(import.meta.dirname, 'isolate.mjs'), join(root, 'dist', 'funnel-math.global.js'), host, join(root, 'examples', 'apps-script', 'Code.gs')], {
      input: JSON.stringify(expressions),
      encoding: 'utf8',
      timeout: 60_000,
    });
    rmSync(work, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      { value: sheets.FUNNEL_FORECAST(deals, '2026-11-02', 'quarter', probabilities, 6500) },
      { value: sheets.FUNNEL_CAPACITY([['id', 'start'], ['ana', '2025-06-01'], ['ben', '2026-01-01']], [['25%', '50%', '75%']], 150000, '2026-01', 3, '', '', '', '', 'quarter') },
      { value: [['No number of hires reaches 500000 by 2026-02: a rep hired in 2026-01 or later adds no capacity by then (the ramp gives nothing so early).']] },
    ]);
  });
});
