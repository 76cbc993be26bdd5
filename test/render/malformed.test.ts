import { describe, expect, it } from 'vitest';
import {
  analyzeFunnel,
  defineFunnel,
  display,
  funnelFromCounts,
  ltv,
  requiredActivity,
  schedule,
  toHtml,
  toMarkdown,
  toSvg,
  toTable,
  toText,
  validateSmart,
  type ErrorPath,
} from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

/*
 * Renderers on malformed results: every one either draws a valid result or throws INVALID_INPUT with
 * the path of the bad field — never a TypeError or RangeError, and never "NaN", "Infinity" or
 * "undefined" in its output.
 */
const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
const counts = funnelFromCounts(funnel, { call: 100, appointment: 20, sale: 5 });
const report = analyzeFunnel(funnel, [
  { prospect: 'p1', stage: 'call', at: '2026-11-02' },
  { prospect: 'p1', stage: 'appointment', at: '2026-11-03' },
  { prospect: 'p2', stage: 'call', at: '2026-11-02' },
]);
const sched = schedule(plan, { start: '2026-11-01', end: '2026-11-30' });
const smart = validateSmart({ title: 'Calls', metric: 'calls', target: 1000 });
const table = toTable(plan);

type Json = Record<string, unknown>;
const clone = <T>(v: T): Json => JSON.parse(JSON.stringify(v)) as Json;
/** A JSON copy of `value` with `edit` applied: malformed on purpose. */
type Copy = Json & { stages: Json[]; periods: Json[]; rows: unknown[][] };
function broken(value: unknown, edit: (copy: Copy) => void): Json {
  const copy = clone(value) as Copy;
  edit(copy);
  return copy;
}

const cyclicStages: Json = { ...plan };
cyclicStages['stages'] = [cyclicStages];
const cycleElsewhere: Json = { ...plan };
cycleElsewhere['self'] = cycleElsewhere;
const selfOnly: Json = {};
selfOnly['self'] = selfOnly;
const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('boom');
    },
    getPrototypeOf() {
      throw new Error('boom');
    },
  },
);
const throwingGet = new Proxy({} as Json, {
  get() {
    throw new Error('boom');
  },
});
const planWithThrowingStages = new Proxy({ ...plan } as unknown as Json, {
  get(target, key) {
    if (key === 'stages') throw new Error('boom');
    return target[key as string];
  },
});
const planWithThrowingStage = { ...plan, stages: [throwingGet, ...plan.stages.slice(1)] };

