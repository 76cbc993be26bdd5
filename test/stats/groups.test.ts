import { describe, expect, it } from 'vitest';
import { adjustPValues, compareGroups, compareRates, display, homogeneity, isGroupComparison, isHomogeneity } from '../../src/index.js';
import { exactCore } from '../../src/stats/homogeneity.js';
import { errorOf } from '../helpers/honest.js';

/** Five reps' appointments and sales this quarter (the example of docs/uncertainty.md). */
const reps = {
  ana: { successes: 18, trials: 40 },
  ben: { successes: 9, trials: 45 },
  eva: { successes: 11, trials: 38 },
  ivo: { successes: 10, trials: 42 },
  mia: { successes: 21, trials: 35 },
};

describe('adjustPValues', () => {
  it('Holm by default, in the order given, the method named', () => {
    const r = adjustPValues([0.01, 0.04, 0.03, 0.2]);
    expect(r).toEqual({ kind: 'adjusted-p-values', method: 'holm', pValues: [0.01, 0.04, 0.03, 0.2], adjusted: [0.04, 0.09, 0.09, 0.2] });
  });
  it('Hochberg steps up from the largest: here 0.06 for both middle values', () => {
    expect(adjustPValues([0.01, 0.04, 0.03, 0.2], { method: 'hochberg' }).adjusted).toEqual([0.04, 0.08, 0.08, 0.2]);
  });
  it('one p-value is returned as it is by every method', () => {
    for (const method of ['holm', 'hochberg', 'benjamini-hochberg', 'bonferroni'] as const) expect(adjustPValues([0.03], { method }).adjusted).toEqual([0.03]);
  });
  it('caps at 1 and keeps 0', () => {
    expect(adjustPValues([0, 0.6, 0.9], { method: 'bonferroni' }).adjusted).toEqual([0, 1, 1]);
  });
  it('reads percents and fractions', () => {
    expect(adjustPValues(['1%', '1/25'], { method: 'bonferroni' }).adjusted).toEqual([0.02, 0.08]);
  });
  it('refuses what is not a list of p-values, each with its code and path', () => {
    const cases: [unknown, unknown, string, (string | number)[]][] = [
      [[], undefined, 'EMPTY_LIST', ['pValues']],
      [0.05, undefined, 'INVALID_INPUT', ['pValues']],
      [[0.1, 1.5], undefined, 'OUT_OF_RANGE', ['pValues', 1]],
      [[-0.1], undefined, 'NEGATIVE', ['pValues', 0]],
      [[Number.NaN], undefined, 'NOT_FINITE', ['pValues', 0]],
      [['abc'], undefined, 'INVALID_NUMBER', ['pValues', 0]],
      // eslint-disable-next-line no-sparse-arrays
      [[0.1, , 0.2], undefined, 'MISSING_VALUE', ['pValues', 1]],
      [[0.1], { method: 'sidak' }, 'INVALID_CHOICE', ['options', 'method']],
      [[0.1], { mehtod: 'holm' }, 'UNKNOWN_OPTION', ['options', 'mehtod']],
    ];
    for (const [p, o, code, path] of cases) {
      const e = errorOf(() => adjustPValues(p as never, o as never));
      expect([e.code, e.path], JSON.stringify(p)).toEqual([code, path]);
    }
    expect(errorOf(() => adjustPValues([0.1, 1.5])).message).toBe('P-value 2 should be a p-value from 0 to 1, such as 0.03; got 1.5.');
    expect(errorOf(() => adjustPValues([])).message).toBe('The p-values: the list is empty; give a list of one or more p-values from 0 to 1, such as [0.01, 0.04, 0.2].');
    const throwing = [0.1];
    Object.defineProperty(throwing, 0, { get: () => { throw new Error('boom'); } });
    expect(errorOf(() => adjustPValues(throwing)).code).toBe('UNREADABLE_INPUT');
  });
});

