import { describe, expect, it } from 'vitest';
import { defineFunnel, funnelFromCounts, pipelineCoverage, pipelineVelocity, weightedPipeline } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('pipelineVelocity', () => {
  it('opportunities × win rate × deal size / cycle days, exact', () => {
    expect(plain(pipelineVelocity({ opportunities: 50, winRate: '25%', averageDealSize: 2000, cycleDays: 40 }))).toEqual({
      kind: 'pipeline-velocity',
      value: '625',
      exact: '625',
      reason: null,
      unit: 'money per day',
      opportunities: 50,
      winRate: '1/4',
      averageDealSize: '2000',
      cycleDays: '40',
    });
    const thirds = pipelineVelocity({ opportunities: 10, winRate: '1/3', averageDealSize: 1000, cycleDays: '35/2' });
    expect(thirds.exact!.toString()).toBe('4000/21');
  });

  it('a cycle of 0 days → null with a reason, never Infinity', () => {
    expect(plain(pipelineVelocity({ opportunities: 10, winRate: 0.2, averageDealSize: 1000, cycleDays: 0 }))).toMatchObject({ value: null, exact: null, reason: 'zero-cycle' });
  });

  it('bad input', () => {
    expect(errorOf(() => pipelineVelocity({ opportunities: 10, winRate: 25, averageDealSize: 1000, cycleDays: 30 }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['input', 'winRate'],
    });
    expect(errorOf(() => pipelineVelocity({ opportunities: 10.5, winRate: 0.2, averageDealSize: 1000, cycleDays: 30 }))).toMatchObject({
      code: 'NOT_INTEGER',
      path: ['input', 'opportunities'],
    });
    expect(errorOf(() => pipelineVelocity({ opportunities: 10, winRate: 0.2, averageDealSize: -1, cycleDays: 30 }))).toMatchObject({
      code: 'NEGATIVE',
      path: ['input', 'averageDealSize'],
    });
    expect(errorOf(() => pipelineVelocity({ opportunities: 10, winRate: 0.2, averageDealSize: 1, cycleDays: 30, days: 1 } as never))).toMatchObject({
      code: 'UNKNOWN_OPTION',
      path: ['input', 'days'],
    });
    expect(errorOf(() => pipelineVelocity({ opportunities: 10, winRate: 0.2, averageDealSize: 1 } as never))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['input', 'cycleDays'],
    });
  });
});

describe('weightedPipeline', () => {
  const deals = [
    { status: 'open', stage: 'demo', value: 10000 },
    { status: 'open', stage: 'demo', value: 5000 },
    { status: 'open', stage: 'proposal', value: 20000 },
    { status: 'won', stage: 'won', value: 5000 },
    { status: 'lost', value: 7000 },
  ] as const;

  it('given probabilities: Σ value × p, per stage and in total', () => {
    const r = weightedPipeline(deals, { probabilities: { demo: '20%', proposal: '1/3' } });
    expect(plain(r)).toEqual({
      kind: 'weighted-pipeline',
      total: '9666.66666666666666666666666666666666666666666666666666666667',
      exact: '29000/3',
      unweighted: '35000',
      byStage: [
        { stage: 'demo', deals: 2, amount: '15000', probability: '1/5', weighted: '3000', exact: '3000' },
        {
          stage: 'proposal',
          deals: 1,
          amount: '20000',
          probability: '1/3',
          weighted: '6666.66666666666666666666666666666666666666666666666666666667',
          exact: '20000/3',
        },
      ],
      source: 'given',
      excluded: 2,
    });
  });

  it('learned from history: p = reached the last stage / reached this stage', () => {
    const funnel = defineFunnel(['demo', 'proposal', 'won'] as const);
    const r = weightedPipeline(deals, { funnel, history: { demo: 100, proposal: 40, won: 20 } });
    expect(r.source).toBe('history');
    expect(plain(r.byStage.map((s) => [s.stage, s.probability, s.weighted]))).toEqual([
      ['demo', '1/5', '3000'],
      ['proposal', '1/2', '10000'],
      ['won', '1', '0'],
    ]);
    expect(r.total.toString()).toBe('13000');
    // the same history as a funnelFromCounts array in funnel order
    expect(funnelFromCounts(funnel, [100, 40, 20]).overall.value!.toString()).toBe('1/5');
    expect(weightedPipeline(deals, { funnel, history: [100, 40, 20] }).total.toString()).toBe('13000');
  });

  it('a stage no past deal reached has no probability: fine without deals, an error with one', () => {
    const funnel = defineFunnel(['demo', 'proposal', 'won'] as const);
    const r = weightedPipeline([], { funnel, history: { demo: 10, proposal: 0, won: 0 } });
    expect(plain(r.byStage[1])).toEqual({ stage: 'proposal', deals: 0, amount: '0', probability: null, weighted: '0', exact: '0' });
    expect(errorOf(() => weightedPipeline(deals, { funnel, history: { demo: 10, proposal: 0, won: 0 } }))).toMatchObject({
      code: 'UNDEFINED_RESULT',
      path: ['deals', 2, 'stage'],
    });
  });

  it('stage ids such as __proto__ are ordinary keys', () => {
    const probabilities = JSON.parse('{"__proto__": "50%", "constructor": "10%"}');
    const r = weightedPipeline([{ status: 'open', stage: '__proto__', value: 100 }, { status: 'open', stage: 'constructor', value: 100 }], { probabilities });
    expect(r.total.toString()).toBe('60');
  });

  it('bad input', () => {
    expect(errorOf(() => weightedPipeline(deals, { probabilities: { demo: '20%' } }))).toMatchObject({
      code: 'UNKNOWN_STAGE',
      path: ['deals', 2, 'stage'],
      message: 'The stage of deal 3: "proposal" is not a stage of this funnel (demo).',
    });
    expect(errorOf(() => weightedPipeline(deals, { probabilities: { demo: 20, proposal: 0.5 } }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['options', 'probabilities', 'demo'],
    });
    expect(errorOf(() => weightedPipeline([{ status: 'open', value: 1 }], { probabilities: {} }))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['deals', 0, 'stage'],
      message: 'Nothing was given for the stage of deal 1; give a stage such as "demo".',
    });
    expect(errorOf(() => weightedPipeline([{ status: 'open', stage: 'demo' }], { probabilities: { demo: 1 } }))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['deals', 0, 'value'],
    });
    expect(errorOf(() => weightedPipeline(deals, { probabilities: {}, history: {} } as never))).toMatchObject({ code: 'CONFLICTING_OPTIONS', path: ['options'] });
    expect(errorOf(() => weightedPipeline(deals, {} as never))).toMatchObject({
      code: 'MISSING_VALUE',
      path: ['options'],
      message: 'Nothing was given for the probability of winning at each stage; give either probabilities, or a funnel and its history.',
    });
    expect(errorOf(() => weightedPipeline(deals, { funnel: defineFunnel(['demo', 'won']) } as never))).toMatchObject({ code: 'MISSING_VALUE', path: ['options', 'history'] });
    expect(errorOf(() => weightedPipeline(deals, 3 as never))).toMatchObject({ code: 'INVALID_INPUT', path: ['options'] });
    expect(errorOf(() => weightedPipeline(deals, { probabilites: {} } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['options', 'probabilites'] });
    const funnel = defineFunnel(['demo', 'proposal', 'won'] as const);
    expect(errorOf(() => weightedPipeline(deals, { funnel, history: { demo: 10, proposal: 5, won: 8 } }))).toMatchObject({
      code: 'SUCCESSES_ABOVE_TRIALS',
      path: ['options', 'history', 'proposal'],
      message: 'The history at "proposal" has more successes (8) than trials (5); successes are a part of the trials.',
    });
    expect(errorOf(() => weightedPipeline(deals, { funnel, history: { demo: 10, proposal: -5, won: 1 } }))).toMatchObject({
      code: 'NEGATIVE',
      path: ['options', 'history', 'proposal'],
    });
    expect(errorOf(() => weightedPipeline(deals, { funnel, history: { demo: 10, propsal: 5, won: 1 } as never }))).toMatchObject({
      code: 'UNKNOWN_STAGE',
      path: ['options', 'history', 'propsal'],
    });
  });
});

