import { describe, expect, it } from 'vitest';
import * as fm from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

/*
 * One boundary: each class of bad input, fed to every public function that takes that piece, gives
 * the same code, a path that ends at the value, and a message in the words of the person who typed
 * it (no function names, no internal paths such as `options.rates[0]`, no "undefined").
 */
const f = fm.defineFunnel(['call', 'appointment', 'sale'] as const);
const rates = { appointment: '15%', sale: '1/3' } as const;
const plan = fm.requiredActivity(f, { goal: 50, rates });
const november = { start: '2026-11-01', end: '2026-11-30' } as const;
const cascade = { title: 'Calls', metric: 'calls', target: 100, start: '2026-11-02', deadline: '2026-11-29' } as const;
const publicNames = Object.keys(fm).filter((k) => /^[a-z]/.test(k) && k.length > 4);

/** `words`: public names that are also plain English where a message uses them so ("a schedule"). */
function expectWords(message: string, words: readonly string[] = []): void {
  for (const name of publicNames) if (!words.includes(name)) expect(message, `names ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`));
  expect(message).not.toMatch(/\b(options|input|rates|counts)\.\w|\w\[\d+\]|undefined/);
}

type Run = (value: never) => unknown;

const countSites: [string, Run, fm.ErrorPath][] = [
  ['requiredActivity goal', (v) => fm.requiredActivity(f, { goal: v, rates }), ['goal']],
  ['funnelFromCounts count', (v) => fm.funnelFromCounts(f, { call: v, appointment: 0, sale: 0 }), ['counts', 'call']],
  ['forecast activity', (v) => fm.forecast(f, { activity: v, rates }), ['activity']],
  ['hitProbability activity', (v) => fm.hitProbability(f, { activity: v, rates, goal: 1 }), ['activity']],
  ['rateInterval successes', (v) => fm.rateInterval(v, 10), ['successes']],
  ['winRate won', (v) => fm.winRate({ won: v, lost: 1 }), ['deals', 'won']],
  ['compareRates successes', (v) => fm.compareRates({ successes: v, trials: 10 }, { successes: 1, trials: 10 }), ['a', 'successes']],
  ['expectedLoss successes', (v) => fm.expectedLoss({ successes: 1, trials: 10 }, { successes: v, trials: 10 }), ['b', 'successes']],
  ['sequentialRateTest trials', (v) => fm.sequentialRateTest([{ successes: 1, trials: v }], { target: '10%' }), ['observed', 0, 'trials']],
  ['sequentialComparison successes', (v) => fm.sequentialComparison({ successes: v, trials: 10 }, { successes: 1, trials: 10 }), ['a', 'successes']],
  ['schedule required', (v) => fm.schedule({ stages: [{ stage: 'call', required: v }] }, november), ['plan', 'stages', 0, 'required']],
  ['schedule lagDays', (v) => fm.schedule(plan, { ...november, lagDays: v }), ['options', 'lagDays']],
  ['schedule lagDays of a stage', (v) => fm.schedule(plan, { ...november, lagDays: { sale: v } }), ['options', 'lagDays', 'sale']],
  ['apportion total', (v) => fm.apportion(v, [1, 2]), ['total']],
  ['compareGroups successes', (v) => fm.compareGroups({ ana: { successes: v, trials: 10 }, ben: { successes: 1, trials: 10 } }), ['groups', 'ana', 'successes']],
  ['homogeneity trials', (v) => fm.homogeneity({ ana: { successes: 0, trials: v }, ben: { successes: 1, trials: 10 } }), ['groups', 'ana', 'trials']],
  ['relativeLift trials', (v) => fm.relativeLift({ successes: 1, trials: 10 }, { successes: 1, trials: v }), ['b', 'trials']],
];
const countClasses: [string, unknown, fm.ErrorCode][] = [
  ['negative', -1, 'NEGATIVE'],
  ['fractional', 2.5, 'NOT_INTEGER'],
  ['NaN', Number.NaN, 'NOT_FINITE'],
  ['Infinity', Number.POSITIVE_INFINITY, 'NOT_FINITE'],
  ['1e400', '1e400', 'NUMBER_TOO_LARGE'],
  ["'abc'", 'abc', 'INVALID_NUMBER'],
];

