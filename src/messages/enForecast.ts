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
    // survival curves and history (survival/, forecast/learnFromHistory)
    observations: 'The observations',
    survivalObservation: 'Observation[ {row}]',
    observationTime: 'The time[ of observation {row}]',
    observationEvent: 'Whether the event happened[ in observation {row}]',
    observationOutcome: 'The outcome[ of observation {row}]',
    survivalOptions: 'The options of the curve',
    survivalConfidence: 'The confidence level',
    survivalInterval: 'The scale of the interval',
    survivalQuantiles: 'The quantiles',
    survivalQuantile: 'Quantile[ {row}]',
    survivalQuantileRule: 'The quantile rule',
    incidenceOutcomes: 'The outcomes',
    incidenceOutcome: 'Outcome[ {row}]',
    historyDeals: 'The deals of the history',
    historyDeal: 'Deal[ {row}] of the history',
    historyDealId: 'The id[ of deal {row}]',
    historyDealStage: 'The stage[ of deal {row}]',
    historyDealStatus: 'The status[ of deal {row}]',
    historyDealCreatedAt: 'The creation date[ of deal {row}]',
    historyDealStageEnteredAt: 'The date of entering the stage[ of deal {row}]',
    historyDealClosedAt: 'The close date[ of deal {row}]',
    historyDealStagesReached: 'The stages reached[ by deal {row}]',
    historyStageName: 'Stage[ {row}] of the list',
    historyAsOf: 'The date of the history',
    historyStages: 'The stages of the funnel',
    historyOptions: 'The options of the history',
    pipelineHistory: 'The deal history',
    historyStage: 'The stage',
    dealAge: 'The age of the deal in days',
    winHorizon: 'The horizon in days',
    // categories, rollups, movement, accuracy (forecast/rollup, movement, accuracy)
  }),
  expected: /* @__PURE__ */ Object.freeze({
    // pipeline forecast (forecast/pipelineForecast)
    // survival curves and history (survival/, forecast/learnFromHistory)
    // categories, rollups, movement, accuracy (forecast/rollup, movement, accuracy)
  }),
});
