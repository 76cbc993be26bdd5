import { describe, expect, it } from 'vitest';
import { goalMessagesRo, goalMessagesRu } from '../../src/locales.js';
import { defineFunnel, learnFromHistory, pipelineForecast, SMART_DEFAULTS, validateSmart, winWithin, type GoalInput, type SmartContext } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';
import { bigPipeline, deals, h1, pipeline, probabilities, q4, team } from './forecastFixtures.js';

const realistic = (goal: Record<string, unknown>, context: SmartContext) => validateSmart(goal as unknown as GoalInput, context).criteria.realistic;
const usd = (value: number) => ({ value, unit: 'USD' });
const q4Data = { won: '40000', asOf: '2026-11-02', deadline: '2026-12-31', fromHistory: 0 };
const limits = { forecastWarn: 0.5, forecastFail: 0.1 };

describe('validateSmart with a pipeline', () => {
  it('a likely goal: coverage 1.5×, a 408/625 chance, realistic passes', () => {
    expect(realistic(q4, { pipeline })).toEqual({
      verdict: 'pass',
      checked: true,
      findings: [
        {
          code: 'PIPELINE_COVERAGE',
          criterion: 'realistic',
          severity: 'info',
          message: 'The open pipeline of $90,000 against the $60,000 still to win: a coverage of 1.5× (target $100,000, $40,000 won so far).',
          path: ['context', 'pipeline', 'deals'],
          data: { target: '100000', ...q4Data, open: '90000', remaining: '60000', coverage: '3/2' },
        },
        {
          code: 'FORECAST_LIKELY',
          criterion: 'realistic',
          severity: 'info',
          message: 'The pipeline forecast gives a 65.3% chance of reaching the target $100,000 by 2026-12-31: at least 50%.',
          path: ['goal', 'target'],
          data: { target: '100000', ...q4Data, method: 'exact-lattice', ...limits, probability: '408/625', resolved: true },
        },
      ],
    });
  });

  it('the chance is the forecast quota probability of what is still to win', () => {
    const f = pipelineForecast(deals, { asOf: '2026-11-02', period: { end: '2026-12-31' }, probabilities, quota: 60000 });
    const p = f.quota?.probability;
    expect(p?.resolved && p.value.toString()).toBe(realistic(q4, { pipeline }).findings[1]!.data['probability']);
  });

  it('an unlikely goal warns (276/625 = 44.2% for $110,000) and a very unlikely one fails (1% for $130,000 at 50% and 20%)', () => {
    const unlikely = realistic({ ...q4, target: usd(110000) }, { pipeline });
    expect(unlikely.verdict).toBe('warn');
    expect(unlikely.findings[1]).toEqual({
      code: 'FORECAST_UNLIKELY',
      criterion: 'realistic',
      severity: 'warn',
      message: 'The pipeline forecast gives only a 44.2% chance of reaching the target $110,000 by 2026-12-31, below 50%: say where the rest will come from.',
      path: ['goal', 'target'],
      data: { target: '110000', ...q4Data, method: 'exact-lattice', ...limits, probability: '276/625', resolved: true },
    });
    const hopeless = realistic({ ...q4, target: usd(130000) }, { pipeline: { ...pipeline, probabilities: { proposal: '50%', demo: '20%' } } });
    expect(hopeless.verdict).toBe('fail');
    expect(hopeless.findings.map((f) => [f.code, f.message, f.data])).toEqual([
      [
        'PIPELINE_COVERAGE',
        'The open pipeline of $90,000 against the $90,000 still to win: a coverage of 1× (target $130,000, $40,000 won so far).',
        { target: '130000', ...q4Data, open: '90000', remaining: '90000', coverage: '1' },
      ],
      [
        'FORECAST_VERY_UNLIKELY',
        'The pipeline forecast gives only a 1% chance of reaching the target $130,000 by 2026-12-31, below 10%: the pipeline cannot carry this goal.',
        { target: '130000', ...q4Data, method: 'exact-lattice', ...limits, probability: '1/100', resolved: true },
      ],
    ]);
  });

  it('a chance exactly at a threshold is on its better side', () => {
    // 408/625 is the warn threshold: likely; 144/625 ($120,000) is the fail threshold: unlikely, not failing
    expect(realistic(q4, { pipeline, thresholds: { forecastWarn: 408 / 625 } }).findings[1]!.code).toBe('FORECAST_LIKELY');
    expect(realistic({ ...q4, target: usd(120000) }, { pipeline, thresholds: { forecastFail: 144 / 625 } }).findings[1]!.code).toBe('FORECAST_UNLIKELY');
  });

  it('a deals goal takes P(wins ≥ target) from the exact count distribution, with the won deal counted', () => {
    const r = realistic({ ...q4, title: 'Q4 deals', metric: 'deals', target: { value: 4, unit: 'deals' } }, { pipeline });
    expect(r.findings.map((f) => [f.code, f.message, f.data])).toEqual([
      ['PIPELINE_COVERAGE', 'The open pipeline of 4 against the 3 still to win: a coverage of 1.33× (target 4, 1 won so far).', { target: '4', ...q4Data, won: '1', open: '4', remaining: '3', coverage: '4/3' }],
      ['FORECAST_LIKELY', 'The pipeline forecast gives a 65.3% chance of reaching the target 4 by 2026-12-31: at least 50%.', { target: '4', ...q4Data, won: '1', method: 'exact-rational', ...limits, probability: '408/625', resolved: true }],
    ]);
  });

  it('a target already won says so and has nothing to forecast', () => {
    expect(realistic({ ...q4, target: usd(40000) }, { pipeline }).findings).toEqual([
      {
        code: 'TARGET_ALREADY_WON',
        criterion: 'realistic',
        severity: 'info',
        message: 'Already won: $40,000, which reaches the target $40,000; the pipeline has nothing left to bring.',
        path: ['context', 'pipeline'],
        data: { target: '40000', ...q4Data },
      },
    ]);
  });

  it('a deal won before the goal started does not count toward it', () => {
    const early = [{ id: 'old', amount: 50000, stage: 'won', status: 'won', closedAt: '2026-09-30' }, ...deals] as const;
    expect(realistic(q4, { pipeline: { ...pipeline, deals: early } }).findings[1]!.data['probability']).toBe('408/625');
  });

  it('probabilities from history: each open deal gets its chance of winning within the days left at its age', () => {
    const history = learnFromHistory(
      [
        { id: 'h1', stage: 'proposal', status: 'won', createdAt: '2026-01-01', closedAt: '2026-01-21' },
        { id: 'h2', stage: 'proposal', status: 'lost', createdAt: '2026-01-01', closedAt: '2026-02-10' },
        { id: 'h3', stage: 'proposal', status: 'won', createdAt: '2026-02-01', closedAt: '2026-04-02' },
        { id: 'h4', stage: 'proposal', status: 'won', createdAt: '2026-03-01', closedAt: '2026-03-31' },
        { id: 'h5', stage: 'proposal', status: 'open', createdAt: '2026-05-01' },
        { id: 'h6', stage: 'demo', status: 'won', createdAt: '2026-01-01', closedAt: '2026-03-02' },
        { id: 'h7', stage: 'demo', status: 'lost', createdAt: '2026-01-01', closedAt: '2026-01-31' },
        { id: 'h8', stage: 'demo', status: 'lost', createdAt: '2026-02-01', closedAt: '2026-03-03' },
      ],
      { asOf: '2026-09-30', stages: ['demo', 'proposal'] },
    );
    const r = realistic({ ...q4, title: 'Q4 deals', metric: 'deals', target: { value: 3, unit: 'deals' } }, { pipeline: { deals, asOf: '2026-11-02', history } });
    const chance = r.findings[1]!;
    expect([chance.code, chance.data['fromHistory'], chance.data['probability']]).toEqual(['FORECAST_UNLIKELY', 4, '1/4']);
    // the same forecast with each deal's probability given by hand: w1 closed before asOf, so 2 more wins reach 3
    const ages = { a: 28, b: 62, c: 8, d: 93 } as const;
    const given = deals.map((d) => (d.id in ages ? { ...d, probability: winWithin(history, d.stage, ages[d.id as keyof typeof ages], 59).probability! } : d));
    const f = pipelineForecast(given, { asOf: '2026-11-02', period: { end: '2026-12-31' } });
    const p = f.count.method === 'exact-rational' ? f.count.distribution.filter((x) => x.wins >= 2).reduce((s, x) => s.add(x.probability), f.count.expected.sub(f.count.expected)) : null;
    expect(p?.toString()).toBe('1/4');
  });
});

