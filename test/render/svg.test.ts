import { describe, expect, it } from 'vitest';
import { analyzeFunnel, defineFunnel, funnelFromCounts, outcomeRange, outliers, requiredActivity, schedule, toSvg } from '../../src/index.js';
import { textWidth } from '../../src/render/charts/layout.js';
import { errorOf } from '../helpers/honest.js';

const three = defineFunnel(['call', 'meeting', 'sale'] as const);
const counts = funnelFromCounts(three, { call: 100, meeting: 25, sale: 4 });

/** The text elements of an SVG: position, anchor, direction and content (unescaped). */
function texts(svg: string) {
  return [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"( text-anchor="(\w+)")?( direction="rtl")?( font-size="(\d+)")?[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    size: Number(m[7] ?? 13),
    anchor: m[4] ?? 'start',
    rtl: m[5] !== undefined,
    text: m[8]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  }));
}
const svgWidth = (svg: string) => Number(/^<svg [^>]*width="(\d+)"/.exec(svg)![1]);
const bars = (svg: string) => [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));

describe('toSvg labels', () => {
  it('gives a long stage name the room it needs: the label column is as wide as the widest label', () => {
    const long = defineFunnel(['Cold outbound call to a decision maker', 'Qualified discovery meeting', 'Signed contract'] as const);
    const svg = toSvg(funnelFromCounts(long, [1200, 240, 31]));
    const label = texts(svg).find((t) => t.text === 'Cold outbound call to a decision maker')!;
    expect(label.anchor).toBe('end');
    expect(label.x - textWidth(label.text, 13)).toBeGreaterThanOrEqual(12);
    // the widest bar starts right of every label
    expect(Math.min(...bars(svg).map((b) => b.x))).toBeGreaterThanOrEqual(label.x);
  });
  it('writes right-to-left labels with direction="rtl", anchored at the same right edge', () => {
    const svg = toSvg(funnelFromCounts(defineFunnel(['تماس تلفنی با مشتری', 'جلسهٔ حضوری', '<فروش>'] as const), [480, 96, 12]));
    const persian = texts(svg).filter((t) => t.rtl);
    expect(persian.map((t) => [t.text, t.anchor])).toEqual([
      ['تماس تلفنی با مشتری', 'start'],
      ['جلسهٔ حضوری', 'start'],
      ['<فروش>', 'start'],
    ]);
    expect(new Set(persian.map((t) => t.x)).size).toBe(1);
    expect(svg).toContain('&lt;فروش&gt;');
  });
  it('widens the drawing rather than cut a label, at the narrowest width', () => {
    const svg = toSvg(funnelFromCounts(defineFunnel(['Qualified discovery meeting with review', 'sale'] as const), [10, 1]), { width: 240 });
    expect(svgWidth(svg)).toBeGreaterThan(240);
    for (const t of texts(svg)) {
      const w = textWidth(t.text, t.size);
      const [left, right] = t.anchor === 'end' !== t.rtl ? [t.x - w, t.x] : t.anchor === 'middle' ? [t.x - w / 2, t.x + w / 2] : [t.x, t.x + w];
      expect([t.text, left >= 0, right <= svgWidth(svg)]).toEqual([t.text, true, true]);
    }
  });
  it('shows a character XML cannot hold as U+FFFD, and is the same string every time', () => {
    const svg = toSvg(funnelFromCounts(defineFunnel(['a\u0001b', 'c'] as const), [2, 1]));
    expect(svg).toContain('>a\ufffdb</text>');
    expect(toSvg(counts, { scale: 'log', theme: 'dark' })).toBe(toSvg(counts, { scale: 'log', theme: 'dark' }));
  });
});

