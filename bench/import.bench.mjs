// Cold import time: a fresh Node process imports the package, next to fresh processes that import
// only its dependencies and one that imports nothing. Medians of several runs; ratios travel.
import { execFileSync } from 'node:child_process';
import { machine } from './harness.mjs';

const RUNS = 15;
const candidates = [
  ['nothing (node startup)', ''],
  ['decimal.js', "await import('decimal.js');"],
  ['zod/mini', "await import('zod/mini');"],
  ['funnel-math, ESM one file per module (what bundlers read)', "await import('./dist/index.js');"],
  ['funnel-math, as Node loads it (one file)', "await import('funnel-math');"],
  ['funnel-math command line (bundled), --version', null],
  ['funnel-math global bundle', "await import('node:fs').then((fs) => new Function(fs.readFileSync('./dist/funnel-math.global.js', 'utf8'))());"],
];

function once(code) {
  const script = `const t0 = performance.now(); ${code} process.stdout.write(String(performance.now() - t0));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

/** Whole-process wall time of the command line, minus a bare node startup. */
function cli() {
  const t0 = performance.now();
  execFileSync(process.execPath, ['dist/cli.js', '--version']);
  const t1 = performance.now();
  execFileSync(process.execPath, ['-e', '']);
  return t1 - t0 - (performance.now() - t1);
}

const results = candidates.map(([name, code]) => {
  const samples = Array.from({ length: RUNS }, () => (code === null ? cli() : once(code))).sort((a, b) => a - b);
  return { name, ms: samples[Math.floor(RUNS / 2)] };
});
console.log(`machine: ${machine()}`);
console.log('| import | ms (median of 15 fresh processes) |');
console.log('| --- | --- |');
for (const r of results) console.log(`| ${r.name} | ${r.ms.toFixed(2)} |`);
