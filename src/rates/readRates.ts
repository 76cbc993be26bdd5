import { fail, showPath, type ErrorPath } from '../errors.js';
import type { Funnel } from '../funnel/defineFunnel.js';
import { quickRatio, toRatio, type NumberInput } from '../numbers/parse.js';
import { ONE, Ratio, safeDen, safeNum } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { isFunnelCounts, type FunnelCounts } from './funnelFromCounts.js';
import { readStageRecord } from './stageRecord.js';

/** Observed conversions into a stage: `successes` of `trials` moved on. Exact: 5 of 15 is 1/3. */
export interface ObservedRate {
  readonly successes: NumberInput;
  readonly trials: NumberInput;
}

/** A stage's rate: a number, `'15%'`, `'1/3'`, `{ num, den }`, a Decimal, or observed counts. */
export type RateInput = NumberInput | ObservedRate;

/**
 * Conversion rates keyed by the stage they convert **into** (`{ appointment: '15%', sale: '1/3' }`),
 * an array in funnel order from the second stage, or a {@link funnelFromCounts} result (then each
 * stage's `ofPrevious` rate is used, exactly).
 */
export type RatesInput<Id extends string> =
  | { readonly [K in Id]?: RateInput }
  | readonly RateInput[]
  | FunnelCounts<Id>;

function observed(input: Record<string, unknown>, path: ErrorPath, stage: string): Ratio {
  const s = toRatio(input['successes'], [...path, 'successes'], `Successes into "${stage}"`);
  const t = toRatio(input['trials'], [...path, 'trials'], `Trials into "${stage}"`);
  if (s.den !== 1n || t.den !== 1n || s.num < 0n || t.num < 0n) {
    fail('NOT_INTEGER', `The observed rate into "${stage}" at ${showPath(path)} needs whole, non-negative successes and trials.`, path);
  }
  if (t.num === 0n) fail('MISSING_RATE', `The observed rate into "${stage}" has 0 trials, so there is no rate; give a rate or more data.`, path);
  if (s.num > t.num) fail('RATE_ABOVE_ONE', `The observed rate into "${stage}" has more successes (${s.num}) than trials (${t.num}).`, path);
  return Ratio.of(s.num, t.num);
}

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
  const out: Ratio[] = new Array(upTo + 1);
  if (isFunnelCounts(rates)) {
    const byStage = new Map<string, unknown>();
    for (const s of rates.stages as unknown[]) if (isPlainObject(s)) byStage.set(s['stage'] as string, s);
    for (let i = 1; i <= upTo; i++) {
      const id = ids[i]!;
      const at: ErrorPath = [...path, 'stages', i, 'ofPrevious'];
      const counted = byStage.get(id) as Record<string, unknown> | undefined;
      const rate = counted?.['ofPrevious'] as Record<string, unknown> | null | undefined;
      if (!isPlainObject(rate) || rate['value'] === null || rate['value'] === undefined) {
        const why = isPlainObject(rate) && rate['reason'] ? ` (${String(rate['reason'])})` : '';
        fail('MISSING_RATE', `The counted rates have no rate into "${id}"${why}; give that stage a rate.`, at);
      }
      out[i] = checkRate(toRatio(rate['value'], [...at, 'value'], `The rate into "${id}"`), [...at, 'value'], id, allowZero);
    }
    return out;
  }
  const raw = readStageRecord(funnel, rates, path, 'rates', { from: 1 });
  for (let i = 1; i <= upTo; i++) {
    const quick = quickRatio(raw[i]);
    if (quick !== undefined && safeDen(quick) !== 0 && safeNum(quick) > 0 && safeNum(quick) <= safeDen(quick)) {
      out[i] = quick; // a valid rate in (0, 1]: nothing to report
      continue;
    }
    const id = ids[i]!;
    const at: ErrorPath = [...path, Array.isArray(rates) ? i - 1 : id];
    const value = raw[i];
    if (value === undefined) {
      fail('MISSING_RATE', `rates has no rate into "${id}" (from "${ids[i - 1]}"); give one, such as { ${id}: '15%' }.`, at);
    }
    const r =
      isPlainObject(value) && 'successes' in value && 'trials' in value
        ? observed(value, at, id)
        : toRatio(value, at, `The rate into "${id}"`);
    out[i] = checkRate(r, at, id, allowZero);
  }
  return out;
}

function checkRate(r: Ratio, at: ErrorPath, id: string, allowZero: boolean): Ratio {
  const sign = r.sign();
  if (sign < 0) fail('NEGATIVE', `The rate into "${id}" is negative (${r.toString()}); a rate is a share from 0 to 1.`, at);
  if (sign === 0 && !allowZero) {
    fail('ZERO_RATE', `The rate into "${id}" is 0, so no amount of activity reaches it; give a rate above 0.`, at);
  }
  if (r.compare(ONE) > 0) {
    fail(
      'RATE_ABOVE_ONE',
      `The rate into "${id}" is ${r.toPercent(2)}, above 100%. Write rates as fractions (0.15) or percents ('15%'), not 15.`,
      at,
    );
  }
  return r;
}
