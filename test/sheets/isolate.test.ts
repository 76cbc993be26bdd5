import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as sheets from '../../src/sheets/index.js';
import { midnightIn } from './zones.js';

/**
 * The global bundle and the two spreadsheet examples in a separate V8 isolate (isolated-vm): no
 * require, no process, no Node anything, one global scope shared by the files as the hosts load
 * them. The isolate runs in a child process started with --no-node-snapshot (isolated-vm needs it
 * on Node 20), so `npm test` needs no flag. The child runs on the Node that npm runs on, the one
 * that installed isolated-vm's native addon (npm scripts may find another `node` first on PATH).
 */
const node = process.env['npm_node_execpath'] ?? process.execPath;
const root = join(import.meta.dirname, '..', '..');
const bundle = join(root, 'dist', 'funnel-math.global.js');
const work = mkdtempSync(join(tmpdir(), 'funnel-math-isolate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function inIsolate(scripts: string[], expressions: string[]): { value?: unknown; threw?: string }[] {
  const files = scripts.map((script, i) => {
    if (script.startsWith(root)) return script;
    const file = join(work, `host-${i}-${Math.random().toString(36).slice(2)}.js`);
    writeFileSync(file, script);
    return file;
  });
  const run = spawnSync(node, ['--no-node-snapshot', join(import.meta.dirname, 'isolate.mjs'), ...files], { input: JSON.stringify(expressions), encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const names = Object.keys(sheets).filter((name) => /^[A-Z_]+$/.test(name)).sort();

describe('the global bundle in a separate V8 isolate', () => {
  it('has no Node globals there, and plans exactly', () => {
    const [globals, plan, functions] = inIsolate(
      [bundle],
      [
        `[typeof process, typeof require, typeof module, typeof Buffer]`,
        `FunnelMath.requiredActivity(FunnelMath.defineFunnel(['call', 'appointment', 'sale']), { goal: 50, rates: { appointment: '15%', sale: '1/3' } }).required`,
        `[Object.keys(FunnelMath.sheets).filter((name) => /^[A-Z_]+$/.test(name)).sort(), Object.keys(FunnelMath.sheets.createExcelFunctions()).sort()]`,
      ],
    );
    expect(globals).toEqual({ value: ['undefined', 'undefined', 'undefined', 'undefined'] });
    expect(plan).toEqual({ value: { call: 1000, appointment: 150, sale: 50 } });
    expect(functions).toEqual({ value: [names, names] });
  });
});

describe('examples/apps-script/Code.gs in a separate V8 isolate', () => {
  const host = (zone: string) => `var SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => ${JSON.stringify(zone)} }) };`;
  it.each(['Asia/Tokyo', 'America/Los_Angeles', 'Etc/UTC'])('answers like the library, date cells of a %s sheet included', (zone) => {
    const day = (d: number) => `new Date(${midnightIn(zone, 2026, 11, d).getTime()})`;
    const results = inIsolate(
      [bundle, host(zone), join(root, 'examples', 'apps-script', 'Code.gs')],
      [
        `FUNNEL_REQUIRED([[50], [20]], [['15%', '1/3']])`,
        `FUNNEL_PER_DAY(1000, ${day(1)}, ${day(30)})`,
        `FUNNEL_PER_DAY(1000, ${day(1)}, ${day(30)}, [[${day(26)}], [${day(27)}]])`,
        `FUNNEL_RATES([[100], [''], [5]])`,
        `KPI_WIN_RATE([[10], [3]], [[5], [1]])`,
      ],
    );
    expect(results).toEqual([
      { value: [[1000, 150, 50], [400, 60, 20]] },
      { value: 48 },
      { value: 53 },
      { value: '#FUNNEL! Row 2 of counts is empty; give a value there, or select a range without gaps.' },
      { value: [[0.6666666666666666], [0.75]] },
    ]);
  });
});

describe('examples/excel/functions.js in a separate V8 isolate, with an object shaped like CustomFunctions', () => {
  const host = `var CustomFunctions = {
    Error: class CustomFunctionsError { constructor(code, message) { this.code = code; this.message = message; } },
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!' },
    associated: {},
    associate(id, fn) { this.associated[id] = fn; },
  };
  function describeCell(cell) { return cell instanceof CustomFunctions.Error ? { error: cell.code, message: cell.message } : cell; }`;
  let cached: ReturnType<typeof inIsolate> | undefined;
  const results = () =>
    (cached ??= inIsolate(
      [bundle, host, join(root, 'examples', 'excel', 'functions.js')],
      [
        `Object.keys(CustomFunctions.associated).sort()`,
        `Object.entries(CustomFunctions.associated).every(([id, fn]) => fn === globalThis[id])`,
        `FUNNEL_REQUIRED([[50]], [[0.15], ['1/3']], null)`,
        `FUNNEL_REQUIRED([[50], [20]], [['15%', '1/3']], null)`,
        `FUNNEL_PER_DAY([[1000]], [[46327]], [[46356]], null)`,
        `FUNNEL_PER_DAY([[1000], [500]], [[46327]], [[46356], [46339]], [['2026-11-26'], ['']])`,
        `RATE_CI([[10], [0]], [[15], [20]], null, null)`,
        `FUNNEL_REQUIRED([[50]], [[15]], null).map((row) => row.map(describeCell))`,
        `KPI_GROWTH_RATE([[0]], [[12]]).map((row) => row.map(describeCell))`,
        `FUNNEL_RATES([[100], [''], [5]]).map((row) => row.map(describeCell))`,
        `FUNNEL_RATES([[0], [0]]).map((row) => row.map(describeCell))`,
        `KPI_CAC([[50000], [1000]], [[40], [0]]).map((row) => row.map(describeCell))`,
      ],
    ));
  it('associates every function and computes exact values as matrices', () => {
    const r = results();
    expect(r.slice(0, 7)).toEqual([
      { value: names },
      { value: true },
      { value: [[1000], [150], [50]] },
      { value: [[1000, 150, 50], [400, 60, 20]] },
      { value: [[48]] },
      { value: [[50], [50]] },
      { value: [[0.41713547738519774, 0.8482367556028526], [0, 0.1611251580528193]] },
    ]);
  });
  it('errors are instances of CustomFunctions.Error: #VALUE! for a value to fix, #N/A for an undefined quantity', () => {
    const r = results();
    expect(r.slice(7)).toEqual([
      { value: [[{ error: '#VALUE!', message: 'The rate into "stage 2" is 1500.00%, above 100%: a rate is a share of the stage before. Write 15% as 0.15 or \'15%\', not 15.' }]] },
      { value: [[{ error: '#N/A', message: 'The growth rate (zero prior) is undefined for these inputs, and a number was asked for.' }]] },
      { value: [[{ error: '#VALUE!', message: 'Row 2 of counts is empty; give a value there, or select a range without gaps.' }]] },
      {
        value: [
          [0, '', { error: '#N/A', message: 'zero denominator' }],
          [0, { error: '#N/A', message: 'zero denominator' }, { error: '#N/A', message: 'zero denominator' }],
        ],
      },
      { value: [[1250], [{ error: '#N/A', message: 'The CAC (no new customers) is undefined for these inputs, and a number was asked for.' }]] },
    ]);
  });
});
