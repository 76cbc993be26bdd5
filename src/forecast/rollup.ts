import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import type { DateInput } from '../calendar/dates.js';
import { fail } from '../errors.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { hasKind } from '../kind.js';
import { enForecast } from '../messages/enForecast.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { amountOf, choiceOf, dateOf, money, periodPiece, periodShown, readRows, textOf, total, uniqueKeys, type CloseDatePeriod } from './dealList.js';

/**
 * The forecast category a rep puts a deal in, from least to most certain; `'omitted'` deals count
 * in no forecast. Always given with the deal: it is the rep's judgement, not a function of the stage.
 */
export type ForecastCategory = 'pipeline' | 'best-case' | 'most-likely' | 'commit' | 'closed' | 'omitted';

/**
 * How categories add up into the forecast columns: `'cumulative'` (each column holds its own
 * category and every more certain one) or `'per-category'` (each column holds its category only).
 */
export type RollupMethod = 'cumulative' | 'per-category';

/** A column of a rollup: the cumulative columns (Salesforce's names) or one category each. */
export type RollupColumn =
  | 'open-pipeline'
  | 'best-case-forecast'
  | 'most-likely-forecast'
  | 'commit-forecast'
  | 'closed'
  | 'pipeline'
  | 'best-case'
  | 'most-likely'
  | 'commit';

/** A deal for {@link forecastRollup}. */
export interface CategorizedDeal {
  /** The deal's id, unique in the list. */
  readonly id: string;
  /** Its amount of money, 0 or more. */
  readonly amount: NumberInput;
  /** The forecast category it is in. */
  readonly category: ForecastCategory;
  /** Who owns it. */
  readonly rep?: string;
  /** Its (expected) close date, ISO `YYYY-MM-DD` or a Date; needed when a period is given. */
  readonly closeDate?: DateInput;
}

/** Options of {@link forecastRollup}. */
export interface ForecastRollupOptions {
  /** `'cumulative'` (Salesforce's default) or `'per-category'`. */
  readonly rollup?: RollupMethod;
  /** Only deals whose close date is from `from` to `to` (both included). */
  readonly period?: CloseDatePeriod;
}

/** One column of a rollup. */
export interface RollupTotal {
  readonly column: RollupColumn;
  /** The categories whose deals the column adds up. */
  readonly includes: readonly ForecastCategory[];
  /** Σ amount, exact. */
  readonly amount: Decimal;
  /** How many deals it adds up. */
  readonly deals: number;
}

/** The rollup of one rep, or of the team. */
export interface RollupTotals {
  /** The forecast columns, from the widest (open pipeline) to closed. */
  readonly columns: readonly RollupTotal[];
  /** Σ amount and count of each category on its own, omitted included. */
  readonly byCategory: readonly { readonly category: ForecastCategory; readonly amount: Decimal; readonly deals: number }[];
}

/** What {@link forecastRollup} returns. JSON-serialisable. */
export interface ForecastRollup {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'forecast-rollup';
  /** The rollup method used. */
  readonly rollup: RollupMethod;
  /** The close-date period deals were kept for, or `null` for every deal. */
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly team: RollupTotals;
  /** Per rep, in order of first appearance; `rep: null` gathers deals without a rep. */
  readonly byRep: readonly (RollupTotals & { readonly rep: string | null })[];
  /** Deals counted in no column: `omitted` ones, and those closing outside the period. */
  readonly excluded: { readonly omitted: number; readonly outsidePeriod: number };
}

const CATEGORIES = ['pipeline', 'best-case', 'most-likely', 'commit', 'closed', 'omitted'] as const satisfies readonly ForecastCategory[];

/**
 * The columns of each method. Cumulative, as Salesforce Collaborative Forecasts defines its
 * cumulative forecast rollups (ForecastingItemCategory in the Salesforce object reference): Open
 * Pipeline adds the open categories (pipeline, best case, most likely, commit) and no closed deal;
 * Best Case Forecast adds best case, most likely, commit and closed; Most Likely Forecast adds most
 * likely, commit and closed; Commit Forecast adds commit and closed; Closed is closed alone.
 * Omitted deals are in none.
 */
