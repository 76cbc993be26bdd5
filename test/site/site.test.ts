import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module of the site's configuration, without declarations
import { AREAS } from '../../scripts/typedoc-plugin.mjs';

/**
 * The API site as a reader meets it: built by typedoc (the configuration `npm run docs` uses) into a
 * temporary folder, read as JSON for its structure, checked file by file for links, and opened in a
 * real headless Chromium for the pages and the sidebar. Screenshots go to test/.site/ (not committed).
 */
const root = resolve(import.meta.dirname, '..', '..');
const areas: readonly string[] = AREAS;
const FUNCTION = 64;
const CLASS = 128;
const TYPES = new Set([256, 2_097_152]); // interface, type alias

interface Tag { tag: string; content: { text: string }[] }
interface Node {
  id: number;
  name: string;
  kind: number;
  comment?: { blockTags?: Tag[] };
  signatures?: { comment?: { blockTags?: Tag[] } }[];
  children?: Node[];
  categories?: { title: string; children: number[] }[];
}
interface Site { children: Node[]; documents?: { name: string }[] }

let out = '';
let site: Site;
let browser: Browser;
let server: Server;
let base = '';

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'funnel-math-site-'));
  execFileSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', join(out, 'html'), '--json', join(out, 'site.json')], { cwd: root, stdio: 'pipe' });
  site = JSON.parse(readFileSync(join(out, 'site.json'), 'utf8')) as Site;
  server = createServer((request, response) => {
    const path = join(out, 'html', decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.endsWith(sep) || path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(join(out, 'html')) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}/`;
  browser = await puppeteer.launch({ args: chromium.args, executablePath: await chromium.executablePath(), headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (out) rmSync(out, { recursive: true, force: true });
});

function tagsOf(node: Node): string[] {
  const comments = [node.comment, ...(node.signatures ?? []).map((s) => s.comment)];
  return comments.flatMap((c) => (c?.blockTags ?? []).filter((t) => t.tag === '@category').map((t) => t.content.map((p) => p.text).join('').trim()));
}

describe('the API reference', () => {
  it('has both entry points, named as they are imported', () => {
    expect(site.children.map((m) => m.name)).toEqual(['funnel-math', 'funnel-math/sheets']);
  });

  it('puts every export in one of the README areas, with nothing left in "Other"', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### What is in it'), readme.indexOf('\n#', readme.indexOf('### What is in it') + 1));
    const table = [...section.matchAll(/^\| ([a-zA-Z][a-zA-Z ]*) \| /gm)].map((m) => m[1]!.trim()).filter((a) => a !== 'area');
    expect(table.map((a) => a.toLowerCase())).toEqual(areas.map((a) => a.toLowerCase()));
    for (const module of site.children) {
      const titles = (module.categories ?? []).map((c) => c.title);
      expect(titles.filter((t) => !areas.includes(t)), module.name).toEqual([]);
      const placed = (module.categories ?? []).flatMap((c) => c.children).length;
      expect(placed, module.name).toBe(module.children?.length);
    }
  });

  it('every exported function and class names its area in its own @category tag', () => {
    const untagged: string[] = [];
    for (const module of site.children) {
      for (const node of module.children ?? []) {
        if (node.kind !== FUNCTION && node.kind !== CLASS) continue;
        const tags = [...new Set(tagsOf(node))];
        if (tags.length !== 1 || !areas.includes(tags[0]!)) untagged.push(`${module.name}: ${node.name} (${tags.join(', ') || 'none'})`);
      }
    }
    expect(untagged).toEqual([]);
  });

  it('lists functions before interfaces and type aliases in every area', () => {
    for (const module of site.children) {
      const byId = new Map((module.children ?? []).map((n) => [n.id, n]));
      for (const category of module.categories ?? []) {
        const kinds = category.children.map((id) => byId.get(id)!.kind);
        const firstType = kinds.findIndex((k) => TYPES.has(k));
        const lastFunction = kinds.lastIndexOf(FUNCTION);
        if (firstType >= 0 && lastFunction >= 0) expect(lastFunction, `${module.name} ${category.title}`).toBeLessThan(firstType);
      }
    }
  });

  it('carries the guides as documents, titled by their headings', () => {
    expect((site.documents ?? []).map((d) => d.name)).toEqual([
      'Concepts', 'Planning', 'Uncertainty', 'Activity logs', 'Warehouse', 'Forecasting', 'KPIs', 'Goals', 'Charts', 'Spreadsheets', 'The command line on CRM exports', 'Deno and notebooks', 'Performance', 'Releasing', 'Contributing', 'Changelog',
    ]);
  });

  it('has no broken internal link or anchor on any page', () => {
    const html = join(out, 'html');
    const pages = readdirSync(html, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(300);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      let found = ids.get(file);
      if (found === undefined) {
        found = new Set([...readFileSync(file, 'utf8').matchAll(/\b(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
        ids.set(file, found);
      }
      return found;
    };
    const broken: string[] = [];
    for (const page of pages) {
      const file = join(html, page);
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/\b(?:href|src)="([^"]*)"/g)) {
        if (target === undefined || /^(?:[a-z]+:|\/\/)/i.test(target)) continue; // another site
        const [path = '', anchor] = target.split('#');
        const linked = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
        if (!existsSync(linked)) broken.push(`${page} → ${target}`);
        else if (anchor && linked.endsWith('.html') && !idsOf(linked).has(decodeURIComponent(anchor))) broken.push(`${page} → ${target} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the API site in a browser', () => {
  const shots = join(root, 'test', '.site');

  it('the index shows the README, the sidebar the areas, and both entry points are a click away', async () => {
    mkdirSync(shots, { recursive: true });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // a navigation that replaces a page aborts what that page was still loading: not a broken link
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()}: ${response.url()}`);
    });
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(base, { waitUntil: 'networkidle0' });
    expect(await page.$eval('.tsd-panel.tsd-typography h1', (h) => h.textContent?.trim())).toBe('funnel-math');
    // the sidebar is drawn by the site's script from its navigation data
    await page.waitForSelector('.site-menu .tsd-navigation a');
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.site-menu details').forEach((d) => (d.open = true)));
    const sidebar = await page.$$eval('.site-menu .tsd-navigation summary, .site-menu .tsd-navigation a', (items) => items.map((a) => a.textContent?.trim() ?? ''));
    for (const area of areas.filter((a) => a !== 'Spreadsheets')) expect(sidebar, area).toContain(area);
    expect(sidebar).toContain('funnel-math');
    expect(sidebar).toContain('funnel-math/sheets');
    expect(sidebar).toContain('Spreadsheets');
    expect(sidebar).toContain('requiredActivity');
    expect(sidebar).toContain('FUNNEL_REQUIRED');
    await page.screenshot({ path: join(shots, 'index.png') });

    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('.site-menu .tsd-navigation a[href$="funnel-math_sheets.html"]')]);
    expect(await page.$eval('h1', (h) => h.textContent?.trim())).toBe('Module funnel-math/sheets');
    expect(await page.$$eval('.tsd-member-summary-name a', (links) => links.map((a) => a.textContent?.trim()))).toContain('FUNNEL_REQUIRED');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('a function page shows its signature, example and area; a guide renders as a page of the site', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const response = await page.goto(`${base}functions/funnel-math.requiredActivity.html`, { waitUntil: 'networkidle0' });
    expect(response?.status()).toBe(200);
    expect(await page.$eval('h1', (h) => h.textContent?.trim())).toBe('Function requiredActivity');
    const text = await page.$eval('.col-content', (c) => c.textContent ?? '');
    expect(text).toContain('requiredActivity(');
    expect(text).toContain('Example');
    await page.screenshot({ path: join(shots, 'requiredActivity.png'), fullPage: false });

    const guide = await page.goto(`${base}documents/Planning.html`, { waitUntil: 'networkidle0' });
    expect(guide?.status()).toBe(200);
    expect(await page.$eval('.col-content h1', (h) => h.textContent?.trim())).toBe('Planning: goals, rounding, schedules and capacity');
    await page.screenshot({ path: join(shots, 'planning.png') });
    await page.close();
    expect(relative(root, shots)).toBe(join('test', '.site'));
  }, 60_000);
});
