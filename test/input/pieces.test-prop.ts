import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { FunnelMathError } from '../../src/errors.js';
import { defineInput } from '../../src/input/parse.js';
import { countPiece, quickCount } from '../../src/input/number.js';
import { quickRate, readRate } from '../../src/input/rate.js';
import { choicePiece } from '../../src/input/choice.js';
import { Ratio } from '../../src/numbers/ratio.js';
import { quickGoal, readPlanGoal } from '../../src/plan/requiredActivity.js';

/** What a reader does with a value: its result as a string, or the code and path it throws. */
function outcome(run: () => unknown): string {
  try {
    const v = run();
    return `ok ${v instanceof Ratio ? v.toString() : JSON.stringify(v)}`;
  } catch (e) {
    if (!(e instanceof FunnelMathError)) throw e;
    return `${e.code} ${JSON.stringify(e.path)}`;
  }
}

const small = fc.integer({ min: -5, max: 200 });
const anyRate = fc.oneof(
  fc.double({ noNaN: false }),
  small,
  fc.constantFrom('15%', '1/3', '0', '1', '150%', '-5%', 'abc', '0.35', '1e-3', ' 2/7 ', '12.5 %', '1,5'),
  fc.record({ successes: small, trials: small }),
  fc.record({ num: small, den: small }),
  fc.record({ successes: small, trials: small, extra: small }),
  fc.record({ num: fc.constantFrom('1', 2, 3n), den: fc.constantFrom('3', 4, 0) }),
  fc.constantFrom(null, undefined, true, [], {}),
  // text parts, as JSON from a form gives them, and strings at the edges of the fast paths
  fc.record({ num: fc.constantFrom('3', '03', '', ' 4', '1.5', '40', '1234567890', '-2'), den: fc.constantFrom('40', '3', '0', '', '9876543210', 7) }),
  fc.record({ successes: fc.constantFrom('30', '0', '7.0', ''), trials: fc.constantFrom('200', '30', '29', 61) }),
  fc.constantFrom('7/25', '12.5%', '0.12345678901234%', '0.1234567890123%', '1/0', '0/5', '1234567890/9876543210', '3/2', '100%', '99.99999999999999%'),
);

describe('a piece’s quick check agrees with its reader wherever it answers', () => {
  it('rates: quickRate(v) ≠ undefined ⇒ quickRate(v) = readRate(v)', () => {
    fc.assert(
      fc.property(anyRate, (v) => {
        const quick = quickRate(v);
        if (quick === undefined) return;
        expect(quick.toString()).toBe(readRate(v, ['rate'], { subject: 'rate' }).toString());
        expect(quick.sign()).toBe(1);
        expect(quick.compare(Ratio.of(1))).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts: quickCount(v) ≠ undefined ⇒ quickCount(v) = the count piece’s reading of v', () => {
    const input = defineInput(z.strictObject({ n: countPiece() }));
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom('7', '2.5', -1, 2 ** 53)), (v) => {
        const quick = quickCount(v);
        if (quick !== undefined) expect(outcome(() => input.read({ n: v }).n)).toBe(`ok ${quick}`);
      }),
    );
  });
});

describe('the goal piece’s quick check agrees with its reader', () => {
  const amount = fc.oneof(fc.integer({ min: -5, max: 10 ** 7 }), fc.constantFrom('2400.50', '100000', '1e3', '-1', 'abc', 0.1, 2 ** 53, '0'));
  const stage = fc.constantFrom('sale', 'demo', 5, undefined, '');
  const goal = fc.oneof(
    fc.oneof(fc.integer({ min: -3, max: 10 ** 6 }), fc.double(), fc.constantFrom('50', 2 ** 53)),
    fc.record({ count: fc.oneof(fc.integer({ min: -3, max: 10 ** 6 }), fc.constantFrom('50', 2.5)), at: stage }, { requiredKeys: ['count'] }),
    fc.record({ revenue: amount, averageDealSize: amount, at: stage }, { requiredKeys: [] }),
    fc.record({ count: fc.nat(), revenue: amount, extra: fc.nat() }, { requiredKeys: [] }),
  );
  // an absent `at` and `at: undefined` mean the same goal
  const shown = (g: unknown) => JSON.stringify(g, (_, v) => (v instanceof Ratio ? `ratio ${v.toString()}` : v));

  it('quickGoal(g) ≠ undefined ⇒ quickGoal(g) = readPlanGoal(g)', () => {
    fc.assert(
      fc.property(goal, (g) => {
        const quick = quickGoal(g);
        if (quick !== undefined) expect(`ok ${shown(quick)}`).toBe(outcome(() => JSON.parse(shown(readPlanGoal(g, ['goal'])))));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the compiled reader and zod agree on which inputs are good', () => {
  const schema = z.strictObject({
    n: countPiece(),
    rounding: z.optional(choicePiece(z.enum(['each-stage', 'once']), 'rounding')),
  });
  const input = defineInput(schema);
  const value = fc.oneof(fc.integer({ min: -3, max: 50 }), fc.constantFrom('each-stage', 'once', 'nearest', '4', 2.5, null, undefined));
  const options = fc.oneof(
    fc.record({ n: value, rounding: value }, { requiredKeys: [] }),
    fc.record({ n: value, rounding: value, other: value }, { requiredKeys: ['other'] }),
    fc.constantFrom(5, null, [], 'x'),
  );

  it('input.read(o) succeeds ⇔ schema.safeParse(o) succeeds, with the same value; and fails with the same code', () => {
    fc.assert(
      fc.property(options, (o) => {
        const parsed = schema.safeParse(o);
        const read = outcome(() => input.read(o));
        expect(read.startsWith('ok')).toBe(parsed.success);
        if (parsed.success) expect(read).toBe(`ok ${JSON.stringify(parsed.data)}`);
      }),
      { numRuns: 1000 },
    );
  });
});
