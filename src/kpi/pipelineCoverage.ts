import { enKpi } from '../messages/enKpi.js';
import * as z from 'zod/mini';
import type { Decimal } from 'decimal.js';
import { fail } from '../errors.js';
import type { NumberInput } from '../numbers/parse.js';
import { Ratio } from '../numbers/ratio.js';
import { defineInput } from '../input/parse.js';
import { amountOf, bounded, money } from './read.js';
import { hasKind } from '../kind.js';

/** Input of {@link pipelineCoverage}. */
export interface PipelineCoverageInput {
  /** Value of the open pipeline for the period (money, unweighted). */
  readonly openPipeline: NumberInput;
  /** The quota (revenue target) for the same period. */
  readonly quota: NumberInput;
}

/** Options of {@link pipelineCoverage}. */
export interface PipelineCoverageOptions {
  /** The coverage band called healthy, as multiples of quota; default `{ from: 3, to: 4 }`. */
  readonly healthy?: { readonly from?: NumberInput; readonly to?: NumberInput };
}

/** An informational label: below, inside or above the healthy band. Not a verdict. */
export type CoverageBand = 'thin' | 'healthy' | 'heavy';

/** What {@link pipelineCoverage} returns. JSON-serialisable. */
export interface PipelineCoverage {
  /** What this result is (one of `ResultKind`): dispatch on it, never on shape. */
  readonly kind: 'pipeline-coverage';
  /** open pipeline / quota, exact (`'13/4'` is 3.25×); `null` for a quota of 0. */
  readonly value: Ratio | null;
  readonly reason: 'zero-quota' | null;
  /** Where `value` falls against `healthy`; `null` with `value`. */
  readonly band: CoverageBand | null;
  /** The band used, as multiples of quota (both ends included in "healthy"). */
  readonly healthy: { readonly from: Ratio; readonly to: Ratio };
  readonly openPipeline: Decimal;
  readonly quota: Decimal;
  /** For people: `'3.25× quota (healthy: 3×–4×)'`. */
  readonly label: string;
}

const reader = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ openPipeline: /* @__PURE__ */ amountOf('openPipeline'), quota: /* @__PURE__ */ amountOf('quota') }),
  { phrases: enKpi, subject: 'input', expected: 'object' },
);
const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    healthy: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        from: /* @__PURE__ */ z.optional(/* @__PURE__ */ amountOf('healthyFrom', 'multiple')),
        to: /* @__PURE__ */ z.optional(/* @__PURE__ */ amountOf('healthyTo', 'multiple')),
      }),
    ),
  }),
);

/**
 * Pipeline coverage: how many times the open pipeline covers the quota.
 *
 * Formula: open pipeline / quota, exact. The band is an informational label, not a rule: the
 * commonly cited sales-management rule of thumb is 3× to 4× coverage (it assumes a win rate of
 * roughly 25–33%: the coverage you need is about 1 / win rate). Below the band is `'thin'`, inside
 * it (ends included) `'healthy'`, above it `'heavy'` (often a sign of unqualified deals). Set your
 * own band from your win rate with `healthy`.
 *
 * Edge cases: a quota of 0 gives `value: null, reason: 'zero-quota'`.
 *
 * @param input.openPipeline - open pipeline value (money).
 * @param input.quota - the quota for the same period (money).
 * @param options.healthy - `{ from, to }` multiples; default 3 and 4.
 * @returns the exact multiple and its band label.
 * @throws FunnelMathError `INVALID_INPUT`, `MISSING_VALUE`, `UNKNOWN_OPTION`, `NEGATIVE`, `OUT_OF_RANGE` (band `to` below `from`), `INVALID_NUMBER`,
 *   `RESULT_TOO_LARGE` (coverage beyond 10^300).
 * @example
 * import { pipelineCoverage } from 'funnel-math';
 * pipelineCoverage({ openPipeline: 325000, quota: 100000 }).value; // => '13/4'
 * pipelineCoverage({ openPipeline: 325000, quota: 100000 }).label; // => '3.25× quota (healthy: 3×–4×)'
 * pipelineCoverage({ openPipeline: 150000, quota: 100000 }).band; // => 'thin'
 * pipelineCoverage({ openPipeline: 150000, quota: 100000 }, { healthy: { from: '4/3', to: 2 } }).band; // => 'healthy'
 * @category KPIs
 */
export function pipelineCoverage(input: PipelineCoverageInput, options?: PipelineCoverageOptions): PipelineCoverage {
  const { openPipeline: pipeline, quota } = reader.read(input ?? {}, ['input']);
  const opts = optionsInput.read(options ?? {}, ['options']);
  const from = opts.healthy?.from ?? Ratio.of(3);
  const to = opts.healthy?.to ?? Ratio.of(4);
  if (to.compare(from) < 0) fail('OUT_OF_RANGE', { phrases: enKpi, subject: 'healthyTo', expected: 'bandEnd', from: times(from), received: to.toNumber() }, ['options', 'healthy', 'to']);
  const healthy = { from, to };
  const bandText = `healthy: ${times(from)}–${times(to)}`;
  const base = { healthy, openPipeline: money(pipeline), quota: money(quota) };
  if (quota.isZero()) return { kind: 'pipeline-coverage', value: null, reason: 'zero-quota', band: null, ...base, label: `no coverage: the quota is 0 (${bandText})` };
  const value = bounded(pipeline.div(quota), ['input', 'quota'], 'coverage');
  const band: CoverageBand = value.compare(from) < 0 ? 'thin' : value.compare(to) > 0 ? 'heavy' : 'healthy';
  return { kind: 'pipeline-coverage', value, reason: null, band, ...base, label: `${times(value)} quota (${bandText})` };
}

function times(r: Ratio): string {
  const text = r.toFixed(2).replace(/\.?0+$/, '');
  return `${text}×`;
}

/**
 * True when `value` is a {@link pipelineCoverage} result: a plain object whose `kind` is `'pipeline-coverage'`, also
 * after a JSON round trip. It checks the kind, not every field: functions that read a result
 * validate it themselves. Never throws.
 *
 * @param value - anything.
 * @returns whether `value` says it is this kind of result ({@link PipelineCoverage}).
 * @example
 * import { isPipelineCoverage, pipelineCoverage } from 'funnel-math';
 * const result = pipelineCoverage({ openPipeline: 325000, quota: 100000 });
 * isPipelineCoverage(result); // => true
 * isPipelineCoverage(JSON.parse(JSON.stringify(result))); // => true
 * isPipelineCoverage({ kind: 'plan' }); // => false
 * @category KPIs
 */
export function isPipelineCoverage(value: unknown): value is PipelineCoverage {
  return hasKind(value, 'pipeline-coverage');
}
