import { describe, expect, it } from 'vitest';
import {
  activityForConfidence,
  bottleneck,
  compareRates,
  defineFunnel,
  forecast,
  funnelFromCounts,
  hitProbability,
  outcomeRange,
  outliers,
  rateInterval,
  rateNeeded,
  requiredActivity,
  sampleSize,
  sensitivity,
  detectableLift,
} from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
const domainRates = { appointment: '15%', sale: '1/3' } as const;

describe('DOMAIN §1 with odds: goal 50 sales, 5% overall', () => {
  it('1000 calls make 50 sales about a coin flip (P = 0.520)', () => {
    const hit = hitProbability(funnel, { activity: 1000, rates: domainRates, goal: 50 });
    expect(hit.probability.toFixed(6)).toBe('0.520259');
    expect(hit.overallRate.toString()).toBe('1/20');
    expect(hit.method).toBe('binomial');
  });
  it('90% sure takes 1180 calls, not 1000; 1179 falls below', () => {
    const plan = activityForConfidence(funnel, { goal: 50, rates: domainRates, confidence: '90%' });
    expect([plan.activity, plan.averagePlan]).toEqual([1180, 1000]);
    expect(plan.probability).toBeGreaterThanOrEqual(0.9);
    expect(plan.probabilityWithOneFewer).toBeLessThan(0.9);
    expect(plan.probability.toFixed(6)).toBe('0.900230');
    expect([plan.range, plan.quantileRule]).toEqual([{ p10: 50, p50: 59, p90: 69 }, 'nearest-rank']);
  });
  it('the call→appointment step is where gains are (sensitivity and benchmarks)', () => {
    const s = sensitivity(requiredActivity(funnel, { goal: 50, rates: domainRates }));
    expect(s.top).toBe(1000);
    expect(s.best).toBe('appointment');
    expect(s.stages.map((x) => [x.stage, x.plusOnePoint.rate.toString(), x.plusOnePoint.top, x.plusTenPercent.rate.toString(), x.plusTenPercent.top])).toEqual([
      ['appointment', '4/25', 938, '33/200', 910],
      ['sale', '103/300', 974, '11/30', 914],
    ]);
    const b = bottleneck(funnel, { rates: domainRates, benchmarks: { appointment: '20%', sale: '30%' }, goal: 50 });
    expect(b.bottleneck).toBe('appointment');
    expect([b.top, b.stages[0]!.topAtBenchmark, b.stages[0]!.saved, b.stages[0]!.gap.toString()]).toEqual([1000, 750, 250, '1/20']);
  });
  it('rateNeeded: with 800 calls the appointment rate must reach 3/16 = 18.75%', () => {
    const r = rateNeeded(funnel, { goal: 50, activity: 800, rates: { sale: '1/3' }, stage: 'appointment' });
    expect([r.needed!.toString(), r.current, r.change, r.reachable, r.of]).toEqual(['3/16', null, null, true, 'call']);
    const far = rateNeeded(funnel, { goal: 50, activity: 100, rates: domainRates, stage: 'sale' });
    expect([far.needed!.toString(), far.reachable, far.reason]).toEqual(['10/3', false, 'above-100%']);
    expect(rateNeeded(funnel, { goal: 5, activity: 0, rates: domainRates, stage: 'sale' }).reason).toBe('no-activity');
    expect(rateNeeded(funnel, { goal: 0, activity: 10, rates: domainRates, stage: 'sale' }).needed!.toString()).toBe('0');
  });
});