describe('validateSmart with a pipeline whose chance is bounds', () => {
  const goal = { ...q4, target: usd(300000) };
  const data = { target: '300000', won: '0', asOf: '2026-11-02', deadline: '2026-12-31', fromHistory: 0, method: 'bracketed-lattice', lower: 0.9993992757128354, upper: 0.9993992758398507, resolved: false };
  it('judged by the lower bound when even it is at least the warn threshold', () => {
    expect(realistic(goal, { pipeline: bigPipeline }).findings[1]).toEqual({
      code: 'FORECAST_BRACKET_LIKELY',
      criterion: 'realistic',
      severity: 'info',
      message: 'The pipeline forecast puts the chance of reaching the target $300,000 by 2026-12-31 between 99.9% and 99.9% (bounds, not one exact number); even the lower bound is at least 50%.',
      path: ['goal', 'target'],
      data: { ...data, ...limits },
    });
  });
  it('"cannot tell" when the warn threshold lies between the bounds', () => {
    const r = realistic(goal, { pipeline: bigPipeline, thresholds: { forecastWarn: 0.99939927578 } });
    expect(r.verdict).toBe('warn');
    expect([r.findings[1]!.code, r.findings[1]!.severity, r.findings[1]!.message, r.findings[1]!.data]).toEqual([
      'FORECAST_BRACKET_UNDECIDED',
      'warn',
      'The pipeline forecast puts the chance of reaching the target $300,000 by 2026-12-31 between 99.9% and 99.9% (bounds, not one exact number); that cannot tell whether it is at least 99.9%.',
      { ...data, forecastWarn: 0.99939927578, forecastFail: 0.1 },
    ]);
  });
  it('fails when even the upper bound is below the fail threshold, and warns when both bounds lie between the thresholds', () => {
    const fails = realistic(goal, { pipeline: bigPipeline, thresholds: { forecastWarn: 0.9995, forecastFail: 0.9994 } });
    expect([fails.verdict, fails.findings[1]!.code, fails.findings[1]!.message]).toEqual([
      'fail',
      'FORECAST_BRACKET_VERY_UNLIKELY',
      'The pipeline forecast puts the chance of reaching the target $300,000 by 2026-12-31 between 99.9% and 99.9% (bounds, not one exact number); even the upper bound is below 99.9%: the pipeline cannot carry this goal.',
    ]);
    const warns = realistic(goal, { pipeline: bigPipeline, thresholds: { forecastWarn: 0.9995, forecastFail: 0.999 } });
    expect([warns.verdict, warns.findings[1]!.code]).toEqual(['warn', 'FORECAST_BRACKET_UNLIKELY']);
  });
});

