/**
 * The one layout every chart shares: rows of marks on one value axis, a label column sized from the
 * labels' estimated widths, a note column, a legend, marker lines, ticks and footnotes, on a
 * background in the colours of a theme. A chart module only says what its rows are.
 * @internal
 * @module
 */
import { escapeHtml } from '../text.js';

/** How a value becomes a length on a chart ({@link SvgOptions.scale}). @category Presentation */
export type ChartScale = 'linear' | 'sqrt' | 'log';
/** The colours of a chart: dark text on white, or light text on a near-black background ({@link SvgOptions.theme}). @category Presentation */
export type ChartTheme = 'light' | 'dark';

type Tone = 'bg' | 'text' | 'muted' | 'grid' | 'bar' | 'warn' | 'band' | 'band2' | 'above' | 'below' | `s${number}`;

/* Each theme: background, text, muted text, grid, bar, warning, two band shades, above, below, then the series. */
const THEMES: Record<ChartTheme, string> = {
  light: '#ffffff #1b1f24 #57606a #d0d7de #3b73b9 #a64d00 #b9d1ec #dfe9f5 #1a7f37 #cf222e #3b73b9 #d9692b #2e8f5f #8e5bb8 #a8870f #c2467a',
  dark: '#111418 #e6edf3 #a3adb8 #39424c #6ea8fe #f0a040 #2f5582 #1d3148 #56d364 #ff7b72 #6ea8fe #f3a268 #5fd39c #c49bea #e8c95a #f28bb0',
};
const TONES = ['bg', 'text', 'muted', 'grid', 'bar', 'warn', 'band', 'band2', 'above', 'below'];

/** A series colour for the i-th stage of a chart with several series. */
export const series = (i: number): Tone => `s${i % 6}`;

/**
 * The font every chart states, and the widths the layout assumes for it. A pure function cannot
 * measure a font, so each character is given at least the advance it has in the widest of the
 * usual sans-serif fonts at weights up to 600 (Arial, Helvetica, Liberation Sans, and DejaVu Sans
 * Bold, which Linux uses when the others are missing), in em: narrow Latin 0.5, other Latin
 * letters and digits 0.75 (capitals 0.88, accented letters 0.9), the widest signs (m, w, M, W,
 * @, %, &, æ, œ) 1.12, Cyrillic 1.0 (capitals 1.25), Hebrew, Arabic and Persian 0.85, CJK and
 * other wide characters 1.1, characters outside the Basic Multilingual Plane (emoji) 1.25,
 * anything else 1.
 * The browser test measures every label of every chart and requires the estimate never to be short.
 */
export const FONT = "Arial, Helvetica, 'Liberation Sans', 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif";
const NARROW = " !'(),-./:;I[]`fijlrt|";
const WIDEST = 'mwMW@%&æœÆŒ';
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** The advance of one character, in em, at most (see {@link FONT}). */
function advance(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (WIDEST.includes(ch)) return 1.12;
  if (c < 0x80) return NARROW.includes(ch) ? 0.5 : ch >= 'A' && ch <= 'Z' ? 0.88 : 0.75;
  if (c < 0x300) return 0.9;
  if (c >= 0x400 && c < 0x530) return c < 0x430 ? 1.25 : 1;
  if (RTL.test(ch)) return 0.85;
  return c > 0xffff ? 1.25 : c >= 0x1100 ? 1.1 : 1;
}

/** The width, in pixels, that `s` takes at most at `size` pixels in {@link FONT}. */
export function textWidth(s: string, size: number): number {
  let em = 0;
  for (const ch of s) em += advance(ch);
  return Math.ceil(em * size);
}

