import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { fail } from '../errors.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { isPlainObject } from '../schema.js';
import { amountOf, anything, bounded, countOf, money, shown } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link churnRate}: customers (counts) or recurring revenue (money). */
export type ChurnInput =
  | {
      /** `'customers'` (default): customer churn, by count. */
      readonly basis?: 'customers';
      /** Customers at the start of the period. */
      readonly atStart: NumberInput;
      /** Of those, how many left during the period (customers won during the period do not count). */
      readonly lost: NumberInput;
    }
  | {
      /** `'revenue'`: revenue churn, by recurring revenue (e.g. MRR). */
      readonly basis: 'revenue';
      /** Recurring revenue at the start of the period. */
      readonly atStart: NumberInput;
      /** Recurring revenue lost from those customers: cancellations and downgrades. */
      readonly lost: NumberInput;
      /** Recurring revenue added by those customers (upgrades); gives the net rate. Default 0. */
      readonly expansion?: NumberInput;
    };

/** What {@link churnRate} returns. JSON-serialisable. */
export interface ChurnRate {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'churn-rate';
  /** lost / atStart (gross), exact, from 0 to 1; `null` when undefined (see `reason`). */
  readonly value: Ratio | null;
  /** `'zero-start'`: nothing at the start; `'exceeds-start'`: more lost than there was (check the counts). */
  readonly reason: 'zero-start' | 'exceeds-start' | null;
  readonly basis: 'customers' | 'revenue';
  /** Revenue only: (lost − expansion) / atStart, at most 1, negative when expansion outweighs losses. */
  readonly net: Ratio | null;
  readonly lost: number | Decimal;
  readonly atStart: number | Decimal;
  readonly expansion: Decimal | null;
  /** For people: `'2.0% of customers at start (2 of 100)'`. */
  readonly label: string;
}

const basisSchema = /* @__PURE__ */ z.enum(['customers', 'revenue']);
const INPUT = { phrases: enKpi, subject: 'input', expected: 'object' } as const;

const customerInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    basis: /* @__PURE__ */ z.optional(basisSchema),
    atStart: /* @__PURE__ */ countOf('customersAtStart'),
    lost: /* @__PURE__ */ countOf('customersLost'),
    expansion: /* @__PURE__ */ z.optional(anything),
  }),
  INPUT,
);

const revenueInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    basis: basisSchema,
    atStart: /* @__PURE__ */ amountOf('revenueAtStart'),
    lost: /* @__PURE__ */ amountOf('revenueLost'),
    expansion: /* @__PURE__ */ z.optional(/* @__PURE__ */ amountOf('expansion')),
  }),
  INPUT,
);

/** True when the input asks for revenue churn (a throwing getter is left to the reader to report). */
function byRevenue(input: unknown): boolean {
  try {
    return isPlainObject(input) && Object.hasOwn(input, 'basis') && input['basis'] === 'revenue';
  } catch {
    return false;
  }
}

/**
 * Churn rate over a period: the share of what there was at the start that was lost.
 *
 * Formulas: customer churn = customers lost in the period / customers at its start (customers
 * won during the period are in neither number: they were not at the start). Revenue churn (gross)
 * = recurring revenue lost (cancellations + downgrades) / recurring revenue at the start; net
 * revenue churn = (lost − expansion) / at start, negative when upgrades outweigh losses. The period
 * is whatever the counts cover (a month gives a monthly rate, the unit {@link ltv} expects).
 *
 * Edge cases: nothing at the start gives `value: null, reason: 'zero-start'`; more lost than there
 * was gives `reason: 'exceeds-start'` (never a churn above 100%).
 *
 * @param input - `{ atStart, lost }` counts, or `{ basis: 'revenue', atStart, lost, expansion? }` money.
 * @returns the exact rate, what it divides, and (revenue) the net rate.
 * @throws FunnelMathError `CONFLICTING_OPTIONS` (expansion with customer churn),
 *   `UNKNOWN_OPTION`, `MISSING_VALUE`, `INVALID_CHOICE` (basis), `INVALID_INPUT`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`.
 * @example
 * import { churnRate } from 'funnel-math';
 * churnRate({ atStart: 200, lost: 3 }).value; // => '3/200'
 * churnRate({ atStart: 200, lost: 3 }).label; // => '1.5% of customers at start (3 of 200)'
 * const revenue = churnRate({ basis: 'revenue', atStart: 50000, lost: 2500, expansion: 4000 });
 * [revenue.value, revenue.net]; // => ['1/20', '-3/100']
 * churnRate({ atStart: 0, lost: 0 }).reason; // => 'zero-start'
 * @category KPIs
 */
export function churnRate(input: ChurnInput): ChurnRate {
  const raw = input ?? {};
  if (!byRevenue(raw)) {
    const basis = 'customers' as const;
    const { atStart, lost, expansion } = customerInput.read(raw, ['input']);
    if (expansion !== undefined) fail('CONFLICTING_OPTIONS', { phrases: enKpi, subject: 'expansionWithCounts', expected: 'expansionBasis' }, ['input', 'expansion']);
    const base = { basis, net: null, lost, atStart, expansion: null };
    if (atStart === 0) return { kind: 'churn-rate', value: null, reason: 'zero-start', ...base, label: 'no churn rate: no customers at start' };
    if (lost > atStart) return { kind: 'churn-rate', value: null, reason: 'exceeds-start', ...base, label: `no churn rate: ${lost} lost is more than the ${atStart} customers at start` };
    const value = Ratio.of(lost, atStart);
    return { kind: 'churn-rate', value, reason: null, ...base, label: `${value.toPercent(1)} of customers at start (${lost} of ${atStart})` };
  }
  const basis = 'revenue' as const;
  const r = revenueInput.read(raw, ['input']);
  const { atStart, lost } = r;
  const expansion = r.expansion ?? Ratio.of(0);
  const base = { basis, lost: money(lost), atStart: money(atStart), expansion: money(expansion) };
  if (atStart.isZero()) return { kind: 'churn-rate', value: null, reason: 'zero-start', net: null, ...base, label: 'no churn rate: no recurring revenue at start' };
  if (lost.compare(atStart) > 0) {
    return { kind: 'churn-rate', value: null, reason: 'exceeds-start', net: null, ...base, label: `no churn rate: ${shown(lost)} lost is more than the ${shown(atStart)} at start` };
  }
  const value = lost.div(atStart);
  const net = bounded(lost.sub(expansion).div(atStart), ['input', 'expansion'], 'netRevenueChurn');
  return { kind: 'churn-rate', value, reason: null, net, ...base, label: `${value.toPercent(1)} of recurring revenue at start (${shown(lost)} of ${shown(atStart)})` };
}

/**
 * True when `value` is a {@link churnRate} result: a plain object whose `kind` is `'churn-rate'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link ChurnRate}).
 * @example
 * import { churnRate, isChurnRate } from 'funnel-math';
 * const result = churnRate({ atStart: 200, lost: 3 });
 * isChurnRate(result); // => true
 * isChurnRate(JSON.parse(JSON.stringify(result))); // => true
 * isChurnRate({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isChurnRate(value: unknown): value is ChurnRate {
  return hasKind(value, 'churn-rate');
}
