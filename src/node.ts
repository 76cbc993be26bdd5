/**
 * What Node and Deno load (the package's "node" export condition, `dist/node/index.js`): the public
 * API of `index.ts`, with each function that returns a result wrapped once, inside a Jupyter kernel
 * (Deno's), so the result shows itself in the notebook (a non-enumerable `Symbol.for('Jupyter.display')` method: JSON,
 * `Object.keys`, spread and deep equality are as they were). The functions, their types and their
 * documentation are those of `index.ts`; browser bundles, which carry no renderers unless they use
 * them, load `index.ts` itself.
 * @internal
 * @module
 */
import * as api from './index.js';
import { withDisplay } from './render/display.js';

export * from './index.js';

/** `wrapped`, under the name and length of `fn`. */
function like<F extends (...args: never[]) => unknown>(wrapped: (this: unknown, ...args: Parameters<F>) => ReturnType<F>, fn: F): F {
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  return wrapped as unknown as F;
}

/**
 * Whether this is a Jupyter kernel's process (`deno jupyter`: its `Deno.jupyter` namespace answers;
 * elsewhere reading it throws). Read once, when the module loads. Outside a notebook the functions
 * are exported as they are: wrapping and the hidden method cost a plan about 40% of its time, which
 * a server computing plans should not pay for a display it never shows.
 */
const inNotebook: boolean = /* @__PURE__ */ (() => {
  try {
    const deno = (globalThis as { Deno?: { jupyter?: { broadcast?: unknown } } }).Deno;
    return typeof deno?.jupyter?.broadcast === 'function';
  } catch {
    return false;
  }
})();

/** `fn`, whose result (when it is a result of this library) shows itself in Jupyter. */
function shown<F extends (...args: never[]) => unknown>(fn: F): F {
  if (!inNotebook) return fn;
  return like(function (this: unknown, ...args: Parameters<F>): ReturnType<F> {
    return withDisplay(fn.apply(this, args) as ReturnType<F>);
  }, fn);
}

/** `fn`, giving an accumulator whose `result()` shows itself in Jupyter. */
function shownAccumulator<F extends (...args: never[]) => { result: () => unknown }>(fn: F): F {
  if (!inNotebook) return fn;
  return like(function (this: unknown, ...args: Parameters<F>): ReturnType<F> {
    const acc = fn.apply(this, args) as ReturnType<F>;
    acc.result = shown(acc.result);
    return acc;
  }, fn);
}