/** Whether a text reads right to left: its first strong letter is Hebrew, Arabic or Persian. */
export const isRtl = (s: string): boolean => RTL.test(/[A-Za-z\u00c0-\u024f\u0370-\u052f\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.exec(s)?.[0] ?? '');

/** A mark on a row: a bar from 0 (or a band from `from`) to `to`, or a dot at `to`; `text` follows a bar. */
export interface Mark {
  readonly to: number;
  readonly from?: number;
  readonly dot?: boolean;
  readonly tone: Tone;
  readonly lane?: number;
  readonly text?: string;
}
/** One row: a label, its marks, lines of notes beside it, and a warning line. */
export interface Row {
  readonly label: string;
  readonly marks: readonly Mark[];
  readonly notes: readonly string[];
  readonly warn?: string;
}
/** What a chart module hands to {@link drawChart}. */
export interface Chart {
  readonly title: string;
  readonly rows: readonly Row[];
  /** Marks per row, each on its own lane (default 1). */
  readonly lanes?: number;
  /** Bars centred on the middle of the plot, as a funnel is drawn. */
  readonly centred?: boolean;
  /** What a length shows, for the statement of the scale: "count", "rate". */
  readonly measure: string;
  /** Marks are positions (dots, bands) rather than bar lengths. */
  readonly positions?: boolean;
  /** Tick labels under the rows, when the values need an axis. */
  readonly tick?: (v: number) => string;
  readonly lines?: readonly { readonly at: number; readonly label: string; readonly tone: Tone }[];
  readonly legend?: readonly { readonly tone: Tone; readonly label: string }[];
  readonly foot?: readonly string[];
}

/** What the caller chose. */
export interface Look {
  readonly width: number;
  readonly theme: ChartTheme;
  readonly scale: ChartScale;
}

const SIZE = 13;
const SMALL = 11;
const LINE = 17;
const PAD = 12;
const GAP = 10;
const MIN_PLOT = 160;
const SCALE_WORDS: Record<ChartScale, (m: string) => string> = {
  linear: (m) => m,
  sqrt: (m) => `square root of ${m}`,
  log: (m) => `logarithm of ${m} (log10 of 1 + ${m})`,
};
const F: Record<ChartScale, (v: number) => number> = { linear: (v) => v, sqrt: Math.sqrt, log: (v) => Math.log10(1 + v) };

/** Text for XML: escaped, and a character XML cannot hold (a control character) shown as U+FFFD. */
const clean = (s: string): string => escapeHtml(s.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd'));

/** A number for an attribute: one decimal, never NaN (the layout only makes finite numbers). */
const n = (v: number): string => String(Math.round(v * 10) / 10);

/** Candidate tick values from 0 to max: a nice step for linear and square root, powers of ten for log. */
function ticksFor(max: number, scale: ChartScale): number[] {
  if (scale === 'log') {
    const out = [0];
    for (let p = 10 ** Math.floor(Math.log10(max) - 5); p <= max; p *= 10) out.push(p);
    return out;
  }
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let i = 0; i * step <= max * (1 + 1e-9); i++) out.push(i * step);
  return out;
}

/**
 * Draws a chart as an SVG document: every text element escaped, measured with {@link textWidth}
 * and given room, so nothing is clipped and no two labels overlap; the drawing grows wider than
 * `look.width` when its texts need it.
 */
export function drawChart(chart: Chart, look: Look): string {
  const pal = THEMES[look.theme].split(' ');
  const colour = (t: Tone) => pal[t[0] === 's' && t.length < 3 ? 10 + Number(t.slice(1)) : TONES.indexOf(t)]!;
  const paint = (t: Tone, attr = 'fill') => `${attr}="${colour(t)}" style="${attr}:var(--funnel-math-${t},${colour(t)})"`;
  const out: string[] = [];
  const text = (x: number, y: number, s: string, o: { tone?: Tone; anchor?: 'start' | 'middle' | 'end'; size?: number; bold?: boolean } = {}) => {
    const rtl = isRtl(s);
    // with direction="rtl" the start of a text is its right end: flip the anchor so it lines up the same
    const anchor = rtl && o.anchor !== 'middle' ? (o.anchor === 'end' ? 'start' : 'end') : (o.anchor ?? 'start');
    out.push(
      `<text x="${n(x)}" y="${n(y)}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}${rtl ? ' direction="rtl"' : ''}${o.size ? ` font-size="${o.size}"` : ''}${o.bold ? ' font-weight="600"' : ''} ${paint(o.tone ?? 'text')}>${clean(s)}</text>`,
    );
  };
  const { rows, lines = [], legend = [], foot = [] } = chart;
  const lanes = chart.lanes ?? 1;
  const laneH = lanes > 1 ? 15 : 26;
  const widest = (xs: readonly string[], size = SIZE) => xs.reduce((m, s) => Math.max(m, textWidth(s, size)), 0);
  const labelW = widest(rows.map((r) => r.label));
  const noteW = Math.max(widest(rows.flatMap((r) => r.notes)), widest(rows.flatMap((r) => (r.warn ? [r.warn] : []))) + 16);
  const afterW = widest(rows.flatMap((r) => r.marks.flatMap((m) => (m.text ? [m.text] : []))), SMALL);
  const foots = [`${chart.positions ? 'Position' : 'Bar length'}: ${SCALE_WORDS[look.scale](chart.measure)}`, ...foot];
  const plotX = PAD + (labelW && labelW + GAP);
  const fixed = plotX + (noteW && noteW + GAP) + PAD;
  const width = Math.ceil(
    Math.max(look.width, fixed + (chart.positions ? 1.5 : 1) * MIN_PLOT + (afterW && afterW + 4), textWidth(chart.title, 16) + 2 * PAD, widest(foots, SMALL) + 2 * PAD, widest(lines.map((l) => l.label), SMALL) + 2 * PAD),
  );
  const plotW = width - fixed;
  // a dot at the largest value keeps its radius inside the plot
  const barSpace = plotW - (afterW && afterW + 4) - (chart.positions ? 6 : 0);
  const max = rows.reduce((m, r) => r.marks.reduce((mm, k) => Math.max(mm, k.to), m), lines.reduce((m, l) => Math.max(m, l.at), 0));
  const f = F[look.scale];
  const fmax = f(max);
  const len = (v: number) => (fmax > 0 ? (barSpace * f(Math.max(0, v))) / fmax : 0);

  // header: title, legend (wrapped to the width), one line per marker label
  let y = PAD + 16;
  text(PAD, y, chart.title, { size: 16, bold: true });
  y += 8;
  let x = PAD;
  legend.forEach((item, i) => {
    const w = 16 + textWidth(item.label, SMALL);
    if (i === 0 || x + w > width - PAD) [x, y] = [PAD, y + LINE];
    out.push(`<rect x="${n(x)}" y="${n(y - 9)}" width="10" height="10" ${paint(item.tone)}/>`);
    text(x + 14, y, item.label, { size: SMALL });
    x += w + 14;
  });
  const lineY = lines.map(() => (y += LINE));
  const top = y + 10;
  const rowH = rows.map((r) => Math.max(lanes * laneH, (r.notes.length + (r.warn ? 1 : 0)) * LINE) + GAP);
  const bottom = rowH.reduce((a, b) => a + b, top);

  rows.forEach((r, i) => {
    const y0 = rowH.slice(0, i).reduce((a, b) => a + b, top);
    const mid = y0 + rowH[i]! / 2 - GAP / 2;
    if (r.label) text(plotX - GAP, mid + 4.5, r.label, { anchor: 'end' });
    for (const m of r.marks) {
      const cy = mid - (lanes * laneH) / 2 + ((m.lane ?? 0) + 0.5) * laneH;
      const h = laneH - 4;
      if (m.dot) {
        out.push(`<circle cx="${n(plotX + len(m.to))}" cy="${n(cy)}" r="5" ${paint(m.tone)}/>`);
      } else {
        const w = len(m.to) - len(m.from ?? 0);
        const x0 = chart.centred ? plotX + (barSpace - w) / 2 : plotX + len(m.from ?? 0);
        if (w > 0) out.push(`<rect x="${n(x0)}" y="${n(cy - h / 2)}" width="${n(Math.max(1, w))}" height="${n(h)}" rx="2" ${paint(m.tone)}/>`);
        if (m.text) text(x0 + w + 4, cy + 4, m.text, { size: SMALL, tone: 'muted' });
      }
    }
    const lines = [...r.notes, ...(r.warn ? [r.warn] : [])];
    const nx = width - PAD - noteW;
    lines.forEach((s, k) => {
      const ty = mid - ((lines.length - 1) * LINE) / 2 + k * LINE + 4.5;
      const warn = r.warn !== undefined && k === lines.length - 1;
      if (warn) out.push(`<path d="M${n(nx)} ${n(ty + 1)}h12l-6-11z" ${paint('warn')}/>`);
      text(warn ? nx + 16 : nx, ty, s, { bold: k === 0 && !warn, tone: warn ? 'warn' : k === 0 ? 'text' : 'muted' });
    });
  });

  lines.forEach((l, i) => {
    const lx = plotX + len(l.at);
    out.push(`<path d="M${n(lx)} ${n(lineY[i]! + 4)}V${n(bottom)}" stroke-dasharray="4 3" ${paint(l.tone, 'stroke')}/>`);
    const w = textWidth(l.label, SMALL);
    text(Math.min(Math.max(lx, PAD + w / 2), width - PAD - w / 2), lineY[i]!, l.label, { size: SMALL, anchor: 'middle', tone: l.tone });
  });

  y = bottom;
  if (chart.tick && max > 0) {
    out.push(`<path d="M${n(plotX)} ${n(y)}H${n(plotX + barSpace)}" ${paint('grid', 'stroke')}/>`);
    let right = -Infinity;
    for (const v of ticksFor(max, look.scale)) {
      const s = chart.tick(v);
      const w = textWidth(s, SMALL);
      const tx = Math.min(Math.max(plotX + len(v), w / 2 + 2), width - w / 2 - 2);
      if (tx - w / 2 < right + 8) continue;
      right = tx + w / 2;
      out.push(`<path d="M${n(plotX + len(v))} ${n(y)}v4" ${paint('grid', 'stroke')}/>`);
      text(tx, y + 16, s, { size: SMALL, anchor: 'middle', tone: 'muted' });
    }
    y += 22;
  }
  for (const s of foots) text(PAD, (y += LINE), s, { size: SMALL, tone: 'muted' });
  const height = Math.ceil(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="${SIZE}" role="img">`,
    `<title>${clean(chart.title)}</title>`,
    `<rect width="100%" height="100%" ${paint('bg')}/>`,
    ...out,
    '</svg>',
  ].join('\n');
}
