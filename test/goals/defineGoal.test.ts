import { describe, expect, it } from 'vitest';
import { KNOWN_METRICS, defineGoal, goalSchema, type GoalInput } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const base = { title: 'Goal', metric: 'revenue', target: 1000, unit: 'USD' } as const;
const targetOf = (target: unknown, extra: Record<string, unknown> = {}) =>
  JSON.parse(JSON.stringify(defineGoal({ ...base, ...extra, target } as unknown as GoalInput).target));

describe('defineGoal', () => {
  it('reads every field of a DOMAIN.md §4 goal', () => {
    const goal = defineGoal({
      id: 'rev-2026',
      title: 'Grow revenue of our core product',
      metric: 'Revenue',
      level: 'annual',
      target: { value: 5_000_000, unit: 'USD' },
      baseline: { value: 700_000, period: '2025' },
      start: new Date(Date.UTC(2026, 0, 1)),
      deadline: '2026-12-31',
      checkIn: 'monthly',
      owner: 'Sales team',
      method: 'consultative selling of the core product',
      channel: 'phone',
      parent: 'company-2026',
    });
    expect(JSON.parse(JSON.stringify(goal))).toEqual({
      id: 'rev-2026',
      title: 'Grow revenue of our core product',
      metric: 'revenue',
      known: true,
      measure: 'money',
      aggregate: 'sum',
      kind: 'outcome',
      level: 'annual',
      target: { type: 'absolute', value: '5000000', direction: 'at-least' },
      unit: 'USD',
      baseline: { value: '700000', period: '2025' },
      start: '2026-01-01',
      deadline: '2026-12-31',
      checkIn: 'monthly',
      owner: 'Sales team',
      method: 'consultative selling of the core product',
      channel: 'phone',
      parent: 'company-2026',
      stage: null,
    });
    expect(Object.isFrozen(goal)).toBe(true);
    expect(defineGoal(goal)).toBe(goal);
    expect(defineGoal(JSON.parse(JSON.stringify(goal)))).toEqual(goal);
  });

  it('reads target shorthands', () => {
    expect(targetOf('+10%')).toEqual({ type: 'relative', change: '1/10', basis: 'relative', direction: 'at-least' });
    expect(targetOf('-5%')).toEqual({ type: 'relative', change: '-1/20', basis: 'relative', direction: 'at-most' });
    expect(targetOf('+8pp')).toEqual({ type: 'relative', change: '2/25', basis: 'additive', direction: 'at-least' });
    expect(targetOf('+ 8 points')).toEqual({ type: 'relative', change: '2/25', basis: 'additive', direction: 'at-least' });
    expect(targetOf('+50')).toEqual({ type: 'relative', change: '50', basis: 'additive', direction: 'at-least' });
    expect(targetOf('below 1%', { metric: 'churn' })).toEqual({ type: 'absolute', value: '1/100', direction: 'at-most' });
    expect(targetOf('at least 50')).toEqual({ type: 'absolute', value: '50', direction: 'at-least' });
    expect(targetOf('≤ 30')).toEqual({ type: 'absolute', value: '30', direction: 'at-most' });
    expect(targetOf({ change: '12%' })).toEqual({ type: 'relative', change: '3/25', basis: 'relative', direction: 'at-least' });
    expect(targetOf({ value: 40, direction: 'at-most' })).toEqual({ type: 'absolute', value: '40', direction: 'at-most' });
  });

  it('takes the direction a metric implies: lower is better for churn, CAC, cycle length', () => {
    expect(targetOf('1%', { metric: 'churn' }).direction).toBe('at-most');
    expect(targetOf(300, { metric: 'CAC' }).direction).toBe('at-most');
    expect(targetOf(40, { metric: 'sales cycle' }).direction).toBe('at-most');
    expect(targetOf(2000, { metric: 'deal size' }).direction).toBe('at-least');
  });

  it('canonicalises metrics and knows their measure; custom metrics are counts unless told', () => {
    const info = (metric: string, extra: Record<string, unknown> = {}) => {
      const g = defineGoal({ ...base, metric, ...extra } as GoalInput);
      return [g.metric, g.known, g.measure, g.aggregate, g.kind, g.unit];
    };
    expect(info('Win rate', { target: '40%', unit: undefined })).toEqual(['win-rate', true, 'rate', 'level', 'outcome', '%']);
    expect(info('MQLs')).toEqual(['mqls', true, 'count', 'sum', 'outcome', 'USD']);
    expect(info('Customer lifetime value')).toEqual(['ltv', true, 'money', 'level', 'outcome', 'USD']);
    expect(info('calls', { unit: undefined })).toEqual(['calls', true, 'count', 'sum', 'activity', 'calls']);
    expect(info('Coaching hours', { unit: undefined })).toEqual(['coaching-hours', true, 'amount', 'sum', 'activity', 'hours']);
    expect(info('LinkedIn followers', { unit: undefined })).toEqual(['linkedin-followers', false, 'count', 'sum', 'outcome', null]);
    expect(info('Quiz score', { measure: 'amount', aggregate: 'level', unit: 'points' })).toEqual(['quiz-score', false, 'amount', 'level', 'outcome', 'points']);
    expect(Object.keys(KNOWN_METRICS)).toContain('cycle-length');
  });

  it('throws one FunnelMathError per problem, with a path', () => {
    const err = (input: unknown) => {
      const e = errorOf(() => defineGoal(input as GoalInput));
      return [e.code, e.path];
    };
    expect(err('grow')).toEqual(['INVALID_INPUT', []]);
    expect(err({ ...base, title: '' })).toEqual(['MISSING_VALUE', ['title']]);
    expect(err({ ...base, metric: undefined })).toEqual(['MISSING_VALUE', ['metric']]);
    expect(err({ ...base, target: undefined })).toEqual(['MISSING_VALUE', ['target']]);
    expect(err({ ...base, target: 'lots' })).toEqual(['INVALID_NUMBER', ['target']]);
    expect(err({ ...base, target: Number.POSITIVE_INFINITY })).toEqual(['NOT_FINITE', ['target']]);
    expect(err({ ...base, target: { value: 1, change: '1%' } })).toEqual(['INVALID_INPUT', ['target']]);
    expect(err({ ...base, target: { value: 1, dir: 'up' } })).toEqual(['UNKNOWN_OPTION', ['target', 'dir']]);
    expect(err({ ...base, target: -5 })).toEqual(['NEGATIVE', ['target']]);
    expect(err({ ...base, metric: 'win rate', target: '140%' })).toEqual(['OUT_OF_RANGE', ['target']]);
    expect(err({ ...base, target: '-150%', baseline: 100 })).toEqual(['OUT_OF_RANGE', ['target']]);
    expect(err({ ...base, baseline: -1 })).toEqual(['NEGATIVE', ['baseline']]);
    expect(err({ ...base, baseline: { value: 'x' } })).toEqual(['INVALID_NUMBER', ['baseline', 'value']]);
    expect(err({ ...base, baseline: { period: '2025' } })).toEqual(['MISSING_VALUE', ['baseline', 'value']]);
    expect(err({ ...base, start: '2026-02-30' })).toEqual(['INVALID_DATE', ['start']]);
    expect(err({ ...base, start: '2026-02-01', deadline: '2026-01-31' })).toEqual(['INVALID_RANGE', ['deadline']]);
    expect(err({ ...base, start: '2026-02-01', deadline: '2026-02-01' })).toEqual(['DEADLINE_ON_START', ['deadline']]);
    expect(err({ ...base, checkIn: 'hourly' })).toEqual(['INVALID_CHOICE', ['checkIn']]);
    expect(err({ ...base, owner: 3 })).toEqual(['INVALID_INPUT', ['owner']]);
    expect(err({ ...base, deadLine: '2026-12-31' })).toEqual(['UNKNOWN_OPTION', ['deadLine']]);
    expect(err({ ...base, target: { change: '+10%', basis: 'compound' } })).toEqual(['INVALID_CHOICE', ['target', 'basis']]);
    expect(err({ ...base, known: 'yes' })).toEqual(['INVALID_INPUT', ['known']]);
  });

  it('words every error from the catalog, in the words of the person who typed the goal', () => {
    const message = (input: unknown) => errorOf(() => defineGoal(input as GoalInput)).message;
    expect(message('grow')).toBe("The goal should be an object such as { title: 'Calls', metric: 'calls', target: 1000 }; got \"grow\".");
    expect(message({ ...base, title: ' ' })).toBe("Nothing was given for the title of the goal; give a short name, such as 'Grow revenue'.");
    expect(message({ ...base, target: undefined })).toBe("Nothing was given for the target; give a number, a percent, or a change such as '+10%', '+8pp' or 'below 1%'.");
    expect(message({ ...base, target: '+lots%' })).toBe("The target should be a number, a percent, or a change such as '+10%', '+8pp' or 'below 1%'; got \"+lots%\".");
    expect(message({ ...base, target: { value: 1, change: '1%' } })).toBe("The target should be either { value: 5000000 } or { change: '+10%' }, not both; got an object.");
    expect(message({ ...base, target: -5 })).toBe('The target cannot be negative; got -5.');
    expect(message({ ...base, metric: 'win rate', target: '140%' })).toBe("The target should be a share from 0 to 1, such as 0.15 or '15%'; got \"140%\".");
    expect(message({ ...base, target: '-150%', baseline: 100 })).toBe('The target should be a change of -100% or more; got "-150%".');
    expect(message({ ...base, metric: 'win rate', target: '+300%', baseline: '30%' })).toBe('The target should be a change that keeps the rate within 0–100%; got "+300%".');
    expect(message({ ...base, baseline: { value: 'x' } })).toBe("The baseline should be a value of 0 or more, such as 700000 or '30%'; got \"x\".");
    expect(message({ ...base, start: '2026-02-30' })).toBe('The start date should be a calendar date written YYYY-MM-DD, such as 2026-11-30; got "2026-02-30".');
    expect(message({ ...base, start: '2026-02-01', deadline: '2026-02-01' })).toBe('The deadline (2026-02-01) is the start day; give a later deadline.');
    expect(message({ ...base, checkIn: 'hourly' })).toBe('The "checkIn" of the goal should be one of "daily", "weekly", "biweekly", "monthly", "quarterly"; got "hourly".');
    expect(message({ ...base, owner: 3 })).toBe('The "owner" of the goal should be a text; got 3.');
  });

  it('accepts a goal that is not yet SMART (validateSmart judges it)', () => {
    const g = defineGoal({ title: 'More demos', metric: 'demos', target: '+15%' });
    expect([g.baseline, g.start, g.deadline, g.method, g.owner, g.checkIn]).toEqual([null, null, null, null, null, null]);
  });
});

describe('goalSchema', () => {
  it('parses JSON into a goal, and turns problems into zod issues with our code', () => {
    const ok = goalSchema.safeParse({ title: 'Calls', metric: 'calls', target: 1000 });
    expect(ok.success && ok.data.kind).toBe('activity');
    const bad = goalSchema.safeParse({ title: 'Calls', metric: 'calls', target: 'many' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['target']);
    expect((bad.error!.issues[0] as { params?: { code?: string } }).params!.code).toBe('INVALID_NUMBER');
  });
});
