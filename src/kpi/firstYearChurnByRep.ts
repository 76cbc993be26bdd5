import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import { isoOf, type DateInput } from '../calendar/dates.js';
import { fail } from '../errors.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { dateOf, readList } from './read.js';
import { hasKind } from '../kind.js';

/** A customer for {@link firstYearChurnByRep}: who closed them, when they were won, when (if) they left. */
export interface WonCustomer {
  /** The rep who closed the customer. */
  readonly rep?: string;
  /** The day the customer was won (ISO `YYYY-MM-DD` or Date, as its UTC date). */
  readonly wonAt: DateInput;
  /** The day the customer left, if they did. */
  readonly churnedAt?: DateInput;
  readonly id?: string;
}

/** Options of {@link firstYearChurnByRep}. */
export interface FirstYearChurnOptions {
  /** The day the data is as of: only customers whose first year has ended by then are counted. */
  readonly asOf: DateInput;
}

/** One line of {@link firstYearChurnByRep}. */
export interface FirstYearChurn {
  /** churned / cohort, exact; `null` when no first year has ended yet (`reason: 'no-complete-year'`). */
  readonly value: Ratio | null;
  readonly reason: 'no-complete-year' | null;
  /** Customers whose first year ended by `asOf`. */
  readonly cohort: number;
  /** Of those, how many left before their first anniversary. */
  readonly churned: number;
  /** Customers still inside their first year at `asOf`: not counted in the rate. */
  readonly pending: number;
}

/** What {@link firstYearChurnByRep} returns. JSON-serialisable. */
export interface FirstYearChurnReport {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'first-year-churn';
  readonly asOf: string;
  readonly overall: FirstYearChurn;
  /** One line per closing rep, in order of first appearance; customers without a rep under `rep: null`. */
  readonly byRep: readonly (FirstYearChurn & { readonly rep: string | null })[];
}

const customerInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    rep: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    wonAt: /* @__PURE__ */ dateOf('wonAt'),
    churnedAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ dateOf('churnedAt')),
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  }),
  { phrases: enKpi, subject: 'customer', expected: 'object' },
);
const optionsInput = /* @__PURE__ */ defineInput(/* @__PURE__ */ z.strictObject({ asOf: /* @__PURE__ */ dateOf('asOf') }));

/** The first anniversary of a day: same month and day a year later (29 February → 1 March). */
function anniversary(day: number): number {
  const d = new Date(day * 86_400_000);
  return Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate()) / 86_400_000;
}

function line(cohort: number, churned: number, pending: number): FirstYearChurn {
  return cohort === 0
    ? { value: null, reason: 'no-complete-year', cohort, churned, pending }
    : { value: Ratio.of(churned, cohort), reason: null, cohort, churned, pending };
}

/**
 * First-year churn per closing rep (DOMAIN.md §2.10): of the customers a rep closed, the share who
 * left within their first year — a sign of overselling or poor fit.
 *
 * Formula, per rep: churned in the first year / customers whose first year has ended. The first
 * year runs from `wonAt` up to, not including, the first anniversary (same date a year later;
 * 29 February → 1 March). Only complete first years count (anniversary on or before `asOf`):
 * counting customers still inside their first year would understate churn, since they have not
 * had the full year to leave; they are reported as `pending`. A `churnedAt` after `asOf` is not
 * known as of `asOf` and is ignored.
 *
 * @param customers - `{ rep?, wonAt, churnedAt? }`.
 * @param options.asOf - the day the data is as of (required: no clock is read).
 * @returns overall and per-rep exact rates with cohort sizes.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `TOO_LONG`, `INVALID_DATE`, `INVALID_RANGE` (churned before won).
 * @example
 * import { firstYearChurnByRep } from 'funnel-math';
 * const customers = [
 *   { rep: 'Ana', wonAt: '2025-01-15', churnedAt: '2025-06-01' },
 *   { rep: 'Ana', wonAt: '2025-02-01' },
 *   { rep: 'Ana', wonAt: '2025-03-01', churnedAt: '2026-04-01' },
 *   { rep: 'Bo', wonAt: '2025-02-10', churnedAt: '2026-02-09' },
 *   { rep: 'Bo', wonAt: '2026-01-05', churnedAt: '2026-02-01' },
 * ];
 * const r = firstYearChurnByRep(customers, { asOf: '2026-06-30' });
 * r.byRep.map((x) => [x.rep, x.churned, x.cohort, x.value]); // => [['Ana', 1, 3, '1/3'], ['Bo', 1, 1, '1']]
 * r.overall.pending; // => 1
 * @category KPIs
 */
export function firstYearChurnByRep(customers: readonly WonCustomer[], options: FirstYearChurnOptions): FirstYearChurnReport {
  const { asOf } = optionsInput.read(options ?? {}, ['options']);
  const list = readList(customers, ['customers'], { phrases: enKpi, subject: 'customers', expected: 'array' });
  const reps = new Map<string | null, { cohort: number; churned: number; pending: number }>();
  const total = { cohort: 0, churned: 0, pending: 0 };
  list.forEach((raw, i) => {
    const at = ['customers', i];
    const c = customerInput.read(raw, at);
    const won = c.wonAt;
    const left = c.churnedAt;
    if (left !== undefined && left < won) fail('INVALID_RANGE', { start: isoOf(won), end: isoOf(left) }, [...at, 'churnedAt']);
    const key = c.rep ?? null;
    let acc = reps.get(key);
    if (!acc) reps.set(key, (acc = { cohort: 0, churned: 0, pending: 0 }));
    const end = anniversary(won);
    if (end > asOf) {
      acc.pending++;
      total.pending++;
      return;
    }
    acc.cohort++;
    total.cohort++;
    if (left !== undefined && left < end && left <= asOf) {
      acc.churned++;
      total.churned++;
    }
  });
  return {
    kind: 'first-year-churn',
    asOf: isoOf(asOf),
    overall: line(total.cohort, total.churned, total.pending),
    byRep: [...reps].map(([rep, a]) => ({ rep, ...line(a.cohort, a.churned, a.pending) })),
  };
}

/**
 * True when `value` is a {@link firstYearChurnByRep} result: a plain object whose `kind` is `'first-year-churn'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link FirstYearChurnReport}).
 * @example
 * import { firstYearChurnByRep, isFirstYearChurnReport } from 'funnel-math';
 * const result = firstYearChurnByRep([{ rep: 'Ana', wonAt: '2025-01-15', churnedAt: '2025-06-01' }], { asOf: '2026-06-30' });
 * isFirstYearChurnReport(result); // => true
 * isFirstYearChurnReport(JSON.parse(JSON.stringify(result))); // => true
 * isFirstYearChurnReport({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isFirstYearChurnReport(value: unknown): value is FirstYearChurnReport {
  return hasKind(value, 'first-year-churn');
}