describe('validateSmart with a team', () => {
  it('a shortfall that hires close: 2 new reps starting by 2026-02', () => {
    expect(realistic(h1, { team })).toEqual({
      verdict: 'warn',
      checked: true,
      findings: [
        {
          code: 'TEAM_HIRES_NEEDED',
          criterion: 'realistic',
          severity: 'warn',
          message: 'The team’s quota capacity through 2026-06 is $600,000, short of the target $900,000: new reps needed: 2, starting by 2026-02 at the latest.',
          path: ['context', 'team'],
          data: { target: '900000', capacity: '600000', deadline: '2026-06', measure: 'through-deadline', hires: 2, latestStart: '2026-02', withHires: '950000' },
        },
      ],
    });
  });
  it('no finding when the team covers the target', () => {
    expect(realistic({ ...h1, target: usd(600000) }, { team })).toEqual({ verdict: 'pass', checked: true, findings: [] });
  });
  it('infeasible: no hire adds capacity by the deadline', () => {
    expect(realistic({ ...h1, deadline: '2026-02-28' }, { team: { ...team, ramp: ['0%', '0%', '50%'] } }).findings).toEqual([
      {
        code: 'TEAM_HIRES_INFEASIBLE',
        criterion: 'realistic',
        severity: 'fail',
        message: 'The team’s quota capacity through 2026-02 is $200,000, short of the target $900,000, and no new rep adds capacity by then: the ramp gives nothing so early.',
        path: ['context', 'team'],
        data: { target: '900000', capacity: '200000', deadline: '2026-02', measure: 'through-deadline', reason: 'no-capacity-from-hires-by-deadline' },
      },
    ]);
  });
});

