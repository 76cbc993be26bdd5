// A 10,000-row range through the spreadsheet functions of the single-file bundle, loaded in a
// bare V8 context without string code generation (as Apps Script and JavaScript UDF engines load it),
// next to a hand-written float loop over the same rows.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { machine } from './harness.mjs';

const code = readFileSync(new URL('../dist/funnel-math.global.js', import.meta.url), 'utf8');
const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
vm.runInContext(code, context);
const ROWS = 10_000;
vm.runInContext(
  `var goals = Array.from({ length: ${ROWS} }, (_, i) => [5 + (i % 60)]);
   var rates = Array.from({ length: ${ROWS} }, (_, i) => [(10 + (i % 20)) + '%', '1/' + (2 + (i % 4)), 0.4]);
   function floatLoop() {
     return goals.map((g, i) => {
       const r = rates[i].map((x) => typeof x === 'number' ? x : x.endsWith('%') ? parseFloat(x) / 100 : 1 / parseFloat(x.slice(2)));
       let n = g[0]; const out = [n];
       for (let k = r.length - 1; k >= 0; k--) { n = Math.ceil(n / r[k]); out.unshift(n); }
       return out;
     });
   }`,
  context,
);

function time(expr, runs = 15) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    vm.runInContext(expr, context);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)];
}

const exact = time('FunnelMath.sheets.FUNNEL_REQUIRED(goals, rates)');
// the same calls in Node's own context: a sandbox's global object is slower to reach than a real one
const { FUNNEL_REQUIRED } = await import('../dist/sheets/index.js');
const goals = vm.runInContext('goals', context).map((r) => [...r]);
const rates = vm.runInContext('rates', context).map((r) => [...r]);
const samples = [];
for (let i = 0; i < 15; i++) {
  const start = performance.now();
  FUNNEL_REQUIRED(goals, rates);
  samples.push(performance.now() - start);
}
const direct = samples.sort((a, b) => a - b)[7];
const float = time('floatLoop()');
const wrong = vm.runInContext(
  `(() => { const a = FunnelMath.sheets.FUNNEL_REQUIRED(goals, rates), b = floatLoop(); let w = 0; a.forEach((row, i) => { if (row[0] !== b[i][0]) w++; }); return w; })()`,
  context,
);
console.log(`machine: ${machine()}`);
console.log(`| candidate (${ROWS.toLocaleString('en-US')} rows, 4 stages) | ms per range (median of 15) | vs float loop |`);
console.log('| --- | --- | --- |');
console.log(`| hand-written float loop | ${float.toFixed(1)} | 1.00× |`);
console.log(`| FUNNEL_REQUIRED (global bundle, sandboxed) | ${exact.toFixed(1)} | ${(exact / float).toFixed(2)}× |`);
console.log(`| FUNNEL_REQUIRED (package, Node's own context) | ${direct.toFixed(1)} | — |`);
console.log(`float loop wrong on ${wrong} of ${ROWS} rows`);