const rateSites: [string, Run][] = [
  ['requiredActivity', (v) => fm.requiredActivity(f, { goal: 5, rates: { appointment: v, sale: '1/3' } })],
  ['forecast', (v) => fm.forecast(f, { activity: 100, rates: { appointment: v, sale: '1/3' } })],
  ['hitProbability', (v) => fm.hitProbability(f, { activity: 100, goal: 1, rates: { appointment: v, sale: '1/3' } })],
  ['outcomeRange', (v) => fm.outcomeRange(f, { activity: 100, rates: { appointment: v, sale: '1/3' } })],
  ['activityForConfidence', (v) => fm.activityForConfidence(f, { goal: 5, confidence: 0.9, rates: { appointment: v, sale: '1/3' } })],
  ['rateNeeded', (v) => fm.rateNeeded(f, { goal: 5, activity: 1000, stage: 'sale', rates: { appointment: v, sale: '1/3' } })],
  ['bottleneck', (v) => fm.bottleneck(f, { rates: { appointment: v, sale: '1/3' }, benchmarks: { appointment: '20%' } })],
];
const rateClasses: [string, unknown, fm.ErrorCode][] = [
  ["'150%'", '150%', 'RATE_ABOVE_ONE'],
  ['{ successes: 5, trials: 3 }', { successes: 5, trials: 3 }, 'SUCCESSES_ABOVE_TRIALS'],
  ["'abc'", 'abc', 'INVALID_NUMBER'],
  ['NaN', Number.NaN, 'NOT_FINITE'],
  ['negative', -0.1, 'NEGATIVE'],
  ['1e400', '1e400', 'NUMBER_TOO_LARGE'],
  // the caller's code runs while the rate is read: its throw is the caller's, said as such
  ['a throwing getter', { get successes(): number { throw new Error('boom'); }, trials: 5 }, 'UNREADABLE_INPUT'],
  ['a Proxy whose prototype cannot be read', new Proxy({ successes: 1, trials: 5 }, { getPrototypeOf: () => { throw new Error('boom'); } }), 'UNREADABLE_INPUT'],
];

const optionSites: [string, (options: never) => unknown, Record<string, unknown>, fm.ErrorPath][] = [
  ['requiredActivity', (o) => fm.requiredActivity(f, o), { goal: 5, rates }, []],
  ['forecast', (o) => fm.forecast(f, o), { activity: 100, rates }, []],
  ['hitProbability', (o) => fm.hitProbability(f, o), { activity: 100, rates, goal: 1 }, []],
  ['schedule', (o) => fm.schedule(plan, o), { start: '2026-11-01', end: '2026-11-30' }, ['options']],
  ['rateInterval', (o) => fm.rateInterval(1, 3, o), { level: 0.9 }, ['options']],
  ['compareRates', (o) => fm.compareRates({ successes: 1, trials: 3 }, { successes: 2, trials: 3 }, o), { alternative: 'greater', level: 0.9 }, ['options']],
  ['winRate', (o) => fm.winRate({ won: 1, lost: 1 }, o), { denominator: 'all' }, ['options']],
  ['analyzeFunnel', (o) => fm.analyzeFunnel(f, [], o), { asOf: '2026-11-01' }, ['options']],
  ['analyzeColumns', (o) => fm.analyzeColumns(f, { prospect: [1], stage: [0], at: [0] }, o), { asOf: '2026-11-01' }, ['options']],
  ['createFunnelAccumulator', (o) => fm.createFunnelAccumulator(f, o), { window: { perStep: 7 } }, ['options']],
  ['averageDealSize', (o) => fm.averageDealSize([1, 2], o), { trim: 0.1 }, ['options']],
  ['cascadeGoal', (o) => fm.cascadeGoal({ title: 'Calls', metric: 'calls', target: 100, start: '2026-11-02', deadline: '2026-11-29' }, o), { into: 'week' }, ['options']],
  ['workingDays', (o) => fm.workingDays('2026-11-01', '2026-11-30', o), { weekend: [0, 6] }, ['options']],
  ['toSvg', (o) => fm.toSvg(plan, o), { width: 300 }, ['options']],
  ['compareGroups', (o) => fm.compareGroups({ ana: { successes: 1, trials: 10 }, ben: { successes: 5, trials: 10 } }, o), { adjust: 'holm' }, ['options']],
  ['homogeneity', (o) => fm.homogeneity({ ana: { successes: 1, trials: 10 }, ben: { successes: 5, trials: 10 } }, o), { correction: 'yates' }, ['options']],
  ['adjustPValues', (o) => fm.adjustPValues([0.01, 0.2], o), { method: 'hochberg' }, ['options']],
  ['relativeLift', (o) => fm.relativeLift({ successes: 1, trials: 10 }, { successes: 2, trials: 10 }, o), { level: 0.9 }, ['options']],
  ['comparisonSampleSize', (o) => fm.comparisonSampleSize(o), { rate: '10%', lift: '1%' }, ['options']],
];

