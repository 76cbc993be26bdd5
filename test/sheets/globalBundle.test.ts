import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The single-file bundle for Apps Script, loaded the way such sandboxes load it: a bare V8 context
 * with no require, no process, and string code generation (eval, new Function) disabled — the same
 * shape as BigQuery and Snowflake JavaScript UDFs. test/setup/global.ts builds dist/ first when it is
 * missing or older than src/.
 */
type Sheets = Record<string, (...args: unknown[]) => unknown>;
let FunnelMath: { sheets: Sheets; requiredActivity: Function; defineFunnel: Function };
let context: vm.Context;

beforeAll(() => {
  const code = readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'funnel-math.global.js'), 'utf8');
  context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(code, context, { filename: 'funnel-math.global.js' });
  FunnelMath = vm.runInContext('FunnelMath', context);
});

describe('dist/funnel-math.global.js in a sandbox without eval', () => {
  it('defines the FunnelMath global and nothing Node-specific is needed', () => {
    expect(typeof FunnelMath.requiredActivity).toBe('function');
    expect(vm.runInContext('typeof require + typeof process + typeof module', context)).toBe('undefinedundefinedundefined');
    expect(() => vm.runInContext('eval("1")', context)).toThrow();
  });

  it('carries English only; the translations are the second file, which works with the first', () => {
    expect(vm.runInContext("'errorMessagesRu' in FunnelMath || 'goalMessagesAr' in FunnelMath", context)).toBe(false);
    const locales = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'funnel-math.global.js'), 'utf8'), locales);
    vm.runInContext(readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'funnel-math.locales.global.js'), 'utf8'), locales);
    expect(vm.runInContext('Object.keys(FunnelMathLocales).sort().join()', locales)).toBe(
      'errorMessagesAr,errorMessagesFa,errorMessagesRo,errorMessagesRu,goalMessagesAr,goalMessagesFa,goalMessagesRo,goalMessagesRu',
    );
    const shown = vm.runInContext(
      `(() => { try { FunnelMath.requiredActivity(FunnelMath.defineFunnel(['call', 'sale']), { goal: 50, rates: { sale: '5%' }, rounding: 'sometimes' }); } catch (e) { return [e.code, FunnelMath.errorMessage(e, FunnelMathLocales.errorMessagesRu) !== e.message, /[а-я]/.test(FunnelMath.errorMessage(e, FunnelMathLocales.errorMessagesRu))]; } })()`,
      locales,
    );
    expect(JSON.parse(JSON.stringify(shown))).toEqual(['INVALID_CHOICE', true, true]);
  });

  it('plans exactly inside the sandbox', () => {
    const result = vm.runInContext(
      `JSON.stringify(FunnelMath.requiredActivity(FunnelMath.defineFunnel(['call', 'appointment', 'sale']), { goal: 50, rates: { appointment: '15%', sale: '1/3' } }).required)`,
      context,
    );
    expect(JSON.parse(result)).toEqual({ call: 1000, appointment: 150, sale: 50 });
  });

  it('every sheet function answers with a value or a #FUNNEL! string, never a throw', () => {
    const s = FunnelMath.sheets;
    // arrays made inside the sandbox, as Apps Script passes them
    const range = (rows: unknown[][]) => vm.runInContext(JSON.stringify(rows), context);
    expect(JSON.parse(JSON.stringify(s['FUNNEL_REQUIRED']!(50, range([[0.15], ['1/3']]))))).toEqual([[1000], [150], [50]]);
    expect(JSON.parse(JSON.stringify(s['FUNNEL_RATES']!(range([[100], [25], [5]]))))).toEqual([
      [100, '', 1],
      [25, 0.25, 0.25],
      [5, 0.2, 0.05],
    ]);
    expect(s['FUNNEL_PER_DAY']!(1000, '2026-11-01', '2026-11-30')).toBe(48);
    for (const [name, fn] of Object.entries(s).filter(([name]) => /^[A-Z_]+$/.test(name))) {
      for (const args of [[], [null], ['x', 'y', 'z'], [range([[1, 2], [3]]), -1, {}]]) {
        const out = fn(...args);
        const ok = typeof out === 'number' || Array.isArray(out) || (typeof out === 'string' && out.startsWith('#FUNNEL! '));
        expect(ok, `${name}(${JSON.stringify(args)}) → ${String(out)}`).toBe(true);
      }
    }
  });
});
