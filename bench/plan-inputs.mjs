// Inputs and float peers for the plan benchmark (bench/plan.bench.mjs) and the ratio check in
// `npm test` (test/perf/plan.ratio.test.ts), in one module so both measure the same thing.
//
// The inputs are thousands of distinct option objects, generated from a seed, in every form
// `requiredActivity` accepts, so no engine can specialise on a handful of objects. The peers are
// the float calculators a user would write instead: parseFloat and division, Math.ceil, no checks,
// returning the same output shape (numbers where funnel-math has Ratios).
//
// This module imports nothing from funnel-math: callers pass the functions they measure.

/** The funnels the plans run on: 3, 4 and 6 stages. */
export const FUNNELS = [
  ['lead', 'meeting', 'sale'],
  ['call', 'meeting', 'demo', 'sale'],
  ['visit', 'signup', 'call', 'demo', 'proposal', 'deal'],
];

/** A small seeded generator (mulberry32): the same inputs on every run and every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RATE_FORMS = ['number', 'percent', 'percent-decimal', 'fraction', 'num-den', 'observed'];

/**
 * One rate into a stage, as a person would write it, between about 4% and 60%: a number (0.15,
 * 0.125), a percent string ('15%', '12.5%'), a fraction string ('1/3'), `{ num, den }` (numbers,
 * sometimes strings) or observed counts `{ successes, trials }`.
 */
function rateOf(rnd, form) {
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  switch (form) {
    case 'number':
      // thousandths divided as integers: the same double as the literal a person types (0.125)
      return rnd() < 0.5 ? int(4, 60) / 100 : int(40, 600) / 1000;
    case 'percent':
      return `${int(4, 60)}%`;
    case 'percent-decimal':
      return `${int(4, 59)}.${int(1, 9)}%`;
    case 'fraction': {
      const den = int(2, 25);
      return `${Math.max(1, Math.round(den * (0.04 + rnd() * 0.56)))}/${den}`;
    }
    case 'num-den': {
      const den = int(3, 400);
      const num = Math.max(1, Math.round(den * (0.04 + rnd() * 0.56)));
      return rnd() < 0.25 ? { num: String(num), den: String(den) } : { num, den };
    }
    default: {
      const trials = int(20, 5000);
      return { successes: Math.max(1, Math.round(trials * (0.04 + rnd() * 0.56))), trials };
    }
  }
}

function goalOf(rnd, ids) {
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const u = rnd();
  if (u < 0.6) return int(1, 5000);
  if (u < 0.85) return { count: int(1, 2000), at: ids[int(1, ids.length - 1)] };
  const size = rnd() < 0.5 ? int(500, 50000) : `${int(500, 50000)}.${String(int(0, 99)).padStart(2, '0')}`;
  const revenue = rnd() < 0.5 ? int(10, 5000) * 1000 : String(int(10_000, 5_000_000));
  return rnd() < 0.5 ? { revenue, averageDealSize: size } : { revenue, averageDealSize: size, at: ids[ids.length - 1] };
}

/**
 * `count` distinct plan inputs `{ funnel, ids, options }` (default 4,096), cycling through the
 * three funnels. About a third of the rate sets use one form for every stage, the rest mix forms
 * within one set; a quarter are arrays in funnel order. `rounding: 'each-stage'` gives half of the
 * options no `rounding` key (the default) and half an explicit one; `'once'` sets it on all.
 * `defineFunnel` is the library's, passed in so this module stays free of it.
 */
export function planInputs(defineFunnel, { count = 4096, seed = 11, rounding = 'each-stage' } = {}) {
  const rnd = random(seed);
  const funnels = FUNNELS.map((ids) => defineFunnel(ids));
  const out = [];
  for (let k = 0; k < count; k++) {
    const which = k % FUNNELS.length;
    const ids = FUNNELS[which];
    const single = rnd() < 0.35 ? RATE_FORMS[Math.floor(rnd() * RATE_FORMS.length)] : null;
    const values = ids.slice(1).map(() => rateOf(rnd, single ?? RATE_FORMS[Math.floor(rnd() * RATE_FORMS.length)]));
    const rates = rnd() < 0.25 ? values : Object.fromEntries(ids.slice(1).map((id, i) => [id, values[i]]));
    const goal = goalOf(rnd, ids);
    const options =
      rounding === 'once' ? { goal, rates, rounding: 'once' } : rnd() < 0.5 ? { goal, rates } : { goal, rates, rounding: 'each-stage' };
    out.push({ funnel: funnels[which], ids, options });
  }
  return out;
}

