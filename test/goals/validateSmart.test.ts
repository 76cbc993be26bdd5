import { describe, expect, it } from 'vitest';
import {
  SMART_FINDINGS,
  defineFunnel,
  defineGoal,
  funnelFromCounts,
  validateSmart,
  type FindingCode,
  type GoalInput,
  type SmartContext,
} from '../../src/index.js';
import { errorOf, expectHonest } from '../helpers/honest.js';
import { context, funnel, good } from './fixtures.js';
import { bigPipeline, h1, pipeline, q4, team } from './forecastFixtures.js';

type Case = { goal: Record<string, unknown>; context?: SmartContext };
const without = (key: string): Record<string, unknown> => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));
const run = (c: Case) => validateSmart(c.goal as unknown as GoalInput, c.context ?? context);
const codes = (c: Case) => run(c).findings.map((f) => f.code);

/**
 * For every finding code: a goal that triggers it, and a near miss that does not (the last step
 * before the threshold where there is one).
 */
const CASES: Record<FindingCode, { trigger: Case; miss: Case }> = {
  TITLE_MISSING: { trigger: { goal: { ...good, title: '  ' } }, miss: { goal: { ...good, title: 'Q' } } },
  METRIC_MISSING: { trigger: { goal: without('metric') }, miss: { goal: { ...good, metric: 'widgets sold', unit: 'widgets' } } },
  METHOD_MISSING: { trigger: { goal: without('method') }, miss: { goal: good } },
  OWNER_MISSING: { trigger: { goal: { ...good, owner: null } }, miss: { goal: good } },
  KIND_MISMATCH: { trigger: { goal: { ...good, kind: 'activity' } }, miss: { goal: without('kind') } },
  TARGET_MISSING: { trigger: { goal: without('target') }, miss: { goal: good } },
  TARGET_NOT_NUMERIC: { trigger: { goal: { ...good, target: 'lots more' } }, miss: { goal: { ...good, target: 'at least 50' } } },
  TARGET_OUT_OF_RANGE: {
    trigger: { goal: { ...good, metric: 'win rate', target: '101%', baseline: '30%' }, context: {} },
    miss: { goal: { ...good, metric: 'win rate', target: '100%', baseline: '30%' }, context: {} },
  },
  UNIT_MISSING: {
    trigger: { goal: { ...good, metric: 'revenue', target: 120000, baseline: 100000 } },
    miss: { goal: { ...good, metric: 'revenue', target: { value: 120000, unit: 'USD' }, baseline: 100000 } },
  },
  BASELINE_MISSING: { trigger: { goal: { ...good, target: '+10%', baseline: undefined } }, miss: { goal: { ...good, target: '+10%' } } },
  BASELINE_INVALID: { trigger: { goal: { ...good, baseline: { value: 'n/a', period: '2025-Q4' } } }, miss: { goal: { ...good, baseline: { value: '0', period: '2025-Q4' }, target: 0 } } },
  NO_CHANGE: { trigger: { goal: { ...good, target: 45 } }, miss: { goal: { ...good, target: 46 } } },
  ACHIEVABLE_UNCHECKED: { trigger: { goal: without('baseline'), context: { ...context, history: [] } }, miss: { goal: without('baseline') } },
  GROWTH_UNDEFINED: { trigger: { goal: { ...good, baseline: 0 }, context: {} }, miss: { goal: { ...good, baseline: 1, target: 1 }, context: {} } },
  GROWTH_STRETCH: { trigger: { goal: { ...good, target: 53 } }, miss: { goal: { ...good, target: 52 } } },
  GROWTH_ABOVE_HISTORY: { trigger: { goal: { ...good, target: 55 } }, miss: { goal: { ...good, target: 54 } } },
  REALISTIC_UNCHECKED: { trigger: { goal: good, context: { history: context.history } }, miss: { goal: good, context: { history: context.history, channels: context.channels } } },
  CAPACITY_TIGHT: {
    trigger: { goal: good, context: { ...context, capacity: { call: { reps: 3, perRepPerDay: 6 } } } }, // 1000 of 1080
    miss: { goal: good, context: { ...context, capacity: { call: { reps: 1, perRepPerDay: '1112/60' } } } }, // 1000 of 1112: 89.9%
  },
  CAPACITY_SHORTFALL: {
    trigger: { goal: good, context: { ...context, capacity: { call: { reps: 1, perRepPerDay: '999/60' } } } }, // 999 of 1000
    miss: { goal: good, context: { ...context, capacity: { call: { reps: 1, perRepPerDay: '1000/60' } } } },
  },
  CAPACITY_HIRES_NEEDED: {
    trigger: { goal: good, context: { ...context, capacity: { call: { reps: 1, perRepPerDay: '999/60' } }, team: { ramp: ['50%'] } } }, // 999 of 1000: one hire
    miss: { goal: good, context: { ...context, capacity: { call: { reps: 1, perRepPerDay: '1000/60' } }, team: { ramp: ['50%'] } } },
  },
  CAPACITY_HIRES_INFEASIBLE: {
    trigger: { goal: good, context: { ...context, capacity: { call: { reps: 1, perRepPerDay: '999/60' } }, team: { ramp: ['0%', '0%', '0%'] } } }, // no hire works before April
    miss: { goal: good, context: { ...context, capacity: { call: { reps: 1, perRepPerDay: '999/60' } }, team: { ramp: ['0%', '0%'] } } },
  },
  ASSUMED_RATE_ABOVE_ESTIMATE: {
    trigger: { goal: good, context: { ...context, capacity: { call: { reps: 3, perRepPerDay: 5 } } } }, // 50 of 900 = 5.6%
    miss: { goal: good, context: { ...context, capacity: { call: { reps: 1, perRepPerDay: '1000/60' } } } }, // 50 of 1000 = 5%
  },
  ASSUMED_RATE_ABOVE_INTERVAL: {
    trigger: { goal: good, context: { ...context, capacity: { call: { reps: 3, perRepPerDay: 3 } } } }, // 50 of 540 = 9.3%
    miss: { goal: good, context: { ...context, capacity: { call: { reps: 3, perRepPerDay: 5 } } } },
  },
  CHANNEL_WITHOUT_HISTORY: { trigger: { goal: { ...good, channel: 'instagram' } }, miss: { goal: good } },
  TARGET_ALREADY_WON: {
    trigger: { goal: { ...q4, target: { value: 40000, unit: 'USD' } }, context: { pipeline } },
    miss: { goal: { ...q4, target: { value: 40001, unit: 'USD' } }, context: { pipeline } },
  },
  PIPELINE_COVERAGE: { trigger: { goal: q4, context: { pipeline } }, miss: { goal: { ...q4, target: { value: 40000, unit: 'USD' } }, context: { pipeline } } },
  FORECAST_LIKELY: { trigger: { goal: q4, context: { pipeline } }, miss: { goal: { ...q4, target: { value: 110000, unit: 'USD' } }, context: { pipeline } } }, // 65.3% and 44.2%
  FORECAST_UNLIKELY: { trigger: { goal: { ...q4, target: { value: 110000, unit: 'USD' } }, context: { pipeline } }, miss: { goal: q4, context: { pipeline } } },
  FORECAST_VERY_UNLIKELY: {
    trigger: { goal: { ...q4, target: { value: 130000, unit: 'USD' } }, context: { pipeline: { ...pipeline, probabilities: { proposal: '50%', demo: '20%' } } } }, // 1%
    miss: { goal: { ...q4, target: { value: 130000, unit: 'USD' } }, context: { pipeline, thresholds: { forecastFail: 0 } } },
  },
  // the chance of $300,000 from the 40 deals lies between 0.99939927571 and 0.99939927584
  FORECAST_BRACKET_LIKELY: {
    trigger: { goal: { ...q4, target: { value: 300000, unit: 'USD' } }, context: { pipeline: bigPipeline } },
    miss: { goal: { ...q4, target: { value: 300000, unit: 'USD' } }, context: { pipeline: bigPipeline, thresholds: { forecastWarn: 0.99939927578 } } },
  },
  FORECAST_BRACKET_UNLIKELY: {
    trigger: { goal: { ...q4, target: { value: 300000, unit: 'USD' } }, context: { pipeline: bigPipeline, thresholds: { forecastWarn: 0.9995, forecastFail: 0.999 } } },
    miss: { goal: { ...q4, target: { value: 300000, unit: 'USD' } }, context: { pipeline: bigPipeline, thresholds: { forecastWarn: 0.9995, forecastFail: 0.99939927578 } } },
  },
  FORECAST_BRACKET_VERY_UNLIKELY: {
    trigger: { goal: { ...q4, target: { value: 300000, unit: 'USD' } }, context: { pipeline: bigPipeline, thresholds: { forecastWarn: 0.9995, forecastFail: 0.9994 } } },
    miss: { goal: { ...q4, target: { value: 300000, unit: 'USD' } }, context: { pipeline: bigPipeline, thresholds: { forecastWarn: 0.9995, forecastFail: 0.99939927578 } } },
  },
  FORECAST_BRACKET_UNDECIDED: {
    trigger: { goal: { ...q4, target: { value: 300000, unit: 'USD' } }, context: { pipeline: bigPipeline, thresholds: { forecastWarn: 0.99939927578 } } },
    miss: { goal: { ...q4, target: { value: 300000, unit: 'USD' } }, context: { pipeline: bigPipeline } },
  },
  TEAM_HIRES_NEEDED: { trigger: { goal: h1, context: { team } }, miss: { goal: { ...h1, target: { value: 600000, unit: 'USD' } }, context: { team } } },
  TEAM_HIRES_INFEASIBLE: {
    trigger: { goal: { ...h1, deadline: '2026-02-28' }, context: { team: { ...team, ramp: ['0%', '0%', '50%'] } } },
    miss: { goal: { ...h1, deadline: '2026-02-28' }, context: { team } },
  },
  START_MISSING: { trigger: { goal: without('start') }, miss: { goal: good } },
  DEADLINE_MISSING: { trigger: { goal: without('deadline') }, miss: { goal: good } },
  DATE_INVALID: { trigger: { goal: { ...good, deadline: 'end of March' } }, miss: { goal: { ...good, deadline: new Date(Date.UTC(2026, 2, 27)) } } },
  DEADLINE_NOT_AFTER_START: { trigger: { goal: { ...good, deadline: '2026-01-05' } }, miss: { goal: { ...good, deadline: '2026-01-06' } } },
  HORIZON_TOO_SHORT: {
    trigger: { goal: { ...good, deadline: '2026-01-10', checkIn: 'daily' }, context: {} },
    miss: { goal: { ...good, deadline: '2026-01-11', checkIn: 'daily' }, context: {} },
  },
  HORIZON_TOO_LONG: {
    trigger: { goal: { ...good, deadline: '2029-01-05' }, context: {} }, // 1097 days
    miss: { goal: { ...good, deadline: '2029-01-04' }, context: {} },
  },
  CHECK_IN_MISSING: { trigger: { goal: without('checkIn') }, miss: { goal: good } },
  CHECK_IN_TOO_SPARSE: {
    trigger: { goal: { ...good, checkIn: 'monthly', deadline: '2026-03-04' } }, // 59 days: one monthly check-in
    miss: { goal: { ...good, checkIn: 'monthly', deadline: '2026-03-05' } }, // 60 days: two
  },
  PERIOD_MISALIGNED: {
    trigger: { goal: { ...good, level: 'quarterly' } }, // 2026-01-05 to 2026-03-27
    miss: { goal: { ...good, level: 'quarterly', start: '2026-01-01', deadline: '2026-03-31' } },
  },
};

