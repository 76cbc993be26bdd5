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
    forecastDeals: 'The deals',
    forecastDeal: 'Each deal',
    forecastDealId: 'The id[ of deal {row}]',
    forecastDealAmount: 'The amount[ of deal {row}]',
    forecastCategory: 'The forecast category[ of deal {row}]',
    forecastDealRep: 'The rep[ of deal {row}]',
    forecastCloseDate: 'The close date[ of deal {row}]',
    forecastPeriodStart: 'The start of the period',
    forecastPeriodEnd: 'The end of the period',
    rollupMethod: 'The rollup method',
    openingSnapshot: 'The deals of the opening snapshot',
    closingSnapshot: 'The deals of the closing snapshot',
    snapshotDeal: 'Each deal of a snapshot',
    snapshotDealStage: 'The stage[ of deal {row}]',
    snapshotDealStatus: 'The status[ of deal {row}]',
    snapshotExpectedClose: 'The expected close date[ of deal {row}]',
    missingDealRule: 'The rule for deals missing from the closing snapshot',
    missingClosingDeal: 'The closing snapshot\'s copy of deal "{id}"',
    accuracyEntries: 'The forecast entries',
    accuracyEntry: 'Each forecast entry',
    accuracyRep: 'The rep[ of entry {row}]',
    accuracyPeriod: 'The period[ of entry {row}]',
    accuracyForecast: 'The forecast[ of entry {row}]',
    accuracyActual: 'The actual amount[ of entry {row}]',
    accuracyMeasure: 'The accuracy measure',
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
    forecastDeals: 'a list of deals such as { id: "a1", amount: 5000, category: "commit" }',
    snapshotDeals: 'a list of deals such as { id: "a1", amount: 5000, stage: "proposal", status: "open", expectedCloseAt: "2026-03-31" }',
    forecastDayRange: 'a period such as { from: "2026-01-01", to: "2026-03-31" }',
    closingDealOrLost: 'the deal as it stands at the closing date, or the option missing: "lost" to count it as lost',
    accuracyEntries: 'a list such as { rep: "Ana", period: "2026-Q1", forecast: 100000, actual: 90000 }',
  }),
});
