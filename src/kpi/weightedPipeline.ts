import { enKpi } from '../messages/enKpi.js';
import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import { fail, FunnelMathError } from '../errors.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { readShare } from '../input/rate.js';
import { enCore } from '../messages/en.js';
import { formatMessage } from '../messages/format.js';
import type { ErrorSubject } from '../messages/types.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio, ZERO } from '../numbers/ratio.js';
import { funnelFromCounts, type CountsInput } from '../rates/funnelFromCounts.js';
import { isPlainObject } from '../schema.js';
import { anything, inDeal, money, readDeals, sum, type Deal } from './read.js';
import { hasKind } from '../kind.js';

/**
 * Where {@link weightedPipeline}'s stage probabilities come from: given per stage, or learned from
 * how many past deals reached each stage of a funnel.
 */
export type WeightedPipelineOptions =
  | {
      /** Probability that a deal at the stage is won, a fraction from 0 to 1, keyed by stage. */
      readonly probabilities: { readonly [stage: string]: NumberInput };
    }
  | {
      /** The funnel whose stages deals are at; its last stage is "won". */
      readonly funnel: Funnel;
      /** How many past deals reached each stage (keyed by id or in funnel order). */
      readonly history: CountsInput<string>;
    };

/** One stage of a {@link WeightedPipeline}. */
export interface WeightedStage {
  readonly stage: string;
  /** Open deals at the stage. */
  readonly deals: number;
  /** Σ value of those deals. */
  readonly amount: Decimal;
  /** Probability a deal at this stage is won, exact; `null` when history has no deal at the stage (then no open deal is there either). */
  readonly probability: Ratio | null;
  /** amount × probability. */
  readonly weighted: Decimal;
  /** `weighted` as an exact fraction. */
  readonly exact: Ratio;
}

/** What {@link weightedPipeline} returns. JSON-serialisable. */
export interface WeightedPipeline {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'weighted-pipeline';
  /** Σ amount × probability over open deals. */
  readonly total: Decimal;
  /** `total` as an exact fraction (sums exactly over stages and deals). */
  readonly exact: Ratio;
  /** Σ amount, unweighted: the open pipeline. */
  readonly unweighted: Decimal;
  readonly byStage: readonly WeightedStage[];
  /** `'given'` probabilities, or `'history'`: learned as (deals that reached the last stage) / (deals that reached this stage). */
  readonly source: 'given' | 'history';
  /** Won and lost deals, left out (only open deals are pipeline). */
  readonly excluded: number;
}

/** Probabilities given per stage: `{ demo: '40%' }`, each a share from 0 to 1. */
const probabilitiesPiece = /* @__PURE__ */ piece({ phrases: enKpi, subject: 'probabilities', expected: 'stageKeyed' }, (value, path): Map<string, Ratio> => {
  if (!isPlainObject(value)) fail('INVALID_INPUT', { phrases: enKpi, subject: 'probabilities', expected: 'stageKeyed', example: "{ demo: '40%' }", received: value }, path);
  const p = new Map<string, Ratio>();
  for (const stage of Object.keys(value)) p.set(stage, readShare(value[stage], [...path, stage], { phrases: enKpi, subject: 'probability', stage }));
  return p;
});

const OPTIONS = { phrases: enKpi, subject: 'options', expected: 'probabilitiesOrHistory' } as const;

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    probabilities: /* @__PURE__ */ z.optional(probabilitiesPiece),
    funnel: /* @__PURE__ */ z.optional(anything),
    history: /* @__PURE__ */ z.optional(anything),
  }),
  OPTIONS,
);

const HISTORY_SUBJECT: Partial<Record<ErrorSubject, ErrorSubject>> = { counts: 'history', countAt: 'historyAt' };

/** An error about the history's counts, re-anchored under `options.history` and worded as history. */
function underHistory(e: FunnelMathError): never {
  const path = ['options', 'history', ...e.path.slice(1)];
  const subject = e.params.subject;
  if (subject === undefined) throw new FunnelMathError(e.code, e.message.replace(/\bcounts\b/, 'history'), path);
  const params = { ...e.params, subject: HISTORY_SUBJECT[subject] ?? subject };
  throw new FunnelMathError(e.code, formatMessage(enCore, e.code, params, enKpi), path, params);
}

function probabilitiesFrom(options: unknown): { stages: string[]; p: Map<string, Ratio>; source: 'given' | 'history' } {
  if (!isPlainObject(options)) fail('INVALID_INPUT', { ...OPTIONS, received: options }, ['options']);
  const o = optionsInput.read(options, ['options']);
  const byHistory = o.funnel !== undefined || o.history !== undefined;
  if (o.probabilities !== undefined) {
    if (byHistory) fail('CONFLICTING_OPTIONS', { phrases: enKpi, subject: 'probabilitiesAndHistory', expected: 'probabilitiesOrHistory' }, ['options']);
    return { stages: [...o.probabilities.keys()], p: o.probabilities, source: 'given' };
  }
  if (!byHistory) fail('MISSING_VALUE', { phrases: enKpi, subject: 'winProbabilities', expected: 'probabilitiesOrHistory' }, ['options']);
  if (o.funnel === undefined) fail('MISSING_VALUE', { phrases: enKpi, subject: 'funnel', expected: 'funnel' }, ['options', 'funnel']);
  if (o.history === undefined) fail('MISSING_VALUE', { phrases: enKpi, subject: 'history', expected: 'stageKeyed', example: '{ demo: 100, won: 20 }' }, ['options', 'history']);
  const f = asFunnel(o.funnel as Funnel, ['options', 'funnel']);
  let counted;
  try {
    counted = funnelFromCounts(f, o.history as CountsInput<string>);
  } catch (e) {
    if (e instanceof FunnelMathError) underHistory(e);
    throw e;
  }
  const last = counted.stages[counted.stages.length - 1]!.count;
  const p = new Map<string, Ratio>();
  counted.stages.forEach((s, i) => {
    if (s.count === 0) return; // no history: a deal here has no probability (checked per deal)
    if (last > s.count) fail('SUCCESSES_ABOVE_TRIALS', { phrases: enKpi, subject: 'historyAt', stage: s.stage, successes: last, trials: s.count }, ['options', 'history', f.ids[i]!]);
    p.set(s.stage, Ratio.of(last, s.count));
  });
  return { stages: [...f.ids], p, source: 'history' };
}

