import { describe, expect, it } from 'vitest';
import { apportion, defineFunnel, display, funnelFromCounts, requiredActivity, schedule, toHtml, toMarkdown, toSvg, toTable, toText } from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });

describe('tables', () => {
  it('lays out a plan, a rates report and a schedule', () => {
    expect(toTable(plan).columns).toEqual(['stage', 'required', 'rate', 'of']);
    const counts = toTable(funnelFromCounts(funnel, { call: 20, appointment: 25, sale: 5 }));
    expect(counts.rows[1]).toEqual(['appointment', 25, '— (exceeds-denominator)', '— (exceeds-denominator)', null]);
    expect(counts.notes[0]).toMatch(/^warning: "appointment" \(25\) is larger than "call" \(20\)/);
    const s = toTable(schedule(plan, { start: '2026-11-01', end: '2026-11-30' }));
    expect(s.rows).toEqual([
      ['2026-11-01 – 2026-11-30', 21, 1000, 150, 50],
      ['per working day', null, 48, 8, 3],
    ]);
  });
  it('lays out an array of flat objects by their keys', () => {
    expect(toTable([{ rep: 'Ana', calls: 3 }, { rep: 'Bo', deals: 1n }]).rows).toEqual([
      ['Ana', 3, null],
      ['Bo', null, '1'],
    ]);
  });
  it('markdown right-aligns numbers and escapes pipes; html escapes everything', () => {
    const md = toMarkdown([{ 'a|b': 'x|y', n: 1 }]);
    expect(md).toBe('| a\\|b | n |\n| --- | ---: |\n| x\\|y | 1 |');
    const html = toHtml([{ name: '<script>alert("x")</script>' }]);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });
  it('display gives Jupyter three views of the same table', () => {
    const bundle = display(plan)[Symbol.for('Jupyter.display')]!();
    expect(bundle['text/plain']).toBe(toText(plan));
    expect(bundle['text/markdown']).toBe(toMarkdown(plan));
    expect(bundle['text/html']).toBe(toHtml(plan));
  });
  it.each([[null], [42], ['plan'], [{}], [[]], [[1, 2]]])('refuses %j with INVALID_INPUT', (value) => {
    expect(errorOf(() => toTable(value)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => toText(value)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => display(value)).code).toBe('INVALID_INPUT');
  });
});

describe('toSvg', () => {
  it('draws one bar per stage, widths in proportion to the counts, none for a stage of 0', () => {
    const svg = toSvg(funnelFromCounts(funnel, { call: 100, appointment: 50, sale: 0 }), { width: 500 });
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([180, 90]);
    expect(svg).toContain(' width="500"');
  });
  it('keeps right-to-left names apart from the numbers and escapes them', () => {
    const rtl = defineFunnel(['اتصال', 'ملاقات', '<فروش>'] as const);
    const svg = toSvg(funnelFromCounts(rtl, [60, 15, 10]));
    expect(svg).toMatch(/<text x="[\d.]+" y="[\d.]+" direction="rtl" [^>]*>اتصال<\/text>/);
    expect(svg).toContain('&lt;فروش&gt;');
    expect(svg).toMatch(/>60<\/text>/);
  });
  it('draws plans and refuses other values', () => {
    expect(toSvg(plan)).toContain('>15.0% of call</text>');
    expect(errorOf(() => toSvg({ stages: [] })).code).toBe('INVALID_INPUT');
  });
});

describe('apportion bad input', () => {
  it.each([
    [10, [], 'INVALID_INPUT', ['weights']],
    [10, [0, 0], 'INVALID_INPUT', ['weights']],
    [10, [1, -1], 'NEGATIVE', ['weights', 1]],
    [10.5, [1], 'NOT_INTEGER', ['total']],
    [10, 'abc', 'INVALID_INPUT', ['weights']],
  ])('apportion(%j, %j) → %s', (total, weights, code, path) => {
    const e = errorOf(() => apportion(total as never, weights as never));
    expect([e.code, e.path]).toEqual([code, path]);
  });
  it('0 over zero weights is zeros', () => {
    expect(apportion(0, [0, 0])).toEqual([0, 0]);
  });
});

describe('activity reports', () => {
  it('lay out with touches, prospects, inbound and both rates', async () => {
    const { analyzeFunnel } = await import('../../src/index.js');
    const f = defineFunnel(['contact', 'meeting', 'sale'] as const);
    const report = analyzeFunnel(f, [
      { prospect: 1, stage: 'contact', at: '2026-11-02' },
      { prospect: 1, stage: 'contact', at: '2026-11-03' },
      { prospect: 1, stage: 'meeting', at: '2026-11-04' },
      { prospect: 2, stage: 'meeting', at: '2026-11-04', source: 'inbound' },
    ]);
    const t = toTable(report);
    expect(t.columns).toEqual(['stage', 'touches', 'prospects', 'new', 'inbound', 'of previous', 'of first', 'per previous touch', 'per first touch', 'dropped', 'open']);
    expect(t.rows[0]).toEqual(['contact', 2, 1, 1, 0, null, '100.0% of contact', null, '0.500 per contact touch', null, null]);
    // the inbound meeting counts in the figure per touch (2 meetings per 2 contact touches), never in the rate
    expect(t.rows[1]).toEqual(['meeting', 2, 2, 2, 1, '100.0% of contact', '100.0% of contact', '1.000 per contact touch', '1.000 per contact touch', 0, 0]);
  });
});