describe('one code per condition, everywhere a count is read', () => {
  for (const [what, value, code] of countClasses) {
    it.each(countSites)(`${what} → ${code}: %s`, (_, run, path) => {
      const e = errorOf(() => run(value as never));
      expect([e.code, e.path]).toEqual([code, path]);
      expectWords(e.message);
    });
  }
});

describe('one code per condition, everywhere a rate is read', () => {
  for (const [what, value, code] of rateClasses) {
    it.each(rateSites)(`${what} → ${code}: %s`, (_, run) => {
      const e = errorOf(() => run(value as never));
      expect([e.code, e.path]).toEqual([code, ['rates', 'appointment']]);
      expectWords(e.message);
    });
  }
  it('says the same words in every function', () => {
    const messages = new Set(rateSites.map(([, run]) => errorOf(() => run({ successes: 5, trials: 3 } as never)).message));
    expect([...messages]).toEqual(['The rate into "appointment" has more successes (5) than trials (3); successes are a part of the trials.']);
  });
});

/**
 * What every object read like options must do: an unknown key, a `__proto__` key, a wrong type, a
 * throwing getter, a Proxy, a Proxy one level down — the same codes, paths at the value, plain words.
 */
function expectReadLikeOptions(run: (options: never) => unknown, good: Record<string, unknown>, base: fm.ErrorPath, wrongMessage: string): void {
  expect(() => run(good as never)).not.toThrow();
  const unknown = errorOf(() => run({ ...good, colour: 1 } as never));
  expect([unknown.code, unknown.path]).toEqual(['UNKNOWN_OPTION', [...base, 'colour']]);
  expectWords(unknown.message);
  const proto = errorOf(() => run({ ...good, ...(JSON.parse('{"__proto__": 1}') as object) } as never));
  expect([proto.code, proto.path]).toEqual(['UNKNOWN_OPTION', [...base, '__proto__']]);
  const wrong = errorOf(() => run(5 as never));
  expect([wrong.code, wrong.path, wrong.message]).toEqual(['INVALID_INPUT', base, wrongMessage]);
  expectWords(wrong.message);
  const firstKey = Object.keys(good)[0]!;
  const getter = { ...good };
  Object.defineProperty(getter, firstKey, { enumerable: true, get: () => { throw new Error('boom'); } });
  const thrown = errorOf(() => run(getter as never));
  expect([thrown.code, thrown.path.slice(0, base.length)]).toEqual(['UNREADABLE_INPUT', base]);
  expectWords(thrown.message);
  const trap = () => { throw new Error('boom'); };
  const proxy = new Proxy(good, { ownKeys: trap, getOwnPropertyDescriptor: trap, get: trap, has: trap, getPrototypeOf: trap });
  expect(errorOf(() => run(proxy as never)).code).toBe('UNREADABLE_INPUT');
  // a Proxy that reads fine but cannot list its keys
  expect(errorOf(() => run(new Proxy(good, { ownKeys: trap }) as never)).code).toBe('UNREADABLE_INPUT');
  // one level down: the first key's value is a Proxy whose prototype cannot be read; where an
  // object is never read (a number, a choice) it is simply the wrong type, never a raw throw; the
  // path is at the value, or at the object it belongs to where that is read as one (a coded column)
  const nested = errorOf(() => run({ ...good, [firstKey]: new Proxy({}, { getPrototypeOf: trap }) } as never));
  const at = nested.path.length === base.length ? base : [...base, firstKey];
  expect([nested.path, ['UNREADABLE_INPUT', 'INVALID_INPUT', 'INVALID_NUMBER', 'INVALID_CHOICE', 'INVALID_GOAL', 'INVALID_DATE'].includes(nested.code)]).toEqual([at, true]);
}

describe('one code per condition, everywhere options are read', () => {
  it.each(optionSites)('%s: an unknown key, a __proto__ key, a wrong type, a throwing getter, a Proxy', (_, run, good, base) => {
    expectReadLikeOptions(run, good, base, 'The options should be an object; got 5.');
  });
});