export const acceptanceRate: typeof api.acceptanceRate = /* @__PURE__ */ shown(api.acceptanceRate);
export const activityForConfidence: typeof api.activityForConfidence = /* @__PURE__ */ shown(api.activityForConfidence);
export const adjustPValues: typeof api.adjustPValues = /* @__PURE__ */ shown(api.adjustPValues);
export const analyzeColumns: typeof api.analyzeColumns = /* @__PURE__ */ shown(api.analyzeColumns);
export const analyzeFunnel: typeof api.analyzeFunnel = /* @__PURE__ */ shown(api.analyzeFunnel);
export const attainment: typeof api.attainment = /* @__PURE__ */ shown(api.attainment);
export const averageDealSize: typeof api.averageDealSize = /* @__PURE__ */ shown(api.averageDealSize);
export const bottleneck: typeof api.bottleneck = /* @__PURE__ */ shown(api.bottleneck);
export const breakEvenRevenue: typeof api.breakEvenRevenue = /* @__PURE__ */ shown(api.breakEvenRevenue);
export const breakEvenUnits: typeof api.breakEvenUnits = /* @__PURE__ */ shown(api.breakEvenUnits);
export const cac: typeof api.cac = /* @__PURE__ */ shown(api.cac);
export const cacPaybackMonths: typeof api.cacPaybackMonths = /* @__PURE__ */ shown(api.cacPaybackMonths);
export const capacityPlan: typeof api.capacityPlan = /* @__PURE__ */ shown(api.capacityPlan);
export const cascadeGoal: typeof api.cascadeGoal = /* @__PURE__ */ shown(api.cascadeGoal);
export const churnRate: typeof api.churnRate = /* @__PURE__ */ shown(api.churnRate);
export const compareGroups: typeof api.compareGroups = /* @__PURE__ */ shown(api.compareGroups);
export const compareRates: typeof api.compareRates = /* @__PURE__ */ shown(api.compareRates);
export const comparisonSampleSize: typeof api.comparisonSampleSize = /* @__PURE__ */ shown(api.comparisonSampleSize);
export const compoundGrowthRate: typeof api.compoundGrowthRate = /* @__PURE__ */ shown(api.compoundGrowthRate);
export const conversionWithin: typeof api.conversionWithin = /* @__PURE__ */ shown(api.conversionWithin);
export const createFunnelAccumulator: typeof api.createFunnelAccumulator = /* @__PURE__ */ shownAccumulator(api.createFunnelAccumulator);
export const cumulativeIncidence: typeof api.cumulativeIncidence = /* @__PURE__ */ shown(api.cumulativeIncidence);
export const detectableLift: typeof api.detectableLift = /* @__PURE__ */ shown(api.detectableLift);
export const engagementPerPost: typeof api.engagementPerPost = /* @__PURE__ */ shown(api.engagementPerPost);
export const expectedLoss: typeof api.expectedLoss = /* @__PURE__ */ shown(api.expectedLoss);
export const firstYearChurnByRep: typeof api.firstYearChurnByRep = /* @__PURE__ */ shown(api.firstYearChurnByRep);
export const forecast: typeof api.forecast = /* @__PURE__ */ shown(api.forecast);
export const funnelAccumulatorFromJSON: typeof api.funnelAccumulatorFromJSON = /* @__PURE__ */ shownAccumulator(api.funnelAccumulatorFromJSON);
export const funnelFromCounts: typeof api.funnelFromCounts = /* @__PURE__ */ shown(api.funnelFromCounts);
export const growthRate: typeof api.growthRate = /* @__PURE__ */ shown(api.growthRate);
export const hiresNeeded: typeof api.hiresNeeded = /* @__PURE__ */ shown(api.hiresNeeded);
export const hitProbability: typeof api.hitProbability = /* @__PURE__ */ shown(api.hitProbability);
export const homogeneity: typeof api.homogeneity = /* @__PURE__ */ shown(api.homogeneity);
export const kaplanMeier: typeof api.kaplanMeier = /* @__PURE__ */ shown(api.kaplanMeier);
export const learnFromHistory: typeof api.learnFromHistory = /* @__PURE__ */ shown(api.learnFromHistory);
export const lossRate: typeof api.lossRate = /* @__PURE__ */ shown(api.lossRate);
export const lostToCreatedRatio: typeof api.lostToCreatedRatio = /* @__PURE__ */ shown(api.lostToCreatedRatio);
export const ltv: typeof api.ltv = /* @__PURE__ */ shown(api.ltv);
export const ltvToCac: typeof api.ltvToCac = /* @__PURE__ */ shown(api.ltvToCac);
export const monthlyTotalsByRep: typeof api.monthlyTotalsByRep = /* @__PURE__ */ shown(api.monthlyTotalsByRep);
export const outcomeRange: typeof api.outcomeRange = /* @__PURE__ */ shown(api.outcomeRange);
export const outliers: typeof api.outliers = /* @__PURE__ */ shown(api.outliers);
export const pace: typeof api.pace = /* @__PURE__ */ shown(api.pace);
export const personalizationShare: typeof api.personalizationShare = /* @__PURE__ */ shown(api.personalizationShare);
export const pipelineCoverage: typeof api.pipelineCoverage = /* @__PURE__ */ shown(api.pipelineCoverage);
export const pipelineVelocity: typeof api.pipelineVelocity = /* @__PURE__ */ shown(api.pipelineVelocity);
export const quotaReach: typeof api.quotaReach = /* @__PURE__ */ shown(api.quotaReach);
export const rateInterval: typeof api.rateInterval = /* @__PURE__ */ shown(api.rateInterval);
export const rateNeeded: typeof api.rateNeeded = /* @__PURE__ */ shown(api.rateNeeded);
export const recurringRevenue: typeof api.recurringRevenue = /* @__PURE__ */ shown(api.recurringRevenue);
export const relativeLift: typeof api.relativeLift = /* @__PURE__ */ shown(api.relativeLift);
export const requiredActivity: typeof api.requiredActivity = /* @__PURE__ */ shown(api.requiredActivity);
export const salesCycleLength: typeof api.salesCycleLength = /* @__PURE__ */ shown(api.salesCycleLength);
export const sampleSize: typeof api.sampleSize = /* @__PURE__ */ shown(api.sampleSize);
export const schedule: typeof api.schedule = /* @__PURE__ */ shown(api.schedule);
export const sensitivity: typeof api.sensitivity = /* @__PURE__ */ shown(api.sensitivity);
export const sequentialComparison: typeof api.sequentialComparison = /* @__PURE__ */ shown(api.sequentialComparison);
export const sequentialRateTest: typeof api.sequentialRateTest = /* @__PURE__ */ shown(api.sequentialRateTest);
export const setQuotas: typeof api.setQuotas = /* @__PURE__ */ shown(api.setQuotas);
export const toTable: typeof api.toTable = /* @__PURE__ */ shown(api.toTable);
export const validateSmart: typeof api.validateSmart = /* @__PURE__ */ shown(api.validateSmart);
export const weightedPipeline: typeof api.weightedPipeline = /* @__PURE__ */ shown(api.weightedPipeline);
export const winRate: typeof api.winRate = /* @__PURE__ */ shown(api.winRate);
export const funnelQuery: typeof api.funnelQuery = /* @__PURE__ */ shown(api.funnelQuery);
export const reportFromQuery: typeof api.reportFromQuery = /* @__PURE__ */ shown(api.reportFromQuery);
export const pipelineForecast: typeof api.pipelineForecast = /* @__PURE__ */ shown(api.pipelineForecast);
export const forecastRollup: typeof api.forecastRollup = /* @__PURE__ */ shown(api.forecastRollup);
export const pipelineMovement: typeof api.pipelineMovement = /* @__PURE__ */ shown(api.pipelineMovement);
export const forecastAccuracy: typeof api.forecastAccuracy = /* @__PURE__ */ shown(api.forecastAccuracy);
