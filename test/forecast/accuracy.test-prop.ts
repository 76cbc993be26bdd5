import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastAccuracy } from '../../src/index.js';
import { Ratio } from '../../src/numbers/ratio.js';

const entries = fc.array(fc.record({ forecast: fc.integer({ min: 0, max: 1_000_000 }), actual: fc.integer({ min: 0, max: 1_000_000 }) }), { minLength: 1, maxLength: 12 });
const list = (es: { forecast: number; actual: number }[]) => es.map((e, i) => ({ rep: 'Ana', period: `P${i}`, ...e }));

describe('forecastAccuracy properties', () => {
  it('the sign of the bias is the sign of Σ forecast − Σ actual: over-forecasting is positive, under-forecasting negative', () => {
    fc.assert(
      fc.property(entries, (es) => {
        const r = forecastAccuracy(list(es)).team;
        const net = es.reduce((n, e) => n + e.forecast - e.actual, 0);
        const sold = es.reduce((n, e) => n + e.actual, 0);
        if (sold === 0) expect([r.bias, r.biasReason]).toEqual([null, 'no-actual']);
        else expect(r.bias!.sign()).toBe(Math.sign(net));
      }),
    );
  });

  it('forecasting every period above its actual gives a positive bias, below a negative one', () => {
    fc.assert(
      fc.property(entries, fc.integer({ min: 1, max: 1000 }), (es, gap) => {
        const sold = es.map((e) => ({ forecast: e.actual + 1 + gap, actual: e.actual + 1 }));
        expect(forecastAccuracy(list(sold)).team.bias!.sign()).toBe(1);
        const short = es.map((e) => ({ forecast: e.actual, actual: e.actual + gap }));
        expect(forecastAccuracy(list(short)).team.bias!.sign()).toBe(-1);
      }),
    );
  });

  it('|bias| ≤ WAPE: Σ|error| bounds |Σ error|', () => {
    fc.assert(
      fc.property(entries, (es) => {
        const r = forecastAccuracy(list(es)).team;
        if (r.bias === null) return;
        const size = r.bias.sign() < 0 ? Ratio.of(0).sub(r.bias) : r.bias;
        expect(size.compare(r.value!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
