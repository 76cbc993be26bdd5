import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { isoOf } from '../calendar/dates.js';
import { medianOfSorted, type QuantileRule } from '../numbers/quantile.js';
import { quantilePiece } from '../input/quantile.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { inDeal, readDeals, sortRatios, sum, type Deal } from './read.js';
import { hasKind } from '../kind.js';

/** Options of {@link salesCycleLength}. */
export interface SalesCycleOptions {
  /** Which closed deals count: `'won'` (default: how long a sale takes) or `'decided'` (won and lost). */
  readonly over?: z.output<typeof overSchema>;
  /** The median's rule: `'averaged'` (default, the mean of the two middle values for even n) or `'nearest-rank'`. */
  readonly quantile?: QuantileRule;
}

/** What {@link salesCycleLength} returns. JSON-serialisable. */
export interface SalesCycleLength {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'sales-cycle-length';
  /** Mean days from `createdAt` to `closedAt`, exact (`'47/2'` is 23.5 days); `null` for no deals. */
  readonly mean: Ratio | null;
  /** Median days by `quantileRule` (by default, for even n the mean of the two middle values). `null` for no deals. */
  readonly median: Ratio | null;
  /** How many deals were measured. */
  readonly n: number;
  readonly over: 'won' | 'decided';
  /** Open deals, left out: they have no cycle length yet. */
  readonly excludedOpen: number;
  /** Deals of the other closed status, left out (lost deals with `over: 'won'`). */
  readonly excludedOther: number;
  readonly unit: 'days';
  /** The quantile rule the median was taken by (the `quantile` option). */
  readonly quantileRule: 'averaged' | 'nearest-rank';
  readonly reason: 'no-deals' | null;
}

const overSchema: z.ZodMiniEnum<{ won: 'won'; decided: 'decided' }> = /* @__PURE__ */ z.enum(['won', 'decided']);

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ over: /* @__PURE__ */ z.optional(overSchema), quantile: /* @__PURE__ */ z.optional(quantilePiece) }),
);

/**
 * Sales cycle length in calendar days: from the day a deal was created to the day it closed.
 *
 * Formula: per deal, closedAt − createdAt in days (a deal created and closed the same day takes
 * 0 days); mean = Σ days / n, median = the middle value (even n: mean of the two middle values,
 * or with `quantile: 'nearest-rank'` the lower of them; the result names the rule in `quantileRule`).
 * Counted over won deals (default) or over decided deals (`over: 'decided'`: won and lost, how
 * long it takes to get an answer). Open deals are excluded and counted in `excludedOpen`.
 *
 * @param deals - deals `{ status, createdAt, closedAt }` (dates: ISO `YYYY-MM-DD` or Date, as UTC dates).
 * @param options.over - `'won'` (default) or `'decided'`.
 * @param options.quantile - the median's rule: `'averaged'` (default) or `'nearest-rank'`.
 * @returns exact mean and median days, with how many deals were measured and left out.
 * @throws FunnelMathError `MISSING_VALUE` (a counted deal without createdAt or closedAt),
 *   `INVALID_INPUT`, `UNKNOWN_OPTION`, `INVALID_CHOICE`, `INVALID_DATE`, `INVALID_RANGE` (closed before created).
 * @example
 * import { salesCycleLength } from 'funnel-math';
 * const deals = [
 *   { status: 'won', createdAt: '2026-01-01', closedAt: '2026-01-31' },
 *   { status: 'won', createdAt: '2026-01-10', closedAt: '2026-02-19' },
 *   { status: 'lost', createdAt: '2026-01-05', closedAt: '2026-01-15' },
 *   { status: 'open', createdAt: '2026-02-01' },
 * ] as const;
 * salesCycleLength(deals).mean; // => '35'
 * salesCycleLength(deals, { over: 'decided' }).mean; // => '80/3'
 * salesCycleLength(deals, { over: 'decided' }).median; // => '30'
 * salesCycleLength(deals).median; // => '35'
 * salesCycleLength(deals, { quantile: 'nearest-rank' }).median; // => '30'
 * salesCycleLength(deals).quantileRule; // => 'averaged'
 * salesCycleLength(deals).excludedOpen; // => 1
 * @category KPIs
 */
export function salesCycleLength(deals: readonly Deal[], options?: SalesCycleOptions): SalesCycleLength {
  const opts = optionsInput.read(options ?? {}, ['options']);
  const over = opts.over ?? 'won';
  const quantileRule: QuantileRule = opts.quantile ?? 'averaged';
  const list = readDeals(deals, ['deals']);
  const days: Ratio[] = [];
  let excludedOpen = 0;
  let excludedOther = 0;
  list.forEach((d, i) => {
    if (d.status === 'open') return void excludedOpen++;
    if (over === 'won' && d.status !== 'won') return void excludedOther++;
    if (d.createdAt === undefined) fail('MISSING_VALUE', inDeal('dealCreatedAt', 'date', i), ['deals', i, 'createdAt']);
    if (d.closedAt === undefined) fail('MISSING_VALUE', inDeal('dealClosedAt', 'date', i), ['deals', i, 'closedAt']);
    const length = d.closedAt - d.createdAt;
    if (length < 0) fail('INVALID_RANGE', { start: isoOf(d.createdAt), end: isoOf(d.closedAt) }, ['deals', i, 'closedAt']);
    days.push(Ratio.of(length));
  });
  const n = days.length;
  const base = { n, over, excludedOpen, excludedOther, unit: 'days' as const, quantileRule };
  if (n === 0) return { kind: 'sales-cycle-length', mean: null, median: null, ...base, reason: 'no-deals' };
  return { kind: 'sales-cycle-length', mean: sum(days).div(Ratio.of(n)), median: medianOfSorted(quantileRule, sortRatios(days)), ...base, reason: null };
}

/**
 * True when `value` is a {@link salesCycleLength} result: a plain object whose `kind` is `'sales-cycle-length'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link SalesCycleLength}).
 * @example
 * import { isSalesCycleLength, salesCycleLength } from 'funnel-math';
 * const result = salesCycleLength([{ status: 'won', createdAt: '2026-01-01', closedAt: '2026-01-31' }]);
 * isSalesCycleLength(result); // => true
 * isSalesCycleLength(JSON.parse(JSON.stringify(result))); // => true
 * isSalesCycleLength({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isSalesCycleLength(value: unknown): value is SalesCycleLength {
  return hasKind(value, 'sales-cycle-length');
}
