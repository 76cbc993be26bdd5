import type { PhrasePart } from './types.js';

/**
 * The English subjects and expectations of the forecasting errors (open deals, pipeline snapshots,
 * deal histories, time-to-close observations): passed with the error's parameters (`phrases`), so
 * only bundles that forecast hold them.
 * @internal
 */
export const enForecast: PhrasePart = /* @__PURE__ */ Object.freeze({
  subjects: /* @__PURE__ */ Object.freeze({
    // pipeline forecast (forecast/pipelineForecast)
    deals: 'The deals',
    deal: 'Each deal',
    dealId: 'The id[ of deal {row}]',
    dealAmount: 'The amount[ of deal {row}]',
    dealStage: 'The stage[ of deal {row}]',
    dealStatus: 'The status[ of deal {row}]',
    dealRep: 'The rep[ of deal {row}]',
    dealCategory: 'The category[ of deal {row}]',
    dealCreatedAt: 'The creation date[ of deal {row}]',
    dealStageEnteredAt: 'The date deal[ {row}] entered its stage',
    dealExpectedCloseAt: 'The expected close date[ of deal {row}]',
    dealClosedAt: 'The close date[ of deal {row}]',
    dealProbability: 'The probability[ of deal {row}]',
    stageWithoutProbability: 'The probability of winning deal {row} ("{id}") at the stage "{stage}"',
    asOf: 'The as-of date',
    forecastPeriod: 'The period',
    periodEnd: 'The end of the period',
    fiscalYearStart: 'The first month of the fiscal year',
    probabilities: 'The probabilities',
    probability: 'The probability of "{stage}"',
    quota: 'The quota',
    options: 'The options',
    // survival curves and history (survival/, forecast/learnFromHistory)
    // categories, rollups, movement, accuracy (forecast/rollup, movement, accuracy)
  }),
  expected: /* @__PURE__ */ Object.freeze({
    // pipeline forecast (forecast/pipelineForecast)
    deals: 'a list of deals such as { id: "d1", amount: 1200, stage: "demo" }',
    dealStatus: '"won", "lost" or "open"',
    fiscalMonth: 'a month from 1 (January) to 12 (December)',
    forecastPeriod: '"month", "quarter", "year" or { end: "YYYY-MM-DD" }',
    stageProbability: "a share from 0 to 1 for that stage in the probabilities (such as { demo: '40%' }) or a probability on the deal",
    // survival curves and history (survival/, forecast/learnFromHistory)
    // categories, rollups, movement, accuracy (forecast/rollup, movement, accuracy)
  }),
});
