// Team capacity: a 5-year (60-month) capacity plan of 200 reps with attrition and backfill, and
// hiresNeeded on it, exact (Ratio and decimal.js) against a hand-written float loop computing the
// same figures (the same model: prorated days, survival (1 − a)^k, backfill a month later, seats
// ending with their rep). Each figure is the median of several runs, with the range; the peer's
// largest difference from the exact figures is printed too.
import { capacityPlan, hiresNeeded } from '../dist/index.js';
import { machine, runs } from './harness.mjs';
import { random } from './plan-inputs.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const MONTHS = 60;
const REPS = 200;
const RAMP = [0.25, 0.5, 0.75];
const ATTRITION = 0.02;
const DELAY = 1;
const QUOTA = 150000 / 3;
const ATTAINMENT = 0.9;
const DAY = 86_400_000;

const next = random(20_261_203);
const iso = (d) => new Date(d * DAY).toISOString().slice(0, 10);
const first = Date.UTC(2026, 0, 1) / DAY;
const reps = Array.from({ length: REPS }, (_, i) => {
  const start = first - 1100 + Math.floor(next() * 1400); // from early 2023 to late 2026
  const rep = { id: `rep${i + 1}`, start: iso(start) };
  return next() < 0.1 ? { ...rep, end: iso(start + 200 + Math.floor(next() * 1200)) } : rep;
});
const hires = [{ start: '2026-04-01', count: 5 }, { start: '2027-01-15', count: 8 }];
const options = {
  reps, hires, ramp: RAMP.map((r) => `${r * 100}%`), quotaPerRep: 150000, quotaPer: 'quarter', attainment: '90%',
  attrition: '2%', backfillDelayMonths: DELAY, periods: { from: '2026-01', months: MONTHS },
};

// ---- the float peer ----
const monthStart = (m) => Date.UTC(2026, m, 1) / DAY;
const starts = Array.from({ length: MONTHS + 1 }, (_, m) => monthStart(m));
const dayOf = (s) => Date.parse(s) / DAY;
function presence(start, end, m) {
  const lo = Math.max(start, starts[m]);
  const hi = Math.min(end ?? starts[m + 1] - 1, starts[m + 1] - 1);
  const days = hi - lo + 1;
  return days <= 0 ? 0 : days / (starts[m + 1] - starts[m]);
}
const rampAt = (t) => (t >= 1 && t <= RAMP.length ? RAMP[t - 1] : 1);
function floatPlan(extra = [], team = true) {
  const seats = [
    ...(team ? reps.map((r) => ({ start: dayOf(r.start), end: r.end ? dayOf(r.end) : null, count: 1 })) : []),
    ...(team ? hires.map((h) => ({ start: dayOf(h.start), end: null, count: h.count })) : []),
    ...extra,
  ];
  const eq = new Float64Array(MONTHS);
  const classes = new Map(); // seat end → leavers per month (expected reps on the roster this month and the next)
  for (const s of seats) {
    const d = new Date(s.start * DAY);
    const t0 = (d.getUTCFullYear() - 2026) * 12 + d.getUTCMonth();
    let join = -1;
    for (let m = 0; m < MONTHS; m++) {
      const p = presence(s.start, s.end, m);
      if (p === 0) {
        if (join >= 0) break;
        continue;
      }
      if (join < 0) join = m;
      const alive = (1 - ATTRITION) ** (m - join);
      eq[m] += s.count * alive * p * rampAt(m - t0 + 1);
      if (m + 1 < MONTHS && presence(s.start, s.end, m + 1) > 0) {
        const key = s.end ?? 'none';
        if (!classes.has(key)) classes.set(key, { end: s.end, leaving: new Float64Array(MONTHS) });
        classes.get(key).leaving[m] += s.count * alive * ATTRITION;
      }
    }
  }
  for (const c of classes.values()) {
    const present = Array.from({ length: MONTHS + 1 }, (_, m) => (m < MONTHS ? presence(-1e9, c.end, m) : 0));
    const arrivals = new Float64Array(MONTHS);
    for (let m = 0; m < MONTHS; m++) {
      let here = 0;
      if (present[m] > 0) {
        for (let s = 0; s <= m; s++) {
          if (arrivals[s] === 0) continue;
          const occ = arrivals[s] * (1 - ATTRITION) ** (m - s);
          here += occ;
          eq[m] += occ * present[m] * rampAt(m - s + 1);
        }
      }
      const to = m + 1 + DELAY;
      if (to < MONTHS && present[m + 1] > 0 && present[to] > 0) arrivals[to] += here * ATTRITION + c.leaving[m];
    }
  }
  return Array.from(eq, (e) => e * QUOTA * ATTAINMENT);
}
function floatHires(goal, deadline) {
  const base = floatPlan()[deadline];
  if (base >= goal) return { hires: 0, start: null };
  // the same method as the exact one: one hire's capacity k months after its start, shifted
  const one = floatPlan([{ start: monthStart(0), end: null, count: 1 }], false);
  let best = null;
  for (let h = 0; h <= deadline; h++) {
    const per = one[deadline - h];
    if (per <= 0) continue;
    const n = Math.ceil((goal - base) / per);
    if (best === null || n <= best.hires) best = { hires: n, start: h };
  }
  return best;
}

const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

console.log(`machine: ${machine()}; ${RUNS} runs per figure; ${REPS} reps, ${MONTHS} months, attrition 2% a month, backfill after ${DELAY} month`);
const exact = runs(() => capacityPlan(options), RUNS);
const float = runs(() => floatPlan(), RUNS);
let worst = 0;
exact.out.months.forEach((m, i) => {
  worst = Math.max(worst, Math.abs(float.out[i] - m.exact.toNumber()) / Math.max(1, m.exact.toNumber()));
});
console.log('\n| computation | exact ms (median, range) | float ms (median, range) | exact / float | largest relative difference of the float figures |');
console.log('|---|---|---|---|---|');
console.log(`| capacityPlan, 60 months | ${ms(exact.median)} (${ms(exact.min)}–${ms(exact.max)}) | ${ms(float.median)} (${ms(float.min)}–${ms(float.max)}) | ${(exact.median / float.median).toFixed(1)}× | ${worst.toExponential(1)} |`);

const deadline = MONTHS - 1;
const goal = Math.round(exact.out.months[deadline].exact.toNumber() * 1.25);
const needExact = runs(() => hiresNeeded(goal, options), RUNS);
const needFloat = runs(() => floatHires(goal, deadline), RUNS);
const e = needExact.out;
const f = needFloat.out;
const same = e.feasible && e.hires === f.hires && e.latestStart === `${2026 + Math.floor(f.start / 12)}-${String((f.start % 12) + 1).padStart(2, '0')}`;
console.log(`| hiresNeeded, goal ${goal.toLocaleString('en-US')} in month 60 | ${ms(needExact.median)} (${ms(needExact.min)}–${ms(needExact.max)}) | ${ms(needFloat.median)} (${ms(needFloat.min)}–${ms(needFloat.max)}) | ${(needExact.median / needFloat.median).toFixed(1)}× | exact ${e.hires} hires by ${e.latestStart}; float ${f.hires} hires${same ? ' (same)' : ' (differs)'} |`);
