import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * Node can load the package twice in one process: `import` gives the ESM build, `require` the
 * CommonJS build, and each has its own classes. Values must still pass between the two copies:
 * a Ratio from one is a rate for the other, and `instanceof` holds both ways.
 * Like test/package.test.ts this reads dist/, which `npm test` builds before vitest runs.
 */
type Api = typeof import('../src/index.js');
const require = createRequire(import.meta.url);

async function builds(): Promise<{ esm: Api; bundler: Api; cjs: Api }> {
  const esm = (await import('../dist/node/index.js' as string)) as Api;
  const bundler = (await import('../dist/index.js' as string)) as Api;
  const cjs = require('../dist/index.cjs') as Api;
  return { esm, bundler, cjs };
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('the ESM and the CommonJS build in one process', () => {
  it('are two copies, with two Ratio and two FunnelMathError classes', async () => {
    const { esm, bundler, cjs } = await builds();
    expect(esm.Ratio).not.toBe(cjs.Ratio);
    expect(bundler.Ratio).not.toBe(cjs.Ratio);
    expect(esm.FunnelMathError).not.toBe(cjs.FunnelMathError);
  });

  it('a Ratio from the ESM build is a rate for the CommonJS requiredActivity, with the same exact plan', async () => {
    const { esm, cjs } = await builds();
    const funnel = cjs.defineFunnel(['call', 'appointment', 'sale'] as const);
    const fromStrings = cjs.requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
    for (const rounding of ['each-stage', 'once'] as const) {
      const fromEsm = cjs.requiredActivity(funnel, { goal: 50, rates: { appointment: esm.parseRatio('15%'), sale: esm.Ratio.of(1, 3) }, rounding });
      const expected = rounding === 'each-stage' ? fromStrings : cjs.requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' }, rounding });
      expect(fromEsm.required).toEqual({ call: 1000, appointment: 150, sale: 50 });
      expect(fromEsm.stages.map((s) => [s.stage, s.required, s.exact.toString(), s.rate?.toString() ?? null])).toEqual(
        expected.stages.map((s) => [s.stage, s.required, s.exact.toString(), s.rate?.toString() ?? null]),
      );
      expect(fromEsm.overallRate.toString()).toBe('1/20');
      // what comes back is the CommonJS copy's own Ratio
      expect(Object.getPrototypeOf(fromEsm.stages[1]!.rate)).toBe(cjs.Ratio.prototype);
    }
    // and the other way round, with rates whose parts are beyond 2^53
    const huge = cjs.Ratio.of(10n ** 20n + 1n, 3n * 10n ** 20n);
    const esmFunnel = esm.defineFunnel(['call', 'sale'] as const);
    expect(esm.requiredActivity(esmFunnel, { goal: 7, rates: { sale: huge } }).required).toEqual({ call: 21, sale: 7 });
    expect(esm.requiredActivity(esmFunnel, { goal: 7, rates: [huge] }).stages[1]!.rate!.toString()).toBe('100000000000000000001/300000000000000000000');
  });

  it('Ratio arithmetic and comparison take a Ratio from the other copy', async () => {
    const { esm, bundler, cjs } = await builds();
    for (const [a, b] of [[esm, cjs], [cjs, esm], [bundler, cjs], [cjs, bundler]] as const) {
      const third = a.Ratio.of(1, 3);
      const sixth = b.Ratio.of(1, 6);
      expect(third.add(sixth).toString()).toBe('1/2');
      expect(third.sub(sixth).toString()).toBe('1/6');
      expect(third.mul(sixth).toString()).toBe('1/18');
      expect(third.div(sixth).toString()).toBe('2');
      expect(third.compare(sixth)).toBe(1);
      expect(sixth.compare(third)).toBe(-1);
      expect(third.equals(b.Ratio.of(2, 6))).toBe(true);
      expect(third.equals(sixth)).toBe(false);
      const big = b.Ratio.of(2n ** 70n, 3n);
      expect(third.mul(big).toString()).toBe(`${2n ** 70n}/9`);
      expect(a.Ratio.of(2n ** 70n, 3n).equals(big)).toBe(true);
      // the result is the receiver's copy's Ratio, and parseRatio takes the other copy's as it is
      expect(Object.getPrototypeOf(third.add(sixth))).toBe(a.Ratio.prototype);
      expect(a.parseRatio(sixth).toString()).toBe('1/6');
      expect(Object.getPrototypeOf(a.parseRatio(sixth))).toBe(a.Ratio.prototype);
    }
  });

  it('instanceof Ratio and instanceof FunnelMathError are true both ways, and false for look-alikes', async () => {
    const { esm, cjs } = await builds();
    expect(esm.Ratio.of(1, 2) instanceof cjs.Ratio).toBe(true);
    expect(cjs.Ratio.of(1, 2) instanceof esm.Ratio).toBe(true);
    expect(cjs.parseRatio('15%') instanceof cjs.Ratio).toBe(true);
    const fromCjs = thrown(() => cjs.parseRatio('lots'));
    const fromEsm = thrown(() => esm.parseRatio('lots'));
    expect(fromCjs instanceof esm.FunnelMathError).toBe(true);
    expect(fromEsm instanceof cjs.FunnelMathError).toBe(true);
    expect(fromCjs instanceof cjs.FunnelMathError).toBe(true);
    expect(fromCjs instanceof Error).toBe(true);
    for (const api of [esm, cjs]) {
      expect(({ num: 1n, den: 2n }) instanceof api.Ratio).toBe(false);
      expect((0.5 as unknown) instanceof api.Ratio).toBe(false);
      expect((null as unknown) instanceof api.Ratio).toBe(false);
      expect(new Error('x') instanceof api.FunnelMathError).toBe(false);
      expect(({ code: 'INVALID_NUMBER', path: [], message: 'x' }) instanceof api.FunnelMathError).toBe(false);
    }
  });

  it('a FunnelMathError thrown by the CommonJS build is caught and read by ESM code', async () => {
    const { esm, cjs } = await builds();
    const funnel = cjs.defineFunnel(['call', 'sale'] as const);
    let caught: unknown;
    try {
      cjs.requiredActivity(funnel, { goal: 10, rates: { sale: esm.Ratio.of(0) } });
    } catch (error) {
      caught = error;
    }
    if (!(caught instanceof esm.FunnelMathError)) throw new Error('the CommonJS error was not recognised');
    expect(caught.code).toBe('ZERO_RATE');
    expect(caught.path).toEqual(['rates', 'sale']);
    expect(caught.toJSON().name).toBe('FunnelMathError');
  });

  it('a subclass keeps ordinary instanceof', async () => {
    const { esm } = await builds();
    class Special extends esm.FunnelMathError {}
    const special = new Special('INVALID_INPUT', 'A special error for this test.');
    const plain = thrown(() => esm.parseRatio('lots'));
    expect(special instanceof esm.FunnelMathError).toBe(true);
    expect(special instanceof Special).toBe(true);
    expect(plain instanceof Special).toBe(false);
  });
});
