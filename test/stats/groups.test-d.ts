import { describe, expectTypeOf, it } from 'vitest';
import { adjustPValues, compareGroups, homogeneity, type AdjustMethod, type GroupVerdict } from '../../src/index.js';

const reps = { ana: { successes: 10, trials: 15 }, ben: { successes: 30, trials: 200 } };

describe('many-group types', () => {
  it('results carry literal kinds and named conventions', () => {
    expectTypeOf(adjustPValues([0.01]).kind).toEqualTypeOf<'adjusted-p-values'>();
    expectTypeOf(adjustPValues([0.01]).method).toEqualTypeOf<AdjustMethod>();
    expectTypeOf(homogeneity(reps).kind).toEqualTypeOf<'homogeneity'>();
    expectTypeOf(homogeneity(reps).chiSquare.correction).toEqualTypeOf<'none' | 'yates'>();
    expectTypeOf(compareGroups(reps).kind).toEqualTypeOf<'group-comparison'>();
    expectTypeOf(compareGroups(reps).groups[0]!.verdict).toEqualTypeOf<GroupVerdict>();
  });
  it('a misspelt method or option does not compile', () => {
    // @ts-expect-error: not a method
    adjustPValues([0.01], { method: 'sidak' });
    // @ts-expect-error: not an option
    compareGroups(reps, { baseLine: 'ana' });
    // @ts-expect-error: not a correction
    homogeneity(reps, { correction: 'williams' });
  });
});