describe('DOMAIN §5: 15 meetings, 10 sales is an estimate', () => {
  it('rateInterval gives the Wilson interval; trials = 0 is insufficient data', () => {
    const r = rateInterval(10, 15);
    expect([r.rate!.toString(), r.lower!.toFixed(6), r.upper!.toFixed(6), r.method, r.level]).toEqual(['2/3', '0.417135', '0.848237', 'wilson', 0.95]);
    expect(rateInterval(0, 0)).toEqual({ kind: 'interval', estimate: null, rate: null, lower: null, upper: null, method: 'wilson', level: 0.95, successes: 0, trials: 0, reason: 'insufficient-data' });
    expect(rateInterval(0, 0, { method: 'jeffreys', level: '90%' }).level).toBe(0.9);
  });
  it('Jeffreys follows Brown–Cai–DasGupta at 0 and n', () => {
    expect(rateInterval(0, 15, { method: 'jeffreys' }).lower).toBe(0);
    expect(rateInterval(15, 15, { method: 'jeffreys' }).upper).toBe(1);
    expect(rateInterval(15, 15, { method: 'clopper-pearson' }).lower!.toFixed(6)).toBe('0.781981') // 0.025^(1/15);
  });
  it('funnelFromCounts rates carry the interval and the small-sample flag', () => {
    const r = funnelFromCounts(defineFunnel(['contact', 'meeting', 'sale'] as const), [60, 15, 10]);
    const close = r.stages[2]!.ofPrevious!;
    expect([close.interval!.lower.toFixed(6), close.interval!.upper.toFixed(6), close.smallSample]).toEqual(['0.417135', '0.848237', false]);
    expect(funnelFromCounts(defineFunnel(['contact', 'sale'] as const), [12, 3]).stages[1]!.ofPrevious!.smallSample).toBe(true);
  });
});

describe('compareRates', () => {
  it('a rate of 0 against 3 of 20: the z-test still gives a p-value', () => {
    const c = compareRates({ successes: 0, trials: 20 }, { successes: 3, trials: 20 });
    expect(c.zTest!.pValue.toFixed(6)).toBe('0.071719'); // scipy: 2·norm.sf(0.15/√(p(1−p)/10)), p = 3/40
    expect(c.verdict).toBe('no-clear-difference');
    expect(c.probabilityBHigher!.toFixed(4)).toBe('0.9465');
    expect(c.message).toContain('collect more data');
  });
  it('both at 100%: z = 0, p = 1, P(b > a) = 1/2', () => {
    const c = compareRates({ successes: 40, trials: 40 }, { successes: 40, trials: 40 });
    expect([c.zTest, c.difference]).toEqual([{ z: 0, pValue: 1, alternative: 'two-sided' }, 0]);
    expect(Math.abs(c.probabilityBHigher! - 0.5)).toBeLessThan(1e-12);
  });
  it('a side with no trials is insufficient data', () => {
    const c = compareRates({ successes: 0, trials: 0 }, { successes: 3, trials: 20 });
    expect([c.verdict, c.difference, c.interval, c.zTest, c.probabilityBHigher]).toEqual(['insufficient-data', null, null, null, null]);
  });
  it('a clearly lower b is "a-higher"', () => {
    expect(compareRates({ successes: 120, trials: 400 }, { successes: 60, trials: 400 }).verdict).toBe('a-higher');
  });
});

