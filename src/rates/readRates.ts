import { fail, type ErrorPath, type FailParams } from '../errors.js';
import type { Funnel } from '../funnel/defineFunnel.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import { quickRate, readRate } from '../input/rate.js';
import { readStageKeyed } from '../funnel/stageKeyed.js';
import { isPlainObject } from '../schema.js';
import type { FunnelCounts } from './funnelFromCounts.js';
import { givenAsCounts } from './givenAsCounts.js';

/** Observed conversions into a stage: `successes` of `trials` moved on. Exact: 5 of 15 is 1/3. */
export interface ObservedRate {
  readonly successes: NumberInput;
  readonly trials: NumberInput;
}

/** A stage's rate: a number, `'15%'`, `'1/3'`, `{ num, den }`, a Decimal, or observed counts. */
export type RateInput = NumberInput | ObservedRate;

/**
 * Conversion rates keyed by the stage they convert **into** (`{ appointment: '15%', sale: '1/3' }`),
 * an array in funnel order from the second stage, or a {@link funnelFromCounts} result (told apart by
 * its `kind: 'counts'`; then each stage's `ofPrevious` rate is used, exactly). A result of another
 * kind, such as an activity report, is refused.
 */
export type RatesInput<Id extends string> =
  | { readonly [K in Id]?: RateInput }
  | readonly RateInput[]
  | FunnelCounts<Id>;

/**
 * Reads the rates into stages 1..`upTo` as exact Ratios (index 0 is the top stage: no rate).
 * Each must be present, above 0 (unless `allowZero`) and at most 1.
 * @internal
 */
export function readRates(
  funnel: Funnel,
  rates: unknown,
  upTo: number,
  { path = ['rates'], allowZero = false }: { path?: ErrorPath; allowZero?: boolean } = {},
): Ratio[] {
  const ids = funnel.ids;
  if (givenAsCounts(funnel, rates, path)) {
    const out: Ratio[] = new Array(upTo + 1);
    const byStage = new Map<string, unknown>();
    for (const s of rates.stages as unknown[]) if (isPlainObject(s)) byStage.set(s['stage'] as string, s);
    for (let i = 1; i <= upTo; i++) {
      const id = ids[i]!;
      const at: ErrorPath = [...path, 'stages', i, 'ofPrevious'];
      const counted = byStage.get(id) as Record<string, unknown> | undefined;
      const rate = counted?.['ofPrevious'] as Record<string, unknown> | null | undefined;
      if (!isPlainObject(rate) || rate['value'] === null || rate['value'] === undefined) {
        const reason = isPlainObject(rate) && typeof rate['reason'] === 'string' ? rate['reason'] : 'missing';
        fail('MISSING_RATE', { subject: 'rateInto', stage: id, previous: ids[i - 1]!, example: `{ ${id}: '15%' }`, reason }, at);
      }
      out[i] = readRate(rate['value'], [...at, 'value'], { subject: 'rateInto', stage: id }, allowZero);
    }
    return out;
  }
  const read = allowZero ? readRateAllowingZero : readRateOfStage;
  const out = readStageKeyed(funnel, rates, path, read, { from: 1, about: RATES, each: RATE, quick: allowZero ? undefined : quickRate });
  for (let i = 1; i <= upTo; i++) {
    if (out[i] === undefined) {
      const id = ids[i]!;
      fail('MISSING_RATE', { subject: 'rateInto', stage: id, previous: ids[i - 1]!, example: `{ ${id}: '15%' }` }, [...path, Array.isArray(rates) ? i - 1 : id]);
    }
  }
  // rates past `upTo` were checked but are not the caller's to use
  if (out.length !== upTo + 1) out.length = upTo + 1;
  return out as Ratio[];
}

const RATES: FailParams = { subject: 'rates', expected: 'stageKeyed' };
const RATE: FailParams = { subject: 'rateInto' };
const readRateOfStage = (value: unknown, path: ErrorPath, context?: FailParams): Ratio => readRate(value, path, { subject: 'rateInto', ...context });
const readRateAllowingZero = (value: unknown, path: ErrorPath, context?: FailParams): Ratio =>
  readRate(value, path, { subject: 'rateInto', ...context }, true);
