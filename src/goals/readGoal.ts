/**
 * Reads a goal field by field. Problems are reported through `report`: {@link defineGoal} turns the
 * first one into a FunnelMathError, {@link validateSmart} into findings. A misspelt field or a
 * field of the wrong type (an owner that is a number) is misuse and always throws.
 * @internal
 * @module
 */
import { isoOf, toDay } from '../calendar/dates.js';
import { describe, FunnelMathError, type ErrorCode, type ErrorPath } from '../errors.js';
import { toRatio } from '../numbers/parse.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import * as z from 'zod/mini';
import { isPlainObject, parseWith } from '../schema.js';
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

/** One problem found while reading. `error` is the code {@link defineGoal} throws with. */
export interface ReadProblem {
  readonly code: FindingCode;
  readonly path: ErrorPath;
  readonly params: Readonly<Record<string, Param>>;
  readonly data: Readonly<Record<string, FindingValue>>;
  readonly error: ErrorCode;
  /** Absent rather than wrong: {@link defineGoal} accepts the goal anyway. */
  readonly absent?: boolean;
}

export type Report = (problem: ReadProblem) => void;

const text = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()));
const shape = /* @__PURE__ */ z.strictObject({
  id: text,
  title: text,
  metric: text,
  kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['activity', 'outcome']))),
  level: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['annual', 'quarterly', 'monthly', 'weekly', 'team', 'individual', 'stretch']))),
  measure: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['money', 'count', 'rate', 'amount']))),
  aggregate: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['sum', 'level']))),
  target: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  unit: text,
  baseline: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  start: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  deadline: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  checkIn: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['daily', 'weekly', 'biweekly', 'monthly', 'quarterly']))),
  owner: text,
  method: text,
  channel: text,
  parent: text,
  stage: text,
  known: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});

const targetShape = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['absolute', 'relative'])),
  value: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  change: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  basis: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['relative', 'additive'])),
  unit: text,
  direction: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['at-least', 'at-most'])),
});

const baselineShape = /* @__PURE__ */ z.strictObject({ value: /* @__PURE__ */ z.unknown(), period: text, unit: text });

const AT_MOST = /^(below|under|at most|less than|<=?|≤)\s*/i;
const AT_LEAST = /^(above|over|at least|more than|>=?|≥)\s*/i;
const CHANGE = /^([+-])\s*(.+?)\s*(pp|points?)?$/i;

const blank = (s: string | null | undefined): string | null => (s === undefined || s === null || s.trim() === '' ? null : s.trim());

function tryRatio(value: unknown, path: ErrorPath): Ratio | FunnelMathError {
  try {
    return toRatio(value, path, 'The value');
  } catch (error) {
    if (error instanceof FunnelMathError) return error;
    throw error;
  }
}

interface ParsedTarget {
  readonly kind: 'absolute' | 'relative';
  readonly amount: Ratio;
  readonly basis: ChangeBasis;
  readonly direction: GoalDirection | null;
  readonly unit: string | null;
}

