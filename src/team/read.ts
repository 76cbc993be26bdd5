/**
 * The options every team-capacity function shares (reps, ramp, quota, attrition, hires, periods),
 * read once, here, into the plain form the projection trusts.
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { readDay } from '../calendar/dayPiece.js';
import { firstOfMonth } from '../calendar/dates.js';
import { defineInput } from '../input/parse.js';
import { piece, type Piece } from '../input/piece.js';
import { readAmount } from '../input/number.js';
import { choicePiece } from '../input/choice.js';
import { enTeam } from '../messages/enTeam.js';
import type { ErrorSubject } from '../messages/types.js';
import { toCount, toRatio } from '../numbers/parse.js';
import { ONE, Ratio } from '../numbers/ratio.js';
import { roundHalfEven } from '../numbers/roundHalfEven.js';
import { Money } from '../numbers/money.js';
import { isPlainObject, ownArray } from '../schema.js';
import type { Decimal } from 'decimal.js';

/** How a month a rep is on the team for only part of is counted (start or end mid-month). */
export type PartialMonth = 'prorate-days' | 'from-next-month' | 'full';
/** The period `quotaPerRep` and `outcomesPerRep` are given for. */
export type QuotaPeriod = 'month' | 'quarter' | 'year';

/** One seat of the team: a listed rep or one planned hire, as day numbers (end inclusive). */
export interface Seat {
  readonly id: string | null;
  readonly start: number;
  readonly end: number | null;
  /** How many reps hold seats like this one (a planned hire of 3 is one seat × 3). */
  readonly count: number;
}

/** The team options read: what the projection trusts. */
export interface TeamInput {
  readonly reps: readonly Seat[];
  readonly hires: readonly Seat[];
  readonly ramp: readonly Ratio[];
  /** Quota of a fully ramped rep per month (exact). */
  readonly monthlyQuota: Ratio;
  readonly quotaPer: QuotaPeriod;
  readonly attainment: Ratio;
  /** Outcomes of a fully ramped rep per month, or null. */
  readonly monthlyOutcomes: Ratio | null;
  readonly attrition: Ratio;
  readonly backfillDelayMonths: number | null;
  /** The first month as year × 12 + month (0–11). */
  readonly first: number;
  readonly months: number;
  readonly partialMonth: PartialMonth;
}

const T = { phrases: enTeam } as const;
const about = (subject: ErrorSubject, extra: FailParams = {}): FailParams => ({ ...T, subject, ...extra });

