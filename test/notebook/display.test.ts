import { deepStrictEqual } from 'node:assert/strict';
import { describe, expect, it, vi } from 'vitest';
import * as coreOutside from '../../src/index.js';
import { withDisplay } from '../../src/render/display.js';
import { errorOf } from '../helpers/honest.js';

/**
 * What Node and Deno load (src/node.ts, the "node" export condition) gives every result its own
 * Jupyter display, so a result that is the last expression of a notebook cell shows as a table
 * without a display() around it, while JSON, keys, spread and deep equality stay as they were.
 */
const JUPYTER = Symbol.for('Jupyter.display');

// Outside a kernel the entry exports the functions as they are (see the last test); here the module
// is loaded as `deno jupyter` loads it, with the kernel's `Deno.jupyter` namespace present.
const outside = await import('../../src/node.js');
vi.resetModules();
vi.stubGlobal('Deno', { jupyter: { broadcast: () => undefined } });
const node = await import('../../src/node.js');
const core = await import('../../src/index.js');
vi.unstubAllGlobals();
type Bundle = { readonly [mime: string]: string };
const shown = (value: unknown): Bundle => {
  const method = (value as { [JUPYTER]?: () => Bundle })[JUPYTER];
  if (typeof method !== 'function') throw new Error('the value has no Jupyter display');
  return method.call(value);
};

const funnel = node.defineFunnel(['call', 'appointment', 'sale'] as const);
const rates = { appointment: '15%', sale: '1/3' };
const plan = node.requiredActivity(funnel, { goal: 50, rates });
const log = [
  { prospect: 'p1', stage: 'call', at: '2026-11-02' },
  { prospect: 'p1', stage: 'appointment', at: '2026-11-04' },
  { prospect: 'p2', stage: 'call', at: '2026-11-03' },
] as const;
const goal = {
  title: 'Grow revenue of our core product', metric: 'revenue', unit: 'USD', target: 5_000_000,
  baseline: { value: 700_000, period: '2025' }, start: '2026-01-01', deadline: '2026-12-31',
  owner: 'Sales team', method: 'consultative selling', checkIn: 'monthly',
} as const;