describe('pipelineCoverage', () => {
  it('open pipeline / quota with the 3×–4× band as a label', () => {
    expect(plain(pipelineCoverage({ openPipeline: 325000, quota: 100000 }))).toEqual({
      kind: 'pipeline-coverage',
      value: '13/4',
      reason: null,
      band: 'healthy',
      healthy: { from: '3', to: '4' },
      openPipeline: '325000',
      quota: '100000',
      label: '3.25× quota (healthy: 3×–4×)',
    });
    expect(pipelineCoverage({ openPipeline: 299999, quota: 100000 }).band).toBe('thin');
    expect(pipelineCoverage({ openPipeline: 300000, quota: 100000 }).band).toBe('healthy');
    expect(pipelineCoverage({ openPipeline: 400000, quota: 100000 }).band).toBe('healthy');
    expect(pipelineCoverage({ openPipeline: 400001, quota: 100000 }).band).toBe('heavy');
    expect(pipelineCoverage({ openPipeline: 250000, quota: 100000 }, { healthy: { from: 2 } }).band).toBe('healthy');
  });

  it('quota 0 → null with a reason', () => {
    expect(plain(pipelineCoverage({ openPipeline: 5, quota: 0 }))).toMatchObject({ value: null, reason: 'zero-quota', band: null });
  });

  it('bad input', () => {
    expect(errorOf(() => pipelineCoverage({ openPipeline: 5, quota: 10 }, { healthy: { from: 4, to: 3 } }))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['options', 'healthy', 'to'],
      message: 'The end of the healthy band should be a multiple of quota of at least 4×, where the band starts; got 3.',
    });
    expect(errorOf(() => pipelineCoverage({ openPipeline: -5, quota: 10 }))).toMatchObject({ code: 'NEGATIVE', path: ['input', 'openPipeline'] });
    expect(errorOf(() => pipelineCoverage({ pipeline: 5, quota: 10 } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['input', 'pipeline'], params: { suggestion: 'openPipeline' } });
    expect(errorOf(() => pipelineCoverage({ quota: 10 } as never))).toMatchObject({ code: 'MISSING_VALUE', path: ['input', 'openPipeline'] });
    expect(errorOf(() => pipelineCoverage({ openPipeline: 5, quota: 10, pipeline: 5 } as never))).toMatchObject({ code: 'UNKNOWN_OPTION', path: ['input', 'pipeline'] });
  });
});
