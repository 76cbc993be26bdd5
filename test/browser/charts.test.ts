/**
 * Every chart drawn by a real browser (the Chromium shipped in @sparticuz/chromium, driven by
 * puppeteer-core; launched once for this file): every text lies inside the drawing, no two texts
 * overlap each other or a bar, and the width the layout reserved for each text is never less than
 * the width the browser gives it. A screenshot of each chart is written to docs/media/charts/ when
 * it differs from the one there.
 */
import chromium from '@sparticuz/chromium';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSvg } from '../../src/index.js';
import { textWidth } from '../../src/render/charts/layout.js';
import { FIXTURES } from './fixtures.js';

const MEDIA = join(import.meta.dirname, '..', '..', 'docs', 'media', 'charts');

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
interface Measured {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly (Box & { readonly text: string; readonly size: number; readonly advance: number })[];
  readonly bars: readonly Box[];
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await puppeteer.launch({ args: chromium.args, executablePath: await chromium.executablePath(), headless: true });
  page = await browser.newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** Draws one SVG alone on the page and reads the boxes the browser gives its texts and bars. */
async function measure(svg: string): Promise<Measured> {
  await page.setContent(`<!doctype html><html><body style="margin:0;background:#808080">${svg}</body></html>`);
  return page.evaluate(() => {
    const root = document.querySelector('svg')!;
    const box = (e: SVGGraphicsElement) => {
      const b = e.getBBox();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    };
    const rects = Array.from(root.querySelectorAll('rect'));
    return {
      width: root.width.baseVal.value,
      height: root.height.baseVal.value,
      texts: Array.from(root.querySelectorAll('text')).map((t) => ({
        ...box(t),
        text: t.textContent ?? '',
        size: Number.parseFloat(getComputedStyle(t).fontSize),
        advance: t.getComputedTextLength(),
      })),
      // the background is the first rect; a legend swatch sits beside its own label
      bars: rects.slice(1).filter((r) => r.getAttribute('width') !== '10').map(box),
    };
  });
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe('charts in a real browser', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s: texts inside the drawing, apart, never wider than laid out', async (name, f) => {
    const svg = toSvg(f.result, f.options);
    const m = await measure(svg);
    for (const t of m.texts) {
      expect([t.text, t.x >= 0, t.y >= 0, t.x + t.width <= m.width, t.y + t.height <= m.height]).toEqual([t.text, true, true, true, true]);
      expect(textWidth(t.text, t.size), t.text).toBeGreaterThanOrEqual(Math.max(t.advance, t.width));
    }
    const clashes: string[] = [];
    m.texts.forEach((a, i) => {
      m.texts.slice(i + 1).forEach((b) => overlap(a, b) && clashes.push(`${a.text} / ${b.text}`));
      m.bars.forEach((b) => overlap(a, b) && clashes.push(`${a.text} / a bar`));
    });
    expect(clashes).toEqual([]);

    const element = (await page.$('svg'))!;
    const png = Buffer.from(await element.screenshot({ type: 'png' }));
    const file = join(MEDIA, `${name}.png`);
    mkdirSync(MEDIA, { recursive: true });
    if (!existsSync(file) || !readFileSync(file).equals(png)) writeFileSync(file, png);
  });
});
