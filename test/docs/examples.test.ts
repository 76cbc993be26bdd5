import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as sheets from '../../src/sheets/index.js';
import { collectExamples } from './examples.js';

const examples = collectExamples();
const dir = join(import.meta.dirname, '..', '.examples');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

describe('every @example in src/ runs and its `// =>` lines hold', () => {
  examples.forEach((ex, i) => {
    it(`${ex.name} (${ex.file}:${ex.line})`, async () => {
      const file = join(dir, `${String(i).padStart(3, '0')}-${ex.name}.ts`);
      writeFileSync(file, ex.code);
      await import(file);
      expect(ex.checks).toBeGreaterThan(0);
    });
  });
});

describe('documentation coverage', () => {
  it('every exported function and class has an @example', () => {
    const documented = new Set(examples.map((e) => e.name));
    const missing = Object.entries({ ...api, ...sheets })
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