describe('results show themselves as tables in Jupyter (the Node and Deno entry)', () => {
  const tabled: [string, () => unknown][] = [
    ['a plan', () => plan],
    ['counted rates', () => node.funnelFromCounts(funnel, { call: 100, appointment: 25, sale: 5 })],
    ['an activity report', () => node.analyzeFunnel(funnel, log)],
    ['an activity report from columns', () => node.analyzeColumns(funnel, { prospect: Int32Array.from([1, 1, 2]), stage: Uint8Array.from([0, 1, 0]), at: Float64Array.from([0, 86_400_000, 0]) })],
    ['an accumulator’s report', () => node.createFunnelAccumulator(funnel).addMany([...log]).result()],
    ['the report of an accumulator read back from JSON', () => node.funnelAccumulatorFromJSON(node.createFunnelAccumulator(funnel).addMany([...log]).toJSON()).result()],
    ['a schedule', () => node.schedule(plan, { start: '2026-11-01', end: '2026-11-30', per: 'week' })],
    ['a SMART check', () => node.validateSmart(goal, { history: [{ period: '2024', value: 640_000 }, { period: '2025', value: 700_000 }] })],
    ['a table', () => node.toTable([{ rep: 'Ana', calls: 40 }])],
  ];
  it.each(tabled)('%s: text/html, text/markdown and text/plain, the views of its table', (_, make) => {
    const result = make();
    expect(shown(result)).toEqual({ 'text/html': core.toHtml(result), 'text/markdown': core.toMarkdown(result), 'text/plain': core.toText(result) });
  });

  it('a plan shows the figures of the article: 1,000 calls for 50 sales, 48 calls a working day', () => {
    expect(shown(plan)['text/plain']!.split('\n')[4]).toBe('call            1,000  —      —');
    const perDay = node.schedule(plan, { start: '2026-11-01', end: '2026-11-30', per: 'month' });
    expect(shown(perDay)['text/html']).toContain('<tr><td dir="auto">per working day</td><td dir="auto" style="text-align:right">—</td><td dir="auto" style="text-align:right">48</td>');
  });

  it('the display is invisible to JSON, Object.keys, spread, for…in and deep equality', () => {
    const bare = core.requiredActivity(core.defineFunnel(['call', 'appointment', 'sale'] as const), { goal: 50, rates });
    expect(JSON.stringify(plan)).toBe(JSON.stringify(bare));
    expect(Object.keys(plan)).toEqual(Object.keys(bare));
    expect(Object.getOwnPropertySymbols(bare)).toEqual([]);
    expect(Object.getOwnPropertySymbols({ ...plan })).toEqual([]);
    const keys: string[] = [];
    for (const k in plan) keys.push(k);
    expect(keys).toEqual(Object.keys(bare));
    expect(plan).toStrictEqual({ ...plan });
    expect(() => deepStrictEqual(plan, { ...plan })).not.toThrow();
    expect(Object.getOwnPropertyDescriptor(plan, JUPYTER)?.enumerable).toBe(false);
  });

  it('a result with its display is still read back as a result: a plan scheduled, counts as rates', () => {
    const counted = node.funnelFromCounts(funnel, { call: 100, appointment: 25, sale: 5 });
    expect(node.requiredActivity(funnel, { goal: 15, rates: counted }).required).toEqual({ call: 300, appointment: 75, sale: 15 });
    expect(node.schedule(plan, { start: '2026-11-01', end: '2026-11-30', per: 'month' }).perWorkingDay).toEqual({ call: 48, appointment: 8, sale: 3 });
  });

  it('kinds without a table layout are shown field by field, a rate as a percent and a message as the note', () => {
    expect(shown(node.rateInterval(10, 15))['text/plain']!.split('\n')).toEqual([
      'Interval', '', 'field      value', '---------  ------',
      'estimate   0.667', 'rate       66.7%', 'lower      0.417', 'upper      0.848', 'method     wilson', 'level      0.95', 'successes  10', 'trials     15', 'reason     —',
    ]);
    const comparison = shown(node.compareRates({ successes: 10, trials: 15 }, { successes: 5, trials: 25 }))['text/markdown']!;
    expect(comparison).toContain('| a.rate | 66.7% |');
    expect(comparison).toContain('_b converts at 20.0% and a at 66.7%');
    const outliers = shown(node.outliers({ ana: { successes: 10, trials: 15 }, ben: { successes: 30, trials: 200 } }))['text/plain']!;
    expect(outliers).toContain('ana          10      15  66.7%     0.667  level 0.95, lower 0, upper 0.383; level 0.998, lower 0, upper 0.497         above          0.998');
    expect(shown(node.forecast(funnel, { activity: 800, rates }))['text/plain']).toContain('call              800  800');
    expect(shown(node.ltv({ arpa: 100, grossMargin: '80%', churn: '2%' }))['text/plain']!.split('\n')[0]).toBe('LTV');
  });

  it('field by field, an amount is its digits and a multiple its value with the exact fraction beside it', () => {
    const coverage = shown(node.pipelineCoverage({ openPipeline: 325000, quota: 100000 }))['text/plain']!.split('\n');
    expect(coverage).toContain('value         3.25 (13/4)');
    expect(coverage).toContain('openPipeline  325000');
    const pace = shown(node.pace({ title: 'Calls', metric: 'calls', target: 1000, start: '2026-11-02', deadline: '2026-11-27' }, { actual: 380, asOf: '2026-11-11' }))['text/plain']!;
    expect(pace).toContain('requiredPerWorkingDay  51.67 (155/3)');
    expect(pace).toContain('elapsed                40.0%');
  });

  it('every function that returns a result is wrapped once, under its own name and length; nothing else is', () => {
    // functions whose value is not a result: definitions, values, views, guards, the classes
    const notResults = ['FunnelMathError', 'Ratio', 'apportion', 'defineFunnel', 'defineGoal', 'display', 'errorMessage', 'parseRatio', 'toHtml', 'toMarkdown', 'toSvg', 'toText', 'winWithin', 'workingDays'].sort();
    const functions = Object.entries(core).filter(([, v]) => typeof v === 'function');
    const wrapped = functions.filter(([name, v]) => (node as Record<string, unknown>)[name] !== v).map(([name]) => name);
    const unwrapped = functions.filter(([name, v]) => (node as Record<string, unknown>)[name] === v).map(([name]) => name).sort();
    expect(unwrapped.filter((name) => !/^is[A-Z]/.test(name))).toEqual(notResults);
    expect(wrapped).toHaveLength(69);
    expect(Object.keys(node).sort()).toEqual(Object.keys(core).sort());
    for (const name of wrapped) {
      const [a, b] = [(core as Record<string, unknown>)[name] as (...args: never[]) => unknown, (node as Record<string, unknown>)[name] as (...args: never[]) => unknown];
      expect([b.name, b.length]).toEqual([a.name, a.length]);
    }
  });

  it('only results are given a display: not a misspelt kind, a definition, a frozen result or an array', () => {
    const misspelt = { kind: 'plann', stages: [] };
    expect(Object.getOwnPropertySymbols(withDisplay(misspelt))).toEqual([]);
    expect(JUPYTER in node.defineFunnel(['a', 'b'] as const)).toBe(false);
    const frozen = Object.freeze({ ...core.rateInterval(1, 2) });
    expect(withDisplay(frozen)).toBe(frozen);
    expect(Object.getOwnPropertySymbols(withDisplay([plan]))).toEqual([]);
  });
});

