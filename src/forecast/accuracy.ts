import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { hasKind } from '../kind.js';
import { enForecast } from '../messages/enForecast.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { abs, amountOf, money, readRows, textOf, total, uniqueKeys } from './dealList.js';

/** One forecast: what a rep forecast for a period, and what they then sold. */
export interface ForecastEntry {
  /** Who forecast. */
  readonly rep: string;
  /** The period's label, such as `'2026-Q1'` (each rep has one entry per period). */
  readonly period: string;
  /** The amount forecast, money of 0 or more. */
  readonly forecast: NumberInput;
  /** The amount actually closed in the period, money of 0 or more. */
  readonly actual: NumberInput;
}

/**
 * How accuracy is measured. `'wape'`: weighted absolute percentage error, Σ|forecast − actual| /
 * Σ actual (big periods weigh more; defined whenever anything was sold). `'mape'`: mean absolute
 * percentage error, the mean over periods of |forecast − actual| / actual (each period weighs the
 * same; undefined when a period sold nothing).
 */
export type AccuracyMeasure = 'wape' | 'mape';

/** Options of {@link forecastAccuracy}. */
export interface ForecastAccuracyOptions {
  /** `'wape'` (the default) or `'mape'`. */
  readonly measure?: AccuracyMeasure;
}

/** The accuracy of a rep, or of the team. */
export interface AccuracyFigures {
  /** How many entries (rep-periods) it is over. */
  readonly periods: number;
  /** Σ forecast. */
  readonly forecast: Decimal;
  /** Σ actual. */
  readonly actual: Decimal;
  /** Σ (forecast − actual): positive when more was forecast than sold. */
  readonly error: Decimal;
  /** Σ |forecast − actual|: misses of either sign do not cancel. */
  readonly absoluteError: Decimal;
  /** Σ (forecast − actual) / Σ actual, exact: above 0 over-forecasting, below 0 under-forecasting; `null` when nothing was sold. */
  readonly bias: Ratio | null;
  readonly biasReason: 'no-actual' | null;
  /** Names the denominator of `bias`. */
  readonly biasDenominator: 'total actual';
  /** The chosen measure's value, exact (a fraction, not a percent); `null` with `reason` when undefined. */
  readonly value: Ratio | null;
  /** `'no-actual'` (WAPE with nothing sold), `'actual-zero-in-a-period'` (MAPE with a period that sold nothing). */
  readonly reason: 'no-actual' | 'actual-zero-in-a-period' | null;
  /** Periods whose own percentage error is undefined because they sold nothing (what makes MAPE `null`). */
  readonly zeroActualPeriods: readonly string[];
}

/** What {@link forecastAccuracy} returns. JSON-serialisable. */
export interface ForecastAccuracy {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'forecast-accuracy';
  /** The accuracy measure of `value`. */
  readonly measure: AccuracyMeasure;
  /** Names what `value` divides by: Σ actual (WAPE), or each period's actual (MAPE). */
  readonly denominator: 'total actual' | 'actual of each period';
  /** Over every rep-period entry (one rep's miss does not cancel another's in the absolute error). */
  readonly team: AccuracyFigures;
  /** Per rep, in order of first appearance. */
  readonly byRep: readonly (AccuracyFigures & { readonly rep: string })[];
}

const measureSchema: z.ZodMiniEnum<{ [K in AccuracyMeasure]: K }> = /* @__PURE__ */ z.enum(['wape', 'mape']);

const OPTIONS = { phrases: enForecast, subject: 'options', expected: 'object' } as const;

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    measure: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(measureSchema, 'accuracyMeasure', 'string', { phrases: enForecast })),
  }),
  OPTIONS,
);

const entryInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    rep: /* @__PURE__ */ textOf('accuracyRep'),
    period: /* @__PURE__ */ textOf('accuracyPeriod'),
    forecast: /* @__PURE__ */ amountOf('accuracyForecast'),
    actual: /* @__PURE__ */ amountOf('accuracyActual'),
  }),
  { phrases: enForecast, subject: 'accuracyEntry', expected: 'object' },
);

interface Entry {
  readonly rep: string;
  readonly period: string;
  readonly forecast: Ratio;
  readonly actual: Ratio;
}

/** The figures of some entries (the core: trusts its input). */
function figuresOf(entries: readonly Entry[], measure: AccuracyMeasure, labelOf: (e: Entry) => string): AccuracyFigures {
  const actual = total(entries.map((e) => e.actual));
  const error = total(entries.map((e) => e.forecast.sub(e.actual)));
  const absoluteError = total(entries.map((e) => abs(e.forecast.sub(e.actual))));
  const zero = entries.filter((e) => e.actual.isZero());
  let value: Ratio | null = null;
  let reason: AccuracyFigures['reason'] = null;
  if (measure === 'wape') {
    if (actual.isZero()) reason = 'no-actual';
    else value = absoluteError.div(actual);
  } else if (entries.length === 0) reason = 'no-actual';
  else if (zero.length > 0) reason = 'actual-zero-in-a-period';
  else value = total(entries.map((e) => abs(e.forecast.sub(e.actual)).div(e.actual))).div(Ratio.of(entries.length));
  return {
    periods: entries.length,
    forecast: money(total(entries.map((e) => e.forecast))),
    actual: money(actual),
    error: money(error),
    absoluteError: money(absoluteError),
    bias: actual.isZero() ? null : error.div(actual),
    biasReason: actual.isZero() ? 'no-actual' : null,
    biasDenominator: 'total actual',
    value,
    reason,
    zeroActualPeriods: zero.map(labelOf),
  };
}