describe('validateSmart: every finding code', () => {
  it('has a case for every code in SMART_FINDINGS', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(SMART_FINDINGS).sort());
  });
  for (const [code, { trigger, miss }] of Object.entries(CASES) as [FindingCode, { trigger: Case; miss: Case }][]) {
    it(`${code} is triggered`, () => {
      const report = run(trigger);
      const finding = report.findings.find((f) => f.code === code);
      expect(finding, JSON.stringify(report.findings.map((f) => f.code))).toBeDefined();
      expect(finding!.criterion).toBe(SMART_FINDINGS[code].criterion);
      expect(finding!.severity).toBe(SMART_FINDINGS[code].severity);
      expect(report.criteria[finding!.criterion].findings).toContainEqual(finding);
      expect(finding!.message).not.toMatch(/\{\w+\}/);
      expectHonest(() => report);
    });
    it(`${code} is not triggered by its near miss`, () => {
      expect(codes(miss)).not.toContain(code);
    });
  }
});

describe('validateSmart: the goal that passes', () => {
  it('has no findings and passes every criterion', () => {
    const report = validateSmart(good, context);
    expect(report).toEqual({
      kind: 'smart-report',
      verdict: 'pass',
      criteria: {
        specific: { verdict: 'pass', checked: true, findings: [] },
        measurable: { verdict: 'pass', checked: true, findings: [] },
        achievable: { verdict: 'pass', checked: true, findings: [] },
        realistic: { verdict: 'pass', checked: true, findings: [] },
        timeBound: { verdict: 'pass', checked: true, findings: [] },
      },
      findings: [],
    });
  });
  it('gives the same report for a defined goal and for its JSON read back', () => {
    const defined = defineGoal(good);
    expect(validateSmart(defined, context)).toEqual(validateSmart(good, context));
    expect(validateSmart(JSON.parse(JSON.stringify(defined)), context)).toEqual(validateSmart(good, context));
  });
});

