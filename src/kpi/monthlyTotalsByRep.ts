import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { yearMonthOf, type DateInput } from '../calendar/dates.js';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { readAmount } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { toCount, type NumberInput } from '../numbers/parse.js';
import { Ratio, ZERO } from '../numbers/ratio.js';
import { growthStep } from './growthRate.js';
import { anything, bounded, dateOf, money, readList, rowPiece } from './read.js';
import { hasKind } from '../kind.js';

/** A dated sale (or, with `measure: 'count'`, a dated activity such as a cold call). */
export interface DatedRecord {
  /** The rep it belongs to. */
  readonly rep?: string;
  /** The day it happened (ISO `YYYY-MM-DD` or Date, as its UTC date). */
  readonly at: DateInput;
  /** Money for `measure: 'money'` (required); a whole number of activities for `'count'` (default 1). */
  readonly amount?: NumberInput;
}

/** Options of {@link monthlyTotalsByRep}. */
export interface MonthlyTotalsOptions {
  /** `'money'` (default): sums amounts of money; `'count'`: counts activities (calls, emails). */
  readonly measure?: z.output<typeof measureSchema>;
  /** Monthly benchmark per rep (money, or a count), to compare each month against. */
  readonly benchmark?: NumberInput;
  /** First month to report, `'YYYY-MM'`; default: the earliest month in the data. */
  readonly from?: string;
  /** Last month to report, `'YYYY-MM'`; default: the latest month in the data. */
  readonly to?: string;
}

/** One month of one rep. */
export interface RepMonthTotal {
  /** `'YYYY-MM'`. */
  readonly month: string;
  /** The month's total: money (Decimal) or a count. */
  readonly total: Decimal | number;
  /** Growth over the rep's previous month, exact; `null` for the first month (`'first-month'`) or after a 0 month (`'zero-prior'`). */
  readonly change: Ratio | null;
  readonly changeReason: 'first-month' | 'zero-prior' | null;
  /** total / benchmark, exact; `null` without a benchmark (or with a benchmark of 0). */
  readonly vsBenchmark: Ratio | null;
  /** The total fell from the previous month: worth a look (DOMAIN.md §2.1). */
  readonly drop: boolean;
}

/** What {@link monthlyTotalsByRep} returns. JSON-serialisable. */
export interface MonthlyTotals {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'monthly-totals';
  readonly measure: 'money' | 'count';
  /** Every month from first to last, `'YYYY-MM'` (months with nothing are 0, not missing). */
  readonly months: readonly string[];
  readonly benchmark: Decimal | number | null;
  /** One line per rep, in order of first appearance; records without a rep under `rep: null`. */
  readonly byRep: readonly { readonly rep: string | null; readonly months: readonly RepMonthTotal[] }[];
  /** All reps together, per month. */
  readonly team: readonly { readonly month: string; readonly total: Decimal | number }[];
  /** Records outside `from`..`to`, left out. */
  readonly outside: number;
}

/** A month written `'YYYY-MM'`, as a month number (year × 12 + month − 1). */
function readMonth(value: unknown, path: ErrorPath, about: FailParams): number {
  if (typeof value !== 'string') return fail('INVALID_INPUT', { ...about, received: value }, path);
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 1000) fail('INVALID_DATE', { ...about, received: value }, path);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

const recordInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    rep: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    at: /* @__PURE__ */ dateOf('recordAt'),
    amount: /* @__PURE__ */ z.optional(anything),
  }),
  { phrases: enKpi, subject: 'record', expected: 'object' },
);

const measureSchema: z.ZodMiniEnum<{ money: 'money'; count: 'count' }> = /* @__PURE__ */ z.enum(['money', 'count']);

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    measure: /* @__PURE__ */ z.optional(measureSchema),
    benchmark: /* @__PURE__ */ z.optional(anything),
    from: /* @__PURE__ */ z.optional(/* @__PURE__ */ rowPiece('firstMonth', 'month', readMonth)),
    to: /* @__PURE__ */ z.optional(/* @__PURE__ */ rowPiece('lastMonth', 'month', readMonth)),
  }),
);

const MAX_MONTHS = 1200;

function monthIndex(day: number): number {
  const { year, month } = yearMonthOf(day);
  return year * 12 + month;
}

