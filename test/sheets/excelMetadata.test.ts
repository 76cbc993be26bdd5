import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as sheets from '../../src/sheets/index.js';

/**
 * examples/excel/functions.js through custom-functions-metadata, as an add-in build runs it: the
 * functions.json Excel reads must declare every function, its optional parameters as optional,
 * ranges and results as matrices, and the ids and names the add-in's formulas use.
 */
interface Parameter {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface Declared {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { dimensionality?: string; type?: string };
}

const root = join(import.meta.dirname, '..', '..');
const file = join(root, 'examples', 'excel', 'functions.js');
const source = readFileSync(file, 'utf8');
const names = Object.keys(sheets).filter((name) => /^[A-Z_]+$/.test(name)).sort();
let functions: Declared[];

beforeAll(async () => {
  const { generateCustomFunctionsMetadata } = createRequire(import.meta.url)('custom-functions-metadata') as {
    generateCustomFunctionsMetadata(file: string, log?: boolean): Promise<{ metadataJson: string; errors: string[] }>;
  };
  const generated = await generateCustomFunctionsMetadata(file, false);
  expect(generated.errors).toEqual([]);
  functions = JSON.parse(generated.metadataJson).functions;
});

/** The parameters of each function as declared in the file: name, and whether it is in brackets. */
function declaredInSource(): Map<string, { name: string; optional: boolean }[]> {
  const out = new Map<string, { name: string; optional: boolean }[]>();
  for (const [, doc, name] of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function ([A-Z_]+)\(/g)) {
    out.set(name!, [...doc!.matchAll(/@param \{[^}]+\} (\[?)(\w+)\]?/g)].map((m) => ({ name: m[2]!, optional: m[1] === '[' })));
  }
  return out;
}

describe('examples/excel/functions.js → functions.json', () => {
  it('declares every sheet function, with the id of its formula and a name without the FUNNEL_ prefix', () => {
    expect(functions.map((f) => f.id).sort()).toEqual(names);
    for (const f of functions) expect([f.id, f.name]).toEqual([f.id, f.id.replace(/^FUNNEL_/, '')]);
    expect(functions.every((f) => (f.description ?? '').length > 20)).toBe(true);
  });

  it('declares the parameters of each function in order, optional ones optional, with help text', () => {
    const source = declaredInSource();
    for (const f of functions) {
      expect([f.id, f.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))]).toEqual([f.id, source.get(f.id)]);
      for (const p of f.parameters) expect([f.id, p.name, (p.description ?? '').length > 10]).toEqual([f.id, p.name, true]);
    }
    const optional = (id: string) => functions.find((f) => f.id === id)!.parameters.filter((p) => p.optional).map((p) => p.name);
    expect(optional('FUNNEL_REQUIRED')).toEqual(['rounding']);
    expect(optional('FUNNEL_PER_DAY')).toEqual(['holidays']);
    expect(optional('KPI_WIN_RATE')).toEqual(['open', 'denominator']);
    expect(optional('RATE_CI')).toEqual(['level', 'method']);
    expect(optional('KPI_CAC')).toEqual([]);
  });

  it('takes the parameters the Google Sheets example takes, so one formula reads the same in both', () => {
    const gs = readFileSync(join(root, 'examples', 'apps-script', 'Code.gs'), 'utf8');
    for (const f of functions) {
      const inSheets = new RegExp(`^function ${f.id}\\(([^)]*)\\)`, 'm').exec(gs)![1]!.split(',').map((p) => p.trim());
      expect([f.id, f.parameters.map((p) => p.name)]).toEqual([f.id, inSheets]);
    }
  });

  it('declares every result a matrix, and every range a matrix of any (dates are Excel serials, never {Date})', () => {
    for (const f of functions) {
      expect([f.id, f.result.dimensionality]).toEqual([f.id, 'matrix']);
      for (const p of f.parameters) expect([f.id, p.name, p.type]).toEqual([f.id, p.name, p.dimensionality === 'matrix' ? 'any' : p.type]);
    }
    const perDay = functions.find((f) => f.id === 'FUNNEL_PER_DAY')!;
    expect(perDay.parameters.map((p) => [p.name, p.type, p.dimensionality ?? 'scalar'])).toEqual([
      ['total', 'any', 'matrix'],
      ['start', 'any', 'matrix'],
      ['end', 'any', 'matrix'],
      ['holidays', 'any', 'matrix'],
    ]);
    expect(functions.find((f) => f.id === 'FUNNEL_REQUIRED')!.parameters.map((p) => [p.name, p.type, p.dimensionality ?? 'scalar'])).toEqual([
      ['goal', 'any', 'matrix'],
      ['rates', 'any', 'matrix'],
      ['rounding', 'string', 'scalar'],
    ]);
  });
});