describe('validateSmart: DOMAIN.md §4 examples', () => {
  const revenue = {
    title: 'Grow revenue of our core product',
    metric: 'revenue',
    target: { value: 5_000_000, unit: 'USD' },
    baseline: { value: 700_000, period: '2025' },
    start: '2026-01-01',
    deadline: '2026-12-31',
    checkIn: 'monthly',
    owner: 'Sales team',
    method: 'consultative selling of the core product',
  } as const;

  it('$700,000 last year → $5M this year is +614% and fails as not achievable', () => {
    const report = validateSmart(revenue);
    expect(report.verdict).toBe('fail');
    expect(report.criteria.achievable.verdict).toBe('fail');
    const f = report.criteria.achievable.findings[0]!;
    expect(f.code).toBe('GROWTH_ABOVE_HISTORY');
    expect(f.data).toEqual({
      baseline: '700000',
      target: '5000000',
      growth: '43/7',
      expectedGrowth: 0,
      periods: 0.999336,
      historySteps: 0,
      sigma: 0.199934,
      z: 9.83,
    });
    expect(f.message).toBe(
      'The target needs a change of +614.3% (from $700,000 to $5,000,000) where history suggests about 0%; that is far beyond the record (z = 9.83).',
    );
  });

  it('+10% after $700,000 passes', () => {
    const report = validateSmart({ ...revenue, target: { change: '+10%', unit: 'USD' } });
    expect(report.verdict).toBe('pass');
    expect(report.findings.map((f) => f.code)).toEqual(['REALISTIC_UNCHECKED']);
    expect(report.criteria.realistic.checked).toBe(false);
  });

  it('a yearly history of steady 10% growth: +10% passes, +614% fails', () => {
    const history = [
      { period: '2023', value: 578_512.4 },
      { period: '2024', value: 636_363.64 },
      { period: '2025', value: 700_000 },
    ];
    expect(validateSmart({ ...revenue, target: { change: '+10%', unit: 'USD' } }, { history }).criteria.achievable.verdict).toBe('pass');
    const fail = validateSmart(revenue, { history }).criteria.achievable.findings[0]!;
    expect([fail.code, fail.data['historySteps'], fail.data['expectedGrowth']]).toEqual(['GROWTH_ABOVE_HISTORY', 2, 0.09993]);
  });

  it('100 new customers from Instagram, never sold on social: the channel warns', () => {
    const instagram = {
      title: '100 new customers from Instagram selling',
      metric: 'customers',
      target: 100,
      start: '2026-01-01',
      deadline: '2026-06-30',
      checkIn: 'weekly',
      owner: 'Marketing',
      method: 'Instagram shop and stories',
      channel: 'instagram',
    } as const;
    const report = validateSmart(instagram, { channels: { phone: [{ period: '2025', value: 120 }], email: [{ period: '2025', value: 40 }] } });
    expect(report.verdict).toBe('warn');
    expect(report.criteria.realistic.findings).toEqual([
      {
        code: 'CHANNEL_WITHOUT_HISTORY',
        criterion: 'realistic',
        severity: 'warn',
        message: 'There are no past results on the channel "instagram"; a goal on a channel you have never sold on is a guess.',
        path: ['goal', 'channel'],
        data: { channel: 'instagram', points: 0 },
      },
    ]);
    // a channel listed with only zero results is no record either
    expect(validateSmart(instagram, { channels: { instagram: [{ period: '2025', value: 0 }] } }).criteria.realistic.findings[0]!.code).toBe('CHANNEL_WITHOUT_HISTORY');
  });
});

