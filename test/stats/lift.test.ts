import { describe, expect, it } from 'vitest';
import { comparisonSampleSize, detectableLift, display, isComparisonSampleSize, isRelativeLift, relativeLift, sampleSize } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const a10 = { successes: 10, trials: 100 };
const b25 = { successes: 25, trials: 100 };

describe('relativeLift', () => {
  it('25 of 100 against 10 of 100: 2.5 times the rate, 3 times the odds, exact', () => {
    const r = relativeLift(a10, b25);
    expect([r.riskRatio.ratio?.toString(), r.oddsRatio.ratio?.toString(), r.lift?.toString()]).toEqual(['5/2', '3', '3/2']);
    expect([r.riskRatio.estimate, r.oddsRatio.estimate]).toEqual([2.5, 3]);
    expect([r.kind, r.method, r.level, r.riskRatio.method, r.oddsRatio.method]).toEqual(['relative-lift', 'score', 0.95, 'miettinen-nurminen', 'miettinen-nurminen']);
    // statsmodels confint_proportions_2indep(25, 100, 10, 100, compare='ratio', method='score')
    expect(r.riskRatio.lower!.toFixed(12)).toBe('1.293291724442');
    expect(r.riskRatio.upper!.toFixed(12)).toBe('4.915231028182');
    expect(r.riskRatio.pValue!.toFixed(10)).toBe('0.0053616065');
    expect([r.riskRatio.reason, r.oddsRatio.reason]).toEqual([null, null]);
    expect([r.a.rate?.toString(), r.b.rate?.toString()]).toEqual(['1/10', '1/4']);
  });
  it("the log intervals: Katz for the ratio, Woolf's logit for the odds", () => {
    const r = relativeLift(a10, b25, { method: 'log', level: '90%' });
    expect([r.method, r.riskRatio.method, r.oddsRatio.method, r.level]).toEqual(['log', 'katz-log', 'woolf-logit', 0.9]);
    // exp(ln 2.5 ± z·√(1/25 − 1/100 + 1/10 − 1/100))
    const se = Math.sqrt(1 / 25 - 1 / 100 + 1 / 10 - 1 / 100);
    expect(Math.abs(r.riskRatio.lower! - Math.exp(Math.log(2.5) - 1.6448536269514722 * se))).toBeLessThan(1e-12);
  });
  it('no successes in b: the ratio is exactly 0 and so is the lower bound', () => {
    const r = relativeLift({ successes: 3, trials: 40 }, { successes: 0, trials: 35 });
    expect([r.riskRatio.ratio?.toString(), r.riskRatio.lower, r.riskRatio.reason, r.lift?.toString()]).toEqual(['0', 0, null, '-1']);
    expect(r.riskRatio.upper!).toBeGreaterThan(1);
    const log = relativeLift({ successes: 3, trials: 40 }, { successes: 0, trials: 35 }, { method: 'log' });
    expect([log.riskRatio.ratio?.toString(), log.riskRatio.lower, log.riskRatio.upper, log.riskRatio.reason]).toEqual(['0', null, null, 'zero-count']);
  });
  it('no successes in a: the ratio is unbounded — null with a reason, never Infinity; the lower bound stays', () => {
    const r = relativeLift({ successes: 0, trials: 40 }, { successes: 3, trials: 35 });
    expect([r.riskRatio.ratio, r.riskRatio.estimate, r.riskRatio.upper, r.riskRatio.reason, r.lift]).toEqual([null, null, null, 'unbounded', null]);
    expect(r.riskRatio.lower!).toBeGreaterThan(0);
    expect(r.oddsRatio.reason).toBe('unbounded');
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
  });
  it('0 of n against 0 of m has no ratio; all against all has a risk ratio of 1 and no odds ratio', () => {
    const none = relativeLift({ successes: 0, trials: 20 }, { successes: 0, trials: 30 });
    expect([none.riskRatio.reason, none.oddsRatio.reason, none.riskRatio.lower, none.lift]).toEqual(['no-successes', 'no-successes', null, null]);
    const all = relativeLift({ successes: 40, trials: 40 }, { successes: 35, trials: 35 });
    expect([all.riskRatio.ratio?.toString(), all.oddsRatio.reason, all.riskRatio.pValue]).toEqual(['1', 'all-successes', 1]);
  });
  it('a side without trials is insufficient data', () => {
    const r = relativeLift({ successes: 0, trials: 0 }, b25);
    expect([r.riskRatio.reason, r.oddsRatio.reason, r.a.rate]).toEqual(['insufficient-data', 'insufficient-data', null]);
  });
  it('the guard, and the result shows itself', () => {
    const r = relativeLift(a10, b25);
    expect([isRelativeLift(r), isRelativeLift(JSON.parse(JSON.stringify(r))), isRelativeLift({ kind: 'comparison' })]).toEqual([true, true, false]);
    const text = display(r)[Symbol.for('Jupyter.display')]!()['text/plain']!;
    expect(text).toContain('Relative lift');
    expect(text).toContain('riskRatio.method');
  });
  it('bad input: one code per condition', () => {
    expect(errorOf(() => relativeLift({ successes: 5, trials: 3 }, b25)).code).toBe('SUCCESSES_ABOVE_TRIALS');
    expect(errorOf(() => relativeLift(a10, { successes: -1, trials: 3 })).code).toBe('NEGATIVE');
    expect(errorOf(() => relativeLift(a10, { successes: 1.5, trials: 3 })).code).toBe('NOT_INTEGER');
    expect(errorOf(() => relativeLift(a10, { successes: 1 } as never)).code).toBe('MISSING_VALUE');
    expect(errorOf(() => relativeLift(a10, b25, { level: 1.5 })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => relativeLift(a10, b25, { method: 'wald' as never })).code).toBe('INVALID_CHOICE');
    expect(errorOf(() => relativeLift(a10, b25, { methd: 'log' } as never)).code).toBe('UNKNOWN_OPTION');
    expect(errorOf(() => relativeLift(a10, 'b' as never)).code).toBe('INVALID_INPUT');
    const e = errorOf(() => relativeLift(a10, { successes: 30, trials: 20 }));
    expect(e.path).toEqual(['b']);
    expect(e.message).toMatch(/rate b/i);
  });
});