/**
 * Weighted pipeline: the open pipeline's value, each deal weighted by the probability that a deal
 * at its stage is won.
 *
 * Formula: Σ over open deals of value × p(stage). Probabilities are given per stage, or learned
 * from history with a funnel: p(stage) = deals that reached the last stage / deals that reached
 * this stage (so a deal at the last stage counts in full). Exact and additive: the total over all
 * deals is the sum of the totals of any split of the deals. Won and lost deals are not pipeline
 * and are left out (`excluded`).
 *
 * @param deals - deals `{ status, value, stage }`; open ones need a `value` and a `stage`.
 * @param options - `{ probabilities: { stage: fraction } }` or `{ funnel, history: counts per stage }`.
 * @returns the weighted total (money and exact), the unweighted pipeline and a line per stage.
 * @throws FunnelMathError `MISSING_VALUE` (an open deal without value or stage; options with
 *   neither probabilities nor a funnel and history), `CONFLICTING_OPTIONS` (both), `UNKNOWN_OPTION`,
 *   `INVALID_INPUT`, `UNKNOWN_STAGE` (a deal at a stage with no probability), `UNDEFINED_RESULT`
 *   (history has no deal at that stage), `OUT_OF_RANGE` (a probability outside 0..1),
 *   `SUCCESSES_ABOVE_TRIALS` (history with more deals at the last stage than at an earlier one), `NEGATIVE`.
 * @example
 * import { weightedPipeline, defineFunnel } from 'funnel-math';
 * const deals = [
 *   { status: 'open', stage: 'demo', value: 10000 },
 *   { status: 'open', stage: 'proposal', value: 20000 },
 *   { status: 'won', stage: 'won', value: 5000 },
 * ] as const;
 * weightedPipeline(deals, { probabilities: { demo: '20%', proposal: '50%' } }).total; // => '12000'
 * const funnel = defineFunnel(['demo', 'proposal', 'won']);
 * const learned = weightedPipeline(deals, { funnel, history: { demo: 100, proposal: 40, won: 20 } });
 * learned.byStage.map((s) => [s.stage, s.probability]); // => [['demo', '1/5'], ['proposal', '1/2'], ['won', '1']]
 * learned.total; // => '12000'
 * @category KPIs
 */
export function weightedPipeline(deals: readonly Deal[], options: WeightedPipelineOptions): WeightedPipeline {
  const { stages, p, source } = probabilitiesFrom(options);
  const list = readDeals(deals, ['deals']);
  const amounts = new Map<string, Ratio[]>();
  let excluded = 0;
  list.forEach((d, i) => {
    if (d.status !== 'open') return void excluded++;
    if (d.stage === undefined) fail('MISSING_VALUE', inDeal('dealStage', 'stageName', i), ['deals', i, 'stage']);
    if (d.value === undefined) fail('MISSING_VALUE', inDeal('dealValue', 'amount', i), ['deals', i, 'value']);
    if (!p.has(d.stage)) {
      if (source === 'history' && stages.includes(d.stage)) fail('UNDEFINED_RESULT', { phrases: enKpi, subject: 'unreachedStage', stage: d.stage }, ['deals', i, 'stage']);
      fail('UNKNOWN_STAGE', { phrases: enKpi, subject: 'dealStage', row: i + 1, key: d.stage, stages: stages.join(', ') }, ['deals', i, 'stage']);
    }
    let acc = amounts.get(d.stage);
    if (!acc) amounts.set(d.stage, (acc = []));
    acc.push(d.value);
  });
  const byStage: WeightedStage[] = stages.map((stage) => {
    const values = amounts.get(stage) ?? [];
    const amount = sum(values);
    const probability = p.get(stage) ?? null;
    const exact = probability === null ? ZERO : amount.mul(probability);
    return { stage, deals: values.length, amount: money(amount), probability, weighted: money(exact), exact };
  });
  const exact = sum(byStage.map((s) => s.exact));
  const unweighted = sum([...amounts.values()].flat());
  return { kind: 'weighted-pipeline', total: money(exact), exact, unweighted: money(unweighted), byStage, source, excluded };
}

/**
 * True when `value` is a {@link weightedPipeline} result: a plain object whose `kind` is `'weighted-pipeline'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link WeightedPipeline}).
 * @example
 * import { isWeightedPipeline, weightedPipeline } from 'funnel-math';
 * const result = weightedPipeline([{ status: 'open', stage: 'demo', value: 10000 }], { probabilities: { demo: '20%' } });
 * isWeightedPipeline(result); // => true
 * isWeightedPipeline(JSON.parse(JSON.stringify(result))); // => true
 * isWeightedPipeline({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isWeightedPipeline(value: unknown): value is WeightedPipeline {
  return hasKind(value, 'weighted-pipeline');
}