const R = (...p: (string | number)[]): ErrorPath => ['result', ...p];
/** [what, value, path from the table views, path from toSvg] — `null`: drawn (and checked to be honest). */
const CASES: [string, unknown, ErrorPath | null, ErrorPath | null][] = [
  ['a plan without stages', broken(plan, (p) => delete (p as Json)['stages']), R('stages'), R('stages')],
  ['a plan whose stages is an object', broken(plan, (p) => ((p as Json)['stages'] = { call: 1 })), R('stages'), R('stages')],
  ['a plan whose required is a string', broken(plan, (p) => (p.stages[1]!['required'] = '150')), R('stages', 1, 'required'), R('stages', 1, 'required')],
  ['a plan whose required is NaN', { ...plan, stages: [{ ...plan.stages[0]!, required: Number.NaN }, ...plan.stages.slice(1)] }, R('stages', 0, 'required'), R('stages', 0, 'required')],
  ['a plan whose required is Infinity', { ...plan, stages: [{ ...plan.stages[0]!, required: Infinity }] }, R('stages', 0, 'required'), R('stages', 0, 'required')],
  ['a plan whose required is negative', broken(plan, (p) => (p.stages[2]!['required'] = -1)), R('stages', 2, 'required'), R('stages', 2, 'required')],
  ['a plan whose required is fractional', broken(plan, (p) => (p.stages[2]!['required'] = 1.5)), R('stages', 2, 'required'), R('stages', 2, 'required')],
  ['a plan whose rate is a number', broken(plan, (p) => (p.stages[1]!['rate'] = 0.15)), R('stages', 1, 'rate'), R('stages', 1, 'rate')],
  ['a plan whose rate is not a fraction', broken(plan, (p) => (p.stages[1]!['rate'] = 'NaN')), R('stages', 1, 'rate'), R('stages', 1, 'rate')],
  ['a plan whose stage id is a number', broken(plan, (p) => (p.stages[0]!['stage'] = 7)), R('stages', 0, 'stage'), R('stages', 0, 'stage')],
  ['a plan without its rounding policy', broken(plan, (p) => delete p['roundingPolicy']), R('roundingPolicy'), null],
  ['a plan whose stages hold the plan itself', cyclicStages, R('stages', 0, 'stage'), R('stages', 0, 'stage')],
  ['a plan with a cycle in a field nobody draws', cycleElsewhere, null, null],
  ['counts whose count is a string', broken(counts, (c) => (c.stages[1]!['count'] = '20')), R('stages', 1, 'count'), R('stages', 1, 'count')],
  ['counts whose count is NaN', { ...counts, stages: [{ ...counts.stages[0]!, count: Number.NaN }] }, R('stages', 0, 'count'), R('stages', 0, 'count')],
  ['counts without ofFirst', broken(counts, (c) => delete c.stages[1]!['ofFirst']), R('stages', 1, 'ofFirst'), null],
  ['counts whose rate has no denominator stage', broken(counts, (c) => delete (c.stages[1]!['ofPrevious'] as Json)['of']), R('stages', 1, 'ofPrevious', 'of'), R('stages', 1, 'ofPrevious', 'of')],
  ['counts whose warnings is not a list', broken(counts, (c) => (c['warnings'] = 'none')), R('warnings'), null],
  ['an activity report whose touches is NaN', { ...report, stages: [{ ...report.stages[0]!, touches: Number.NaN }, ...report.stages.slice(1)] }, R('stages', 0, 'touches'), null],
  ['an activity report without stages', broken(report, (r) => delete (r as Json)['stages']), R('stages'), R('stages')],
  ['a schedule missing a stage in a period', broken(sched, (s) => delete (s.periods[0]!['targets'] as Json)['call']), R('periods', 0, 'targets', 'call'), R('periods', 0, 'targets', 'call')],
  ['a schedule whose per-day target is NaN', { ...sched, perWorkingDay: { ...sched.perWorkingDay, sale: Number.NaN } }, R('perWorkingDay', 'sale'), null],
  ['a schedule whose periods is missing', broken(sched, (s) => delete (s as Json)['periods']), R('periods'), R('periods')],
  ['a SMART check missing a criterion', broken(smart, (s) => delete (s['criteria'] as Json)['achievable']), R('criteria', 'achievable'), R('kind')],
  ['a SMART check whose findings is a string', broken(smart, (s) => (s['findings'] = 'ok')), R('findings'), R('kind')],
  ['a table row one cell short', broken(table, (t) => t.rows[0]!.pop()), R('rows', 0), R('kind')],
  ['a table cell that is NaN', { ...table, rows: [['call', Number.NaN, null, null]] }, R('rows', 0, 1), R('kind')],
  ['a table without notes', broken(table, (t) => delete t['notes']), R('notes'), R('kind')],
  ['an unknown kind', { ...plan, kind: 'plans' }, R('kind'), R('kind')],
  ['a kind with no view', ltv({ arpa: 100, grossMargin: '80%', churn: '2%' }), R('kind'), R('kind')],
  ['a plan without its kind', broken(plan, (p) => delete p['kind']), R(), R()],
  ['a kind that is not a string', { ...plan, kind: 1 }, R(), R()],
  ['a cycle without a kind', selfOnly, R(), R()],
  ['a Proxy whose every trap throws', throwing, R(), R()],
  ['a Proxy whose property reads throw', throwingGet, R(), R()],
  ['a plan whose stages throw when read', planWithThrowingStages, R(), R()],
  ['a plan with a stage that throws when read', planWithThrowingStage, R(), R()],
  ['a Map', new Map([['kind', 'plan']]), R(), R()],
  ['null', null, R(), R()],
];

const VIEWS: [string, (v: unknown) => unknown][] = [
  ['toTable', toTable],
  ['toText', toText],
  ['toMarkdown', toMarkdown],
  ['toHtml', toHtml],
  ['display', (v) => display(v)[Symbol.for('Jupyter.display')]!()],
];

