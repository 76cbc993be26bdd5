import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineFunnel, funnelFromCounts, outcomeRange, outliers, toSvg, type SvgOptions } from '../../src/index.js';
import { textWidth } from '../../src/render/charts/layout.js';

const options: fc.Arbitrary<SvgOptions> = fc.record(
  {
    width: fc.oneof(fc.integer({ min: -10, max: 5000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
    theme: fc.constantFrom('light', 'dark'),
    scale: fc.constantFrom('linear', 'sqrt', 'log'),
    goal: fc.nat({ max: 2000 }),
    title: fc.string({ unit: 'grapheme', maxLength: 40 }),
  },
  { requiredKeys: [] },
);
const label = fc.string({ unit: fc.constantFrom('a', 'W', 'i', ' ', 'م', 'ف', '<', '&', '"', 'Ж', '中', '😀', '\u0001', '\ud800'), minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const funnels = fc
  .uniqueArray(label, { minLength: 2, maxLength: 8, selector: (s) => s.trim() })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.array(fc.oneof(fc.nat({ max: 100 }), fc.maxSafeNat()), { minLength: ids.length, maxLength: ids.length })));

/** Every number written into an attribute of the SVG. */
const attributeNumbers = (svg: string) => [...svg.matchAll(/ (?:x|y|cx|cy|r|width|height|d|viewBox|font-size)="([^"]*)"/g)].flatMap((m) => m[1]!.match(/-?[\d.]+(e[+-]?\d+)?|NaN|Infinity/g) ?? []);

describe('toSvg on any funnel and options', () => {
  it('is honest and the same every time: every attribute number finite, no NaN, Infinity or undefined in the text: finite(attrs(toSvg(r, o))) ∧ toSvg(r, o) = toSvg(r, o)', () => {
    fc.assert(
      fc.property(funnels, options, ([ids, counts], opts) => {
        const result = funnelFromCounts(defineFunnel(ids), counts);
        const svg = toSvg(result, opts);
        expect(attributeNumbers(svg).every((v) => Number.isFinite(Number(v)))).toBe(true);
        expect(svg).not.toMatch(/NaN|Infinity|undefined/);
        expect(svg.replace(/<text[^>]*>[^<]*<\/text>|<title>[^<]*<\/title>/g, '')).not.toMatch(/[^\x09\x0a\x20-\x7e]/);
        expect(toSvg(JSON.parse(JSON.stringify(result)), opts)).toBe(svg);
      }),
      { numRuns: 150 },
    );
  });
  it('reserves room for every label: the drawing is at least as wide as the widest label plus the margins and the smallest plot, width(svg) ≥ textWidth(label) + 12 + 10 + 160 + 12', () => {
    fc.assert(
      fc.property(funnels, fc.integer({ min: 240, max: 800 }), ([ids, counts], width) => {
        const svg = toSvg(funnelFromCounts(defineFunnel(ids), counts), { width });
        const drawn = Number(/ width="(\d+)"/.exec(svg)![1]);
        const widest = Math.max(...ids.map((id) => textWidth(id.replace(/[\u0000-\u0008\ud800-\udfff]/g, '\ufffd'), 13)));
        expect(drawn).toBeGreaterThanOrEqual(Math.max(width, widest + 12 + 10 + 160 + 12));
      }),
      { numRuns: 100 },
    );
  });
  it('draws the statistics charts honestly for any groups and plan: finite(attrs(toSvg(outliers(g)))) ∧ finite(attrs(toSvg(outcomeRange(p))))', () => {
    const group = fc.nat({ max: 5000 }).chain((trials) => fc.record({ successes: fc.nat({ max: trials }), trials: fc.constant(trials) }));
    fc.assert(
      fc.property(fc.dictionary(label, group, { minKeys: 1, maxKeys: 6 }), fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 1, max: 99 }), options, (groups, activity, pct, opts) => {
        for (const result of [outliers(groups), outcomeRange(defineFunnel(['call', 'sale'] as const), { activity, rates: { sale: `${pct}%` } })]) {
          const svg = toSvg(result, opts);
          expect(attributeNumbers(svg).every((v) => Number.isFinite(Number(v)))).toBe(true);
          expect(svg).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
