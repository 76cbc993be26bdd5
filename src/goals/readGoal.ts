/**
 * Reads a goal field by field. Problems are reported through `report`: {@link defineGoal} turns the
 * first one into a FunnelMathError, {@link validateSmart} into findings. A misspelt field or a
 * field of the wrong type (an owner that is a number) is misuse and always throws.
 * @internal
 * @module
 */
import { enGoals } from '../messages/enGoals.js';
import { isoOf } from '../calendar/dates.js';
import { describe, fail, FunnelMathError, type ErrorCode, type ErrorPath, type FailParams } from '../errors.js';
import { toRatio } from '../numbers/parse.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import * as z from 'zod/mini';
import { isPlainObject } from '../schema.js';
import { choicePiece } from '../input/choice.js';
import { readDay } from '../calendar/dayPiece.js';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import type { ErrorSubject } from '../messages/types.js';
import { aggregateSchema, basisSchema, checkInSchema, directionSchema, goalKindSchema, goalLevelSchema, measureSchema, targetTypeSchema } from './choices.js';
import type { FindingCode, FindingValue } from './findings.js';
import type { Param } from './format.js';
import type { AbsoluteTarget, ChangeBasis, Goal, GoalDirection, RelativeTarget } from './goalTypes.js';
import { canonicalMetric, metricInfo, type GoalMeasure } from './metrics.js';

/** A goal as far as it could be read: what is missing or unreadable is `null`. */
export type DraftGoal = Omit<Goal, 'title' | 'metric' | 'target'> & {
  readonly title: string | null;
  readonly metric: string | null;
  readonly target: AbsoluteTarget | RelativeTarget | null;
  /** True when `kind` was written by the caller rather than taken from the metric. */
  readonly kindGiven: boolean;
};

/**
 * One problem found while reading: the finding {@link validateSmart} reports, and the error
 * {@link defineGoal} throws (`error` with `about`, or the reader's own error, `cause`).
 */
export interface ReadProblem {
  readonly code: FindingCode;
  readonly path: ErrorPath;
  readonly params: Readonly<Record<string, Param>>;
  readonly data: Readonly<Record<string, FindingValue>>;
  readonly error: ErrorCode;
  /** The error's message parameters (subject, expectation, what was received). */
  readonly about: FailParams;
  /** The error a reader threw, when it names the problem best. */
  readonly cause?: FunnelMathError;
  /** Absent rather than wrong: {@link defineGoal} accepts the goal anyway. */
  readonly absent?: boolean;
}

export type Report = (problem: ReadProblem) => void;

/** An optional text (null and blanks are "not given"). */
function textPiece(subject: ErrorSubject, field: string): z.ZodMiniOptional<Piece<string | null>> {
  return z.optional(
    piece({ phrases: enGoals, subject, expected: 'string' }, (value, path) =>
      value === null || typeof value === 'string' ? value : fail('INVALID_INPUT', { phrases: enGoals, subject, field, expected: 'string', received: value }, path),
    ),
  );
}

function choice<const T extends string>(schema: z.ZodMiniEnum<{ [K in T]: K }>, subject: ErrorSubject, field: string): z.ZodMiniOptional<Piece<T | null>> {
  return z.optional(choicePiece(schema, subject, 'string', { field, phrases: enGoals }, true));
}

/** A value read later, by the reader that knows what it is (a target, a date). */
const later = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown());

const goalInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    id: /* @__PURE__ */ textPiece('goalField', 'id'),
    title: /* @__PURE__ */ textPiece('goalField', 'title'),
    metric: /* @__PURE__ */ textPiece('goalField', 'metric'),
    kind: /* @__PURE__ */ choice(goalKindSchema, 'goalField', 'kind'),
    level: /* @__PURE__ */ choice(goalLevelSchema, 'goalField', 'level'),
    measure: /* @__PURE__ */ choice(measureSchema, 'goalField', 'measure'),
    aggregate: /* @__PURE__ */ choice(aggregateSchema, 'goalField', 'aggregate'),
    target: later,
    unit: /* @__PURE__ */ textPiece('goalField', 'unit'),
    baseline: later,
    start: later,
    deadline: later,
    checkIn: /* @__PURE__ */ choice(checkInSchema, 'goalField', 'checkIn'),
    owner: /* @__PURE__ */ textPiece('goalField', 'owner'),
    method: /* @__PURE__ */ textPiece('goalField', 'method'),
    channel: /* @__PURE__ */ textPiece('goalField', 'channel'),
    parent: /* @__PURE__ */ textPiece('goalField', 'parent'),
    stage: /* @__PURE__ */ textPiece('goalField', 'stage'),
    known: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ piece({ phrases: enGoals, subject: 'goalField', expected: 'boolean' }, (value, path) =>
        typeof value === 'boolean' ? value : fail('INVALID_INPUT', { phrases: enGoals, subject: 'goalField', field: 'known', expected: 'boolean', received: value }, path),
      ),
    ),
  }),
  { phrases: enGoals, subject: 'goal', expected: 'goalObject' },
);

const targetInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    type: /* @__PURE__ */ choice(targetTypeSchema, 'targetField', 'type'),
    value: later,
    change: later,
    basis: /* @__PURE__ */ choice(basisSchema, 'targetField', 'basis'),
    unit: /* @__PURE__ */ textPiece('targetField', 'unit'),
    direction: /* @__PURE__ */ choice(directionSchema, 'targetField', 'direction'),
  }),
  { phrases: enGoals, subject: 'goalTarget', expected: 'goalTarget' },
);

const baselineInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ value: later, period: /* @__PURE__ */ textPiece('baselineField', 'period'), unit: /* @__PURE__ */ textPiece('baselineField', 'unit') }),
  { phrases: enGoals, subject: 'goalBaseline', expected: 'goalMetricValue' },
);

const AT_MOST = /^(below|under|at most|less than|<=?|≤)\s*/i;
const AT_LEAST = /^(above|over|at least|more than|>=?|≥)\s*/i;
const CHANGE = /^([+-])\s*(.+?)\s*(pp|points?)?$/i;

const blank = (s: string | null | undefined): string | null => (s === undefined || s === null || s.trim() === '' ? null : s.trim());

/** The error `fail` would throw, as a value. */
function errorOf(code: ErrorCode, about: FailParams, path: ErrorPath): FunnelMathError {
  try {
    return fail(code, about, path);
  } catch (error) {
    return error as FunnelMathError;
  }
}

/** Reads a number; on failure, the error names `raw` (what the person typed) rather than a part of it. */
function tryRatio(value: unknown, path: ErrorPath, about: FailParams, raw: unknown = value): Ratio | FunnelMathError {
  try {
    return toRatio(value, path, about);
  } catch (error) {
    if (!(error instanceof FunnelMathError)) throw error;
    return raw === value ? error : errorOf(error.code, { ...about, expected: error.params.expected ?? about.expected, received: raw }, path);
  }
}

const TARGET: FailParams = { phrases: enGoals, subject: 'goalTarget', expected: 'goalTarget' };
const BASELINE: FailParams = { phrases: enGoals, subject: 'goalBaseline', expected: 'goalMetricValue' };

interface ParsedTarget {
  readonly kind: 'absolute' | 'relative';
  readonly amount: Ratio;
  readonly basis: ChangeBasis;
  readonly direction: GoalDirection | null;
  readonly unit: string | null;
  /** The number as typed (`'-150%'`, `-5`), for messages. */
  readonly raw: unknown;
}

function readTarget(raw: unknown, path: ErrorPath, report: Report): ParsedTarget | null {
  if (raw === undefined || raw === null) {
    report({ code: 'TARGET_MISSING', path, params: {}, data: {}, error: 'MISSING_VALUE', about: TARGET });
    return null;
  }
  const notNumeric = (cause: FunnelMathError, at: ErrorPath = path): null => {
    const received = describe(raw);
    report({ code: 'TARGET_NOT_NUMERIC', path: at, params: { received: { text: received } }, data: { received }, error: cause.code, about: TARGET, cause });
    return null;
  };
  if (typeof raw === 'string') {
    const s = raw.trim();
    let direction: GoalDirection | null = null;
    let rest = s;
    const most = AT_MOST.exec(s);
    const least = AT_LEAST.exec(s);
    if (most) {
      direction = 'at-most';
      rest = s.slice(most[0].length);
    } else if (least) {
      direction = 'at-least';
      rest = s.slice(least[0].length);
    }
    const change = direction === null ? CHANGE.exec(s) : null;
    if (change) {
      const magnitude = tryRatio(change[2], path, TARGET, raw);
      if (magnitude instanceof FunnelMathError) return notNumeric(magnitude);
      const isPercent = change[2]!.trim().endsWith('%');
      const basis: ChangeBasis = change[3] ? 'additive' : isPercent ? 'relative' : 'additive';
      const amount = change[3] ? magnitude.div(Ratio.of(100)) : magnitude;
      return { kind: 'relative', amount: change[1] === '-' ? ZERO.sub(amount) : amount, basis, direction: null, unit: null, raw };
    }
    const value = tryRatio(rest, path, TARGET, raw);
    if (value instanceof FunnelMathError) return notNumeric(value);
    return { kind: 'absolute', amount: value, basis: 'relative', direction, unit: null, raw };
  }
  if (isPlainObject(raw)) {
    const t = targetInput.read(raw, path);
    const hasValue = t.value !== undefined && t.value !== null;
    const hasChange = t.change !== undefined && t.change !== null;
    if (hasValue === hasChange) return notNumeric(errorOf('INVALID_INPUT', { phrases: enGoals, subject: 'goalTarget', expected: 'goalTargetObject', received: raw }, path));
    const at: ErrorPath = [...path, hasValue ? 'value' : 'change'];
    const typed = hasValue ? t.value : t.change;
    const amount = tryRatio(typed, at, TARGET);
    if (amount instanceof FunnelMathError) return notNumeric(amount, at);
    return {
      kind: hasValue ? 'absolute' : 'relative',
      amount,
      basis: t.basis ?? 'relative',
      direction: t.direction ?? null,
      unit: blank(t.unit),
      raw: typed,
    };
  }
  const value = tryRatio(raw, path, TARGET);
  if (value instanceof FunnelMathError) return notNumeric(value);
  return { kind: 'absolute', amount: value, basis: 'relative', direction: null, unit: null, raw };
}