const funnel = defineFunnel([
  { id: 'call', label: 'Calls', kind: 'activity' },
  { id: 'meeting', label: 'Meetings', kind: 'activity' },
  { id: 'sale', label: 'Sales', kind: 'outcome' },
]);
// 50 sales ← 200 meetings at 25% ← 1,000 calls at 20%; one BDR making 6 calls a working day
const sales = { title: 'H1 sales', metric: 'sales', target: { value: 50, unit: 'sales' }, start: '2026-01-01', deadline: '2026-06-30', method: 'Outbound calls to the new territory', owner: 'BDR team', checkIn: 'weekly' };
const bdrs = { funnel, rates: { meeting: '20%', sale: '25%' }, capacity: { call: { reps: 1, perRepPerDay: 6 } } };
const ramp = ['25%', '50%', '75%'];

describe('validateSmart: an activity stage short of reps, with the team (more leads need more reps)', () => {
  it('without a team the shortfall fails; with the ramp it becomes 1 hire starting on 2026-03-01', () => {
    expect(realistic(sales, bdrs).findings.map((f) => [f.code, f.data])).toEqual([['CAPACITY_SHORTFALL', { stage: 'call', required: 1000, available: 774, workingDays: 129, shortfall: 226 }]]);
    // a hire on 1 March: 22 × 6 × 25% + 22 × 6 × 50% + 21 × 6 × 75% + 22 × 6 = 325.5 calls by June;
    // one starting on 1 April does 33 + 63 + 99 = 195 < 226, so March is the latest month for one hire
    expect(realistic(sales, { ...bdrs, team: { ramp } })).toEqual({
      verdict: 'warn',
      checked: true,
      findings: [
        {
          code: 'CAPACITY_HIRES_NEEDED',
          criterion: 'realistic',
          severity: 'warn',
          message: 'The goal needs 1,000 "call" in 129 working days, and the team is expected to do 774: new reps needed: 1, starting on 2026-03-01 at the latest.',
          path: ['context', 'capacity', 'call'],
          data: { stage: 'call', required: 1000, workingDays: 129, expected: '774', perRepPerDay: '6', hireStartsOn: 'first-of-month', hires: 1, latestStart: '2026-03-01', perHire: '651/2', withHires: '2199/2' },
        },
      ],
    });
  });
  it('a bigger goal needs more hires, and earlier', () => {
    const f = realistic({ ...sales, target: { value: 100, unit: 'sales' } }, { ...bdrs, team: { ramp } }).findings[0]!;
    // 2,000 calls: 1,226 short; a January hire does 22×1.5 + 20×3 + 22×4.5 + 22×6 + 21×6 + 22×6 = 582 by June (3 hires),
    // a February one 20×1.5 + 22×3 + 22×4.5 + 21×6 + 22×6 = 453 (3 hires), a March one 325.5 (4)
    expect([f.code, f.data['hires'], f.data['latestStart'], f.data['perHire']]).toEqual(['CAPACITY_HIRES_NEEDED', 3, '2026-02-01', '453']);
  });
  it('attrition takes from the reps there are, and hiring can start before the goal', () => {
    const f = realistic(sales, { ...bdrs, team: { ramp, attrition: '2%', backfillDelayMonths: 1 } }).findings[0]!;
    // the BDR stays with (98%)^k, k months in; a leaver's seat is filled a month later by a rep who ramps
    expect([f.code, f.data['expected'], f.data['hires'], f.data['latestStart']]).toEqual(['CAPACITY_HIRES_NEEDED', '58488515667/78125000', 1, '2026-03-01']);
    const early = realistic({ ...sales, target: { value: 100, unit: 'sales' } }, { ...bdrs, team: { ramp, hireFrom: '2025-11' } }).findings[0]!;
    // hired in November (ramping through January): 22×4.5 + 107×6 = 741 calls by June; in December
    // 22×3 + 20×4.5 + 87×6 = 678; both need 2 hires for the 1,226 short, January's 582 needs 3
    expect([early.data['hires'], early.data['latestStart'], early.data['perHire']]).toEqual([2, '2025-12-01', '678']);
  });
  it('says so when no hire adds any calls by the deadline', () => {
    expect(realistic({ ...sales, deadline: '2026-02-28' }, { ...bdrs, team: { ramp: ['0%', '0%', '50%'] } }).findings).toEqual([
      {
        code: 'CAPACITY_HIRES_INFEASIBLE',
        criterion: 'realistic',
        severity: 'fail',
        message: 'The goal needs 1,000 "call" in 42 working days, the team is expected to do 252, and no new rep adds any by the deadline: the ramp gives nothing so early.',
        path: ['context', 'capacity', 'call'],
        data: { stage: 'call', required: 1000, workingDays: 42, expected: '252', perRepPerDay: '6', hireStartsOn: 'first-of-month', reason: 'no-activity-from-hires-by-deadline' },
      },
    ]);
  });
  it('a team that does the activity leaves the plain capacity findings, and an activity goal reads the team the same way', () => {
    expect(realistic({ ...sales, target: { value: 35, unit: 'sales' } }, { ...bdrs, team: { ramp } }).findings.map((f) => f.code)).toEqual(['CAPACITY_TIGHT']);
    const calls = { ...sales, title: 'H1 calls', metric: 'calls', target: { value: 1000, unit: 'calls' } };
    expect(realistic(calls, { ...bdrs, team: { ramp } }).findings.map((f) => [f.code, f.data['hires'], f.data['latestStart']])).toEqual([['CAPACITY_HIRES_NEEDED', 1, '2026-03-01']]);
  });
  it('a revenue goal with a funnel, capacity and a team with quotas gets both checks', () => {
    const revenue = { ...h1, title: 'H1 revenue' };
    const both = realistic(revenue, { ...bdrs, averageDealSize: 18000, team }).findings.map((f) => f.code);
    expect(both).toEqual(['CAPACITY_HIRES_NEEDED', 'TEAM_HIRES_NEEDED']);
    // without quotas the team is there for the calls only
    const { quotaPerRep: _q, quotaPer: _p, ...noQuota } = team as Record<string, unknown>;
    expect(realistic(revenue, { ...bdrs, averageDealSize: 18000, team: noQuota as never }).findings.map((f) => f.code)).toEqual(['CAPACITY_HIRES_NEEDED']);
  });
  it('refuses a hiring month after the deadline, and a misspelt team option, at the path typed', () => {
    const e1 = errorOf(() => validateSmart(sales as GoalInput, { ...bdrs, team: { ramp, hireFrom: '2026-07' } }));
    expect([e1.code, e1.path]).toEqual(['OUT_OF_RANGE', ['context', 'team', 'hireFrom']]);
    const e2 = errorOf(() => validateSmart(sales as GoalInput, { ...bdrs, team: { ramps: ramp } as never }));
    expect([e2.code, e2.path]).toEqual(['UNKNOWN_OPTION', ['context', 'team', 'ramps']]);
    for (const e of [e1, e2]) expect(e.message).not.toMatch(/\{\w+\}|undefined/);
  });
  it('speaks Romanian with the same codes and data', () => {
    const r = validateSmart(sales as GoalInput, { ...bdrs, team: { ramp }, locale: goalMessagesRo }).criteria.realistic.findings[0]!;
    expect(r.message.replace(/\s/g, ' ')).toBe('Obiectivul cere 1.000 „call” în 129 zile lucrătoare, iar echipa ar trebui să facă 774: agenți noi necesari: 1, care să înceapă cel târziu pe 2026-03-01.');
  });
});