describe('homogeneity', () => {
  it('three reps: Pearson chi-square with 2 degrees of freedom, exact expected counts', () => {
    const h = homogeneity({ ana: { successes: 12, trials: 20 }, ben: { successes: 5, trials: 22 }, eva: { successes: 9, trials: 18 } });
    expect(h.pooled.toString()).toBe('13/30');
    expect(h.groups.map((g) => [g.name, g.rate.toString(), g.expectedSuccesses.toString(), g.expectedFailures.toString()])).toEqual([
      ['ana', '3/5', '26/3', '34/3'],
      ['ben', '5/22', '143/15', '187/15'],
      ['eva', '1/2', '39/5', '51/5'],
    ]);
    expect(h.smallestExpected.toString()).toBe('39/5');
    expect([h.chiSquare.degreesOfFreedom, h.chiSquare.correction, h.recommended, h.test, h.exact, h.exactUnavailable]).toEqual([2, 'none', 'chi-square', 'chi-square', null, 'not-needed']);
    expect(h.chiSquare.statistic).toBeCloseTo(6.392431098313451, 12);
    expect(h.pValue).toBe(h.chiSquare.pValue);
    expect(h.message).toBe('These 3 groups do not all convert at one rate (p = 0.041; pooled rate 43.3%): every expected count is at least 5, so the chi-square test is used.');
  });
  it('small counts: the exact test is recommended and used, and says so', () => {
    const h = homogeneity({ a: { successes: 1, trials: 10 }, b: { successes: 6, trials: 10 } });
    expect([h.recommended, h.test, h.exact!.method, h.exact!.tables]).toEqual(['exact', 'exact', 'fisher', 8]);
    expect(h.pValue).toBeCloseTo(0.05727554179566564, 14);
    expect(h.message).toMatch(/an expected count is below 5 \(3\.50\), so the exact test is used\.$/);
  });
  it("Yates' correction for two groups, named in the result; refused for more", () => {
    const two = { a: { successes: 10, trials: 100 }, b: { successes: 25, trials: 100 } };
    expect(homogeneity(two, { correction: 'yates' }).chiSquare.correction).toBe('yates');
    expect(homogeneity(two, { correction: 'yates' }).chiSquare.statistic).toBeLessThan(homogeneity(two).chiSquare.statistic);
    const e = errorOf(() => homogeneity(reps, { correction: 'yates' }));
    expect([e.code, e.path, e.message]).toEqual(['INVALID_CHOICE', ['options', 'correction'], `The continuity correction (Yates' correction is for two groups only) should be one of "none"; got "yates".`]);
  });
  it('every trial with the same outcome: no difference to find, X² = 0 and p = 1', () => {
    const h = homogeneity({ a: { successes: 0, trials: 10 }, b: { successes: 0, trials: 30 } });
    expect([h.chiSquare.statistic, h.chiSquare.pValue, h.pValue, h.exact!.pValue]).toEqual([0, 1, 1, 1]);
    expect(h.message).toMatch(/^Every trial had the same outcome/);
  });
  it('too many tables for the exact test: null with the reason, the chi-square read instead', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`rep${i}`, { successes: i % 3, trials: 30 }]));
    const h = homogeneity(many);
    expect([h.recommended, h.exact, h.exactUnavailable, h.test]).toEqual(['exact', null, 'too-many-tables', 'chi-square']);
    expect(h.message).toMatch(/read the chi-square p-value as a rough guide/);
    expect(exactCore([{ successes: 1, trials: 2_000_000 }, { successes: 5, trials: 2_000_000 }]).unavailable).toBe(null);
    expect(exactCore([{ successes: 1_000_000, trials: 2_000_000 }, { successes: 1_000_005, trials: 2_000_000 }]).unavailable).toBe('too-many-tables');
  });
  it('the exact test enumerates the tables once each: 10 groups of 1 trial with 1 success give 10 tables', () => {
    const e = exactCore(Array.from({ length: 10 }, (_, i) => ({ successes: i === 0 ? 1 : 0, trials: 1 }))).test!;
    expect([e.tables, e.method]).toEqual([10, 'freeman-halton']);
    expect(e.pValue).toBeCloseTo(1, 14);
  });
  it('is a homogeneity result, shown as tables', () => {
    const h = homogeneity(reps);
    expect(isHomogeneity(h)).toBe(true);
    const text = display(h)[Symbol.for('Jupyter.display')]!()['text/plain'];
    expect(text).toContain('chiSquare.degreesOfFreedom');
    expect(text).toContain('expectedSuccesses');
  });
});

