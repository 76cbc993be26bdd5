import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedImports, findCycle, importsOf, layerOf, layerViolations, parseLayerTable, type LayerRow } from './helpers/layers.js';

/**
 * The layer table in docs/contributing.md is the rule; this test holds the tree to it. Every file
 * under src/ belongs to the layer of its top folder, and may import only its own folder and the
 * layers its row allows (transitively). The folders' imports must not form a cycle.
 */
const root = join(import.meta.dirname, '..');
const src = join(root, 'src');
function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (p.endsWith('.ts')) yield relative(src, p).split(sep).join('/');
  }
}
const table = parseLayerTable(readFileSync(join(root, 'docs', 'contributing.md'), 'utf8'));
const sources = [...files(src)].sort();
const edges = sources.flatMap((f) => importsOf(f, readFileSync(join(src, f), 'utf8')));

describe('the layers of docs/contributing.md', () => {
  it('the table is read from the document: every folder of src/ has a row', () => {
    const layers = new Set(table.map((r) => r.layer));
    expect([...new Set(sources.map(layerOf))].filter((l) => !layers.has(l))).toEqual([]);
    expect(table.find((r) => r.layer === 'messages/')!.direct).toEqual([]);
    expect(table.find((r) => r.layer === 'errors.ts')!.direct).toEqual(['messages/']);
    expect(table.find((r) => r.layer === 'rates/')!.direct).toEqual(['funnel/', 'special/', 'kind.ts']);
  });

  it('the imports were read (a checker that sees no import passes everything)', () => {
    expect(edges.filter((e) => e.file === 'rates/funnelFromCounts.ts' && e.target === 'numbers/ratio.ts').length).toBe(1);
    expect(edges.filter((e) => e.target !== null).length).toBeGreaterThan(300);
  });

  it('src/ obeys the table: no import the table does not allow, no cycle between folders', () => {
    expect(layerViolations(table, sources, edges)).toEqual([]);
  });

  it('nothing below the presentation layers imports render/, sheets/ or cli/', () => {
    const allowed = allowedImports(table);
    const importers = (l: string) => [...allowed].filter(([, may]) => may.has(l)).map(([from]) => from).sort();
    expect(importers('render/')).toEqual(['api.ts', 'cli/', 'global.ts', 'index.ts', 'node.ts']);
    expect(importers('sheets/')).toEqual(['global.ts']);
    expect(importers('cli/')).toEqual([]);
  });
});

describe('the layer checker catches what it should', () => {
  const rows: LayerRow[] = [
    { layer: 'errors.ts', direct: [] },
    { layer: 'numbers/', direct: ['errors.ts'] },
    { layer: 'rates/', direct: ['numbers/'] },
    { layer: 'stats/', direct: ['rates/'] },
  ];
  const planted = ['errors.ts', 'numbers/ratio.ts', 'rates/funnelFromCounts.ts', 'rates/readRates.ts', 'stats/wilson.ts'];

  it('a planted import from a higher layer, naming the file, the import and the rule', () => {
    const edges = [
      ...importsOf('rates/funnelFromCounts.ts', "import { Ratio } from '../numbers/ratio.js';\nimport { wilson95 } from '../stats/wilson.js';\n"),
      ...importsOf('stats/wilson.ts', "import { readRates } from '../rates/readRates.js';\nimport { fail } from '../errors.js';\n"),
    ];
    expect(layerViolations(rows, planted, edges, 'the table')).toEqual([
      "src/rates/funnelFromCounts.ts:2 imports '../stats/wilson.js' (stats/), but rates/ may import only errors.ts, numbers/ (layer table, the table).",
      'The folders import each other in a cycle: rates/ → stats/ → rates/.',
    ]);
  });

  it('allowed imports are transitive: stats/ may import errors.ts through rates/ and numbers/', () => {
    const edges = importsOf('stats/wilson.ts', "import { fail } from '../errors.js';\n");
    expect(layerViolations(rows, planted, edges)).toEqual([]);
  });

  it('every form of import counts: type-only, re-export, side effect, dynamic, import types', () => {
    const text = [
      "import type { Ratio } from '../stats/wilson.js';",
      "export { wilson95 } from '../stats/wilson.js';",
      "export * from '../stats/wilson.js';",
      "import '../stats/wilson.js';",
      "const m = await import('../stats/wilson.js');",
      "type W = import('../stats/wilson.js').Wilson;",
      "import * as z from 'zod/mini';",
    ].join('\n');
    const edges = importsOf('numbers/ratio.ts', text);
    expect(edges.map((e) => [e.line, e.specifier, e.target])).toEqual([
      [1, '../stats/wilson.js', 'stats/wilson.ts'],
      [2, '../stats/wilson.js', 'stats/wilson.ts'],
      [3, '../stats/wilson.js', 'stats/wilson.ts'],
      [4, '../stats/wilson.js', 'stats/wilson.ts'],
      [5, '../stats/wilson.js', 'stats/wilson.ts'],
      [6, '../stats/wilson.js', 'stats/wilson.ts'],
      [7, 'zod/mini', null],
    ]);
    expect(layerViolations(rows, planted, edges).length).toBe(6);
  });

  it('a file in no layer, and an import of a file that does not exist', () => {
    const edges = importsOf('rates/readRates.ts', "import { x } from '../numbers/gone.js';\n");
    expect(layerViolations(rows, [...planted, 'extra/thing.ts'], edges, 'the table')).toEqual([
      'src/extra/thing.ts is in no layer: add a row for extra/ to the layer table in the table.',
      "src/rates/readRates.ts:1 imports '../numbers/gone.js', which is not a file under src/.",
    ]);
  });

  it('a table that allows a cycle', () => {
    const cyclic: LayerRow[] = [
      { layer: 'rates/', direct: ['stats/'] },
      { layer: 'stats/', direct: ['rates/'] },
    ];
    expect(layerViolations(cyclic, [], [], 'the table')).toEqual(['The layer table in the table allows a cycle: rates/ → stats/ → rates/.']);
  });

  it('findCycle finds a cycle and says none when there is none', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toBe(null);
  });

  it('the table parser reads rows, and refuses a row naming a layer it does not define', () => {
    const doc = '# X\n\n## Layers\ntext\n\n| layer | what | may import |\n|---|---|---|\n| `a/` | A | – |\n| `b/` | B | `a/`, `c/` |\n\n## Next\n';
    expect(() => parseLayerTable(doc)).toThrow('the row for b/ may import c/, which the table does not define');
    expect(parseLayerTable(doc.replace(', `c/`', ''))).toEqual([
      { layer: 'a/', direct: [] },
      { layer: 'b/', direct: ['a/'] },
    ]);
    expect(() => parseLayerTable('# X\n')).toThrow('docs/contributing.md has no "## Layers" section');
  });
});
