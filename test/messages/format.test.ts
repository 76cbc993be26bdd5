import { describe, expect, it } from 'vitest';
import { defineFunnel, errorMessagesEn, requiredActivity, schedule, workingDays } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

/*
 * Subjects are often plural ("The rates", "The reps", "The holidays"). A template that any list or
 * object can be the subject of must not put a singular verb after it ("The rates is missing"): it
 * says "{subject} should be …", "{subject}: …", or puts the subject inside the sentence, where the
 * filler starts it with a small letter ("Nothing was given for the rates").
 */
const verbAfterSubject = (template: string) => /^\{subject\}(\[[^\]]*\])? (is|has|names|needs|does|mixes|was|are)\b/.test(template);

/** The codes whose subject is always one value (a rate, a result, a history, a cell), never a list. */
const ONE_VALUE = ['ZERO_RATE', 'RATE_ABOVE_ONE', 'SUCCESSES_ABOVE_TRIALS', 'NO_TRIALS', 'RESULT_TOO_LARGE', 'UNDEFINED_RESULT', 'INCOMPATIBLE', 'MIXED_PERIODS', 'PERIOD_ORDER', 'EMPTY_CELL'];

describe('subjects meet their verbs', () => {
  it('only templates about one value put a verb right after the subject', () => {
    const verbs = Object.entries(errorMessagesEn.errors).filter(([, t]) => verbAfterSubject(t)).map(([code]) => code);
    expect(verbs.filter((code) => !ONE_VALUE.includes(code))).toEqual([]);
    expect(verbs.length).toBeGreaterThan(5);
  });

  it('a subject inside a sentence starts with a small letter, at the start with a capital', () => {
    const f = defineFunnel(['call', 'sale'] as const);
    expect(errorOf(() => requiredActivity(f, { goal: 5 } as never)).message).toBe('Nothing was given for the rates; give an object keyed by stage.');
    expect(errorOf(() => requiredActivity(f, { goal: 5, rates: { demo: '5%' } } as never)).message).toMatch(/^The rates: "demo" is not a stage of this funnel/);
    const plan = { stages: [{ stage: 'call', required: 10 }] };
    expect(errorOf(() => schedule(plan, { start: '2026-11-01', end: '2026-11-30', reps: [] })).message).toBe(
      "The reps: the list is empty; give a list of names, such as 'Ana' and 'Bo', or weights such as { Ana: 2, Bo: 1 }, at least one of them above 0.",
    );
    expect(errorOf(() => workingDays('2026-11-01', '2026-11-30', { holidays: new Array(40_000).fill('2026-11-05') })).message).toBe(
      'There are 40000 entries in the holidays; at most 36600 are accepted.',
    );
  });

  it('brackets around no placeholder are the text’s own, kept as written', () => {
    const e = errorOf(() => workingDays('2026-11-01', '2026-11-30', { weekend: 'sat' } as never));
    expect(e.message).toBe("The weekend should be a list of weekend days, such as 'sat' and 'sun', or 6 and 0; got \"sat\".");
    expect(errorMessagesEn.expected.funnel).toBe("a funnel from defineFunnel(['call', 'sale']) or a list of stages");
    const f = errorOf(() => requiredActivity(5 as never, { goal: 5, rates: {} }));
    expect(f.message).toContain("defineFunnel(['call', 'sale'])");
  });
});