/** Worded from the catalog: the error carries its parameters, so another language words it too. */
function expectCatalog(e: fm.FunnelMathError): void {
  expect(e.params.subject, e.message).toBeDefined();
  expect(fm.errorMessage(e, fm.errorMessagesRu)).not.toBe(e.message);
  expectWords(e.message);
}

describe('one code per condition, everywhere reps are split among', () => {
  const repSites: [string, Run][] = [
    ['schedule', (v) => fm.schedule(plan, { ...november, reps: v })],
    ['cascadeGoal', (v) => fm.cascadeGoal(cascade, { into: 'week', reps: v })],
  ];
  const repClasses: [string, unknown, fm.ErrorCode, fm.ErrorPath][] = [
    ['no reps', [], 'EMPTY_LIST', []],
    ['a number', 5, 'INVALID_INPUT', []],
    ['a name twice', ['Ana', 'Ana'], 'INVALID_INPUT', []],
    ['a name that is not a text', ['Ana', 3], 'INVALID_INPUT', [1]],
    ['a negative weight', { Ana: -1 }, 'NEGATIVE', ['Ana']],
    ['every weight 0', { Ana: 0, Bo: 0 }, 'INVALID_INPUT', []],
    ['a weight in words', { Ana: 'two' }, 'INVALID_NUMBER', ['Ana']],
  ];
  for (const [what, value, code, at] of repClasses) {
    it.each(repSites)(`${what} → ${code}: %s`, (_, run) => {
      const e = errorOf(() => run(value as never));
      expect([e.code, e.path]).toEqual([code, ['options', 'reps', ...at]]);
      expectCatalog(e);
    });
  }
  it('says the same words in every function', () => {
    const messages = new Set(repSites.map(([, run]) => errorOf(() => run(['Ana', 'Ana'] as never)).message));
    expect([...messages]).toEqual(['The reps should be names that differ ("Ana" is there twice); got a list of 2.']);
  });
});

describe('one code per condition, everywhere a calendar is read', () => {
  const calendarSites: [string, (options: Record<string, unknown>) => unknown][] = [
    ['workingDays', (o) => fm.workingDays('2026-11-01', '2026-11-30', o)],
    ['schedule', (o) => fm.schedule(plan, { ...november, ...o })],
    ['cascadeGoal', (o) => fm.cascadeGoal(cascade, { into: 'week', ...o })],
  ];
  const calendarClasses: [string, Record<string, unknown>, fm.ErrorCode, fm.ErrorPath][] = [
    ['a weekend that is not a list', { weekend: 'sat' }, 'INVALID_INPUT', ['weekend']],
    ['a weekend of eight days', { weekend: [0, 1, 2, 3, 4, 5, 6, 0] }, 'TOO_LONG', ['weekend']],
    ['a weekday that is not one', { weekend: ['sat', 'funday'] }, 'INVALID_CHOICE', ['weekend', 1]],
    ['holidays that are not a list', { holidays: '2026-11-05' }, 'INVALID_INPUT', ['holidays']],
    ['a holiday that is not a date', { holidays: ['2026-11-05', 'xmas'] }, 'INVALID_DATE', ['holidays', 1]],
    ['a holiday not on the calendar', { holidays: ['2026-02-30'] }, 'INVALID_DATE', ['holidays', 0]],
  ];
  for (const [what, options, code, at] of calendarClasses) {
    it.each(calendarSites)(`${what} → ${code}: %s`, (_, run) => {
      const e = errorOf(() => run(options));
      expect([e.code, e.path]).toEqual([code, ['options', ...at]]);
      expectCatalog(e);
    });
  }
});