describe('comparisonSampleSize', () => {
  it('15% → 20% at 95% and 80% power, by each formula', () => {
    const run = (method: 'fleiss-pooled' | 'fleiss-pooled-cc' | 'evan-miller' | 'cohen-h') => comparisonSampleSize({ rate: '15%', lift: '5%', method }).trialsPerGroup;
    expect([run('fleiss-pooled'), run('fleiss-pooled-cc'), run('evan-miller'), run('cohen-h')]).toEqual([906, 945, 831, 903]);
    const s = comparisonSampleSize({ rate: '15%', lift: '5%' });
    expect([s.kind, s.method, s.alternative, s.liftType, s.level, s.power, s.totalTrials, s.effectSize]).toEqual(['comparison-sample-size', 'fleiss-pooled', 'two-sided', 'absolute', 0.95, 0.8, 1812, null]);
    expect([s.rate.toString(), s.targetRate.toString(), s.lift.toString(), s.relativeLift?.toString()]).toEqual(['3/20', '1/5', '1/20', '1/3']);
    expect(comparisonSampleSize({ rate: '15%', lift: '5%', method: 'cohen-h' }).effectSize!.toFixed(6)).toBe('0.131896');
  });
  it('is the inverse of detectableLift: at the trials it returns, the detectable lift is at most the lift asked for', () => {
    const n = comparisonSampleSize({ rate: '15%', lift: '5%' }).trialsPerGroup;
    expect(detectableLift({ rate: '15%', trials: n }).lift!).toBeLessThanOrEqual(0.05);
    expect(detectableLift({ rate: '15%', trials: n - 1 }).lift!).toBeGreaterThan(0.05);
  });
  it('a relative lift is a share of the rate, named in the result; a negative lift detects a fall; one-sided needs fewer', () => {
    const rel = comparisonSampleSize({ rate: '10%', lift: '20%', liftType: 'relative' });
    expect([rel.targetRate.toString(), rel.lift.toString(), rel.liftType]).toEqual(['3/25', '1/50', 'relative']);
    expect(rel.trialsPerGroup).toBe(comparisonSampleSize({ rate: '10%', lift: '2%' }).trialsPerGroup);
    const fall = comparisonSampleSize({ rate: '20%', lift: '-5%' });
    expect(fall.targetRate.toString()).toBe('3/20');
    expect(fall.trialsPerGroup).toBe(comparisonSampleSize({ rate: '15%', lift: '5%' }).trialsPerGroup);
    expect(comparisonSampleSize({ rate: '10%', lift: '20%', liftType: 'relative', alternative: 'one-sided' }).trialsPerGroup).toBeLessThan(rel.trialsPerGroup);
  });
  it('a base rate of 0 has no relative lift; the ends 0 and 1 are rates', () => {
    const s = comparisonSampleSize({ rate: 0, lift: '1%' });
    expect(s.relativeLift).toBeNull();
    expect(comparisonSampleSize({ rate: 1, lift: '-10%' }).trialsPerGroup).toBeGreaterThan(0);
  });
  it('the guard and the display', () => {
    const s = comparisonSampleSize({ rate: '15%', lift: '5%' });
    expect([isComparisonSampleSize(s), isComparisonSampleSize(JSON.parse(JSON.stringify(s))), isComparisonSampleSize(sampleSize({ halfWidth: 0.05 }))]).toEqual([true, true, false]);
    expect(display(s)[Symbol.for('Jupyter.display')]!()['text/plain']).toMatch(/Comparison sample size[\s\S]*trialsPerGroup +906/);
  });
  it('bad input: one code per condition, at the value', () => {
    const at = (o: unknown) => {
      const e = errorOf(() => comparisonSampleSize(o as never));
      return [e.code, e.path];
    };
    expect(at({ rate: '90%', lift: '20%' })).toEqual(['RATE_ABOVE_ONE', ['options', 'lift']]);
    expect(at({ rate: '50%', lift: '150%', liftType: 'relative' })).toEqual(['RATE_ABOVE_ONE', ['options', 'lift']]);
    expect(at({ rate: '150%', lift: '1%' })).toEqual(['RATE_ABOVE_ONE', ['options', 'rate']]);
    expect(at({ rate: '10%', lift: '-20%' })).toEqual(['OUT_OF_RANGE', ['options', 'lift']]);
    expect(at({ rate: '10%', lift: 0 })).toEqual(['OUT_OF_RANGE', ['options', 'lift']]);
    expect(at({ rate: 0, lift: '20%', liftType: 'relative' })).toEqual(['OUT_OF_RANGE', ['options', 'lift']]);
    expect(at({ rate: '10%', lift: '1%', power: 1 })).toEqual(['OUT_OF_RANGE', ['options', 'power']]);
    expect(at({ rate: '10%', lift: '1%', power: 0 })).toEqual(['OUT_OF_RANGE', ['options', 'power']]);
    expect(at({ rate: '10%', lift: '1%', level: 0 })).toEqual(['OUT_OF_RANGE', ['options', 'level']]);
    expect(at({ rate: '10%', lift: '1%', liftType: 'points' })).toEqual(['INVALID_CHOICE', ['options', 'liftType']]);
    expect(at({ rate: '10%' })).toEqual(['MISSING_VALUE', ['options', 'lift']]);
    expect(at({ lift: '1%' })).toEqual(['MISSING_VALUE', ['options', 'rate']]);
    expect(at({ rate: '10%', lift: '1%', relativeLift: '10%' })).toEqual(['UNKNOWN_OPTION', ['options', 'relativeLift']]);
    expect(at({ rate: '10%', lift: '1%', method: 'pooled' })).toEqual(['INVALID_CHOICE', ['options', 'method']]);
    expect(at({ rate: '10%', lift: '1%', alternative: 'greater' })).toEqual(['INVALID_CHOICE', ['options', 'alternative']]);
    expect(at({ rate: '10%', lift: '1%', mehtod: 'cohen-h' })).toEqual(['UNKNOWN_OPTION', ['options', 'mehtod']]);
    expect(at({ rate: -0.1, lift: '1%' })).toEqual(['NEGATIVE', ['options', 'rate']]);
    expect(at({ rate: '10%', lift: 'abc' })).toEqual(['INVALID_NUMBER', ['options', 'lift']]);
    expect(at({ rate: '10%', lift: '1e-300' })).toEqual(['RESULT_TOO_LARGE', ['options', 'lift']]);
    expect(at({ rate: '10%', lift: '1e-300', method: 'cohen-h' })).toEqual(['RESULT_TOO_LARGE', ['options', 'lift']]);
    expect(at('10%')).toEqual(['INVALID_INPUT', ['options']]);
  });
  it('messages name what was typed', () => {
    expect(errorOf(() => comparisonSampleSize({ rate: '90%', lift: '20%' })).message).toBe(
      "The rate with the lift is 110.00%, above 100%: a rate is a share of the stage before. Write 15% as 0.15 or '15%', not 15.",
    );
    expect(errorOf(() => comparisonSampleSize({ rate: '10%' } as never)).message).toBe("Nothing was given for the lift; give a lift, such as 0.05 for 5 points more (or, with liftType 'relative', 5% more).");
    expect(errorOf(() => comparisonSampleSize({ rate: '10%', lift: 0 })).message).toBe('The lift should be a lift other than 0; got 0.');
  });
});