describe('observed counts: the uncertainty of the rates is included', () => {
  it('one observed overall rate is beta-binomial; wider than the binomial', () => {
    const two = defineFunnel(['call', 'sale'] as const);
    const known = outcomeRange(two, { activity: 1000, rates: { sale: '5%' } });
    const seen = outcomeRange(two, { activity: 1000, rates: { sale: { successes: 5, trials: 100 } } });
    expect([known.p10, known.p50, known.p90, known.method]).toEqual([41, 50, 59, 'binomial']);
    expect([seen.p10, seen.p50, seen.p90, seen.method]).toEqual([30, 56, 91, 'beta-binomial']);
    // the percentiles are the inverted CDF (nearest rank on the distribution), and say so
    expect([known.quantileRule, seen.quantileRule]).toEqual(['nearest-rank', 'nearest-rank']);
  });
  it('a funnelFromCounts result uses its observed overall rate (one cohort)', () => {
    const counted = funnelFromCounts(funnel, { call: 1000, appointment: 150, sale: 50 });
    const hit = hitProbability(funnel, { activity: 1000, rates: counted, goal: 50 });
    expect(hit.method).toBe('beta-binomial');
    expect(hit.overallRate.toString()).toBe('1/20');
    expect(hit.probability.toFixed(6)).toBe('0.538788'); // scipy betabinom.sf(49, 1000, 51, 951)
  });
  it('several observed stages: the exact beta-binomial chain, with a proven bound and a proven minimum', () => {
    const rates = { appointment: { successes: 30, trials: 200 }, sale: { successes: 10, trials: 30 } };
    const a = activityForConfidence(funnel, { goal: 50, rates, confidence: 0.9 });
    // 1511: the minimum by the reference (chain_reference.py) and by the 2-D quadrature; the Monte Carlo gave 1499
    expect([a.activity, a.method, a.minimal, a.minimumFrom]).toEqual([1511, 'beta-binomial-chain', true, 1511]);
    expect(a.errorBound).toBeGreaterThan(0);
    expect(a.errorBound).toBeLessThan(1e-10);
    expect(a.probability - a.errorBound).toBeGreaterThanOrEqual(0.9);
    expect(a.probabilityWithOneFewer + a.errorBound).toBeLessThan(0.9);
  });
  it('a straddling bound is said, not hidden: minimal is false only when one fewer is within the bound', () => {
    const rates = { appointment: { successes: 30, trials: 200 }, sale: { successes: 10, trials: 30 } };
    const hit = hitProbability(funnel, { activity: 1510, rates, goal: 50 });
    // a confidence exactly at P(1510): the bound straddles it at 1510
    const a = activityForConfidence(funnel, { goal: 50, rates, confidence: hit.probability });
    expect([a.activity, a.minimal, a.minimumFrom]).toEqual([1511, false, 1510]);
  });
  it('the chain limits the activity to 10^5, and less where it would be slow, and says the limit', () => {
    const rates = { appointment: { successes: 30, trials: 200 }, sale: { successes: 10, trials: 30 } };
    expect(errorOf(() => hitProbability(funnel, { activity: 100_001, rates, goal: 5 })).message).toContain('100,000');
    const five = defineFunnel(['a', 'b', 'c', 'd', 'e', 'f'] as const);
    const small = { b: { successes: 3, trials: 10 }, c: { successes: 5, trials: 8 }, d: { successes: 7, trials: 9 }, e: { successes: 2, trials: 3 }, f: '1/2' };
    const e = errorOf(() => hitProbability(five, { activity: 100_000, rates: small, goal: 5 }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toMatch(/at most \d{1,2},\d{3} when the rates are observed counts/);
  });
});

describe('sampleSize and detectableLift', () => {
  it('±5 points at 95% takes 385 trials in the worst case, 196 at 15%', () => {
    expect(sampleSize({ halfWidth: 0.05 }).trials).toBe(385);
    expect(sampleSize({ rate: '15%', halfWidth: '5%' }).trials).toBe(196);
  });
  it('a lift that no rate below 100% reaches is not detectable', () => {
    expect(detectableLift({ rate: 0.9, trials: 3 })).toMatchObject({ lift: null, reason: 'not-detectable' });
  });
});

describe('outliers', () => {
  it('small reps get wide limits; a rep with no meetings is insufficient data', () => {
    const plot = outliers({ ana: { successes: 10, trials: 15 }, ben: { successes: 30, trials: 200 }, eva: { successes: 45, trials: 190 }, dan: { successes: 0, trials: 0 } });
    expect(plot.groups.map((g) => [g.name, g.status, g.outsideLevel])).toEqual([
      ['ana', 'above', 0.998],
      ['ben', 'below', 0.95],
      ['eva', 'within', null],
      ['dan', 'insufficient-data', null],
    ]);
    expect(plot.levels).toEqual([0.95, 0.998]);
  });
});

describe('bad input: one test per error code', () => {
  const two = defineFunnel(['call', 'sale'] as const);
  const cases: [string, () => unknown, string, (string | number)[]][] = [
    ['successes above trials', () => rateInterval(5, 3), 'SUCCESSES_ABOVE_TRIALS', ['successes']],
    ['negative trials', () => rateInterval(0, -1), 'NEGATIVE', ['trials']],
    ['fractional successes', () => rateInterval(1.5, 3), 'NOT_INTEGER', ['successes']],
    ['not a number', () => rateInterval('many' as never, 3), 'INVALID_NUMBER', ['successes']],
    ['no trials given', () => (rateInterval as (s: number) => unknown)(1), 'MISSING_VALUE', ['trials']],
    ['level of 1.5', () => rateInterval(1, 3, { level: 1.5 }), 'OUT_OF_RANGE', ['options', 'level']],
    ['a level that rounds to 0', () => rateInterval(1, 3, { level: '1e-400' }), 'OUT_OF_RANGE', ['options', 'level']],
    ['unknown method', () => rateInterval(1, 3, { method: 'wald' as never }), 'INVALID_CHOICE', ['options', 'method']],
    ['a misspelt interval option', () => rateInterval(1, 3, { levle: 0.9 } as never), 'UNKNOWN_OPTION', ['options', 'levle']],
    ['too many trials', () => rateInterval(1, 2e9), 'OUT_OF_RANGE', ['trials']],
    ['Infinity', () => rateInterval(1, Infinity), 'NOT_FINITE', ['trials']],
    ['compare with a missing side', () => compareRates(null as never, { successes: 1, trials: 2 }), 'INVALID_INPUT', ['a']],
    ['compare with more successes than trials', () => compareRates({ successes: 5, trials: 3 }, { successes: 1, trials: 2 }), 'SUCCESSES_ABOVE_TRIALS', ['a']],
    ['compare with a misspelt count', () => compareRates({ successes: 1, trails: 3 } as never, { successes: 1, trials: 2 }), 'UNKNOWN_OPTION', ['a', 'trails']],
    ['compare with no trials given', () => compareRates({ successes: 1 } as never, { successes: 1, trials: 2 }), 'MISSING_VALUE', ['a', 'trials']],
    ['a misspelt option', () => hitProbability(funnel, { activity: 10, rates: domainRates, goal: 1, confidnce: 1 } as never), 'UNKNOWN_OPTION', ['confidnce']],
    ['no rates at all', () => hitProbability(funnel, { activity: 10, goal: 1 } as never), 'MISSING_VALUE', ['rates']],
    ['no rates for outcomeRange', () => outcomeRange(funnel, { activity: 10 } as never), 'MISSING_VALUE', ['rates']],
    ['a missing rate', () => hitProbability(funnel, { activity: 10, rates: { sale: 0.5 }, goal: 1 } as never), 'MISSING_RATE', ['rates', 'appointment']],
    ['a rate above one', () => hitProbability(funnel, { activity: 10, rates: { appointment: 2, sale: 0.5 }, goal: 1 }), 'RATE_ABOVE_ONE', ['rates', 'appointment']],
    ['an unknown stage', () => hitProbability(funnel, { activity: 10, rates: { ...domainRates, meeting: 0.5 } as never, goal: 1 }), 'UNKNOWN_STAGE', ['rates', 'meeting']],
    ['a zero rate with a goal', () => activityForConfidence(funnel, { goal: 5, rates: { appointment: 0, sale: 0.5 }, confidence: 0.9 }), 'ZERO_RATE', ['rates']],
    ['a hopeless confidence', () => activityForConfidence(funnel, { goal: 1e6, rates: { appointment: '0.1%', sale: '0.1%' }, confidence: 0.9 }), 'ACTIVITY_TOO_LARGE', ['goal']],
    ['confidence of 1', () => activityForConfidence(funnel, { goal: 5, rates: domainRates, confidence: 1 }), 'OUT_OF_RANGE', ['confidence']],
    ['no confidence', () => activityForConfidence(funnel, { goal: 5, rates: domainRates } as never), 'MISSING_VALUE', ['confidence']],
    ['not a plan', () => sensitivity({} as never), 'INVALID_INPUT', ['plan']],
    ['a plan without its kind', () => sensitivity({ ...requiredActivity(funnel, { goal: 50, rates: domainRates }), kind: undefined } as never), 'INVALID_INPUT', ['plan']],
    ['a result of another kind', () => sensitivity(forecast(funnel, { activity: 100, rates: domainRates }) as never), 'INVALID_INPUT', ['plan', 'kind']],
    ['a plan stage that is not a stage', () => sensitivity({ kind: 'plan', stages: [5], goal: {} } as never), 'INVALID_INPUT', ['plan', 'stages', 0]],
    ['rateNeeded for the first stage', () => rateNeeded(funnel, { goal: 5, activity: 10, rates: domainRates, stage: 'call' }), 'TOP_STAGE_RATE', ['stage']],
    ['rateNeeded for an unknown stage', () => rateNeeded(funnel, { goal: 5, activity: 10, rates: domainRates, stage: 'demo' as never }), 'UNKNOWN_STAGE', ['stage']],
    ['rateNeeded for a stage that is not a text', () => rateNeeded(funnel, { goal: 5, activity: 10, rates: domainRates, stage: 5 as never }), 'INVALID_INPUT', ['stage']],
    ['a benchmark for an unknown stage', () => bottleneck(funnel, { rates: domainRates, benchmarks: { demo: 0.2 } as never }), 'UNKNOWN_STAGE', ['benchmarks', 'demo']],
    ['a benchmark for the first stage', () => bottleneck(funnel, { rates: domainRates, benchmarks: { call: 0.2 } as never }), 'TOP_STAGE_RATE', ['benchmarks', 'call']],
    ['a benchmark above one', () => bottleneck(funnel, { rates: domainRates, benchmarks: { sale: 2 } }), 'RATE_ABOVE_ONE', ['benchmarks', 'sale']],
    ['benchmarks as a list', () => bottleneck(funnel, { rates: domainRates, benchmarks: [0.2, 0.3] as never }), 'INVALID_INPUT', ['benchmarks']],
    ['no benchmarks', () => bottleneck(funnel, { rates: domainRates } as never), 'MISSING_VALUE', ['benchmarks']],
    ['groups that are not an object', () => outliers([] as never), 'INVALID_INPUT', ['groups']],
    ['no levels', () => outliers({}, { levels: [] }), 'EMPTY_LIST', ['options', 'levels']],
    ['the second level above 1', () => outliers({}, { levels: [0.9, 1.2] }), 'OUT_OF_RANGE', ['options', 'levels', 1]],
    ['a hole among the levels', () => outliers({}, { levels: [0.9, undefined as never] }), 'MISSING_VALUE', ['options', 'levels', 1]],
    ['a group with more successes than trials', () => outliers({ ana: { successes: 12, trials: 10 } }), 'SUCCESSES_ABOVE_TRIALS', ['groups', 'ana']],
    ['sampleSize half-width of 0', () => sampleSize({ halfWidth: 0 }), 'OUT_OF_RANGE', ['options', 'halfWidth']],
    ['sampleSize with no half-width', () => sampleSize({} as never), 'MISSING_VALUE', ['options', 'halfWidth']],
    ['a half-width too narrow to count', () => sampleSize({ halfWidth: 1e-10 }), 'OUT_OF_RANGE', ['options', 'halfWidth']],
    ['observed counts and a huge activity', () => hitProbability(two, { activity: 2e6, rates: { sale: { successes: 5, trials: 100 } }, goal: 1 }), 'OUT_OF_RANGE', ['activity']],
    ['observed counts above the limit', () => hitProbability(two, { activity: 10, rates: { sale: { successes: 5, trials: 2e9 } }, goal: 1 }), 'OUT_OF_RANGE', ['rates', 'sale', 'trials']],
    ['an observed rate with more successes than trials', () => hitProbability(two, { activity: 10, rates: { sale: { successes: 5, trials: 4 } }, goal: 1 }), 'SUCCESSES_ABOVE_TRIALS', ['rates', 'sale']],
    ['a counted funnel with no first-stage count', () => hitProbability(two, { activity: 10, rates: funnelFromCounts(two, [0, 0]), goal: 1 }), 'NO_TRIALS', ['rates', 'overall']],
    ['a counted funnel whose last stage exceeds the first', () => hitProbability(two, { activity: 10, rates: funnelFromCounts(two, [3, 5]), goal: 1 }), 'SUCCESSES_ABOVE_TRIALS', ['rates', 'overall']],
    ['detectableLift with no trials', () => detectableLift({ rate: 0.1, trials: 0 }), 'OUT_OF_RANGE', ['options', 'trials']],
    ['detectableLift at a rate of 1', () => detectableLift({ rate: 1, trials: 10 }), 'OUT_OF_RANGE', ['options', 'rate']],
  ];
  it.each(cases)('%s → %s', (_name, run, code, path) => {
    const e = errorOf(run);
    expect([e.code, e.path]).toEqual([code, path]);
  });
});

describe('bad input: messages in the words of the person who typed the value', () => {
  const message = (run: () => unknown) => errorOf(run).message;
  it('counts name whose counts they are', () => {
    expect(message(() => rateInterval(5, 3))).toBe('The observation has more successes (5) than trials (3); successes are a part of the trials.');
    expect(message(() => compareRates({ successes: 1, trials: 3 }, { successes: 1.5, trials: 2 }))).toBe('The successes of rate b should be a whole number; got 1.5.');
    expect(message(() => outliers({ ana: { successes: 12, trials: 10 } }))).toBe('The group "ana" has more successes (12) than trials (10); successes are a part of the trials.');
    expect(message(() => outliers({ ana: { successes: 1, trials: -1 } }))).toBe('The trials of group "ana" cannot be negative; got -1.');
    expect(message(() => rateInterval(1, 2e9))).toBe('The trials should be a whole number up to 1,000,000,000; got 2000000000.');
  });
  it('a misspelt key gets a did-you-mean', () => {
    expect(message(() => compareRates({ successes: 1, trails: 3 } as never, { successes: 1, trials: 2 }))).toBe(
      'The key "trails" is not one that is taken here (it takes "successes", "trials"). Did you mean "trials"?',
    );
  });
  it('levels are counted from 1, and each parameter gets its own advice', () => {
    expect(message(() => outliers({}, { levels: [0.9, 1.2] }))).toBe("Confidence level 2 should be a level strictly between 0 and 1, such as 0.95 or '95%'; got 1.2.");
    expect(message(() => outliers({}, { levels: [] }))).toBe('The confidence levels: the list is empty; give a list of one or more confidence levels, such as 0.95 and 0.998.');
    expect(message(() => sampleSize({ halfWidth: 0 }))).toBe("The half-width should be a half-width strictly between 0 and 1, such as 0.05 or '5%' (plus or minus 5 points); got 0.");
    expect(message(() => detectableLift({ rate: 0.1, trials: 0 }))).toBe('The trials per group should be a whole number from 1 up to 1,000,000,000; got 0.');
    expect(message(() => detectableLift({ rate: 0.1, trials: 10, power: 2 }))).toBe("The power should be a power strictly between 0 and 1, such as 0.8 or '80%'; got 2.");
  });
  it('stages are named as the funnel names them', () => {
    expect(message(() => bottleneck(funnel, { rates: domainRates, benchmarks: { sale: 2 } }))).toBe(
      "The benchmark for \"sale\" is 200.00%, above 100%: a rate is a share of the stage before. Write 15% as 0.15 or '15%', not 15.",
    );
    expect(message(() => rateNeeded(funnel, { goal: 5, activity: 10, rates: domainRates, stage: 'demo' as never }))).toBe(
      'The stage whose rate is asked for: "demo" is not a stage of this funnel (call, appointment, sale).',
    );
    expect(message(() => hitProbability(defineFunnel(['call', 'sale'] as const), { activity: 2e6, rates: { sale: { successes: 5, trials: 100 } }, goal: 1 }))).toBe(
      'The activity should be at most 1,000,000 when the rates are observed counts (give the rates as numbers for larger plans); got 2000000.',
    );
  });
  it('a plan beyond what the statistics compute says how far beyond', () => {
    expect(message(() => activityForConfidence(funnel, { goal: 1e6, rates: { appointment: '0.1%', sale: '0.1%' }, confidence: 0.9 }))).toBe(
      'Reaching 1000000 needs more than 1,000,000,000 attempts (about 1.00e+12 on average), more than the statistics compute; check the goal and the rates.',
    );
  });
});

describe('activityForConfidence out of range', () => {
  it('refuses at once when even the average plan exceeds the largest activity it computes', () => {
    const f = defineFunnel(['a', 'b', 'c'] as const);
    const e = errorOf(() => activityForConfidence(f, { goal: 1e9, rates: { b: 1e-12, c: 0.5 }, confidence: 0.5 }));
    expect([e.code, e.path]).toEqual(['ACTIVITY_TOO_LARGE', ['goal']]);
  });
  it('refuses when the average plan fits but the confidence needs more than the largest activity', () => {
    const f = defineFunnel(['call', 'sale'] as const);
    const e = errorOf(() => activityForConfidence(f, { goal: 10, rates: { sale: { successes: 1, trials: 100_000 } }, confidence: 0.99 }));
    expect([e.code, e.path, e.message]).toEqual([
      'ACTIVITY_TOO_LARGE',
      ['goal'],
      'Reaching 10 with 0.99 confidence needs more than 1,000,000 attempts, more than the statistics compute; check the goal and the rates.',
    ]);
  });
});
