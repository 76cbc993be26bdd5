export {
  requiredActivity,
  type ActivityPlan,
  type PlanGoalInput,
  type PlanGoal,
  type PlannedStage,
  type RequiredActivityOptions,
  type Rounding,
  isActivityPlan,
} from './requiredActivity.js';
export { forecast, isForecast, type Forecast, type ForecastOptions, type ForecastStage } from './forecast.js';