describe('presentation refuses what it cannot draw, in the same words everywhere', () => {
  const trap = () => {
    throw new Error('boom');
  };
  const renderers: [string, (value: never) => unknown][] = [
    ['toTable', (v) => fm.toTable(v)],
    ['toText', (v) => fm.toText(v)],
    ['toMarkdown', (v) => fm.toMarkdown(v)],
    ['toHtml', (v) => fm.toHtml(v)],
    ['display', (v) => fm.display(v)],
    ['toSvg', (v) => fm.toSvg(v)],
  ];
  const classes: [string, unknown, fm.ErrorCode, fm.ErrorPath][] = [
    ['a result of a kind without a view', { kind: 'pipeline-report', stages: [] }, 'INVALID_INPUT', ['result', 'kind']],
    ['a number', 5, 'INVALID_INPUT', ['result']],
    ['nothing', undefined, 'INVALID_INPUT', ['result']],
    ['a plan with a count in words', { ...plan, stages: [{ ...plan.stages[0], required: 'many' }] }, 'INVALID_INPUT', ['result', 'stages', 0, 'required']],
    ['a plan whose stages cannot be read', { ...plan, get stages() { return trap(); } }, 'UNREADABLE_INPUT', ['result']],
  ];
  for (const [what, value, code, path] of classes) {
    it.each(renderers)(`${what} → ${code}: %s`, (_, run) => {
      const e = errorOf(() => run(value as never));
      expect([e.code, e.path]).toEqual([code, path]);
      expect(e.params.subject, e.message).toBeDefined();
      // "a schedule" is one of the results a table shows, in plain words
      expectWords(e.message, ['schedule']);
    });
  }
  it('the table views say what a table shows; the chart says what it draws', () => {
    expect(errorOf(() => fm.toText({ kind: 'forecast' } as never)).message).toBe(
      'The kind of the result should be a kind with a table layout: a plan, counted rates, an activity report, a schedule or a SMART check; got "forecast".',
    );
    expect(errorOf(() => fm.toSvg({ kind: 'forecast' })).message).toBe(
      'The kind of the result should be a kind a chart draws: counted rates, an activity report, a plan, a schedule, rates against control limits or an outcome range; got "forecast".',
    );
  });
  it('a table row and a schedule figure are named as a person counts them', () => {
    const row = errorOf(() => fm.toText({ kind: 'table', title: '', columns: ['a', 'b'], rows: [[1, 2], [1]], notes: [] }));
    expect([row.code, row.path, row.message]).toEqual(['INVALID_INPUT', ['result', 'rows', 1], 'Row 2 of the table should be one cell per column (2 cells); got a list of 1.']);
    const s = JSON.parse(JSON.stringify(fm.schedule(plan, { ...november, per: 'week' })));
    delete s.periods[2].targets.sale;
    const missing = errorOf(() => fm.toMarkdown(s));
    expect([missing.code, missing.path, missing.message]).toEqual([
      'MISSING_VALUE',
      ['result', 'periods', 2, 'targets', 'sale'],
      'Nothing was given for the target for "sale" in period 3; give a whole number such as 50.',
    ]);
    const unreadable = errorOf(() => fm.toTable([{ a: 1 }, { get b() { return trap(); } }]));
    expect([unreadable.code, unreadable.path, unreadable.message]).toEqual([
      'UNREADABLE_INPUT',
      ['result', 1],
      'Record 2 of the list could not be read: reading it raised an error. Pass plain data (numbers, text, arrays, objects).',
    ]);
  });
});

describe('exact fractions say what was wrong in the words of a number', () => {
  const cases: [string, () => unknown, string][] = [
    ['a fractional numerator', () => fm.Ratio.of(1.5 as never, 2), 'The numerator should be a whole number (a safe integer or a bigint); got 1.5.'],
    ['a denominator in text', () => fm.Ratio.of(1, '3' as never), 'The denominator should be a whole number (a safe integer or a bigint); got "3".'],
    ['a denominator of 0', () => fm.Ratio.of(1, 0), 'The denominator should be a number other than 0; got 0.'],
    ['a division by 0', () => fm.Ratio.of(1).div(fm.Ratio.of(0)), 'The divisor should be a number other than 0; got 0.'],
    ['a plain number in arithmetic', () => fm.Ratio.of(1).add(0.5 as never), 'The other value should be an exact fraction (a Ratio), not a plain number; got 0.5.'],
    ['digits out of range', () => fm.Ratio.of(1, 3).toFixed(101), 'The number of digits should be a whole number from 0 to 100; got 101.'],
    ['a value beyond a double', () => fm.Ratio.of(10n ** 400n).toNumber(), 'The value as a floating-point number is too large to compute exactly (about 10^400).'],
  ];
  it.each(cases)('%s', (_, run, message) => {
    const e = errorOf(run);
    expect(e.message).toBe(message);
    expectCatalog(e);
  });
});

/*
 * Activity logs: the numbers of the options (days) and of the records (deal values) are read by the
 * shared number reader, so each class gets the code it gets everywhere; records and columns are
 * objects read like options (unknown keys, `__proto__`, throwing getters, Proxies), and a record's
 * message names it as a person counts, from 1 ("record 1"), while the path stays 0-based.
 */
