// Marks every call and `new` in a module-level initializer `/* @__PURE__ */`, so bundlers can drop
// constants (schemas, catalogs, frozen tables) that an application never uses. The core has no
// module-level side effects by rule (test/purity.test.ts), so every such call is pure.
// Usage: node scripts/mark-pure.mjs [--check]   (--check: exit 1 if any call is unmarked)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const MARK = '/* @__PURE__ */ ';
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--')); // optional folders under src/
const root = new URL('../src/', import.meta.url).pathname;

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'cli') yield* files(p);
    } else if (p.endsWith('.ts')) yield p;
  }
}

let unmarked = 0;
for (const file of files(root)) {
  if (only.length && !only.some((o) => file.slice(root.length).startsWith(o))) continue;
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const inserts = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return; // bodies run later, not at load
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const start = node.getStart(source);
      if (!text.slice(Math.max(0, start - MARK.length - 2), start).includes('@__PURE__')) inserts.push(start);
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (d.initializer) visit(d.initializer);
    }
  }
  if (inserts.length === 0) continue;
  unmarked += inserts.length;
  if (check) {
    console.log(`${file.slice(root.length)}: ${inserts.length} unmarked module-level call(s)`);
    continue;
  }
  let out = text;
  for (const at of inserts.sort((a, b) => b - a)) out = `${out.slice(0, at)}${MARK}${out.slice(at)}`;
  writeFileSync(file, out);
  console.log(`${file.slice(root.length)}: marked ${inserts.length}`);
}
if (check && unmarked > 0) process.exit(1);