const DISHONEST = /NaN|Infinity|undefined|\[object Object\]/;

/** A field that is absent is MISSING_VALUE; one that is there but wrong is INVALID_INPUT (one code per condition). */
function codeAt(value: unknown, path: ErrorPath): string {
  let v: unknown = value;
  for (const key of path.slice(1)) {
    if (v === null || typeof v !== 'object') return 'INVALID_INPUT';
    v = Object.hasOwn(v, key) ? (v as Record<string | number, unknown>)[key] : undefined;
  }
  return v === undefined ? 'MISSING_VALUE' : 'INVALID_INPUT';
}

describe('renderers refuse malformed results with MISSING_VALUE or INVALID_INPUT and the path of the bad field', () => {
  for (const [what, value, tablePath, svgPath] of CASES) {
    for (const [name, view] of VIEWS) {
      it(`${name}: ${what}`, () => {
        if (name === 'display' && what === 'a kind with no view') {
          // display shows a kind without a table layout field by field (a test of its own in render.test.ts)
          expect(JSON.stringify(view(value))).not.toMatch(DISHONEST);
          return;
        }
        if (tablePath === null) {
          expect(JSON.stringify(view(value))).not.toMatch(DISHONEST);
          return;
        }
        const error = errorOf(() => view(value));
        expect([error.code, error.path]).toEqual([/when read/.test(what) ? 'UNREADABLE_INPUT' : codeAt(value, tablePath), tablePath]);
        expect(error.message).not.toMatch(/toTable|toSvg|undefined/);
      });
    }
    it(`toSvg: ${what}`, () => {
      if (svgPath === null) {
        expect(toSvg(value)).not.toMatch(DISHONEST);
        return;
      }
      const error = errorOf(() => toSvg(value));
      expect([error.code, error.path]).toEqual([/when read/.test(what) ? 'UNREADABLE_INPUT' : codeAt(value, svgPath), svgPath]);
      expect(error.message).not.toMatch(/toTable|toSvg|undefined/);
    });
  }
});

describe('renderers dispatch on kind', () => {
  it('a result and its JSON copy give the same table', () => {
    for (const result of [plan, counts, report, sched, smart]) expect(toTable(clone(result))).toEqual(toTable(result));
    expect(toText(clone(table))).toBe(toText(plan));
  });
  it('an activity report is drawn as one, not as counts that happen to have the same fields', () => {
    expect(toTable(report).title).toBe('Funnel from activity');
    expect(toTable(counts).title).toBe('Conversion rates');
    expect(toSvg(report)).toContain('<title>Funnel from activity</title>');
    expect(toSvg(counts)).toContain('<title>Funnel</title>');
  });
  it('a hand-made table needs its kind', () => {
    const { kind: _, ...bare } = table;
    expect(errorOf(() => toText(bare)).path).toEqual(['result']);
    expect(toText({ ...bare, kind: 'table' })).toBe(toText(plan));
  });
});

describe('toSvg options', () => {
  it.each<[unknown, string, ErrorPath]>([
    [null, 'INVALID_INPUT', ['options']],
    [{ width: Number.NaN }, 'INVALID_INPUT', ['options', 'width']],
    [{ width: '640' }, 'INVALID_INPUT', ['options', 'width']],
    [{ title: 5 }, 'INVALID_INPUT', ['options', 'title']],
    [{ widht: 500 }, 'UNKNOWN_OPTION', ['options', 'widht']],
  ])('refuses %o', (options, code, path) => {
    const error = errorOf(() => toSvg(plan, options as never));
    expect([error.code, error.path]).toEqual([code, path]);
  });
  it('keeps the width between 240 and 4000 pixels, wider only where the labels need it', () => {
    const short = { kind: 'plan', stages: [{ stage: 'a', required: 9, rate: null }, { stage: 'b', required: 3, rate: null }] };
    expect(toSvg(short, { width: 10 })).toContain(' width="240"');
    expect(toSvg(plan, { width: 1e9 })).toContain(' width="4000"');
    // "33.3% of appointment" beside a bar of at least 160 pixels does not fit in 240
    expect(Number(/ width="(\d+)"/.exec(toSvg(plan, { width: 10 }))![1])).toBeGreaterThan(240);
  });
});