/** A rate as a float, the way a hand-written calculator reads it. */
export function floatRate(r) {
  if (typeof r === 'number') return r;
  if (typeof r === 'string') {
    if (r.endsWith('%')) return parseFloat(r) / 100;
    const slash = r.indexOf('/');
    return slash > 0 ? parseFloat(r.slice(0, slash)) / parseFloat(r.slice(slash + 1)) : parseFloat(r);
  }
  if ('successes' in r) return r.successes / r.trials;
  return Number(r.num) / Number(r.den);
}

const POLICY = {
  'each-stage':
    'Walking up from the goal, each stage is rounded up to a whole number, so every stage target at the expected rate yields at least the next target.',
  once: 'Each stage is the goal divided by the exact product of the rates below it, rounded up once; no intermediate rounding.',
};

/**
 * The float peer of `requiredActivity(funnel, options)`: the same inputs and output shape (goal,
 * required, stages with stage/required/exact/rate/ofStage, top, overallRate, rounding,
 * roundingPolicy), with floats where funnel-math has Ratios and no checks at all.
 */
export function floatRequiredActivity(ids, options) {
  const rounding = options.rounding ?? 'each-stage';
  const g = options.goal;
  let at = ids.length - 1;
  let goal;
  if (typeof g === 'number') goal = { count: g, at: ids[at] };
  else {
    if (g.at !== undefined) at = ids.indexOf(g.at);
    if (g.count !== undefined) goal = { count: g.count, at: ids[at] };
    else {
      const revenue = parseFloat(g.revenue);
      const size = parseFloat(g.averageDealSize);
      goal = { count: Math.ceil(revenue / size), at: ids[at], revenue: String(g.revenue), averageDealSize: String(g.averageDealSize) };
    }
  }
  const rates = new Array(at + 1);
  const given = options.rates;
  const isArray = Array.isArray(given);
  for (let i = 1; i <= at; i++) rates[i] = floatRate(isArray ? given[i - 1] : given[ids[i]]);
  const required = new Array(at + 1);
  const exact = new Array(at + 1);
  required[at] = goal.count;
  exact[at] = goal.count;
  if (rounding === 'each-stage') {
    for (let i = at; i > 0; i--) {
      exact[i - 1] = required[i] / rates[i];
      required[i - 1] = Math.ceil(exact[i - 1]);
    }
  } else {
    let product = 1;
    for (let i = at; i > 0; i--) {
      product *= rates[i];
      exact[i - 1] = goal.count / product;
      required[i - 1] = Math.ceil(exact[i - 1]);
    }
  }
  const stages = [];
  const byStage = {};
  let overall = 1;
  for (let i = 0; i <= at; i++) {
    stages.push({ stage: ids[i], required: required[i], exact: exact[i], rate: i === 0 ? null : rates[i], ofStage: i === 0 ? null : ids[i - 1] });
    byStage[ids[i]] = required[i];
    if (i > 0) overall *= rates[i];
  }
  return {
    goal,
    required: byStage,
    stages,
    top: { stage: ids[0], required: required[0] },
    overallRate: overall,
    rounding,
    roundingPolicy: POLICY[rounding],
  };
}

/** True when a float plan asks for the same whole number at every stage as the exact plan. */
export function sameRequired(exactPlan, floatPlan) {
  const a = exactPlan.stages;
  const b = floatPlan.stages;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].required !== b[i].required) return false;
  return true;
}

/**
 * `count` distinct stage counts `{ funnel, ids, counts }` for funnelFromCounts, cycling through
 * the funnels: mostly decreasing, sometimes a stage larger than the one before it (inbound) or a
 * zero; keyed by stage id, or (a quarter) an array in funnel order.
 */
export function countInputs(defineFunnel, { count = 4096, seed = 12 } = {}) {
  const rnd = random(seed);
  const funnels = FUNNELS.map((ids) => defineFunnel(ids));
  const out = [];
  for (let k = 0; k < count; k++) {
    const which = k % FUNNELS.length;
    const ids = FUNNELS[which];
    const values = [Math.floor(200 + rnd() * 20000)];
    for (let i = 1; i < ids.length; i++) {
      const u = rnd();
      const prev = values[i - 1];
      values.push(u < 0.05 ? prev + Math.floor(rnd() * 20) : u < 0.08 ? 0 : Math.floor(prev * (0.05 + rnd() * 0.6)));
    }
    out.push({ funnel: funnels[which], ids, counts: rnd() < 0.25 ? values : Object.fromEntries(ids.map((id, i) => [id, values[i]])) });
  }
  return out;
}

