import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as sheets from '../../src/sheets/index.js';

/** The Apps Script example, run as Apps Script runs it: the bundle file, then Code.gs, in one global scope without eval. */
describe('examples/apps-script', () => {
  const root = join(import.meta.dirname, '..', '..');
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(readFileSync(join(root, 'dist', 'funnel-math.global.js'), 'utf8'), context);
  vm.runInContext(readFileSync(join(root, 'examples', 'apps-script', 'Code.gs'), 'utf8'), context);

  it('wraps every sheet function, and each answers like the library', () => {
    const declared = [...readFileSync(join(root, 'examples', 'apps-script', 'Code.gs'), 'utf8').matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(declared.sort()).toEqual(Object.keys(sheets).sort());
    expect(vm.runInContext(`JSON.stringify(FUNNEL_REQUIRED(50, [[0.15], ['1/3']]))`, context)).toBe('[[1000],[150],[50]]');
    expect(vm.runInContext(`FUNNEL_PER_DAY(1000, new Date(2026, 10, 1), new Date(2026, 10, 30))`, context)).toBe(48);
  });
});
