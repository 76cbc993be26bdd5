export {
  funnelFromCounts,
  type CountedStage,
  type CountsInput,
  type FunnelCounts,
  type FunnelWarning,
  type StageRate,
  type UndefinedRateReason,
} from './funnelFromCounts.js';
export type { ObservedRate, RateInput, RatesInput } from './readRates.js';
