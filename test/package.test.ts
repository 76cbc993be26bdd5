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
