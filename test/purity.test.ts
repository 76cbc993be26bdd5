import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The core must run in browsers, Deno, Apps Script and sandboxed V8: no Node API, no code
 * generation, no clock or randomness of its own, no module-level mutable state. Only src/cli/ may
 * touch Node. (The compiler enforces the Node part too: tsconfig.json has no Node types.)
 */
const root = join(import.meta.dirname, '..');
function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (p.endsWith('.ts')) yield p;
  }
}
const core = [...files(join(root, 'src'))].filter((f) => !relative(root, f).startsWith(join('src', 'cli')));
const forbidden: [RegExp, string][] = [
  [/from ['"]node:|require\(/, 'a Node API'],
  [/\beval\s*\(|new Function\s*\(/, 'code generation'],
  [/\bprocess\.|\bBuffer\b|__dirname/, 'a Node global'],
  [/Date\.now\(|new Date\(\)|Math\.random\(/, 'a clock or randomness of its own (take asOf / seed parameters)'],
  [/^(export )?(let|var) /m, 'module-level mutable state'],
];

describe('the core is pure', () => {
  it.each(core.map((f) => [relative(root, f), f]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''); // code, not comments
    const found = forbidden.filter(([re]) => re.test(text)).map(([, what]) => what);
    expect(found).toEqual([]);
  });
});