describe('compareGroups', () => {
  it('five reps, each against the rest: only mia converts differently after Holm', () => {
    const c = compareGroups(reps);
    expect([c.kind, c.against, c.baseline, c.level, c.adjust, c.comparisons]).toEqual(['group-comparison', 'rest', null, 0.95, 'holm', 5]);
    expect(c.groups.map((g) => [g.name, g.rate.toString(), g.reference!.rate.toString(), g.verdict])).toEqual([
      ['ana', '9/20', '51/160', 'no-clear-difference'],
      ['ben', '1/5', '12/31', 'no-clear-difference'],
      ['eva', '11/38', '29/81', 'no-clear-difference'],
      ['ivo', '5/21', '59/158', 'no-clear-difference'],
      ['mia', '3/5', '16/55', 'higher'],
    ]);
    // ben alone looks different (p = 0.020), but not once five comparisons are made
    expect(c.groups[1]!.pValue!).toBeLessThan(0.05);
    expect(c.groups[1]!.adjustedPValue!).toBeGreaterThan(0.05);
    expect(c.groups.map((g) => g.adjustedPValue)).toEqual(adjustPValues(c.groups.map((g) => g.pValue!)).adjusted);
    expect(c.homogeneity.test).toBe('chi-square');
    expect(c.message).toBe(
      'Compared each of 5 groups against the rest: "mia" higher at 95% after Holm\'s adjustment. These 5 groups do not all convert at one rate (p < 0.001; pooled rate 34.5%): every expected count is at least 5, so the chi-square test is used.',
    );
  });
  it('the z-test is the one compareRates reports', () => {
    const c = compareGroups(reps, { baseline: 'ana' });
    const mia = compareRates(reps.ana, reps.mia).zTest!;
    expect([c.groups[4]!.z, c.groups[4]!.pValue]).toEqual([mia.z, mia.pValue]);
    expect(c.groups[4]!.difference).toBe(21 / 35 - 18 / 40);
  });
  it('against a baseline: k − 1 comparisons, the baseline marked', () => {
    const c = compareGroups(reps, { baseline: 'ben', adjust: 'benjamini-hochberg', level: '90%' });
    expect([c.against, c.baseline, c.comparisons, c.adjust, c.level]).toEqual(['baseline', 'ben', 4, 'benjamini-hochberg', 0.9]);
    expect(c.groups[1]).toMatchObject({ name: 'ben', verdict: 'baseline', reference: null, pValue: null, adjustedPValue: null });
    expect(c.groups.map((g) => g.verdict)).toEqual(['higher', 'baseline', 'no-clear-difference', 'no-clear-difference', 'higher']);
  });
  it('equal rates are no difference, whatever the level', () => {
    const c = compareGroups({ a: { successes: 0, trials: 10 }, b: { successes: 0, trials: 20 } }, { level: 0.5 });
    expect(c.groups.map((g) => [g.z, g.pValue, g.verdict])).toEqual([[0, 1, 'no-clear-difference'], [0, 1, 'no-clear-difference']]);
  });
  it('is a group comparison, shown as tables (the groups as rows)', () => {
    const c = compareGroups(reps);
    expect(isGroupComparison(c)).toBe(true);
    const text = display(c)[Symbol.for('Jupyter.display')]!()['text/plain'];
    expect(text).toContain('adjustedPValue');
    expect(text).toMatch(/mia +21 +35 +60\.0%/);
  });
  it('refuses each bad input with its code, a path at the value and plain words', () => {
    const cases: [unknown, unknown, string, (string | number)[], string?][] = [
      [{ ana: { successes: 3, trials: 10 } }, undefined, 'TOO_FEW_VALUES', ['groups'], 'At least 2 entries are needed in the groups; got 1.'],
      [{}, undefined, 'TOO_FEW_VALUES', ['groups']],
      [{ ana: { successes: 0, trials: 0 }, ben: { successes: 1, trials: 5 } }, undefined, 'NO_TRIALS', ['groups', 'ana', 'trials'], 'The group "ana" has 0 trials, so there is no rate yet; give a rate or more data.'],
      [{ ana: { successes: 6, trials: 5 }, ben: { successes: 1, trials: 5 } }, undefined, 'SUCCESSES_ABOVE_TRIALS', ['groups', 'ana']],
      [{ ana: { successes: 1.5, trials: 5 }, ben: { successes: 1, trials: 5 } }, undefined, 'NOT_INTEGER', ['groups', 'ana', 'successes']],
      [{ ana: { successes: -1, trials: 5 }, ben: { successes: 1, trials: 5 } }, undefined, 'NEGATIVE', ['groups', 'ana', 'successes']],
      [{ ana: { successes: 1 }, ben: { successes: 1, trials: 5 } }, undefined, 'MISSING_VALUE', ['groups', 'ana', 'trials']],
      [[{ successes: 1, trials: 5 }], undefined, 'INVALID_INPUT', ['groups']],
      [reps, { baseline: 'zoe' }, 'INVALID_CHOICE', ['options', 'baseline']],
      [reps, { baseline: 'Ana' }, 'INVALID_CHOICE', ['options', 'baseline'], 'The baseline group should be one of "ana" (or another group); got "Ana".'],
      [reps, { baseline: 3 }, 'INVALID_INPUT', ['options', 'baseline']],
      [reps, { adjust: 'sidak' }, 'INVALID_CHOICE', ['options', 'adjust']],
      [reps, { level: 1.5 }, 'OUT_OF_RANGE', ['options', 'level']],
      [reps, { correction: 'yates' }, 'INVALID_CHOICE', ['options', 'correction']],
      [reps, { baseLine: 'ana' }, 'UNKNOWN_OPTION', ['options', 'baseLine']],
    ];
    for (const [g, o, code, path, message] of cases) {
      for (const run of [() => compareGroups(g as never, o as never), ...(o === undefined ? [() => homogeneity(g as never)] : [])]) {
        const e = errorOf(run);
        expect([e.code, e.path], `${JSON.stringify(g)} ${JSON.stringify(o)}`).toEqual([code, path]);
        if (message !== undefined) expect(e.message).toBe(message);
      }
    }
    expect(errorOf(() => compareGroups(reps, { baseline: 'zoe' })).message).toBe('The baseline group should be one of "ana", "ben", "eva", "ivo", "mia"; got "zoe".');
  });
  it('names such as __proto__ and constructor are ordinary groups', () => {
    const g = JSON.parse('{"__proto__": {"successes": 1, "trials": 4}, "constructor": {"successes": 3, "trials": 4}}') as never;
    const c = compareGroups(g, { baseline: '__proto__' });
    expect(c.groups.map((x) => [x.name, x.verdict])).toEqual([['__proto__', 'baseline'], ['constructor', 'no-clear-difference']]);
  });
});