describe('validateSmart: realistic through the funnel', () => {
  it('reports the capacity numbers: 50 sales need 1000 calls; 3 reps × 5 × 60 days = 900', () => {
    const report = validateSmart(good, { ...context, capacity: { call: { reps: 3, perRepPerDay: 5 } } });
    expect(report.criteria.realistic.findings.map((f) => [f.code, f.data])).toEqual([
      ['CAPACITY_SHORTFALL', { stage: 'call', required: 1000, available: 900, workingDays: 60, shortfall: 100 }],
      ['ASSUMED_RATE_ABOVE_ESTIMATE', { from: 'call', to: 'sale', assumed: '1/18', estimate: '1/20', lower: 0.033967732, upper: 0.071486856, level: 0.95 }],
    ]);
    expect(report.criteria.realistic.findings[0]!.path).toEqual(['context', 'capacity', 'call']);
  });

  it('counts working days with the context calendar (holidays shrink capacity)', () => {
    const holidays = ['2026-01-06', '2026-01-07'];
    const report = validateSmart(good, { ...context, capacity: { call: { reps: 1, perRepPerDay: '1000/60' } }, holidays });
    expect(report.criteria.realistic.findings[0]!.data).toEqual({ stage: 'call', required: 1000, available: 966, workingDays: 58, shortfall: 34 });
  });

  it('reads rates from funnelFromCounts, and plain rates (no interval, so no rate finding)', () => {
    const counts = funnelFromCounts(funnel, { call: 1000, meeting: 150, sale: 50 });
    const tight = { call: { reps: 3, perRepPerDay: 3 } };
    expect(codes({ goal: good, context: { ...context, rates: counts, capacity: tight } })).toContain('ASSUMED_RATE_ABOVE_INTERVAL');
    expect(codes({ goal: good, context: { ...context, rates: { meeting: '15%', sale: '1/3' }, capacity: tight } })).toEqual(['CAPACITY_SHORTFALL']);
  });

  it('turns a revenue goal into deals with averageDealSize', () => {
    const revenue = { ...good, metric: 'revenue', target: { value: 120_000, unit: 'USD' }, baseline: 110_000 };
    const report = validateSmart(revenue, { ...context, history: undefined, averageDealSize: 2400, capacity: { call: { reps: 1, perRepPerDay: 10 } } });
    expect(report.criteria.realistic.findings[0]!.data).toEqual({ stage: 'call', required: 1000, available: 600, workingDays: 60, shortfall: 400 });
    const noSize = validateSmart(revenue, { ...context, history: undefined });
    expect(noSize.criteria.realistic.findings.map((f) => [f.code, f.data])).toEqual([['REALISTIC_UNCHECKED', { reason: 'no-deal-size' }]]);
  });

  it('checks an activity goal directly against its stage capacity', () => {
    const calls = { ...good, metric: 'calls', kind: 'activity', target: 4000, baseline: undefined } as const;
    const report = validateSmart(calls, { funnel, capacity: { call: { reps: 3, perRepPerDay: 20 } } });
    expect(report.criteria.realistic.findings.map((f) => [f.code, f.data])).toEqual([
      ['CAPACITY_SHORTFALL', { stage: 'call', required: 4000, available: 3600, workingDays: 60, shortfall: 400 }],
    ]);
  });

  it('counts a goal at the stage named like its metric: 150 meetings need 1000 calls', () => {
    const meetings = { ...good, metric: 'meetings', target: 150, baseline: undefined };
    const report = validateSmart(meetings, { ...context, history: undefined, capacity: { call: { reps: 1, perRepPerDay: 15 } } });
    expect(report.criteria.realistic.findings.map((f) => [f.code, f.data['required'], f.data['available']])).toEqual([
      ['CAPACITY_SHORTFALL', 1000, 900],
      ['ASSUMED_RATE_ABOVE_ESTIMATE', undefined, undefined],
    ]);
    expect(report.criteria.realistic.findings[1]!.data['to']).toBe('meeting');
  });

  it('says why the funnel check did not run', () => {
    const reason = (goal: Record<string, unknown>, ctx: SmartContext) => run({ goal, context: ctx }).criteria.realistic.findings.map((f) => f.data['reason']);
    expect(reason(good, {})).toEqual(['no-channels']);
    expect(reason(without('channel'), {})).toEqual(['no-funnel']);
    expect(reason(good, { funnel })).toEqual(['no-capacity']);
    expect(reason(good, { funnel, capacity: context.capacity })).toEqual(['no-rates']);
    expect(reason({ ...good, metric: 'churn', target: 'below 1%', baseline: '2%' }, { funnel, capacity: context.capacity })).toEqual(['at-most']);
    expect(reason({ ...good, metric: 'win rate', target: '40%', baseline: '30%' }, { funnel, capacity: context.capacity })).toEqual(['level-metric']);
    expect(reason(without('deadline'), { funnel, capacity: context.capacity })).toEqual(['no-dates']);
  });
});

