export {
  requiredActivity,
  type ActivityPlan,
  type GoalInput,
  type PlanGoal,
  type PlannedStage,
  type RequiredActivityOptions,
  type Rounding,
} from './requiredActivity.js';