function readTarget(raw: unknown, path: ErrorPath, report: Report): ParsedTarget | null {
  if (raw === undefined || raw === null) {
    report({ code: 'TARGET_MISSING', path, params: {}, data: {}, error: 'INVALID_GOAL' });
    return null;
  }
  const notNumeric = (error: FunnelMathError | null, at: ErrorPath = path): null => {
    const received = describe(raw);
    report({ code: 'TARGET_NOT_NUMERIC', path: at, params: { received: { text: received } }, data: { received }, error: error?.code ?? 'INVALID_NUMBER' });
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
      const magnitude = tryRatio(change[2], path);
      if (magnitude instanceof FunnelMathError) return notNumeric(magnitude);
      const isPercent = change[2]!.trim().endsWith('%');
      const basis: ChangeBasis = change[3] ? 'additive' : isPercent ? 'relative' : 'additive';
      const amount = change[3] ? magnitude.div(Ratio.of(100)) : magnitude;
      return { kind: 'relative', amount: change[1] === '-' ? ZERO.sub(amount) : amount, basis, direction: null, unit: null };
    }
    const value = tryRatio(rest, path);
    if (value instanceof FunnelMathError) return notNumeric(value);
    return { kind: 'absolute', amount: value, basis: 'relative', direction, unit: null };
  }
  if (isPlainObject(raw)) {
    const t = parseWith(targetShape, raw, path, 'The goal target');
    const hasValue = t.value !== undefined && t.value !== null;
    const hasChange = t.change !== undefined && t.change !== null;
    if (hasValue === hasChange) return notNumeric(null);
    const at: ErrorPath = [...path, hasValue ? 'value' : 'change'];
    const amount = tryRatio(hasValue ? t.value : t.change, at);
    if (amount instanceof FunnelMathError) return notNumeric(amount, at);
    return {
      kind: hasValue ? 'absolute' : 'relative',
      amount,
      basis: t.basis ?? 'relative',
      direction: t.direction ?? null,
      unit: blank(t.unit),
    };
  }
  const value = tryRatio(raw, path);
  if (value instanceof FunnelMathError) return notNumeric(value);
  return { kind: 'absolute', amount: value, basis: 'relative', direction: null, unit: null };
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
  if (raw === undefined || raw === null) {
    report({
      code: field === 'start' ? 'START_MISSING' : 'DEADLINE_MISSING',
      path,
      params: {},
      data: {},
      error: 'INVALID_DATE',
      absent: true,
    });
    return null;
  }
  try {
    return toDay(raw, path, field === 'start' ? 'The start date' : 'The deadline');
  } catch (error) {
    if (!(error instanceof FunnelMathError)) throw error;
    const received = describe(raw);
    report({ code: 'DATE_INVALID', path, params: { field: { word: field }, received: { text: received } }, data: { field, received }, error: 'INVALID_DATE' });
    return null;
  }
}

/** Reads a goal; `path` is where it sits in the caller's arguments. @internal */
export function readGoal(input: unknown, path: ErrorPath, what: string, report: Report): DraftGoal {
  const g = parseWith(shape, input, path, what);
  const at = (...keys: (string | number)[]): ErrorPath => [...path, ...keys];

  const title = blank(g.title);
  if (title === null) report({ code: 'TITLE_MISSING', path: at('title'), params: {}, data: {}, error: 'INVALID_INPUT' });
  const metricName = blank(g.metric);
  if (metricName === null) report({ code: 'METRIC_MISSING', path: at('metric'), params: {}, data: {}, error: 'INVALID_INPUT' });
  const metric = metricName === null ? null : canonicalMetric(metricName);
  const info = metric === null ? undefined : metricInfo(metric);
  const measure: GoalMeasure = info?.measure ?? g.measure ?? 'count';
  const aggregate = info?.aggregate ?? g.aggregate ?? (measure === 'rate' ? 'level' : 'sum');
  const better = info?.better ?? 'higher';
  const kind = g.kind ?? (info && info.kind !== 'either' ? info.kind : 'outcome');

  // baseline
  let baseline: DraftGoal['baseline'] = null;
  if (g.baseline !== undefined && g.baseline !== null) {
    const b = isPlainObject(g.baseline) ? parseWith(baselineShape, g.baseline, at('baseline'), 'The goal baseline') : { value: g.baseline, period: null };
    const bPath = isPlainObject(g.baseline) ? at('baseline', 'value') : at('baseline');
    const value = tryRatio(b.value, bPath);
    if (value instanceof FunnelMathError || outOfRange(measure, value)) {
      const received = describe(b.value);
      report({
        code: 'BASELINE_INVALID',
        path: bPath,
        params: { received: { text: received } },
        data: { received },
        error: value instanceof FunnelMathError ? value.code : value.sign() < 0 ? 'NEGATIVE' : 'OUT_OF_RANGE',
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
          error: 'INVALID_GOAL',
          absent: true,
        });
      }
    }
    const resolved = resolveTarget(target, baseline?.value ?? null);
    const tooLow = target.type === 'relative' && target.basis === 'relative' && target.change.compare(ZERO.sub(ONE)) < 0;
    if (tooLow || (resolved !== null && outOfRange(measure, resolved))) {
      const shown = resolved ?? (target.type === 'relative' ? target.change : ZERO);
      report({
        code: 'TARGET_OUT_OF_RANGE',
        path: at('target'),
        params: { target: { num: shown, style: measure === 'rate' || resolved === null ? 'percent' : 'number' }, metric: { text: metricName ?? '' } },
        data: { target: shown.toString(), metric },
        error: 'OUT_OF_RANGE',
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
      error: 'INVALID_RANGE',
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
