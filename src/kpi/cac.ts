import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { amountOf, countOf, money } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link cac}. */
export interface CacInput {
  /** Sales and marketing spend on acquisition in the period (money). */
  readonly spend: NumberInput;
  /** New customers won in the same period (a whole number). */
  readonly newCustomers: NumberInput;
}

/** What {@link cac} returns. JSON-serialisable. */
export interface Cac {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'cac';
  /** Spend per new customer (money); `null` when there were none (`reason: 'no-new-customers'`). */
  readonly value: Decimal | null;
  /** The same, as an exact fraction. */
  readonly exact: Ratio | null;
  readonly reason: 'no-new-customers' | null;
  readonly spend: Decimal;
  readonly newCustomers: number;
}

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ spend: /* @__PURE__ */ amountOf('spend'), newCustomers: /* @__PURE__ */ countOf('newCustomers') }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);

/**
 * Customer acquisition cost (CAC): what it cost to win one new customer.
 *
 * Formula: acquisition spend / new customers, over the same period. Exact. Which costs count as
 * acquisition spend (salaries, tools, ads) is yours to decide; keep it the same from period to
 * period so the trend means something.
 *
 * Edge cases: no new customers gives `value: null, reason: 'no-new-customers'` (never Infinity).
 *
 * @param input.spend - acquisition spend (money).
 * @param input.newCustomers - new customers, a whole number.
 * @returns CAC as money and as an exact fraction.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`.
 * @example
 * import { cac } from 'funnel-math';
 * cac({ spend: 50000, newCustomers: 40 }).value; // => '1250'
 * cac({ spend: 1000, newCustomers: 3 }).exact; // => '1000/3'
 * cac({ spend: 1000, newCustomers: 0 }).reason; // => 'no-new-customers'
 * @category KPIs
 */
export function cac(input: CacInput): Cac {
  const { spend, newCustomers } = reader.read(input ?? {}, ['input']);
  if (newCustomers === 0) return { kind: 'cac', value: null, exact: null, reason: 'no-new-customers', spend: money(spend), newCustomers };
  const exact = spend.div(Ratio.of(newCustomers));
  return { kind: 'cac', value: money(exact), exact, reason: null, spend: money(spend), newCustomers };
}

/**
 * True when `value` is a {@link cac} result: a plain object whose `kind` is `'cac'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Cac}).
 * @example
 * import { cac, isCac } from 'funnel-math';
 * const result = cac({ spend: 50000, newCustomers: 40 });
 * isCac(result); // => true
 * isCac(JSON.parse(JSON.stringify(result))); // => true
 * isCac({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isCac(value: unknown): value is Cac {
  return hasKind(value, 'cac');
}