const Z95 = 1.959963984540054;

function floatStageRate(numerator, denominator, of) {
  const smallSample = numerator < 5 || denominator - numerator < 5;
  if (denominator === 0) {
    return { value: null, reason: 'zero-denominator', numerator, denominator, of, label: `no rate: no ${of} to divide by`, interval: null, smallSample };
  }
  if (numerator > denominator) {
    return { value: null, reason: 'exceeds-denominator', numerator, denominator, of, label: `no rate: ${numerator} is more than the ${denominator} ${of}`, interval: null, smallSample };
  }
  const p = numerator / denominator;
  const z2 = Z95 * Z95;
  const scale = 1 + z2 / denominator;
  const centre = (p + z2 / (2 * denominator)) / scale;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / denominator + z2 / (4 * denominator * denominator))) / scale;
  const interval = {
    lower: numerator === 0 ? 0 : Math.min(p, Math.max(0, centre - half)),
    upper: numerator === denominator ? 1 : Math.max(p, Math.min(1, centre + half)),
    level: 0.95,
    method: 'wilson',
  };
  return { value: p, reason: null, numerator, denominator, of, label: `${(p * 100).toFixed(1)}% of ${of} (${numerator} of ${denominator})`, interval, smallSample };
}

/** The float peer of `funnelFromCounts(funnel, counts)`: the same output shape, floats for rates, no checks. */
export function floatFunnelFromCounts(ids, counts) {
  const values = Array.isArray(counts) ? counts : ids.map((id) => counts[id]);
  const warnings = [];
  const stages = ids.map((stage, i) => {
    const count = values[i];
    const ofFirst = floatStageRate(count, values[0], ids[0]);
    if (i === 0) return { stage, count, ofPrevious: null, ofFirst, dropped: null, dropRate: null };
    const prev = ids[i - 1];
    const prevCount = values[i - 1];
    const ofPrevious = floatStageRate(count, prevCount, prev);
    if (ofPrevious.reason === 'exceeds-denominator') {
      warnings.push({ code: 'EXCEEDS_PREVIOUS', stage, message: `"${stage}" (${count}) is larger than "${prev}" (${prevCount}).` });
    } else if (ofFirst.reason === 'exceeds-denominator') {
      warnings.push({ code: 'EXCEEDS_FIRST', stage, message: `"${stage}" (${count}) is larger than "${ids[0]}" (${values[0]}).` });
    }
    const dropped = ofPrevious.reason === 'exceeds-denominator' ? null : prevCount - count;
    const dropRate = dropped === null ? null : floatStageRate(dropped, prevCount, prev);
    return { stage, count, ofPrevious, ofFirst, dropped, dropRate };
  });
  return { stages, overall: stages[stages.length - 1].ofFirst, warnings };
}

/**
 * Interleaved timing of `candidates`, each `{ name, fn: (input) => unknown, inputs }`: in every
 * round each candidate in turn (the order reversed every other round) runs over all its inputs,
 * again and again until `minMs` have passed, and records ns per call, by the wall clock and by the
 * CPU time of this process (which a busy machine inflates less: time spent waiting for a core is
 * not counted). The first `warmup` rounds are dropped. Returns per-candidate samples in round
 * order, so ratios can be taken round by round (a noisy neighbour slows both sides of one round
 * alike).
 */
export function interleaved(candidates, { rounds = 9, minMs = 100, warmup = 1 } = {}) {
  const wall = candidates.map(() => []);
  const cpu = candidates.map(() => []);
  let sink = 0;
  for (let round = 0; round < rounds + warmup; round++) {
    const order = candidates.map((_, k) => (round % 2 === 0 ? k : candidates.length - 1 - k));
    for (const k of order) {
      const fn = candidates[k].fn;
      const list = candidates[k].inputs;
      let calls = 0;
      let elapsed = 0;
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      do {
        for (let i = 0; i < list.length; i++) sink ^= fn(list[i]) ? 1 : 0;
        calls += list.length;
        elapsed = performance.now() - start;
      } while (elapsed < minMs);
      const used = process.cpuUsage(cpuStart);
      if (round >= warmup) {
        wall[k].push((elapsed * 1e6) / calls);
        cpu[k].push(((used.user + used.system) * 1e3) / calls);
      }
    }
  }
  if (sink === 42) console.log('');
  return { wall, cpu };
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Per-round ratios of `samples[a]` over `samples[b]`: median and range. */
export function roundRatios(a, b) {
  const ratios = a.map((x, i) => x / b[i]);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), ratios };
}