describe('validateSmart: fiscal periods', () => {
  it('annual, quarterly and monthly goals cover whole fiscal periods', () => {
    const misaligned = (goal: Record<string, unknown>, fiscalYearStart?: number) =>
      run({ goal, context: { fiscalYearStart } }).criteria.timeBound.findings.filter((f) => f.code === 'PERIOD_MISALIGNED').map((f) => f.data);
    expect(misaligned({ ...good, level: 'quarterly' })).toEqual([
      { level: 'quarterly', start: '2026-01-05', deadline: '2026-03-27', periodStart: '2026-01-01', periodEnd: '2026-03-31' },
    ]);
    expect(misaligned({ ...good, level: 'annual', start: '2026-04-01', deadline: '2027-03-31' }, 4)).toEqual([]);
    expect(misaligned({ ...good, level: 'annual', start: '2026-01-01', deadline: '2026-12-31' }, 4)).toEqual([
      { level: 'annual', start: '2026-01-01', deadline: '2026-12-31', periodStart: '2025-04-01', periodEnd: '2026-03-31' },
    ]);
    expect(misaligned({ ...good, level: 'quarterly', start: '2026-02-01', deadline: '2026-04-30' }, 11)).toEqual([]);
    expect(misaligned({ ...good, level: 'monthly', start: '2026-02-01', deadline: '2026-02-28' })).toEqual([]);
    expect(misaligned({ ...good, level: 'team' })).toEqual([]);
    expect(errorOf(() => validateSmart(good, { fiscalYearStart: 13 })).code).toBe('OUT_OF_RANGE');
  });
});

