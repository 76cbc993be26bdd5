export {
  funnelFromCounts,
  type CountedStage,
  type CountsInput,
  type FunnelCounts,
  type FunnelWarning,
  type RateInterval95,
  type StageRate,
  type UndefinedRateReason,
  isFunnelCounts,
} from './funnelFromCounts.js';
export type { ObservedRate, RateInput, RatesInput } from './readRates.js';
