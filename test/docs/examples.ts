import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One `@example` block of a TSDoc comment in src/, turned into runnable code. */
export interface Example {
  readonly file: string;
  readonly name: string;
  readonly line: number;
  readonly code: string;
  readonly checks: number;
}

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

const DECL = /export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|class|const|let|interface|type)\s+([A-Za-z_$][\w$]*)/;

/**
 * Finds every `@example` in src/. A line `expr; // => value` becomes an assertion that `expr`
 * equals `value` (compared as JSON); imports from 'funnel-math' point at src/index.ts.
 */
export function collectExamples(): Example[] {
  const out: Example[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const comment = /\/\*\*([\s\S]*?)\*\//g;
    let m: RegExpExecArray | null;
    while ((m = comment.exec(text))) {
      const body = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 400);
      const name = DECL.exec(after)?.[1] ?? '(anonymous)';
      const startLine = text.slice(0, m.index).split('\n').length;
      for (let i = 0; i < body.length; i++) {
        if (!body[i]!.startsWith('@example')) continue;
        const lines: string[] = [];
        let j = i + 1;
        for (; j < body.length && !/^@\w/.test(body[j]!); j++) lines.push(body[j]!);
        out.push(toExample(relative(ROOT, file), name, startLine + i + 1, lines));
        i = j - 1;
      }
    }
  }
  return out;
}

function toExample(file: string, name: string, line: number, lines: string[]): Example {
  let checks = 0;
  const code = lines
    .map((l, k) => {
      if (/from 'funnel-math'/.test(l)) return l.replace("'funnel-math'", "'../../src/index.js'");
      if (/from 'funnel-math\/sheets'/.test(l)) return l.replace("'funnel-math/sheets'", "'../../src/sheets/index.js'");
      const arrow = l.indexOf('// =>');
      if (arrow === -1) return l;
      checks++;
      const expr = l.slice(0, arrow).trim().replace(/;$/, '');
      const expected = l.slice(arrow + 5).trim();
      return `__check(${expr}, ${expected}, ${JSON.stringify(`${file}:${line + k + 1}`)});`;
    })
    .join('\n');
  return { file, name, line, code: `import { check as __check } from '../docs/exampleCheck.js';\n${code}\n`, checks };
}