describe('validateSmart: reading', () => {
  it('reads a non-SMART goal leniently and reports every gap', () => {
    const report = validateSmart({ title: 'Sell more', metric: 'sales', target: 'more' } as unknown as GoalInput);
    expect(report.findings.map((f) => f.code)).toEqual([
      'METHOD_MISSING',
      'OWNER_MISSING',
      'TARGET_NOT_NUMERIC',
      'ACHIEVABLE_UNCHECKED',
      'REALISTIC_UNCHECKED',
      'START_MISSING',
      'DEADLINE_MISSING',
      'CHECK_IN_MISSING',
    ]);
    expect(report.verdict).toBe('fail');
    expect(report.criteria.measurable.findings[0]!.path).toEqual(['goal', 'target']);
  });

  it('throws FunnelMathError only for misuse', () => {
    expect(errorOf(() => validateSmart(42 as unknown as GoalInput)).code).toBe('INVALID_INPUT');
    const typo = errorOf(() => validateSmart({ ...good, deadLine: '2026-03-27' } as unknown as GoalInput));
    expect([typo.code, typo.path]).toEqual(['UNKNOWN_OPTION', ['goal', 'deadLine']]);
    expect(typo.message).toBe('The key "deadLine" is not one that is taken here. Did you mean "deadline"?');
    expect(errorOf(() => validateSmart({ ...good, owner: 7 } as unknown as GoalInput)).path).toEqual(['goal', 'owner']);
    expect(errorOf(() => validateSmart(good, { histroy: [] } as unknown as SmartContext)).message).toContain('"histroy"');
    expect(errorOf(() => validateSmart(good, { history: [{ period: 'last year', value: 1 }] })).path).toEqual(['context', 'history', 0, 'period']);
    expect(errorOf(() => validateSmart(good, { history: [{ period: '2025', value: 1 }, { period: '2025-Q1', value: 1 }] })).code).toBe('MIXED_PERIODS');
    expect(errorOf(() => validateSmart(good, { history: [{ period: '2025', value: 1 }, { period: '2024', value: 1 }] })).code).toBe('PERIOD_ORDER');
    expect(errorOf(() => validateSmart(good, { history: [{ period: '2025', value: -1 }] })).code).toBe('NEGATIVE');
    expect(errorOf(() => validateSmart(good, { ...context, capacity: { cal: { reps: 1, perRepPerDay: 1 } } } as unknown as SmartContext)).code).toBe('UNKNOWN_STAGE');
    expect(errorOf(() => validateSmart(good, { ...context, rates: { meeting: 0 } })).code).toBe('ZERO_RATE');
    expect(errorOf(() => validateSmart(good, { thresholds: { level: 1.5 } })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => validateSmart(good, { thresholds: { failZ: Number.NaN } })).path).toEqual(['context', 'thresholds', 'failZ']);
    expect(errorOf(() => validateSmart(good, { averageDealSize: 0 })).code).toBe('INVALID_GOAL');
    expect(errorOf(() => validateSmart({ ...good, stage: 'demo' }, context)).code).toBe('UNKNOWN_STAGE');
  });

  it('words misuse from the catalog, counting history rows from 1', () => {
    const err = (context: unknown) => errorOf(() => validateSmart(good, context as SmartContext));
    const period = err({ history: [{ period: '2024', value: 1 }, { period: '2025', value: 1 }, { period: 'last year', value: 1 }] });
    expect([period.code, period.path]).toEqual(['INVALID_PERIOD', ['context', 'history', 2, 'period']]);
    expect(period.message).toBe("The period in row 3 of the history should be a period such as '2025', '2025-Q3', '2025-07', '2025-W31' or '2025-07-14'; got \"last year\".");
    expect(err({ history: [{ period: '2025', value: 1 }, { period: '2025-Q1', value: 1 }] }).message).toBe(
      'The history mixes kinds of period: "2025" in row 1, "2025-Q1" in row 2; write all periods alike (all years, all quarters, …).',
    );
    expect(err({ history: [{ period: '2025', value: 1 }, { period: '2024', value: 1 }] }).message).toBe(
      'The history is out of order: "2024" in row 2 is not after "2025" in row 1; list periods oldest first, once each.',
    );
    const value = err({ channels: { phone: [{ period: '2025', value: -3 }] } });
    expect([value.code, value.path, value.message]).toEqual(['NEGATIVE', ['context', 'channels', 'phone', 0, 'value'], 'The value in row 1 of the history of "phone" cannot be negative; got -3.']);
    const missing = err({ history: [{ period: '2025' }] });
    expect([missing.code, missing.path]).toEqual(['MISSING_VALUE', ['context', 'history', 0, 'value']]);
    expect(err(3).message).toBe('The context of the check should be an object; got 3.');
    expect(err({ history: [3] }).message).toBe("Row 1 of the history should be { period, value }, such as { period: '2025', value: 7 }; got 3.");
    expect(err({ thresholds: { level: 1.5 } }).message).toBe("The threshold \"level\" should be a level strictly between 0 and 1, such as 0.95 or '95%'; got 1.5.");
    const nan = err({ thresholds: { failZ: Number.NaN } });
    expect([nan.code, nan.message]).toEqual(['NOT_FINITE', 'Got NaN for the threshold "failZ"; give a finite number.']);
    expect(err({ fiscalYearStart: 13 }).message).toBe('The first month of the fiscal year should be a month from 1 (January) to 12 (December); got 13.');
    expect(err({ fiscalYearStart: 1.5 }).code).toBe('NOT_INTEGER');
    expect(err({ averageDealSize: 0 }).message).toBe('The average deal size should be an amount above 0, such as 2400; got 0.');
    expect(err({ ...context, capacity: { call: { reps: 'three', perRepPerDay: 5 } } }).message).toBe('The number of reps should be a number of 0 or more, such as 3 or 40; got "three".');
    expect(err({ ...context, capacity: { call: 3 } }).message).toBe('The capacity at "call" should be { reps, perRepPerDay }; got 3.');
    expect(err({ ...context, capacity: { cal: { reps: 1, perRepPerDay: 1 } } }).message).toBe('The capacity: "cal" is not a stage of this funnel (call, meeting, sale).');
  });

  it('uses configurable thresholds', () => {
    expect(codes({ goal: { ...good, target: 53 }, context: { ...context, thresholds: { warnZ: 2.5 } } })).toEqual([]);
    expect(codes({ goal: { ...good, target: 55 }, context: { ...context, thresholds: { failZ: 4 } } })).toEqual(['GROWTH_STRETCH']);
    expect(codes({ goal: good, context: { ...context, thresholds: { minHorizonDays: 100 } } })).toEqual(['HORIZON_TOO_SHORT']);
  });

  it('reads weekly and monthly history labels, across a year end', () => {
    const weekly = [
      { period: '2025-W51', value: 100 },
      { period: '2025-W52', value: 102 },
      { period: '2026-W01', value: 104 },
    ];
    const week = validateSmart({ ...good, baseline: undefined, target: 120, deadline: '2026-01-11' }, { history: weekly });
    expect(week.criteria.achievable.findings.map((f) => [f.code, f.data['historySteps'], f.data['periods']])).toEqual([['GROWTH_ABOVE_HISTORY', 2, 1]]);
    const monthly = validateSmart({ ...good, baseline: undefined, target: 13 }, { history: [{ period: '2025-11', value: 10 }, { period: '2025-12', value: 11 }] });
    expect(monthly.criteria.achievable.verdict).toBe('pass');
    // a gap of two quarters counts as two periods of growth
    const gap = validateSmart({ ...good, baseline: undefined, target: 46 }, { history: [{ period: '2025-Q1', value: 40 }, { period: '2025-Q3', value: 44 }, { period: '2025-Q4', value: 45 }] });
    expect(gap.criteria.achievable.verdict).toBe('pass');
  });
});

