import * as z from 'zod/mini';
import { choicePiece } from '../input/choice.js';
import { defineInput } from '../input/parse.js';
import { kindOf, type ResultKind } from '../kind.js';
import { enRender } from '../messages/enRender.js';
import { toSvg, type SvgOptions } from './svg.js';
import { asTable, fieldTables, hasLayout, type Table } from './table.js';
import { toHtml, toMarkdown, toText } from './text.js';

/** What Jupyter kernels (Deno's included) call to show a value: MIME type → content. @category Presentation */
export interface Displayable {
  [key: symbol]: () => Record<string, string>;
}

/** Options of {@link display}. @category Presentation */
export interface DisplayOptions {
  /**
   * `'table'` (the default): the result as a table in text/html, text/markdown and text/plain.
   * `'chart'`: the drawing of {@link toSvg} as image/svg+xml, with the table as text/plain for
   * frontends that show no images.
   */
  readonly as?: 'table' | 'chart';
  /** The chart's options, as {@link toSvg} takes them (with `as: 'chart'`). */
  readonly chart?: SvgOptions;
}

const JUPYTER = /* @__PURE__ */ Symbol.for('Jupyter.display');

/** Every kind of result, so a value that only looks like one (a misspelt `kind`) is not taken for one. */
const KINDS: { readonly [K in ResultKind]: true } = {
  counts: true, plan: true, forecast: true, schedule: true, 'activity-report': true, table: true,
  'smart-report': true, cascade: true, pace: true, attainment: true, 'deal-rate': true,
  'lost-to-created': true, 'average-deal-size': true, 'sales-cycle-length': true,
  'pipeline-velocity': true, 'weighted-pipeline': true, 'pipeline-coverage': true, 'churn-rate': true,
  'first-year-churn': true, ltv: true, cac: true, 'ltv-to-cac': true, 'cac-payback': true,
  'growth-step': true, 'growth-series': true, 'compound-growth': true, 'monthly-totals': true,
  'break-even-units': true, 'break-even-revenue': true, 'recurring-revenue': true,
  'engagement-per-post': true, 'acceptance-rate': true, 'personalization-share': true,
  interval: true, comparison: true, 'sample-size': true, 'detectable-lift': true, outliers: true,
  'hit-probability': true, 'activity-for-confidence': true, 'outcome-range': true, sensitivity: true,
  'rate-needed': true, bottleneck: true,
  'adjusted-p-values': true, homogeneity: true, 'group-comparison': true,
  'relative-lift': true, 'comparison-sample-size': true,
  'expected-loss': true, 'sequential-test': true, 'sequential-comparison': true,
  'funnel-query': true,
  'capacity-plan': true,
  'hires-needed': true,
  'quota-plan': true,
  'quota-reach': true,
  'pipeline-forecast': true,
  'forecast-rollup': true,
  'pipeline-movement': true,
  'forecast-accuracy': true,
  'survival-curve': true,
  'cumulative-incidence': true,
  'pipeline-history': true,
  'conversion-curve': true,
};

const viewSchema: z.ZodMiniEnum<{ table: 'table'; chart: 'chart' }> = /* @__PURE__ */ z.enum(['table', 'chart']);
const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    as: /* @__PURE__ */ z.optional(/* @__PURE__ */ choicePiece(viewSchema, 'displayView', 'string', { phrases: enRender })),
    // read by toSvg, which knows the chart's options
    chart: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  }),
);

/** The tables a result is shown as: its layout, or its fields for a kind without one. */
function tablesOf(result: unknown): readonly Table[] {
  const kind = kindOf(result);
  return kind !== undefined && kind !== 'table' && !hasLayout(kind) && Object.hasOwn(KINDS, kind)
    ? fieldTables(result as Record<string, unknown>, kind)
    : [asTable(result)];
}

/** The MIME bundle of a result shown as tables. */
function tableBundle(result: unknown): Record<string, string> {
  const tables = tablesOf(result);
  return {
    'text/html': tables.map(toHtml).join('\n'),
    'text/markdown': tables.map(toMarkdown).join('\n\n'),
    'text/plain': tables.map(toText).join('\n\n'),
  };
}

/**
 * Shows a result in a Jupyter notebook (the Deno kernel) the way you choose: the returned object
 * has a `Symbol.for('Jupyter.display')` method giving the MIME bundle. Results already show
 * themselves as tables when they are the last expression of a cell (in Node and Deno, which load
 * the package's Node build); call `display` for another view, such as the chart. A kind without a
 * table layout of its own (an interval, a comparison, a KPI) is shown field by field.
 *
 * @param result - a result of this library, or a {@link Table} (`kind: 'table'`); checked when `display` is called.
 * @param options - `as`: `'table'` (default) or `'chart'`; `chart`: the chart's options, as {@link toSvg} takes them.
 * @returns an object Jupyter shows: text/html, text/markdown and text/plain for a table;
 *   image/svg+xml and text/plain for a chart.
 * @throws FunnelMathError `INVALID_INPUT` as {@link toTable} (or {@link toSvg} for a chart);
 *   `INVALID_CHOICE` for another view; `UNKNOWN_OPTION` for a misspelt option.
 * @example
 * import { defineFunnel, display, funnelFromCounts, rateInterval, requiredActivity } from 'funnel-math';
 * const plan = requiredActivity(defineFunnel(['call', 'sale'] as const), { goal: 50, rates: { sale: '5%' } });
 * Object.keys(display(plan)[Symbol.for('Jupyter.display')]!()); // => ['text/html', 'text/markdown', 'text/plain']
 * const counted = funnelFromCounts(defineFunnel(['call', 'sale'] as const), { call: 100, sale: 5 });
 * Object.keys(display(counted, { as: 'chart' })[Symbol.for('Jupyter.display')]!()); // => ['image/svg+xml', 'text/plain']
 * display(rateInterval(10, 15))[Symbol.for('Jupyter.display')]!()['text/plain'].split('\n')[5]; // => 'rate       66.7%'
 * @category Presentation
 */
export function display(result: unknown, options?: DisplayOptions): Displayable {
  const { as = 'table', chart } = options === undefined ? {} : optionsInput.read(options, ['options']);
  const bundle = as === 'chart' ? { 'image/svg+xml': toSvg(result, chart as SvgOptions | undefined), 'text/plain': tablesOf(result).map(toText).join('\n\n') } : tableBundle(result);
  return { [JUPYTER]: () => ({ ...bundle }) };
}

/**
 * Gives a result of this library its own Jupyter display (a non-enumerable
 * `Symbol.for('Jupyter.display')` method: JSON, `Object.keys`, spread and deep equality do not see
 * it), shown as {@link display} shows it. Anything else, and a frozen result, is returned as it is.
 * @internal
 */
export function withDisplay<T>(value: T): T {
  const kind = kindOf(value);
  if (kind !== undefined && Object.hasOwn(KINDS, kind) && Object.isExtensible(value) && !Object.hasOwn(value as object, JUPYTER)) {
    Object.defineProperty(value, JUPYTER, SHOWN);
  }
  return value;
}

/** One method for every result (called on the result, as kernels call it): no closure per result. */
function showSelf(this: unknown): Record<string, string> {
  return tableBundle(this);
}
const SHOWN: PropertyDescriptor = { value: showSelf, enumerable: false, writable: true, configurable: true };