function monthText(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Month-over-month totals per rep from dated sales (DOMAIN.md §2.1), against a monthly benchmark;
 * with `measure: 'count'`, the same for dated activities such as cold calls or emails (§2.4).
 *
 * Formula: per rep and calendar month (UTC dates), total = Σ amount (money) or Σ count; change =
 * (this month − previous month) / previous month, exact; vsBenchmark = total / benchmark. Every
 * month between the first and the last is listed, empty months as 0, so a silent month shows as a
 * drop instead of disappearing. `drop` marks a total below the previous month's.
 *
 * @param records - `{ rep?, at, amount? }`.
 * @param options.measure - `'money'` (default) or `'count'`.
 * @param options.benchmark - monthly benchmark per rep.
 * @param options.from - first month `'YYYY-MM'`.
 * @param options.to - last month `'YYYY-MM'`.
 * @returns the months, one line per rep, and the team totals.
 * @throws FunnelMathError `MISSING_VALUE` (a money record without amount), `INVALID_INPUT`,
 *   `UNKNOWN_OPTION`, `INVALID_CHOICE`, `INVALID_DATE` (also a month not written `'YYYY-MM'`),
 *   `INVALID_RANGE` (to before from), `TOO_LONG` (more than 1200 months), `NEGATIVE`, `NOT_INTEGER`,
 *   `RESULT_TOO_LARGE` (a change or attainment beyond 10^300).
 * @example
 * import { monthlyTotalsByRep } from 'funnel-math';
 * const sales = [
 *   { rep: 'Ana', at: '2026-01-12', amount: 3000 }, { rep: 'Ana', at: '2026-01-20', amount: 2000 },
 *   { rep: 'Ana', at: '2026-02-03', amount: 4000 }, { rep: 'Bo', at: '2026-01-15', amount: 6000 },
 *   { rep: 'Bo', at: '2026-03-02', amount: 6500 },
 * ];
 * const r = monthlyTotalsByRep(sales, { benchmark: 5000 });
 * r.months; // => ['2026-01', '2026-02', '2026-03']
 * r.byRep[0]!.months.map((m) => [m.total, m.change, m.vsBenchmark]); // => [['5000', null, '1'], ['4000', '-1/5', '4/5'], ['0', '-1', '0']]
 * r.byRep[1]!.months.map((m) => m.changeReason); // => ['first-month', null, 'zero-prior']
 * monthlyTotalsByRep([{ rep: 'Ana', at: '2026-01-05' }, { rep: 'Ana', at: '2026-01-06' }], { measure: 'count' }).team; // => [{ month: '2026-01', total: 2 }]
 * @category KPIs
 */
export function monthlyTotalsByRep(records: readonly DatedRecord[], options?: MonthlyTotalsOptions): MonthlyTotals {
  const opts = optionsInput.read(options ?? {}, ['options']);
  const measure = opts.measure ?? 'money';
  const benchmark =
    opts.benchmark === undefined
      ? null
      : measure === 'money'
        ? readAmount(opts.benchmark, ['options', 'benchmark'], { phrases: enKpi, subject: 'benchmark', expected: 'amount' })
        : Ratio.of(toCount(opts.benchmark, ['options', 'benchmark'], { phrases: enKpi, subject: 'benchmark', expected: 'count' }));
  const { from, to } = opts;
  if (from !== undefined && to !== undefined && to < from) fail('INVALID_RANGE', { start: monthText(from), end: monthText(to) }, ['options', 'to']);
  const list = readList(records, ['records'], { phrases: enKpi, subject: 'records', expected: 'records' });
  const read: { rep: string | null; month: number; amount: Ratio }[] = [];
  list.forEach((raw, i) => {
    const at: ErrorPath = ['records', i];
    const r = recordInput.read(raw, at);
    let amount: Ratio;
    if (measure === 'money') {
      if (r.amount === undefined) fail('MISSING_VALUE', { phrases: enKpi, subject: 'recordAmount', expected: 'amount', row: i + 1 }, [...at, 'amount']);
      amount = readAmount(r.amount, [...at, 'amount'], { phrases: enKpi, subject: 'recordAmount', expected: 'amount', row: i + 1 });
    } else amount = Ratio.of(r.amount === undefined ? 1 : toCount(r.amount, [...at, 'amount'], { phrases: enKpi, subject: 'activityCount', expected: 'count', row: i + 1 }));
    read.push({ rep: r.rep ?? null, month: monthIndex(r.at), amount });
  });
  let first = from ?? Infinity;
  let last = to ?? -Infinity;
  if (from === undefined || to === undefined) {
    for (const r of read) {
      if (from === undefined && r.month < first) first = r.month;
      if (to === undefined && r.month > last) last = r.month;
    }
  }
  const count = read.length === 0 && (from === undefined || to === undefined) ? 0 : last - first + 1;
  if (count > MAX_MONTHS) fail('TOO_LONG', { phrases: enKpi, subject: 'monthSpan', from: monthText(first), to: monthText(last), length: count, max: MAX_MONTHS }, ['options']);
  const n = Math.max(count, 0);
  const months = Array.from({ length: n }, (_, k) => monthText(first + k));
  const reps = new Map<string | null, Ratio[]>();
  const team: Ratio[] = Array.from({ length: n }, () => ZERO);
  let outside = 0;
  for (const r of read) {
    if (!reps.has(r.rep)) reps.set(r.rep, Array.from({ length: n }, () => ZERO));
    const k = r.month - first;
    if (k < 0 || k >= n) {
      outside++;
      continue;
    }
    const line = reps.get(r.rep)!;
    line[k] = line[k]!.add(r.amount);
    team[k] = team[k]!.add(r.amount);
  }
  const show = (v: Ratio): Decimal | number => (measure === 'money' ? money(v) : v.toNumber());
  const byRep = [...reps].map(([rep, totals]) => ({
    rep,
    months: totals.map((total, k): RepMonthTotal => {
      const step = k === 0 ? null : growthStep(totals[k - 1]!, total, ['records']);
      return {
        month: months[k]!,
        total: show(total),
        change: step?.value ?? null,
        changeReason: step === null ? 'first-month' : step.reason,
        vsBenchmark: benchmark === null || benchmark.isZero() ? null : bounded(total.div(benchmark), ['options', 'benchmark'], 'vsBenchmark'),
        drop: k > 0 && total.compare(totals[k - 1]!) < 0,
      };
    }),
  }));
  return { kind: 'monthly-totals', measure, months, benchmark: benchmark === null ? null : show(benchmark), byRep, team: team.map((t, k) => ({ month: months[k]!, total: show(t) })), outside };
}

/**
 * True when `value` is a {@link monthlyTotalsByRep} result: a plain object whose `kind` is `'monthly-totals'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link MonthlyTotals}).
 * @example
 * import { isMonthlyTotals, monthlyTotalsByRep } from 'funnel-math';
 * const result = monthlyTotalsByRep([{ rep: 'Ana', at: '2026-01-12', amount: 3000 }]);
 * isMonthlyTotals(result); // => true
 * isMonthlyTotals(JSON.parse(JSON.stringify(result))); // => true
 * isMonthlyTotals({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isMonthlyTotals(value: unknown): value is MonthlyTotals {
  return hasKind(value, 'monthly-totals');
}