describe('validateSmart forecast findings: languages, unchecked goals and misuse', () => {
  it('speaks Russian with the same codes and data', () => {
    const r = validateSmart(h1, { team, locale: goalMessagesRu }).criteria.realistic.findings[0]!;
    expect(r.code).toBe('TEAM_HIRES_NEEDED');
    expect(r.message.replace(/\s/g, ' ')).toBe('Мощность команды по квотам до 2026-06 составляет 600 000 $, меньше цели 900 000 $: нужно новых менеджеров: 2, с началом работы не позднее 2026-02.');
  });
  it('an activity goal is not forecast from a pipeline, and says so', () => {
    expect(realistic({ ...q4, title: 'Calls', metric: 'calls', target: { value: 3000, unit: 'calls' } }, { pipeline }).findings.map((f) => [f.code, f.data])).toEqual([
      ['REALISTIC_UNCHECKED', { reason: 'not-outcome' }],
    ]);
    expect(realistic({ ...q4, title: 'Q4 deals', metric: 'deals', target: { value: 4, unit: 'deals' } }, { team }).findings.map((f) => [f.code, f.data])).toEqual([
      ['REALISTIC_UNCHECKED', { reason: 'not-money' }],
    ]);
  });
  it('has defaults for the forecast thresholds', () => {
    expect([SMART_DEFAULTS.forecastWarn, SMART_DEFAULTS.forecastFail]).toEqual([0.5, 0.1]);
  });
  it('refuses misuse with a code and the path to the value', () => {
    const e1 = errorOf(() => validateSmart(q4, { pipeline, thresholds: { forecastWarn: 0.2, forecastFail: 0.3 } }));
    expect([e1.code, e1.path]).toEqual(['OUT_OF_RANGE', ['context', 'thresholds', 'forecastFail']]);
    const e2 = errorOf(() => validateSmart(q4, { pipeline: { ...pipeline, quota: 5 } as never }));
    expect([e2.code, e2.path]).toEqual(['UNKNOWN_OPTION', ['context', 'pipeline', 'quota']]);
    const e3 = errorOf(() => validateSmart(q4, { pipeline: { ...pipeline, deals: [{ id: 'x', amount: -1, stage: 'demo' }] } }));
    expect([e3.code, e3.path]).toEqual(['NEGATIVE', ['context', 'pipeline', 'deals', 0, 'amount']]);
    const e4 = errorOf(() => validateSmart(q4, { pipeline: { ...pipeline, probabilities: { proposal: '80%' } } }));
    expect([e4.code, e4.path]).toEqual(['MISSING_VALUE', ['context', 'pipeline', 'deals', 3, 'stage']]);
    const e5 = errorOf(() => validateSmart(h1, { team: { ...team, deadline: '2026-06' } as never }));
    expect([e5.code, e5.path]).toEqual(['UNKNOWN_OPTION', ['context', 'team', 'deadline']]);
    const e6 = errorOf(() => validateSmart({ ...h1, deadline: '2027-06-30' }, { team }));
    expect([e6.code, e6.path]).toEqual(['OUT_OF_RANGE', ['goal', 'deadline']]);
    const e7 = errorOf(() => validateSmart(q4, { pipeline: { ...pipeline, asOf: '2027-01-05' } }));
    expect([e7.code, e7.path]).toEqual(['INVALID_RANGE', ['context', 'pipeline', 'asOf']]);
    const e8 = errorOf(() => validateSmart(q4, { pipeline: { deals, asOf: '2026-11-02', history: { kind: 'plan' } as never } }));
    expect([e8.code, e8.path[0], e8.path[1], e8.path[2]]).toEqual(['INVALID_INPUT', 'context', 'pipeline', 'history']);
    const e9 = errorOf(() => validateSmart(q4, { pipeline: { ...pipeline, history: learnFromHistory([{ id: 'h', stage: 'demo', status: 'open', createdAt: '2026-01-01' }], { asOf: '2026-09-30', stages: ['demo'] }) } }));
    expect([e9.code, e9.path]).toEqual(['CONFLICTING_OPTIONS', ['context', 'pipeline']]);
    for (const e of [e1, e2, e3, e4, e5, e6, e7, e8, e9]) expect(e.message).not.toMatch(/\{\w+\}|undefined/);
  });
});
