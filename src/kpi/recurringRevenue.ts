import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import type { NumberInput } from '../numbers/parse.js';
import { ONE, Ratio, ZERO } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { amountOf, countBetween, money, power, shareOf } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link recurringRevenue}. */
export interface RecurringRevenueInput {
  /** New monthly recurring revenue (MRR) added each month (money). */
  readonly newMrr: NumberInput;
  /** How many months new MRR is added (1 to 1200). */
  readonly months: NumberInput;
  /** Monthly churn of existing MRR, a fraction from 0 to 1; default 0. */
  readonly churn?: NumberInput;
}

/** Revenue recognized (billed) over the months: what an annual revenue goal counts. */
export interface RecognizedRevenue {
  readonly kind: 'recognized-revenue';
  readonly value: Decimal;
  readonly exact: Ratio;
}

/** The run rate at the end of the last month, annualised: what an ARR goal counts. */
export interface ExitRunRate {
  readonly kind: 'exit-run-rate';
  /** MRR in the last month. */
  readonly mrr: Decimal;
  /** 12 × `mrr`. */
  readonly arr: Decimal;
  readonly exactArr: Ratio;
}

/** What {@link recurringRevenue} returns. JSON-serialisable. */
export interface RecurringRevenue {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'recurring-revenue';
  /** Σ of each month's MRR: n(n + 1)/2 × X without churn (78 × X for 12 months: the "Rule of 78"). */
  readonly recognizedRevenue: RecognizedRevenue;
  /** 12 × last month's MRR: 12 × n × X without churn. */
  readonly exitRunRate: ExitRunRate;
  /** Each month's MRR, month 1 first. */
  readonly byMonth: readonly Decimal[];
  readonly months: number;
  readonly newMrr: Decimal;
  readonly churn: Ratio;
}

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    newMrr: /* @__PURE__ */ amountOf('newMrr'),
    months: /* @__PURE__ */ countBetween('months', 1, 1200),
    churn: /* @__PURE__ */ z.optional(/* @__PURE__ */ shareOf('monthlyChurn')),
  }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);

/**
 * Recurring revenue from adding X of new MRR every month for n months, as two different goal
 * kinds that are never confused: the revenue recognized over the months (what a "revenue this
 * year" goal counts) and the exit run rate (what an "ARR" goal counts).
 *
 * Convention: new MRR is booked at the start of each month and billed in full that month; churn c
 * takes its share of the MRR carried into a month, and not of that month's new MRR. So
 * MRRₖ = MRRₖ₋₁ × (1 − c) + X. Closed forms, exact: without churn, MRRₖ = k × X, recognized =
 * n(n + 1)/2 × X (the Rule of 78 for n = 12: 78 × X) and exit ARR = 12 × n × X (144 × X); with
 * churn, q = 1 − c: MRRₖ = X(1 − qᵏ)/c and recognized = X/c × (n − q(1 − qⁿ)/c).
 * Twelve months of 1000 new MRR is 78000 of revenue this year but an ARR of 144000 at its end.
 *
 * @param input.newMrr - new MRR per month (money).
 * @param input.months - whole number of months, 1 to 1200.
 * @param input.churn - monthly churn, a fraction from 0 to 1 (`'2%'`); default 0.
 * @returns both goal kinds, each with its `kind`, and the MRR of every month.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `OUT_OF_RANGE`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`.
 * @example
 * import { recurringRevenue } from 'funnel-math';
 * const r = recurringRevenue({ newMrr: 1000, months: 12 });
 * r.recognizedRevenue; // => { kind: 'recognized-revenue', value: '78000', exact: '78000' }
 * r.exitRunRate.arr; // => '144000'
 * const c = recurringRevenue({ newMrr: 1000, months: 3, churn: '10%' });
 * c.byMonth; // => ['1000', '1900', '2710']
 * c.recognizedRevenue.value; // => '5610'
 * c.exitRunRate.arr; // => '32520'
 * @category KPIs
 */
export function recurringRevenue(input: RecurringRevenueInput): RecurringRevenue {
  const i = reader.read(input ?? {}, ['input']);
  const x = i.newMrr;
  const n = i.months;
  const churn = i.churn ?? ZERO;
  const nr = Ratio.of(n);
  let recognized: Ratio;
  let exit: Ratio;
  if (churn.isZero()) {
    recognized = x.mul(Ratio.of(n * (n + 1), 2));
    exit = x.mul(nr);
  } else {
    const q = ONE.sub(churn);
    const qn = power(q, n);
    exit = x.mul(ONE.sub(qn)).div(churn);
    recognized = x.div(churn).mul(nr.sub(q.mul(ONE.sub(qn)).div(churn)));
  }
  const byMonth: Decimal[] = [];
  let mrr = ZERO;
  const q = ONE.sub(churn);
  for (let k = 1; k <= n; k++) {
    mrr = mrr.mul(q).add(x);
    byMonth.push(money(mrr));
  }
  const arr = exit.mul(Ratio.of(12));
  return {
    kind: 'recurring-revenue',
    recognizedRevenue: { kind: 'recognized-revenue', value: money(recognized), exact: recognized },
    exitRunRate: { kind: 'exit-run-rate', mrr: money(exit), arr: money(arr), exactArr: arr },
    byMonth,
    months: n,
    newMrr: money(x),
    churn,
  };
}

/**
 * True when `value` is a {@link recurringRevenue} result: a plain object whose `kind` is `'recurring-revenue'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link RecurringRevenue}).
 * @example
 * import { isRecurringRevenue, recurringRevenue } from 'funnel-math';
 * const result = recurringRevenue({ newMrr: 1000, months: 12 });
 * isRecurringRevenue(result); // => true
 * isRecurringRevenue(JSON.parse(JSON.stringify(result))); // => true
 * isRecurringRevenue({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isRecurringRevenue(value: unknown): value is RecurringRevenue {
  return hasKind(value, 'recurring-revenue');
}
