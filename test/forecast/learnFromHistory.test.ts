import { describe, expect, it } from 'vitest';
import { isPipelineHistory, learnFromHistory, winWithin } from '../../src/index.js';
import { AS_OF, proposalDeals } from './proposalHistory.js';
import { errorOf, expectHonest } from '../helpers/honest.js';

describe('learnFromHistory', () => {
  const history = learnFromHistory(proposalDeals(), { asOf: AS_OF, stages: ['proposal'] });
  const proposal = history.stages[0]!;

  it('the eventual win probability counts open deals as censored, between the two naive CRM rates', () => {
    expect([proposal.reached, proposal.won, proposal.lost, proposal.open]).toEqual([17, 9, 4, 4]);
    expect(JSON.parse(JSON.stringify(proposal.eventualWin))).toEqual({ probability: '3/5', within: 'observed-window', windowDays: 150 });
    expect(JSON.parse(JSON.stringify(proposal.wonOfReached))).toEqual({ rate: '9/17', denominator: 'reached', of: 17 });
    expect(JSON.parse(JSON.stringify(proposal.wonOfDecided))).toEqual({ rate: '9/13', denominator: 'decided', of: 13 });
    expect(proposal.entryFromCreatedAt).toBe(0);
  });

  it('time to close: Kaplan–Meier median 22 days', () => {
    expect(proposal.timeToClose.median.time).toBe(22);
    expect(proposal.timeToClose.events).toBe(13);
  });

  it('a deal 90 days in the stage is less likely to be won this month than a new one', () => {
    const fresh = winWithin(history, 'proposal', 0, 30);
    const old = winWithin(history, 'proposal', 90, 30);
    expect(fresh).toEqual({ probability: fresh.probability });
    expect(fresh.probability?.toString()).toBe('8/15');
    expect(old.probability?.toString()).toBe('1/4');
    expect(old.probability!.compare(fresh.probability!)).toBe(-1);
  });

  it('works on the history after a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(history));
    expect(isPipelineHistory(copy)).toBe(true);
    expect(winWithin(copy, 'proposal', 90, 30).probability?.toString()).toBe('1/4');
  });

  it('says why there is no probability, and when the horizon passes the observed window', () => {
    expect(winWithin(history, 'proposal', 151, 30)).toEqual({ probability: null, reason: 'beyond-observed-window' });
    const late = winWithin(history, 'proposal', 130, 30);
    expect([late.probability?.toString(), late.reason]).toEqual(['0', 'horizon-beyond-observed-window']);
    const closedAll = learnFromHistory([{ id: 'a', stage: 'demo', status: 'won', createdAt: '2026-01-01', closedAt: '2026-01-05' }], { asOf: AS_OF, stages: ['demo', 'proposal'] });
    expect(winWithin(closedAll, 'demo', 4, 10)).toEqual({ probability: null, reason: 'none-open-at-age' });
    expect(winWithin(closedAll, 'proposal', 0, 10)).toEqual({ probability: null, reason: 'no-deals' });
    expect(closedAll.stages[1]!.eventualWin).toEqual({ probability: null, reason: 'no-deals' });
    expect(closedAll.stages[1]!.wonOfReached).toEqual({ rate: null, denominator: 'reached', of: 0, reason: 'no-deals' });
    expect(closedAll.stages[1]!.timeToClose.median).toMatchObject({ time: null, reason: 'not-reached' });
  });

  it('a deal reached every stage up to its own (or the ones it lists); a stage it went through is measured from its creation', () => {
    const h = learnFromHistory(
      [
        { id: 'a', stage: 'proposal', status: 'won', createdAt: '2026-01-01', stageEnteredAt: '2026-01-11', closedAt: '2026-01-21' },
        { id: 'b', stage: 'demo', status: 'lost', createdAt: '2026-01-01', closedAt: '2026-01-04' },
        { id: 'c', stage: 'proposal', status: 'open', createdAt: '2026-06-01', stagesReached: ['proposal'] },
      ],
      { asOf: AS_OF, stages: ['demo', 'proposal'] },
    );
    const [demo, proposal] = h.stages;
    expect([demo!.reached, demo!.won, demo!.lost, demo!.entryFromCreatedAt]).toEqual([2, 1, 1, 0]);
    expect(demo!.incidence.steps.map((s) => s.time)).toEqual([3, 20]);
    expect([proposal!.reached, proposal!.entryFromCreatedAt]).toEqual([2, 1]);
    expect(proposal!.incidence.steps.map((s) => s.time)).toEqual([10, 29]);
  });

  it('is honest and refuses bad histories with a code and a path', () => {
    expectHonest(() => learnFromHistory(proposalDeals(), { asOf: AS_OF, stages: ['proposal'] }));
    const one = (deal: Record<string, unknown>) => errorOf(() => learnFromHistory([deal as never], { asOf: AS_OF, stages: ['demo'] }));
    expect(one({ id: 'a', stage: 'demo', status: 'won', createdAt: '2026-01-01' })).toMatchObject({ code: 'MISSING_VALUE', path: ['deals', 0, 'closedAt'] });
    expect(one({ id: 'a', stage: 'demo', status: 'won', createdAt: '2026-01-05', closedAt: '2026-01-01' })).toMatchObject({ code: 'INVALID_RANGE', path: ['deals', 0, 'closedAt'] });
    expect(one({ id: 'a', stage: 'demo', status: 'open', createdAt: '2026-08-01' })).toMatchObject({ code: 'INVALID_RANGE', path: ['options', 'asOf'] });
    expect(one({ id: 'a', stage: 'dmeo', status: 'open', createdAt: '2026-01-01' })).toMatchObject({ code: 'UNKNOWN_STAGE', path: ['deals', 0, 'stage'] });
    expect(one({ id: 'a', stage: 'demo', status: 'stalled', createdAt: '2026-01-01' })).toMatchObject({ code: 'INVALID_CHOICE', path: ['deals', 0, 'status'] });
    expect(one({ id: 'a', stage: 'demo', status: 'open', createdAt: '2026-02-30' })).toMatchObject({ code: 'INVALID_DATE', path: ['deals', 0, 'createdAt'] });
    const twice = errorOf(() => learnFromHistory([{ id: 'a', stage: 'demo', status: 'open', createdAt: '2026-01-01' }, { id: 'a', stage: 'demo', status: 'open', createdAt: '2026-01-01' }], { asOf: AS_OF, stages: ['demo'] }));
    expect([twice.code, twice.path]).toEqual(['DUPLICATE_ID', ['deals', 1, 'id']]);
    expect(errorOf(() => learnFromHistory([], { asOf: AS_OF, stages: [] })).code).toBe('EMPTY_LIST');
    expect(errorOf(() => learnFromHistory([], { asOf: AS_OF, stages: ['a', 'a'] })).code).toBe('DUPLICATE_STAGE');
    expect(errorOf(() => winWithin(history, 'demo', 0, 30)).code).toBe('UNKNOWN_STAGE');
    expect(errorOf(() => winWithin(history, 'proposal', -1, 30)).code).toBe('NEGATIVE');
    expect(errorOf(() => winWithin({ kind: 'plan' } as never, 'proposal', 0, 30)).code).toBe('INVALID_INPUT');
  });
});
