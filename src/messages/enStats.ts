import type { PhrasePart } from './types.js';

/**
 * The English subjects and expectations of the stats area's errors: passed with the error's
 * parameters (`phrases`), so only bundles that use the area hold them.
 * @internal
 */
export const enStats: PhrasePart = /* @__PURE__ */ Object.freeze({
  subjects: /* @__PURE__ */ Object.freeze({
    confidence: 'The confidence',
    power: 'The power',
    expectedRate: 'The expected rate',
    halfWidth: 'The half-width',
    trialsPerGroup: 'The trials per group',
    levels: 'The confidence levels',
    levelAt: 'Confidence level {position}',
    groups: 'The groups',
    group: 'The group "{group}"',
    groupSuccesses: 'The successes of group "{group}"',
    groupTrials: 'The trials of group "{group}"',
    comparedRate: 'Rate {side}',
    comparedSuccesses: 'The successes of rate {side}',
    comparedTrials: 'The trials of rate {side}',
    observation: 'The observation',
    overallRate: 'The overall rate',
    countedOverall: 'The overall rate of the counted funnel',
    benchmarks: 'The benchmarks',
    benchmarkFor: 'The benchmark for "{stage}"',
    rateStage: 'The stage whose rate is asked for',
    plan: 'The plan',
    planStage: 'Stage {position} of the plan',
    planGoal: 'The goal of the plan',
    emptyInterval: 'The interval of 0 trials',
    planKind: 'The kind of the plan',
  }),
  expected: /* @__PURE__ */ Object.freeze({
    statCount: 'a whole number up to 1,000,000,000',
    positiveStatCount: 'a whole number from 1 up to 1,000,000,000',
    computableProbability: 'a number strictly between 0 and 1, not so close to 0 or 1 that it rounds to them',
    expectedRate: "a rate strictly between 0 and 1, such as 0.15 or '15%'",
    halfWidth: "a half-width strictly between 0 and 1, such as 0.05 or '5%' (plus or minus 5 points)",
    power: "a power strictly between 0 and 1, such as 0.8 or '80%'",
    rateBelowOne: "a rate from 0 up to (not including) 1, such as 0.1 or '10%'",
    observedActivity: 'at most {max} when the rates are observed counts (give the rates as numbers for larger plans)',
    stageRates: "rates keyed by the stage they convert into, such as { sale: '5%' } or { sale: { successes: 5, trials: 100 } }",
    benchmarkRates: "rates keyed by the stage they convert into, such as { appointment: '20%' }",
    countableHalfWidth: 'wide enough that the trials it needs can be counted exactly (at most 9007199254740991)',
    groupCounts: 'an object with the counts of each group, such as { ana: { successes: 10, trials: 15 } }',
    levels: 'a list of one or more confidence levels, such as 0.95 and 0.998',
    planStage: 'a stage as requiredActivity returns it, with its stage name and rate',
    countedFunnel: 'a counted funnel as funnelFromCounts returns it',
    activityPlan: 'an activity plan as it was returned (kind "plan")',
    planKind: 'the kind "plan": an activity plan, not another result',
  }),
});
