#!/usr/bin/env node
// The packed tarball in a fresh app, run by another JavaScript runtime:
//   node test/consumers/smoke.mjs bun
//   node test/consumers/smoke.mjs deno run --allow-read --allow-env
// Packs the package (from the current dist/), unpacks it as the app's node_modules/funnel-math
// (its dependencies linked from this repository's install), then runs the app's ESM and CommonJS
// entry files with the runtime given and compares what they print with the seed plan.
// CI runs it for Bun and Deno; test/consumers/consumers.test.ts does the same for each Node version.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const [given, ...flags] = process.argv.slice(2);
if (given === undefined) {
  console.error('usage: node test/consumers/smoke.mjs <runtime> [flags before the file]');
  process.exit(2);
}
// a path (./node_modules/.bin/deno) is taken from where the command was typed; a name from PATH
const runtime = given.includes('/') ? resolve(given) : given;
const seedPlan = {
  required: { call: 1000, appointment: 150, sale: 50 },
  perWorkingDay: { call: 48, appointment: 8, sale: 3 },
  sheet: [[1000], [150], [50]],
  code: 'INVALID_NUMBER',
};

const dir = mkdtempSync(join(tmpdir(), 'funnel-math-smoke-'));
let failed = 0;
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  cpSync(join(root, 'test', 'consumers', 'project'), dir, { recursive: true });
  const target = join(dir, 'node_modules', 'funnel-math');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', target, '--strip-components=1']);
  for (const dependency of ['decimal.js', 'zod']) symlinkSync(join(root, 'node_modules', dependency), join(dir, 'node_modules', dependency), 'dir');
  for (const file of ['run.mjs', 'run.cjs']) {
    const result = spawnSync(runtime, [...flags, file], { cwd: dir, encoding: 'utf8' });
    let printed;
    try {
      printed = JSON.parse(result.stdout);
    } catch {
      printed = result.stdout;
    }
    if (result.status === 0 && isDeepStrictEqual(printed, seedPlan)) {
      console.log(`ok ${given} ${file}`);
    } else {
      failed += 1;
      console.error(`not ok ${given} ${file} (exit ${result.status})\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error ?? ''}\n`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed === 0 ? 0 : 1);
