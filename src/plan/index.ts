export {
  requiredActivity,
  type ActivityPlan,
  type PlanGoalInput,
  type PlanGoal,
  type PlannedStage,
  type RequiredActivityOptions,
  type Rounding,
} from './requiredActivity.js';
export { forecast, type Forecast, type ForecastOptions, type ForecastStage } from './forecast.js';
