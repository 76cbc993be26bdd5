import * as z from 'zod/mini';
import { fail } from '../errors.js';
import { kindOf } from '../kind.js';
import { enRender } from '../messages/enRender.js';
import { defineInput } from '../input/parse.js';
import { count, percentOf, rate, readResult, stageRate } from './read.js';
import { escapeHtml } from './text.js';

/** Options of {@link toSvg}. */
export interface SvgOptions {
  /** Chart width in pixels, a finite number (default 640; kept between 240 and 4000). */
  readonly width?: number;
  /** Chart title; default from the result kind. */
  readonly title?: string;
}

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly note: string;
}

const fmt = (n: number) => n.toLocaleString('en-US');

const countedSchema = /* @__PURE__ */ z.object({
  stages: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ stage: /* @__PURE__ */ z.string(), count, ofPrevious: /* @__PURE__ */ z.nullable(stageRate) })),
});
const planSchema = /* @__PURE__ */ z.object({
  stages: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ stage: /* @__PURE__ */ z.string(), required: count, rate: /* @__PURE__ */ z.nullable(rate) })),
});
const optionsInput = /* @__PURE__ */ defineInput(
  /* @__PURE__ */ z.strictObject({ width: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()), title: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()) }),
);

function countedBars(result: unknown, title: string): { bars: Bar[]; title: string } {
  const v = readResult(countedSchema, result);
  return {
    title,
    bars: v.stages.map((s) => ({
      label: s.stage,
      value: s.count,
      note: s.ofPrevious && s.ofPrevious.value !== null ? `${percentOf(s.ofPrevious.value)} of ${s.ofPrevious.of}` : '',
    })),
  };
}

function barsOf(result: unknown): { bars: Bar[]; title: string } {
  const kind = kindOf(result);
  if (kind === 'counts') return countedBars(result, 'Funnel');
  if (kind === 'activity-report') return countedBars(result, 'Funnel from activity');
  if (kind === 'plan') {
    const v = readResult(planSchema, result);
    return {
      title: 'Required activity',
      bars: v.stages.map((s) => ({ label: s.stage, value: s.required, note: s.rate === null ? '' : `at ${percentOf(s.rate)}` })),
    };
  }
  if (kind !== undefined) {
    fail('INVALID_INPUT', { phrases: enRender, subject: 'shownKind', expected: 'chartKind', received: kind }, ['result', 'kind']);
  }
  return fail('INVALID_INPUT', { phrases: enRender, subject: 'result', expected: 'chartResult', received: result }, ['result']);
}

/**
 * Draws a funnel chart as a standalone SVG string: one centred bar per stage, its width in
 * proportion to the stage's count, with the stage name, the count and the rate into it. Pure
 * string building, no dependencies; every label is escaped, and names, numbers and rates are
 * separate text elements so right-to-left stage names (Arabic, Persian) never reorder the numbers.
 *
 * The result's `kind` chooses the chart; its fields are checked before anything is drawn, so the
 * SVG never shows NaN, Infinity or "undefined".
 *
 * @param result - a {@link funnelFromCounts}, {@link analyzeFunnel} or {@link requiredActivity} result (or its JSON).
 * @param options - `width` in pixels, `title`.
 * @returns an `<svg>` document as a string.
 * @throws FunnelMathError `INVALID_INPUT` for another kind or a value without one, a result with a
 *   missing or malformed field (the path names it), or an unknown or malformed option.
 * @example
 * import { defineFunnel, funnelFromCounts, toSvg } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
 * const svg = toSvg(funnelFromCounts(funnel, { call: 100, meeting: 25, sale: 5 }));
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // => true
 * svg.includes('25.0% of call'); // => true
 * @category Presentation
 */
export function toSvg(result: unknown, options?: SvgOptions): string {
  const opts = options === undefined ? {} : optionsInput.read(options, ['options']);
  const { bars, title: defaultTitle } = barsOf(result);
  const width = opts.width === undefined ? 640 : Math.min(4000, Math.max(240, Math.round(opts.width)));
  const title = opts.title ?? defaultTitle;
  const barH = 34;
  const gap = 10;
  const top = 44;
  const height = top + bars.length * (barH + gap) + 10;
  const max = bars.reduce((m, b) => Math.max(m, b.value), 1);
  const area = width * 0.56;
  const centre = width * 0.36;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13" role="img">`,
    `<title>${escapeHtml(title)}</title>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="600" unicode-bidi="plaintext">${escapeHtml(title)}</text>`,
  ];
  bars.forEach((b, i) => {
    const y = top + i * (barH + gap);
    const w = Math.max(2, (area * b.value) / max);
    const shade = 70 - Math.round((40 * i) / Math.max(1, bars.length - 1));
    parts.push(
      `<g><rect x="${(centre - w / 2).toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" rx="4" fill="hsl(212, 60%, ${shade}%)"/>`,
      `<text x="${(centre - area / 2 - 8).toFixed(1)}" y="${y + barH / 2 + 4}" text-anchor="end" unicode-bidi="plaintext">${escapeHtml(b.label)}</text>`,
      `<text x="${(centre + area / 2 + 8).toFixed(1)}" y="${y + barH / 2 - 3}" font-weight="600">${escapeHtml(fmt(b.value))}</text>`,
      `<text x="${(centre + area / 2 + 8).toFixed(1)}" y="${y + barH / 2 + 12}" fill="#555" unicode-bidi="plaintext">${escapeHtml(b.note)}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