/** An amount of 0 or more, worded in the team's phrases. */
export function teamAmount(subject: ErrorSubject): Piece<Ratio> {
  return piece({ ...T, subject, expected: 'amount' }, (value, path) => readAmount(value, path, about(subject, { expected: 'amount' })));
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** Reads `'YYYY-MM'` as year × 12 + month (0–11). */
export function readMonth(value: unknown, path: ErrorPath, subject: ErrorSubject): number {
  const m = typeof value === 'string' ? MONTH.exec(value.trim()) : null;
  const year = m ? Number(m[1]) : 0;
  const month = m ? Number(m[2]) : 0;
  if (!m || year < 1000 || month < 1 || month > 12) fail('INVALID_DATE', about(subject, { expected: 'teamMonth', received: value }), path);
  return year * 12 + month - 1;
}

/** A month piece (`'2026-01'`). */
export function monthPiece(subject: ErrorSubject): Piece<number> {
  return piece({ ...T, subject, expected: 'teamMonth' }, (value, path) => readMonth(value, path, subject));
}

/** `'YYYY-MM'` of a month number. */
export function monthLabel(month: number): string {
  const year = Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** Day number of the first day of a month number. */
export function monthStart(month: number): number {
  return firstOfMonth(Math.floor(month / 12), month % 12);
}

function readList(value: unknown, path: ErrorPath, subject: ErrorSubject): unknown[] {
  if (!Array.isArray(value)) fail('INVALID_INPUT', about(subject, { expected: 'array', received: value }), path);
  return ownArray(value as unknown[]);
}

function readRep(value: unknown, path: ErrorPath, row: number): Seat {
  if (!isPlainObject(value)) fail('INVALID_INPUT', about('teamRep', { row, expected: 'teamRepEntry', received: value }), path);
  for (const key of Object.keys(value)) {
    if (key !== 'id' && key !== 'start' && key !== 'end') fail('UNKNOWN_OPTION', { ...T, subject: 'teamRep', row, key, allowed: '"id", "start", "end"' }, [...path, key]);
  }
  const id = value['id'];
  if (typeof id !== 'string' || id.trim() === '') fail('INVALID_INPUT', about('teamRepId', { row, expected: 'string', received: id }), [...path, 'id']);
  if (value['start'] === undefined) fail('MISSING_VALUE', about('teamRepStart', { row, expected: 'date' }), [...path, 'start']);
  const start = readDay(value['start'], [...path, 'start'], about('teamRepStart', { row }));
  let end: number | null = null;
  if (value['end'] !== undefined) {
    end = readDay(value['end'], [...path, 'end'], about('teamRepEnd', { row }));
    if (end < start) fail('OUT_OF_RANGE', about('teamRepEnd', { row, expected: 'teamEndAfterStart', received: value['end'] }), [...path, 'end']);
  }
  return { id, start, end, count: 1 };
}

const repsPiece = /* @__PURE__ */ piece({ ...T, subject: 'teamRepList', expected: 'array' }, (value, path): Seat[] => {
  const reps = readList(value, path, 'teamRepList').map((rep, i) => readRep(rep, [...path, i], i + 1));
  const seen = new Map<string, number>();
  reps.forEach((rep, i) => {
    const before = seen.get(rep.id!);
    if (before !== undefined) fail('DUPLICATE_ID', { ...T, subject: 'teamRepList', id: rep.id!, first: before + 1, second: i + 1 }, [...path, i, 'id']);
    seen.set(rep.id!, i);
  });
  return reps;
});

const hiresPiece = /* @__PURE__ */ piece({ ...T, subject: 'teamHires', expected: 'array' }, (value, path): Seat[] =>
  readList(value, path, 'teamHires').map((hire, i) => {
    const at = [...path, i];
    const row = i + 1;
    if (!isPlainObject(hire)) fail('INVALID_INPUT', about('teamHire', { row, expected: 'teamHireEntry', received: hire }), at);
    for (const key of Object.keys(hire)) {
      if (key !== 'start' && key !== 'count') fail('UNKNOWN_OPTION', { ...T, subject: 'teamHire', row, key, allowed: '"start", "count"' }, [...at, key]);
    }
    if (hire['start'] === undefined) fail('MISSING_VALUE', about('teamHireStart', { row, expected: 'date' }), [...at, 'start']);
    const start = readDay(hire['start'], [...at, 'start'], about('teamHireStart', { row }));
    const count = hire['count'] === undefined ? 1 : toCount(hire['count'], [...at, 'count'], about('teamHireCount', { row, expected: 'count' }));
    return { id: null, start, end: null, count };
  }),
);

/** The ramp: shares of full productivity for months 1, 2, … of tenure; 100% after the list. */
const rampPiece = /* @__PURE__ */ piece({ ...T, subject: 'teamRamp', expected: 'teamRampList' }, (value, path): Ratio[] => {
  if (!Array.isArray(value)) fail('INVALID_INPUT', about('teamRamp', { expected: 'teamRampList', received: value }), path);
  return ownArray(value as unknown[]).map((share, i) => {
    const r = toRatio(share, [...path, i], about('teamRampMonth', { row: i + 1, expected: 'share' }));
    if (r.sign() < 0 || r.compare(ONE) > 0) fail('OUT_OF_RANGE', about('teamRampMonth', { row: i + 1, expected: 'share', received: share }), [...path, i]);
    return r;
  });
});

const attritionPiece = /* @__PURE__ */ piece({ ...T, subject: 'teamAttrition', expected: 'teamAttritionShare' }, (value, path) => {
  const r = toRatio(value, path, about('teamAttrition', { expected: 'teamAttritionShare' }));
  if (r.sign() < 0 || r.compare(ONE) >= 0) fail('OUT_OF_RANGE', about('teamAttrition', { expected: 'teamAttritionShare', received: value }), path);
  return r;
});

const MAX_MONTHS = 1200;
const periodsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    from: /* @__PURE__ */ monthPiece('teamPeriodsFrom'),
    months: /* @__PURE__ */ piece({ ...T, subject: 'teamPeriodsMonths', expected: 'teamMonths' }, (value, path) => {
      const n = toCount(value, path, about('teamPeriodsMonths', { expected: 'teamMonths' }));
      if (n < 1 || n > MAX_MONTHS) fail('OUT_OF_RANGE', about('teamPeriodsMonths', { expected: 'teamMonths', received: value }), path);
      return n;
    }),
  }),
  { ...T, subject: 'teamPeriods', expected: 'teamPeriodsEntry' },
);
const periodsPiece = /* @__PURE__ */ piece({ ...T, subject: 'teamPeriods', expected: 'teamPeriodsEntry' }, (value, path) => periodsInput.read(value, path));

