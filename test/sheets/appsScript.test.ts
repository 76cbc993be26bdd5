import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as sheets from '../../src/sheets/index.js';
import { midnightIn } from './zones.js';

const root = join(import.meta.dirname, '..', '..');
const code = readFileSync(join(root, 'examples', 'apps-script', 'Code.gs'), 'utf8');

/**
 * The Apps Script example, run as Apps Script runs it: the bundle file, then Code.gs, in one global
 * scope without eval, with the one Apps Script service it calls (the spreadsheet's time zone).
 */
function spreadsheet(timeZone: string): vm.Context {
  const SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => timeZone }) };
  const context = vm.createContext({ SpreadsheetApp }, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(readFileSync(join(root, 'dist', 'funnel-math.global.js'), 'utf8'), context);
  vm.runInContext(code, context);
  return context;
}

describe('examples/apps-script', () => {
  it('wraps every sheet function, and each answers like the library', () => {
    const context = spreadsheet('Etc/UTC');
    const declared = [...code.matchAll(/^function ([A-Z_]+)\(/gm)].map((m) => m[1]);
    expect(declared.sort()).toEqual(Object.keys(sheets).filter((name) => /^[A-Z_]+$/.test(name)).sort());
    expect(vm.runInContext(`JSON.stringify(FUNNEL_REQUIRED(50, [[0.15], ['1/3']]))`, context)).toBe('[[1000],[150],[50]]');
    expect(vm.runInContext(`JSON.stringify(RATE_CI([[10], [0]], [[15], [20]]))`, context)).toBe('[[0.41713547738519774,0.8482367556028526],[0,0.1611251580528193]]');
  });

  it.each(['Asia/Tokyo', 'America/Los_Angeles', 'Etc/UTC'])('reads date cells of a spreadsheet in %s as the days they show (48 a day, not 50)', (zone) => {
    const context = spreadsheet(zone);
    // Dates made inside the script's realm, at midnight of each day in the spreadsheet's zone
    const day = (d: number) => `new Date(${midnightIn(zone, 2026, 11, d).getTime()})`;
    expect(vm.runInContext(`FUNNEL_PER_DAY(1000, ${day(1)}, ${day(30)})`, context)).toBe(48);
    expect(vm.runInContext(`FUNNEL_PER_DAY(1000, ${day(1)}, ${day(30)}, [[${day(26)}], [${day(27)}]])`, context)).toBe(53);
  });

  it('gives every parameter of every function help text, and marks each function @customfunction', () => {
    const blocks = [...code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function ([A-Z_]+)\(([^)]*)\)/g)];
    expect(blocks.map((b) => b[2]).sort()).toEqual(Object.keys(sheets).filter((name) => /^[A-Z_]+$/.test(name)).sort());
    for (const [, doc, name, params] of blocks) {
      const documented = [...doc!.matchAll(/@param \{[^}]+\} (\w+) (\S.*)/g)].map((m) => [m[1], m[2]!.length > 10]);
      expect([name, documented]).toEqual([name, params!.split(',').map((p) => [p.trim(), true])]);
      expect([name, /@customfunction/.test(doc!), /@return \S/.test(doc!)]).toEqual([name, true, true]);
    }
  });

  it('the manifest runs on V8 and its time zone is not the one dates are read in', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'examples', 'apps-script', 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(code).toContain('getSpreadsheetTimeZone()');
  });
});