const COLUMNS: Readonly<Record<RollupMethod, readonly (readonly [RollupColumn, readonly ForecastCategory[]])[]>> = {
  cumulative: [
    ['open-pipeline', ['pipeline', 'best-case', 'most-likely', 'commit']],
    ['best-case-forecast', ['best-case', 'most-likely', 'commit', 'closed']],
    ['most-likely-forecast', ['most-likely', 'commit', 'closed']],
    ['commit-forecast', ['commit', 'closed']],
    ['closed', ['closed']],
  ],
  'per-category': [
    ['pipeline', ['pipeline']],
    ['best-case', ['best-case']],
    ['most-likely', ['most-likely']],
    ['commit', ['commit']],
    ['closed', ['closed']],
  ],
};

const methodSchema: z.ZodMiniEnum<{ [K in RollupMethod]: K }> = /* @__PURE__ */ z.enum(['cumulative', 'per-category']);

const OPTIONS = { phrases: enForecast, subject: 'options', expected: 'object' } as const;

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    rollup: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(methodSchema, 'rollupMethod', 'string', { phrases: enForecast })),
    period: /* @__PURE__ */ z.optional(periodPiece),
  }),
  OPTIONS,
);

const dealInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    id: /* @__PURE__ */ textOf('forecastDealId'),
    amount: /* @__PURE__ */ amountOf('forecastDealAmount'),
    category: /* @__PURE__ */ choiceOf(CATEGORIES, 'forecastCategory'),
    rep: /* @__PURE__ */ z.optional(/* @__PURE__ */ textOf('forecastDealRep')),
    closeDate: /* @__PURE__ */ z.optional(/* @__PURE__ */ dateOf('forecastCloseDate')),
  }),
  { phrases: enForecast, subject: 'forecastDeal', expected: 'object' },
);

interface Counted {
  readonly category: ForecastCategory;
  readonly amount: Ratio;
}

/** The columns and category sums of some deals (the core: trusts its input). */
function rollupOf(deals: readonly Counted[], method: RollupMethod): RollupTotals {
  const byCategory = CATEGORIES.map((category) => {
    const amounts = deals.filter((d) => d.category === category).map((d) => d.amount);
    return { category, exact: total(amounts), deals: amounts.length };
  });
  const of = new Map(byCategory.map((c) => [c.category, c]));
  const columns = COLUMNS[method].map(([column, includes]) => {
    const parts = includes.map((c) => of.get(c)!);
    return { column, includes, amount: money(total(parts.map((p) => p.exact))), deals: parts.reduce((n, p) => n + p.deals, 0) };
  });
  return { columns, byCategory: byCategory.map((c) => ({ category: c.category, amount: money(c.exact), deals: c.deals })) };
}