describe('validateSmart with a funnel of different ids', () => {
  it('works with stage ids such as __proto__', () => {
    const odd = defineFunnel(['__proto__', 'constructor'] as const);
    const goal = { ...good, baseline: undefined };
    const ctx = JSON.parse('{"rates": {"constructor": {"successes": 1, "trials": 20}}, "capacity": {"__proto__": {"reps": 1, "perRepPerDay": 10}}}');
    const report = validateSmart(goal, { ...ctx, funnel: odd });
    expect(report.criteria.realistic.findings.map((f) => [f.code, f.data['required'], f.data['available']])).toEqual([
      ['CAPACITY_SHORTFALL', 1000, 600],
      ['ASSUMED_RATE_ABOVE_ESTIMATE', undefined, undefined], // 50 of 600 calls (8.3%) is above 1 in 20 but inside its wide interval
    ]);
  });
  it('reads observed rates once, with the shared checks: a fractional count is refused, not used as 2.5 successes', () => {
    const odd = defineFunnel(['__proto__', 'constructor'] as const);
    const goal = { ...good, baseline: undefined };
    const capacity = JSON.parse('{"__proto__": {"reps": 1, "perRepPerDay": 10}}');
    const e = errorOf(() => validateSmart(goal, { funnel: odd, capacity, rates: { constructor: { successes: 2.5, trials: 20 } } } as never));
    expect([e.code, e.path]).toEqual(['NOT_INTEGER', ['context', 'rates', 'constructor', 'successes']]);
  });
});

