import { describe, expect, it } from 'vitest';
import { defineFunnel, funnelFromCounts, funnelSchema, requiredActivity } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

describe('defineFunnel', () => {
  it('keeps order, labels and kinds', () => {
    const f = defineFunnel(['call', { id: 'meeting', label: 'Meetings held' }, { id: 'sale', kind: 'outcome' }] as const);
    expect(f.stages).toEqual([
      { id: 'call', label: 'call', kind: 'activity', index: 0 },
      { id: 'meeting', label: 'Meetings held', kind: 'activity', index: 1 },
      { id: 'sale', label: 'sale', kind: 'outcome', index: 2 },
    ]);
    expect(Object.isFrozen(f)).toBe(true);
    expect(JSON.parse(JSON.stringify(f))).toEqual({ stages: f.stages, ids: ['call', 'meeting', 'sale'] });
  });

  it.each([
    [['call'], 'FUNNEL_TOO_SHORT', []],
    [[], 'FUNNEL_TOO_SHORT', []],
    [['call', 'call'], 'DUPLICATE_STAGE', [1]],
    [['call', ''], 'INVALID_STAGE_ID', [1]],
    [['call', '   '], 'INVALID_STAGE_ID', [1]],
    [['call', 7], 'INVALID_STAGE_ID', [1]],
    [['call', { id: 'x', colour: 'red' }], 'UNKNOWN_OPTION', [1, 'colour']],
    [['call', { id: 'x', kind: 'lead' }], 'INVALID_CHOICE', [1, 'kind']],
    [['call', { label: 'Sales' }], 'INVALID_STAGE_ID', [1, 'id']],
    [Array.from({ length: 65 }, (_, i) => `s${i}`), 'TOO_LONG', []],
    ['call,sale', 'INVALID_INPUT', []],
  ])('%j → %s at %j', (input, code, path) => {
    const e = errorOf(() => defineFunnel(input as never));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  it('says what to fix in words, with stages counted from 1', () => {
    expect(errorOf(() => defineFunnel(['call', ''])).message).toBe('Stage 2 needs a name, a non-empty text such as "call"; got an empty text.');
    expect(errorOf(() => defineFunnel(['call', 'sale', 'call'])).message).toBe(
      'The stage "call" appears twice (stages 1 and 3); give each stage its own name.',
    );
    expect(errorOf(() => defineFunnel(['call', { id: 'sale', kind: 'won' }] as never)).message).toBe(
      'The kind of stage "sale" should be one of "activity", "outcome"; got "won".',
    );
  });

  it('treats __proto__ and constructor as ordinary ids and pollutes nothing', () => {
    const f = defineFunnel(['__proto__', 'constructor', 'toString'] as const);
    const counts = JSON.parse('{"__proto__": 100, "constructor": 20, "toString": 5}');
    const report = funnelFromCounts(f, counts);
    expect(report.stages.map((s) => s.count)).toEqual([100, 20, 5]);
    const plan = requiredActivity(f, { goal: 5, rates: report });
    expect(Object.keys(plan.required)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(plan.required)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(plan.required))).toEqual(JSON.parse('{"__proto__": 100, "constructor": 20, "toString": 5}'));
    expect(({} as Record<string, unknown>)['toString']).toBe(Object.prototype.toString);
    // a missing rate for "constructor" is not read from Object.prototype.constructor
    expect(errorOf(() => requiredActivity(f, { goal: 5, rates: { toString: '1/4' } as never })).code).toBe('MISSING_RATE');
  });
});

describe('funnelSchema', () => {
  it('parses untrusted JSON, including a serialised funnel', () => {
    const f = defineFunnel(['call', 'sale']);
    const again = funnelSchema.parse(JSON.parse(JSON.stringify(f)));
    expect(again.ids).toEqual(['call', 'sale']);
    expect(requiredActivity(again, { goal: 2, rates: { sale: '50%' } }).required).toEqual({ call: 4, sale: 2 });
  });
  it('reports our code and path in the zod issue', () => {
    const result = funnelSchema.safeParse(['a', 'b', 'a']);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect([issue.path, (issue as { params?: { code: string } }).params?.code]).toEqual([[2], 'DUPLICATE_STAGE']);
  });
});