const PARTIAL: z.ZodMiniEnum<{ 'prorate-days': 'prorate-days'; 'from-next-month': 'from-next-month'; full: 'full' }> = /* @__PURE__ */ z.enum(['prorate-days', 'from-next-month', 'full']);
const QUOTA_PER: z.ZodMiniEnum<{ month: 'month'; quarter: 'quarter'; year: 'year' }> = /* @__PURE__ */ z.enum(['month', 'quarter', 'year']);

/** The schema fields every team projection takes. */
export const teamFields = {
  reps: /* @__PURE__ */ z.optional(repsPiece),
  ramp: /* @__PURE__ */ z.optional(rampPiece),
  quotaPerRep: /* @__PURE__ */ teamAmount('teamQuotaPerRep'),
  quotaPer: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(QUOTA_PER, 'teamQuotaPer', 'string', T)),
  attainment: /* @__PURE__ */ z.optional(/* @__PURE__ */ teamAmount('teamAttainment')),
  outcomesPerRep: /* @__PURE__ */ z.optional(/* @__PURE__ */ teamAmount('teamOutcomesPerRep')),
  attrition: /* @__PURE__ */ z.optional(attritionPiece),
  backfillDelayMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ piece({ ...T, subject: 'teamBackfillDelay', expected: 'count' }, (value, path) => toCount(value, path, about('teamBackfillDelay', { expected: 'count' })))),
  hires: /* @__PURE__ */ z.optional(hiresPiece),
  periods: periodsPiece,
  partialMonth: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(PARTIAL, 'teamPartialMonth', 'string', T)),
};

const PER_MONTHS: Record<QuotaPeriod, number> = { month: 1, quarter: 3, year: 12 };

/** The fields read by `teamFields`, as they come out of the schema. */
export interface TeamFields {
  readonly reps?: Seat[] | undefined;
  readonly ramp?: Ratio[] | undefined;
  readonly quotaPerRep: Ratio;
  readonly quotaPer?: QuotaPeriod | undefined;
  readonly attainment?: Ratio | undefined;
  readonly outcomesPerRep?: Ratio | undefined;
  readonly attrition?: Ratio | undefined;
  readonly backfillDelayMonths?: number | undefined;
  readonly hires?: Seat[] | undefined;
  readonly periods: { from: number; months: number };
  readonly partialMonth?: PartialMonth | undefined;
}

/** The shared fields read into what the projection trusts (defaults filled in). */
export function teamInput(o: TeamFields): TeamInput {
  const quotaPer = o.quotaPer ?? 'month';
  const per = Ratio.of(1, PER_MONTHS[quotaPer]);
  return {
    reps: o.reps ?? [],
    hires: o.hires ?? [],
    ramp: o.ramp ?? [],
    monthlyQuota: o.quotaPerRep.mul(per),
    quotaPer,
    attainment: o.attainment ?? ONE,
    monthlyOutcomes: o.outcomesPerRep === undefined ? null : o.outcomesPerRep.mul(per),
    attrition: o.attrition ?? Ratio.of(0),
    backfillDelayMonths: o.backfillDelayMonths ?? null,
    first: o.periods.from,
    months: o.periods.months,
    partialMonth: o.partialMonth ?? 'prorate-days',
  };
}

const CENTS = /* @__PURE__ */ Ratio.of(100);

/** Exact money shown to the cent, halves to even (the display rule of every team amount). */
export function cents(r: Ratio): Decimal {
  return new Money(roundHalfEven(r.mul(CENTS)).toString()).div(100);
}
