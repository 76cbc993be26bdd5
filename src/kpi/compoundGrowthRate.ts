import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import { Decimal } from 'decimal.js';
import { fail } from '../errors.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { amountOf, bounded, countBetween, power } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link compoundGrowthRate}. */
export interface CompoundGrowthInput {
  /** The value at the start, above 0. */
  readonly start: NumberInput;
  /** The value at the end, 0 or more, in the same unit. */
  readonly end: NumberInput;
  /** How many periods lie between start and end (a whole number, 1 to 1200). */
  readonly periods: NumberInput;
  /** What one period is; sets how the rate is annualised. */
  readonly period: z.output<typeof periodSchema>;
}

/** What {@link compoundGrowthRate} returns. JSON-serialisable. */
export interface CompoundGrowth {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'compound-growth';
  /** Growth per period, (end / start)^(1 / periods) − 1: the root rounded to `digits` significant digits, minus 1. */
  readonly value: Decimal;
  /** The same rate per year: (end / start)^(periods per year / periods) − 1. */
  readonly annual: Decimal;
  /** True when the root is rational and `value` is exact (1.21 over 2 periods: exactly 0.1); otherwise `value` is rounded. */
  readonly exact: boolean;
  readonly annualExact: boolean;
  /** Significant digits of the roots (40), computed with 20 guard digits and rounded half-even. */
  readonly digits: number;
  readonly period: 'month' | 'quarter' | 'year';
  readonly periods: number;
  /** end / start, exact. */
  readonly multiple: Ratio;
}

const DIGITS = 40;
const PER_YEAR = { month: 12, quarter: 4, year: 1 } as const;
const Wide = /* @__PURE__ */ Decimal.clone({ precision: DIGITS + 20, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -60, toExpPos: 80 });

const periodSchema: z.ZodMiniEnum<{ month: 'month'; quarter: 'quarter'; year: 'year' }> = /* @__PURE__ */ z.enum(['month', 'quarter', 'year']);

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    start: /* @__PURE__ */ amountOf('startValue', 'positive'),
    end: /* @__PURE__ */ amountOf('endValue', 'nonNegative'),
    periods: /* @__PURE__ */ countBetween('periods', 1, 1200),
    period: periodSchema,
  }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);

/** x^(k/n) to DIGITS significant digits, and whether that is exactly the true value. */
function rootOf(x: Ratio, k: number, n: number): { value: Decimal; exact: boolean } {
  if (x.isZero()) return { value: new Wide(0), exact: true };
  const target = power(x, k); // x^k exactly; we want its n-th root
  const t = new Wide(target.num.toString()).div(target.den.toString());
  // first guess by exp/ln, then Newton steps r ← r − (rⁿ − t) / (n rⁿ⁻¹) at DIGITS + 20 digits
  let r = t.pow(new Wide(1).div(n));
  for (let i = 0; i < 3; i++) r = r.minus(r.pow(n).minus(t).div(r.pow(n - 1).times(n)));
  const rounded = r.toSignificantDigits(DIGITS, Decimal.ROUND_HALF_EVEN);
  // exact when (num / den)ⁿ = target: cross-multiplied, so no gcd of huge numbers is needed
  const [num, den] = rounded.toFraction() as [Decimal, Decimal];
  const e = BigInt(n);
  const exact = BigInt(num.toFixed()) ** e * target.den === BigInt(den.toFixed()) ** e * target.num;
  return { value: rounded, exact };
}

/**
 * Compound growth rate: the constant growth per period that takes `start` to `end` in `periods`
 * periods (CMGR for months, CAGR for years), and the same rate per year.
 *
 * Formula: (end / start)^(1 / periods) − 1; per year (end / start)^(m / periods) − 1 with m = 12,
 * 4 or 1 periods per year. A root is irrational unless end / start is a perfect power, so this
 * result is necessarily not an exact fraction: it is computed with decimal.js at 60 significant
 * digits (Newton-refined), the root is rounded half-even to 40 significant digits and 1 is
 * subtracted from it exactly; `exact` says whether the rounded value
 * is the exact root (checked in rational arithmetic). Every other KPI here is exact.
 *
 * Edge cases: a start of 0 or less has no growth rate: `OUT_OF_RANGE` is thrown. An end of 0 gives
 * exactly −1 (everything lost).
 *
 * @param input.start - the first value, above 0.
 * @param input.end - the last value, 0 or more.
 * @param input.periods - whole number of periods between them, 1 to 1200.
 * @param input.period - `'month'`, `'quarter'` or `'year'`.
 * @returns the per-period and annual rates as decimals (fractions, not percents).
 * @throws FunnelMathError `OUT_OF_RANGE` (start not above 0, periods out of range), `NEGATIVE`,
 *   `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `INVALID_CHOICE` (period), `NOT_INTEGER`, `INVALID_NUMBER`, `RESULT_TOO_LARGE` (end / start beyond 10^300).
 * @example
 * import { compoundGrowthRate } from 'funnel-math';
 * compoundGrowthRate({ start: 100, end: 121, periods: 2, period: 'year' }).value; // => '0.1'
 * compoundGrowthRate({ start: 100, end: 121, periods: 2, period: 'year' }).exact; // => true
 * const m = compoundGrowthRate({ start: 700000, end: 1000000, periods: 12, period: 'month' });
 * m.value; // => '0.030169046916694964946358567124876122632'
 * m.exact; // => false
 * m.annual; // => '0.428571428571428571428571428571428571429'
 * @category KPIs
 */
export function compoundGrowthRate(input: CompoundGrowthInput): CompoundGrowth {
  const i = reader.read(input ?? {}, ['input']);
  const { start, end, periods } = i;
  if (start.isZero()) fail('OUT_OF_RANGE', { phrases: enKpi, subject: 'startValue', expected: 'positive', received: 0 }, ['input', 'start']);
  const multiple = bounded(end.div(start), ['input', 'start'], 'endOverStart');
  const perPeriod = rootOf(multiple, 1, periods);
  const yearly = rootOf(multiple, PER_YEAR[i.period], periods);
  return {
    kind: 'compound-growth',
    value: perPeriod.value.minus(1),
    annual: yearly.value.minus(1),
    exact: perPeriod.exact,
    annualExact: yearly.exact,
    digits: DIGITS,
    period: i.period,
    periods,
    multiple,
  };
}

/**
 * True when `value` is a {@link compoundGrowthRate} result: a plain object whose `kind` is `'compound-growth'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link CompoundGrowth}).
 * @example
 * import { compoundGrowthRate, isCompoundGrowth } from 'funnel-math';
 * const result = compoundGrowthRate({ start: 100, end: 121, periods: 2, period: 'year' });
 * isCompoundGrowth(result); // => true
 * isCompoundGrowth(JSON.parse(JSON.stringify(result))); // => true
 * isCompoundGrowth({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isCompoundGrowth(value: unknown): value is CompoundGrowth {
  return hasKind(value, 'compound-growth');
}
