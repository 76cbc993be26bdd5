import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeFunnel,
  defineFunnel,
  display,
  FunnelMathError,
  funnelFromCounts,
  outcomeRange,
  outliers,
  requiredActivity,
  schedule,
  toHtml,
  toMarkdown,
  toSvg,
  toTable,
  toText,
  validateSmart,
} from '../../src/index.js';
import { dishonestNumbers } from '../helpers/honest.js';

const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
const RESULTS: unknown[] = [
  plan,
  funnelFromCounts(funnel, { call: 100, appointment: 20, sale: 5 }),
  analyzeFunnel(funnel, [
    { prospect: 'p1', stage: 'call', at: '2026-11-02' },
    { prospect: 'p1', stage: 'appointment', at: '2026-11-03' },
  ]),
  schedule(plan, { start: '2026-11-01', end: '2026-11-30', per: 'week' }),
  validateSmart({ title: 'Calls', metric: 'calls', target: 1000 }),
  toTable(plan),
  outliers({ ana: { successes: 10, trials: 15 }, ben: { successes: 30, trials: 200 }, new: { successes: 0, trials: 0 } }),
  outcomeRange(funnel, { activity: 1000, rates: { appointment: '15%', sale: '1/3' } }),
];

type Node = Record<string | number, unknown>;
/** Every [container, key] in a JSON tree, so one property can be replaced or removed. */
function slots(value: unknown, out: [Node, string | number][] = []): [Node, string | number][] {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const k = Array.isArray(value) ? Number(key) : key;
      out.push([value as Node, k]);
      slots((value as Node)[k], out);
    }
  }
  return out;
}

const DELETE = Symbol('delete');
/** Values a malformed result might hold; no text that spells NaN or Infinity itself. */
const replacement = fc.oneof(
  fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, -1, 1.5, 2 ** 60, -0, null, undefined, true, '', 'x', [], {}, 1n, DELETE),
  fc.integer(),
  fc.double(),
  fc.string().filter((s) => !/NaN|Infinity|undefined/.test(s)),
  fc.array(fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.constant(null)), { maxLength: 3 }),
);

const VIEWS: [string, (v: unknown) => unknown][] = [
  ['toTable', toTable],
  ['toText', toText],
  ['toMarkdown', toMarkdown],
  ['toHtml', toHtml],
  ['display', (v) => display(v)[Symbol.for('Jupyter.display')]!()],
  ['toSvg', toSvg],
  ['toSvg, time to convert, dark, log', (v) => toSvg(v, { chart: 'time-to-convert', theme: 'dark', scale: 'log', goal: 30 })],
];

describe('renderers on a result with one field broken', () => {
  it('draw without NaN, Infinity or "undefined", or throw INVALID_INPUT at a path under result: view(break(r)) ∈ honest ∪ refused', () => {
    fc.assert(
      fc.property(fc.nat(RESULTS.length - 1), fc.nat(), replacement, (which, at, value) => {
        const copy = JSON.parse(JSON.stringify(RESULTS[which])) as unknown;
        const all = slots(copy);
        const [node, key] = all[at % all.length]!;
        if (value === DELETE) delete node[key];
        else node[key] = value;
        for (const [name, view] of VIEWS) {
          let out: unknown;
          try {
            out = view(copy);
          } catch (error) {
            expect(error, name).toBeInstanceOf(FunnelMathError);
            // an absent field is MISSING_VALUE, one that is there but wrong INVALID_INPUT
            // (a text outside the few a field takes, such as the status of an outlier, INVALID_CHOICE)
            const allowed = value === DELETE || value === undefined ? ['MISSING_VALUE', 'INVALID_INPUT', 'INVALID_CHOICE'] : ['INVALID_INPUT', 'INVALID_CHOICE'];
            expect(allowed, name).toContain((error as FunnelMathError).code);
            expect((error as FunnelMathError).path[0], name).toBe('result');
            continue;
          }
          expect(dishonestNumbers(out), name).toEqual([]);
          expect(JSON.stringify(out), name).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