describe('toSvg look', () => {
  it('fills the drawing with a background and gives every text a colour (light by default)', () => {
    const svg = toSvg(counts);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff" style="fill:var(--funnel-math-bg,#ffffff)"/>');
    expect(svg.match(/<text [^>]*>/g)!.every((t) => / fill="#[0-9a-f]{6}" style="fill:var\(--funnel-math-\w+,#[0-9a-f]{6}\)"/.test(t))).toBe(true);
    expect(svg).toContain('fill="#1b1f24"');
  });
  it('draws light text on a dark background with theme: dark', () => {
    const svg = toSvg(counts, { theme: 'dark' });
    expect(svg).toContain('<rect width="100%" height="100%" fill="#111418"');
    expect(svg).toContain('fill="#e6edf3"');
    expect(svg).not.toContain('fill="#1b1f24"');
  });
  it.each([
    ['linear', [100, 25, 4], 'Bar length: count'],
    ['sqrt', [10, 5, 2], 'Bar length: square root of count'],
    ['log', [Math.log10(101), Math.log10(26), Math.log10(5)], 'Bar length: logarithm of count (log10 of 1 + count)'],
  ] as const)('scale %s: bar lengths in proportion to the scaled counts, and the chart says so', (scale, scaled, statement) => {
    const svg = toSvg(counts, { scale });
    const widths = bars(svg).map((b) => b.width);
    expect(widths.map((w) => Math.round((100 * w) / widths[0]!))).toEqual(scaled.map((s) => Math.round((100 * s) / scaled[0])));
    expect(svg).toContain(`>${statement}</text>`);
  });
  it('draws no bar for a stage of 0 (not a sliver)', () => {
    const svg = toSvg(funnelFromCounts(three, { call: 100, meeting: 50, sale: 0 }), { width: 500 });
    const widths = bars(svg).map((b) => b.width);
    expect(widths.length).toBe(2);
    expect(widths[1]! / widths[0]!).toBe(0.5);
    expect(svgWidth(svg)).toBe(500);
  });
});

describe('toSvg funnel notes', () => {
  it('names the denominator of every rate, for counted rates and for plans', () => {
    expect(texts(toSvg(counts)).map((t) => t.text)).toEqual(expect.arrayContaining(['25.0% of call', '16.0% of meeting']));
    const plan = requiredActivity(three, { goal: 50, rates: { meeting: '15%', sale: '1/3' } });
    expect(texts(toSvg(plan)).map((t) => t.text)).toEqual(expect.arrayContaining(['15.0% of call', '33.3% of meeting']));
  });
  it('marks an inverted step with a warning mark and words', () => {
    const svg = toSvg(funnelFromCounts(three, { call: 40, meeting: 55, sale: 5 }));
    const words = texts(svg).map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['inverted: more than call', 'no rate of call']));
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+h12l-6-11z" fill="#a64d00"/);
    expect(toSvg(counts)).not.toContain('inverted');
  });
});

describe('toSvg charts of other results', () => {
  const plan = requiredActivity(three, { goal: 50, rates: { meeting: '15%', sale: '1/3' } });
  it('schedule: a row per period, a bar per stage with its target, stages in the legend', () => {
    const words = texts(toSvg(schedule(plan, { start: '2026-11-01', end: '2026-11-30' }))).map((t) => t.text);
    expect(words).toEqual(['Targets per month', 'call: 1,000 in all', 'meeting: 150 in all', 'sale: 50 in all', '2026-11-01 to 2026-11-30', '1,000', '150', '50', 'Bar length: target']);
  });
  it('outliers: each rep against its control limits, the pooled rate as a line', () => {
    const plot = outliers({ ana: { successes: 10, trials: 15 }, ben: { successes: 30, trials: 200 }, eva: { successes: 45, trials: 190 }, new: { successes: 0, trials: 0 } });
    const words = texts(toSvg(plot)).map((t) => t.text);
    expect(words.slice(0, 3)).toEqual(['Rates against control limits', '99.8% control limits', '95.0% control limits']);
    expect(words).toContain('pooled rate 21.0%');
    expect(words).toEqual(
      expect.arrayContaining(['66.7%', '10 of 15 trials, above the 99.8% limits', '30 of 200 trials, below the 95.0% limits', '45 of 190 trials, within the limits', 'no rate', '0 of 0 trials, too few to tell', 'Position: rate']),
    );
  });
  it('outcome range: three percentiles, the average and the goal with its chance', () => {
    const range = outcomeRange(defineFunnel(['call', 'sale'] as const), { activity: 1000, rates: { sale: '5%' } });
    const words = texts(toSvg(range, { goal: 55 })).map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Outcomes of 1,000 attempts', '41 or fewer', '50 or fewer', '59 or fewer', 'average 50', 'goal 55', 'Goal 55: reached in more than 1 and at most 5 in 10 periods.']));
    expect(texts(toSvg(range, { goal: 41 })).map((t) => t.text)).toContain('Goal 41: reached in more than 9 in 10 periods.');
    expect(texts(toSvg(range, { goal: 60 })).map((t) => t.text)).toContain('Goal 60: reached in at most 1 in 10 periods.');
    expect(texts(toSvg(range)).some((t) => t.text.startsWith('goal'))).toBe(false);
  });
  it('time to convert: the histogram of an activity report, first stage to the last or to `stage`', () => {
    const report = analyzeFunnel(three, [
      { prospect: 'p1', stage: 'call', at: '2026-11-02T09:00:00Z' },
      { prospect: 'p1', stage: 'meeting', at: '2026-11-02T09:30:00Z' },
      { prospect: 'p1', stage: 'sale', at: '2026-11-12T09:00:00Z' },
      { prospect: 'p2', stage: 'call', at: '2026-11-03T09:00:00Z' },
      { prospect: 'p2', stage: 'meeting', at: '2026-11-05T12:00:00Z' },
    ]);
    const sale = texts(toSvg(report, { chart: 'time-to-convert' })).map((t) => t.text);
    expect(sale).toEqual(expect.arrayContaining(['Time from call to sale', '7 to 14 days', '1 (100.0%)', '1 reached sale: median 10.0 days, 90th percentile 10.0 days (nearest-rank).']));
    const meeting = texts(toSvg(report, { chart: 'time-to-convert', stage: 'meeting' })).map((t) => t.text);
    expect(meeting).toEqual(expect.arrayContaining(['Time from call to meeting', '2 reached meeting: median 30 minutes, 90th percentile 2.1 days (nearest-rank).']));
    const none = analyzeFunnel(three, [{ prospect: 'p1', stage: 'call', at: '2026-11-02T09:00:00Z' }]);
    expect(texts(toSvg(none, { chart: 'time-to-convert' })).map((t) => t.text)).toContain('No one reached sale from call: there are no times to show.');
    expect(toSvg(report)).toContain('>Funnel from activity</text>');
  });
});