function outOfRange(measure: GoalMeasure, value: Ratio): boolean {
  return value.sign() < 0 || (measure === 'rate' && value.compare(ONE) > 0);
}

/** The value a target resolves to, or `null` when it is relative and there is no baseline. @internal */
export function resolveTarget(target: AbsoluteTarget | RelativeTarget, baseline: Ratio | null): Ratio | null {
  if (target.type === 'absolute') return target.value;
  if (baseline === null) return null;
  return target.basis === 'relative' ? baseline.mul(ONE.add(target.change)) : baseline.add(target.change);
}

function readDate(raw: unknown, field: 'start' | 'deadline', path: ErrorPath, report: Report): number | null {
  const subject: ErrorSubject = field === 'start' ? 'goalStart' : 'goalDeadline';
  if (raw === undefined || raw === null) {
    report({
      code: field === 'start' ? 'START_MISSING' : 'DEADLINE_MISSING',
      path,
      params: {},
      data: {},
      error: 'MISSING_VALUE',
      about: { phrases: enGoals, subject, expected: 'date' },
      absent: true,
    });
    return null;
  }
  try {
    return readDay(raw, path, { phrases: enGoals, subject });
  } catch (error) {
    if (!(error instanceof FunnelMathError)) throw error;
    const received = describe(raw);
    report({
      code: 'DATE_INVALID',
      path,
      params: { field: { word: field }, received: { text: received } },
      data: { field, received },
      error: error.code,
      about: { phrases: enGoals, subject },
      cause: error,
    });
    return null;
  }
}

