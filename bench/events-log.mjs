// The seeded synthetic CRM export of bench/events.bench.mjs (the same generator, the same log for
// the same size and seed), as typed columns and as the record objects a CRM's API or JSON export
// gives; shared by bench/records.bench.mjs and the ratio check in test/perf.

export const STAGES = ['call', 'connect', 'meeting', 'proposal', 'sale'];
export const SOURCES = ['cold call', 'email', 'referral', 'inbound'];
export const REPS = Array.from({ length: 10 }, (_, i) => `rep${i + 1}`);
const K = STAGES.length;
const T0 = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Each prospect enters at the first stage (90%, from cold calls, email or referrals) or later by
 * themselves (10%, inbound), gets 1–3 touches per stage, moves on with probability 0.65; one of 10
 * reps; minutes over ~5 months. In time order, as exports usually are.
 */
export function generateLog(n, seed) {
  const rnd = mulberry32(seed);
  const p0 = new Int32Array(n);
  const s0 = new Uint8Array(n);
  const m0 = new Int32Array(n);
  const src0 = new Int8Array(n);
  const rep0 = new Int8Array(n);
  let i = 0;
  let prospect = 0;
  while (i < n) {
    const inbound = rnd() < 0.1;
    let s = inbound ? 1 + (rnd() < 0.4 ? 1 : 0) : 0;
    const src = inbound ? 3 : Math.floor(rnd() * 3);
    const rep = Math.floor(rnd() * 10);
    let minute = Math.floor(rnd() * 150 * 1440);
    for (;;) {
      const touches = 1 + Math.floor(rnd() * 3);
      for (let t = 0; t < touches && i < n; t++, i++) {
        p0[i] = prospect;
        s0[i] = s;
        m0[i] = minute;
        src0[i] = src;
        rep0[i] = rep;
        minute += 1 + Math.floor(rnd() * 3 * 1440);
      }
      if (i >= n || s === K - 1 || rnd() >= 0.65) break;
      s++;
    }
    prospect++;
  }
  let maxMinute = 0;
  for (let j = 0; j < n; j++) if (m0[j] > maxMinute) maxMinute = m0[j];
  const start = new Int32Array(maxMinute + 2);
  for (let j = 0; j < n; j++) start[m0[j] + 1]++;
  for (let j = 0; j <= maxMinute; j++) start[j + 1] += start[j];
  const prospectCol = new Int32Array(n);
  const stage = new Uint8Array(n);
  const at = new Float64Array(n);
  const source = new Int8Array(n);
  const repCol = new Int8Array(n);
  for (let j = 0; j < n; j++) {
    const k = start[m0[j]]++;
    prospectCol[k] = p0[j];
    stage[k] = s0[j];
    at[k] = T0 + m0[j] * MINUTE;
    source[k] = src0[j];
    repCol[k] = rep0[j];
  }
  return { n, prospects: prospect, prospect: prospectCol, stage, at, source, rep: repCol };
}

/** The log as analyzeColumns reads it. */
export function logColumns(d) {
  return { prospect: d.prospect, stage: d.stage, at: d.at, source: { codes: d.source, names: SOURCES }, rep: { codes: d.rep, names: REPS } };
}

/** The log as record objects; `iso`: times as ISO strings ('2026-01-01T09:30:00.000Z'), else epoch milliseconds. */
export function logRecords(d, { iso = false } = {}) {
  const out = new Array(d.n);
  for (let i = 0; i < d.n; i++) {
    const at = iso ? new Date(d.at[i]).toISOString() : d.at[i];
    out[i] = { prospect: d.prospect[i], stage: STAGES[d.stage[i]], at, source: SOURCES[d.source[i]], rep: REPS[d.rep[i]] };
  }
  return out;
}