const cols = { prospect: [1], stage: [0], at: [0] };
const record = { prospect: 1, stage: 'call' as const, at: '2026-11-02' };
const numberClasses: [string, unknown, fm.ErrorCode][] = [
  ['negative', -1, 'NEGATIVE'],
  ['NaN', Number.NaN, 'NOT_FINITE'],
  ['Infinity', Number.POSITIVE_INFINITY, 'NOT_FINITE'],
  ['1e400', '1e400', 'NUMBER_TOO_LARGE'],
  ["'abc'", 'abc', 'INVALID_NUMBER'],
  ['wrong type', true, 'INVALID_NUMBER'],
];
const daySites: [string, Run, fm.ErrorPath][] = [
  ['analyzeFunnel window.perStep', (v) => fm.analyzeFunnel(f, [], { window: { perStep: v } }), ['options', 'window', 'perStep']],
  ['analyzeFunnel window.fromFirst', (v) => fm.analyzeFunnel(f, [], { window: { fromFirst: v } }), ['options', 'window', 'fromFirst']],
  ['analyzeFunnel stalledAfterDays', (v) => fm.analyzeFunnel(f, [], { stalledAfterDays: v }), ['options', 'stalledAfterDays']],
  ['analyzeColumns window.perStep', (v) => fm.analyzeColumns(f, cols, { window: { perStep: v } }), ['options', 'window', 'perStep']],
  ['createFunnelAccumulator window.fromFirst', (v) => fm.createFunnelAccumulator(f, { window: { fromFirst: v } }), ['options', 'window', 'fromFirst']],
];
const valueSites: [string, Run, fm.ErrorPath][] = [
  ['analyzeFunnel record value', (v) => fm.analyzeFunnel(f, [record, { ...record, value: v }]), ['records', 1, 'value']],
  ['accumulator add value', (v) => fm.createFunnelAccumulator(f).add(record).add({ ...record, value: v } as never), ['records', 1, 'value']],
  ['accumulator addMany value', (v) => fm.createFunnelAccumulator(f).addMany([record, { ...record, value: v } as never]), ['records', 1, 'value']],
];

describe('activity logs: one code per condition, everywhere a number of days or a deal value is read', () => {
  for (const [what, value, code] of numberClasses) {
    it.each([...daySites, ...valueSites])(`${what} → ${code}: %s`, (_, run, path) => {
      const e = errorOf(() => run(value as never));
      expect([e.code, e.path]).toEqual([code, path]);
      expectWords(e.message);
    });
  }
  it('a record is named as a person counts it, from 1; its path counts from 0', () => {
    const messages = new Set(valueSites.map(([, run]) => errorOf(() => run(-1 as never)).message));
    expect([...messages]).toEqual(['The value of record 2 cannot be negative; got -1.']);
    expect(errorOf(() => daySites[0]![1](-1 as never)).message).toBe('The per-step window cannot be negative; got -1.');
  });
  it('a fraction of a millisecond is NOT_INTEGER, a window over 400 years OUT_OF_RANGE', () => {
    const frac = errorOf(() => daySites[0]![1]('1/7' as never));
    expect([frac.code, frac.message]).toEqual(['NOT_INTEGER', 'The per-step window (1/7 days, in milliseconds) should be a whole number; got 12342857.142857144.']);
    const long = errorOf(() => daySites[1]![1](1e9 as never));
    expect([long.code, long.message]).toEqual(['OUT_OF_RANGE', 'The window from the first stage should be at most 146400 days (400 years); got 1000000000.']);
  });
});

const columnSites: [string, Run, string][] = [
  ['prospect', (v) => fm.analyzeColumns(f, { ...cols, prospect: [v] }), 'prospect'],
  ['stage', (v) => fm.analyzeColumns(f, { ...cols, stage: [v] }), 'stage'],
  ['value', (v) => fm.analyzeColumns(f, { ...cols, value: [v] }), 'value'],
];
const columnClasses: [string, unknown, Record<string, fm.ErrorCode | 'OK'>][] = [
  ['NaN', Number.NaN, { prospect: 'NOT_FINITE', stage: 'NOT_FINITE', value: 'NOT_FINITE' }],
  ['Infinity', Number.POSITIVE_INFINITY, { prospect: 'NOT_FINITE', stage: 'NOT_FINITE', value: 'NOT_FINITE' }],
  ['fractional', 0.5, { prospect: 'NOT_INTEGER', stage: 'NOT_INTEGER', value: 'OK' }],
  ['negative', -1, { prospect: 'OK', stage: 'UNKNOWN_STAGE', value: 'NEGATIVE' }],
  ["'abc'", 'abc', { prospect: 'INVALID_INPUT', stage: 'INVALID_INPUT', value: 'INVALID_INPUT' }],
];