/**
 * Forecast accuracy: how far each rep's forecasts were from what they then sold, and in which
 * direction, per rep and for the team.
 *
 * Per entry the error is forecast − actual. Bias = Σ (forecast − actual) / Σ actual: above 0 the
 * rep over-forecasts, below 0 under-forecasts (`null` with a reason when nothing was sold). The
 * accuracy measure is a choice: `'wape'` = Σ |forecast − actual| / Σ actual (the default), or
 * `'mape'` = mean over periods of |forecast − actual| / actual, which is `null` with reason
 * `'actual-zero-in-a-period'` when a period sold nothing (never Infinity); those periods are listed.
 * All exact: money as decimal.js, ratios as exact fractions. The team is over every rep-period.
 *
 * @param entries - `{ rep, period, forecast, actual }`, one per rep and period.
 * @param options - `measure`: `'wape'` (default) or `'mape'`.
 * @returns the figures of the team and of each rep, the measure and its denominator.
 * @throws FunnelMathError `DUPLICATE_ID` (a rep with two entries for one period), `NEGATIVE`,
 *   `INVALID_NUMBER`, `INVALID_CHOICE`, `UNKNOWN_OPTION`, `INVALID_INPUT`.
 * @example
 * import { forecastAccuracy } from 'funnel-math';
 * const entries = [
 *   { rep: 'Ana', period: '2026-Q1', forecast: 100000, actual: 80000 },
 *   { rep: 'Ana', period: '2026-Q2', forecast: 90000, actual: 100000 },
 *   { rep: 'Ben', period: '2026-Q1', forecast: 50000, actual: 40000 },
 *   { rep: 'Ben', period: '2026-Q2', forecast: 60000, actual: 0 },
 * ] as const;
 * const wape = forecastAccuracy(entries);
 * [wape.team.error, wape.team.absoluteError, wape.team.bias, wape.team.value]; // => ['80000', '100000', '4/11', '5/11']
 * wape.byRep.map((r) => [r.rep, r.bias]); // => [['Ana', '1/18'], ['Ben', '7/4']]
 * const mape = forecastAccuracy(entries, { measure: 'mape' });
 * mape.byRep.map((r) => [r.rep, r.value, r.reason]); // => [['Ana', '7/40', null], ['Ben', null, 'actual-zero-in-a-period']]
 * @category Forecasting
 */
export function forecastAccuracy(entries: readonly ForecastEntry[], options: ForecastAccuracyOptions = {}): ForecastAccuracy {
  if (!isPlainObject(options)) fail('INVALID_INPUT', { ...OPTIONS, received: options }, ['options']);
  const measure = optionsInput.read(options, ['options']).measure ?? 'wape';
  const list = readRows(entries, ['entries'], { phrases: enForecast, subject: 'accuracyEntries', expected: 'accuracyEntries' }, (row, at) => entryInput.read(row, at));
  // one entry per rep and period: the key is unambiguous because JSON quotes both texts
  uniqueKeys(
    list.map((e) => JSON.stringify([e.rep, e.period])),
    ['entries'],
    'accuracyEntries',
    'period',
    (i) => `${list[i]!.rep} ${list[i]!.period}`,
  );
  const reps = new Map<string, Entry[]>();
  for (const e of list) {
    let acc = reps.get(e.rep);
    if (!acc) reps.set(e.rep, (acc = []));
    acc.push(e);
  }
  return {
    kind: 'forecast-accuracy',
    measure,
    denominator: measure === 'wape' ? 'total actual' : 'actual of each period',
    team: figuresOf(list, measure, (e) => `${e.rep} ${e.period}`),
    byRep: [...reps].map(([rep, mine]) => ({ rep, ...figuresOf(mine, measure, (e) => e.period) })),
  };
}

/**
 * True when `value` is a {@link forecastAccuracy} result: a plain object whose `kind` is
 * `'forecast-accuracy'`, also after a JSON round trip. It checks the kind, not every field. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link ForecastAccuracy}).
 * @example
 * import { forecastAccuracy, isForecastAccuracy } from 'funnel-math';
 * const result = forecastAccuracy([{ rep: 'Ana', period: '2026-Q1', forecast: 100, actual: 80 }]);
 * isForecastAccuracy(result); // => true
 * isForecastAccuracy(JSON.parse(JSON.stringify(result))); // => true
 * isForecastAccuracy({ kind: 'plan' }); // => false
 * @category Forecasting
 */
export function isForecastAccuracy(value: unknown): value is ForecastAccuracy {
  return hasKind(value, 'forecast-accuracy');
}
