import { describe as describeValue, fail } from '../errors.js';
import { isPlainObject } from '../schema.js';
import { escapeHtml } from './text.js';

/** Options of {@link toSvg}. */
export interface SvgOptions {
  /** Chart width in pixels (default 640). */
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

function barsOf(result: unknown): { bars: Bar[]; title: string } {
  if (isPlainObject(result) && Array.isArray(result['stages'])) {
    const stages = result['stages'] as Record<string, unknown>[];
    if ('overall' in result) {
      return {
        title: 'Funnel',
        bars: stages.map((s) => {
          const r = s['ofPrevious'] as { value: { toPercent(d: number): string } | null; of: string } | null;
          return { label: String(s['stage']), value: Number(s['count']), note: r?.value ? `${r.value.toPercent(1)} of ${r.of}` : '' };
        }),
      };
    }
    if (typeof result['roundingPolicy'] === 'string') {
      return {
        title: 'Required activity',
        bars: stages.map((s) => {
          const r = s['rate'] as { toPercent(d: number): string } | null;
          return { label: String(s['stage']), value: Number(s['required']), note: r ? `at ${r.toPercent(1)}` : '' };
        }),
      };
    }
  }
  return fail('INVALID_INPUT', `toSvg draws a funnelFromCounts or requiredActivity result; got ${describeValue(result)}.`, ['result']);
}

/**
 * Draws a funnel chart as a standalone SVG string: one centred bar per stage, its width in
 * proportion to the stage's count, with the stage name, the count and the rate into it. Pure
 * string building, no dependencies; every label is escaped, and names, numbers and rates are
 * separate text elements so right-to-left stage names (Arabic, Persian) never reorder the numbers.
 *
 * @param result - a {@link funnelFromCounts} or {@link requiredActivity} result.
 * @param options - `width` in pixels, `title`.
 * @returns an `<svg>` document as a string.
 * @throws FunnelMathError `INVALID_INPUT` for anything else.
 * @example
 * import { defineFunnel, funnelFromCounts, toSvg } from 'funnel-math';
 * const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
 * const svg = toSvg(funnelFromCounts(funnel, { call: 100, meeting: 25, sale: 5 }));
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // => true
 * svg.includes('25.0% of call'); // => true
 * @category Presentation
 */
export function toSvg(result: unknown, options: SvgOptions = {}): string {
  const { bars, title: defaultTitle } = barsOf(result);
  const width = typeof options.width === 'number' && Number.isFinite(options.width) ? Math.min(4000, Math.max(240, Math.round(options.width))) : 640;
  const title = typeof options.title === 'string' ? options.title : defaultTitle;
  const barH = 34;
  const gap = 10;
  const top = 44;
  const height = top + bars.length * (barH + gap) + 10;
  const max = Math.max(1, ...bars.map((b) => (Number.isFinite(b.value) ? b.value : 0)));
  const area = width * 0.56;
  const centre = width * 0.36;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13" role="img">`,
    `<title>${escapeHtml(title)}</title>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="600" unicode-bidi="plaintext">${escapeHtml(title)}</text>`,
  ];
  bars.forEach((b, i) => {
    const y = top + i * (barH + gap);
    const w = Math.max(2, (area * (Number.isFinite(b.value) ? b.value : 0)) / max);
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