describe('toSvg on malformed results', () => {
  it('names the field of a result that is not one it draws', () => {
    const plot = JSON.parse(JSON.stringify(outliers({ a: { successes: 1, trials: 3 } })));
    plot.groups[0].status = 'fine';
    const status = errorOf(() => toSvg(plot));
    expect([status.code, status.path, status.message]).toEqual([
      'INVALID_CHOICE',
      ['result', 'groups', 0, 'status'],
      'The field "status" of the result should be one of "above", "below", "within", "insufficient-data"; got "fine".',
    ]);
    const sched = JSON.parse(JSON.stringify(schedule(requiredActivity(three, { goal: 5, rates: { meeting: '50%', sale: '10%' } }), { start: '2026-11-01', end: '2026-11-30' })));
    sched.periods[0].targets.call = 1.5;
    const target = errorOf(() => toSvg(sched));
    expect([target.code, target.path, target.message]).toEqual(['INVALID_INPUT', ['result', 'periods', 0, 'targets', 'call'], 'The target for "call" in period 1 should be a whole number such as 50; got 1.5.']);
    sched.periods[0].targets = 5;
    expect(errorOf(() => toSvg(sched)).message).toBe('The targets of period 1 should be whole numbers keyed by stage, such as { call: 48, sale: 3 }; got 5.');
    const range = JSON.parse(JSON.stringify(outcomeRange(defineFunnel(['call', 'sale'] as const), { activity: 100, rates: { sale: '5%' } })));
    range.expected = '900';
    expect(errorOf(() => toSvg(range)).path).toEqual(['result', 'expected']);
  });
});

describe('toSvg options', () => {
  it('refuses a misspelt option, a theme or scale it does not draw, and a stage the report does not have', () => {
    expect([errorOf(() => toSvg(counts, { scales: 'log' } as never)).code, errorOf(() => toSvg(counts, { scales: 'log' } as never)).message]).toEqual([
      'UNKNOWN_OPTION',
      'The key "scales" is not one that is taken here (it takes "width", "title", "theme", "scale", "chart", "stage", "goal"). Did you mean "scale"?',
    ]);
    const theme = errorOf(() => toSvg(counts, { theme: 'blue' as never }));
    expect([theme.code, theme.path, theme.message]).toEqual(['INVALID_CHOICE', ['options', 'theme'], 'The option "theme" should be one of "light", "dark"; got "blue".']);
    const report = analyzeFunnel(three, [{ prospect: 'p1', stage: 'call', at: '2026-11-02' }]);
    const stage = errorOf(() => toSvg(report, { chart: 'time-to-convert', stage: 'call' }));
    expect([stage.code, stage.path, stage.message]).toEqual(['INVALID_CHOICE', ['options', 'stage'], 'The option "stage" should be one of "meeting", "sale"; got "call".']);
    expect(errorOf(() => toSvg(counts, { goal: 1.5 })).code).toBe('NOT_INTEGER');
  });
  it('refuses a kind it has no chart for, naming the kinds it draws', () => {
    const e = errorOf(() => toSvg({ kind: 'table', title: '', columns: [], rows: [], notes: [] }));
    expect([e.code, e.path, e.message]).toEqual([
      'INVALID_INPUT',
      ['result', 'kind'],
      'The kind of the result should be a kind a chart draws: counted rates, an activity report, a plan, a schedule, rates against control limits or an outcome range; got "table".',
    ]);
  });
});
