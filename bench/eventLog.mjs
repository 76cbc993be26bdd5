// The synthetic activity log of the activity-log benchmarks, the two hand-written loops measured
// next to the library, and the option sets measured against the default options: shared by
// bench/events.bench.mjs and the ratio check in test/perf/events.ratio.test.ts, so both measure
// the same log and the same peers.

export const STAGES = ['call', 'connect', 'meeting', 'proposal', 'sale'];
export const SOURCES = ['cold call', 'email', 'referral', 'inbound'];
export const REPS = Array.from({ length: 10 }, (_, i) => `rep${i + 1}`);
export const REASONS = ['no budget', 'not interested', 'went silent'];
const K = STAGES.length;
const T0 = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A CRM export: each prospect enters at the first stage (90%, from cold calls, email or referrals)
 * or later by themselves (10%, inbound), gets 1–3 touches per stage, moves on with probability 0.65;
 * one of 10 reps; minutes over ~5 months. Returned in time order, as exports usually are.
 */
export function generate(n, seed) {
  const rnd = mulberry32(seed);
  const p0 = new Int32Array(n);
  const s0 = new Uint8Array(n);
  const m0 = new Int32Array(n); // minutes since T0
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
  // counting sort by minute: the log in time order
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

/** The log as record objects; `iso`: times as ISO strings ('2026-01-01T09:30:00.000Z'), else epoch milliseconds. */
export function recordsOf(d, { iso = false } = {}) {
  const out = new Array(d.n);
  for (let i = 0; i < d.n; i++) {
    const at = iso ? new Date(d.at[i]).toISOString() : d.at[i];
    out[i] = { prospect: d.prospect[i], stage: STAGES[d.stage[i]], at, source: SOURCES[d.source[i]], rep: REPS[d.rep[i]] };
  }
  return out;
}

/** The log as analyzeColumns takes it: typed arrays, sources and reps as coded columns. */
export function columnsOf(d) {
  return { prospect: d.prospect, stage: d.stage, at: d.at, source: { codes: d.source, names: SOURCES }, rep: { codes: d.rep, names: REPS } };
}

/**
 * The same log with loss reasons and isNew filled in, from a generator of its own (so the log
 * itself is unchanged): half of the prospects who stopped short of a sale carry a reason on their
 * last record; 80% of prospects are new, 15% existing, 5% unknown.
 */
export function withExtras(d, seed) {
  const rnd = mulberry32(seed);
  const kind = new Int8Array(d.prospects);
  for (let p = 0; p < d.prospects; p++) {
    const x = rnd();
    kind[p] = x < 0.8 ? 1 : x < 0.95 ? 0 : -1;
  }
  const isNew = new Int8Array(d.n);
  const reason = new Int8Array(d.n).fill(-1);
  const seen = new Uint8Array(d.prospects);
  for (let i = d.n - 1; i >= 0; i--) {
    const p = d.prospect[i];
    isNew[i] = kind[p];
    if (seen[p]) continue;
    seen[p] = 1; // the prospect's last record
    if (d.stage[i] !== K - 1 && rnd() < 0.5) reason[i] = Math.floor(rnd() * REASONS.length);
  }
  return { ...columnsOf(d), isNew, reason: { codes: reason, names: REASONS } };
}

/** (d) The practical limit: one pass over a time-ordered log, furthest stage per prospect. */
export function handLoop(d) {
  const furthest = new Int8Array(d.prospects).fill(-1);
  const reached = new Float64Array(K);
  const inbound = new Float64Array(K);
  const touches = new Float64Array(K);
  const { prospect, stage, n } = d;
  for (let i = 0; i < n; i++) {
    const s = stage[i];
    touches[s]++;
    const p = prospect[i];
    const f = furthest[p];
    if (f === -1) {
      furthest[p] = s;
      reached[s]++;
      if (s > 0) inbound[s]++;
    } else if (s === f + 1) {
      furthest[p] = s;
      reached[s]++;
    }
  }
  return { reached: [...reached], inbound: [...inbound], touches: [...touches] };
}

const HOUR = 3_600_000;
const BIN_EDGES = [0, HOUR, 24 * HOUR, 48 * HOUR, 168 * HOUR, 336 * HOUR, 720 * HOUR, 1440 * HOUR, 2160 * HOUR];

/** Nearest-rank quantiles, a mean and the fixed bins of a list of durations, by sorting it. */
export function stats(list) {
  if (list.length === 0) return null;
  const a = Float64Array.from(list).sort();
  const at = (p) => a[Math.max(0, Math.ceil(p * a.length) - 1)];
  let sum = 0;
  const bins = new Array(BIN_EDGES.length).fill(0);
  for (const x of a) {
    sum += x;
    let b = BIN_EDGES.length - 1;
    while (x < BIN_EDGES[b]) b--;
    bins[b]++;
  }
  return { p25: at(0.25), median: at(0.5), p75: at(0.75), p90: at(0.9), mean: Math.round(sum / a.length), bins };
}

/**
 * (e) The same report figures by hand, as one would write it for this one log: one pass over the
 * time-ordered log keeping per prospect the furthest stage, whether it entered at the first stage,
 * and when it reached the first and the furthest stage; the durations in plain arrays, each sorted
 * at the end. Like (d) it trusts the log (no validation, time order assumed).
 */
export function handReport(d) {
  const P = d.prospects;
  const furthest = new Int8Array(P).fill(-1);
  const atFirst = new Uint8Array(P);
  const firstT = new Float64Array(P);
  const lastT = new Float64Array(P);
  const reached = new Float64Array(K);
  const inbound = new Float64Array(K);
  const touches = new Float64Array(K);
  const prev = STAGES.map(() => []);
  const first = STAGES.map(() => []);
  const { prospect, stage, at, n } = d;
  for (let i = 0; i < n; i++) {
    const s = stage[i];
    touches[s]++;
    const p = prospect[i];
    const f = furthest[p];
    const t = at[i];
    if (f === -1) {
      furthest[p] = s;
      reached[s]++;
      if (s > 0) inbound[s]++;
      else atFirst[p] = 1;
      firstT[p] = t;
      lastT[p] = t;
    } else if (s === f + 1) {
      furthest[p] = s;
      reached[s]++;
      prev[s].push(t - lastT[p]);
      lastT[p] = t;
      if (atFirst[p] === 1) first[s].push(t - firstT[p]);
    }
  }
  return { reached: [...reached], inbound: [...inbound], touches: [...touches], prev: prev.map(stats), first: first.map(stats) };
}

/** The time-to-convert figures of a report, per stage, in the shape {@link handReport} gives them. */
export function reportFigures(report) {
  const figures = (x) => (x ? [x.p25, x.median, x.p75, x.p90, x.mean, ...x.histogram.map((b) => b.count)] : null);
  return report.stages.map((s) => [figures(s.timeFromPrevious), figures(s.timeFromFirst)]);
}
/** The time-to-convert figures of {@link handReport}, per stage, as {@link reportFigures} gives them. */
export function handFigures(hand) {
  const figures = (x) => (x ? [x.p25, x.median, x.p75, x.p90, x.mean, ...x.bins] : null);
  return hand.prev.map((p, k) => (k === 0 ? [null, null] : [figures(p), figures(hand.first[k])]));
}

/**
 * The option set the ratio check holds against the default options: grouping, a step window,
 * strict order and every journey, all at once, so that nothing of it can take the one-pass walk.
 */
export const GUARDED_OPTIONS = { by: 'rep', window: { perStep: 14 }, order: 'strict', reEntry: 'each' };

/**
 * The option sets measured against the default options, one concern each; `extras` marks the sets
 * run on the columns of {@link withExtras} (loss reasons and isNew present).
 */
export const OPTION_SETS = [
  { name: 'windows: fromFirst 60, perStep 14', options: { window: { fromFirst: 60, perStep: 14 } } },
  { name: "order 'strict'", options: { order: 'strict' } },
  { name: "order 'any'", options: { order: 'any' } },
  { name: "exclude ['connect']", options: { exclude: ['connect'] } },
  { name: "reEntry 'last'", options: { reEntry: 'last' } },
  { name: "reEntry 'each'", options: { reEntry: 'each' } },
  { name: "counting 'total' (first journeys only)", options: { counting: 'total' } },
  { name: "reEntry 'each', counting 'total'", options: { reEntry: 'each', counting: 'total' } },
  { name: 'loss reasons, isNew and sources present', options: {}, extras: true },
  { name: "by 'rep'", options: { by: 'rep' } },
  { name: "by 'source', attribution 'last'", options: { by: 'source', attribution: 'last' } },
  { name: "by 'month', attribution { stage: 'meeting' }", options: { by: 'month', attribution: { stage: 'meeting' } } },
  { name: 'stalledAfterDays 14', options: { stalledAfterDays: 14 } },
  { name: 'perProspect', options: { perProspect: true } },
  { name: "the guarded set: by 'rep', perStep 14, 'strict', reEntry 'each'", options: GUARDED_OPTIONS },
];
