import type { PhrasePart } from './types.js';

/**
 * The English subjects and expectations of the calendar's errors (dates, weekends and holidays,
 * schedules, reps, lags, capacity): passed with the error's parameters (`phrases`), so only bundles
 * that use calendars hold them.
 * @internal
 */
export const enCalendar: PhrasePart = /* @__PURE__ */ Object.freeze({
  subjects: /* @__PURE__ */ Object.freeze({
    startDate: 'The start date',
    endDate: 'The end date',
    weekend: 'The weekend',
    holidays: 'The holidays',
    holiday: 'Holiday {row}',
    schedulePer: 'The period length',
    lagDays: 'The lag in days[ before "{stage}"]',
    lagTotal: 'The lag from the first stage to the last',
    teamReps: 'The reps',
    repName: 'Rep {row}',
    repWeight: 'The weight of rep "{rep}"',
    schedulePlan: 'The plan to schedule',
    scheduleKind: 'The kind of the plan to schedule',
    scheduleStages: 'The stages of the plan',
    scheduleStage: 'Stage {row} of the plan',
    scheduleStageName: 'The name of stage {row} of the plan',
    scheduleRequired: 'The required count[ of stage {row} of the plan]',
    repsNeeded: 'The number of reps needed',
  }),
  expected: /* @__PURE__ */ Object.freeze({
    weekend: "a list of weekend days, such as 'sat' and 'sun', or 6 and 0",
    holidays: "a list of dates, such as '2026-12-24' and '2026-12-25'",
    lagDays: 'a number of days, such as 30, or days keyed by the later stage, such as { sale: 30 }',
    lagTotal: 'at most 3660 days (ten years) in all',
    reps: "a list of names, such as 'Ana' and 'Bo', or weights such as { Ana: 2, Bo: 1 }, at least one of them above 0",
    repName: 'a name, a non-empty text such as "Ana"',
    distinctReps: 'names that differ ("{rep}" is there twice)',
    schedulePlan: 'an activity plan as it was returned (kind "plan"), or { stages } with a list of { stage, required }',
    scheduleKind: '"plan": a schedule spreads an activity plan, so plan the activity first',
    scheduleStages: 'a list of at least one stage, such as { stage: "call", required: 40 }',
    scheduleStage: '{ stage, required }, such as { stage: "call", required: 40 }',
    planStageName: 'a stage name, a text such as "call"',
    teamCapacity: 'the reps and the activity per rep per day',
    perRepPerDay: 'the activity per rep per day',
  }),
});
