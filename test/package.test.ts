import { describe, expect, it } from 'vitest';

/**
 * The built package, as consumers load it: Node resolves 'funnel-math' to the one-file bundle (the
 * "node" condition), bundlers to the per-module ESM build. Both must export the same API and agree.
 * test/setup/global.ts builds dist/ first when it is missing or older than src/.
 */
describe('the built package', () => {
  it('Node and bundler builds export the same names and compute the same plan', async () => {
    const node = await import('funnel-math');
    const modules = await import('../dist/index.js' as string);
    expect(Object.keys(node).sort()).toEqual(Object.keys(modules).sort());
    for (const api of [node, modules] as (typeof node)[]) {
      const funnel = api.defineFunnel(['call', 'appointment', 'sale'] as const);
      expect(api.requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } }).required).toEqual({ call: 1000, appointment: 150, sale: 50 });
    }
  });
  it('funnel-math/sheets gives the same functions and answers to import and to require', async () => {
    const { createRequire } = await import('node:module');
    const esm = (await import('funnel-math/sheets' as string)) as Record<string, (...args: unknown[]) => unknown>;
    const cjs = createRequire(import.meta.url)('funnel-math/sheets') as typeof esm;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
    expect(Object.keys(esm)).toContain('FUNNEL_REQUIRED');
    for (const api of [esm, cjs]) expect(api['FUNNEL_REQUIRED']!(50, [['15%', '1/3']])).toEqual([[1000], [150], [50]]);
  });
  it('the Node build throws its own FunnelMathError with a stable code', async () => {
    const node = await import('funnel-math');
    let caught: unknown;
    try {
      node.parseRatio('lots');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(node.FunnelMathError);
    expect((caught as { code: string }).code).toBe('INVALID_NUMBER');
  });
});
