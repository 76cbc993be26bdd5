/**
 * The layer rules of docs/contributing.md as a checker: the table is read from the document (so
 * the document is the one source of truth), the imports are read from the source with the
 * TypeScript parser, and the checker works on a plain graph so a test can feed it a synthetic one.
 */
import { posix } from 'node:path';
import ts from 'typescript';

/** One row of the layer table: a folder (`rates/`) or a top-level file (`errors.ts`). */
export interface LayerRow {
  readonly layer: string;
  /** The layers the row names in its "may import" cell. */
  readonly direct: readonly string[];
}

/** One import of one file: its specifier as written, and the line it is on. */
export interface ImportEdge {
  readonly file: string;
  readonly specifier: string;
  readonly line: number;
  /** The imported file, relative to src/ (`numbers/ratio.ts`); null for a package (zod, decimal.js). */
  readonly target: string | null;
}

const HEADING = '## Layers';

/**
 * Reads the table under "## Layers": the first cell names the layer, the last lists in backticks
 * the layers it may import ("–" for none). Throws when the section or the table is missing, or a
 * row names a layer the table does not define.
 */
export function parseLayerTable(markdown: string): LayerRow[] {
  const start = markdown.indexOf(`\n${HEADING}\n`);
  if (start === -1) throw new Error(`docs/contributing.md has no "${HEADING}" section`);
  const section = markdown.slice(start + HEADING.length + 2).split(/\n## /)[0]!;
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  if (lines.length < 3) throw new Error('the Layers section has no table');
  const header = cells(lines[0]!);
  if (header[0] !== 'layer' || header[header.length - 1] !== 'may import') {
    throw new Error(`the layer table's first column must be "layer" and its last "may import"; got ${header.join(' | ')}`);
  }
  const rows = lines.slice(2).map((line) => {
    const c = cells(line);
    const names = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    const layer = names(c[0]!);
    if (layer.length !== 1) throw new Error(`a layer row must name exactly one folder or file in its first cell: ${line}`);
    return { layer: layer[0]!, direct: names(c[c.length - 1]!) };
  });
  const known = new Set(rows.map((r) => r.layer));
  for (const r of rows) {
    for (const d of r.direct) if (!known.has(d)) throw new Error(`the row for ${r.layer} may import ${d}, which the table does not define`);
  }
  return rows;
}

function cells(line: string): string[] {
  return line.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
}

/** The layer of a file (path relative to src/, posix): its top folder with a slash, or the file itself at the top. */
export function layerOf(file: string): string {
  const i = file.indexOf('/');
  return i === -1 ? file : file.slice(0, i + 1);
}

/**
 * Every import of a source file: static `import … from`, `import type`, side-effect `import '…'`,
 * `export … from`, dynamic `import('…')` and `import('…').Type` in types. Relative specifiers are
 * resolved against the file (`.js` as written in ESM source maps to the `.ts` file).
 */
export function importsOf(file: string, text: string): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: ImportEdge[] = [];
  const add = (node: ts.Node, spec: ts.Expression | undefined) => {
    if (!spec || !ts.isStringLiteralLike(spec)) return;
    const specifier = spec.text;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const target = specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, '.ts') : null;
    out.push({ file, specifier, line, target });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node, node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Each layer with everything it may import: the layers it names and, through them, theirs. */
export function allowedImports(rows: readonly LayerRow[]): Map<string, Set<string>> {
  const direct = new Map(rows.map((r) => [r.layer, r.direct]));
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const seen = new Set<string>();
    const stack = [...r.direct];
    while (stack.length > 0) {
      const l = stack.pop()!;
      if (seen.has(l)) continue;
      seen.add(l);
      stack.push(...(direct.get(l) ?? []));
    }
    out.set(r.layer, seen);
  }
  return out;
}

/** A cycle in a graph given as node → successors, as the list of its nodes (first repeated last); null when there is none. */
export function findCycle(graph: ReadonlyMap<string, Iterable<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const walk = (n: string): string[] | null => {
    state.set(n, 'open');
    path.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') return [...path.slice(path.indexOf(m)), m];
      if (!state.has(m)) {
        const found = walk(m);
        if (found) return found;
      }
    }
    path.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of [...graph.keys()].sort()) {
    if (!state.has(n)) {
      const found = walk(n);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Every breach of the layer table by a set of files and their imports, one sentence each naming
 * the file, the import and the rule: a file in no layer, an import of a layer the table does not
 * allow, an import of a file that does not exist, a table that allows a cycle, and a cycle between
 * folders in the imports themselves.
 */
export function layerViolations(rows: readonly LayerRow[], files: readonly string[], edges: readonly ImportEdge[], table = 'docs/contributing.md'): string[] {
  const out: string[] = [];
  const allowed = allowedImports(rows);
  const tableCycle = findCycle(new Map(rows.map((r) => [r.layer, r.direct])));
  if (tableCycle) out.push(`The layer table in ${table} allows a cycle: ${tableCycle.join(' → ')}.`);
  const existing = new Set(files);
  for (const f of files) {
    if (!allowed.has(layerOf(f))) out.push(`src/${f} is in no layer: add a row for ${layerOf(f)} to the layer table in ${table}.`);
  }
  const folderGraph = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.target === null) continue;
    const from = layerOf(e.file);
    const to = layerOf(e.target);
    const where = `src/${e.file}:${e.line} imports '${e.specifier}'`;
    if (!existing.has(e.target)) {
      out.push(`${where}, which is not a file under src/.`);
      continue;
    }
    if (from === to) continue;
    if (!folderGraph.has(from)) folderGraph.set(from, new Set());
    folderGraph.get(from)!.add(to);
    const may = allowed.get(from);
    if (may && !may.has(to)) {
      const list = [...may].sort();
      out.push(`${where} (${to}), but ${from} may import only ${list.length === 0 ? 'nothing' : list.join(', ')} (layer table, ${table}).`);
    }
  }
  const cycle = findCycle(folderGraph);
  if (cycle) out.push(`The folders import each other in a cycle: ${cycle.join(' → ')}.`);
  return out;
}