describe('validateSmart: extreme numbers stay honest', () => {
  it('a history that grows by 10^280 in one step and a target of 10^-300', () => {
    const history = [
      { period: '2024', value: '1e-290' },
      { period: '2025', value: '1e-10' },
      { period: '2026', value: 1 },
    ];
    const report = validateSmart({ ...good, baseline: undefined, target: '1e-300' }, { history });
    expectHonest(() => report);
    expect(report.criteria.achievable.findings).toEqual([]); // far below the trend: not ambitious
    // a steady ×10^150 a year: three years of it is e^1036, beyond a double; holding at most 2 is far off that trend
    const steady = [
      { period: '2024', value: '1e-300' },
      { period: '2025', value: '1e-150' },
      { period: '2026', value: 1 },
    ];
    const hold = validateSmart({ ...good, baseline: undefined, target: 'at most 2', deadline: '2029-01-01' }, { history: steady });
    expectHonest(() => hold);
    const f = hold.criteria.achievable.findings[0]!;
    expect([f.code, f.data['expectedGrowth']]).toEqual(['GROWTH_ABOVE_HISTORY', null]);
    expect(f.message).toContain('history suggests about ∞');
  });
  it('refuses a spread of 0, which would make any change infinitely unlikely', () => {
    expect(errorOf(() => validateSmart(good, { thresholds: { minSd: 0 } })).code).toBe('OUT_OF_RANGE');
  });
});

describe('capacity beyond exact counting', () => {
  it('throws RESULT_TOO_LARGE rather than capping the available activity', () => {
    const e = errorOf(() => validateSmart(good, { ...context, capacity: { call: { reps: 2 ** 52, perRepPerDay: 1000 } } }));
    expect([e.code, e.path]).toEqual(['RESULT_TOO_LARGE', ['context', 'capacity', 'call']]);
  });
});
