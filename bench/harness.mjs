// A small, transparent benchmark harness: candidates run interleaved, round after round, so a
// noisy neighbour slows them all alike; we report the median ns/op per candidate and ratios.
import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The peak RSS of this process, sampled every 2 ms from a worker thread (the main thread is busy
 * computing): set `peak[0]` to the RSS before a run, read it after.
 */
export function peakRss() {
  const buf = new SharedArrayBuffer(8);
  const peak = new Float64Array(buf);
  const sampler = new Worker(
    `const { workerData } = require('node:worker_threads');
   const a = new Float64Array(workerData);
   setInterval(() => { const r = process.memoryUsage.rss(); if (r > a[0]) a[0] = r; }, 2);`,
    { eval: true, workerData: buf },
  );
  sampler.unref();
  return peak;
}


export function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  return `${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

/** @param {{ name: string, fn: (i: number) => unknown }[]} candidates */
export function compare(candidates, { rounds = 9, minMs = 150 } = {}) {
  const samples = candidates.map(() => []);
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    candidates.forEach((c, k) => {
      let n = 0;
      const start = performance.now();
      let elapsed = 0;
      while (elapsed < minMs) {
        for (let j = 0; j < 1000; j++, n++) sink ^= c.fn(n) ? 1 : 0;
        elapsed = performance.now() - start;
      }
      if (round > 0) samples[k].push((elapsed * 1e6) / n); // round 0 warms up the JIT
    });
  }
  if (sink === 42) console.log('');
  return candidates.map((c, k) => {
    const sorted = samples[k].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    return { name: c.name, nsPerOp: median, opsPerSec: 1e9 / median, spread: [sorted[0], sorted[sorted.length - 1]] };
  });
}

export function table(results, baseline = results[0].name) {
  const base = results.find((r) => r.name === baseline).nsPerOp;
  const rows = results.map((r) => [r.name, r.nsPerOp.toFixed(0), Math.round(r.opsPerSec).toLocaleString('en-US'), `${(r.nsPerOp / base).toFixed(2)}×`]);
  const head = ['candidate', 'ns/op (median)', 'ops/s', `time vs ${baseline}`];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** `fn` run `count` times in a row: the median, fastest and slowest wall time in ms, and the last result. */
export function runs(fn, count) {
  const times = [];
  let out;
  for (let r = 0; r < count; r++) {
    const t = performance.now();
    out = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(count / 2)], min: times[0], max: times[count - 1], out };
}