describe('display() for a view of your choice', () => {
  const counted = core.funnelFromCounts(core.defineFunnel(['call', 'sale'] as const), { call: 100, sale: 5 });
  const bundle = (value: unknown, options?: coreOutside.DisplayOptions): Bundle => core.display(value, options)[JUPYTER]!();

  it("as: 'chart' gives the chart as image/svg+xml (its options passed on) and the table as text/plain", () => {
    const chart = bundle(counted, { as: 'chart', chart: { width: 400 } });
    expect(Object.keys(chart)).toEqual(['image/svg+xml', 'text/plain']);
    expect(chart['image/svg+xml']).toBe(core.toSvg(counted, { width: 400 }));
    expect(chart['text/plain']).toBe(core.toText(counted));
  });

  it("as: 'table', the default, is the three views of the table", () => {
    expect(bundle(counted, { as: 'table' })).toEqual(bundle(counted));
    expect(Object.keys(bundle(counted))).toEqual(['text/html', 'text/markdown', 'text/plain']);
  });

  it('another view is INVALID_CHOICE, a misspelt option UNKNOWN_OPTION with a suggestion', () => {
    const view = errorOf(() => core.display(counted, { as: 'graph' as 'chart' }));
    expect([view.code, view.path, view.message]).toEqual(['INVALID_CHOICE', ['options', 'as'], 'The view should be one of "table", "chart"; got "graph".']);
    const key = errorOf(() => core.display(counted, { az: 'chart' } as coreOutside.DisplayOptions));
    expect([key.code, key.path, key.message]).toEqual(['UNKNOWN_OPTION', ['options', 'az'], 'The key "az" is not one that is taken here (it takes "as", "chart"). Did you mean "as"?']);
  });

  it('a chart of a kind the chart does not draw is refused as toSvg refuses it', () => {
    const interval = core.rateInterval(10, 15);
    expect(errorOf(() => core.display(interval, { as: 'chart' })).code).toBe(errorOf(() => core.toSvg(interval)).code);
  });
});

describe('outside a notebook kernel', () => {
  it('the entry exports the functions themselves: no wrapper, no hidden method, no cost', () => {
    expect(outside.requiredActivity).toBe(coreOutside.requiredActivity);
    expect(outside.createFunnelAccumulator).toBe(coreOutside.createFunnelAccumulator);
    const plan = outside.requiredActivity(outside.defineFunnel(['call', 'sale'] as const), { goal: 50, rates: { sale: '5%' } });
    expect(Object.getOwnPropertySymbols(plan)).toEqual([]);
    expect(node.requiredActivity).not.toBe(core.requiredActivity);
  });
});
