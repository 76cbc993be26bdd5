import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, pack, root, type Packed } from './consumers/pack.js';

/**
 * What `npm publish` would upload, from the tarball `npm pack` writes: exactly what a consumer
 * needs (the build, README, LICENSE, package.json), every target the manifest names, and nothing
 * that points outside the package. test/setup/global.ts builds dist/ first when it is stale.
 */
interface Manifest {
  main: string;
  module: string;
  types: string;
  unpkg: string;
  jsdelivr: string;
  bin: Record<string, string>;
  exports: unknown;
  files: string[];
  dependencies: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
let out = '';
let packed: Packed;
let shipped: Set<string>;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'funnel-math-pack-'));
  packed = pack(out);
  shipped = new Set(packed.files.map((f) => f.path));
}, 120_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Every string target in an exports map, with the conditions that lead to it. */
function targets(value: unknown, at: string[] = []): { path: string; via: string }[] {
  if (typeof value === 'string') return [{ path: value, via: at.join(' → ') }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => targets(inner, [...at, key]));
}
const inPackage = (target: string): string => posix.normalize(target.replace(/^\.\//, ''));

describe('the published tarball', () => {
  it('holds the build, README, LICENSE and package.json, and nothing else', () => {
    const outside = [...shipped].filter((p) => !['package.json', 'README.md', 'LICENSE'].includes(p) && !/^dist\/.+\.(js|cjs|d\.ts|d\.cts)$/.test(p));
    expect(outside).toEqual([]);
    expect([...shipped].filter((p) => /(^|\/)(src|test|tests|fixtures|docs|examples|bench|scripts|coverage)\//.test(p) || /\.map$|\.tsbuildinfo$|\.tgz$/.test(p))).toEqual([]);
  });

  it('holds the whole build: every file in dist/ is in it', () => {
    const built = filesUnder(join(root, 'dist')).map((p) => `dist/${p}`);
    expect([...shipped].filter((p) => p.startsWith('dist/')).sort()).toEqual(built.sort());
  });

  it('every target the manifest names is in it: exports, main, module, types, bin, unpkg, jsdelivr', () => {
    const named = [
      ...targets(manifest.exports).map((t) => ({ path: t.path, via: `exports ${t.via}` })),
      ...(['main', 'module', 'types', 'unpkg', 'jsdelivr'] as const).map((field) => ({ path: manifest[field], via: field })),
      ...Object.entries(manifest.bin).map(([name, path]) => ({ path, via: `bin ${name}` })),
    ];
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((t) => !shipped.has(inPackage(t.path)))).toEqual([]);
  });

  it('every export has JavaScript and declarations for both import and require', () => {
    const exports = manifest.exports as Record<string, unknown>;
    for (const subpath of ['.', './sheets']) {
      const found = targets(exports[subpath]);
      const has = (condition: string, leaf: string, file: RegExp): boolean => found.some((t) => t.via.split(' → ').includes(condition) && t.via.endsWith(leaf) && file.test(t.path));
      expect(has('import', 'default', /\.js$/), `${subpath}: import`).toBe(true);
      expect(has('import', 'types', /\.d\.ts$/), `${subpath}: import types`).toBe(true);
      expect(has('require', 'default', /\.cjs$/), `${subpath}: require`).toBe(true);
      expect(has('require', 'types', /\.d\.cts$/), `${subpath}: require types`).toBe(true);
    }
  });

  it('the command line starts with its shebang and runs as an ES module', () => {
    const cli = inPackage(manifest.bin['funnel-math']!);
    expect(readFileSync(join(root, cli), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(cli.endsWith('.js')).toBe(true); // with "type": "module", an ES module
  });

  it('every import in the shipped JavaScript resolves inside the package, to a dependency, or to Node', () => {
    const allowed = new Set([...Object.keys(manifest.dependencies), ...builtinModules]);
    const unresolved: string[] = [];
    let read = 0;
    for (const path of shipped) {
      if (!/\.(js|cjs)$/.test(path)) continue;
      const code = readFileSync(join(root, path), 'utf8');
      const specifiers = [
        ...code.matchAll(/^(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/gm),
        ...code.matchAll(/^import\s*["']([^"']+)["']/gm),
        ...code.matchAll(/\brequire\(["']([^"']+)["']\)/g),
      ].map((m) => m[1]!);
      for (const specifier of specifiers) {
        read += 1;
        if (specifier.startsWith('.')) {
          if (!shipped.has(posix.join(posix.dirname(path), specifier))) unresolved.push(`${path}: ${specifier}`);
        } else {
          const name = specifier.replace(/^node:/, '').split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
          if (!allowed.has(name)) unresolved.push(`${path}: ${specifier}`);
        }
      }
    }
    expect(read).toBeGreaterThan(300);
    expect(unresolved).toEqual([]);
  });

  it('no file points at a source map, or at sources, that the package does not have', () => {
    const dangling: string[] = [];
    for (const path of shipped) {
      if (!/\.(js|cjs)$/.test(path)) continue;
      for (const [, url] of readFileSync(join(root, path), 'utf8').matchAll(/^\/\/# sourceMappingURL=(\S+)/gm)) {
        if (url!.startsWith('data:')) continue;
        const map = posix.join(posix.dirname(path), url!);
        if (!shipped.has(map)) {
          dangling.push(`${path} → ${map}`);
          continue;
        }
        const { sources = [] } = JSON.parse(readFileSync(join(root, map), 'utf8')) as { sources?: string[] };
        for (const source of sources) if (!shipped.has(posix.join(posix.dirname(map), source))) dangling.push(`${map} → ${source}`);
      }
    }
    expect(dangling).toEqual([]);
  });
});
