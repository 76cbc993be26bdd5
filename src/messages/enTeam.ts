import type { PhrasePart } from './types.js';

/**
 * The English subjects and expectations of the team-capacity errors (reps, ramp curves, hires,
 * quotas): passed with the error's parameters (`phrases`), so only bundles that plan capacity hold
 * them.
 * @internal
 */
export const enTeam: PhrasePart = /* @__PURE__ */ Object.freeze({
  subjects: /* @__PURE__ */ Object.freeze({
    // capacity, hires, quotas (team/)
    teamRepList: 'The reps',
    teamRep: 'Rep {row}',
    teamRepId: 'The id of rep {row}',
    teamRepStart: 'The start date of rep {row}',
    teamRepEnd: 'The end date of rep {row}',
    teamRamp: 'The ramp',
    teamRampMonth: 'Ramp month {row}',
    teamQuotaPerRep: 'The quota per rep',
    teamQuotaPer: 'The period of the quota',
    teamAttainment: 'The expected attainment',
    teamOutcomesPerRep: 'The outcomes per rep',
    teamAttrition: 'The monthly attrition',
    teamBackfillDelay: 'The backfill delay in months',
    teamHires: 'The planned hires',
    teamHire: 'Planned hire {row}',
    teamHireStart: 'The start date of planned hire {row}',
    teamHireCount: 'The count of planned hire {row}',
    teamPeriods: 'The periods',
    teamPeriodsFrom: 'The first month of the periods',
    teamPeriodsMonths: 'The number of months',
    teamGoal: 'The capacity goal',
    teamGoalMonth: 'The goal for month {row}',
    teamPartialMonth: 'The partial-month rule',
    teamDeadline: 'The deadline month',
    teamHireFrom: 'The earliest hiring month',
    teamMeasure: 'What the goal measures',
    teamQuotaTarget: 'The quota target',
    teamOverAssignment: 'The over-assignment',
    teamUnit: 'The money unit',
    teamQuotaReps: 'The reps to give quotas',
    teamAttainments: 'The past attainments',
    teamAttainmentAt: 'Past attainment {row}',
    teamThreshold: 'The attainment that counts as reaching quota',
    teamNormal: 'The normal model of attainment',
    teamMean: 'The mean attainment',
    teamSd: 'The standard deviation of attainment',
    teamRepCount: 'The number of reps',
  }),
  expected: /* @__PURE__ */ Object.freeze({
    // capacity, hires, quotas (team/)
    teamRepEntry: 'a rep such as { id: "ana", start: "2026-01-15" }',
    teamHireEntry: 'a planned hire such as { start: "2026-03-01", count: 2 }',
    teamPeriodsEntry: 'periods such as { from: "2026-01", months: 12 }',
    teamMonth: 'a month such as "2026-01"',
    teamMonthInPlan: 'a month within the periods',
    teamMonthByDeadline: 'a month no later than the goal’s deadline month',
    teamEndAfterStart: 'a date on or after the start date',
    teamGoalInput: 'an amount per month, one amount for each month, or { total: amount }',
    teamAttritionShare: 'a share from 0 up to, but not including, 100%',
    teamPositiveUnit: 'an amount above 0, such as 0.01',
    teamPositive: 'a number above 0',
    teamReachInput: 'past attainments, a normal model { mean, sd }, or both',
    teamMonths: 'a whole number of months from 1 to 1200',
    teamRampList: 'a list of shares, one per month of tenure, such as ["25%", "50%", "75%"]',
  }),
});
