// Runs script files, then expressions, in a fresh V8 isolate (isolated-vm): no Node globals, as Apps
// Script and the Office custom-functions runtime run code. Started as a child process by
// isolate.test.ts because isolated-vm on Node 20 needs the --no-node-snapshot flag.
// Usage: node --no-node-snapshot isolate.mjs file... < expressions.json; prints the results as JSON.
import { readFileSync } from 'node:fs';
import ivm from 'isolated-vm';

const expressions = JSON.parse(readFileSync(0, 'utf8'));
const isolate = new ivm.Isolate({ memoryLimit: 256 });
try {
  const context = await isolate.createContext();
  for (const file of process.argv.slice(2)) {
    const script = await isolate.compileScript(readFileSync(file, 'utf8'), { filename: file });
    await script.run(context);
  }
  const results = [];
  for (const expression of expressions) {
    try {
      results.push({ value: JSON.parse(await context.eval(`JSON.stringify(${expression})`)) });
    } catch (error) {
      results.push({ threw: String(error) });
    }
  }
  process.stdout.write(JSON.stringify(results));
} finally {
  isolate.dispose();
}
