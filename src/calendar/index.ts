export type { DateInput } from './dates.js';
export { workingDays, type CalendarOptions, type Weekday } from './workingDays.js';
export {
  schedule,
  type CapacityCheck,
  type SchedulablePlan,
  type Schedule,
  type ScheduleOptions,
  type SchedulePer,
  type SchedulePeriod,
  type StageCapacity,
  type StageWindow,
  isSchedule,
} from './schedule.js';
