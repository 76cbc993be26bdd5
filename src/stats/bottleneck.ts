import { enStats } from '../messages/enStats.js';
import * as z from 'zod/mini';
import { fail, type ErrorPath, type FailParams } from '../errors.js';
import { asFunnel, type Funnel } from '../funnel/defineFunnel.js';
import { countPiece } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { piece } from '../input/piece.js';
import { readRate } from '../input/rate.js';
import { readStageKeyed } from '../funnel/stageKeyed.js';
import type { NumberInput } from '../numbers/parse.js';
import type { Ratio } from '../numbers/ratio.js';
import { requiredActivity } from '../plan/requiredActivity.js';
import { readRates, type RatesInput } from '../rates/readRates.js';
import { ratesPiece } from './common.js';
import { hasKind } from '../kind.js';

/** One stage of a {@link Bottleneck} report. */
export interface BottleneckStage<Id extends string = string> {
  readonly stage: Id;
  readonly rate: Ratio;
  readonly benchmark: Ratio;
  /** benchmark − rate, exactly (negative when the stage beats its benchmark). */
  readonly gap: Ratio;
  /** benchmark / rate: how many times the output grows if this stage reaches its benchmark. */
  readonly factor: Ratio;
  /** With a goal: top-of-funnel activity the goal needs if this stage alone reaches its benchmark (only when below it). */
  readonly topAtBenchmark: number | null;
  /** With a goal: the activity that saves (0 when the stage is at or above its benchmark). */
  readonly saved: number | null;
}

/** What {@link bottleneck} returns. */
export interface Bottleneck<Id extends string = string> {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'bottleneck';
  /** The stage furthest below its benchmark (largest factor above 1), or `null` when none is below. */
  readonly bottleneck: Id | null;
  /** With a goal: the top-of-funnel activity it needs at the current rates. */
  readonly top: number | null;
  readonly stages: readonly BottleneckStage<Id>[];
}

const BENCHMARKS: FailParams = { phrases: enStats, subject: 'benchmarks', expected: 'benchmarkRates' };

const input = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    rates: /* @__PURE__ */ ratesPiece(),
    // read against the funnel below: benchmarks are keyed by stage, like rates
    benchmarks: /* @__PURE__ */ piece({ phrases: enStats, subject: 'benchmarks', expected: 'benchmarkRates' }, (value) => value),
    goal: /* @__PURE__ */ z.optional(/* @__PURE__ */ countPiece('goal')),
  }),
);

/** A benchmark is a rate into its stage: the same reader and codes as a rate. */
function readBenchmark(value: unknown, path: ErrorPath, context?: FailParams): Ratio {
  return readRate(value, path, { phrases: enStats, subject: 'benchmarkFor', ...context });
}

/**
 * The bottleneck: the stage whose rate is furthest below its benchmark, measured by how much
 * output the same activity would give there (factor = benchmark / rate, exact); with a goal, also
 * the top-of-funnel activity saved by bringing that stage alone to its benchmark
 * ({@link requiredActivity}, default rounding). Stages without a benchmark are left out.
 *
 * DOMAIN §1: 15% of calls become appointments and 1 in 3 appointments close; against benchmarks of
 * 20% and 30% the call→appointment step is where the gains are.
 *
 * @param funnel - from {@link defineFunnel}.
 * @param options.rates - current rates (fractions, not percents), every stage.
 * @param options.benchmarks - target rates for some or all stages, keyed like rates.
 * @param options.goal - optional goal at the last stage, to express gains in activity.
 * @throws FunnelMathError `MISSING_VALUE`, `UNKNOWN_OPTION`, `MISSING_RATE`, `ZERO_RATE`, `RATE_ABOVE_ONE`, `NEGATIVE`,
 *   `NOT_INTEGER`, `UNKNOWN_STAGE`, `TOP_STAGE_RATE` (a benchmark for the first stage), `INVALID_NUMBER`, `INVALID_INPUT`.
 * @example
 * import { bottleneck, defineFunnel } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const b = bottleneck(funnel, { rates: { appointment: '15%', sale: '1/3' }, benchmarks: { appointment: '20%', sale: '30%' }, goal: 50 });
 * b.bottleneck; // => 'appointment'
 * b.stages.map((s) => [s.stage, s.factor.toString(), s.saved]); // => [['appointment', '4/3', 250], ['sale', '9/10', 0]]
 * @category Uncertainty
 */
export function bottleneck<Id extends string>(
  funnel: Funnel<Id>,
  options: { readonly rates: RatesInput<NoInfer<Id>>; readonly benchmarks: { readonly [K in NoInfer<Id>]?: NumberInput }; readonly goal?: NumberInput },
): Bottleneck<Id> {
  const f = asFunnel(funnel);
  const opts = input.read(options);
  const last = f.ids.length - 1;
  const rates = readRates(f, opts.rates, last);
  // benchmarks name their stages (a list would hide which stage a number is for)
  if (Array.isArray(opts.benchmarks)) fail('INVALID_INPUT', { ...BENCHMARKS, received: opts.benchmarks }, ['benchmarks']);
  const benchRates = readStageKeyed(f, opts.benchmarks, ['benchmarks'], readBenchmark, { from: 1, about: BENCHMARKS });
  const has: boolean[] = benchRates.map((r) => r !== undefined);
  const goal = opts.goal ?? null;
  const topFor = (rs: Ratio[]) => (goal === null ? null : requiredActivity(f, { goal, rates: rs.slice(1) }).top.required);
  const top = topFor(rates);
  const stages: BottleneckStage<Id>[] = [];
  let best: BottleneckStage<Id> | null = null;
  for (let i = 1; i <= last; i++) {
    if (!has[i]) continue;
    const rate = rates[i]!;
    const benchmark = benchRates[i]!;
    const below = benchmark.compare(rate) > 0;
    let topAtBenchmark: number | null = null;
    if (below && goal !== null) {
      const next = rates.slice();
      next[i] = benchmark;
      topAtBenchmark = topFor(next);
    }
    const s: BottleneckStage<Id> = {
      stage: f.ids[i]! as Id,
      rate,
      benchmark,
      gap: benchmark.sub(rate),
      factor: benchmark.div(rate),
      topAtBenchmark,
      saved: goal === null ? null : topAtBenchmark === null ? 0 : top! - topAtBenchmark,
    };
    stages.push(s);
    if (below && (best === null || s.factor.compare(best.factor) > 0)) best = s;
  }
  return { kind: 'bottleneck', bottleneck: best ? best.stage : null, top, stages };
}

/**
 * True when `value` is a {@link bottleneck} result: a plain object whose `kind` is `'bottleneck'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link Bottleneck}).
 * @example
 * import { bottleneck, defineFunnel, isBottleneck } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
 * const result = bottleneck(funnel, { rates: { appointment: '15%', sale: '1/3' }, benchmarks: { appointment: '20%', sale: '30%' }, goal: 50 });
 * isBottleneck(result); // => true
 * isBottleneck(JSON.parse(JSON.stringify(result))); // => true
 * isBottleneck({ kind: 'plan' }); // => false
 * @category Uncertainty
 */
export function isBottleneck(value: unknown): value is Bottleneck {
  return hasKind(value, 'bottleneck');
}
