import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ratio, attainment, cascadeGoal, pace, validateSmart, type CascadeInto } from '../../src/index.js';
import { expectHonest } from '../helpers/honest.js';
import { context, good } from './fixtures.js';

const DAY = 86_400_000;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const BASE_DAY = Date.UTC(2026, 0, 1) / DAY;
const window = fc.record({ from: fc.integer({ min: 0, max: 700 }), length: fc.integer({ min: 1, max: 500 }) });
const into = fc.constantFrom<CascadeInto>('quarter', 'month', 'week', 'day');
const rank = { 'off-track': 0, 'at-risk': 1, 'on-track': 2 } as const;

describe('pace properties', () => {
  it('is monotone in actual: more actual never worsens status, gap or projection (at-least); less never worsens (at-most)', () => {
    fc.assert(
      fc.property(
        window,
        fc.integer({ min: -30, max: 800 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.boolean(),
        ({ from, length }, asOf, a, b, down) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const goal = down
            ? { title: 'Churn', metric: 'churn', target: 'below 1%', baseline: '4%', start: iso(BASE_DAY + from), deadline: iso(BASE_DAY + from + length) }
            : { title: 'Calls', metric: 'calls', target: 3000, start: iso(BASE_DAY + from), deadline: iso(BASE_DAY + from + length) };
          const actual = (x: number) => (down ? Ratio.of(x, 100_000) : x);
          let p: ReturnType<typeof pace>;
          let q: ReturnType<typeof pace>;
          try {
            p = pace(goal, { actual: actual(lo), asOf: iso(BASE_DAY + asOf) });
            q = pace(goal, { actual: actual(hi), asOf: iso(BASE_DAY + asOf) });
          } catch (error) {
            expect((error as { code?: string }).code).toBe('NO_WORKING_DAYS');
            return;
          }
          expectHonest(() => p);
          const [worse, better] = down ? [q, p] : [p, q];
          expect(rank[worse.status]).toBeLessThanOrEqual(rank[better.status]);
          expect((p.gap as Ratio).compare(q.gap as Ratio)).toBeLessThanOrEqual(0);
          if (p.projection !== null) expect((p.projection as Ratio).compare(q.projection as Ratio)).toBeLessThanOrEqual(0);
          expect((p.expected as Ratio).equals(q.expected as Ratio)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('attainment properties', () => {
  it('is 0 at the baseline and 1 at the target: attainment(baseline) = 0, attainment(target) = 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 }), fc.constantFrom('revenue', 'calls', 'churn', 'deal size'), (b, t, metric) => {
        fc.pre(b !== t);
        const scale = metric === 'churn' ? 10 ** 9 : 1;
        const goal = { title: 'G', metric, target: { value: Ratio.of(t, scale) }, baseline: Ratio.of(b, scale) };
        expect(attainment(goal, Ratio.of(b, scale)).value!.toString()).toBe('0');
        expect(attainment(goal, Ratio.of(t, scale)).value!.toString()).toBe('1');
        expect(attainment(goal, Ratio.of(t, scale)).met).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateSmart properties', () => {
  it('a goal that passes stays passing when made less ambitious: pass(g) ∧ target′ ≤ target ⇒ pass(g′)', () => {
    let passed = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 2000 }).map((x) => x / 1000),
        fc.array(fc.integer({ min: 20, max: 80 }), { minLength: 0, maxLength: 5 }),
        (target, lower, perRepPerDay, fraction, history) => {
          const less = Math.max(1, Math.min(target, Math.ceil(target * fraction), lower));
          const ctx = {
            ...context,
            history: history.map((value, i) => ({ period: `2024-Q${(i % 4) + 1}`.replace('2024', String(2024 + Math.floor(i / 4))), value })),
            capacity: { call: { reps: 3, perRepPerDay } },
          };
          const report = validateSmart({ ...good, baseline: history.length ? undefined : good.baseline, target }, ctx);
          if (report.verdict !== 'pass') return;
          passed++;
          const easier = validateSmart({ ...good, baseline: history.length ? undefined : good.baseline, target: less }, ctx);
          expect(easier.verdict, JSON.stringify(easier.findings.map((f) => f.code))).toBe('pass');
        },
      ),
      { numRuns: 400 },
    );
    expect(passed).toBeGreaterThan(20);
  });

  it('is honest on structured random goals: findings or FunnelMathError, never NaN', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            metric: fc.constantFrom('revenue', 'calls', 'win rate', 'churn', 'LTV', 'custom thing', ''),
            target: fc.oneof(fc.integer({ min: -10, max: 10 ** 7 }), fc.constantFrom('+10%', '-5%', 'below 1%', '+8pp', 'lots', '0', '150%', '-100%')),
            baseline: fc.oneof(fc.integer({ min: 0, max: 10 ** 7 }), fc.constantFrom('2%', '0', 'n/a')),
            start: fc.constantFrom('2026-01-01', '2026-13-01', undefined),
            deadline: fc.constantFrom('2026-01-02', '2026-12-31', '2031-01-01', undefined),
            checkIn: fc.constantFrom('daily', 'monthly', undefined),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom({}, context, { history: context.history }, { channels: context.channels }),
        (fields, ctx) => {
          expectHonest(() => validateSmart({ title: 'T', ...fields } as never, ctx));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('cascadeGoal, pace and attainment are honest on structured random goals', () => {
  const goalArb = fc.record(
    {
      metric: fc.constantFrom('revenue', 'calls', 'win rate', 'churn', 'LTV', 'cycle length', 'coaching hours', 'widgets'),
      target: fc.oneof(fc.integer({ min: 0, max: 10 ** 12 }), fc.constantFrom('+10%', '-5%', 'below 1%', '+8pp', '-100%', '0', '1/3', '+0%')),
      baseline: fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }), fc.constantFrom('2%', '0', '1/7')),
      start: fc.integer({ min: -400, max: 400 }).map((d) => iso(BASE_DAY + d)),
      deadline: fc.integer({ min: -400, max: 800 }).map((d) => iso(BASE_DAY + d)),
      level: fc.constantFrom('annual', 'stretch', 'team'),
    },
    { requiredKeys: ['metric', 'target'] },
  );
  it('returns an honest result or throws FunnelMathError', () => {
    fc.assert(
      fc.property(
        goalArb,
        into,
        fc.option(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), { nil: undefined }),
        fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }), fc.constantFrom('1.5%', '0')),
        fc.integer({ min: -500, max: 900 }),
        (fields, per, weights, actual, asOf) => {
          const goal = { title: 'G', unit: 'USD', ...fields } as never;
          expectHonest(() => cascadeGoal(goal, { into: per, ...(weights ? { weights } : {}), reps: ['a', 'b', 'c'] }));
          expectHonest(() => pace(goal, { actual, asOf: iso(BASE_DAY + asOf) }));
          expectHonest(() => attainment(goal, actual));
          expectHonest(() => validateSmart(goal, context));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('goals boundary properties', () => {
  const calls = { title: 'Calls', metric: 'calls', target: 1000, start: '2026-11-02', deadline: '2026-11-27' } as const;
  /** Where a goals function reads a value of 0 or more, and the path it reports. */
  const readers: readonly [string, (x: unknown) => unknown, readonly (string | number)[]][] = [
    ['goal baseline', (x) => attainment({ ...calls, baseline: x } as never, 1), ['goal', 'baseline']],
    ['attainment actual', (x) => attainment(calls, x as number), ['actual']],
    ['pace actual', (x) => pace(calls, { actual: x as number, asOf: '2026-11-11' }), ['options', 'actual']],
    ['pace weight', (x) => pace(calls, { actual: 1, asOf: '2026-11-11', weights: [x as number] }), ['options', 'weights', 0]],
    ['cascade weight', (x) => cascadeGoal(calls, { into: 'month', weights: [x as number] }), ['options', 'weights', 0]],
    ['history value', (x) => validateSmart(good, { history: [{ period: '2025', value: x as number }] }), ['context', 'history', 0, 'value']],
    ['capacity reps', (x) => validateSmart(good, { ...context, capacity: { call: { reps: x as number, perRepPerDay: 5 } } }), ['context', 'capacity', 'call', 'reps']],
  ];
  const codeOf = (run: () => unknown): [string, unknown] => {
    try {
      run();
    } catch (error) {
      return [(error as { code: string }).code, (error as { path: unknown }).path];
    }
    return ['none', null];
  };

  it('the same bad value gets the same code everywhere: negative → NEGATIVE, not a number → INVALID_NUMBER, NaN → NOT_FINITE', () => {
    const bad = fc.oneof(
      fc.double({ min: -1e12, max: -1e-6, noNaN: true }).map((x) => ['NEGATIVE', x] as const),
      fc.integer({ max: -1 }).map((x) => ['NEGATIVE', String(x)] as const),
      fc.constantFrom('lots', 'ten', '1,5', '').map((x) => ['INVALID_NUMBER', x] as const),
      fc.constant(['NOT_FINITE', Number.NaN] as const),
    );
    fc.assert(
      fc.property(bad, fc.constantFrom(...readers), ([code, value], [, read, path]) => {
        expect(codeOf(() => read(value))).toEqual([code, path]);
      }),
      { numRuns: 200 },
    );
  });
});
