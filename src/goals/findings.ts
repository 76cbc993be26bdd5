/**
 * The findings {@link validateSmart} reports: a stable code, the SMART criterion it belongs to, a
 * severity, a message for people and the numbers behind it. Codes never change meaning across
 * versions or languages; messages are translated.
 * @module
 */
import type { ErrorPath } from '../errors.js';

/** The five SMART criteria. */
export type SmartCriterion = 'specific' | 'measurable' | 'achievable' | 'realistic' | 'timeBound';

/** `'fail'` breaks the criterion, `'warn'` asks a person to look, `'info'` explains what was not checked. */
export type FindingSeverity = 'fail' | 'warn' | 'info';

/**
 * Every finding code, with its criterion and severity. Programs match on the code; the severity of
 * a code never changes.
 */
export const SMART_FINDINGS = /* @__PURE__ */ Object.freeze({
  // Specific: what, who and how
  TITLE_MISSING: { criterion: 'specific', severity: 'warn' },
  METRIC_MISSING: { criterion: 'specific', severity: 'fail' },
  METHOD_MISSING: { criterion: 'specific', severity: 'warn' },
  OWNER_MISSING: { criterion: 'specific', severity: 'warn' },
  KIND_MISMATCH: { criterion: 'specific', severity: 'warn' },
  // Measurable: a number, its unit, and what it is measured from
  TARGET_MISSING: { criterion: 'measurable', severity: 'fail' },
  TARGET_NOT_NUMERIC: { criterion: 'measurable', severity: 'fail' },
  TARGET_OUT_OF_RANGE: { criterion: 'measurable', severity: 'fail' },
  UNIT_MISSING: { criterion: 'measurable', severity: 'warn' },
  BASELINE_MISSING: { criterion: 'measurable', severity: 'fail' },
  BASELINE_INVALID: { criterion: 'measurable', severity: 'fail' },
  NO_CHANGE: { criterion: 'measurable', severity: 'info' },
  // Achievable: against the metric's own history
  ACHIEVABLE_UNCHECKED: { criterion: 'achievable', severity: 'info' },
  GROWTH_UNDEFINED: { criterion: 'achievable', severity: 'warn' },
  GROWTH_STRETCH: { criterion: 'achievable', severity: 'warn' },
  GROWTH_ABOVE_HISTORY: { criterion: 'achievable', severity: 'fail' },
  // Realistic: through the funnel, against capacity and the channel's track record
  REALISTIC_UNCHECKED: { criterion: 'realistic', severity: 'info' },
  CAPACITY_TIGHT: { criterion: 'realistic', severity: 'warn' },
  CAPACITY_SHORTFALL: { criterion: 'realistic', severity: 'fail' },
  CAPACITY_HIRES_NEEDED: { criterion: 'realistic', severity: 'warn' },
  CAPACITY_HIRES_INFEASIBLE: { criterion: 'realistic', severity: 'fail' },
  ASSUMED_RATE_ABOVE_ESTIMATE: { criterion: 'realistic', severity: 'warn' },
  ASSUMED_RATE_ABOVE_INTERVAL: { criterion: 'realistic', severity: 'fail' },
  CHANNEL_WITHOUT_HISTORY: { criterion: 'realistic', severity: 'warn' },
  // Realistic, forward: the open pipeline's forecast and the team's quota capacity
  TARGET_ALREADY_WON: { criterion: 'realistic', severity: 'info' },
  PIPELINE_COVERAGE: { criterion: 'realistic', severity: 'info' },
  FORECAST_LIKELY: { criterion: 'realistic', severity: 'info' },
  FORECAST_UNLIKELY: { criterion: 'realistic', severity: 'warn' },
  FORECAST_VERY_UNLIKELY: { criterion: 'realistic', severity: 'fail' },
  FORECAST_BRACKET_LIKELY: { criterion: 'realistic', severity: 'info' },
  FORECAST_BRACKET_UNLIKELY: { criterion: 'realistic', severity: 'warn' },
  FORECAST_BRACKET_VERY_UNLIKELY: { criterion: 'realistic', severity: 'fail' },
  FORECAST_BRACKET_UNDECIDED: { criterion: 'realistic', severity: 'warn' },
  TEAM_HIRES_NEEDED: { criterion: 'realistic', severity: 'warn' },
  TEAM_HIRES_INFEASIBLE: { criterion: 'realistic', severity: 'fail' },
  // Time-bound: dates, horizon, check-ins
  START_MISSING: { criterion: 'timeBound', severity: 'warn' },
  DEADLINE_MISSING: { criterion: 'timeBound', severity: 'fail' },
  DATE_INVALID: { criterion: 'timeBound', severity: 'fail' },
  DEADLINE_NOT_AFTER_START: { criterion: 'timeBound', severity: 'fail' },
  HORIZON_TOO_SHORT: { criterion: 'timeBound', severity: 'warn' },
  HORIZON_TOO_LONG: { criterion: 'timeBound', severity: 'warn' },
  CHECK_IN_MISSING: { criterion: 'timeBound', severity: 'warn' },
  CHECK_IN_TOO_SPARSE: { criterion: 'timeBound', severity: 'warn' },
  PERIOD_MISALIGNED: { criterion: 'timeBound', severity: 'warn' },
} as const satisfies Record<string, { criterion: SmartCriterion; severity: FindingSeverity }>);

/** A stable finding code; see {@link SMART_FINDINGS}. */
export type FindingCode = keyof typeof SMART_FINDINGS;

/** A value a finding reports: numbers are exact strings (Ratio) or plain finite numbers. */
export type FindingValue = string | number | boolean | null;

/** One thing {@link validateSmart} found. */
export interface SmartFinding {
  /** Stable code to match on (the same in every language). */
  readonly code: FindingCode;
  readonly criterion: SmartCriterion;
  readonly severity: FindingSeverity;
  /** For people, in the chosen language, numbers formatted for it. */
  readonly message: string;
  /** Where in the input: `['goal', 'target']`, `['context', 'capacity', 'call']`. */
  readonly path: ErrorPath;
  /** The numbers behind the message, language-independent. */
  readonly data: { readonly [key: string]: FindingValue };
}