describe('activity logs: a bad number in a column has the code of its condition, with the row counted from 1', () => {
  for (const [what, value, codes] of columnClasses) {
    it.each(columnSites)(`${what}: %s`, (column, run) => {
      if (codes[column] === 'OK') {
        expect(() => run(value as never)).not.toThrow();
        return;
      }
      const e = errorOf(() => run(value as never));
      expect([e.code, e.path]).toEqual([codes[column], ['columns', column, 0]]);
      expect(e.message).toMatch(new RegExp(`\\b[Rr]ow 1 of the "${column}" column\\b`));
      expectWords(e.message);
    });
  }
  it('the same row read with onInvalid skip is listed under its 0-based index with the same message', () => {
    const r = fm.analyzeColumns(f, { ...cols, value: [Number.NaN] }, { onInvalid: 'skip' });
    expect(r.rejected).toEqual([{ index: 0, code: 'NOT_FINITE', path: ['columns', 'value', 0], reason: 'Got NaN for row 1 of the "value" column; give a finite number.' }]);
  });
});

const objectSites: [string, (value: never) => unknown, Record<string, unknown>, fm.ErrorPath, string][] = [
  ['analyzeFunnel record', (v) => fm.analyzeFunnel(f, [record, v]), record, ['records', 1], 'Record 2 should be an object such as { prospect: "p1", stage: "call", at: "2026-11-02" }; got 5.'],
  ['accumulator add', (v) => fm.createFunnelAccumulator(f).add(record).add(v), record, ['records', 1], 'Record 2 should be an object such as { prospect: "p1", stage: "call", at: "2026-11-02" }; got 5.'],
  ['accumulator addMany', (v) => fm.createFunnelAccumulator(f).addMany([record, v]), record, ['records', 1], 'Record 2 should be an object such as { prospect: "p1", stage: "call", at: "2026-11-02" }; got 5.'],
  ['analyzeColumns columns', (v) => fm.analyzeColumns(f, v), cols, ['columns'], 'The columns should be an object of columns { prospect, stage, at }, each a list or a typed array of numbers; got 5.'],
  ['analyzeFunnel window', (v) => fm.analyzeFunnel(f, [], { window: v }), { perStep: 7 }, ['options', 'window'], 'The option "window" should be an object; got 5.'],
  ['analyzeFunnel attribution', (v) => fm.analyzeFunnel(f, [], { attribution: v }), { stage: 'sale' }, ['options', 'attribution'], 'The attribution should be "first", "last" or a stage such as { stage: "meeting" }; got 5.'],
  ['analyzeColumns coded column', (v) => fm.analyzeColumns(f, { ...cols, rep: v }), { codes: [0], names: ['ana'] }, ['columns', 'rep'], 'The "rep" column should be an object { codes, names }: codes a list of numbers, names a list of texts; got 5.'],
];

