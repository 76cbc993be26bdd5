import { describe, expect, it } from 'vitest';
import { learnFromHistory, pipelineForecast, winWithin } from '../../src/index.js';
import { AS_OF, ago, proposalDeals } from './proposalHistory.js';
import { errorOf } from '../helpers/honest.js';

describe('pipelineForecast with time to close learned from history', () => {
  const history = learnFromHistory(proposalDeals(), { asOf: AS_OF, stages: ['proposal'] });
  // two open proposals on 2026-06-30 with the month of July... the period ends 30 days later
  const open = [
    { id: 'new', amount: 10_000, stage: 'proposal', stageEnteredAt: '2026-06-30' },
    { id: 'old', amount: 10_000, stage: 'proposal', stageEnteredAt: ago(90) },
  ];

  it("prices each deal by its age in the stage: the 90-day-old proposal counts for 1/4, the new one for 8/15", () => {
    const f = pipelineForecast(open, { asOf: AS_OF, period: { end: '2026-07-30' }, history, quota: 20_000 });
    expect(winWithin(history, 'proposal', 0, 30).probability?.toString()).toBe('8/15');
    expect(JSON.parse(JSON.stringify(f.probabilitySource))).toEqual({
      method: 'history',
      estimator: 'aalen-johansen-conditional-on-age',
      horizonDays: 30,
      ownProbability: 0,
      deals: [
        { id: 'new', ageDays: 0, probability: '8/15' },
        { id: 'old', ageDays: 90, probability: '1/4' },
      ],
    });
    // expected = 10,000 × (8/15 + 1/4) = 7,833.33…; both won = 8/15 × 1/4 = 2/15
    expect(f.expected.toFixed(2)).toBe('7833.33');
    expect(JSON.parse(JSON.stringify(f.quota?.probability))).toEqual({ resolved: true, value: '2/15' });
  });

  it("a deal's own probability wins over the history, and is counted", () => {
    const f = pipelineForecast([{ ...open[1]!, probability: '50%' }, open[0]!], { asOf: AS_OF, period: { end: '2026-07-30' }, history });
    expect(f.probabilitySource).toMatchObject({ method: 'history', ownProbability: 1 });
    expect(f.expected.toFixed(2)).toBe('10333.33');
  });

  it('stage probabilities are the default source, and naming both sources is refused', () => {
    const f = pipelineForecast(open, { asOf: AS_OF, period: { end: '2026-07-30' }, probabilities: { proposal: '40%' } });
    expect(f.probabilitySource).toEqual({ method: 'stage', ownProbability: 0 });
    const both = errorOf(() => pipelineForecast(open, { asOf: AS_OF, period: { end: '2026-07-30' }, probabilities: { proposal: '40%' }, history }));
    expect([both.code, both.path]).toEqual(['CONFLICTING_OPTIONS', ['options']]);
  });

  it('says why the history cannot price a deal, and where', () => {
    const beyond = errorOf(() => pipelineForecast([{ id: 'ancient', amount: 5, stage: 'proposal', stageEnteredAt: ago(200) }], { asOf: AS_OF, period: 'month', history }));
    expect([beyond.code, beyond.path]).toEqual(['MISSING_VALUE', ['deals', 0, 'probability']]);
    expect(beyond.message).toBe('Nothing was given for the chance of winning deal 1 ("ancient") at the stage "proposal" from the history (it cannot give one: beyond-observed-window); give the deal its own probability, a share from 0 to 1.');
    const undated = errorOf(() => pipelineForecast([{ id: 'x', amount: 5, stage: 'proposal' }], { asOf: AS_OF, period: 'month', history }));
    expect([undated.code, undated.path]).toEqual(['MISSING_VALUE', ['deals', 0, 'stageEnteredAt']]);
    const future = errorOf(() => pipelineForecast([{ id: 'x', amount: 5, stage: 'proposal', stageEnteredAt: '2026-07-02' }], { asOf: AS_OF, period: 'month', history }));
    expect([future.code, future.path]).toEqual(['OUT_OF_RANGE', ['deals', 0, 'stageEnteredAt']]);
    const stage = errorOf(() => pipelineForecast([{ id: 'x', amount: 5, stage: 'demo', stageEnteredAt: AS_OF }], { asOf: AS_OF, period: 'month', history }));
    expect([stage.code, stage.path]).toEqual(['UNKNOWN_STAGE', ['deals', 0, 'stage']]);
  });
});
