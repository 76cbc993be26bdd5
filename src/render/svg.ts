import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { countPiece } from '../input/number.js';
import { defineInput } from '../input/parse.js';
import { kindOf } from '../kind.js';
import { enRender } from '../messages/enRender.js';
import { oneOf } from './charts/fields.js';
import { forecastChart } from './charts/forecast.js';
import { funnelChart } from './charts/funnel.js';
import { drawChart, type Chart, type ChartScale, type ChartTheme } from './charts/layout.js';
import { outcomeChart } from './charts/outcome.js';
import { outliersChart } from './charts/outliers.js';
import { scheduleChart } from './charts/schedule.js';
import { timeChart } from './charts/time.js';

export type { ChartScale, ChartTheme } from './charts/layout.js';

/** Options of {@link toSvg}. @category Presentation */
export interface SvgOptions {
  /**
   * Chart width in pixels, a finite number (default 640; kept between 240 and 4000). The chart is
   * drawn wider when its labels need more room: a label is never cut.
   */
  readonly width?: number;
  /** Chart title; default from the result kind. */
  readonly title?: string;
  /**
   * `'light'` (default: dark text on white) or `'dark'` (light text on near-black). Each colour is
   * also a CSS custom property (`--funnel-math-bg`, `--funnel-math-text`, `--funnel-math-bar`, …)
   * that a page may set; the theme's colour is the fallback.
   */
  readonly theme?: ChartTheme;
  /**
   * How a value becomes a length: `'linear'` (default), `'sqrt'` (square root) or `'log'` (log10 of
   * 1 + value), so the later stages of a wide funnel stay visible. The chart states its scale.
   */
  readonly scale?: ChartScale;
  /**
   * For an activity report: `'funnel'` (default) or `'time-to-convert'` (the histogram of the time
   * from the first stage to {@link SvgOptions.stage}).
   */
  readonly chart?: 'funnel' | 'time-to-convert';
  /** For `chart: 'time-to-convert'`: the stage reached (default the last). */
  readonly stage?: string;
  /** For an outcome range: the goal, a whole number of outcomes, marked on the chart with its chance. */
  readonly goal?: number;
}

const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({
    width: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
    title: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    theme: /* @__PURE__ */ z.optional(/* @__PURE__ */ oneOf('theme', ['light', 'dark'])),
    scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ oneOf('scale', ['linear', 'sqrt', 'log'])),
    chart: /* @__PURE__ */ z.optional(/* @__PURE__ */ oneOf('chart', ['funnel', 'time-to-convert'])),
    stage: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    goal: /* @__PURE__ */ z.optional(/* @__PURE__ */ countPiece('goal')),
  }),
);

function chartOf(result: unknown, opts: Pick<SvgOptions, 'chart' | 'stage' | 'goal'>): Chart {
  const kind = kindOf(result);
  if (kind === 'counts' || kind === 'plan') return funnelChart(result, kind);
  if (kind === 'activity-report') return opts.chart === 'time-to-convert' ? timeChart(result, opts.stage) : funnelChart(result, kind);
  if (kind === 'schedule') return scheduleChart(result);
  if (kind === 'outliers') return outliersChart(result);
  if (kind === 'outcome-range') return outcomeChart(result, opts.goal);
  if (kind === 'pipeline-forecast') return forecastChart(result);
  if (kind !== undefined) {
    fail('INVALID_INPUT', { phrases: enRender, subject: 'shownKind', expected: 'chartKind', received: kind }, ['result', 'kind']);
  }
  return fail('INVALID_INPUT', { phrases: enRender, subject: 'result', expected: 'chartResult', received: result }, ['result']);
}

/**
 * Draws a result as a standalone SVG string, the chart chosen by the result's `kind`:
 *
 * | kind | chart |
 * |---|---|
 * | `'counts'`, `'activity-report'`, `'plan'` | a funnel: a centred bar per stage, its count, and the rate into it named by its denominator ("25.0% of call"); a stage with more than the one before it is marked with a warning |
 * | `'activity-report'` with `chart: 'time-to-convert'` | a histogram of the time from the first stage to `stage`, with the median and 90th percentile |
 * | `'schedule'` | a row per period, a bar per stage with its target |
 * | `'outliers'` | the funnel plot: each group's rate against its control limits, the pooled rate as a line |
 * | `'outcome-range'` | how many outcomes 1, 5 and 9 periods in 10 end at or below, the average, and `goal` with its chance |
 * | `'pipeline-forecast'` | the won amount's P10, P50 and P90 (a span where the method bounds a percentile rather than resolving it), the expected amount and the quota as lines, and the quota's chance, exact or as the bounds the method guarantees |
 *
 * Pure string building: every text is escaped, measured with a conservative width per character
 * for the stated font (Arial, Helvetica or Liberation Sans, 13 px) and given room, so long,
 * Arabic, Persian and mixed labels are never cut or overlapping; right-to-left labels carry
 * `direction="rtl"`. The chart has a background in its theme, says how lengths are scaled, and is
 * the same string for the same input. The result's fields are checked before anything is drawn,
 * so the SVG never shows NaN, Infinity or "undefined".
 *
 * @param result - a result of one of the kinds above (or its JSON).
 * @param options - `width`, `title`, `theme`, `scale`, and `chart`, `stage`, `goal` for the kinds that take them.
 * @returns an `<svg>` document as a string.
 * @throws FunnelMathError `INVALID_INPUT` for another kind or a value without one, a result with a
 *   missing or malformed field (the path names it); `UNKNOWN_OPTION`, `INVALID_CHOICE` or
 *   `INVALID_INPUT` for an unknown or malformed option, `INVALID_CHOICE` for a `stage` the report does not have.
 * @example
 * import { defineFunnel, funnelFromCounts, toSvg } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
 * const svg = toSvg(funnelFromCounts(funnel, { call: 100, meeting: 25, sale: 5 }));
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // => true
 * svg.includes('25.0% of call'); // => true
 * toSvg(funnelFromCounts(funnel, { call: 100000, meeting: 900, sale: 40 }), { scale: 'sqrt', theme: 'dark' }).includes('Bar length: square root of count'); // => true
 * @category Presentation
 */
export function toSvg(result: unknown, options?: SvgOptions): string {
  const opts = options === undefined ? {} : optionsInput.read(options, ['options']);
  const chart = chartOf(result, opts);
  return drawChart(opts.title === undefined ? chart : { ...chart, title: opts.title }, {
    width: opts.width === undefined ? 640 : Math.min(4000, Math.max(240, Math.round(opts.width))),
    theme: opts.theme ?? 'light',
    scale: opts.scale ?? 'linear',
  });
}