describe('activity logs: records and columns are read like options', () => {
  it.each(objectSites)('%s: an unknown key, a __proto__ key, a wrong type, a throwing getter, a Proxy', (_, run, good, base, wrongMessage) => {
    expectReadLikeOptions(run, good as Record<string, unknown>, base, wrongMessage);
  });
  it('a record that cannot be read is named as a person counts it', () => {
    const getter = Object.defineProperty({ ...record }, 'at', { enumerable: true, get: () => { throw new Error('boom'); } });
    const e = errorOf(() => fm.analyzeFunnel(f, [record, record, getter]));
    expect([e.code, e.path, e.message]).toEqual(['UNREADABLE_INPUT', ['records', 2], 'Record 3 could not be read: reading it raised an error. Pass plain data (numbers, text, arrays, objects).']);
  });
  it('a misspelt field of a record gets a did-you-mean, as a misspelt option does', () => {
    const e = errorOf(() => fm.analyzeFunnel(f, [{ ...record, repp: 'ana' } as never]));
    expect([e.code, e.path, e.message]).toEqual([
      'UNKNOWN_OPTION',
      ['records', 0, 'repp'],
      'The key "repp" is not one that is taken here (it takes "prospect", "stage", "at", "source", "rep", "isNew", "value", "reason"). Did you mean "rep"?',
    ]);
  });
  it('a missing field is MISSING_VALUE, as a missing option is', () => {
    for (const field of ['prospect', 'stage', 'at'] as const) {
      const { [field]: _, ...rest } = record;
      const e = errorOf(() => fm.analyzeFunnel(f, [rest as never]));
      expect([e.code, e.path]).toEqual(['MISSING_VALUE', ['records', 0, field]]);
    }
    const col = errorOf(() => fm.analyzeColumns(f, { prospect: [1], stage: [0] } as never));
    expect([col.code, col.path, col.message]).toEqual(['MISSING_VALUE', ['columns', 'at'], 'Nothing was given for the "at" column; give a list or a typed array of numbers.']);
  });
  it('the saved accumulator, the accumulator to merge and a list of records: wrong types say what to give', () => {
    const acc = fm.createFunnelAccumulator(f);
    const cases: [() => unknown, fm.ErrorPath, string][] = [
      [() => fm.funnelAccumulatorFromJSON(5 as never), ['json'], 'The saved accumulator should be what an accumulator saved (format "funnel-math/accumulator@1"); got 5.'],
      [() => acc.merge(5 as never), ['other'], 'The accumulator to merge should be another funnel accumulator, or the JSON it saved; got 5.'],
      [() => acc.addMany(5 as never), ['records'], 'The records should be a list of records such as { prospect: "p1", stage: "call", at: "2026-11-02" }; got 5.'],
      [() => fm.analyzeFunnel(f, 5 as never), ['records'], 'The records should be a list of records such as { prospect: "p1", stage: "call", at: "2026-11-02" }; got 5.'],
    ];
    for (const [run, path, message] of cases) {
      const e = errorOf(run);
      expect([e.code, e.path, e.message]).toEqual(['INVALID_INPUT', path, message]);
      expectWords(e.message);
    }
  });
});

/*
 * Forecast categories, movement and accuracy: every amount of money (a deal's, a forecast, an
 * actual) is read by the shared amount reader, so each class of bad number gets the same code, and
 * the message names the row as a person counts it, from 1.
 */
const q1 = { from: '2026-01-01', to: '2026-03-31' } as const;
const snapDeal = { id: 'a', amount: 100, stage: 'demo', status: 'open', expectedCloseAt: '2026-02-01' } as const;
const forecastAmountSites: [string, Run, fm.ErrorPath][] = [
  ['forecastRollup amount', (v) => fm.forecastRollup([{ id: 'a', amount: 1, category: 'commit' }, { id: 'b', amount: v, category: 'commit' }]), ['deals', 1, 'amount']],
  ['pipelineMovement opening amount', (v) => fm.pipelineMovement([snapDeal, { ...snapDeal, id: 'b', amount: v }], [], { period: q1, missing: 'lost' }), ['opening', 1, 'amount']],
  ['pipelineMovement closing amount', (v) => fm.pipelineMovement([], [snapDeal, { ...snapDeal, id: 'b', amount: v }], { period: q1, missing: 'lost' }), ['closing', 1, 'amount']],
  ['forecastAccuracy forecast', (v) => fm.forecastAccuracy([{ rep: 'Ana', period: 'Q1', forecast: 1, actual: 1 }, { rep: 'Ana', period: 'Q2', forecast: v, actual: 1 }]), ['entries', 1, 'forecast']],
  ['forecastAccuracy actual', (v) => fm.forecastAccuracy([{ rep: 'Ana', period: 'Q1', forecast: 1, actual: 1 }, { rep: 'Ana', period: 'Q2', forecast: 1, actual: v }]), ['entries', 1, 'actual']],
];

describe('forecasting: one code per condition, everywhere an amount is read', () => {
  for (const [what, value, code] of numberClasses) {
    it.each(forecastAmountSites)(`${what} → ${code}: %s`, (_, run, path) => {
      const e = errorOf(() => run(value as never));
      expect([e.code, e.path]).toEqual([code, path]);
      expectWords(e.message, ['forecast']); // "the forecast of entry 2" is English here, not the function
    });
  }
  it('a row is named from 1', () => {
    expect(forecastAmountSites.map(([, run]) => errorOf(() => run(-1 as never)).message)).toEqual([
      'The amount of deal 2 cannot be negative; got -1.',
      'The amount of deal 2 cannot be negative; got -1.',
      'The amount of deal 2 cannot be negative; got -1.',
      'The forecast of entry 2 cannot be negative; got -1.',
      'The actual amount of entry 2 cannot be negative; got -1.',
    ]);
  });
});