/** Reads a goal; `path` is where it sits in the caller's arguments. @internal */
export function readGoal(input: unknown, path: ErrorPath, report: Report): DraftGoal {
  const g = goalInput.read(input, path);
  const at = (...keys: (string | number)[]): ErrorPath => [...path, ...keys];

  const title = blank(g.title);
  if (title === null) report({ code: 'TITLE_MISSING', path: at('title'), params: {}, data: {}, error: 'MISSING_VALUE', about: { phrases: enGoals, subject: 'goalTitle', expected: 'goalTitle' } });
  const metricName = blank(g.metric);
  if (metricName === null) report({ code: 'METRIC_MISSING', path: at('metric'), params: {}, data: {}, error: 'MISSING_VALUE', about: { phrases: enGoals, subject: 'goalMetric', expected: 'goalMetric' } });
  const metric = metricName === null ? null : canonicalMetric(metricName);
  const info = metric === null ? undefined : metricInfo(metric);
  const measure: GoalMeasure = info?.measure ?? g.measure ?? 'count';
  const aggregate = info?.aggregate ?? g.aggregate ?? (measure === 'rate' ? 'level' : 'sum');
  const better = info?.better ?? 'higher';
  const kind = g.kind ?? (info && info.kind !== 'either' ? info.kind : 'outcome');

  // baseline
  let baseline: DraftGoal['baseline'] = null;
  if (g.baseline !== undefined && g.baseline !== null) {
    const b = isPlainObject(g.baseline) ? baselineInput.read(g.baseline, at('baseline')) : { value: g.baseline, period: null };
    const bPath = isPlainObject(g.baseline) ? at('baseline', 'value') : at('baseline');
    const value: Ratio | FunnelMathError =
      b.value === undefined ? errorOf('MISSING_VALUE', BASELINE, bPath) : tryRatio(b.value, bPath, BASELINE);
    if (value instanceof FunnelMathError || outOfRange(measure, value)) {
      const received = describe(b.value);
      const negative = !(value instanceof FunnelMathError) && value.sign() < 0;
      report({
        code: 'BASELINE_INVALID',
        path: bPath,
        params: { received: { text: received } },
        data: { received },
        error: value instanceof FunnelMathError ? value.code : negative ? 'NEGATIVE' : 'OUT_OF_RANGE',
        about: negative ? { phrases: enGoals, subject: 'goalBaseline', received: b.value } : { phrases: enGoals, subject: 'goalBaseline', expected: 'share', received: b.value },
        ...(value instanceof FunnelMathError ? { cause: value } : {}),
      });
    } else {
      baseline = { value, period: blank(b.period) };
    }
  }

  // target
  const parsed = readTarget(g.target, at('target'), report);
  let target: AbsoluteTarget | RelativeTarget | null = null;
  let targetUnit: string | null = null;
  if (parsed) {
    targetUnit = parsed.unit;
    if (parsed.kind === 'absolute') {
      const direction = parsed.direction ?? (better === 'lower' ? 'at-most' : 'at-least');
      target = { type: 'absolute', value: parsed.amount, direction };
    } else {
      const sign = parsed.amount.sign();
      const direction = parsed.direction ?? (sign > 0 ? 'at-least' : sign < 0 ? 'at-most' : better === 'lower' ? 'at-most' : 'at-least');
      target = { type: 'relative', change: parsed.amount, basis: parsed.basis, direction };
      if (baseline === null && (g.baseline === undefined || g.baseline === null)) {
        report({
          code: 'BASELINE_MISSING',
          path: at('baseline'),
          params: { change: { num: parsed.amount, style: parsed.basis === 'relative' ? 'signed-percent' : 'number' } },
          data: { change: parsed.amount.toString() },
          error: 'MISSING_VALUE',
          about: { phrases: enGoals, subject: 'goalBaseline', expected: 'baselineForChange' },
          absent: true,
        });
      }
    }
    const resolved = resolveTarget(target, baseline?.value ?? null);
    const tooLow = target.type === 'relative' && target.basis === 'relative' && target.change.compare(ZERO.sub(ONE)) < 0;
    if (tooLow || (resolved !== null && outOfRange(measure, resolved))) {
      const shown = resolved ?? (target.type === 'relative' ? target.change : ZERO);
      const about: FailParams =
        target.type === 'relative'
          ? { phrases: enGoals, subject: 'goalTarget', expected: measure === 'rate' ? 'changeKeepsShare' : 'changeKeepsValue', received: parsed.raw }
          : shown.sign() < 0
            ? { phrases: enGoals, subject: 'goalTarget', received: parsed.raw }
            : { phrases: enGoals, subject: 'goalTarget', expected: 'share', received: parsed.raw };
      report({
        code: 'TARGET_OUT_OF_RANGE',
        path: at('target'),
        params: { target: { num: shown, style: measure === 'rate' || resolved === null ? 'percent' : 'number' }, metric: { text: metricName ?? '' } },
        data: { target: shown.toString(), metric },
        error: target.type === 'absolute' && shown.sign() < 0 ? 'NEGATIVE' : 'OUT_OF_RANGE',
        about,
      });
      target = null;
    }
  }

  const startDay = readDate(g.start, 'start', at('start'), report);
  const deadlineDay = readDate(g.deadline, 'deadline', at('deadline'), report);
  if (startDay !== null && deadlineDay !== null && deadlineDay <= startDay) {
    report({
      code: 'DEADLINE_NOT_AFTER_START',
      path: at('deadline'),
      params: { start: { text: isoOf(startDay) }, deadline: { text: isoOf(deadlineDay) } },
      data: { start: isoOf(startDay), deadline: isoOf(deadlineDay) },
      error: deadlineDay < startDay ? 'INVALID_RANGE' : 'DEADLINE_ON_START',
      about: { start: isoOf(startDay), end: isoOf(deadlineDay), deadline: isoOf(deadlineDay) },
    });
  }

  return {
    id: blank(g.id),
    title,
    metric,
    known: info !== undefined,
    measure,
    aggregate,
    kind,
    kindGiven: g.kind !== undefined && g.kind !== null,
    level: g.level ?? null,
    target,
    unit: targetUnit ?? blank(g.unit) ?? info?.unit ?? null,
    baseline,
    start: startDay === null ? null : isoOf(startDay),
    deadline: deadlineDay === null ? null : isoOf(deadlineDay),
    checkIn: g.checkIn ?? null,
    owner: blank(g.owner),
    method: blank(g.method),
    channel: blank(g.channel),
    parent: blank(g.parent),
    stage: blank(g.stage),
  };
}