/**
 * Forecast rollup: the forecast columns of a team and of each rep, from deals that each carry the
 * forecast category their rep put them in.
 *
 * With `rollup: 'cumulative'` (the default, as in Salesforce Collaborative Forecasts) a column
 * holds its own category and every more certain one: Open Pipeline = pipeline + best case + most
 * likely + commit (open deals only); Best Case Forecast = best case + most likely + commit +
 * closed; Most Likely Forecast = most likely + commit + closed; Commit Forecast = commit + closed;
 * Closed = closed. So Commit ≤ Most Likely ≤ Best Case always. With `'per-category'` each column is
 * its category alone (add Best Case, Commit and Closed yourself for the quarter's total). Omitted
 * deals are in no column. Amounts add up exactly; the team is the sum of its reps.
 *
 * @param deals - `{ id, amount, category, rep?, closeDate? }`, ids unique.
 * @param options - `rollup` (`'cumulative'` by default) and `period` `{ from, to }`: keep only deals
 *   whose close date is in it (both ends included); each deal then needs a `closeDate`.
 * @returns the columns and per-category sums of the team and of each rep, the method and the period.
 * @throws FunnelMathError `DUPLICATE_ID` (two deals with one id), `INVALID_CHOICE` (a category or
 *   method not in the list), `MISSING_VALUE` (a deal without a close date when a period is given),
 *   `NEGATIVE`, `INVALID_NUMBER`, `INVALID_DATE`, `INVALID_RANGE`, `UNKNOWN_OPTION`, `INVALID_INPUT`.
 * @example
 * import { forecastRollup } from 'funnel-math';
 * const deals = [
 *   { id: 'a', amount: 40000, category: 'closed', rep: 'Ana' },
 *   { id: 'b', amount: 25000, category: 'commit', rep: 'Ana' },
 *   { id: 'c', amount: 15000, category: 'most-likely', rep: 'Ben' },
 *   { id: 'd', amount: 30000, category: 'best-case', rep: 'Ben' },
 *   { id: 'e', amount: 50000, category: 'pipeline', rep: 'Ben' },
 *   { id: 'f', amount: 9000, category: 'omitted', rep: 'Ana' },
 * ] as const;
 * const r = forecastRollup(deals);
 * r.team.columns.map((c) => [c.column, c.amount]); // => [['open-pipeline', '120000'], ['best-case-forecast', '110000'], ['most-likely-forecast', '80000'], ['commit-forecast', '65000'], ['closed', '40000']]
 * r.byRep.map((rep) => [rep.rep, rep.columns[3].amount]); // => [['Ana', '65000'], ['Ben', '0']]
 * forecastRollup(deals, { rollup: 'per-category' }).team.columns[3]; // => { column: 'commit', includes: ['commit'], amount: '25000', deals: 1 }
 * @category Forecasting
 */
export function forecastRollup(deals: readonly CategorizedDeal[], options: ForecastRollupOptions = {}): ForecastRollup {
  if (!isPlainObject(options)) fail('INVALID_INPUT', { ...OPTIONS, received: options }, ['options']);
  const o = optionsInput.read(options, ['options']);
  const method = o.rollup ?? 'cumulative';
  const list = readRows(deals, ['deals'], { phrases: enForecast, subject: 'forecastDeals', expected: 'forecastDeals' }, (row, at) => dealInput.read(row, at));
  uniqueKeys(
    list.map((d) => d.id),
    ['deals'],
    'forecastDeals',
    'id',
  );
  let outsidePeriod = 0;
  const kept = list.filter((d, i) => {
    if (o.period === undefined) return true;
    if (d.closeDate === undefined) fail('MISSING_VALUE', { phrases: enForecast, subject: 'forecastCloseDate', expected: 'date', row: i + 1 }, ['deals', i, 'closeDate']);
    const inside = d.closeDate >= o.period.from && d.closeDate <= o.period.to;
    if (!inside) outsidePeriod++;
    return inside;
  });
  const reps = new Map<string | null, Counted[]>();
  for (const d of kept) {
    const rep = d.rep ?? null;
    let acc = reps.get(rep);
    if (!acc) reps.set(rep, (acc = []));
    acc.push(d);
  }
  return {
    kind: 'forecast-rollup',
    rollup: method,
    period: o.period === undefined ? null : periodShown(o.period),
    team: rollupOf(kept, method),
    byRep: [...reps].map(([rep, mine]) => ({ rep, ...rollupOf(mine, method) })),
    excluded: { omitted: kept.filter((d) => d.category === 'omitted').length, outsidePeriod },
  };
}

/**
 * True when `value` is a {@link forecastRollup} result: a plain object whose `kind` is
 * `'forecast-rollup'`, also after a JSON round trip. It checks the kind, not every field. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link ForecastRollup}).
 * @example
 * import { forecastRollup, isForecastRollup } from 'funnel-math';
 * const result = forecastRollup([{ id: 'a', amount: 100, category: 'commit' }]);
 * isForecastRollup(result); // => true
 * isForecastRollup(JSON.parse(JSON.stringify(result))); // => true
 * isForecastRollup({ kind: 'plan' }); // => false
 * @category Forecasting
 */
export function isForecastRollup(value: unknown): value is ForecastRollup {
  return hasKind(value, 'forecast-rollup');
}
