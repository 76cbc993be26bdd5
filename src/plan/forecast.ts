import * as z from 'zod/mini';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { setOwn } from '../funnel/setOwn.js';
import type { NumberInput } from '../numbers/parse.js';
import { countPiece } from '../input/number.js';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { Ratio } from '../numbers/ratio.js';
import { readRates, type RatesInput } from '../rates/readRates.js';
import { roundingSchema, type Rounding } from './requiredActivity.js';
import { hasKind } from '../kind.js';

/** Options of {@link forecast}. */
export interface ForecastOptions<Id extends string> {
  /** Whole number of attempts at the top stage (calls made, emails sent). */
  readonly activity: NumberInput;
  readonly rates: RatesInput<Id>;
  /** `'each-stage'` (default): whole prospects at every stage; `'once'`: only the expected value is floored. */
  readonly rounding?: Rounding;
}

/** One stage of a {@link Forecast}. */
export interface ForecastStage<Id extends string = string> {
  readonly stage: Id;
  /** Whole number expected at this stage. */
  readonly expected: number;
  /** The exact expectation `expected` was rounded down from. */
  readonly exact: Ratio;
}

/** What {@link forecast} returns. */
export interface Forecast<Id extends string = string> {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'forecast';
  readonly expected: { readonly [K in Id]: number };
  readonly stages: readonly ForecastStage<Id>[];
  readonly rounding: Rounding;
  readonly roundingPolicy: string;
}

const POLICY: Record<Rounding, string> = {
  'each-stage': 'Walking down from the activity, each stage is rounded down to whole prospects before the next rate applies.',
  once: 'Each stage is the activity times the exact product of the rates above it, rounded down once.',
};

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    activity: /* @__PURE__ */ countPiece('activity'),
    // read per stage by readRates, which knows the funnel
    rates: /* @__PURE__ */ piece({ subject: 'rates', expected: 'stageKeyed' }, (value) => value, (value) => value),
    rounding: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(roundingSchema, 'rounding')),
  }),
);

/**
 * The funnel forward: what an amount of top-of-funnel activity yields at every stage on average,
 * rounded down to whole prospects. The inverse of {@link requiredActivity}: planning a goal and
 * forecasting its top activity under the same rounding gives back at least the goal, and one
 * attempt fewer gives less.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param options.activity - whole number of attempts at the top stage.
 * @param options.rates - as for {@link requiredActivity} (fractions, not percents); a rate of 0 is allowed here.
 * @param options.rounding - `'each-stage'` (default) or `'once'`.
 * @throws FunnelMathError `MISSING_RATE`, `RATE_ABOVE_ONE`, `NEGATIVE`, `NOT_INTEGER`, `INVALID_NUMBER`, `UNKNOWN_STAGE`, `INVALID_INPUT`.
 * @example
 * import { defineFunnel, forecast } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * forecast(funnel, { activity: 800, rates: { appointment: '15%', sale: '1/3' } }).expected; // => { call: 800, appointment: 120, sale: 40 }
 * forecast(funnel, { activity: 1000, rates: { appointment: '14%', sale: '1/3' } }).expected.sale; // => 46
 * @category Planning
 */
export function forecast<Id extends string>(funnel: Funnel<Id>, options: ForecastOptions<NoInfer<Id>>): Forecast<Id> {
  const f = asFunnel(funnel);
  const opts = input.read(options);
  const rounding: Rounding = opts.rounding ?? 'each-stage';
  const activity = opts.activity;
  const rates = readRates(f, opts.rates, f.ids.length - 1, { allowZero: true });
  const stages: ForecastStage<Id>[] = [];
  const expected = {} as Record<string, number>;
  let exact = Ratio.of(activity);
  let whole = activity;
  f.ids.forEach((id, i) => {
    if (i > 0) exact = rounding === 'once' ? exact.mul(rates[i]!) : Ratio.of(whole).mul(rates[i]!);
    whole = Number(exact.floor());
    stages.push({ stage: id as Id, expected: whole, exact });
    setOwn(expected, id, whole);
  });
  return { kind: 'forecast', expected: expected as { [K in Id]: number }, stages, rounding, roundingPolicy: POLICY[rounding] };
}

/**
 * True when `value` is a {@link forecast} result: a plain object whose `kind` is `'forecast'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Forecast}).
 * @example
 * import { defineFunnel, forecast, isForecast } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'sale'] as const);
 * const result = forecast(funnel, { activity: 100, rates: { sale: '10%' } });
 * isForecast(result); // => true
 * isForecast(JSON.parse(JSON.stringify(result))); // => true
 * isForecast({ kind: 'plan' }); // => false
 * @category Planning
 */
export function isForecast(value: unknown): value is Forecast {
  return hasKind(value, 'forecast');
}
